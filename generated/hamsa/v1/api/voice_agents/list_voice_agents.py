from http import HTTPStatus
from typing import Any

import httpx
from hamsa._base_client import (
    NOT_GIVEN,
    AsyncAPIClient,
    NotGiven,
    RequestOptions,
    SyncAPIClient,
)
from hamsa._constraints import check_query, raise_if_any
from hamsa._parsing import parse_json_response

from ...models.voice_agent_page_response import VoiceAgentPageResponse
from ...types import UNSET, Response, Unset

METHOD = "GET"
PATH = "/v1/voice-agents"


def request_options(
    *,
    skip: int | Unset = UNSET,
    take: int | Unset = UNSET,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    """The request this operation sends (raises RequestValidationError before any I/O)."""
    # Checked before the transforms below, which would fail on a wrong type with a bare
    # AttributeError/TypeError.
    _query_problems: list[Any] = []
    check_query(_query_problems, "skip", skip)
    check_query(_query_problems, "take", take)
    raise_if_any(_query_problems)
    params: dict[str, Any] = {}

    params["skip"] = skip

    params["take"] = take

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestOptions(
        method=METHOD,
        path=PATH,
        params=params,
        timeout=timeout,
        max_retries=max_retries,
    )


def _parse(response: httpx.Response) -> VoiceAgentPageResponse:
    return parse_json_response(response, VoiceAgentPageResponse.from_dict)


def sync_detailed(
    *,
    client: SyncAPIClient,
    skip: int | Unset = UNSET,
    take: int | Unset = UNSET,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Response[VoiceAgentPageResponse]:
    """List voice agents

    Returns one page of the project's voice agents, with counters.

    Paging quirk: `skip` is the 1-based number of the page to return, not a number of records to skip, and `take` is the page size.
    `skip=2&take=10` returns agents 11 to 20.

    ``GET /v1/voice-agents`` (API v1)

    Args:
        skip (int | Unset):
        take (int | Unset):
        timeout: Overrides the client's timeout for this call.
        max_retries: Overrides the client's retry budget for this call.

    Raises:
        hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
        hamsa.APIStatusError: The API answered with an error status (a subclass per status).
        hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
        hamsa.APIResponseValidationError: The response did not match the spec.

    Returns:
        Response[VoiceAgentPageResponse]: status, headers, raw bytes and the parsed value.
    """

    response = client.request(
        request_options(skip=skip, take=take, timeout=timeout, max_retries=max_retries)
    )
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(response),
    )


def sync(
    *,
    client: SyncAPIClient,
    skip: int | Unset = UNSET,
    take: int | Unset = UNSET,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> VoiceAgentPageResponse:
    """List voice agents

    Returns one page of the project's voice agents, with counters.

    Paging quirk: `skip` is the 1-based number of the page to return, not a number of records to skip, and `take` is the page size.
    `skip=2&take=10` returns agents 11 to 20.

    ``GET /v1/voice-agents`` (API v1)

    Args:
        skip (int | Unset):
        take (int | Unset):
        timeout: Overrides the client's timeout for this call.
        max_retries: Overrides the client's retry budget for this call.

    Raises:
        hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
        hamsa.APIStatusError: The API answered with an error status (a subclass per status).
        hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
        hamsa.APIResponseValidationError: The response did not match the spec.

    Returns:
        VoiceAgentPageResponse
    """

    return _parse(
        client.request(
            request_options(skip=skip, take=take, timeout=timeout, max_retries=max_retries)
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncAPIClient,
    skip: int | Unset = UNSET,
    take: int | Unset = UNSET,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Response[VoiceAgentPageResponse]:
    """List voice agents

    Returns one page of the project's voice agents, with counters.

    Paging quirk: `skip` is the 1-based number of the page to return, not a number of records to skip, and `take` is the page size.
    `skip=2&take=10` returns agents 11 to 20.

    ``GET /v1/voice-agents`` (API v1)

    Args:
        skip (int | Unset):
        take (int | Unset):
        timeout: Overrides the client's timeout for this call.
        max_retries: Overrides the client's retry budget for this call.

    Raises:
        hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
        hamsa.APIStatusError: The API answered with an error status (a subclass per status).
        hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
        hamsa.APIResponseValidationError: The response did not match the spec.

    Returns:
        Response[VoiceAgentPageResponse]: status, headers, raw bytes and the parsed value.
    """

    response = await client.request(
        request_options(skip=skip, take=take, timeout=timeout, max_retries=max_retries)
    )
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(response),
    )


async def asyncio(
    *,
    client: AsyncAPIClient,
    skip: int | Unset = UNSET,
    take: int | Unset = UNSET,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> VoiceAgentPageResponse:
    """List voice agents

    Returns one page of the project's voice agents, with counters.

    Paging quirk: `skip` is the 1-based number of the page to return, not a number of records to skip, and `take` is the page size.
    `skip=2&take=10` returns agents 11 to 20.

    ``GET /v1/voice-agents`` (API v1)

    Args:
        skip (int | Unset):
        take (int | Unset):
        timeout: Overrides the client's timeout for this call.
        max_retries: Overrides the client's retry budget for this call.

    Raises:
        hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
        hamsa.APIStatusError: The API answered with an error status (a subclass per status).
        hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
        hamsa.APIResponseValidationError: The response did not match the spec.

    Returns:
        VoiceAgentPageResponse
    """

    return _parse(
        await client.request(
            request_options(skip=skip, take=take, timeout=timeout, max_retries=max_retries)
        )
    )

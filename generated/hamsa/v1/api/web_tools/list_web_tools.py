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

from ...models.web_tool_page_response import WebToolPageResponse
from ...types import UNSET, Response, Unset

METHOD = "GET"
PATH = "/v1/voice-agents/web-tool/list"


def request_options(
    *,
    voice_agent_id: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    skip: int | Unset = UNSET,
    take: int | Unset = UNSET,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    """The request this operation sends (raises RequestValidationError before any I/O)."""
    # Checked before the transforms below, which would fail on a wrong type with a bare
    # AttributeError/TypeError.
    _query_problems: list[Any] = []
    check_query(_query_problems, "voice_agent_id", voice_agent_id)
    check_query(_query_problems, "is_active", is_active)
    check_query(_query_problems, "skip", skip)
    check_query(_query_problems, "take", take)
    raise_if_any(_query_problems)
    params: dict[str, Any] = {}

    params["voiceAgentId"] = voice_agent_id

    params["isActive"] = is_active

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


def _parse(response: httpx.Response) -> WebToolPageResponse:
    return parse_json_response(response, WebToolPageResponse.from_dict)


def sync_detailed(
    *,
    client: SyncAPIClient,
    voice_agent_id: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    skip: int | Unset = UNSET,
    take: int | Unset = UNSET,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Response[WebToolPageResponse]:
    """List web tools

    Returns one page of the project's web tools, with counters.

    Paging quirk: `skip` is the 1-based number of the page to return, not a number of records to skip, and `take` is the page size.
    The archived page is cut off after the first filters; only the parameters visible in it are described.

    ``GET /v1/voice-agents/web-tool/list`` (API v1)

    Args:
        voice_agent_id (str | Unset):
        is_active (bool | Unset):
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
        Response[WebToolPageResponse]: status, headers, raw bytes and the parsed value.
    """

    response = client.request(
        request_options(
            voice_agent_id=voice_agent_id,
            is_active=is_active,
            skip=skip,
            take=take,
            timeout=timeout,
            max_retries=max_retries,
        )
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
    voice_agent_id: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    skip: int | Unset = UNSET,
    take: int | Unset = UNSET,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> WebToolPageResponse:
    """List web tools

    Returns one page of the project's web tools, with counters.

    Paging quirk: `skip` is the 1-based number of the page to return, not a number of records to skip, and `take` is the page size.
    The archived page is cut off after the first filters; only the parameters visible in it are described.

    ``GET /v1/voice-agents/web-tool/list`` (API v1)

    Args:
        voice_agent_id (str | Unset):
        is_active (bool | Unset):
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
        WebToolPageResponse
    """

    return _parse(
        client.request(
            request_options(
                voice_agent_id=voice_agent_id,
                is_active=is_active,
                skip=skip,
                take=take,
                timeout=timeout,
                max_retries=max_retries,
            )
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncAPIClient,
    voice_agent_id: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    skip: int | Unset = UNSET,
    take: int | Unset = UNSET,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Response[WebToolPageResponse]:
    """List web tools

    Returns one page of the project's web tools, with counters.

    Paging quirk: `skip` is the 1-based number of the page to return, not a number of records to skip, and `take` is the page size.
    The archived page is cut off after the first filters; only the parameters visible in it are described.

    ``GET /v1/voice-agents/web-tool/list`` (API v1)

    Args:
        voice_agent_id (str | Unset):
        is_active (bool | Unset):
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
        Response[WebToolPageResponse]: status, headers, raw bytes and the parsed value.
    """

    response = await client.request(
        request_options(
            voice_agent_id=voice_agent_id,
            is_active=is_active,
            skip=skip,
            take=take,
            timeout=timeout,
            max_retries=max_retries,
        )
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
    voice_agent_id: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    skip: int | Unset = UNSET,
    take: int | Unset = UNSET,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> WebToolPageResponse:
    """List web tools

    Returns one page of the project's web tools, with counters.

    Paging quirk: `skip` is the 1-based number of the page to return, not a number of records to skip, and `take` is the page size.
    The archived page is cut off after the first filters; only the parameters visible in it are described.

    ``GET /v1/voice-agents/web-tool/list`` (API v1)

    Args:
        voice_agent_id (str | Unset):
        is_active (bool | Unset):
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
        WebToolPageResponse
    """

    return _parse(
        await client.request(
            request_options(
                voice_agent_id=voice_agent_id,
                is_active=is_active,
                skip=skip,
                take=take,
                timeout=timeout,
                max_retries=max_retries,
            )
        )
    )

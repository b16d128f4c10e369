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

from ...models.knowledge_base_item_page_response import KnowledgeBaseItemPageResponse
from ...types import UNSET, Response, Unset

METHOD = "GET"
PATH = "/v1/voice-agents/knowledge-base/list"


def request_options(
    *,
    voice_agent_id: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    used: str | Unset = UNSET,
    skip: str | Unset = UNSET,
    take: str | Unset = UNSET,
    type: list[str] | Unset = UNSET,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    """The request this operation sends (raises RequestValidationError before any I/O)."""
    # Checked before the transforms below, which would fail on a wrong type with a bare
    # AttributeError/TypeError.
    _query_problems: list[Any] = []
    check_query(_query_problems, "voice_agent_id", voice_agent_id)
    check_query(_query_problems, "is_active", is_active)
    check_query(_query_problems, "used", used)
    check_query(_query_problems, "skip", skip)
    check_query(_query_problems, "take", take)
    check_query(_query_problems, "type", type, many=True)
    raise_if_any(_query_problems)
    params: dict[str, Any] = {}

    params["voiceAgentId"] = voice_agent_id

    params["isActive"] = is_active

    params["used"] = used

    params["skip"] = skip

    params["take"] = take

    json_type: list[str] | Unset = UNSET
    if not isinstance(type, Unset):
        json_type = type

    params["type"] = json_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestOptions(
        method=METHOD,
        path=PATH,
        params=params,
        timeout=timeout,
        max_retries=max_retries,
    )


def _parse(response: httpx.Response) -> KnowledgeBaseItemPageResponse:
    return parse_json_response(response, KnowledgeBaseItemPageResponse.from_dict)


def sync_detailed(
    *,
    client: SyncAPIClient,
    voice_agent_id: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    used: str | Unset = UNSET,
    skip: str | Unset = UNSET,
    take: str | Unset = UNSET,
    type: list[str] | Unset = UNSET,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Response[KnowledgeBaseItemPageResponse]:
    """List knowledge-base items

    Returns one page of the project's knowledge-base items, with counters.

    Quirks: `skip` is the 1-based number of the page to return (not an offset) and `take` the page size, and the page documents both, like the `used` filter, as strings; they are sent as strings (`skip="2"`).
    The page also mentions a name search whose parameter name is not visible in the archived copy, so it is not described.

    ``GET /v1/voice-agents/knowledge-base/list`` (API v1)

    Args:
        voice_agent_id (str | Unset):
        is_active (bool | Unset):
        used (str | Unset):
        skip (str | Unset):
        take (str | Unset):
        type (list[str] | Unset):
        timeout: Overrides the client's timeout for this call.
        max_retries: Overrides the client's retry budget for this call.

    Raises:
        hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
        hamsa.APIStatusError: The API answered with an error status (a subclass per status).
        hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
        hamsa.APIResponseValidationError: The response did not match the spec.

    Returns:
        Response[KnowledgeBaseItemPageResponse]: status, headers, raw bytes and the parsed value.
    """

    response = client.request(
        request_options(
            voice_agent_id=voice_agent_id,
            is_active=is_active,
            used=used,
            skip=skip,
            take=take,
            type=type,
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
    used: str | Unset = UNSET,
    skip: str | Unset = UNSET,
    take: str | Unset = UNSET,
    type: list[str] | Unset = UNSET,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> KnowledgeBaseItemPageResponse:
    """List knowledge-base items

    Returns one page of the project's knowledge-base items, with counters.

    Quirks: `skip` is the 1-based number of the page to return (not an offset) and `take` the page size, and the page documents both, like the `used` filter, as strings; they are sent as strings (`skip="2"`).
    The page also mentions a name search whose parameter name is not visible in the archived copy, so it is not described.

    ``GET /v1/voice-agents/knowledge-base/list`` (API v1)

    Args:
        voice_agent_id (str | Unset):
        is_active (bool | Unset):
        used (str | Unset):
        skip (str | Unset):
        take (str | Unset):
        type (list[str] | Unset):
        timeout: Overrides the client's timeout for this call.
        max_retries: Overrides the client's retry budget for this call.

    Raises:
        hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
        hamsa.APIStatusError: The API answered with an error status (a subclass per status).
        hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
        hamsa.APIResponseValidationError: The response did not match the spec.

    Returns:
        KnowledgeBaseItemPageResponse
    """

    return _parse(
        client.request(
            request_options(
                voice_agent_id=voice_agent_id,
                is_active=is_active,
                used=used,
                skip=skip,
                take=take,
                type=type,
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
    used: str | Unset = UNSET,
    skip: str | Unset = UNSET,
    take: str | Unset = UNSET,
    type: list[str] | Unset = UNSET,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Response[KnowledgeBaseItemPageResponse]:
    """List knowledge-base items

    Returns one page of the project's knowledge-base items, with counters.

    Quirks: `skip` is the 1-based number of the page to return (not an offset) and `take` the page size, and the page documents both, like the `used` filter, as strings; they are sent as strings (`skip="2"`).
    The page also mentions a name search whose parameter name is not visible in the archived copy, so it is not described.

    ``GET /v1/voice-agents/knowledge-base/list`` (API v1)

    Args:
        voice_agent_id (str | Unset):
        is_active (bool | Unset):
        used (str | Unset):
        skip (str | Unset):
        take (str | Unset):
        type (list[str] | Unset):
        timeout: Overrides the client's timeout for this call.
        max_retries: Overrides the client's retry budget for this call.

    Raises:
        hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
        hamsa.APIStatusError: The API answered with an error status (a subclass per status).
        hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
        hamsa.APIResponseValidationError: The response did not match the spec.

    Returns:
        Response[KnowledgeBaseItemPageResponse]: status, headers, raw bytes and the parsed value.
    """

    response = await client.request(
        request_options(
            voice_agent_id=voice_agent_id,
            is_active=is_active,
            used=used,
            skip=skip,
            take=take,
            type=type,
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
    used: str | Unset = UNSET,
    skip: str | Unset = UNSET,
    take: str | Unset = UNSET,
    type: list[str] | Unset = UNSET,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> KnowledgeBaseItemPageResponse:
    """List knowledge-base items

    Returns one page of the project's knowledge-base items, with counters.

    Quirks: `skip` is the 1-based number of the page to return (not an offset) and `take` the page size, and the page documents both, like the `used` filter, as strings; they are sent as strings (`skip="2"`).
    The page also mentions a name search whose parameter name is not visible in the archived copy, so it is not described.

    ``GET /v1/voice-agents/knowledge-base/list`` (API v1)

    Args:
        voice_agent_id (str | Unset):
        is_active (bool | Unset):
        used (str | Unset):
        skip (str | Unset):
        take (str | Unset):
        type (list[str] | Unset):
        timeout: Overrides the client's timeout for this call.
        max_retries: Overrides the client's retry budget for this call.

    Raises:
        hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
        hamsa.APIStatusError: The API answered with an error status (a subclass per status).
        hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
        hamsa.APIResponseValidationError: The response did not match the spec.

    Returns:
        KnowledgeBaseItemPageResponse
    """

    return _parse(
        await client.request(
            request_options(
                voice_agent_id=voice_agent_id,
                is_active=is_active,
                used=used,
                skip=skip,
                take=take,
                type=type,
                timeout=timeout,
                max_retries=max_retries,
            )
        )
    )

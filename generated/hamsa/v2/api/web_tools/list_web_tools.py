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
from ...models.web_tool_type import WebToolType
from ...types import UNSET, Response, Unset

METHOD = "GET"
PATH = "/v2/voice-agents/web-tool/list"


def request_options(
    *,
    is_active: bool | Unset = UNSET,
    return_uncategorized: bool | Unset = UNSET,
    voice_agent_id: str | Unset = UNSET,
    collection_id: str | Unset = UNSET,
    skip: int | Unset = UNSET,
    take: int | Unset = UNSET,
    search: str | Unset = UNSET,
    type: WebToolType | Unset = UNSET,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    """The request this operation sends (raises RequestValidationError before any I/O)."""
    # Checked before the transforms below, which would fail on a wrong type with a bare
    # AttributeError/TypeError.
    _query_problems: list[Any] = []
    check_query(_query_problems, "is_active", is_active)
    check_query(_query_problems, "return_uncategorized", return_uncategorized)
    check_query(_query_problems, "voice_agent_id", voice_agent_id)
    check_query(_query_problems, "collection_id", collection_id)
    check_query(_query_problems, "skip", skip)
    check_query(_query_problems, "take", take)
    check_query(_query_problems, "search", search)
    check_query(_query_problems, "type", type, enum=WebToolType)
    raise_if_any(_query_problems)
    params: dict[str, Any] = {}

    params["isActive"] = is_active

    params["returnUncategorized"] = return_uncategorized

    params["voiceAgentId"] = voice_agent_id

    params["collectionId"] = collection_id

    params["skip"] = skip

    params["take"] = take

    params["search"] = search

    json_type: str | Unset = UNSET
    if not isinstance(type, Unset):
        json_type = type.value

    params["type"] = json_type

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
    is_active: bool | Unset = UNSET,
    return_uncategorized: bool | Unset = UNSET,
    voice_agent_id: str | Unset = UNSET,
    collection_id: str | Unset = UNSET,
    skip: int | Unset = UNSET,
    take: int | Unset = UNSET,
    search: str | Unset = UNSET,
    type: WebToolType | Unset = UNSET,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Response[WebToolPageResponse]:
    """List web tools

    Returns one page of the project's web tools, optionally filtered and searched.

    Pages are numbered: `skip` is a 1-based PAGE NUMBER, not a count of records to skip.
    `data.total` counts every tool and `data.filtered` those that match the filters.
    This response carries no `message`: the envelope holds only `success` and `data`.

    ``GET /v2/voice-agents/web-tool/list`` (API v2)

    Args:
        is_active (bool | Unset):
        return_uncategorized (bool | Unset):
        voice_agent_id (str | Unset):
        collection_id (str | Unset):
        skip (int | Unset):
        take (int | Unset):
        search (str | Unset):
        type (WebToolType | Unset): Kind of web tool: `FUNCTION` calls an HTTP endpoint; `MCP` connects to a Model Context Protocol server.
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
            is_active=is_active,
            return_uncategorized=return_uncategorized,
            voice_agent_id=voice_agent_id,
            collection_id=collection_id,
            skip=skip,
            take=take,
            search=search,
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
    is_active: bool | Unset = UNSET,
    return_uncategorized: bool | Unset = UNSET,
    voice_agent_id: str | Unset = UNSET,
    collection_id: str | Unset = UNSET,
    skip: int | Unset = UNSET,
    take: int | Unset = UNSET,
    search: str | Unset = UNSET,
    type: WebToolType | Unset = UNSET,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> WebToolPageResponse:
    """List web tools

    Returns one page of the project's web tools, optionally filtered and searched.

    Pages are numbered: `skip` is a 1-based PAGE NUMBER, not a count of records to skip.
    `data.total` counts every tool and `data.filtered` those that match the filters.
    This response carries no `message`: the envelope holds only `success` and `data`.

    ``GET /v2/voice-agents/web-tool/list`` (API v2)

    Args:
        is_active (bool | Unset):
        return_uncategorized (bool | Unset):
        voice_agent_id (str | Unset):
        collection_id (str | Unset):
        skip (int | Unset):
        take (int | Unset):
        search (str | Unset):
        type (WebToolType | Unset): Kind of web tool: `FUNCTION` calls an HTTP endpoint; `MCP` connects to a Model Context Protocol server.
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
                is_active=is_active,
                return_uncategorized=return_uncategorized,
                voice_agent_id=voice_agent_id,
                collection_id=collection_id,
                skip=skip,
                take=take,
                search=search,
                type=type,
                timeout=timeout,
                max_retries=max_retries,
            )
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncAPIClient,
    is_active: bool | Unset = UNSET,
    return_uncategorized: bool | Unset = UNSET,
    voice_agent_id: str | Unset = UNSET,
    collection_id: str | Unset = UNSET,
    skip: int | Unset = UNSET,
    take: int | Unset = UNSET,
    search: str | Unset = UNSET,
    type: WebToolType | Unset = UNSET,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Response[WebToolPageResponse]:
    """List web tools

    Returns one page of the project's web tools, optionally filtered and searched.

    Pages are numbered: `skip` is a 1-based PAGE NUMBER, not a count of records to skip.
    `data.total` counts every tool and `data.filtered` those that match the filters.
    This response carries no `message`: the envelope holds only `success` and `data`.

    ``GET /v2/voice-agents/web-tool/list`` (API v2)

    Args:
        is_active (bool | Unset):
        return_uncategorized (bool | Unset):
        voice_agent_id (str | Unset):
        collection_id (str | Unset):
        skip (int | Unset):
        take (int | Unset):
        search (str | Unset):
        type (WebToolType | Unset): Kind of web tool: `FUNCTION` calls an HTTP endpoint; `MCP` connects to a Model Context Protocol server.
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
            is_active=is_active,
            return_uncategorized=return_uncategorized,
            voice_agent_id=voice_agent_id,
            collection_id=collection_id,
            skip=skip,
            take=take,
            search=search,
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
    is_active: bool | Unset = UNSET,
    return_uncategorized: bool | Unset = UNSET,
    voice_agent_id: str | Unset = UNSET,
    collection_id: str | Unset = UNSET,
    skip: int | Unset = UNSET,
    take: int | Unset = UNSET,
    search: str | Unset = UNSET,
    type: WebToolType | Unset = UNSET,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> WebToolPageResponse:
    """List web tools

    Returns one page of the project's web tools, optionally filtered and searched.

    Pages are numbered: `skip` is a 1-based PAGE NUMBER, not a count of records to skip.
    `data.total` counts every tool and `data.filtered` those that match the filters.
    This response carries no `message`: the envelope holds only `success` and `data`.

    ``GET /v2/voice-agents/web-tool/list`` (API v2)

    Args:
        is_active (bool | Unset):
        return_uncategorized (bool | Unset):
        voice_agent_id (str | Unset):
        collection_id (str | Unset):
        skip (int | Unset):
        take (int | Unset):
        search (str | Unset):
        type (WebToolType | Unset): Kind of web tool: `FUNCTION` calls an HTTP endpoint; `MCP` connects to a Model Context Protocol server.
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
                is_active=is_active,
                return_uncategorized=return_uncategorized,
                voice_agent_id=voice_agent_id,
                collection_id=collection_id,
                skip=skip,
                take=take,
                search=search,
                type=type,
                timeout=timeout,
                max_retries=max_retries,
            )
        )
    )

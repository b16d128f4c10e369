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

from ...models.language import Language
from ...models.sort_order import SortOrder
from ...models.voice_agent_page_response import VoiceAgentPageResponse
from ...models.voice_agent_sort_field import VoiceAgentSortField
from ...models.voice_agent_type import VoiceAgentType
from ...types import UNSET, Response, Unset

METHOD = "GET"
PATH = "/v2/voice-agents"


def request_options(
    *,
    skip: int | Unset = UNSET,
    take: int | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_field: VoiceAgentSortField | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    type: list[VoiceAgentType] | Unset = UNSET,
    language: list[Language] | Unset = UNSET,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    """The request this operation sends (raises RequestValidationError before any I/O)."""
    # Checked before the transforms below, which would fail on a wrong type with a bare
    # AttributeError/TypeError.
    _query_problems: list[Any] = []
    check_query(_query_problems, "skip", skip)
    check_query(_query_problems, "take", take)
    check_query(_query_problems, "search", search)
    check_query(_query_problems, "sort_field", sort_field, enum=VoiceAgentSortField)
    check_query(_query_problems, "sort_order", sort_order, enum=SortOrder)
    check_query(_query_problems, "type", type, enum=VoiceAgentType, many=True)
    check_query(_query_problems, "language", language, enum=Language, many=True)
    raise_if_any(_query_problems)
    params: dict[str, Any] = {}

    params["skip"] = skip

    params["take"] = take

    params["search"] = search

    json_sort_field: str | Unset = UNSET
    if not isinstance(sort_field, Unset):
        json_sort_field = sort_field.value

    params["sortField"] = json_sort_field

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sortOrder"] = json_sort_order

    json_type: list[str] | Unset = UNSET
    if not isinstance(type, Unset):
        json_type = []
        for type_item_data in type:
            type_item = type_item_data.value
            json_type.append(type_item)

    params["type[]"] = json_type

    json_language: list[str] | Unset = UNSET
    if not isinstance(language, Unset):
        json_language = []
        for language_item_data in language:
            language_item = language_item_data.value
            json_language.append(language_item)

    params["language[]"] = json_language

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
    search: str | Unset = UNSET,
    sort_field: VoiceAgentSortField | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    type: list[VoiceAgentType] | Unset = UNSET,
    language: list[Language] | Unset = UNSET,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Response[VoiceAgentPageResponse]:
    """List voice agents

    Returns one page of the project's voice agents, optionally searched, filtered by kind and language, and sorted.

    Pages are numbered: `skip` is a 1-based PAGE NUMBER, not a count of records to skip, so `skip=2&take=10` returns agents 11 to 20.
    `data.total` counts every agent and `data.filtered` those that match the filters.

    This response carries no `message`: the envelope holds only `success` and `data`.

    ``GET /v2/voice-agents`` (API v2)

    Args:
        skip (int | Unset):
        take (int | Unset):
        search (str | Unset):
        sort_field (VoiceAgentSortField | Unset): Field a list of voice agents can be sorted by; `createdAt` is the only one documented.
        sort_order (SortOrder | Unset): Sort direction, `asc` (oldest or smallest first) or `desc`.
        type (list[VoiceAgentType] | Unset):
        language (list[Language] | Unset):
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
        request_options(
            skip=skip,
            take=take,
            search=search,
            sort_field=sort_field,
            sort_order=sort_order,
            type=type,
            language=language,
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
    skip: int | Unset = UNSET,
    take: int | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_field: VoiceAgentSortField | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    type: list[VoiceAgentType] | Unset = UNSET,
    language: list[Language] | Unset = UNSET,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> VoiceAgentPageResponse:
    """List voice agents

    Returns one page of the project's voice agents, optionally searched, filtered by kind and language, and sorted.

    Pages are numbered: `skip` is a 1-based PAGE NUMBER, not a count of records to skip, so `skip=2&take=10` returns agents 11 to 20.
    `data.total` counts every agent and `data.filtered` those that match the filters.

    This response carries no `message`: the envelope holds only `success` and `data`.

    ``GET /v2/voice-agents`` (API v2)

    Args:
        skip (int | Unset):
        take (int | Unset):
        search (str | Unset):
        sort_field (VoiceAgentSortField | Unset): Field a list of voice agents can be sorted by; `createdAt` is the only one documented.
        sort_order (SortOrder | Unset): Sort direction, `asc` (oldest or smallest first) or `desc`.
        type (list[VoiceAgentType] | Unset):
        language (list[Language] | Unset):
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
            request_options(
                skip=skip,
                take=take,
                search=search,
                sort_field=sort_field,
                sort_order=sort_order,
                type=type,
                language=language,
                timeout=timeout,
                max_retries=max_retries,
            )
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncAPIClient,
    skip: int | Unset = UNSET,
    take: int | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_field: VoiceAgentSortField | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    type: list[VoiceAgentType] | Unset = UNSET,
    language: list[Language] | Unset = UNSET,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Response[VoiceAgentPageResponse]:
    """List voice agents

    Returns one page of the project's voice agents, optionally searched, filtered by kind and language, and sorted.

    Pages are numbered: `skip` is a 1-based PAGE NUMBER, not a count of records to skip, so `skip=2&take=10` returns agents 11 to 20.
    `data.total` counts every agent and `data.filtered` those that match the filters.

    This response carries no `message`: the envelope holds only `success` and `data`.

    ``GET /v2/voice-agents`` (API v2)

    Args:
        skip (int | Unset):
        take (int | Unset):
        search (str | Unset):
        sort_field (VoiceAgentSortField | Unset): Field a list of voice agents can be sorted by; `createdAt` is the only one documented.
        sort_order (SortOrder | Unset): Sort direction, `asc` (oldest or smallest first) or `desc`.
        type (list[VoiceAgentType] | Unset):
        language (list[Language] | Unset):
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
        request_options(
            skip=skip,
            take=take,
            search=search,
            sort_field=sort_field,
            sort_order=sort_order,
            type=type,
            language=language,
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
    skip: int | Unset = UNSET,
    take: int | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_field: VoiceAgentSortField | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    type: list[VoiceAgentType] | Unset = UNSET,
    language: list[Language] | Unset = UNSET,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> VoiceAgentPageResponse:
    """List voice agents

    Returns one page of the project's voice agents, optionally searched, filtered by kind and language, and sorted.

    Pages are numbered: `skip` is a 1-based PAGE NUMBER, not a count of records to skip, so `skip=2&take=10` returns agents 11 to 20.
    `data.total` counts every agent and `data.filtered` those that match the filters.

    This response carries no `message`: the envelope holds only `success` and `data`.

    ``GET /v2/voice-agents`` (API v2)

    Args:
        skip (int | Unset):
        take (int | Unset):
        search (str | Unset):
        sort_field (VoiceAgentSortField | Unset): Field a list of voice agents can be sorted by; `createdAt` is the only one documented.
        sort_order (SortOrder | Unset): Sort direction, `asc` (oldest or smallest first) or `desc`.
        type (list[VoiceAgentType] | Unset):
        language (list[Language] | Unset):
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
            request_options(
                skip=skip,
                take=take,
                search=search,
                sort_field=sort_field,
                sort_order=sort_order,
                type=type,
                language=language,
                timeout=timeout,
                max_retries=max_retries,
            )
        )
    )

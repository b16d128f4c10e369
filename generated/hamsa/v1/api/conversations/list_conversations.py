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

from ...models.call_status import CallStatus
from ...models.conversation_summary_page_response import ConversationSummaryPageResponse
from ...types import UNSET, Response, Unset

METHOD = "GET"
PATH = "/v1/voice-agents/conversations/minimal-list"


def request_options(
    *,
    voice_agent_id: str | Unset = UNSET,
    status: list[CallStatus] | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    """The request this operation sends (raises RequestValidationError before any I/O)."""
    # Checked before the transforms below, which would fail on a wrong type with a bare
    # AttributeError/TypeError.
    _query_problems: list[Any] = []
    check_query(_query_problems, "voice_agent_id", voice_agent_id)
    check_query(_query_problems, "status", status, enum=CallStatus, many=True)
    check_query(_query_problems, "start_time", start_time)
    check_query(_query_problems, "end_time", end_time)
    check_query(_query_problems, "page", page)
    check_query(_query_problems, "per_page", per_page)
    raise_if_any(_query_problems)
    params: dict[str, Any] = {}

    params["voiceAgentId"] = voice_agent_id

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = []
        for status_item_data in status:
            status_item = status_item_data.value
            json_status.append(status_item)

    params["status"] = json_status

    params["startTime"] = start_time

    params["endTime"] = end_time

    params["page"] = page

    params["perPage"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestOptions(
        method=METHOD,
        path=PATH,
        params=params,
        timeout=timeout,
        max_retries=max_retries,
    )


def _parse(response: httpx.Response) -> ConversationSummaryPageResponse:
    return parse_json_response(response, ConversationSummaryPageResponse.from_dict)


def sync_detailed(
    *,
    client: SyncAPIClient,
    voice_agent_id: str | Unset = UNSET,
    status: list[CallStatus] | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Response[ConversationSummaryPageResponse]:
    """List conversations

    Returns one page of the project's calls as lightweight records (no logs, analysis or agent configuration; fetch one with `get_conversation` for those).

    Unlike most lists this one pages with `page`/`perPage`, where `page` starts at 1.
    `startTime` and `endTime` are UTC epoch milliseconds sent as integers (the analytics and export endpoints send the same kind of value as strings).

    Quirk: `channelType` reads `Telephone` in these records but `TELEPHONE` in `get_conversation`; it is kept as sent.

    ``GET /v1/voice-agents/conversations/minimal-list`` (API v1)

    Args:
        voice_agent_id (str | Unset):
        status (list[CallStatus] | Unset):
        start_time (int | Unset):
        end_time (int | Unset):
        page (int | Unset):
        per_page (int | Unset):
        timeout: Overrides the client's timeout for this call.
        max_retries: Overrides the client's retry budget for this call.

    Raises:
        hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
        hamsa.APIStatusError: The API answered with an error status (a subclass per status).
        hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
        hamsa.APIResponseValidationError: The response did not match the spec.

    Returns:
        Response[ConversationSummaryPageResponse]: status, headers, raw bytes and the parsed value.
    """

    response = client.request(
        request_options(
            voice_agent_id=voice_agent_id,
            status=status,
            start_time=start_time,
            end_time=end_time,
            page=page,
            per_page=per_page,
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
    status: list[CallStatus] | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> ConversationSummaryPageResponse:
    """List conversations

    Returns one page of the project's calls as lightweight records (no logs, analysis or agent configuration; fetch one with `get_conversation` for those).

    Unlike most lists this one pages with `page`/`perPage`, where `page` starts at 1.
    `startTime` and `endTime` are UTC epoch milliseconds sent as integers (the analytics and export endpoints send the same kind of value as strings).

    Quirk: `channelType` reads `Telephone` in these records but `TELEPHONE` in `get_conversation`; it is kept as sent.

    ``GET /v1/voice-agents/conversations/minimal-list`` (API v1)

    Args:
        voice_agent_id (str | Unset):
        status (list[CallStatus] | Unset):
        start_time (int | Unset):
        end_time (int | Unset):
        page (int | Unset):
        per_page (int | Unset):
        timeout: Overrides the client's timeout for this call.
        max_retries: Overrides the client's retry budget for this call.

    Raises:
        hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
        hamsa.APIStatusError: The API answered with an error status (a subclass per status).
        hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
        hamsa.APIResponseValidationError: The response did not match the spec.

    Returns:
        ConversationSummaryPageResponse
    """

    return _parse(
        client.request(
            request_options(
                voice_agent_id=voice_agent_id,
                status=status,
                start_time=start_time,
                end_time=end_time,
                page=page,
                per_page=per_page,
                timeout=timeout,
                max_retries=max_retries,
            )
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncAPIClient,
    voice_agent_id: str | Unset = UNSET,
    status: list[CallStatus] | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Response[ConversationSummaryPageResponse]:
    """List conversations

    Returns one page of the project's calls as lightweight records (no logs, analysis or agent configuration; fetch one with `get_conversation` for those).

    Unlike most lists this one pages with `page`/`perPage`, where `page` starts at 1.
    `startTime` and `endTime` are UTC epoch milliseconds sent as integers (the analytics and export endpoints send the same kind of value as strings).

    Quirk: `channelType` reads `Telephone` in these records but `TELEPHONE` in `get_conversation`; it is kept as sent.

    ``GET /v1/voice-agents/conversations/minimal-list`` (API v1)

    Args:
        voice_agent_id (str | Unset):
        status (list[CallStatus] | Unset):
        start_time (int | Unset):
        end_time (int | Unset):
        page (int | Unset):
        per_page (int | Unset):
        timeout: Overrides the client's timeout for this call.
        max_retries: Overrides the client's retry budget for this call.

    Raises:
        hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
        hamsa.APIStatusError: The API answered with an error status (a subclass per status).
        hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
        hamsa.APIResponseValidationError: The response did not match the spec.

    Returns:
        Response[ConversationSummaryPageResponse]: status, headers, raw bytes and the parsed value.
    """

    response = await client.request(
        request_options(
            voice_agent_id=voice_agent_id,
            status=status,
            start_time=start_time,
            end_time=end_time,
            page=page,
            per_page=per_page,
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
    status: list[CallStatus] | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> ConversationSummaryPageResponse:
    """List conversations

    Returns one page of the project's calls as lightweight records (no logs, analysis or agent configuration; fetch one with `get_conversation` for those).

    Unlike most lists this one pages with `page`/`perPage`, where `page` starts at 1.
    `startTime` and `endTime` are UTC epoch milliseconds sent as integers (the analytics and export endpoints send the same kind of value as strings).

    Quirk: `channelType` reads `Telephone` in these records but `TELEPHONE` in `get_conversation`; it is kept as sent.

    ``GET /v1/voice-agents/conversations/minimal-list`` (API v1)

    Args:
        voice_agent_id (str | Unset):
        status (list[CallStatus] | Unset):
        start_time (int | Unset):
        end_time (int | Unset):
        page (int | Unset):
        per_page (int | Unset):
        timeout: Overrides the client's timeout for this call.
        max_retries: Overrides the client's retry budget for this call.

    Raises:
        hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
        hamsa.APIStatusError: The API answered with an error status (a subclass per status).
        hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
        hamsa.APIResponseValidationError: The response did not match the spec.

    Returns:
        ConversationSummaryPageResponse
    """

    return _parse(
        await client.request(
            request_options(
                voice_agent_id=voice_agent_id,
                status=status,
                start_time=start_time,
                end_time=end_time,
                page=page,
                per_page=per_page,
                timeout=timeout,
                max_retries=max_retries,
            )
        )
    )

"""client.conversations: read a call's record, wait for it to finish, end it, list the calls
and export them as a spreadsheet."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import Any, overload

import httpx

from .. import _operations
from .._base_client import NOT_GIVEN, AsyncAPIClient, RequestOptions, SyncAPIClient
from .._exceptions import (
    APIConnectionError,
    APITimeoutError,
    ConfigurationError,
    RequestValidationError,
    Violation,
)
from .._pagination import AsyncPaginator, Page, SyncPaginator
from .._parsing import parse_json_response
from .._response import APIResponse
from ..v1.api.conversations import export_conversations as _export
from ..v1.api.conversations import get_conversation as _get
from ..v1.api.conversations import list_conversations as _list
from ..v1.api.conversations import terminate_conversation as _terminate
from ..v1.models.analytics_period import AnalyticsPeriod
from ..v1.models.call_status import CallStatus
from ..v1.models.conversation import Conversation
from ..v1.models.conversation_summary import ConversationSummary
from ..v1.models.conversation_summary_page import ConversationSummaryPage
from ..v1.models.export_call_status import ExportCallStatus
from ..v1.models.response_envelope import ResponseEnvelope
from ._envelope import parse_envelope_data
from ._paging import check_paging, page_of
from ._params import Retries, Timeout
from ._query import Query

MAX_PAGE_SIZE = 200  # documented hard cap of perPage
Statuses = Iterable[CallStatus | str] | CallStatus | str
Instant = datetime | int


def final_statuses() -> frozenset[str]:
    """The CallStatus values after which a call has ended: those spec/v1.yaml marks with
    ``x-hamsa-final``, read from the generated operation table (so a new final status reaches
    wait() on regeneration). Looked up on each call: wait() polls seconds apart."""
    for enum in _operations.STATUS_ENUMS:
        if enum.version == "v1" and enum.schema == "CallStatus":
            return frozenset(enum.final)
    raise LookupError("the operation table marks no final CallStatus values (x-hamsa-final)")


def is_final(conversation: Conversation) -> bool:
    """True once the call has ended, whatever the outcome."""
    return conversation.status in final_statuses()


def _conversation(response: httpx.Response) -> APIResponse[Conversation]:
    return APIResponse(
        parsed=parse_envelope_data(response, Conversation.from_dict), http_response=response
    )


def _envelope(response: httpx.Response) -> APIResponse[ResponseEnvelope]:
    return APIResponse(
        parsed=parse_json_response(response, ResponseEnvelope.from_dict), http_response=response
    )


def _get_options(conversation_id: str, timeout: Timeout, max_retries: Retries) -> RequestOptions:
    return _get.request_options(conversation_id, timeout=timeout, max_retries=max_retries)


def _terminate_options(
    conversation_id: str, timeout: Timeout, max_retries: Retries
) -> RequestOptions:
    return _terminate.request_options(conversation_id, timeout=timeout, max_retries=max_retries)


def _list_query(
    voice_agent_id: str | None,
    status: Statuses | None,
    start_time: Instant | None,
    end_time: Instant | None,
) -> dict[str, Any]:
    query = Query()
    query.uuid("voice_agent_id", voice_agent_id)
    query.enums("status", CallStatus, status)
    start = query.epoch_ms("start_time", start_time)
    end = query.epoch_ms("end_time", end_time)
    query.ordered(("start_time", start), ("end_time", end))
    return query.checked()


def _list_options(
    query: Mapping[str, Any], page: int, page_size: int, timeout: Timeout, max_retries: Retries
) -> RequestOptions:
    return _list.request_options(
        **query, page=page, per_page=page_size, timeout=timeout, max_retries=max_retries
    )


def _summary_page(
    response: httpx.Response, page: int, page_size: int
) -> APIResponse[Page[ConversationSummary]]:
    def build(data: dict[str, Any]) -> Page[ConversationSummary]:
        parsed = ConversationSummaryPage.from_dict(data)
        return page_of(
            parsed.calls or [], page, page_size, total=parsed.total, filtered=parsed.filtered
        )

    return APIResponse(parsed=parse_envelope_data(response, build), http_response=response)


def _export_options(
    voice_agent_id: str,
    status: ExportCallStatus | str | None,
    period: AnalyticsPeriod | str | None,
    start_period: Instant | None,
    end_period: Instant | None,
    time_difference: int | float | str | None,
    timeout: Timeout,
    max_retries: Retries,
) -> RequestOptions:
    query = Query()
    if voice_agent_id is None:
        query.problem("voice_agent_id", None, "is required")
    query.uuid("voice_agent_id", voice_agent_id)
    query.enum("status", ExportCallStatus, status)
    query.period(AnalyticsPeriod, period, start_period, end_period)
    query.time_difference(time_difference)
    return _export.request_options(**query.checked(), timeout=timeout, max_retries=max_retries)


def _workbook(response: httpx.Response) -> APIResponse[bytes]:
    return APIResponse(parsed=response.content, http_response=response)


def _partial_path(path: Path) -> Path:
    # Written beside the target and renamed on completion: no half-written workbook at `path`.
    return path.with_name(f".{path.name}.part")


def _download_failed(error: httpx.HTTPError, response: httpx.Response) -> APIConnectionError:
    kind = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
    return kind(f"the export download broke off: {error}", request=response.request)


def _not_finished(conversation_id: str, waited: float) -> APITimeoutError:
    return APITimeoutError(
        f"conversation {conversation_id} had not finished after {waited:g} s of polling"
    )


def _writable_destination(to: str | os.PathLike[str]) -> Path:
    """The export's path, refused before the export is requested when it can't be written: a
    folder that doesn't exist or can't be written, or a folder given as the file."""
    path = Path(to)
    folder = path.parent
    problem = None
    if path.is_dir():
        problem = "is a folder: name the file to write, e.g. calls.xlsx"
    elif not folder.is_dir():
        problem = f"can't be written: the folder {str(folder)!r} does not exist"
    elif not os.access(folder, os.W_OK):
        problem = f"can't be written: no permission to write in {str(folder)!r}"
    if problem is not None:
        raise RequestValidationError([Violation("to", str(path), problem)])
    return path


def _check_wait(poll_interval: object, max_wait: object) -> None:
    """Refuse, before the first request, waits that can't work: negative, endless or not a
    number (bool included)."""
    for name, value in (("poll_interval", poll_interval), ("max_wait", max_wait)):
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not 0 <= value < float("inf")
        ):
            raise ConfigurationError(
                f"{name} must be a finite number of seconds >= 0, got {value!r}"
            )


class ConversationsWithRawResponse:
    """Like client.conversations, but each method returns an APIResponse."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get(
        self,
        conversation_id: str,
        *,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> APIResponse[Conversation]:
        options = _get_options(conversation_id, timeout, max_retries)
        return _conversation(self._client.request(options))

    def terminate(
        self,
        conversation_id: str,
        *,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> APIResponse[ResponseEnvelope]:
        options = _terminate_options(conversation_id, timeout, max_retries)
        return _envelope(self._client.request(options))

    def list(
        self,
        *,
        voice_agent_id: str | None = None,
        status: Statuses | None = None,
        start_time: Instant | None = None,
        end_time: Instant | None = None,
        page: int = 1,
        page_size: int = 100,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> APIResponse[Page[ConversationSummary]]:
        """One page (``page`` is 1-based) of ``GET /v1/voice-agents/conversations/minimal-list``."""
        query = _list_query(voice_agent_id, status, start_time, end_time)
        check_paging(page_size, maximum=MAX_PAGE_SIZE, page=page)
        options = _list_options(query, page, page_size, timeout, max_retries)
        return _summary_page(self._client.request(options), page, page_size)

    def export(
        self,
        voice_agent_id: str,
        *,
        status: ExportCallStatus | str | None = None,
        period: AnalyticsPeriod | str | None = None,
        start_period: Instant | None = None,
        end_period: Instant | None = None,
        time_difference: int | float | str | None = None,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> APIResponse[bytes]:
        """The Excel workbook of ``GET /v1/agent-analytics/conversations/export``."""
        options = _export_options(
            voice_agent_id,
            status,
            period,
            start_period,
            end_period,
            time_difference,
            timeout,
            max_retries,
        )
        return _workbook(self._client.request(options))


class AsyncConversationsWithRawResponse:
    """Like AsyncHamsa().conversations, but each method returns an APIResponse."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get(
        self,
        conversation_id: str,
        *,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> APIResponse[Conversation]:
        options = _get_options(conversation_id, timeout, max_retries)
        return _conversation(await self._client.request(options))

    async def terminate(
        self,
        conversation_id: str,
        *,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> APIResponse[ResponseEnvelope]:
        options = _terminate_options(conversation_id, timeout, max_retries)
        return _envelope(await self._client.request(options))

    async def list(
        self,
        *,
        voice_agent_id: str | None = None,
        status: Statuses | None = None,
        start_time: Instant | None = None,
        end_time: Instant | None = None,
        page: int = 1,
        page_size: int = 100,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> APIResponse[Page[ConversationSummary]]:
        """One page (``page`` is 1-based) of ``GET /v1/voice-agents/conversations/minimal-list``."""
        query = _list_query(voice_agent_id, status, start_time, end_time)
        check_paging(page_size, maximum=MAX_PAGE_SIZE, page=page)
        options = _list_options(query, page, page_size, timeout, max_retries)
        return _summary_page(await self._client.request(options), page, page_size)

    async def export(
        self,
        voice_agent_id: str,
        *,
        status: ExportCallStatus | str | None = None,
        period: AnalyticsPeriod | str | None = None,
        start_period: Instant | None = None,
        end_period: Instant | None = None,
        time_difference: int | float | str | None = None,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> APIResponse[bytes]:
        """The Excel workbook of ``GET /v1/agent-analytics/conversations/export``."""
        options = _export_options(
            voice_agent_id,
            status,
            period,
            start_period,
            end_period,
            time_difference,
            timeout,
            max_retries,
        )
        return _workbook(await self._client.request(options))


class Conversations:
    """Conversations: the record of each call (status, recording, logs, analysis)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ConversationsWithRawResponse:
        return ConversationsWithRawResponse(self._client)

    def get(
        self,
        conversation_id: str,
        *,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> Conversation:
        """The conversation (``GET /v1/voice-agents/conversation/{conversationId}``).

        The id is the ``id`` that ``client.calls.start`` returned.
        """
        return self.with_raw_response.get(
            conversation_id, timeout=timeout, max_retries=max_retries
        ).parsed

    def terminate(
        self,
        conversation_id: str,
        *,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> ResponseEnvelope:
        """End a call in progress. The API uses a GET for this; the SDK never retries it."""
        return self.with_raw_response.terminate(
            conversation_id, timeout=timeout, max_retries=max_retries
        ).parsed

    def wait(
        self, conversation_id: str, *, poll_interval: float = 2.0, max_wait: float = 900.0
    ) -> Conversation:
        """Poll until the call has ended: a status the spec marks final (x-hamsa-final; today
        COMPLETED, NO_ANSWER, FAILED, FORWARDED, TERMINATED).

        Raises hamsa.APITimeoutError if it is still going after ``max_wait`` seconds.
        """
        _check_wait(poll_interval, max_wait)
        waited = 0.0
        while True:
            conversation = self.get(conversation_id)
            if is_final(conversation):
                return conversation
            if waited >= max_wait:
                raise _not_finished(conversation_id, waited)
            self._client._sleep(poll_interval)
            waited += poll_interval

    def list(
        self,
        *,
        voice_agent_id: str | None = None,
        status: Statuses | None = None,
        start_time: Instant | None = None,
        end_time: Instant | None = None,
        page_size: int = 100,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> SyncPaginator[ConversationSummary]:
        """Every call matching the filters, as lightweight records, fetched page by page as you
        iterate (``GET /v1/voice-agents/conversations/minimal-list``).

        ``status`` takes one CallStatus (or its string) or several; ``start_time`` and
        ``end_time`` take a timezone-aware datetime or UTC epoch milliseconds (inclusive).
        ``page_size`` is at most 200. Everything is checked now, before any request.
        """
        query = _list_query(voice_agent_id, status, start_time, end_time)
        check_paging(page_size, maximum=MAX_PAGE_SIZE)
        client = self._client

        def fetch(page: int, size: int) -> Page[ConversationSummary]:
            options = _list_options(query, page, size, timeout, max_retries)
            return _summary_page(client.request(options), page, size).parsed

        return SyncPaginator(fetch, page_size=page_size)

    @overload
    def export(
        self,
        voice_agent_id: str,
        *,
        status: ExportCallStatus | str | None = None,
        period: AnalyticsPeriod | str | None = None,
        start_period: Instant | None = None,
        end_period: Instant | None = None,
        time_difference: int | float | str | None = None,
        to: None = None,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> bytes: ...

    @overload
    def export(
        self,
        voice_agent_id: str,
        *,
        status: ExportCallStatus | str | None = None,
        period: AnalyticsPeriod | str | None = None,
        start_period: Instant | None = None,
        end_period: Instant | None = None,
        time_difference: int | float | str | None = None,
        to: str | os.PathLike[str],
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> Path: ...

    def export(
        self,
        voice_agent_id: str,
        *,
        status: ExportCallStatus | str | None = None,
        period: AnalyticsPeriod | str | None = None,
        start_period: Instant | None = None,
        end_period: Instant | None = None,
        time_difference: int | float | str | None = None,
        to: str | os.PathLike[str] | None = None,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> bytes | Path:
        """One agent's calls as an Excel workbook (.xlsx), from
        ``GET /v1/agent-analytics/conversations/export``.

        Returns the file's bytes, or writes them to the path ``to`` and returns it as a Path.
        ``period`` is an AnalyticsPeriod (``"TODAY"``, ``"THIS_WEEK"``, ...); giving
        ``start_period``/``end_period`` (timezone-aware datetimes or UTC epoch milliseconds,
        sent as the documented strings) means ``period="CUSTOM"``. ``time_difference`` is your
        offset from UTC, e.g. ``-3``. With ``to``, the workbook is streamed to disk chunk by
        chunk (never held in memory) and the file appears only once it is complete.
        """
        if to is None:
            return self.with_raw_response.export(
                voice_agent_id,
                status=status,
                period=period,
                start_period=start_period,
                end_period=end_period,
                time_difference=time_difference,
                timeout=timeout,
                max_retries=max_retries,
            ).parsed
        options = _export_options(
            voice_agent_id,
            status,
            period,
            start_period,
            end_period,
            time_difference,
            timeout,
            max_retries,
        )
        path = _writable_destination(to)
        partial = _partial_path(path)
        response = self._client.request(options, stream=True)
        try:
            with partial.open("wb") as out:
                for chunk in response.iter_bytes():
                    out.write(chunk)
            partial.replace(path)
        except httpx.HTTPError as error:
            raise _download_failed(error, response) from error
        finally:
            response.close()
            partial.unlink(missing_ok=True)
        return path


class AsyncConversations:
    """Async conversations; see Conversations."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncConversationsWithRawResponse:
        return AsyncConversationsWithRawResponse(self._client)

    async def get(
        self,
        conversation_id: str,
        *,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> Conversation:
        """The conversation; see Conversations.get."""
        raw = await self.with_raw_response.get(
            conversation_id, timeout=timeout, max_retries=max_retries
        )
        return raw.parsed

    async def terminate(
        self,
        conversation_id: str,
        *,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> ResponseEnvelope:
        """End a call in progress; never retried automatically."""
        raw = await self.with_raw_response.terminate(
            conversation_id, timeout=timeout, max_retries=max_retries
        )
        return raw.parsed

    async def wait(
        self, conversation_id: str, *, poll_interval: float = 2.0, max_wait: float = 900.0
    ) -> Conversation:
        """Poll until the call has ended; see Conversations.wait."""
        _check_wait(poll_interval, max_wait)
        waited = 0.0
        while True:
            conversation = await self.get(conversation_id)
            if is_final(conversation):
                return conversation
            if waited >= max_wait:
                raise _not_finished(conversation_id, waited)
            await self._client._sleep(poll_interval)
            waited += poll_interval

    def list(
        self,
        *,
        voice_agent_id: str | None = None,
        status: Statuses | None = None,
        start_time: Instant | None = None,
        end_time: Instant | None = None,
        page_size: int = 100,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> AsyncPaginator[ConversationSummary]:
        """Every matching call, page by page: ``async for call in client.conversations.list()``;
        see Conversations.list."""
        query = _list_query(voice_agent_id, status, start_time, end_time)
        check_paging(page_size, maximum=MAX_PAGE_SIZE)
        client = self._client

        async def fetch(page: int, size: int) -> Page[ConversationSummary]:
            options = _list_options(query, page, size, timeout, max_retries)
            return _summary_page(await client.request(options), page, size).parsed

        return AsyncPaginator(fetch, page_size=page_size)

    @overload
    async def export(
        self,
        voice_agent_id: str,
        *,
        status: ExportCallStatus | str | None = None,
        period: AnalyticsPeriod | str | None = None,
        start_period: Instant | None = None,
        end_period: Instant | None = None,
        time_difference: int | float | str | None = None,
        to: None = None,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> bytes: ...

    @overload
    async def export(
        self,
        voice_agent_id: str,
        *,
        status: ExportCallStatus | str | None = None,
        period: AnalyticsPeriod | str | None = None,
        start_period: Instant | None = None,
        end_period: Instant | None = None,
        time_difference: int | float | str | None = None,
        to: str | os.PathLike[str],
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> Path: ...

    async def export(
        self,
        voice_agent_id: str,
        *,
        status: ExportCallStatus | str | None = None,
        period: AnalyticsPeriod | str | None = None,
        start_period: Instant | None = None,
        end_period: Instant | None = None,
        time_difference: int | float | str | None = None,
        to: str | os.PathLike[str] | None = None,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> bytes | Path:
        """One agent's calls as an Excel workbook; see Conversations.export (``to`` streams)."""
        if to is None:
            raw = await self.with_raw_response.export(
                voice_agent_id,
                status=status,
                period=period,
                start_period=start_period,
                end_period=end_period,
                time_difference=time_difference,
                timeout=timeout,
                max_retries=max_retries,
            )
            return raw.parsed
        import asyncio  # only for writing the file without blocking the event loop

        options = _export_options(
            voice_agent_id,
            status,
            period,
            start_period,
            end_period,
            time_difference,
            timeout,
            max_retries,
        )
        path = _writable_destination(to)
        partial = _partial_path(path)
        response = await self._client.request(options, stream=True)
        try:
            with partial.open("wb") as out:
                async for chunk in response.aiter_bytes():
                    await asyncio.to_thread(out.write, chunk)
            partial.replace(path)
        except httpx.HTTPError as error:
            raise _download_failed(error, response) from error
        finally:
            await response.aclose()
            partial.unlink(missing_ok=True)
        return path

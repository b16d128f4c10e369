"""Operations tagged ``conversations`` in the Hamsa API v1."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

import httpx
from hamsa._base_client import NOT_GIVEN, AsyncAPIClient, NotGiven, SyncAPIClient

from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.analytics_period import AnalyticsPeriod
    from ...models.call_status import CallStatus
    from ...models.conversation_response import ConversationResponse
    from ...models.conversation_summary_page_response import ConversationSummaryPageResponse
    from ...models.error_response import ErrorResponse as ErrorResponse
    from ...models.export_call_status import ExportCallStatus
    from ...models.response_envelope import ResponseEnvelope


# Loaded on first access (module __getattr__ below): name -> module, relative to this package.
_LAZY: dict[str, str] = {
    "AnalyticsPeriod": "...models.analytics_period",
    "CallStatus": "...models.call_status",
    "ConversationResponse": "...models.conversation_response",
    "ConversationSummaryPageResponse": "...models.conversation_summary_page_response",
    "ErrorResponse": "...models.error_response",
    "ExportCallStatus": "...models.export_call_status",
    "ResponseEnvelope": "...models.response_envelope",
    "get_conversation": ".get_conversation",
    "terminate_conversation": ".terminate_conversation",
    "list_conversations": ".list_conversations",
    "export_conversations": ".export_conversations",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    loaded = importlib.import_module(module, __name__)
    value = loaded if module == "." + name else getattr(loaded, name)
    globals()[name] = value  # later lookups skip this hook
    return value


class Conversations:
    """Operations tagged ``conversations`` (API v1)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get_conversation(
        self,
        conversation_id: str,
        *,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ConversationResponse:
        """Get a conversation

        Returns one conversation (the call started by start-call, whose `data.id` is this id): its status, recording, logs, analysis and the agent configuration it ran with.
        Poll it until the status is final.

        ``GET /v1/voice-agents/conversation/{conversation_id}`` (API v1)

        Args:
            conversation_id (str):
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            ConversationResponse
        """

        from . import get_conversation as _get_conversation

        return _get_conversation.sync(
            conversation_id=conversation_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_conversation_with_response(
        self,
        conversation_id: str,
        *,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[ConversationResponse]:
        """Like ``get_conversation``, plus the status, headers and raw bytes."""
        from . import get_conversation as _get_conversation

        return _get_conversation.sync_detailed(
            conversation_id=conversation_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def terminate_conversation(
        self,
        conversation_id: str,
        *,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ResponseEnvelope:
        """Terminate a conversation

        Ends a call that is still going.
        A GET that changes state: the SDK never retries it automatically (`x-hamsa-idempotent: false`).

        ``GET /v1/voice-agents/conversation/{conversation_id}/terminate`` (API v1)

        Args:
            conversation_id (str):
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            ResponseEnvelope
        """

        from . import terminate_conversation as _terminate_conversation

        return _terminate_conversation.sync(
            conversation_id=conversation_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def terminate_conversation_with_response(
        self,
        conversation_id: str,
        *,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[ResponseEnvelope]:
        """Like ``terminate_conversation``, plus the status, headers and raw bytes."""
        from . import terminate_conversation as _terminate_conversation

        return _terminate_conversation.sync_detailed(
            conversation_id=conversation_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_conversations(
        self,
        *,
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

        from . import list_conversations as _list_conversations

        return _list_conversations.sync(
            voice_agent_id=voice_agent_id,
            status=status,
            start_time=start_time,
            end_time=end_time,
            page=page,
            per_page=per_page,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_conversations_with_response(
        self,
        *,
        voice_agent_id: str | Unset = UNSET,
        status: list[CallStatus] | Unset = UNSET,
        start_time: int | Unset = UNSET,
        end_time: int | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[ConversationSummaryPageResponse]:
        """Like ``list_conversations``, plus the status, headers and raw bytes."""
        from . import list_conversations as _list_conversations

        return _list_conversations.sync_detailed(
            voice_agent_id=voice_agent_id,
            status=status,
            start_time=start_time,
            end_time=end_time,
            page=page,
            per_page=per_page,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def export_conversations(
        self,
        *,
        voice_agent_id: str,
        status: ExportCallStatus | Unset = UNSET,
        period: AnalyticsPeriod | Unset = UNSET,
        start_period: str | Unset = UNSET,
        end_period: str | Unset = UNSET,
        time_difference: str | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> bytes:
        """Export conversations as a spreadsheet

        Downloads one agent's calls over a period as an Excel workbook (.xlsx).
        The body is the file itself, not a JSON envelope.

        `startPeriod` and `endPeriod` are epoch milliseconds but documented as strings (unlike the integer `startTime`/`endTime` of `list_conversations`), so they are sent as strings.

        ``GET /v1/agent-analytics/conversations/export`` (API v1)

        Args:
            voice_agent_id (str):
            status (ExportCallStatus | Unset): Call states the export can filter on.
                    The export page lists fewer values than the conversation records use (no `FORWARDED` or `TERMINATED`).
            period (AnalyticsPeriod | Unset): Time window of an analytics query or export.
                    `CUSTOM` uses the `startPeriod` and `endPeriod` parameters.
            start_period (str | Unset):
            end_period (str | Unset):
            time_difference (str | Unset):
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            bytes
        """

        from . import export_conversations as _export_conversations

        return _export_conversations.sync(
            voice_agent_id=voice_agent_id,
            status=status,
            period=period,
            start_period=start_period,
            end_period=end_period,
            time_difference=time_difference,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def export_conversations_with_response(
        self,
        *,
        voice_agent_id: str,
        status: ExportCallStatus | Unset = UNSET,
        period: AnalyticsPeriod | Unset = UNSET,
        start_period: str | Unset = UNSET,
        end_period: str | Unset = UNSET,
        time_difference: str | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[bytes]:
        """Like ``export_conversations``, plus the status, headers and raw bytes."""
        from . import export_conversations as _export_conversations

        return _export_conversations.sync_detailed(
            voice_agent_id=voice_agent_id,
            status=status,
            period=period,
            start_period=start_period,
            end_period=end_period,
            time_difference=time_difference,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncConversations:
    """Async operations tagged ``conversations`` (API v1)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get_conversation(
        self,
        conversation_id: str,
        *,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ConversationResponse:
        """Get a conversation

        Returns one conversation (the call started by start-call, whose `data.id` is this id): its status, recording, logs, analysis and the agent configuration it ran with.
        Poll it until the status is final.

        ``GET /v1/voice-agents/conversation/{conversation_id}`` (API v1)

        Args:
            conversation_id (str):
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            ConversationResponse
        """

        from . import get_conversation as _get_conversation

        return await _get_conversation.asyncio(
            conversation_id=conversation_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_conversation_with_response(
        self,
        conversation_id: str,
        *,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[ConversationResponse]:
        """Like ``get_conversation``, plus the status, headers and raw bytes."""
        from . import get_conversation as _get_conversation

        return await _get_conversation.asyncio_detailed(
            conversation_id=conversation_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def terminate_conversation(
        self,
        conversation_id: str,
        *,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ResponseEnvelope:
        """Terminate a conversation

        Ends a call that is still going.
        A GET that changes state: the SDK never retries it automatically (`x-hamsa-idempotent: false`).

        ``GET /v1/voice-agents/conversation/{conversation_id}/terminate`` (API v1)

        Args:
            conversation_id (str):
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            ResponseEnvelope
        """

        from . import terminate_conversation as _terminate_conversation

        return await _terminate_conversation.asyncio(
            conversation_id=conversation_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def terminate_conversation_with_response(
        self,
        conversation_id: str,
        *,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[ResponseEnvelope]:
        """Like ``terminate_conversation``, plus the status, headers and raw bytes."""
        from . import terminate_conversation as _terminate_conversation

        return await _terminate_conversation.asyncio_detailed(
            conversation_id=conversation_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def list_conversations(
        self,
        *,
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

        from . import list_conversations as _list_conversations

        return await _list_conversations.asyncio(
            voice_agent_id=voice_agent_id,
            status=status,
            start_time=start_time,
            end_time=end_time,
            page=page,
            per_page=per_page,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def list_conversations_with_response(
        self,
        *,
        voice_agent_id: str | Unset = UNSET,
        status: list[CallStatus] | Unset = UNSET,
        start_time: int | Unset = UNSET,
        end_time: int | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[ConversationSummaryPageResponse]:
        """Like ``list_conversations``, plus the status, headers and raw bytes."""
        from . import list_conversations as _list_conversations

        return await _list_conversations.asyncio_detailed(
            voice_agent_id=voice_agent_id,
            status=status,
            start_time=start_time,
            end_time=end_time,
            page=page,
            per_page=per_page,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def export_conversations(
        self,
        *,
        voice_agent_id: str,
        status: ExportCallStatus | Unset = UNSET,
        period: AnalyticsPeriod | Unset = UNSET,
        start_period: str | Unset = UNSET,
        end_period: str | Unset = UNSET,
        time_difference: str | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> bytes:
        """Export conversations as a spreadsheet

        Downloads one agent's calls over a period as an Excel workbook (.xlsx).
        The body is the file itself, not a JSON envelope.

        `startPeriod` and `endPeriod` are epoch milliseconds but documented as strings (unlike the integer `startTime`/`endTime` of `list_conversations`), so they are sent as strings.

        ``GET /v1/agent-analytics/conversations/export`` (API v1)

        Args:
            voice_agent_id (str):
            status (ExportCallStatus | Unset): Call states the export can filter on.
                    The export page lists fewer values than the conversation records use (no `FORWARDED` or `TERMINATED`).
            period (AnalyticsPeriod | Unset): Time window of an analytics query or export.
                    `CUSTOM` uses the `startPeriod` and `endPeriod` parameters.
            start_period (str | Unset):
            end_period (str | Unset):
            time_difference (str | Unset):
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            bytes
        """

        from . import export_conversations as _export_conversations

        return await _export_conversations.asyncio(
            voice_agent_id=voice_agent_id,
            status=status,
            period=period,
            start_period=start_period,
            end_period=end_period,
            time_difference=time_difference,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def export_conversations_with_response(
        self,
        *,
        voice_agent_id: str,
        status: ExportCallStatus | Unset = UNSET,
        period: AnalyticsPeriod | Unset = UNSET,
        start_period: str | Unset = UNSET,
        end_period: str | Unset = UNSET,
        time_difference: str | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[bytes]:
        """Like ``export_conversations``, plus the status, headers and raw bytes."""
        from . import export_conversations as _export_conversations

        return await _export_conversations.asyncio_detailed(
            voice_agent_id=voice_agent_id,
            status=status,
            period=period,
            start_period=start_period,
            end_period=end_period,
            time_difference=time_difference,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

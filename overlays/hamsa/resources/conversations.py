"""client.conversations: read a call's record, wait for it to finish, or end it."""

from __future__ import annotations

from functools import cached_property

import httpx

from .._base_client import NOT_GIVEN, AsyncAPIClient, NotGiven, RequestOptions, SyncAPIClient
from .._exceptions import APITimeoutError
from .._parsing import parse_json_response
from .._response import APIResponse
from ..v1.api.conversations import get_conversation as _get
from ..v1.api.conversations import terminate_conversation as _terminate
from ..v1.models.call_status import CallStatus
from ..v1.models.conversation import Conversation
from ..v1.models.response_envelope import ResponseEnvelope
from ._envelope import parse_envelope_data

Timeout = float | httpx.Timeout | NotGiven
Retries = int | NotGiven

FINAL_STATUSES = frozenset(
    {
        CallStatus.COMPLETED,
        CallStatus.NO_ANSWER,
        CallStatus.FAILED,
        CallStatus.FORWARDED,
        CallStatus.TERMINATED,
    }
)


def is_final(conversation: Conversation) -> bool:
    """True once the call has ended, whatever the outcome."""
    return conversation.status in FINAL_STATUSES


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


def _not_finished(conversation_id: str, waited: float) -> APITimeoutError:
    return APITimeoutError(
        f"conversation {conversation_id} had not finished after {waited:g} s of polling"
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
        """Poll until the call has ended (COMPLETED, NO_ANSWER, FAILED, FORWARDED, TERMINATED).

        Raises hamsa.APITimeoutError if it is still going after ``max_wait`` seconds.
        """
        waited = 0.0
        while True:
            conversation = self.get(conversation_id)
            if is_final(conversation):
                return conversation
            if waited >= max_wait:
                raise _not_finished(conversation_id, waited)
            self._client._sleep(poll_interval)
            waited += poll_interval


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
        waited = 0.0
        while True:
            conversation = await self.get(conversation_id)
            if is_final(conversation):
                return conversation
            if waited >= max_wait:
                raise _not_finished(conversation_id, waited)
            await self._client._sleep(poll_interval)
            waited += poll_interval

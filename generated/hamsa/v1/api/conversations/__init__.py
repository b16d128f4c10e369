"""Operations tagged ``conversations`` in the Hamsa API v1."""

import httpx
from hamsa._base_client import NOT_GIVEN, AsyncAPIClient, NotGiven, SyncAPIClient

from ...models.conversation_response import ConversationResponse
from ...models.error_response import ErrorResponse as ErrorResponse
from ...models.response_envelope import ResponseEnvelope
from ...types import UNSET as UNSET
from ...types import Response
from ...types import Unset as Unset
from . import get_conversation as _get_conversation
from . import terminate_conversation as _terminate_conversation


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

        Returns one conversation (the call started by start-call, whose `data.id` is this id): its
        status, recording, logs, analysis and the agent configuration it ran with. Poll it until the
        status is final.

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

        Ends a call that is still going. A GET that changes state: the SDK never retries it
        automatically (`x-hamsa-idempotent: false`).

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
        return _terminate_conversation.sync_detailed(
            conversation_id=conversation_id,
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

        Returns one conversation (the call started by start-call, whose `data.id` is this id): its
        status, recording, logs, analysis and the agent configuration it ran with. Poll it until the
        status is final.

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

        Ends a call that is still going. A GET that changes state: the SDK never retries it
        automatically (`x-hamsa-idempotent: false`).

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
        return await _terminate_conversation.asyncio_detailed(
            conversation_id=conversation_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

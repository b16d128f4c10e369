"""Operations tagged ``calls`` in the Hamsa API v1."""

import httpx
from hamsa._base_client import NOT_GIVEN, AsyncAPIClient, NotGiven, SyncAPIClient

from ...models.call_response import CallResponse
from ...models.error_response import ErrorResponse as ErrorResponse
from ...models.start_call_request import StartCallRequest
from ...types import UNSET as UNSET
from ...types import Response
from ...types import Unset as Unset
from . import start_call as _start_call


class Calls:
    """Operations tagged ``calls`` (API v1)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def start_call(
        self,
        *,
        body: StartCallRequest,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CallResponse:
        """Start an outbound call

        Makes a voice agent phone `toNumber`. Either point at a saved agent with `voiceAgentId`
        (and fill its placeholders with `params`), or describe a one-off agent in `agentDetails`
        instead of both.

        The response is the job that tracks the call; its `id` is the identifier of the
        call/conversation. This dials a real person, so a client must never repeat the request on
        its own after it may have reached the server.

        ``POST /v1/voice-agents/call`` (API v1)

        Args:
            body (StartCallRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            CallResponse
        """

        return _start_call.sync(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    def start_call_with_response(
        self,
        *,
        body: StartCallRequest,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[CallResponse]:
        """Like ``start_call``, plus the status, headers and raw bytes."""
        return _start_call.sync_detailed(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )


class AsyncCalls:
    """Async operations tagged ``calls`` (API v1)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def start_call(
        self,
        *,
        body: StartCallRequest,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CallResponse:
        """Start an outbound call

        Makes a voice agent phone `toNumber`. Either point at a saved agent with `voiceAgentId`
        (and fill its placeholders with `params`), or describe a one-off agent in `agentDetails`
        instead of both.

        The response is the job that tracks the call; its `id` is the identifier of the
        call/conversation. This dials a real person, so a client must never repeat the request on
        its own after it may have reached the server.

        ``POST /v1/voice-agents/call`` (API v1)

        Args:
            body (StartCallRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            CallResponse
        """

        return await _start_call.asyncio(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    async def start_call_with_response(
        self,
        *,
        body: StartCallRequest,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[CallResponse]:
        """Like ``start_call``, plus the status, headers and raw bytes."""
        return await _start_call.asyncio_detailed(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

"""Operations tagged ``calls`` in the Hamsa API v1."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

import httpx
from hamsa._base_client import NOT_GIVEN, AsyncAPIClient, NotGiven, SyncAPIClient

from ...types import UNSET as UNSET
from ...types import Response
from ...types import Unset as Unset

if TYPE_CHECKING:
    from ...models.call_response import CallResponse
    from ...models.error_response import ErrorResponse as ErrorResponse
    from ...models.phone_number_call_request import PhoneNumberCallRequest
    from ...models.phone_number_call_response import PhoneNumberCallResponse
    from ...models.start_call_request import StartCallRequest
    from ...models.twilio_call_request import TwilioCallRequest


# Loaded on first access (module __getattr__ below): name -> module, relative to this package.
_LAZY: dict[str, str] = {
    "CallResponse": "...models.call_response",
    "ErrorResponse": "...models.error_response",
    "PhoneNumberCallRequest": "...models.phone_number_call_request",
    "PhoneNumberCallResponse": "...models.phone_number_call_response",
    "StartCallRequest": "...models.start_call_request",
    "TwilioCallRequest": "...models.twilio_call_request",
    "start_call": ".start_call",
    "start_phone_number_call": ".start_phone_number_call",
    "start_twilio_call": ".start_twilio_call",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    loaded = importlib.import_module(module, __name__)
    value = loaded if module == "." + name else getattr(loaded, name)
    globals()[name] = value  # later lookups skip this hook
    return value


class Calls:
    """Operations tagged ``calls`` (API v1)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def start_call(
        self,
        *,
        body: StartCallRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CallResponse:
        """Start an outbound call

        Makes a voice agent phone `toNumber`.
        Either point at a saved agent with `voiceAgentId` (and fill its placeholders with `params`), or describe a one-off agent in `agentDetails` instead of both.

        The response is the job that tracks the call; its `id` is the identifier of the call/conversation.
        This dials a real person, so a client must never repeat the request on its own after it may have reached the server.

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

        from . import start_call as _start_call

        return _start_call.sync(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    def start_call_with_response(
        self,
        *,
        body: StartCallRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[CallResponse]:
        """Like ``start_call``, plus the status, headers and raw bytes."""
        from . import start_call as _start_call

        return _start_call.sync_detailed(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    def start_phone_number_call(
        self,
        *,
        body: PhoneNumberCallRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PhoneNumberCallResponse:
        """Start a call from your own phone number

        Makes a voice agent phone `toNumber` from a number you added to Hamsa (see the phone_numbers operations), instead of one of Hamsa's shared numbers.

        The page marks `toNumber`, `phoneNumber`, `voiceAgentId` and `params` as required, so all four are always sent: when the agent is described inline in `agentDetails`, send `voiceAgentId: null` and `params: {}`.

        The response carries the id of the job that tracks the call (`jobId`); use it as the conversation id.
        This dials a real person, so a client must never repeat the request on its own after it may have reached the server.

        ``POST /v1/voice-agents/phone-number/call`` (API v1)

        Args:
            body (PhoneNumberCallRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            PhoneNumberCallResponse
        """

        from . import start_phone_number_call as _start_phone_number_call

        return _start_phone_number_call.sync(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    def start_phone_number_call_with_response(
        self,
        *,
        body: PhoneNumberCallRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[PhoneNumberCallResponse]:
        """Like ``start_phone_number_call``, plus the status, headers and raw bytes."""
        from . import start_phone_number_call as _start_phone_number_call

        return _start_phone_number_call.sync_detailed(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    def start_twilio_call(
        self,
        *,
        body: TwilioCallRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CallResponse:
        """Start a call from a Twilio number (legacy)

        Legacy form of the own-number call, from the old "Twilio" section of the docs: the number to call from is named `twilioPhoneNumber`.
        Prefer `start_phone_number_call`.

        The page shows no response example; it describes the job that tracks the call, as for the shared-number start-call, with the numbers involved in `callParams`.
        This dials a real person, so a client must never repeat the request on its own after it may have reached the server.

        ``POST /v1/voice-agents/twilio/call`` (API v1)

        Args:
            body (TwilioCallRequest): The request body; validated before sending.
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

        from . import start_twilio_call as _start_twilio_call

        return _start_twilio_call.sync(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    def start_twilio_call_with_response(
        self,
        *,
        body: TwilioCallRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[CallResponse]:
        """Like ``start_twilio_call``, plus the status, headers and raw bytes."""
        from . import start_twilio_call as _start_twilio_call

        return _start_twilio_call.sync_detailed(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )


class AsyncCalls:
    """Async operations tagged ``calls`` (API v1)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def start_call(
        self,
        *,
        body: StartCallRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CallResponse:
        """Start an outbound call

        Makes a voice agent phone `toNumber`.
        Either point at a saved agent with `voiceAgentId` (and fill its placeholders with `params`), or describe a one-off agent in `agentDetails` instead of both.

        The response is the job that tracks the call; its `id` is the identifier of the call/conversation.
        This dials a real person, so a client must never repeat the request on its own after it may have reached the server.

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

        from . import start_call as _start_call

        return await _start_call.asyncio(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    async def start_call_with_response(
        self,
        *,
        body: StartCallRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[CallResponse]:
        """Like ``start_call``, plus the status, headers and raw bytes."""
        from . import start_call as _start_call

        return await _start_call.asyncio_detailed(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    async def start_phone_number_call(
        self,
        *,
        body: PhoneNumberCallRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PhoneNumberCallResponse:
        """Start a call from your own phone number

        Makes a voice agent phone `toNumber` from a number you added to Hamsa (see the phone_numbers operations), instead of one of Hamsa's shared numbers.

        The page marks `toNumber`, `phoneNumber`, `voiceAgentId` and `params` as required, so all four are always sent: when the agent is described inline in `agentDetails`, send `voiceAgentId: null` and `params: {}`.

        The response carries the id of the job that tracks the call (`jobId`); use it as the conversation id.
        This dials a real person, so a client must never repeat the request on its own after it may have reached the server.

        ``POST /v1/voice-agents/phone-number/call`` (API v1)

        Args:
            body (PhoneNumberCallRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            PhoneNumberCallResponse
        """

        from . import start_phone_number_call as _start_phone_number_call

        return await _start_phone_number_call.asyncio(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    async def start_phone_number_call_with_response(
        self,
        *,
        body: PhoneNumberCallRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[PhoneNumberCallResponse]:
        """Like ``start_phone_number_call``, plus the status, headers and raw bytes."""
        from . import start_phone_number_call as _start_phone_number_call

        return await _start_phone_number_call.asyncio_detailed(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    async def start_twilio_call(
        self,
        *,
        body: TwilioCallRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CallResponse:
        """Start a call from a Twilio number (legacy)

        Legacy form of the own-number call, from the old "Twilio" section of the docs: the number to call from is named `twilioPhoneNumber`.
        Prefer `start_phone_number_call`.

        The page shows no response example; it describes the job that tracks the call, as for the shared-number start-call, with the numbers involved in `callParams`.
        This dials a real person, so a client must never repeat the request on its own after it may have reached the server.

        ``POST /v1/voice-agents/twilio/call`` (API v1)

        Args:
            body (TwilioCallRequest): The request body; validated before sending.
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

        from . import start_twilio_call as _start_twilio_call

        return await _start_twilio_call.asyncio(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    async def start_twilio_call_with_response(
        self,
        *,
        body: TwilioCallRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[CallResponse]:
        """Like ``start_twilio_call``, plus the status, headers and raw bytes."""
        from . import start_twilio_call as _start_twilio_call

        return await _start_twilio_call.asyncio_detailed(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

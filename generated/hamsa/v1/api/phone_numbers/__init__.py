"""Operations tagged ``phone_numbers`` in the Hamsa API v1."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

import httpx
from hamsa._base_client import NOT_GIVEN, AsyncAPIClient, NotGiven, SyncAPIClient

from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.add_phone_number_request import AddPhoneNumberRequest
    from ...models.add_twilio_number_request import AddTwilioNumberRequest
    from ...models.assign_phone_number_request import AssignPhoneNumberRequest
    from ...models.error_response import ErrorResponse as ErrorResponse
    from ...models.phone_number_list_response import PhoneNumberListResponse
    from ...models.phone_number_provider import PhoneNumberProvider
    from ...models.phone_number_response import PhoneNumberResponse
    from ...models.twilio_number_response import TwilioNumberResponse
    from ...models.unassign_phone_number_request import UnassignPhoneNumberRequest
    from ...models.unassign_phone_number_response import UnassignPhoneNumberResponse


# Loaded on first access (module __getattr__ below): name -> module, relative to this package.
_LAZY: dict[str, str] = {
    "AddPhoneNumberRequest": "...models.add_phone_number_request",
    "AddTwilioNumberRequest": "...models.add_twilio_number_request",
    "AssignPhoneNumberRequest": "...models.assign_phone_number_request",
    "ErrorResponse": "...models.error_response",
    "PhoneNumberListResponse": "...models.phone_number_list_response",
    "PhoneNumberProvider": "...models.phone_number_provider",
    "PhoneNumberResponse": "...models.phone_number_response",
    "TwilioNumberResponse": "...models.twilio_number_response",
    "UnassignPhoneNumberRequest": "...models.unassign_phone_number_request",
    "UnassignPhoneNumberResponse": "...models.unassign_phone_number_response",
    "add_phone_number": ".add_phone_number",
    "list_phone_numbers": ".list_phone_numbers",
    "assign_phone_number": ".assign_phone_number",
    "unassign_phone_number": ".unassign_phone_number",
    "add_twilio_phone_number": ".add_twilio_phone_number",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    loaded = importlib.import_module(module, __name__)
    value = loaded if module == "." + name else getattr(loaded, name)
    globals()[name] = value  # later lookups skip this hook
    return value


class PhoneNumbers:
    """Operations tagged ``phone_numbers`` (API v1)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def add_phone_number(
        self,
        *,
        body: AddPhoneNumberRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PhoneNumberResponse:
        """Add a phone number

        Connects a phone number you own at Twilio to Hamsa, so agents can call from it and answer it.
        Returns the stored number.

        Only the Twilio form of the body is documented (the page's second, presumably SIP, form is not visible in the archived copies).
        One copy of the page leaves `type` out of the example, so it is optional here.

        ``POST /v1/voice-agents/phone-number`` (API v1)

        Args:
            body (AddPhoneNumberRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            PhoneNumberResponse
        """

        from . import add_phone_number as _add_phone_number

        return _add_phone_number.sync(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    def add_phone_number_with_response(
        self,
        *,
        body: AddPhoneNumberRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[PhoneNumberResponse]:
        """Like ``add_phone_number``, plus the status, headers and raw bytes."""
        from . import add_phone_number as _add_phone_number

        return _add_phone_number.sync_detailed(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    def list_phone_numbers(
        self,
        *,
        voice_agent_id: str | Unset = UNSET,
        skip: str | Unset = UNSET,
        take: str | Unset = UNSET,
        provider: PhoneNumberProvider | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PhoneNumberListResponse:
        """List phone numbers

        Returns the project's phone numbers.

        Quirks: `data` is a bare list of numbers, with no `total`/`filtered` counters, so the end of the list is reached when a page comes back shorter than `take`.
        `skip` is the 1-based page number (not an offset), and the page documents `skip` and `take` as strings; they are sent as strings.

        ``GET /v1/voice-agents/phone-number/list`` (API v1)

        Args:
            voice_agent_id (str | Unset):
            skip (str | Unset):
            take (str | Unset):
            provider (PhoneNumberProvider | Unset): Where a phone number is connected from: a Twilio account or a SIP trunk.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            PhoneNumberListResponse
        """

        from . import list_phone_numbers as _list_phone_numbers

        return _list_phone_numbers.sync(
            voice_agent_id=voice_agent_id,
            skip=skip,
            take=take,
            provider=provider,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_phone_numbers_with_response(
        self,
        *,
        voice_agent_id: str | Unset = UNSET,
        skip: str | Unset = UNSET,
        take: str | Unset = UNSET,
        provider: PhoneNumberProvider | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[PhoneNumberListResponse]:
        """Like ``list_phone_numbers``, plus the status, headers and raw bytes."""
        from . import list_phone_numbers as _list_phone_numbers

        return _list_phone_numbers.sync_detailed(
            voice_agent_id=voice_agent_id,
            skip=skip,
            take=take,
            provider=provider,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def assign_phone_number(
        self,
        *,
        body: AssignPhoneNumberRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PhoneNumberResponse:
        """Assign a phone number to an agent

        Makes a voice agent the one that uses a phone number added to the project.
        Returns the number with its agent.

        ``POST /v1/voice-agents/assign-number`` (API v1)

        Args:
            body (AssignPhoneNumberRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            PhoneNumberResponse
        """

        from . import assign_phone_number as _assign_phone_number

        return _assign_phone_number.sync(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    def assign_phone_number_with_response(
        self,
        *,
        body: AssignPhoneNumberRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[PhoneNumberResponse]:
        """Like ``assign_phone_number``, plus the status, headers and raw bytes."""
        from . import assign_phone_number as _assign_phone_number

        return _assign_phone_number.sync_detailed(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    def unassign_phone_number(
        self,
        *,
        body: UnassignPhoneNumberRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UnassignPhoneNumberResponse:
        """Unassign a phone number

        Detaches every voice agent from a phone number; the number stays in the project.

        Quirk: `data` is a confirmation sentence (a string), not an object.

        ``POST /v1/voice-agents/unassign`` (API v1)

        Args:
            body (UnassignPhoneNumberRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            UnassignPhoneNumberResponse
        """

        from . import unassign_phone_number as _unassign_phone_number

        return _unassign_phone_number.sync(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    def unassign_phone_number_with_response(
        self,
        *,
        body: UnassignPhoneNumberRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[UnassignPhoneNumberResponse]:
        """Like ``unassign_phone_number``, plus the status, headers and raw bytes."""
        from . import unassign_phone_number as _unassign_phone_number

        return _unassign_phone_number.sync_detailed(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    def add_twilio_phone_number(
        self,
        *,
        body: AddTwilioNumberRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> TwilioNumberResponse:
        """Add a Twilio number (legacy)

        The older way to connect a Twilio number, kept for existing integrations; use `phone_numbers.add` instead.

        ``POST /v1/voice-agents/twilio/phone-number`` (API v1)

        Args:
            body (AddTwilioNumberRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            TwilioNumberResponse
        """

        from . import add_twilio_phone_number as _add_twilio_phone_number

        return _add_twilio_phone_number.sync(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    def add_twilio_phone_number_with_response(
        self,
        *,
        body: AddTwilioNumberRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[TwilioNumberResponse]:
        """Like ``add_twilio_phone_number``, plus the status, headers and raw bytes."""
        from . import add_twilio_phone_number as _add_twilio_phone_number

        return _add_twilio_phone_number.sync_detailed(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )


class AsyncPhoneNumbers:
    """Async operations tagged ``phone_numbers`` (API v1)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def add_phone_number(
        self,
        *,
        body: AddPhoneNumberRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PhoneNumberResponse:
        """Add a phone number

        Connects a phone number you own at Twilio to Hamsa, so agents can call from it and answer it.
        Returns the stored number.

        Only the Twilio form of the body is documented (the page's second, presumably SIP, form is not visible in the archived copies).
        One copy of the page leaves `type` out of the example, so it is optional here.

        ``POST /v1/voice-agents/phone-number`` (API v1)

        Args:
            body (AddPhoneNumberRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            PhoneNumberResponse
        """

        from . import add_phone_number as _add_phone_number

        return await _add_phone_number.asyncio(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    async def add_phone_number_with_response(
        self,
        *,
        body: AddPhoneNumberRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[PhoneNumberResponse]:
        """Like ``add_phone_number``, plus the status, headers and raw bytes."""
        from . import add_phone_number as _add_phone_number

        return await _add_phone_number.asyncio_detailed(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    async def list_phone_numbers(
        self,
        *,
        voice_agent_id: str | Unset = UNSET,
        skip: str | Unset = UNSET,
        take: str | Unset = UNSET,
        provider: PhoneNumberProvider | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PhoneNumberListResponse:
        """List phone numbers

        Returns the project's phone numbers.

        Quirks: `data` is a bare list of numbers, with no `total`/`filtered` counters, so the end of the list is reached when a page comes back shorter than `take`.
        `skip` is the 1-based page number (not an offset), and the page documents `skip` and `take` as strings; they are sent as strings.

        ``GET /v1/voice-agents/phone-number/list`` (API v1)

        Args:
            voice_agent_id (str | Unset):
            skip (str | Unset):
            take (str | Unset):
            provider (PhoneNumberProvider | Unset): Where a phone number is connected from: a Twilio account or a SIP trunk.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            PhoneNumberListResponse
        """

        from . import list_phone_numbers as _list_phone_numbers

        return await _list_phone_numbers.asyncio(
            voice_agent_id=voice_agent_id,
            skip=skip,
            take=take,
            provider=provider,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def list_phone_numbers_with_response(
        self,
        *,
        voice_agent_id: str | Unset = UNSET,
        skip: str | Unset = UNSET,
        take: str | Unset = UNSET,
        provider: PhoneNumberProvider | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[PhoneNumberListResponse]:
        """Like ``list_phone_numbers``, plus the status, headers and raw bytes."""
        from . import list_phone_numbers as _list_phone_numbers

        return await _list_phone_numbers.asyncio_detailed(
            voice_agent_id=voice_agent_id,
            skip=skip,
            take=take,
            provider=provider,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def assign_phone_number(
        self,
        *,
        body: AssignPhoneNumberRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PhoneNumberResponse:
        """Assign a phone number to an agent

        Makes a voice agent the one that uses a phone number added to the project.
        Returns the number with its agent.

        ``POST /v1/voice-agents/assign-number`` (API v1)

        Args:
            body (AssignPhoneNumberRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            PhoneNumberResponse
        """

        from . import assign_phone_number as _assign_phone_number

        return await _assign_phone_number.asyncio(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    async def assign_phone_number_with_response(
        self,
        *,
        body: AssignPhoneNumberRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[PhoneNumberResponse]:
        """Like ``assign_phone_number``, plus the status, headers and raw bytes."""
        from . import assign_phone_number as _assign_phone_number

        return await _assign_phone_number.asyncio_detailed(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    async def unassign_phone_number(
        self,
        *,
        body: UnassignPhoneNumberRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UnassignPhoneNumberResponse:
        """Unassign a phone number

        Detaches every voice agent from a phone number; the number stays in the project.

        Quirk: `data` is a confirmation sentence (a string), not an object.

        ``POST /v1/voice-agents/unassign`` (API v1)

        Args:
            body (UnassignPhoneNumberRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            UnassignPhoneNumberResponse
        """

        from . import unassign_phone_number as _unassign_phone_number

        return await _unassign_phone_number.asyncio(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    async def unassign_phone_number_with_response(
        self,
        *,
        body: UnassignPhoneNumberRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[UnassignPhoneNumberResponse]:
        """Like ``unassign_phone_number``, plus the status, headers and raw bytes."""
        from . import unassign_phone_number as _unassign_phone_number

        return await _unassign_phone_number.asyncio_detailed(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    async def add_twilio_phone_number(
        self,
        *,
        body: AddTwilioNumberRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> TwilioNumberResponse:
        """Add a Twilio number (legacy)

        The older way to connect a Twilio number, kept for existing integrations; use `phone_numbers.add` instead.

        ``POST /v1/voice-agents/twilio/phone-number`` (API v1)

        Args:
            body (AddTwilioNumberRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            TwilioNumberResponse
        """

        from . import add_twilio_phone_number as _add_twilio_phone_number

        return await _add_twilio_phone_number.asyncio(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    async def add_twilio_phone_number_with_response(
        self,
        *,
        body: AddTwilioNumberRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[TwilioNumberResponse]:
        """Like ``add_twilio_phone_number``, plus the status, headers and raw bytes."""
        from . import add_twilio_phone_number as _add_twilio_phone_number

        return await _add_twilio_phone_number.asyncio_detailed(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

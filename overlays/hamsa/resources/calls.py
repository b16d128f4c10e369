"""client.calls: start an outbound call, from Hamsa's shared numbers or from your own."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any

from .._base_client import NOT_GIVEN, AsyncAPIClient, SyncAPIClient
from .._response import APIResponse
from ..v1.models.call import Call
from ..v1.models.phone_number_call import PhoneNumberCall
from ._call_requests import phone_number_call_options, start_options, twilio_call_options
from ._envelope import data_response
from ._params import Retries, Timeout
from ._user_frame import warn_deprecated

TWILIO_DEPRECATION = (
    "calls.start_twilio uses the legacy POST /v1/voice-agents/twilio/call; "
    "use calls.start_with_phone_number(phone_number=...) instead"
)


def _local_args(scope: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in scope.items() if key != "self"}


class CallsWithRawResponse:
    """Like client.calls, but each method returns an APIResponse wrapping the result."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def start(
        self,
        *,
        to_number: str,
        from_number: str | None = None,
        voice_agent_id: str | None = None,
        agent: Any = None,
        params: Mapping[str, Any] | None = None,
        webhook_url: str | None = None,
        webhook_auth: Any = None,
        strict_placeholders: bool = True,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> APIResponse[Call]:
        options = start_options(**_local_args(locals()))
        return data_response(self._client.request(options), Call.from_dict)

    def start_with_phone_number(
        self,
        *,
        to_number: str,
        phone_number: str,
        voice_agent_id: str | None = None,
        agent: Any = None,
        params: Mapping[str, Any] | None = None,
        strict_placeholders: bool = True,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> APIResponse[PhoneNumberCall]:
        options = phone_number_call_options(**_local_args(locals()))
        return data_response(self._client.request(options), PhoneNumberCall.from_dict)

    def start_twilio(
        self,
        *,
        to_number: str,
        twilio_phone_number: str,
        voice_agent_id: str | None = None,
        agent: Any = None,
        params: Mapping[str, Any] | None = None,
        webhook_url: str | None = None,
        webhook_auth: Any = None,
        strict_placeholders: bool = True,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> APIResponse[Call]:
        warn_deprecated(TWILIO_DEPRECATION)
        options = twilio_call_options(**_local_args(locals()))
        return data_response(self._client.request(options), Call.from_dict)


class AsyncCallsWithRawResponse:
    """Like AsyncHamsa().calls, but each method returns an APIResponse."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def start(
        self,
        *,
        to_number: str,
        from_number: str | None = None,
        voice_agent_id: str | None = None,
        agent: Any = None,
        params: Mapping[str, Any] | None = None,
        webhook_url: str | None = None,
        webhook_auth: Any = None,
        strict_placeholders: bool = True,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> APIResponse[Call]:
        options = start_options(**_local_args(locals()))
        return data_response(await self._client.request(options), Call.from_dict)

    async def start_with_phone_number(
        self,
        *,
        to_number: str,
        phone_number: str,
        voice_agent_id: str | None = None,
        agent: Any = None,
        params: Mapping[str, Any] | None = None,
        strict_placeholders: bool = True,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> APIResponse[PhoneNumberCall]:
        options = phone_number_call_options(**_local_args(locals()))
        return data_response(await self._client.request(options), PhoneNumberCall.from_dict)

    async def start_twilio(
        self,
        *,
        to_number: str,
        twilio_phone_number: str,
        voice_agent_id: str | None = None,
        agent: Any = None,
        params: Mapping[str, Any] | None = None,
        webhook_url: str | None = None,
        webhook_auth: Any = None,
        strict_placeholders: bool = True,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> APIResponse[Call]:
        warn_deprecated(TWILIO_DEPRECATION)
        options = twilio_call_options(**_local_args(locals()))
        return data_response(await self._client.request(options), Call.from_dict)


class Calls:
    """Outbound calls placed by a voice agent. None of these POSTs is ever retried once it
    may have reached the server: a duplicate would dial the person twice."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CallsWithRawResponse:
        return CallsWithRawResponse(self._client)

    def start(
        self,
        *,
        to_number: str,
        from_number: str | None = None,
        voice_agent_id: str | None = None,
        agent: Any = None,
        params: Mapping[str, Any] | None = None,
        webhook_url: str | None = None,
        webhook_auth: Any = None,
        strict_placeholders: bool = True,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> Call:
        """Dial ``to_number`` with a saved agent (``voice_agent_id``) or an inline ``agent``.

        ``agent`` is a hamsa.VoiceAgent or a dict of its (nested, snake_case) fields; it is
        sent as v1 ``agentDetails``. ``params`` fill the agent's ``{{placeholders}}``; with an
        inline agent every placeholder in its greeting message and preamble needs a value
        (from ``params`` or the agent's own ``conversation.params``), else
        RequestValidationError, or only a hamsa PlaceholderWarning with
        ``strict_placeholders=False``.
        This POST is never retried once it may have reached the server: a duplicate would
        dial the person twice.
        """
        return self.with_raw_response.start(**_local_args(locals())).parsed

    def start_with_phone_number(
        self,
        *,
        to_number: str,
        phone_number: str,
        voice_agent_id: str | None = None,
        agent: Any = None,
        params: Mapping[str, Any] | None = None,
        strict_placeholders: bool = True,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> PhoneNumberCall:
        """Dial ``to_number`` from ``phone_number``, a number you added to Hamsa
        (``POST /v1/voice-agents/phone-number/call``).

        Takes a saved agent or an inline ``agent`` exactly like ``start``. The result's
        ``job_id`` is the conversation id (for ``client.conversations.get``/``wait``).
        """
        return self.with_raw_response.start_with_phone_number(**_local_args(locals())).parsed

    def start_twilio(
        self,
        *,
        to_number: str,
        twilio_phone_number: str,
        voice_agent_id: str | None = None,
        agent: Any = None,
        params: Mapping[str, Any] | None = None,
        webhook_url: str | None = None,
        webhook_auth: Any = None,
        strict_placeholders: bool = True,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> Call:
        """Deprecated: dial from your Twilio number through the legacy
        ``POST /v1/voice-agents/twilio/call``; use ``start_with_phone_number``.

        Emits a DeprecationWarning, then behaves like ``start``.
        """
        return self.with_raw_response.start_twilio(**_local_args(locals())).parsed


class AsyncCalls:
    """Async outbound calls; see Calls."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCallsWithRawResponse:
        return AsyncCallsWithRawResponse(self._client)

    async def start(
        self,
        *,
        to_number: str,
        from_number: str | None = None,
        voice_agent_id: str | None = None,
        agent: Any = None,
        params: Mapping[str, Any] | None = None,
        webhook_url: str | None = None,
        webhook_auth: Any = None,
        strict_placeholders: bool = True,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> Call:
        """Dial ``to_number``; see Calls.start."""
        return (await self.with_raw_response.start(**_local_args(locals()))).parsed

    async def start_with_phone_number(
        self,
        *,
        to_number: str,
        phone_number: str,
        voice_agent_id: str | None = None,
        agent: Any = None,
        params: Mapping[str, Any] | None = None,
        strict_placeholders: bool = True,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> PhoneNumberCall:
        """Dial from your own number; see Calls.start_with_phone_number."""
        raw = await self.with_raw_response.start_with_phone_number(**_local_args(locals()))
        return raw.parsed

    async def start_twilio(
        self,
        *,
        to_number: str,
        twilio_phone_number: str,
        voice_agent_id: str | None = None,
        agent: Any = None,
        params: Mapping[str, Any] | None = None,
        webhook_url: str | None = None,
        webhook_auth: Any = None,
        strict_placeholders: bool = True,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> Call:
        """Deprecated legacy Twilio call; see Calls.start_twilio."""
        return (await self.with_raw_response.start_twilio(**_local_args(locals()))).parsed

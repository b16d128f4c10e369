"""The bodies of the three ways to start a call (shared numbers, your own number, the legacy
Twilio form): a saved agent or an inline one, with its placeholders checked before sending."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._agent_mapping import unified_to_v1
from .._base_client import RequestOptions
from .._exceptions import RequestValidationError, Violation, Withheld
from .._placeholders import agent_params, agent_texts, check_params
from .._wire import checked_wire, strict_wire, to_wire
from ..v1.api.calls import start_call as _start
from ..v1.api.calls import start_phone_number_call as _start_phone_number
from ..v1.api.calls import start_twilio_call as _start_twilio
from ..v1.models.phone_number_call_request import PhoneNumberCallRequest
from ..v1.models.start_call_request import StartCallRequest
from ..v1.models.twilio_call_request import TwilioCallRequest
from ._agent_checks import prepare_agent, together
from ._params import Retries, Timeout
from ._user_frame import user_stacklevel

START_TARGET = "POST /v1/voice-agents/call (agentDetails)"
PHONE_NUMBER_TARGET = "POST /v1/voice-agents/phone-number/call (agentDetails)"
TWILIO_TARGET = "POST /v1/voice-agents/twilio/call (agentDetails)"


def agent_choice(
    *,
    voice_agent_id: str | None,
    agent: Any,
    params: Mapping[str, Any] | None,
    strict_placeholders: bool,
    target: str,
) -> dict[str, Any]:
    """The body fields that say who speaks: ``voiceAgentId`` (and ``params``) for a saved
    agent, or ``agentDetails`` for an inline one, its placeholders' values inside it."""
    if params is not None and not (
        isinstance(params, Mapping) and all(isinstance(key, str) for key in params)
    ):
        raise RequestValidationError(
            [
                Violation(
                    "params",
                    Withheld.of(params),
                    "must be a mapping of placeholder names to values, e.g. {'name': 'Sara'}",
                )
            ]
        )
    if (voice_agent_id is None) == (agent is None):
        raise RequestValidationError(
            [
                Violation(
                    "voice_agent_id", voice_agent_id, "pass exactly one of voice_agent_id or agent"
                )
            ]
        )
    if voice_agent_id is not None:
        chosen: dict[str, Any] = {"voiceAgentId": voice_agent_id}
        if params is not None:
            chosen["params"] = dict(params)
        return chosen
    nested = to_wire(agent)
    if not isinstance(nested, dict):
        raise RequestValidationError(
            [Violation("agent", Withheld.of(agent), "must be a mapping of the agent's fields")]
        )
    problems = prepare_agent(nested, prefix="agent.")
    # Here the SDK holds both the texts and their values: every placeholder needs one.
    values = {**agent_params(nested), **(params or {})}
    problems += check_params(
        agent_texts(nested),
        values,
        strict=strict_placeholders,
        prefix="params.",
        stacklevel=user_stacklevel(),
    )
    together(problems, lambda: _check_inline_agent(nested))
    details = unified_to_v1(nested, target=target)
    if params is not None:
        # With an inline agent the API takes the values inside agentDetails.
        details["params"] = {**details.get("params", {}), **params}
    return {"agentDetails": details}


def _check_inline_agent(nested: Mapping[str, Any]) -> None:
    """Report the agent's broken constraints in the caller's terms (agent.call_settings...),
    not as the flattened agentDetails they are sent as."""
    # Imported here: callers who only pass voice_agent_id never load the v2 models.
    from ..v2.models.voice_agent import VoiceAgent as V2Agent

    # strict: a misspelt key (agent={"call_settings": {"max_call_durration": 60}}) is refused
    strict_wire(V2Agent, dict(nested), prefix="agent.")


def _webhook(webhook_url: str | None, webhook_auth: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    if webhook_url is not None:
        fields["webhookUrl"] = webhook_url
    if webhook_auth is not None:
        fields["webhookAuth"] = to_wire(webhook_auth)
    return fields


def start_options(
    *,
    to_number: str,
    from_number: str | None,
    voice_agent_id: str | None,
    agent: Any,
    params: Mapping[str, Any] | None,
    webhook_url: str | None,
    webhook_auth: Any,
    strict_placeholders: bool,
    timeout: Timeout,
    max_retries: Retries,
) -> RequestOptions:
    """POST /v1/voice-agents/call: from one of Hamsa's shared numbers."""
    payload: dict[str, Any] = {"toNumber": to_number}
    if from_number is not None:
        payload["fromNumber"] = from_number
    payload |= agent_choice(
        voice_agent_id=voice_agent_id,
        agent=agent,
        params=params,
        strict_placeholders=strict_placeholders,
        target=START_TARGET,
    )
    payload |= _webhook(webhook_url, webhook_auth)
    body = checked_wire(StartCallRequest, payload)
    return _start.checked_request_options(body=body, timeout=timeout, max_retries=max_retries)


def phone_number_call_options(
    *,
    to_number: str,
    phone_number: str,
    voice_agent_id: str | None,
    agent: Any,
    params: Mapping[str, Any] | None,
    strict_placeholders: bool,
    timeout: Timeout,
    max_retries: Retries,
) -> RequestOptions:
    """POST /v1/voice-agents/phone-number/call: from a number you added to Hamsa."""
    payload: dict[str, Any] = {"toNumber": to_number, "phoneNumber": phone_number}
    payload |= agent_choice(
        voice_agent_id=voice_agent_id,
        agent=agent,
        params=params,
        strict_placeholders=strict_placeholders,
        target=PHONE_NUMBER_TARGET,
    )
    # Documented as required: with an inline agent they are sent as null and {}.
    payload.setdefault("voiceAgentId", None)
    payload.setdefault("params", {})
    body = checked_wire(PhoneNumberCallRequest, payload)
    return _start_phone_number.checked_request_options(
        body=body, timeout=timeout, max_retries=max_retries
    )


def twilio_call_options(
    *,
    to_number: str,
    twilio_phone_number: str,
    voice_agent_id: str | None,
    agent: Any,
    params: Mapping[str, Any] | None,
    webhook_url: str | None,
    webhook_auth: Any,
    strict_placeholders: bool,
    timeout: Timeout,
    max_retries: Retries,
) -> RequestOptions:
    """POST /v1/voice-agents/twilio/call (deprecated): from your Twilio number."""
    payload: dict[str, Any] = {"toNumber": to_number, "twilioPhoneNumber": twilio_phone_number}
    payload |= agent_choice(
        voice_agent_id=voice_agent_id,
        agent=agent,
        params=params,
        strict_placeholders=strict_placeholders,
        target=TWILIO_TARGET,
    )
    payload |= _webhook(webhook_url, webhook_auth)
    body = checked_wire(TwilioCallRequest, payload)
    return _start_twilio.checked_request_options(
        body=body, timeout=timeout, max_retries=max_retries
    )

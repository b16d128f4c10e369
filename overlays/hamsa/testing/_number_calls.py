"""Calls from the project's own numbers (v1): the current form and the legacy Twilio form.

Both become conversations exactly like a call from Hamsa's shared numbers (_calls.begin_call):
PENDING, then IN_PROGRESS, then a final status as they are polled. The number called from must
have been added (POST /v1/voice-agents/phone-number) first: the service can only dial from a
number it controls, so an unknown one answers 404.

The documented examples send both ``voiceAgentId`` and ``agentDetails``; the saved agent then
runs the call (``agentDetails`` describes an agent only when no id is given).
"""

from __future__ import annotations

from typing import Any

from ..v1.models.phone_number_call_request import PhoneNumberCallRequest
from ..v1.models.twilio_call_request import TwilioCallRequest
from ._calls import begin_call, call_params, render_job
from ._messages import ApiError, MockRequest, MockResponse, ok
from ._state import MockCall, MockState
from ._validation import parse_model, require_object

__all__ = ["start_phone_number_call", "start_twilio_call"]


def _need_an_agent(body: dict[str, Any]) -> None:
    if body.get("voiceAgentId") is not None or "agentDetails" in body:
        return
    problem = "send a voiceAgentId, or agentDetails describing the agent"
    raise ApiError(
        400,
        f"Validation failed: {problem}",
        "ValidationError",
        errors=[{"field": "voiceAgentId", "message": problem}],
    )


def _begin(state: MockState, body: dict[str, Any], from_field: str) -> MockCall:
    _need_an_agent(body)
    number = state.phone_number(body[from_field])
    return begin_call(
        state,
        to_number=body["toNumber"],
        from_number=number["number"],
        voice_agent_id=body.get("voiceAgentId"),
        agent_details=body.get("agentDetails"),
        params=body.get("params"),
        webhook_url=body.get("webhookUrl"),
        webhook_auth=body.get("webhookAuth"),
    )


def start_phone_number_call(state: MockState, request: MockRequest) -> MockResponse:
    """POST /v1/voice-agents/phone-number/call: answers the job id, the conversation's id."""
    body = require_object(request.json())
    parse_model(PhoneNumberCallRequest, body)
    record = _begin(state, body, "phoneNumber")
    return ok({"voiceAgentId": record.voice_agent_id, "jobId": record.id}, message="success")


def start_twilio_call(state: MockState, request: MockRequest) -> MockResponse:
    """POST /v1/voice-agents/twilio/call (legacy): answers the job, with its numbers."""
    body = require_object(request.json())
    parse_model(TwilioCallRequest, body)
    record = _begin(state, body, "twilioPhoneNumber")
    return ok(
        {**render_job(record), "callParams": call_params(record)},
        message="Call started successfully",
        message_key="CallStartedSuccessfully",
    )

"""Call endpoints (v1): start a call, read its conversation, terminate it."""

from __future__ import annotations

from typing import Any

from ..v1.models.start_call_request import StartCallRequest
from ._agents import v1_view
from ._messages import ApiError, MockRequest, MockResponse, json_copy, ok
from ._state import MockCall, MockState, timestamp
from ._validation import parse_model, require_object

__all__ = [
    "begin_call",
    "call_params",
    "get_conversation",
    "render_conversation",
    "render_job",
    "start_call",
    "terminate_conversation",
]

DEFAULT_MODEL = "gpt-4"
RECORDINGS_URL = "https://example.com/hamsa-mock/recordings"


def _one_agent_problem(body: dict[str, Any]) -> None:
    given = [key for key in ("voiceAgentId", "agentDetails") if key in body]
    if len(given) == 1:
        return
    problem = "send exactly one of voiceAgentId or agentDetails"
    raise ApiError(
        400,
        f"Validation failed: {problem}",
        "ValidationError",
        errors=[{"field": "voiceAgentId", "message": problem}],
    )


def begin_call(
    state: MockState,
    *,
    to_number: str,
    from_number: str | None,
    voice_agent_id: str | None,
    agent_details: Any,
    params: Any,
    webhook_url: str | None,
    webhook_auth: Any = None,
) -> MockCall:
    """Store a new call, PENDING, run by the saved agent (404 if unknown) or else by the inline
    ``agent_details``; ``params`` fill the agent's placeholders."""
    if voice_agent_id is not None:
        details = v1_view(state.agent(voice_agent_id))
    else:
        details = json_copy(agent_details) if isinstance(agent_details, dict) else {}
    if params:
        details["params"] = {**(details.get("params") or {}), **params}
    record = MockCall(
        id=state.new_id(),
        to_number=to_number,
        from_number=from_number,
        voice_agent_id=voice_agent_id,
        agent_details=details,
        webhook_url=webhook_url,
        webhook_auth=json_copy(webhook_auth) if isinstance(webhook_auth, dict) else None,
        created_at=state.now(),
        started=state.clock(),
    )
    record.history.append(("PENDING", record.created_at))
    state.calls[record.id] = record
    return record


def start_call(state: MockState, request: MockRequest) -> MockResponse:
    """POST /v1/voice-agents/call: the job starts PENDING."""
    body = require_object(request.json())
    parse_model(StartCallRequest, body)
    _one_agent_problem(body)
    record = begin_call(
        state,
        to_number=body["toNumber"],
        from_number=body.get("fromNumber"),
        voice_agent_id=body.get("voiceAgentId"),
        agent_details=body.get("agentDetails"),
        params=body.get("params"),
        webhook_url=body.get("webhookUrl"),
        webhook_auth=body.get("webhookAuth"),
    )
    return ok(
        render_job(record),
        message="Call started successfully",
        message_key="CallStartedSuccessfully",
    )


def _model(record: MockCall) -> str:
    llm = record.agent_details.get("llmConfig")
    model = llm.get("modelName") if isinstance(llm, dict) else None
    return model if isinstance(model, str) else DEFAULT_MODEL


def _common(record: MockCall) -> dict[str, Any]:
    updated = record.history[-1][1] if record.history else record.created_at
    fields: dict[str, Any] = {
        "id": record.id,
        "title": f"Call to {record.to_number}",
        "model": _model(record),
        "type": "VOICE_AGENTS",
        "processingType": "real-time",
        "status": record.status,
        "agentDetails": json_copy(record.agent_details),
        "jobResponse": {},
        "createdAt": timestamp(record.created_at),
        "updatedAt": timestamp(updated),
    }
    if record.voice_agent_id is not None:
        fields["voiceAgentId"] = record.voice_agent_id
    return fields


def render_job(record: MockCall) -> dict[str, Any]:
    """The start-call answer's `data`: the job tracking the call."""
    job = _common(record)
    job["totalCost"] = 0
    if record.webhook_url is not None:
        job["webhookUrl"] = record.webhook_url
    return job


def call_params(record: MockCall) -> dict[str, str]:
    """The numbers involved: the one called, and the one called from when known."""
    numbers = {"userNumber": record.to_number}
    if record.from_number is not None:
        numbers["machineNumber"] = record.from_number
    return numbers


def render_conversation(record: MockCall) -> dict[str, Any]:
    """GET /v1/voice-agents/conversation/{id}'s `data`."""
    conversation = _common(record)
    completed = record.status == "COMPLETED"
    conversation.update(
        {
            "callParams": call_params(record),
            "channelType": "TELEPHONE",
            "callDuration": record.call_duration,
            "mediaUrl": f"{RECORDINGS_URL}/{record.id}.mp3" if completed else None,
            "callAnalysis": (
                {"outcome": "simulated by hamsa.testing.MockHamsa"} if completed else {}
            ),
            "logs": [
                {
                    "id": f"log_{index}",
                    "timestamp": timestamp(when),
                    "payload": {"event": "status", "status": status},
                    "createdAt": timestamp(when),
                    "updatedAt": timestamp(when),
                }
                for index, (status, when) in enumerate(record.history, start=1)
            ],
            "performanceMetrics": {},
        }
    )
    return conversation


def get_conversation(state: MockState, request: MockRequest) -> MockResponse:
    """GET /v1/voice-agents/conversation/{conversationId}; each poll may move the call on."""
    record = state.call(request.path_params["conversationId"])
    state.poll(record)
    return ok(render_conversation(record), message="Success")


def terminate_conversation(state: MockState, request: MockRequest) -> MockResponse:
    """GET /v1/voice-agents/conversation/{conversationId}/terminate."""
    record = state.call(request.path_params["conversationId"])
    if record.is_final and record.status != "TERMINATED":
        raise ApiError(
            400,
            f"Conversation {record.id} has already ended ({record.status}).",
            "ConversationAlreadyEnded",
        )
    state.set_status(record, "TERMINATED")
    return ok(
        message="Conversation terminated successfully.",
        message_key="ConversationTerminatedSuccessfully",
    )

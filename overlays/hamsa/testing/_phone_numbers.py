"""Phone-number endpoints (v1): add a number, list them, assign one to an agent, unassign it.

A number belongs to at most one agent and an agent answers on at most one number (the agent's
``phoneNumber`` reference), so assigning moves the number and keeps both sides in step; the
stored agent's ``phoneNumber`` shows the change in GET /v2/voice-agents/{id}.
"""

from __future__ import annotations

from typing import Any, Final

from ..v1.models.add_phone_number_request import AddPhoneNumberRequest
from ..v1.models.assign_phone_number_request import AssignPhoneNumberRequest
from ..v1.models.unassign_phone_number_request import UnassignPhoneNumberRequest
from ._messages import ApiError, MockRequest, MockResponse, ok
from ._query import QueryReader, page_slice
from ._state import MockState, timestamp
from ._validation import parse_model, require_object

__all__ = [
    "add_phone_number",
    "assign_phone_number",
    "list_phone_numbers",
    "render_number",
    "unassign_phone_number",
]

PROVIDERS = ("TWILIO", "SIP")
# Where Hamsa receives SIP calls (the documented value).
SIP_INBOUND: Final = {"originationUri": "sip:sip.eu.tryhamsa.com:5060;transport=tcp"}
UNASSIGNED: Final = "Voice agents were successfully unassigned from the phone number."


def render_number(state: MockState, record: dict[str, Any]) -> dict[str, Any]:
    """The number as the API returns it, with the id and current name of its agent."""
    agent = state.agents.get(record["voiceAgentId"] or "")
    ref = None if agent is None else {"id": agent["id"], "name": str(agent.get("name", ""))}
    return {**record, "voiceAgent": ref}


def add_phone_number(state: MockState, request: MockRequest) -> MockResponse:
    """POST /v1/voice-agents/phone-number. The Twilio credentials are checked, never stored."""
    body = require_object(request.json())
    parse_model(AddPhoneNumberRequest, body)
    number = body["phoneNumber"]
    if any(record["number"] == number for record in state.phone_numbers.values()):
        raise ApiError(422, f"Phone number {number} was already added.", "PhoneNumberAlreadyExists")
    kind = body.get("type", "TWILIO")
    now = timestamp(state.now())
    record = {
        "id": state.new_id(),
        "number": number,
        "label": body["label"],
        "type": kind,
        "userId": state.user_id,
        "sipInboundConfigs": dict(SIP_INBOUND) if kind == "SIP" else None,
        "sipOutboundConfigs": None,
        "voiceAgentId": None,
        "createdAt": now,
        "updatedAt": now,
    }
    state.phone_numbers[record["id"]] = record
    return ok(render_number(state, record), message="Success")


def list_phone_numbers(state: MockState, request: MockRequest) -> MockResponse:
    """GET /v1/voice-agents/phone-number/list: a bare list (newest first), no counters."""
    query = QueryReader(request)
    agent_id = query.uuid("voiceAgentId")
    provider = query.choice("provider", PROVIDERS)
    page = query.page("skip", 1)
    size = query.page("take", 10)
    query.check()
    numbers = [
        record
        for record in reversed(state.phone_numbers.values())
        if (agent_id is None or record["voiceAgentId"] == agent_id)
        and (provider is None or record["type"] == provider)
    ]
    return ok([render_number(state, r) for r in page_slice(numbers, page, size)], message="Success")


def _detach(state: MockState, record: dict[str, Any]) -> None:
    agent = state.agents.get(record["voiceAgentId"] or "")
    if agent is not None and (agent.get("phoneNumber") or {}).get("id") == record["id"]:
        del agent["phoneNumber"]
    record["voiceAgentId"] = None
    record["updatedAt"] = timestamp(state.now())


def assign_phone_number(state: MockState, request: MockRequest) -> MockResponse:
    """POST /v1/voice-agents/assign-number: the agent now uses this number (and only it)."""
    body = require_object(request.json())
    parse_model(AssignPhoneNumberRequest, body)
    record = state.phone_number(body["phoneNumber"])
    agent = state.agent(body["voiceAgentId"])
    for other in state.phone_numbers.values():
        if other["voiceAgentId"] == agent["id"] or other is record:
            _detach(state, other)
    record["voiceAgentId"] = agent["id"]
    agent["phoneNumber"] = {"type": record["type"], "id": record["id"]}
    return ok(render_number(state, record), message="Success")


def unassign_phone_number(state: MockState, request: MockRequest) -> MockResponse:
    """POST /v1/voice-agents/unassign: the number stays in the project, without an agent."""
    body = require_object(request.json())
    parse_model(UnassignPhoneNumberRequest, body)
    _detach(state, state.phone_number(body["phoneNumber"]))
    return ok(UNASSIGNED, message="Success")

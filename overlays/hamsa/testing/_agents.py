"""Voice-agent endpoints: create (v2), update and clone (v1).

Each agent is stored once, in the unified (v2-shaped) dict of hamsa._agent_mapping, and every
answer renders the shape its API version speaks: v2 nested or v1 flat.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Final

from .. import _constraints
from .._agent_mapping import (
    RESERVED_KEYS,
    V2_ONLY_KEY,
    V2_ORIGINALS_KEY,
    unified_to_v1,
    v1_to_unified,
    v2_to_unified,
)
from .._exceptions import Violation
from ..v1.models.clone_voice_agent_request import CloneVoiceAgentRequest
from ..v1.models.create_voice_agent_request import CreateVoiceAgentRequest as V1CreateRequest
from ..v1.models.update_voice_agent_request import UpdateVoiceAgentRequest as V1UpdateRequest
from ..v2.models.create_voice_agent_request import CreateVoiceAgentRequest
from ..v2.models.update_voice_agent_request import UpdateVoiceAgentRequest as V2UpdateRequest
from ._messages import ApiError, MockRequest, MockResponse, json_copy, ok
from ._state import MockState, timestamp
from ._validation import parse_model, require_object

__all__ = [
    "clone_agent",
    "create_agent",
    "create_agent_v1",
    "store_agent",
    "update_agent",
    "update_agent_v2",
    "v1_view",
    "v2_view",
]

# What the service fills in for a field left out of a create (values of the documented example).
SERVER_DEFAULTS: Final[Mapping[str, Any]] = {
    "type": "Single Prompt",
    "conversation": {
        "pokeMessages": [],
        "params": {},
        "alignment": {"greetingMessage": "ltr", "preamble": "ltr"},
    },
    "llm": {"provider": "openai", "model": "gpt-4", "temperature": 0.2},
    "callSettings": {
        "noiseCancellation": "telephony_optimized",
        "cancelNoisePer": "conversation",
        "interrupt": True,
        "responseDelay": 400,
        "userInactivityTimeout": 15,
        "maxCallDuration": 300,
        "silenceThreshold": 800,
        "backgroundNoise": False,
        "thinkingVoice": False,
        "speakerIdentification": False,
        "agenticRag": False,
        "languageDialectSwitcher": False,
        "minInterruptionDuration": 0.5,
        "vadActivationThreshold": 0.5,
        "enableAutoGainControl": False,
        "sendDenoisedToStt": False,
        "genderDetection": False,
        "smartCallEnd": False,
        "waitForUserToSpeakFirst": 0,
    },
    "tools": [],
    "knowledgeBaseItemsIds": [],
    "voiceDictionaryIds": [],
    "webhookUrl": None,
}
# Objects a PATCH changes key by key; any other field is replaced whole.
MERGED_V1_OBJECTS: Final = frozenset({"llmConfig", "tools", "alignment", "webhookAuth"})
MERGED_V2_OBJECTS: Final = frozenset(
    {"conversation", "voice", "llm", "callSettings", "phoneNumber", "webhookAuth"}
)
READ_ONLY_FIELDS: Final = frozenset({"id", "createdAt", "updatedAt"})
_PLACEHOLDER: Final = re.compile(r"^<[a-z-]+>$")
REFERENCES: Final[Mapping[str, tuple[str, str]]] = {
    "knowledgeBaseItemsIds": ("Knowledge base item", "KnowledgeBaseItemNotFound"),
    "voiceDictionaryIds": ("Voice dictionary", "VoiceDictionaryNotFound"),
}


def v2_view(agent: Mapping[str, Any]) -> dict[str, Any]:
    """The stored agent as API v2 returns it. v2 types references as UUIDs, so a documented
    "<string>" placeholder a v1 write let through (it names nothing) is not listed."""
    view = {key: json_copy(value) for key, value in agent.items() if key not in RESERVED_KEYS}
    for key in REFERENCES:
        if isinstance(view.get(key), list):
            view[key] = [i for i in view[key] if not (isinstance(i, str) and _PLACEHOLDER.match(i))]
    return view


def v1_view(agent: Mapping[str, Any]) -> dict[str, Any]:
    """The stored agent as API v1 returns it: flat, without what v1 has no field for."""
    flat = unified_to_v1(agent, strict=False)
    flat.pop(V2_ONLY_KEY, None)
    flat.pop(V2_ORIGINALS_KEY, None)
    return flat


def _with_defaults(base: Mapping[str, Any], given: Mapping[str, Any]) -> dict[str, Any]:
    """``given`` over a copy of ``base``; ``given`` is the caller's own fresh copy, kept as is."""
    merged = json_copy(dict(base))
    for key, value in given.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), Mapping):
            merged[key] = {**merged[key], **value}
        else:
            merged[key] = value
    return merged


def _patched(
    current: Mapping[str, Any], patch: Mapping[str, Any], merged: frozenset[str]
) -> dict[str, Any]:
    target = dict(current)
    for key, value in patch.items():
        if key in READ_ONLY_FIELDS:
            continue
        if key in merged and isinstance(value, dict) and isinstance(target.get(key), dict):
            target[key] = {**target[key], **json_copy(value)}
        else:
            target[key] = json_copy(value)
    return target


def _store_new(state: MockState, unified: Mapping[str, Any]) -> dict[str, Any]:
    # ``unified`` is built from a request's own parse (or a copy of it): stored without a copy.
    fields = {key: value for key, value in unified.items() if key not in READ_ONLY_FIELDS}
    now = timestamp(state.now())
    agent = {
        "id": state.new_id(),
        **_with_defaults(SERVER_DEFAULTS, fields),
        "createdAt": now,
        "updatedAt": now,
    }
    state.agents[agent["id"]] = agent
    return agent


def store_agent(state: MockState, body: Mapping[str, Any]) -> dict[str, Any]:
    """Validate a v2 create body and store the new agent; returns it (unified)."""
    fields = require_object(body)
    parse_model(CreateVoiceAgentRequest, fields)
    return _store_new(state, v2_to_unified(fields))


def create_agent(state: MockState, request: MockRequest) -> MockResponse:
    """POST /v2/voice-agents."""
    agent = store_agent(state, request.json())
    return ok(
        v2_view(agent),
        message="Voice agent created successfully",
        message_key="VoiceAgentCreatedSuccessfully",
    )


def _check_references(flat: Mapping[str, Any]) -> None:
    """v1 takes any string as a knowledge-base item or dictionary id, but the service hands out
    UUIDs, so anything else names nothing that exists: 422 (well formed, can't be processed),
    which every v1 agent write documents."""
    for key, (what, message_key) in REFERENCES.items():
        violations: list[Violation] = []
        ids = flat.get(key)
        if isinstance(ids, list):
            # The docs' own examples use "<string>" placeholders: let those through, so the
            # documented payloads run against the mock.
            ids = [i for i in ids if not (isinstance(i, str) and _PLACEHOLDER.match(i))]
        _constraints.check_each_uuid(violations, key, ids)
        if violations:
            raise ApiError(422, f"{what} {violations[0].value} was not found.", message_key)


def create_agent_v1(state: MockState, request: MockRequest) -> MockResponse:
    """POST /v1/voice-agents: the same agent, described flat."""
    fields = require_object(request.json())
    parse_model(V1CreateRequest, fields)
    _check_references(fields)
    if fields.get("voiceId", "") is None:
        del fields["voiceId"]  # v1 create allows null: no voice chosen (v2 has no null voiceId)
    agent = _store_new(state, v1_to_unified(fields))
    return ok(
        v1_view(agent),
        message="Voice agent created successfully",
        message_key="VoiceAgentCreatedSuccessfully",
    )


def _replace(state: MockState, agent_id: str, updated: dict[str, Any]) -> dict[str, Any]:
    updated["updatedAt"] = timestamp(state.now())
    state.agents[agent_id] = updated
    return updated


def update_agent(state: MockState, request: MockRequest) -> MockResponse:
    """PATCH /v1/voice-agents/{voiceAgentId}: only the fields sent change."""
    patch = require_object(request.json())
    parse_model(V1UpdateRequest, patch)
    _check_references(patch)
    agent_id = request.path_params["voiceAgentId"]
    # Lenient: keeps what v1 can't show (workflow, phoneNumber...) for the way back.
    flat = unified_to_v1(state.agent(agent_id), strict=False)
    updated = _replace(state, agent_id, v1_to_unified(_patched(flat, patch, MERGED_V1_OBJECTS)))
    return ok(
        v1_view(updated),
        message="Voice agent updated successfully",
        message_key="VoiceAgentUpdatedSuccessfully",
    )


def update_agent_v2(state: MockState, request: MockRequest) -> MockResponse:
    """PATCH /v2/voice-agents/{voiceAgentId}: only the fields sent change."""
    patch = require_object(request.json())
    parse_model(V2UpdateRequest, patch)
    agent_id = request.path_params["voiceAgentId"]
    current = state.agent(agent_id)
    updated = _replace(state, agent_id, _patched(current, patch, MERGED_V2_OBJECTS))
    return ok(
        v2_view(updated),
        message="Voice agent updated successfully",
        message_key="VoiceAgentUpdatedSuccessfully",
    )


def clone_agent(state: MockState, request: MockRequest) -> MockResponse:
    """POST /v1/voice-agents/clone?voiceAgentId=: a copy under a new id."""
    body = require_object(request.json())
    options = parse_model(CloneVoiceAgentRequest, body)
    agent_id = request.query.get("voiceAgentId")
    if not agent_id:
        raise ApiError(
            400,
            "Validation failed: voiceAgentId (query) is required",
            "ValidationError",
            errors=[{"field": "voiceAgentId", "message": "is required"}],
        )
    original = state.agent(agent_id)
    now = timestamp(state.now())
    name = options.agent_name if isinstance(options.agent_name, str) else None
    copied = {
        **json_copy(original),
        "id": state.new_id(),
        "name": name or f"{original.get('name', '')} (copy)",
        "createdAt": now,
        "updatedAt": now,
    }
    state.agents[copied["id"]] = copied
    return ok(
        v1_view(copied),
        message="Voice agent cloned successfully",
        message_key="VoiceAgentClonedSuccessfully",
    )

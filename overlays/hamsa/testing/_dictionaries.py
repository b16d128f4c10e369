"""Voice-dictionary endpoints (v1): create, update, list, and turn one on or off for an agent.

Turning a dictionary on adds its id to the agent's ``voiceDictionaryIds`` (off removes it), so
the agent read back shows it, and a dictionary counts as used while any agent has it on.
"""

from __future__ import annotations

from typing import Any

from ..v1.models.create_voice_dictionary_request import CreateVoiceDictionaryRequest
from ..v1.models.toggle_voice_dictionary_activation_request import (
    ToggleVoiceDictionaryActivationRequest,
)
from ..v1.models.update_voice_dictionary_request import UpdateVoiceDictionaryRequest
from ._messages import MockRequest, MockResponse, json_copy, ok
from ._query import QueryReader, page_slice
from ._state import MockState, timestamp
from ._validation import parse_model, require_object

__all__ = [
    "create_voice_dictionary",
    "list_voice_dictionaries",
    "toggle_voice_dictionary_activation",
    "update_voice_dictionary",
]


def _users(state: MockState, dictionary_id: str) -> list[str]:
    """The agents that have the dictionary on."""
    return [
        agent_id
        for agent_id, agent in state.agents.items()
        if dictionary_id in (agent.get("voiceDictionaryIds") or [])
    ]


def create_voice_dictionary(state: MockState, request: MockRequest) -> MockResponse:
    """POST /v1/voice-agents/voice-dictionaries."""
    body = require_object(request.json())
    parse_model(CreateVoiceDictionaryRequest, body)
    now = timestamp(state.now())
    dictionary = {
        "id": state.new_id(),
        "name": body["name"],
        "words": json_copy(body["words"]),
        "createdAt": now,
        "updatedAt": now,
    }
    state.dictionaries[dictionary["id"]] = dictionary
    return ok(
        json_copy(dictionary),
        message="Voice dictionary created successfully",
        message_key="VoiceDictionaryCreatedSuccessfully",
    )


def update_voice_dictionary(state: MockState, request: MockRequest) -> MockResponse:
    """PATCH /v1/voice-agents/voice-dictionaries/{voiceDictionaryId}: ``words`` replaces the
    whole list."""
    body = require_object(request.json())
    parse_model(UpdateVoiceDictionaryRequest, body)
    dictionary = state.dictionary(request.path_params["voiceDictionaryId"])
    for key in ("name", "words"):
        if key in body:
            dictionary[key] = json_copy(body[key])
    dictionary["updatedAt"] = timestamp(state.now())
    return ok(
        json_copy(dictionary),
        message="Voice dictionary updated successfully",
        message_key="VoiceDictionaryUpdatedSuccessfully",
    )


def _summary(state: MockState, dictionary: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": dictionary["id"],
        "name": dictionary["name"],
        "wordsCount": len(dictionary["words"]),
        "isUsed": bool(_users(state, dictionary["id"])),
        "createdAt": dictionary["createdAt"],
    }


def list_voice_dictionaries(state: MockState, request: MockRequest) -> MockResponse:
    """GET /v1/voice-agents/voice-dictionaries/list: summaries, newest first, with ``page`` and
    ``pageSize`` instead of a ``filtered`` count; this envelope carries no message."""
    query = QueryReader(request)
    page = query.page("skip", 1)
    size = query.page("take", 10)
    used = query.flag("used")
    agent_id = query.uuid("voiceAgentId")
    query.check()
    matching = [
        _summary(state, dictionary)
        for dictionary in reversed(state.dictionaries.values())
        if (used is None or bool(_users(state, dictionary["id"])) == used)
        and (agent_id is None or agent_id in _users(state, dictionary["id"]))
    ]
    data = {
        "dictionaries": page_slice(matching, page, size),
        "total": len(matching),
        "page": page,
        "pageSize": size,
    }
    return ok(data, message=None)


def toggle_voice_dictionary_activation(state: MockState, request: MockRequest) -> MockResponse:
    """POST /v1/voice-agents/voice-dictionaries/toggle-activation."""
    body = require_object(request.json())
    parse_model(ToggleVoiceDictionaryActivationRequest, body)
    dictionary = state.dictionary(body["dictionaryId"])
    agent = state.agent(body["voiceAgentId"])
    ids: list[Any] = list(agent.get("voiceDictionaryIds") or [])
    if body["isActive"] and dictionary["id"] not in ids:
        ids.append(dictionary["id"])
    elif not body["isActive"]:
        ids = [i for i in ids if i != dictionary["id"]]
    agent["voiceDictionaryIds"] = ids
    agent["updatedAt"] = timestamp(state.now())
    return ok(
        message="Voice dictionary activation toggled successfully",
        message_key="VoiceDictionaryActivationToggledSuccessfully",
    )

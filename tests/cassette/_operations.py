"""Every public operation of the client, each with the cassette that answers it.

Each entry makes exactly one request. The sync and async clients, and the plain and raw
variants of an operation, send the same request, so they replay the same cassette.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import hamsa
from hamsa.v1.models import (
    Call,
    CallResponse,
    CloneVoiceAgentRequest,
    StartCallRequest,
    UpdateVoiceAgentRequest,
)
from hamsa.v1.models import VoiceAgentResponse as V1AgentResponse
from hamsa.v2.models import CreateVoiceAgentRequest
from hamsa.v2.models import VoiceAgentResponse as V2AgentResponse

from ._support import LLM_API_KEY, WEBHOOK_SECRET, Target

# The nested, snake_case agent a user passes to create/update (and inline to calls.start).
CREATE_FIELDS: dict[str, Any] = {
    "name": "Support (cassette)",
    "type": "Single Prompt",
    "conversation": {
        "greeting_message": "Hi {{customer_name}}, how can I help?",
        "preamble": "You are a concise, friendly support agent.",
        "poke_messages": ["Are you still there?"],
        "params": {"customer_name": "Sara"},
    },
    "voice": {"voice_id": "en-US-Neural2-A", "lang": "en"},
    "llm": {
        "provider": "openai",
        "model": "gpt-4.1",
        "temperature": 0.3,
        "base_url": "https://llm.example.com/v1",
        "api_key": LLM_API_KEY,
    },
    "call_settings": {"max_call_duration": 300, "interrupt": True, "response_delay": 400},
    "webhook_url": "https://example.com/hamsa-webhook",
    "webhook_auth": {"auth_key": "Bearer", "auth_secret": WEBHOOK_SECRET},
}
UPDATE_FIELDS: dict[str, Any] = {
    "name": "Support (renamed)",
    "llm": {"provider": "openai", "model": "gpt-4.1", "api_key": LLM_API_KEY},
    "call_settings": {"max_call_duration": 120, "smart_call_end": True},
    "webhook_auth": {"auth_key": "Bearer", "auth_secret": WEBHOOK_SECRET},
}
INLINE_AGENT: dict[str, Any] = {
    "name": "Inline agent (cassette)",
    "conversation": {"greeting_message": "Hi {{name}}", "preamble": "Be brief."},
    "voice": {"voice_id": "en-US-Neural2-A", "lang": "en"},
    "llm": {"provider": "openai", "model": "gpt-4.1", "api_key": LLM_API_KEY},
    "call_settings": {"max_call_duration": 120, "smart_call_end": True},
}
# The same kinds of bodies in each version's exact wire shape, for client.v1 / client.v2.
V1_UPDATE_BODY: dict[str, Any] = {
    "agentName": "Support (v1 renamed)",
    "greetingMessage": "Hello {{name}}!",
    "lang": "en",
    "maxCallDuration": 180,
    "tools": {"genderDetection": False, "smartCallEnd": True},
    "llmConfig": {"provider": "OpenAI", "modelName": "GPT-4.1", "apiKey": LLM_API_KEY},
    "webhookAuth": {"authKey": "Token", "authSecret": WEBHOOK_SECRET},
}
V2_CREATE_BODY: dict[str, Any] = {
    "name": "Support (v2 cassette)",
    "conversation": {"greetingMessage": "Welcome!", "preamble": "You are a support agent."},
    "voice": {"voiceId": "en-US-Neural2-A", "lang": "en"},
    "llm": {"provider": "openai", "model": "gpt-4.1", "apiKey": LLM_API_KEY},
    "callSettings": {"maxCallDuration": 240, "interrupt": True},
    "webhookAuth": {"authKey": "Token", "authSecret": WEBHOOK_SECRET},
}

_UTC_Z = re.compile(r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?)Z$")


def same_json(data: Any) -> Any:
    """JSON with "...Z" timestamps spelled "+00:00", as the models write them back."""
    if isinstance(data, dict):
        return {key: same_json(value) for key, value in data.items()}
    if isinstance(data, list):
        return [same_json(item) for item in data]
    if isinstance(data, str):
        return _UTC_Z.sub(r"\1+00:00", data)
    return data


def _unified_agent(api_version: str) -> Callable[[Any, dict[str, Any] | None], None]:
    def check(agent: Any, recorded: dict[str, Any] | None) -> None:
        assert isinstance(agent, hamsa.VoiceAgent)
        assert agent.api_version == api_version
        assert isinstance(agent.id, str) and agent.id
        if recorded is not None:
            data = recorded["data"]
            assert agent.raw == data
            assert agent.id == data["id"]
            assert agent.name == data.get("name", data.get("agentName"))
            expected = data.get("callSettings", data).get("maxCallDuration")
            assert agent.call_settings.max_call_duration == expected

    return check


def _call(call: Any, recorded: dict[str, Any] | None) -> None:
    assert isinstance(call, Call)
    assert isinstance(call.id, str) and call.id
    if recorded is not None:
        assert same_json(call.to_dict()) == same_json(recorded["data"])


def _envelope(model: type) -> Callable[[Any, dict[str, Any] | None], None]:
    def check(response: Any, recorded: dict[str, Any] | None) -> None:
        assert isinstance(response, model)
        assert response.data.id
        if recorded is not None:
            # Lossless: every field, known or not, comes back out as it came in.
            assert same_json(response.to_dict()) == same_json(recorded)

    return check


@dataclass(frozen=True)
class Operation:
    """``client.<resource>.<method>(**arguments(target))``, answered by ``cassette``."""

    resource: str
    method: str
    arguments: Callable[[Target], dict[str, Any]]
    check: Callable[[Any, dict[str, Any] | None], None]
    """Asserts on the parsed result; compares it with the recorded body when replayed."""
    cassette: str
    variant: str = ""

    @property
    def id(self) -> str:
        return f"{self.resource}.{self.method}" + (f"-{self.variant}" if self.variant else "")

    def call(self, client: Any, target: Target, *, raw: bool = False) -> Any:
        """The plain method, or its raw variant: ``with_raw_response`` on the hand-written
        resources, ``<method>_with_response`` on the generated v1/v2 ones."""
        owner = client
        for name in self.resource.split("."):
            owner = getattr(owner, name)
        method = self.method
        if raw and self.resource.startswith(("v1.", "v2.")):
            method += "_with_response"
        elif raw:
            owner = owner.with_raw_response
        return getattr(owner, method)(**self.arguments(target))


def _start_saved(t: Target) -> dict[str, Any]:
    return {
        "to_number": t.to_number,
        "from_number": t.from_number,
        "voice_agent_id": t.agent_id,
        "params": {"customer_name": "Sara"},
        "webhook_url": "https://example.com/hamsa-call-events",
        "webhook_auth": {"auth_key": "Bearer", "auth_secret": WEBHOOK_SECRET},
    }


def _start_inline(t: Target) -> dict[str, Any]:
    return {
        "to_number": t.to_number,
        "from_number": t.from_number,
        "agent": INLINE_AGENT,
        "params": {"name": "Sara"},
    }


OPERATIONS: tuple[Operation, ...] = (
    Operation(
        "voice_agents",
        "create",
        lambda t: CREATE_FIELDS,
        _unified_agent("v2"),
        cassette="voice_agents.create",
    ),
    Operation(
        "voice_agents",
        "update",
        lambda t: {"agent_id": t.agent_id, **UPDATE_FIELDS},
        _unified_agent("v1"),
        cassette="voice_agents.update",
    ),
    Operation(
        "voice_agents",
        "clone",
        lambda t: {"agent_id": t.agent_id, "name": "Support (copy)"},
        _unified_agent("v1"),
        cassette="voice_agents.clone",
    ),
    Operation(
        "voice_agents",
        "clone",
        lambda t: {"agent_id": t.agent_id},
        _unified_agent("v1"),
        cassette="voice_agents.clone.without_name",
        variant="without-name",
    ),
    Operation(
        "calls",
        "start",
        _start_saved,
        _call,
        cassette="calls.start.saved_agent",
        variant="saved-agent",
    ),
    Operation(
        "calls",
        "start",
        _start_inline,
        _call,
        cassette="calls.start.inline_agent",
        variant="inline-agent",
    ),
    Operation(
        "v1.voice_agents",
        "update_voice_agent",
        lambda t: {
            "voice_agent_id": t.agent_id,
            "body": UpdateVoiceAgentRequest.from_dict(V1_UPDATE_BODY),
        },
        _envelope(V1AgentResponse),
        cassette="v1.voice_agents.update_voice_agent",
    ),
    Operation(
        "v1.voice_agents",
        "clone_voice_agent",
        lambda t: {
            "voice_agent_id": t.agent_id,
            "body": CloneVoiceAgentRequest(agent_name="Support (v1 copy)"),
        },
        _envelope(V1AgentResponse),
        cassette="v1.voice_agents.clone_voice_agent",
    ),
    Operation(
        "v1.calls",
        "start_call",
        lambda t: {
            "body": StartCallRequest(
                to_number=t.to_number, from_number=t.from_number, voice_agent_id=t.agent_id
            )
        },
        _envelope(CallResponse),
        cassette="v1.calls.start_call",
    ),
    Operation(
        "v2.voice_agents",
        "create_voice_agent",
        lambda t: {"body": CreateVoiceAgentRequest.from_dict(V2_CREATE_BODY)},
        _envelope(V2AgentResponse),
        cassette="v2.voice_agents.create_voice_agent",
    ),
)

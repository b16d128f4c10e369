"""client.voice_agents: create (v2), update (v1 PATCH) and clone (v1), on one unified agent.

Users pass the v2 (nested, snake_case) fields everywhere; the v1 calls get the flat body the
mapping table produces. Every method returns hamsa.VoiceAgent.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cached_property
from typing import Any, Unpack

import httpx

from .._agent import VoiceAgent
from .._agent_mapping import unified_to_v1
from .._base_client import NOT_GIVEN, AsyncAPIClient, NotGiven, RequestOptions, SyncAPIClient
from .._response import APIResponse
from .._wire import build_model, wire_fields
from ..v1.api.voice_agents import clone_voice_agent as _clone
from ..v1.api.voice_agents import update_voice_agent as _update
from ..v1.models.clone_voice_agent_request import CloneVoiceAgentRequest
from ..v1.models.update_voice_agent_request import UpdateVoiceAgentRequest
from ..v2.api.voice_agents import create_voice_agent as _create
from ..v2.models.create_voice_agent_request import CreateVoiceAgentRequest
from ..v2.models.voice_agent import VoiceAgent as V2Agent
from ._agent_checks import prepare_agent, together
from ._envelope import parse_envelope_data
from ._params import AgentFields

Timeout = float | httpx.Timeout | NotGiven
Retries = int | NotGiven
UPDATE_TARGET = "PATCH /v1/voice-agents/{voiceAgentId}"


def _create_options(
    name: str, fields: Mapping[str, Any], timeout: Timeout, max_retries: Retries
) -> RequestOptions:
    nested = wire_fields({"name": name, **fields})
    problems = prepare_agent(nested)
    body = together(problems, lambda: build_model(CreateVoiceAgentRequest, nested))
    return _create.request_options(body=body, timeout=timeout, max_retries=max_retries)


def _update_options(
    agent_id: str, fields: Mapping[str, Any], timeout: Timeout, max_retries: Retries
) -> RequestOptions:
    nested = wire_fields(fields)
    problems = prepare_agent(nested)
    # Checked in the user's terms (call_settings.max_call_duration) before flattening for v1.
    together(problems, lambda: build_model(V2Agent, nested))
    flat = unified_to_v1(nested, target=UPDATE_TARGET)
    body = build_model(UpdateVoiceAgentRequest, flat)
    return _update.request_options(agent_id, body=body, timeout=timeout, max_retries=max_retries)


def _clone_options(
    agent_id: str, name: str | None, timeout: Timeout, max_retries: Retries
) -> RequestOptions:
    body = CloneVoiceAgentRequest() if name is None else CloneVoiceAgentRequest(agent_name=name)
    return _clone.request_options(
        body=body, voice_agent_id=agent_id, timeout=timeout, max_retries=max_retries
    )


def _agent(
    response: httpx.Response, convert: Callable[[Mapping[str, Any]], VoiceAgent]
) -> APIResponse[VoiceAgent]:
    return APIResponse(parsed=parse_envelope_data(response, convert), http_response=response)


class VoiceAgentsWithRawResponse:
    """Like client.voice_agents, but each method returns an APIResponse wrapping the agent."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        name: str,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
        **fields: Unpack[AgentFields],
    ) -> APIResponse[VoiceAgent]:
        options = _create_options(name, fields, timeout, max_retries)
        return _agent(self._client.request(options), VoiceAgent.from_v2)

    def update(
        self,
        agent_id: str,
        *,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
        **fields: Unpack[AgentFields],
    ) -> APIResponse[VoiceAgent]:
        options = _update_options(agent_id, fields, timeout, max_retries)
        return _agent(self._client.request(options), VoiceAgent.from_v1)

    def clone(
        self,
        agent_id: str,
        *,
        name: str | None = None,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> APIResponse[VoiceAgent]:
        options = _clone_options(agent_id, name, timeout, max_retries)
        return _agent(self._client.request(options), VoiceAgent.from_v1)


class AsyncVoiceAgentsWithRawResponse:
    """Like AsyncHamsa().voice_agents, but each method returns an APIResponse."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        name: str,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
        **fields: Unpack[AgentFields],
    ) -> APIResponse[VoiceAgent]:
        options = _create_options(name, fields, timeout, max_retries)
        return _agent(await self._client.request(options), VoiceAgent.from_v2)

    async def update(
        self,
        agent_id: str,
        *,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
        **fields: Unpack[AgentFields],
    ) -> APIResponse[VoiceAgent]:
        options = _update_options(agent_id, fields, timeout, max_retries)
        return _agent(await self._client.request(options), VoiceAgent.from_v1)

    async def clone(
        self,
        agent_id: str,
        *,
        name: str | None = None,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> APIResponse[VoiceAgent]:
        options = _clone_options(agent_id, name, timeout, max_retries)
        return _agent(await self._client.request(options), VoiceAgent.from_v1)


class VoiceAgents:
    """Voice agents. create is API v2; update (PATCH) and clone are API v1; all take and
    return the same unified agent."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> VoiceAgentsWithRawResponse:
        """The same methods, returning status, headers and raw bytes with the agent."""
        return VoiceAgentsWithRawResponse(self._client)

    def create(
        self,
        *,
        name: str,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
        **fields: Unpack[AgentFields],
    ) -> VoiceAgent:
        """Create an agent (``POST /v2/voice-agents``). Constraints are checked before sending.

        Raises:
            hamsa.RequestValidationError: a field breaks a documented constraint.
        """
        raw = self.with_raw_response.create(
            name=name, timeout=timeout, max_retries=max_retries, **fields
        )
        return raw.parsed

    def update(
        self,
        agent_id: str,
        *,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
        **fields: Unpack[AgentFields],
    ) -> VoiceAgent:
        """Change some fields of an agent; the rest keep their values.

        Takes the same nested fields as ``create``; they are sent as the v1 flat
        ``PATCH /v1/voice-agents/{voiceAgentId}`` body. A field v1 cannot carry (``workflow``,
        ``phone_number``, ...) raises instead of being dropped.
        """
        raw = self.with_raw_response.update(
            agent_id, timeout=timeout, max_retries=max_retries, **fields
        )
        return raw.parsed

    def clone(
        self,
        agent_id: str,
        *,
        name: str | None = None,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> VoiceAgent:
        """Copy an agent (``POST /v1/voice-agents/clone``), optionally under a new name."""
        raw = self.with_raw_response.clone(
            agent_id, name=name, timeout=timeout, max_retries=max_retries
        )
        return raw.parsed


class AsyncVoiceAgents:
    """Async voice agents; see VoiceAgents."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncVoiceAgentsWithRawResponse:
        return AsyncVoiceAgentsWithRawResponse(self._client)

    async def create(
        self,
        *,
        name: str,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
        **fields: Unpack[AgentFields],
    ) -> VoiceAgent:
        """Create an agent (``POST /v2/voice-agents``); see VoiceAgents.create."""
        raw = await self.with_raw_response.create(
            name=name, timeout=timeout, max_retries=max_retries, **fields
        )
        return raw.parsed

    async def update(
        self,
        agent_id: str,
        *,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
        **fields: Unpack[AgentFields],
    ) -> VoiceAgent:
        """Change some fields of an agent; see VoiceAgents.update."""
        raw = await self.with_raw_response.update(
            agent_id, timeout=timeout, max_retries=max_retries, **fields
        )
        return raw.parsed

    async def clone(
        self,
        agent_id: str,
        *,
        name: str | None = None,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> VoiceAgent:
        """Copy an agent; see VoiceAgents.clone."""
        raw = await self.with_raw_response.clone(
            agent_id, name=name, timeout=timeout, max_retries=max_retries
        )
        return raw.parsed

"""client.voice_agents: create, get and list (v2), update (v1 PATCH) and clone (v1), on one
unified agent.

Users pass the v2 (nested, snake_case) fields everywhere; the v1 calls get the flat body the
mapping table produces. Every method returns hamsa.VoiceAgent (list: a paginator of them).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cached_property
from typing import Any, Unpack

import httpx

from .._agent import VoiceAgent
from .._base_client import NOT_GIVEN, AsyncAPIClient, RequestOptions, SyncAPIClient
from .._pagination import AsyncPaginator, Page, SyncPaginator
from .._response import APIResponse
from ..v2.api.voice_agents import create_voice_agent as _create
from ..v2.api.voice_agents import get_voice_agent as _get
from ..v2.models.create_voice_agent_request import CreateVoiceAgentRequest
from ..v2.models.language import Language
from ..v2.models.sort_order import SortOrder
from ..v2.models.voice_agent import VoiceAgent as V2Agent
from ..v2.models.voice_agent_sort_field import VoiceAgentSortField
from ..v2.models.voice_agent_type import VoiceAgentType
from ._agent_checks import prepare_agent, quick_agent_body, together
from ._envelope import data_response, parse_envelope_data
from ._paging import check_paging, count_at, items_at
from ._params import AgentFields, AgentUpdateFields, Retries, Timeout
from ._query import Query

# The v1 operations (update, clone), the list operation's page models, the v1<->v2 mapping
# table and the code that words an invalid body load when first needed: a create call needs
# none of them.

UPDATE_TARGET = "PATCH /v1/voice-agents/{voiceAgentId}"


def _create_options(
    name: str, fields: Mapping[str, Any], timeout: Timeout, max_retries: Retries
) -> RequestOptions:
    given = {"name": name, **fields}
    strict = given.pop("strict_placeholders", True)
    body = quick_agent_body(CreateVoiceAgentRequest, given)
    if body is None:
        from .._unknown_keys import misnamed_keywords
        from .._wire import strict_wire, wire_fields

        nested = wire_fields(given)
        problems = misnamed_keywords(given, _snake_keys(CreateVoiceAgentRequest._JSON_KEYS))
        problems += prepare_agent(nested, strict_placeholders=strict)
        body = together(problems, lambda: strict_wire(CreateVoiceAgentRequest, nested))
    return _create.checked_request_options(body=body, timeout=timeout, max_retries=max_retries)


def _update_options(
    agent_id: str, fields: Mapping[str, Any], timeout: Timeout, max_retries: Retries
) -> RequestOptions:
    from .._agent_mapping import unified_to_v1
    from .._unknown_keys import misnamed_keywords
    from .._wire import checked_wire, strict_wire, wire_fields
    from ..v1.api.voice_agents import update_voice_agent as _update
    from ..v1.models.update_voice_agent_request import UpdateVoiceAgentRequest

    fields = dict(fields)
    strict = fields.pop("strict_placeholders", True)
    fields, v1_fields = _split_v1_only(fields, UpdateVoiceAgentRequest._JSON_KEYS)
    # Checked in the user's terms (call_settings.max_call_duration) before flattening for v1.
    nested = quick_agent_body(V2Agent, fields)
    if nested is None:
        nested = wire_fields(fields)
        known = _snake_keys(V2Agent._JSON_KEYS + UpdateVoiceAgentRequest._JSON_KEYS)
        problems = misnamed_keywords({**fields, **v1_fields}, known)
        problems += prepare_agent(nested, strict_placeholders=strict)
        together(problems, lambda: strict_wire(V2Agent, nested))
    flat = unified_to_v1(nested, target=UPDATE_TARGET)
    # A v1 field neither v2 nor the mapping table knows (a newer spec's) goes as it is named;
    # the v1 model checks it with the rest of the body.
    flat.update(wire_fields(v1_fields))
    body = checked_wire(UpdateVoiceAgentRequest, flat)
    return _update.checked_request_options(
        agent_id, body=body, timeout=timeout, max_retries=max_retries
    )


def _snake_keys(json_keys: tuple[str, ...]) -> list[str]:
    from .._agent_mapping import to_snake

    return [to_snake(key) for key in json_keys]


def _split_v1_only(
    fields: Mapping[str, Any], v1_keys: tuple[str, ...]
) -> tuple[Mapping[str, Any], dict[str, Any]]:
    """(the agent's fields, the v1 body fields that only v1 has and the mapping table doesn't
    name): the table holds renames and moves only, so a field a new v1 revision adds reaches
    the wire by its snake_case name instead of raising UnsupportedFieldError."""
    from .._agent_mapping import AGENT_FIELD_MAP, WEB_TOOL_KEYS, to_camel

    v2_keys = set(V2Agent._JSON_KEYS)
    # Mapped: the table's v1 names, and the v1 web-tool fields that v2's tools[] stands for.
    mapped = {row.v1.split(".")[0] for row in AGENT_FIELD_MAP if row.v1} | set(WEB_TOOL_KEYS)
    extra = {
        name: value
        for name, value in fields.items()
        if (key := to_camel(name.rstrip("_"))) in v1_keys
        and key not in v2_keys
        and key not in mapped
    }
    if not extra:
        return fields, {}
    return {k: v for k, v in fields.items() if k not in extra}, extra


def _clone_options(
    agent_id: str, name: str | None, timeout: Timeout, max_retries: Retries
) -> RequestOptions:
    from ..v1.api.voice_agents import clone_voice_agent as _clone
    from ..v1.models.clone_voice_agent_request import CloneVoiceAgentRequest

    body = CloneVoiceAgentRequest() if name is None else CloneVoiceAgentRequest(agent_name=name)
    return _clone.request_options(
        body=body, voice_agent_id=agent_id, timeout=timeout, max_retries=max_retries
    )


def _list_query(
    search: str | None,
    type: Iterable[VoiceAgentType | str] | VoiceAgentType | str | None,
    language: Iterable[Language | str] | Language | str | None,
    sort_field: VoiceAgentSortField | str | None,
    sort_order: SortOrder | str | None,
) -> dict[str, Any]:
    query = Query()
    query.value("search", search)
    query.enums("type", VoiceAgentType, type)
    query.enums("language", Language, language)
    query.enum("sort_field", VoiceAgentSortField, sort_field)
    query.enum("sort_order", SortOrder, sort_order)
    return query.checked()


def _list_options(
    query: Mapping[str, Any], page: int, page_size: int, timeout: Timeout, max_retries: Retries
) -> RequestOptions:
    from ..v2.api.voice_agents import list_voice_agents as _list

    # `skip` is the 1-based page NUMBER here, not an offset.
    return _list.request_options(
        **query, skip=page, take=page_size, timeout=timeout, max_retries=max_retries
    )


def _agent_page(
    response: httpx.Response, page: int, page_size: int
) -> APIResponse[Page[VoiceAgent]]:
    def build(data: dict[str, Any]) -> Page[VoiceAgent]:
        return Page(
            items=items_at(data, "voiceAgents", VoiceAgent.from_v2),
            number=page,
            size=page_size,
            total=count_at(data, "total"),
            filtered=count_at(data, "filtered"),
        )

    return data_response(response, build)


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
        return data_response(self._client.request(options), VoiceAgent.from_v2)

    def update(
        self,
        agent_id: str,
        *,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
        **fields: Unpack[AgentUpdateFields],
    ) -> APIResponse[VoiceAgent]:
        options = _update_options(agent_id, fields, timeout, max_retries)
        return data_response(self._client.request(options), VoiceAgent.from_v1)

    def clone(
        self,
        agent_id: str,
        *,
        name: str | None = None,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> APIResponse[VoiceAgent]:
        options = _clone_options(agent_id, name, timeout, max_retries)
        return data_response(self._client.request(options), VoiceAgent.from_v1)

    def get(
        self, agent_id: str, *, timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN
    ) -> APIResponse[VoiceAgent]:
        options = _get.request_options(agent_id, timeout=timeout, max_retries=max_retries)
        return data_response(self._client.request(options), VoiceAgent.from_v2)

    def list(
        self,
        *,
        search: str | None = None,
        type: Iterable[VoiceAgentType | str] | VoiceAgentType | str | None = None,
        language: Iterable[Language | str] | Language | str | None = None,
        sort_field: VoiceAgentSortField | str | None = None,
        sort_order: SortOrder | str | None = None,
        page: int = 1,
        page_size: int = 10,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> APIResponse[Page[VoiceAgent]]:
        """One page (``page`` is 1-based) of ``GET /v2/voice-agents``."""
        query = _list_query(search, type, language, sort_field, sort_order)
        check_paging(page_size, page=page)
        options = _list_options(query, page, page_size, timeout, max_retries)
        return _agent_page(self._client.request(options), page, page_size)


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
        return data_response(await self._client.request(options), VoiceAgent.from_v2)

    async def update(
        self,
        agent_id: str,
        *,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
        **fields: Unpack[AgentUpdateFields],
    ) -> APIResponse[VoiceAgent]:
        options = _update_options(agent_id, fields, timeout, max_retries)
        return data_response(await self._client.request(options), VoiceAgent.from_v1)

    async def clone(
        self,
        agent_id: str,
        *,
        name: str | None = None,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> APIResponse[VoiceAgent]:
        options = _clone_options(agent_id, name, timeout, max_retries)
        return data_response(await self._client.request(options), VoiceAgent.from_v1)

    async def get(
        self, agent_id: str, *, timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN
    ) -> APIResponse[VoiceAgent]:
        options = _get.request_options(agent_id, timeout=timeout, max_retries=max_retries)
        return data_response(await self._client.request(options), VoiceAgent.from_v2)

    async def list(
        self,
        *,
        search: str | None = None,
        type: Iterable[VoiceAgentType | str] | VoiceAgentType | str | None = None,
        language: Iterable[Language | str] | Language | str | None = None,
        sort_field: VoiceAgentSortField | str | None = None,
        sort_order: SortOrder | str | None = None,
        page: int = 1,
        page_size: int = 10,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> APIResponse[Page[VoiceAgent]]:
        """One page (``page`` is 1-based) of ``GET /v2/voice-agents``."""
        query = _list_query(search, type, language, sort_field, sort_order)
        check_paging(page_size, page=page)
        options = _list_options(query, page, page_size, timeout, max_retries)
        return _agent_page(await self._client.request(options), page, page_size)


class VoiceAgents:
    """Voice agents. create, get and list are API v2; update (PATCH) and clone are API v1;
    all take and return the same unified agent. (The deprecated v1 get and list stay
    reachable through client.v1.voice_agents.)"""

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
        # Not through with_raw_response: the hot path skips re-packing the keyword arguments.
        options = _create_options(name, fields, timeout, max_retries)
        return parse_envelope_data(self._client.request(options), VoiceAgent.from_v2)

    def update(
        self,
        agent_id: str,
        *,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
        **fields: Unpack[AgentUpdateFields],
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

    def get(
        self, agent_id: str, *, timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN
    ) -> VoiceAgent:
        """One agent (``GET /v2/voice-agents/{voiceAgentId}``)."""
        return self.with_raw_response.get(agent_id, timeout=timeout, max_retries=max_retries).parsed

    def list(
        self,
        *,
        search: str | None = None,
        type: Iterable[VoiceAgentType | str] | VoiceAgentType | str | None = None,
        language: Iterable[Language | str] | Language | str | None = None,
        sort_field: VoiceAgentSortField | str | None = None,
        sort_order: SortOrder | str | None = None,
        page_size: int = 10,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> SyncPaginator[VoiceAgent]:
        """Every agent matching the filters (``GET /v2/voice-agents``), fetched page by page as
        you iterate.

        ``type`` (e.g. ``["Single Prompt"]``) and ``language`` (e.g. ``["ar", "en"]``) take one
        value or several; ``sort_field="createdAt"``, ``sort_order="asc"|"desc"``. The filters
        and ``page_size`` are checked now, before any request.
        """
        query = _list_query(search, type, language, sort_field, sort_order)
        check_paging(page_size)
        client = self._client

        def fetch(page: int, size: int) -> Page[VoiceAgent]:
            options = _list_options(query, page, size, timeout, max_retries)
            return _agent_page(client.request(options), page, size).parsed

        return SyncPaginator(fetch, page_size=page_size)


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
        options = _create_options(name, fields, timeout, max_retries)
        return parse_envelope_data(await self._client.request(options), VoiceAgent.from_v2)

    async def update(
        self,
        agent_id: str,
        *,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
        **fields: Unpack[AgentUpdateFields],
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

    async def get(
        self, agent_id: str, *, timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN
    ) -> VoiceAgent:
        """One agent; see VoiceAgents.get."""
        raw = await self.with_raw_response.get(agent_id, timeout=timeout, max_retries=max_retries)
        return raw.parsed

    def list(
        self,
        *,
        search: str | None = None,
        type: Iterable[VoiceAgentType | str] | VoiceAgentType | str | None = None,
        language: Iterable[Language | str] | Language | str | None = None,
        sort_field: VoiceAgentSortField | str | None = None,
        sort_order: SortOrder | str | None = None,
        page_size: int = 10,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> AsyncPaginator[VoiceAgent]:
        """Every matching agent, page by page: ``async for agent in client.voice_agents.list()``;
        see VoiceAgents.list."""
        query = _list_query(search, type, language, sort_field, sort_order)
        check_paging(page_size)
        client = self._client

        async def fetch(page: int, size: int) -> Page[VoiceAgent]:
            options = _list_options(query, page, size, timeout, max_retries)
            return _agent_page(await client.request(options), page, size).parsed

        return AsyncPaginator(fetch, page_size=page_size)

"""Reading voice agents: get one, or list a page (v1 flat and v2 nested views of one store).

Both lists number pages the service's way: ``skip`` is the 1-based page number, ``take`` the
page size (defaults 1 and 10), newest agent first. The v2 list also searches names, filters by
``type[]`` and ``language[]``, and sorts by ``createdAt`` either way (``sortOrder``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ._agents import v1_view, v2_view
from ._messages import MockRequest, MockResponse, ok
from ._query import QueryReader, page_slice
from ._state import MockState

__all__ = ["get_agent_v1", "get_agent_v2", "list_agents_v1", "list_agents_v2"]

AGENT_TYPES = ("Single Prompt", "Flow Agent")
LANGUAGES = ("ar", "en")
SORT_FIELDS = ("createdAt",)
SORT_ORDERS = ("asc", "desc")


def get_agent_v1(state: MockState, request: MockRequest) -> MockResponse:
    """GET /v1/voice-agents/{voiceAgentId} (deprecated by Hamsa, still served)."""
    agent = state.agent(request.path_params["voiceAgentId"])
    return ok(v1_view(agent), message="success")


def get_agent_v2(state: MockState, request: MockRequest) -> MockResponse:
    """GET /v2/voice-agents/{voiceAgentId}."""
    agent = state.agent(request.path_params["voiceAgentId"])
    return ok(v2_view(agent), message="Voice agent retrieved successfully")


def _page(
    state: MockState,
    request: MockRequest,
    view: Callable[[Mapping[str, Any]], dict[str, Any]],
    *,
    filters: bool,
) -> dict[str, Any]:
    query = QueryReader(request)
    page = query.page("skip", 1)
    size = query.page("take", 10)
    agents = list(state.agents.values())  # creation order
    matching = _filtered(agents, query) if filters else agents[::-1]
    query.check()
    return {
        "total": len(agents),
        "filtered": len(matching),
        "voiceAgents": [view(agent) for agent in page_slice(matching, page, size)],
    }


def _filtered(agents: list[dict[str, Any]], query: QueryReader) -> list[dict[str, Any]]:
    search = (query.text("search") or "").casefold()
    types = query.choices("type[]", AGENT_TYPES)
    languages = query.choices("language[]", LANGUAGES)
    query.choice("sortField", SORT_FIELDS)
    order = query.choice("sortOrder", SORT_ORDERS) or "desc"
    found = [
        agent
        for agent in agents
        if search in str(agent.get("name", "")).casefold()
        and (not types or agent.get("type") in types)
        and (not languages or (agent.get("voice") or {}).get("lang") in languages)
    ]
    return found if order == "asc" else found[::-1]


def list_agents_v1(state: MockState, request: MockRequest) -> MockResponse:
    """GET /v1/voice-agents?skip=&take=: one page, flat."""
    return ok(_page(state, request, v1_view, filters=False), message="success")


def list_agents_v2(state: MockState, request: MockRequest) -> MockResponse:
    """GET /v2/voice-agents: one page, nested; this envelope carries no message."""
    return ok(_page(state, request, v2_view, filters=True), message=None)

"""Reading voice agents: get one, or list a page (v1 flat and v2 nested views of one store).

Both lists number pages the service's way: ``skip`` is the 1-based page number, ``take`` the
page size (defaults 1 and 10), newest agent first. The v2 list also searches names, filters by
``type[]`` and ``language[]``, and sorts by ``createdAt`` either way (``sortOrder``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from ._agents import v1_view, v2_view
from ._messages import MockRequest, MockResponse, ok
from ._state import MockState
from ._validation import invalid

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


def _page_number(query: Mapping[str, str], name: str, default: int) -> int:
    raw = query.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        value = 0
    if value < 1:
        raise invalid([{"field": name, "message": "must be an integer of at least 1"}])
    return value


def _choices(request: MockRequest, name: str, allowed: Sequence[str]) -> list[str]:
    values = list(request.query_lists.get(name, ()))
    for value in values:
        if value not in allowed:
            choices = ", ".join(repr(a) for a in allowed)
            raise invalid([{"field": name, "message": f"must be one of {choices}"}])
    return values


def _page(
    state: MockState,
    request: MockRequest,
    view: Callable[[Mapping[str, Any]], dict[str, Any]],
    *,
    filters: bool,
) -> dict[str, Any]:
    page = _page_number(request.query, "skip", 1)
    size = _page_number(request.query, "take", 10)
    agents = list(state.agents.values())  # creation order
    matching = _filtered(agents, request) if filters else agents[::-1]
    start = (page - 1) * size
    return {
        "total": len(agents),
        "filtered": len(matching),
        "voiceAgents": [view(agent) for agent in matching[start : start + size]],
    }


def _filtered(agents: list[dict[str, Any]], request: MockRequest) -> list[dict[str, Any]]:
    search = request.query.get("search", "").casefold()
    types = _choices(request, "type[]", AGENT_TYPES)
    languages = _choices(request, "language[]", LANGUAGES)
    _choices(request, "sortField", SORT_FIELDS)
    (order,) = _choices(request, "sortOrder", SORT_ORDERS)[:1] or ["desc"]
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

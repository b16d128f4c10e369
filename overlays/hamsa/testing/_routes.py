"""The route table: which handler answers which method and path.

To serve a new endpoint, write ``handler(state, request) -> MockResponse`` (raise ApiError for
an error answer; ``request.json()``, ``request.path_params``, ``request.query``) and add one
Route line to ROUTES. Path templates use the spec's ``{name}`` syntax.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Final
from urllib.parse import unquote

import attrs

from . import _agent_reads, _agents, _calls
from ._messages import ApiError, MockRequest, MockResponse
from ._state import MockState

__all__ = ["ROUTES", "Handler", "Route", "compile_template", "resolve"]

Handler = Callable[[MockState, MockRequest], MockResponse]

_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def compile_template(template: str) -> re.Pattern[str]:
    """A full-match pattern for a path template such as /v1/voice-agents/{voiceAgentId}: one
    named group per placeholder; a path without placeholders matches only itself."""
    pattern, position = "", 0
    for match in _PLACEHOLDER.finditer(template):
        pattern += re.escape(template[position : match.start()]) + f"(?P<{match[1]}>[^/]+)"
        position = match.end()
    return re.compile(pattern + re.escape(template[position:]))


@attrs.frozen
class Route:
    method: str
    template: str
    handler: Handler
    pattern: re.Pattern[str] = attrs.field(init=False, eq=False, repr=False)

    @pattern.default
    def _compile(self) -> re.Pattern[str]:
        return compile_template(self.template)

    def path_params(self, path: str) -> dict[str, str] | None:
        match = self.pattern.fullmatch(path)
        if match is None:
            return None
        return {name: unquote(value) for name, value in match.groupdict().items()}


ROUTES: Final[tuple[Route, ...]] = (
    # v2 agents (nested)
    Route("POST", "/v2/voice-agents", _agents.create_agent),
    Route("GET", "/v2/voice-agents", _agent_reads.list_agents_v2),
    Route("GET", "/v2/voice-agents/{voiceAgentId}", _agent_reads.get_agent_v2),
    Route("PATCH", "/v2/voice-agents/{voiceAgentId}", _agents.update_agent_v2),
    # v1 agents (flat); literal paths before /v1/voice-agents/{voiceAgentId}
    Route("POST", "/v1/voice-agents", _agents.create_agent_v1),
    Route("GET", "/v1/voice-agents", _agent_reads.list_agents_v1),
    Route("POST", "/v1/voice-agents/clone", _agents.clone_agent),
    Route("POST", "/v1/voice-agents/call", _calls.start_call),
    Route("GET", "/v1/voice-agents/{voiceAgentId}", _agent_reads.get_agent_v1),
    Route("PATCH", "/v1/voice-agents/{voiceAgentId}", _agents.update_agent),
    # v1 calls and conversations
    Route("GET", "/v1/voice-agents/conversation/{conversationId}", _calls.get_conversation),
    Route(
        "GET",
        "/v1/voice-agents/conversation/{conversationId}/terminate",
        _calls.terminate_conversation,
    ),
)


def resolve(routes: Iterable[Route], method: str, path: str) -> tuple[Route, dict[str, str]]:
    """The route for this request and its decoded path parameters; 404 or 405 otherwise."""
    allowed: list[str] = []
    for route in routes:
        params = route.path_params(path)
        if params is None:
            continue
        if route.method == method:
            return route, params
        allowed.append(route.method)
    if allowed:
        raise ApiError(
            405,
            f"MockHamsa serves only {', '.join(sorted(set(allowed)))} on {path}.",
            "MethodNotAllowed",
            headers={"Allow": ", ".join(sorted(set(allowed)))},
        )
    raise ApiError(404, f"MockHamsa does not serve {method} {path}.", "RouteNotFound")

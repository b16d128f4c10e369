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

from . import (
    _agent_reads,
    _agents,
    _analytics,
    _calls,
    _conversations,
    _dictionaries,
    _knowledge_base,
    _number_calls,
    _phone_numbers,
    _speech,
    _web_tools,
)
from ._messages import ApiError, MockRequest, MockResponse
from ._state import MockState

__all__ = ["ROUTES", "Handler", "Route", "RouteTable", "compile_template", "resolve"]

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
    # A path matches a literal route before a template: each literal path comes first.
    # v2 agents (nested) and web tools
    Route("POST", "/v2/voice-agents", _agents.create_agent),
    Route("GET", "/v2/voice-agents", _agent_reads.list_agents_v2),
    Route("POST", "/v2/voice-agents/web-tool", _web_tools.create_web_tool_v2),
    Route("GET", "/v2/voice-agents/web-tool/list", _web_tools.list_web_tools_v2),
    Route("PATCH", "/v2/voice-agents/web-tool/{id}", _web_tools.update_web_tool_v2),
    Route("GET", "/v2/voice-agents/{voiceAgentId}", _agent_reads.get_agent_v2),
    Route("PATCH", "/v2/voice-agents/{voiceAgentId}", _agents.update_agent_v2),
    # v1 agents (flat)
    Route("POST", "/v1/voice-agents", _agents.create_agent_v1),
    Route("GET", "/v1/voice-agents", _agent_reads.list_agents_v1),
    Route("POST", "/v1/voice-agents/clone", _agents.clone_agent),
    # v1 calls and conversations
    Route("POST", "/v1/voice-agents/call", _calls.start_call),
    Route("POST", "/v1/voice-agents/phone-number/call", _number_calls.start_phone_number_call),
    Route("POST", "/v1/voice-agents/twilio/call", _number_calls.start_twilio_call),
    Route("GET", "/v1/voice-agents/conversations/minimal-list", _conversations.list_conversations),
    Route("GET", "/v1/voice-agents/conversation/{conversationId}", _calls.get_conversation),
    Route(
        "GET",
        "/v1/voice-agents/conversation/{conversationId}/terminate",
        _calls.terminate_conversation,
    ),
    Route("GET", "/v1/agent-analytics/conversations/export", _conversations.export_conversations),
    # v1 analytics
    Route("GET", "/v1/agent-analytics/overview", _analytics.get_analytics_overview),
    Route("GET", "/v1/agent-analytics/satisfaction", _analytics.get_analytics_satisfaction),
    # v1 web tools
    Route("POST", "/v1/voice-agents/web-tool", _web_tools.create_web_tool_v1),
    Route("GET", "/v1/voice-agents/web-tool/list", _web_tools.list_web_tools_v1),
    Route("POST", "/v1/voice-agents/web-tool/test-api-tool", _web_tools.run_api_tool_test),
    Route("GET", "/v1/voice-agents/web-tool/{webToolId}", _web_tools.get_web_tool),
    Route("PATCH", "/v1/voice-agents/web-tool/{webToolId}", _web_tools.update_web_tool_v1),
    # v1 knowledge base
    Route("POST", "/v1/voice-agents/knowledge-base", _knowledge_base.create_knowledge_base_items),
    Route("GET", "/v1/voice-agents/knowledge-base/list", _knowledge_base.list_knowledge_base_items),
    Route(
        "GET",
        "/v1/voice-agents/knowledge-base/{knowledgeBaseItemId}",
        _knowledge_base.get_knowledge_base_item,
    ),
    Route(
        "PATCH",
        "/v1/voice-agents/knowledge-base/{knowledgeBaseItemId}",
        _knowledge_base.update_knowledge_base_item,
    ),
    Route(
        "DELETE",
        "/v1/voice-agents/knowledge-base/{knowledgeBaseItemId}/url",
        _knowledge_base.delete_knowledge_base_item_url,
    ),
    # v1 voice dictionaries
    Route("POST", "/v1/voice-agents/voice-dictionaries", _dictionaries.create_voice_dictionary),
    Route("GET", "/v1/voice-agents/voice-dictionaries/list", _dictionaries.list_voice_dictionaries),
    Route(
        "POST",
        "/v1/voice-agents/voice-dictionaries/toggle-activation",
        _dictionaries.toggle_voice_dictionary_activation,
    ),
    Route(
        "PATCH",
        "/v1/voice-agents/voice-dictionaries/{voiceDictionaryId}",
        _dictionaries.update_voice_dictionary,
    ),
    # v1 phone numbers
    Route("POST", "/v1/voice-agents/phone-number", _phone_numbers.add_phone_number),
    Route("GET", "/v1/voice-agents/phone-number/list", _phone_numbers.list_phone_numbers),
    Route("POST", "/v1/voice-agents/assign-number", _phone_numbers.assign_phone_number),
    # speech: jobs, realtime TTS/STT, cloned voices (literal paths before /v2/jobs/view/{jobId})
    Route("POST", "/v1/jobs/transcribe", _speech.transcribe),
    Route("GET", "/v1/jobs", _speech.get_job),
    Route("POST", "/v1/jobs/all", _speech.search_jobs),
    Route("POST", "/v1/jobs/text-to-speech", _speech.text_to_speech_job),
    Route("POST", "/v1/jobs/ai-content", _speech.create_ai_content),
    Route("GET", "/v1/jobs/ai-content", _speech.get_ai_content),
    Route("POST", "/v1/jobs/ai-content/custom", _speech.create_custom_ai_content),
    Route("POST", "/v1/realtime/tts", _speech.realtime_tts),
    Route("POST", "/v1/realtime/tts-stream", _speech.realtime_tts_stream),
    Route("POST", "/v1/realtime/stt", _speech.realtime_stt),
    Route("POST", "/v2/jobs", _speech.create_job_v2),
    Route("GET", "/v2/jobs", _speech.list_jobs_v2),
    Route("POST", "/v2/jobs/generate-transcription-ai-content", _speech.transcribe_with_ai_content),
    Route("GET", "/v2/jobs/view/{jobId}", _speech.get_job_v2),
    Route("POST", "/v2/tts/voices", _speech.clone_voice),
    Route("POST", "/v2/tts/voices/custom/preload", _speech.preload_voice),
    Route("POST", "/v1/voice-agents/unassign", _phone_numbers.unassign_phone_number),
    # v1 agent by id: after every literal /v1/voice-agents/... path above
    Route("GET", "/v1/voice-agents/{voiceAgentId}", _agent_reads.get_agent_v1),
    Route("PATCH", "/v1/voice-agents/{voiceAgentId}", _agents.update_agent),
)


def resolve(routes: Iterable[Route], method: str, path: str) -> tuple[Route, dict[str, str]]:
    """The route for this request and its decoded path parameters; 404 or 405 otherwise."""
    allowed: list[str] = []
    best: tuple[int, Route, dict[str, str]] | None = None
    for route in routes:
        params = route.path_params(path)
        if params is None:
            continue
        if route.method == method:
            # The most literal template wins (/web-tool/list before /{voiceAgentId}); among
            # equals, the first listed.
            if best is None or len(params) < best[0]:
                best = (len(params), route, params)
            continue
        allowed.append(route.method)
    if best is not None:
        return best[1], best[2]
    if allowed:
        raise ApiError(
            405,
            f"MockHamsa serves only {', '.join(sorted(set(allowed)))} on {path}.",
            "MethodNotAllowed",
            headers={"Allow": ", ".join(sorted(set(allowed)))},
        )
    raise ApiError(404, f"MockHamsa does not serve {method} {path}.", "RouteNotFound")


class RouteTable:
    """``routes`` with their literal paths indexed: most requests name one, and are then found
    without trying every template (a literal path beats a template, see resolve)."""

    def __init__(self, routes: Iterable[Route]) -> None:
        self.routes = tuple(routes)
        self._literal: dict[tuple[str, str], Route] = {}
        for route in self.routes:
            if route.pattern.groups == 0:
                self._literal.setdefault((route.method, route.template), route)

    def resolve(self, method: str, path: str) -> tuple[Route, dict[str, str]]:
        route = self._literal.get((method, path))
        if route is not None:
            return route, {}
        return resolve(self.routes, method, path)

"""A loopback stand-in for the Hamsa API that answers with the API docs' own examples.

Used to synthesize the committed cassettes (there is no real API here to record): each endpoint
of spec/v1.yaml and spec/v2.yaml (ROUTES, checked against the specs by test_completeness.py)
returns its documented response example in tests/fixtures/examples. Where the docs give none,
another endpoint's example with the same response schema answers, or for the export's file a
small placeholder zip, and the route says so. Every answer carries an ``X-Cassette-Source``
header naming its source, so a cassette says that it was synthesized from documentation and is
not a live recording. Date and Server are fixed so re-synthesizing gives the same files.
"""

from __future__ import annotations

import io
import json
import re
import threading
import wave
import zipfile
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

EXAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "examples"
FIXED_DATE = "Wed, 01 Jan 2025 00:00:00 GMT"
SERVER_NAME = "hamsa-docs-examples"
# What a synthesized cassette names as the host instead of the server's loopback address.
EXAMPLES_HOST = "docs-examples.invalid"
WORKBOOK_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_PLACEHOLDER = re.compile(r"\{\w+\}")


@dataclass(frozen=True)
class Route:
    """``method template`` (as the spec writes the path) answered with a documented example."""

    method: str
    template: str
    example: str
    """tests/fixtures/examples/<example>.json, or WORKBOOK for the export's file."""
    stand_in: str = ""
    """Why another endpoint's example answers, when the docs give none for this one."""
    pattern: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        parts = _PLACEHOLDER.split(self.template)
        regex = "[^/]+".join(re.escape(part) for part in parts)
        object.__setattr__(self, "pattern", re.compile(regex))

    @property
    def placeholders(self) -> int:
        return len(_PLACEHOLDER.findall(self.template))


WORKBOOK = "workbook"
WAV = "wav"
TOKEN = "token"
NO_AUDIO = "no documented file; a tiny silent WAV"
SAME_WEB_TOOL = "no documented example; the get-a-web-tool example (same WebToolResponse schema)"
ROUTES: tuple[Route, ...] = (
    # API v2
    Route("POST", "/v2/voice-agents", "v2_create_voice_agent.response"),
    Route("GET", "/v2/voice-agents", "v2_list_voice_agents.response"),
    Route("GET", "/v2/voice-agents/{voiceAgentId}", "v2_get_voice_agent.response"),
    Route(
        "PATCH",
        "/v2/voice-agents/{voiceAgentId}",
        "v2_get_voice_agent.response",
        stand_in="the documented example is cut off; the get-an-agent example (same schema)",
    ),
    Route("POST", "/v2/voice-agents/web-tool", "v2_create_web_tool.response"),
    Route("PATCH", "/v2/voice-agents/web-tool/{id}", "v2_update_web_tool.response"),
    Route("GET", "/v2/voice-agents/web-tool/list", "v2_list_web_tools.response"),
    # API v1: agents and calls
    Route("POST", "/v1/voice-agents/call", "v1_start_call.response"),
    Route("POST", "/v1/voice-agents/clone", "v1_clone_voice_agent.response"),
    Route("PATCH", "/v1/voice-agents/{voiceAgentId}", "v1_update_voice_agent.response"),
    Route("GET", "/v1/voice-agents/{voiceAgentId}", "v1_get_voice_agent.response"),
    Route("POST", "/v1/voice-agents", "v1_create_voice_agent_older_webhook.response"),
    Route("GET", "/v1/voice-agents", "v1_list_voice_agents_older_webhook.response"),
    Route("POST", "/v1/voice-agents/phone-number/call", "v1_call_phone_number.response"),
    Route(
        "POST",
        "/v1/voice-agents/twilio/call",
        "v1_start_call.response",
        stand_in="no documented example; the start-a-call example (same CallResponse schema)",
    ),
    # conversations and analytics
    Route("GET", "/v1/voice-agents/conversation/{conversationId}", "v1_get_conversation.response"),
    Route(
        "GET",
        "/v1/voice-agents/conversation/{conversationId}/terminate",
        "v1_terminate_conversation.response",
    ),
    Route("GET", "/v1/voice-agents/conversations/minimal-list", "v1_list_minimal_calls.response"),
    Route(
        "GET",
        "/v1/agent-analytics/conversations/export",
        WORKBOOK,
        stand_in="no documented file; a small placeholder zip, not a real workbook",
    ),
    Route("GET", "/v1/agent-analytics/overview", "v1_agent_analytics_overview.response"),
    Route("GET", "/v1/agent-analytics/satisfaction", "v1_agent_analytics_satisfaction.response"),
    # web tools
    Route("POST", "/v1/voice-agents/web-tool", "v1_get_web_tool.response", SAME_WEB_TOOL),
    Route("GET", "/v1/voice-agents/web-tool/list", "v1_list_web_tools.response"),
    Route("POST", "/v1/voice-agents/web-tool/test-api-tool", "v1_test_api_tool.response"),
    Route("GET", "/v1/voice-agents/web-tool/{webToolId}", "v1_get_web_tool.response"),
    Route(
        "PATCH", "/v1/voice-agents/web-tool/{webToolId}", "v1_get_web_tool.response", SAME_WEB_TOOL
    ),
    # knowledge base
    Route("POST", "/v1/voice-agents/knowledge-base", "v1_create_knowledge_base_items.response"),
    Route("GET", "/v1/voice-agents/knowledge-base/list", "v1_list_knowledge_base_items.response"),
    Route(
        "GET",
        "/v1/voice-agents/knowledge-base/{knowledgeBaseItemId}",
        "v1_get_knowledge_base_item.response",
    ),
    Route(
        "PATCH",
        "/v1/voice-agents/knowledge-base/{knowledgeBaseItemId}",
        "v1_update_knowledge_base_item.response",
    ),
    Route(
        "DELETE",
        "/v1/voice-agents/knowledge-base/{knowledgeBaseItemId}/url",
        "v1_delete_knowledge_base_item_url.response",
    ),
    # voice dictionaries
    Route("POST", "/v1/voice-agents/voice-dictionaries", "v1_create_voice_dictionary.response"),
    Route("GET", "/v1/voice-agents/voice-dictionaries/list", "v1_list_voice_dictionaries.response"),
    Route(
        "POST",
        "/v1/voice-agents/voice-dictionaries/toggle-activation",
        "v1_toggle_voice_dictionary_activation.response",
    ),
    Route(
        "PATCH",
        "/v1/voice-agents/voice-dictionaries/{voiceDictionaryId}",
        "v1_update_voice_dictionary.response",
    ),
    # phone numbers
    Route("POST", "/v1/voice-agents/phone-number", "v1_add_phone_number.response"),
    Route("GET", "/v1/voice-agents/phone-number/list", "v1_list_phone_numbers.response"),
    Route("POST", "/v1/voice-agents/assign-number", "v1_assign_phone_number.response"),
    Route("POST", "/v1/voice-agents/unassign", "v1_unassign_phone_number.response"),
    Route("POST", "/v1/voice-agents/twilio/phone-number", "v1_add_twilio_number_legacy.response"),
    # speech: jobs, realtime TTS/STT, voices, AI content, statistics, web calls
    Route("POST", "/v1/jobs/transcribe", "v1_transcribe.response"),
    Route("GET", "/v1/jobs", "v1_get_job.response"),
    Route("POST", "/v1/jobs/all", "v1_list_jobs.response"),
    Route("POST", "/v1/jobs/text-to-speech", "v1_text_to_speech_job_legacy.response"),
    Route("POST", "/v1/realtime/tts", WAV, stand_in=NO_AUDIO),
    Route("POST", "/v1/realtime/tts-stream", WAV, stand_in=NO_AUDIO),
    Route("POST", "/v1/realtime/stt", "v1_realtime_stt.response"),
    Route("POST", "/v1/jobs/ai-content", "v1_create_ai_content.response"),
    Route("GET", "/v1/jobs/ai-content", "v1_get_ai_content.response"),
    Route("POST", "/v1/jobs/ai-content/custom", "v1_custom_ai_content.response"),
    Route("GET", "/v1/projects/statistics/numbers", "v1_statistics_numbers.response"),
    Route("GET", "/v1/projects/statistics/chart", "v1_statistics_chart.response"),
    Route(
        "POST",
        "/v1/voice-agents/room/participant-token",
        TOKEN,
        stand_in="documented only by the JS SDK's source; a placeholder token",
    ),
    Route("POST", "/v2/jobs", "v2_create_job_transcription.response"),
    Route("GET", "/v2/jobs", "v2_list_jobs.response"),
    Route(
        "POST",
        "/v2/jobs/generate-transcription-ai-content",
        "v2_generate_transcription_ai_content.response",
    ),
    Route("GET", "/v2/jobs/view/{jobId}", "v2_get_job.response"),
    Route("POST", "/v2/tts/voices", "v2_create_tts_voice.response"),
    Route("POST", "/v2/tts/voices/preview", "v2_preview_tts_voice.response"),
    Route(
        "POST",
        "/v2/tts/voices/extract-transcription",
        "v2_extract_transcription_from_voice_audio.response",
    ),
    Route("POST", "/v2/tts/voices/custom/preload", "v2_preload_custom_voice.response"),
)


def find_route(method: str, path: str) -> Route | None:
    """The route answering ``method path``; a literal path wins over a template
    (``/web-tool/list`` over ``/web-tool/{webToolId}``)."""
    matching = [r for r in ROUTES if r.method == method and r.pattern.fullmatch(path)]
    return min(matching, key=lambda route: route.placeholders, default=None)


def placeholder_workbook() -> bytes:
    """The export's answer: the docs show no file, so a tiny zip (an .xlsx is a zip) that says
    what it is. Fixed timestamps: the same bytes every time."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as archive:
        info = zipfile.ZipInfo("README.txt", date_time=(2025, 1, 1, 0, 0, 0))
        archive.writestr(
            info, "Placeholder for the conversations export: the API docs show no workbook.\n"
        )
    return buffer.getvalue()


def placeholder_wav() -> bytes:
    """Realtime TTS's answer: the docs show no audio, so 10 ms of silence (16 kHz mono PCM)."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as audio:
        audio.setnchannels(1)
        audio.setsampwidth(2)
        audio.setframerate(16_000)
        audio.writeframes(b"\x00\x00" * 160)
    return buffer.getvalue()


def route_body(route: Route) -> tuple[bytes, str]:
    """The bytes and content type a route answers with."""
    if route.example == WORKBOOK:
        return placeholder_workbook(), WORKBOOK_TYPE
    if route.example == WAV:
        return placeholder_wav(), "audio/wav"
    if route.example == TOKEN:
        token = {"liveKitAccessToken": "placeholder.livekit.token", "jobId": "placeholder-job"}
        return json.dumps({"success": True, "data": token}).encode(), "application/json"
    body = json.loads((EXAMPLES / f"{route.example}.json").read_text())
    return json.dumps(body).encode(), "application/json"


class ExamplesServer:
    """``with ExamplesServer() as server: Hamsa(base_url=server.url, ...)``."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, str]] = []
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> ExamplesServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)

    def __enter__(self) -> ExamplesServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


def _handler(server: ExamplesServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _answer(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            path = self.path.split("?", 1)[0]
            server.requests.append((self.command, path))
            if not self.headers.get("Authorization"):
                self._send_json(401, {"success": False, "message": "missing Authorization"})
                return
            route = find_route(self.command, path)
            if route is None:
                self._send_json(404, {"success": False, "message": "no documented example"})
                return
            payload, content_type = route_body(route)
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(payload)))
            source = (
                "a placeholder file"
                if route.example in (WORKBOOK, WAV, TOKEN)
                else f"the documented example tests/fixtures/examples/{route.example}.json"
            )
            stand_in = f" ({route.stand_in})" if route.stand_in else ""
            self.send_header(
                "X-Cassette-Source",
                f"synthesized from {source}{stand_in}; not a live recording",
            )
            self.end_headers()
            self.wfile.write(payload)

        do_POST = do_PATCH = do_GET = do_DELETE = _answer

        def _send_json(self, status: int, body: Any) -> None:
            payload = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def version_string(self) -> str:
            return SERVER_NAME

        def date_time_string(self, timestamp: float | None = None) -> str:
            return FIXED_DATE

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler

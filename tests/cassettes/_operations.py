"""Every public operation of the client, each with the cassette that answers it.

Each entry makes exactly one request. The sync and async clients, and the plain and raw
variants of an operation, send the same request, so they replay the same cassette.

The public operations are the methods of the hamsa-level resources (client.voice_agents,
client.calls, ...) and the generated ``client.v1.<tag>.<operationId>`` /
``client.v2.<tag>.<operationId>``; test_completeness.py checks that this table covers every one
of them (see _public_api.py). Lists are iterated to the end, as users do; the documented pages
are short, so that is one request. Wherever an operation takes a secret (an llm apiKey, a
webhookAuth secret, a web tool's authToken or Authorization header, a Twilio auth token), the
request carries one of the tests' own, so the scrubbing and the secret scan see it.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import hamsa
from hamsa.v1.models import (
    AddPhoneNumberRequest,
    AddTwilioNumberRequest,
    AiContentJob,
    AiContentJobResponse,
    AnalyticsOverview,
    AnalyticsOverviewResponse,
    AnalyticsPeriod,
    AnalyticsSatisfaction,
    AnalyticsSatisfactionResponse,
    ApiToolTestEvent,
    ApiToolTestRequest,
    AssignPhoneNumberRequest,
    Call,
    CallResponse,
    CallStatus,
    CloneVoiceAgentRequest,
    Conversation,
    ConversationResponse,
    ConversationSummary,
    ConversationSummaryPageResponse,
    CreateAiContentRequest,
    CreateKnowledgeBaseItemsRequest,
    CreateVoiceDictionaryRequest,
    CustomAiContentRequest,
    DeleteKnowledgeBaseItemUrlRequest,
    ExportCallStatus,
    GetJobResponse,
    JobId,
    JobResultResponse,
    JobSummaryPageResponse,
    KnowledgeBaseItem,
    KnowledgeBaseItemPageResponse,
    KnowledgeBaseItemResponse,
    ListJobsRequest,
    ParticipantToken,
    ParticipantTokenRequest,
    ParticipantTokenResponse,
    PhoneNumber,
    PhoneNumberCall,
    PhoneNumberCallRequest,
    PhoneNumberCallResponse,
    PhoneNumberListResponse,
    PhoneNumberProvider,
    PhoneNumberResponse,
    RealtimeSttRequest,
    RealtimeSttResponse,
    RealtimeTtsRequest,
    ResponseEnvelope,
    StartCallRequest,
    StatisticsChart,
    StatisticsChartResponse,
    StatisticsNumbers,
    StatisticsNumbersResponse,
    TextToSpeechJobRequest,
    ToggleVoiceDictionaryActivationRequest,
    TranscribeRequest,
    TwilioCallRequest,
    TwilioNumber,
    TwilioNumberResponse,
    UnassignPhoneNumberRequest,
    UnassignPhoneNumberResponse,
    UpdateKnowledgeBaseItemRequest,
    UpdateVoiceAgentRequest,
    UpdateVoiceDictionaryRequest,
    VoiceAgentPageResponse,
    VoiceDictionary,
    VoiceDictionaryPageResponse,
    VoiceDictionaryResponse,
    VoiceDictionarySummary,
    WebTool,
)
from hamsa.v1.models import CreateVoiceAgentRequest as V1CreateVoiceAgentRequest
from hamsa.v1.models import CreateWebToolRequest as V1CreateWebToolRequest
from hamsa.v1.models import Job as V1Job
from hamsa.v1.models import JobIdResponse as V1JobIdResponse
from hamsa.v1.models import JobSummary as V1JobSummary
from hamsa.v1.models import UpdateWebToolRequest as V1UpdateWebToolRequest
from hamsa.v1.models import VoiceAgentResponse as V1AgentResponse
from hamsa.v1.models import WebToolPageResponse as V1WebToolPageResponse
from hamsa.v1.models import WebToolResponse as V1WebToolResponse
from hamsa.v2.models import (
    CreatedVoice,
    CreatedVoiceResponse,
    CreateJobRequest,
    CreateVoiceAgentRequest,
    CreateVoiceRequest,
    ExtractedTranscription,
    ExtractedTranscriptionResponse,
    ExtractTranscriptionRequest,
    GenerateTranscriptionAiContentRequest,
    JobPageResponse,
    Language,
    PreloadVoiceRequest,
    PreloadVoiceResponse,
    PreviewVoiceRequest,
    SortOrder,
    VoiceAgentSortField,
    VoiceAgentType,
    VoicePreview,
    VoicePreviewResponse,
)
from hamsa.v2.models import CreateWebToolRequest as V2CreateWebToolRequest
from hamsa.v2.models import Job as V2Job
from hamsa.v2.models import JobId as V2JobId
from hamsa.v2.models import JobIdResponse as V2JobIdResponse
from hamsa.v2.models import JobResponse as V2JobResponse
from hamsa.v2.models import JobSummary as V2JobSummary
from hamsa.v2.models import UpdateVoiceAgentRequest as V2UpdateVoiceAgentRequest
from hamsa.v2.models import UpdateWebToolRequest as V2UpdateWebToolRequest
from hamsa.v2.models import VoiceAgentPageResponse as V2AgentPageResponse
from hamsa.v2.models import VoiceAgentResponse as V2AgentResponse
from hamsa.v2.models import WebToolPageResponse as V2WebToolPageResponse
from hamsa.v2.models import WebToolResponse as V2WebToolResponse
from hamsa.v2.models import WebToolType as V2WebToolType

from ._support import (
    LLM_API_KEY,
    TOOL_API_KEY,
    TOOL_AUTH_TOKEN,
    TOOL_HEADER_SECRET,
    WEBHOOK_SECRET,
    Target,
)

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
# A web tool as client.web_tools takes it, with a token and an Authorization header to scrub.
WEB_TOOL_FIELDS: dict[str, Any] = {
    "type": "FUNCTION",
    "name": "Order status (cassette)",
    "description": "Looks up the status of an order by its number.",
    "async_": False,
    "tool_settings": {
        "server_url": "https://api.example.com/orders/{orderId}",
        "method_type": "GET",
        "auth_token": TOOL_AUTH_TOKEN,
        "time_out": 10,
        "http_headers": {"Authorization": f"Bearer {TOOL_HEADER_SECRET}", "Accept": "text/json"},
        "path_parameters": {"orderId": "{{order_id}}"},
    },
    "messages": [{"type": "REQUEST_START", "content": "Let me check that order."}],
    "params": {
        "type": "object",
        "properties": {"order_id": {"type": "string", "description": "The order number"}},
        "required": ["order_id"],
    },
}
WEB_TOOL_UPDATE_FIELDS: dict[str, Any] = {
    "description": "Looks up an order's status and delivery date.",
    "tool_settings": {
        "server_url": "https://api.example.com/v2/orders/{orderId}",
        "method_type": "GET",
        "auth_token": TOOL_AUTH_TOKEN,
        "http_headers": {"Authorization": f"Bearer {TOOL_HEADER_SECRET}"},
    },
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
V1_CREATE_BODY: dict[str, Any] = {
    "agentName": "Support (v1 cassette)",
    "greetingMessage": "Hello {{name}}, how can I help?",
    "preamble": "You are a support agent.",
    "lang": "en",
    "type": "Single Prompt",
    "maxCallDuration": 240,
    "params": {"name": "Sara"},
    "tools": {"genderDetection": False, "smartCallEnd": True},
    "llmConfig": {
        "provider": "OpenAI",
        "modelName": "GPT-4.1",
        "temperature": 0.2,
        "apiKey": LLM_API_KEY,
    },
    "webhookUrl": "https://example.com/hamsa-webhook",
    "webhookAuth": {"authKey": "Token", "authSecret": WEBHOOK_SECRET},
}
V1_INLINE_AGENT: dict[str, Any] = {
    "agentName": "Inline (v1 cassette)",
    "greetingMessage": "Hi {{name}}",
    "preamble": "Be brief.",
    "lang": "en",
    "llmConfig": {"provider": "OpenAI", "modelName": "GPT-4.1", "apiKey": LLM_API_KEY},
    "webhookUrl": "https://example.com/hamsa-call-events",
    "webhookAuth": {"authKey": "Bearer", "authSecret": WEBHOOK_SECRET},
}
V1_WEB_TOOL_BODY: dict[str, Any] = {
    "type": "FUNCTION",
    "name": "Order status (v1 cassette)",
    "description": "Looks up the status of an order by its number.",
    "async": False,
    "toolSettings": {
        "serverUrl": "https://api.example.com/orders/{orderId}",
        "methodType": "GET",
        "authToken": TOOL_AUTH_TOKEN,
        "timeOut": 10,
        "httpHeaders": {"Authorization": f"Bearer {TOOL_HEADER_SECRET}"},
        "pathParameters": {"orderId": "{{order_id}}"},
    },
    "messages": [{"type": "REQUEST_START", "content": "Let me check that order."}],
    "params": {"type": "object", "properties": {"order_id": {"type": "string"}}},
}
V2_CREATE_BODY: dict[str, Any] = {
    "name": "Support (v2 cassette)",
    "conversation": {"greetingMessage": "Welcome!", "preamble": "You are a support agent."},
    "voice": {"voiceId": "en-US-Neural2-A", "lang": "en"},
    "llm": {"provider": "openai", "model": "gpt-4.1", "apiKey": LLM_API_KEY},
    "callSettings": {"maxCallDuration": 240, "interrupt": True},
    "webhookAuth": {"authKey": "Token", "authSecret": WEBHOOK_SECRET},
}
V2_UPDATE_BODY: dict[str, Any] = {
    "name": "Support (v2 renamed)",
    "conversation": {"greetingMessage": "Welcome back!"},
    "llm": {"provider": "openai", "model": "gpt-4.1", "temperature": 0.4, "apiKey": LLM_API_KEY},
    "callSettings": {"maxCallDuration": 200, "smartCallEnd": True},
    "webhookUrl": "https://example.com/hamsa-webhook",
    "webhookAuth": {"authKey": "Token", "authSecret": WEBHOOK_SECRET},
}
V2_WEB_TOOL_BODY: dict[str, Any] = {
    "type": "FUNCTION",
    "name": "Order status (v2 cassette)",
    "description": "Looks up the status of an order by its number.",
    "async": False,
    "toolSettings": {
        "serverUrl": "https://api.example.com/orders/{orderId}",
        "methodType": "GET",
        "authToken": TOOL_AUTH_TOKEN,
        "timeOut": 10,
        "httpHeaders": {"Authorization": f"Bearer {TOOL_HEADER_SECRET}"},
        "pathParameters": {"orderId": "{{order_id}}"},
    },
    "messages": [{"type": "REQUEST_START", "content": "Let me check that order."}],
    "params": {"type": "object", "properties": {"order_id": {"type": "string"}}},
}
# 2025-01-01T00:00:00Z to 2025-01-01T23:59:59.999Z, in epoch milliseconds.
START_MS, END_MS = 1735689600000, 1735775999999

_TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$")


def same_json(data: Any) -> Any:
    """JSON with its timestamps as instants: the models write "...13.221Z" back as
    "...13.221000+00:00", the same moment."""
    if isinstance(data, dict):
        return {key: same_json(value) for key, value in data.items()}
    if isinstance(data, list):
        return [same_json(item) for item in data]
    if isinstance(data, str) and _TIMESTAMP.match(data):
        return datetime.fromisoformat(data)
    return data


# --- what each result must be -------------------------------------------------------------------
# A check gets the parsed result, and the body the cassette played back (its JSON, or its bytes
# for a file), or None while the cassette is being recorded.

Check = Callable[[Any, Any], None]


def _unified_agent(api_version: str) -> Check:
    def check(agent: Any, recorded: Any) -> None:
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


def _call(call: Any, recorded: Any) -> None:
    assert isinstance(call, Call)
    assert isinstance(call.id, str) and call.id
    if recorded is not None:
        assert same_json(call.to_wire()) == same_json(recorded["data"])


def _data(model: type[Any]) -> Check:
    """The envelope's ``data``, parsed as ``model`` and written back losslessly."""

    def check(result: Any, recorded: Any) -> None:
        assert isinstance(result, model)
        if recorded is not None:
            assert same_json(result.to_wire()) == same_json(recorded["data"])

    return check


def _envelope(model: type[Any]) -> Check:
    """The whole body, parsed as ``model``: every field, known or not, comes back out."""

    def check(response: Any, recorded: Any) -> None:
        assert isinstance(response, model)
        if recorded is not None:
            assert same_json(response.to_wire()) == same_json(recorded)

    return check


def _items(result: Any) -> list[Any]:
    """A list's items: all of them (the plain method), or one Page's (the raw twin)."""
    if isinstance(result, hamsa.Page):
        assert result.number == 1
        return list(result.items)
    assert isinstance(result, list)
    return result


def _page(model: type[Any], key: str | None) -> Check:
    """Items of ``model``, the list at ``data.<key>`` (``data`` itself when key is None)."""

    def check(result: Any, recorded: Any) -> None:
        items = _items(result)
        assert all(isinstance(item, model) for item in items)
        if recorded is not None:
            expected = recorded["data"] if key is None else recorded["data"][key]
            assert [same_json(item.to_wire()) for item in items] == same_json(expected)
            assert items, "the documented page has items"

    return check


def _agent_page(result: Any, recorded: Any) -> None:
    agents = _items(result)
    assert all(isinstance(agent, hamsa.VoiceAgent) for agent in agents)
    assert all(agent.api_version == "v2" for agent in agents)
    if recorded is not None:
        assert [agent.raw for agent in agents] == recorded["data"]["voiceAgents"]
        assert agents


def _workbook(result: Any, recorded: Any) -> None:
    """The export's bytes, returned or (with ``to=``) written to the path returned."""
    if isinstance(result, Path):
        assert result.name == EXPORT_FILE_NAME and result.is_file()
        assert not list(result.parent.glob(".*.part")), "no partial file is left behind"
        result = result.read_bytes()
    assert isinstance(result, bytes) and result
    if recorded is not None:
        assert result == recorded


# --- the table ------------------------------------------------------------------------------------

EXPORT_FILE_NAME = "conversations.xlsx"


@dataclass(frozen=True)
class Operation:
    """``client.<resource>.<method>(**arguments(target))``, answered by ``cassette``."""

    resource: str
    method: str
    arguments: Callable[[Target], dict[str, Any]]
    check: Check
    """Asserts on the parsed result; compares it with the recorded body when replayed."""
    cassette: str
    variant: str = ""
    raw: bool = True
    """Also replayed through its raw twin (False: the method has none, e.g. conversations.wait,
    or the variant is the plain method's alone, e.g. export to a file)."""
    to_file: bool = False
    """Called with ``to=<a file in the test's temporary directory>``."""
    warns: type[Warning] | None = None
    """The warning the call must give (calls.start_twilio is deprecated)."""
    raw_arguments: Callable[[Target], dict[str, Any]] | None = None
    """The raw twin's arguments, where they differ (stt.transcribe's twin takes base64)."""
    raises: type[BaseException] | None = None
    """The error the call must end with (jobs.wait on a job that stays PENDING)."""

    @property
    def name(self) -> str:
        """The public operation this entry covers, e.g. ``v1.calls.start_call``."""
        return f"{self.resource}.{self.method}"

    @property
    def id(self) -> str:
        return self.name + (f"-{self.variant}" if self.variant else "")

    def call(
        self, client: Any, target: Target, *, raw: bool = False, workdir: Path | None = None
    ) -> Any:
        """The plain method, or its raw variant: ``with_raw_response`` on the hand-written
        resources, ``<method>_with_response`` on the generated v1/v2 ones. A paginator is
        iterated to the end (async: the coroutine that does so is returned)."""
        owner = client
        for name in self.resource.split("."):
            owner = getattr(owner, name)
        method = self.method
        if raw and self.resource.startswith(("v1.", "v2.")):
            method += "_with_response"
        elif raw:
            owner = owner.with_raw_response
        arguments = (self.raw_arguments if raw and self.raw_arguments else self.arguments)(target)
        if self.to_file:
            assert workdir is not None, f"{self.id} writes a file: pass a workdir"
            arguments["to"] = workdir / EXPORT_FILE_NAME
        return collect(getattr(owner, method)(**arguments))


def collect(result: Any) -> Any:
    from hamsa._download import AsyncByteStream, ByteStream

    if isinstance(result, ByteStream):
        return b"".join(result)
    if isinstance(result, AsyncByteStream):
        stream = result

        async def every_chunk() -> bytes:
            return b"".join([chunk async for chunk in stream])

        return every_chunk()
    if isinstance(result, hamsa.SyncPaginator):
        return list(result)
    if isinstance(result, hamsa.AsyncPaginator):
        paginator = result

        async def every_item() -> list[Any]:
            return [item async for item in paginator]

        return every_item()
    return result


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


def _period(t: Target) -> dict[str, Any]:
    """The analytics/export query in the hand-written resources' terms."""
    return {
        "voice_agent_id": t.agent_id,
        "period": "CUSTOM",
        "start_period": START_MS,
        "end_period": END_MS,
        "time_difference": -3,
    }


def _v1_period(t: Target) -> dict[str, Any]:
    """The same query as the generated v1 operations take it."""
    return {
        "voice_agent_id": t.agent_id,
        "period": AnalyticsPeriod.CUSTOM,
        "start_period": str(START_MS),
        "end_period": str(END_MS),
        "time_difference": "-3",
    }


def _export(t: Target) -> dict[str, Any]:
    return {"status": "COMPLETED", **_period(t)}


def _knowledge_base_items() -> list[dict[str, Any]]:
    return [
        {
            "item_name": "Return policy (cassette)",
            "type": "TEXT",
            "content": "Items can be returned within 30 days of delivery.",
        }
    ]


def _words(*pairs: tuple[str, str]) -> list[dict[str, str]]:
    return [{"word": word, "pronunciation": said} for word, said in pairs]


HAMSA = "Hamsa", "HAHM-sah"
ACETAMINOPHEN = "acetaminophen", "uh-SEE-tuh-MIN-uh-fen"

RESOURCE_OPERATIONS: tuple[Operation, ...] = (
    # voice_agents
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
        "voice_agents",
        "get",
        lambda t: {"agent_id": t.agent_id},
        _unified_agent("v2"),
        cassette="voice_agents.get",
    ),
    Operation(
        "voice_agents",
        "list",
        lambda t: {
            "search": "Support",
            "type": ["Single Prompt", "Flow Agent"],
            "language": ["en", "ar"],
            "sort_field": "createdAt",
            "sort_order": "desc",
            "page_size": 50,
        },
        _agent_page,
        cassette="voice_agents.list",
    ),
    # calls
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
        "calls",
        "start_with_phone_number",
        lambda t: {
            "to_number": t.to_number,
            "phone_number": t.phone_number,
            "voice_agent_id": t.agent_id,
            "params": {"customer_name": "Sara"},
        },
        _data(PhoneNumberCall),
        cassette="calls.start_with_phone_number.saved_agent",
        variant="saved-agent",
    ),
    Operation(
        "calls",
        "start_with_phone_number",
        lambda t: {
            "to_number": t.to_number,
            "phone_number": t.phone_number,
            "agent": INLINE_AGENT,
            "params": {"name": "Sara"},
        },
        _data(PhoneNumberCall),
        cassette="calls.start_with_phone_number.inline_agent",
        variant="inline-agent",
    ),
    Operation(
        "calls",
        "start_twilio",
        lambda t: {
            "to_number": t.to_number,
            "twilio_phone_number": t.phone_number,
            "voice_agent_id": t.agent_id,
            "params": {"customer_name": "Sara"},
            "webhook_url": "https://example.com/hamsa-call-events",
            "webhook_auth": {"auth_key": "Bearer", "auth_secret": WEBHOOK_SECRET},
        },
        _call,
        cassette="calls.start_twilio",
        warns=DeprecationWarning,
    ),
    # conversations
    Operation(
        "conversations",
        "get",
        lambda t: {"conversation_id": t.conversation_id},
        _data(Conversation),
        cassette="conversations.get",
    ),
    # wait polls get until the call has ended: the documented conversation has (COMPLETED), so
    # it is one request, the same as get's. max_wait=0 keeps it to one request live, too.
    Operation(
        "conversations",
        "wait",
        lambda t: {"conversation_id": t.conversation_id, "poll_interval": 0.01, "max_wait": 0},
        _data(Conversation),
        cassette="conversations.get",
        raw=False,
    ),
    Operation(
        "conversations",
        "terminate",
        lambda t: {"conversation_id": t.conversation_id},
        _envelope(ResponseEnvelope),
        cassette="conversations.terminate",
    ),
    Operation(
        "conversations",
        "list",
        lambda t: {
            "voice_agent_id": t.agent_id,
            "status": ["COMPLETED", "NO_ANSWER"],
            "start_time": START_MS,
            "end_time": END_MS,
            "page_size": 100,
        },
        _page(ConversationSummary, "calls"),
        cassette="conversations.list",
    ),
    Operation(
        "conversations",
        "export",
        lambda t: {"voice_agent_id": t.agent_id, **_export(t)},
        _workbook,
        cassette="conversations.export",
    ),
    # The same request, streamed to a file.
    Operation(
        "conversations",
        "export",
        lambda t: {"voice_agent_id": t.agent_id, **_export(t)},
        _workbook,
        cassette="conversations.export",
        variant="to-file",
        raw=False,
        to_file=True,
    ),
    # web_tools
    Operation(
        "web_tools",
        "create",
        lambda t: WEB_TOOL_FIELDS,
        _data(WebTool),
        cassette="web_tools.create",
    ),
    Operation(
        "web_tools",
        "get",
        lambda t: {"web_tool_id": t.web_tool_id},
        _data(WebTool),
        cassette="web_tools.get",
    ),
    Operation(
        "web_tools",
        "update",
        lambda t: {"web_tool_id": t.web_tool_id, **WEB_TOOL_UPDATE_FIELDS},
        _data(WebTool),
        cassette="web_tools.update",
    ),
    Operation(
        "web_tools",
        "list",
        lambda t: {"voice_agent_id": t.agent_id, "is_active": True, "page_size": 50},
        _page(WebTool, "items"),
        cassette="web_tools.list",
    ),
    Operation(
        "web_tools",
        "test",
        lambda t: {
            "project_id": t.project_id,
            "server_url": "https://api.example.com/orders/A-1001",
            "method": "GET",
            "api_key": TOOL_API_KEY,
            "user_id": t.user_id,
            "auth_prefix": "Bearer",
            "auth_token": TOOL_AUTH_TOKEN,
            "tool_timeout": 5,
            "http_headers": {"Authorization": f"Bearer {TOOL_HEADER_SECRET}"},
            "query_params": {"fields": "status"},
            "body": {"order_id": "A-1001"},
        },
        _envelope(ApiToolTestEvent),
        cassette="web_tools.test",
    ),
    # knowledge_base
    Operation(
        "knowledge_base",
        "create",
        lambda t: {"items": _knowledge_base_items()},
        _data(KnowledgeBaseItem),
        cassette="knowledge_base.create",
    ),
    Operation(
        "knowledge_base",
        "get",
        lambda t: {"knowledge_base_item_id": t.knowledge_base_item_id},
        _data(KnowledgeBaseItem),
        cassette="knowledge_base.get",
    ),
    Operation(
        "knowledge_base",
        "update",
        lambda t: {
            "knowledge_base_item_id": t.knowledge_base_item_id,
            "item_name": "Return policy (renamed)",
        },
        _data(KnowledgeBaseItem),
        cassette="knowledge_base.update",
    ),
    Operation(
        "knowledge_base",
        "delete_url",
        lambda t: {
            "knowledge_base_item_id": t.knowledge_base_item_id,
            "url": "https://example.com/returns",
        },
        _envelope(ResponseEnvelope),
        cassette="knowledge_base.delete_url",
    ),
    Operation(
        "knowledge_base",
        "list",
        lambda t: {
            "voice_agent_id": t.agent_id,
            "is_active": True,
            "used": True,
            "type": ["TEXT", "URL"],
            "page_size": 50,
        },
        _page(KnowledgeBaseItem, "items"),
        cassette="knowledge_base.list",
    ),
    # voice_dictionaries
    Operation(
        "voice_dictionaries",
        "create",
        lambda t: {"name": "Brand names (cassette)", "words": _words(HAMSA)},
        _data(VoiceDictionary),
        cassette="voice_dictionaries.create",
    ),
    Operation(
        "voice_dictionaries",
        "update",
        lambda t: {
            "voice_dictionary_id": t.voice_dictionary_id,
            "name": "Brand and drug names (cassette)",
            "words": _words(HAMSA, ACETAMINOPHEN),
        },
        _data(VoiceDictionary),
        cassette="voice_dictionaries.update",
    ),
    Operation(
        "voice_dictionaries",
        "toggle_activation",
        lambda t: {
            "dictionary_id": t.voice_dictionary_id,
            "voice_agent_id": t.agent_id,
            "is_active": True,
        },
        _envelope(ResponseEnvelope),
        cassette="voice_dictionaries.toggle_activation",
    ),
    Operation(
        "voice_dictionaries",
        "list",
        lambda t: {"used": True, "voice_agent_id": t.agent_id, "page_size": 50},
        _page(VoiceDictionarySummary, "dictionaries"),
        cassette="voice_dictionaries.list",
    ),
    # phone_numbers
    Operation(
        "phone_numbers",
        "add",
        lambda t: {
            "type": "TWILIO",
            "phone_number": t.phone_number,
            "label": "Support line (cassette)",
            "twilio_account_sid": t.twilio_account_sid,
            "twilio_auth_token": t.twilio_auth_token,
        },
        _data(PhoneNumber),
        cassette="phone_numbers.add",
    ),
    Operation(
        "phone_numbers",
        "list",
        lambda t: {"voice_agent_id": t.agent_id, "provider": "TWILIO", "page_size": 50},
        _page(PhoneNumber, None),
        cassette="phone_numbers.list",
    ),
    Operation(
        "phone_numbers",
        "assign",
        lambda t: {"phone_number": t.phone_number, "voice_agent_id": t.agent_id},
        _data(PhoneNumber),
        cassette="phone_numbers.assign",
    ),
    Operation(
        "phone_numbers",
        "unassign",
        lambda t: {"phone_number": t.phone_number},
        _envelope(UnassignPhoneNumberResponse),
        cassette="phone_numbers.unassign",
    ),
    # analytics
    Operation(
        "analytics",
        "overview",
        _period,
        _data(AnalyticsOverview),
        cassette="analytics.overview",
    ),
    Operation(
        "analytics",
        "satisfaction",
        lambda t: {"voice_agent_id": t.agent_id, "period": "THIS_WEEK", "time_difference": "5.5"},
        _data(AnalyticsSatisfaction),
        cassette="analytics.satisfaction",
    ),
)


def _generated(
    resource: str, method: str, arguments: Callable[[Target], dict[str, Any]], check: Check
) -> Operation:
    """A generated v1/v2 operation, with a cassette of its own name."""
    return Operation(resource, method, arguments, check, cassette=f"{resource}.{method}")


GENERATED_OPERATIONS: tuple[Operation, ...] = (
    # v1 calls
    _generated(
        "v1.calls",
        "start_call",
        lambda t: {
            "body": StartCallRequest(
                to_number=t.to_number, from_number=t.from_number, voice_agent_id=t.agent_id
            )
        },
        _envelope(CallResponse),
    ),
    _generated(
        "v1.calls",
        "start_phone_number_call",
        lambda t: {
            "body": PhoneNumberCallRequest.from_dict(
                {
                    "toNumber": t.to_number,
                    "phoneNumber": t.phone_number,
                    "voiceAgentId": None,
                    "params": {"name": "Sara"},
                    "agentDetails": V1_INLINE_AGENT,
                }
            )
        },
        _envelope(PhoneNumberCallResponse),
    ),
    _generated(
        "v1.calls",
        "start_twilio_call",
        lambda t: {
            "body": TwilioCallRequest.from_dict(
                {
                    "toNumber": t.to_number,
                    "twilioPhoneNumber": t.phone_number,
                    "voiceAgentId": t.agent_id,
                    "params": {"customer_name": "Sara"},
                    "webhookUrl": "https://example.com/hamsa-call-events",
                    "webhookAuth": {"authKey": "Bearer", "authSecret": WEBHOOK_SECRET},
                }
            )
        },
        _envelope(CallResponse),
    ),
    # v1 voice agents
    _generated(
        "v1.voice_agents",
        "create_voice_agent",
        lambda t: {"body": V1CreateVoiceAgentRequest.from_dict(V1_CREATE_BODY)},
        _envelope(V1AgentResponse),
    ),
    _generated(
        "v1.voice_agents",
        "get_voice_agent",
        lambda t: {"voice_agent_id": t.agent_id},
        _envelope(V1AgentResponse),
    ),
    _generated(
        "v1.voice_agents",
        "list_voice_agents",
        lambda t: {"skip": 1, "take": 10},
        _envelope(VoiceAgentPageResponse),
    ),
    _generated(
        "v1.voice_agents",
        "update_voice_agent",
        lambda t: {
            "voice_agent_id": t.agent_id,
            "body": UpdateVoiceAgentRequest.from_dict(V1_UPDATE_BODY),
        },
        _envelope(V1AgentResponse),
    ),
    _generated(
        "v1.voice_agents",
        "clone_voice_agent",
        lambda t: {
            "voice_agent_id": t.agent_id,
            "body": CloneVoiceAgentRequest(agent_name="Support (v1 copy)"),
        },
        _envelope(V1AgentResponse),
    ),
    # v1 conversations
    _generated(
        "v1.conversations",
        "get_conversation",
        lambda t: {"conversation_id": t.conversation_id},
        _envelope(ConversationResponse),
    ),
    _generated(
        "v1.conversations",
        "terminate_conversation",
        lambda t: {"conversation_id": t.conversation_id},
        _envelope(ResponseEnvelope),
    ),
    _generated(
        "v1.conversations",
        "list_conversations",
        lambda t: {
            "voice_agent_id": t.agent_id,
            "status": [CallStatus.COMPLETED, CallStatus.FAILED],
            "start_time": START_MS,
            "end_time": END_MS,
            "page": 1,
            "per_page": 50,
        },
        _envelope(ConversationSummaryPageResponse),
    ),
    _generated(
        "v1.conversations",
        "export_conversations",
        lambda t: {**_v1_period(t), "status": ExportCallStatus.COMPLETED},
        _workbook,
    ),
    # v1 analytics
    _generated(
        "v1.analytics",
        "get_analytics_overview",
        _v1_period,
        _envelope(AnalyticsOverviewResponse),
    ),
    _generated(
        "v1.analytics",
        "get_analytics_satisfaction",
        _v1_period,
        _envelope(AnalyticsSatisfactionResponse),
    ),
    # v1 web tools
    _generated(
        "v1.web_tools",
        "create_web_tool",
        lambda t: {"body": V1CreateWebToolRequest.from_dict(V1_WEB_TOOL_BODY)},
        _envelope(V1WebToolResponse),
    ),
    _generated(
        "v1.web_tools",
        "get_web_tool",
        lambda t: {"web_tool_id": t.web_tool_id},
        _envelope(V1WebToolResponse),
    ),
    _generated(
        "v1.web_tools",
        "update_web_tool",
        lambda t: {
            "web_tool_id": t.web_tool_id,
            "body": V1UpdateWebToolRequest.from_dict(
                {
                    "description": "Looks up an order's status and delivery date.",
                    "toolSettings": {
                        "serverUrl": "https://api.example.com/v2/orders/{orderId}",
                        "methodType": "GET",
                        "authToken": TOOL_AUTH_TOKEN,
                    },
                }
            ),
        },
        _envelope(V1WebToolResponse),
    ),
    _generated(
        "v1.web_tools",
        "list_web_tools",
        lambda t: {"voice_agent_id": t.agent_id, "is_active": True, "skip": 1, "take": 10},
        _envelope(V1WebToolPageResponse),
    ),
    _generated(
        "v1.web_tools",
        "test_api_tool",
        lambda t: {
            "body": ApiToolTestRequest.from_dict(
                {
                    "projectId": t.project_id,
                    "serverUrl": "https://api.example.com/orders/A-1001",
                    "method": "GET",
                    "apiKey": TOOL_API_KEY,
                    "userId": t.user_id,
                    "authPrefix": "Bearer",
                    "authToken": TOOL_AUTH_TOKEN,
                    "timeout": 5,
                    "httpHeaders": {"Authorization": f"Bearer {TOOL_HEADER_SECRET}"},
                    "queryParams": {"fields": "status"},
                    "body": {"order_id": "A-1001"},
                }
            )
        },
        _envelope(ApiToolTestEvent),
    ),
    # v1 knowledge base
    _generated(
        "v1.knowledge_base",
        "create_knowledge_base_items",
        lambda t: {
            "body": CreateKnowledgeBaseItemsRequest.from_dict(
                {
                    "items": [
                        {
                            "itemName": "Shipping FAQ (v1 cassette)",
                            "type": "URL",
                            "itemUrl": "https://example.com/shipping",
                            "itemUrls": ["https://example.com/shipping"],
                        }
                    ]
                }
            )
        },
        _envelope(KnowledgeBaseItemResponse),
    ),
    _generated(
        "v1.knowledge_base",
        "get_knowledge_base_item",
        lambda t: {"knowledge_base_item_id": t.knowledge_base_item_id},
        _envelope(KnowledgeBaseItemResponse),
    ),
    _generated(
        "v1.knowledge_base",
        "list_knowledge_base_items",
        lambda t: {
            "voice_agent_id": t.agent_id,
            "is_active": True,
            "used": "true",
            "skip": "1",
            "take": "10",
            "type": ["TEXT"],
        },
        _envelope(KnowledgeBaseItemPageResponse),
    ),
    _generated(
        "v1.knowledge_base",
        "update_knowledge_base_item",
        lambda t: {
            "knowledge_base_item_id": t.knowledge_base_item_id,
            "body": UpdateKnowledgeBaseItemRequest(item_name="Shipping FAQ (renamed)"),
        },
        _envelope(KnowledgeBaseItemResponse),
    ),
    _generated(
        "v1.knowledge_base",
        "delete_knowledge_base_item_url",
        lambda t: {
            "knowledge_base_item_id": t.knowledge_base_item_id,
            "body": DeleteKnowledgeBaseItemUrlRequest(url="https://example.com/shipping"),
        },
        _envelope(ResponseEnvelope),
    ),
    # v1 voice dictionaries
    _generated(
        "v1.voice_dictionaries",
        "create_voice_dictionary",
        lambda t: {
            "body": CreateVoiceDictionaryRequest.from_dict(
                {"name": "Drug names (v1 cassette)", "words": _words(ACETAMINOPHEN)}
            )
        },
        _envelope(VoiceDictionaryResponse),
    ),
    _generated(
        "v1.voice_dictionaries",
        "list_voice_dictionaries",
        lambda t: {"skip": 1, "take": 10, "used": True, "voice_agent_id": t.agent_id},
        _envelope(VoiceDictionaryPageResponse),
    ),
    _generated(
        "v1.voice_dictionaries",
        "toggle_voice_dictionary_activation",
        lambda t: {
            "body": ToggleVoiceDictionaryActivationRequest(
                dictionary_id=t.voice_dictionary_id, voice_agent_id=t.agent_id, is_active=False
            )
        },
        _envelope(ResponseEnvelope),
    ),
    _generated(
        "v1.voice_dictionaries",
        "update_voice_dictionary",
        lambda t: {
            "voice_dictionary_id": t.voice_dictionary_id,
            "body": UpdateVoiceDictionaryRequest.from_dict({"words": _words(HAMSA)}),
        },
        _envelope(VoiceDictionaryResponse),
    ),
    # v1 phone numbers
    _generated(
        "v1.phone_numbers",
        "add_phone_number",
        lambda t: {
            "body": AddPhoneNumberRequest.from_dict(
                {
                    "type": "TWILIO",
                    "phoneNumber": t.phone_number,
                    "label": "Support line (v1 cassette)",
                    "twilioAccountSid": t.twilio_account_sid,
                    "twilioAuthToken": t.twilio_auth_token,
                }
            )
        },
        _envelope(PhoneNumberResponse),
    ),
    _generated(
        "v1.phone_numbers",
        "list_phone_numbers",
        lambda t: {
            "voice_agent_id": t.agent_id,
            "skip": "1",
            "take": "10",
            "provider": PhoneNumberProvider.TWILIO,
        },
        _envelope(PhoneNumberListResponse),
    ),
    _generated(
        "v1.phone_numbers",
        "assign_phone_number",
        lambda t: {
            "body": AssignPhoneNumberRequest(phone_number=t.phone_number, voice_agent_id=t.agent_id)
        },
        _envelope(PhoneNumberResponse),
    ),
    _generated(
        "v1.phone_numbers",
        "unassign_phone_number",
        lambda t: {"body": UnassignPhoneNumberRequest(phone_number=t.phone_number)},
        _envelope(UnassignPhoneNumberResponse),
    ),
    # v2 voice agents
    _generated(
        "v2.voice_agents",
        "create_voice_agent",
        lambda t: {"body": CreateVoiceAgentRequest.from_dict(V2_CREATE_BODY)},
        _envelope(V2AgentResponse),
    ),
    _generated(
        "v2.voice_agents",
        "get_voice_agent",
        lambda t: {"voice_agent_id": t.agent_id},
        _envelope(V2AgentResponse),
    ),
    _generated(
        "v2.voice_agents",
        "list_voice_agents",
        lambda t: {
            "skip": 1,
            "take": 10,
            "search": "Support",
            "sort_field": VoiceAgentSortField.CREATEDAT,
            "sort_order": SortOrder.DESC,
            "type": [VoiceAgentType.SINGLE_PROMPT],
            "language": [Language.EN, Language.AR],
        },
        _envelope(V2AgentPageResponse),
    ),
    _generated(
        "v2.voice_agents",
        "update_voice_agent",
        lambda t: {
            "voice_agent_id": t.agent_id,
            "body": V2UpdateVoiceAgentRequest.from_dict(V2_UPDATE_BODY),
        },
        _envelope(V2AgentResponse),
    ),
    # v2 web tools
    _generated(
        "v2.web_tools",
        "create_web_tool",
        lambda t: {"body": V2CreateWebToolRequest.from_dict(V2_WEB_TOOL_BODY)},
        _envelope(V2WebToolResponse),
    ),
    _generated(
        "v2.web_tools",
        "update_web_tool",
        lambda t: {
            "id": t.web_tool_id,
            "body": V2UpdateWebToolRequest.from_dict(
                {
                    "description": "Looks up an order's status and delivery date.",
                    "toolSettings": {
                        "serverUrl": "https://api.example.com/v2/orders/{orderId}",
                        "methodType": "GET",
                        "authToken": TOOL_AUTH_TOKEN,
                        "httpHeaders": {"Authorization": f"Bearer {TOOL_HEADER_SECRET}"},
                    },
                }
            ),
        },
        _envelope(V2WebToolResponse),
    ),
    _generated(
        "v2.web_tools",
        "list_web_tools",
        lambda t: {
            "is_active": True,
            "return_uncategorized": False,
            "voice_agent_id": t.agent_id,
            "skip": 1,
            "take": 10,
            "search": "Order",
            "type": V2WebToolType.FUNCTION,
        },
        _envelope(V2WebToolPageResponse),
    ),
)

# --- speech: jobs, TTS, STT, voices, AI content, statistics, web calls --------------------------

MEDIA_URL = "https://cdn.example.com/meeting.mp3"
VOICE_URL = "https://cdn.example.com/voice.wav"
DIALECT_ID = "145a7af6-3614-4bb2-be5d-702000d459ab"
JOB_ID = "ed9b5601-f731-441a-8500-d9fc7610ef8f"
API_KEY_ID = "f47ac10b-58cc-4372-a567-0e02b2c3d479"
PERIOD = {"start_period": "2025-01-01T00:00:00Z", "end_period": "2025-02-01T00:00:00Z"}
WAV_HEADER = (b"RIFF", b"WAVE")
TTS = {"text": "مرحباً بكم في همسة!", "speaker": "Amjad", "dialect": "pls"}
V1_TTS = {"text": "مرحباً بكم في همسة!", "speaker": "Amjad", "dialect": "pls", "mulaw": False}
CLONE = {
    "name": "Support voice (cassette)",
    "audio_url": VOICE_URL,
    "audio_transcription": "مرحباً، أنا مساعدك الصوتي.",
    "language": "ar",
    "tags": ["female", "conversational"],
}
PREVIEW = {
    "audio_url": VOICE_URL,
    "audio_transcription": "مرحباً، هذا مثال على التسجيل الصوتي.",
    "language": "ar",
    "dialect_id": DIALECT_ID,
    "text": "أهلاً بك، هذا مثال لنطق الصوت.",
}
# The SDK's own tiny WAV (silence) sent to speech-to-text.
SILENCE_WAV = (
    b"RIFF$\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00\x80>\x00\x00"
    b"\x00}\x00\x00\x02\x00\x10\x00data\x00\x00\x00\x00"
)


def _audio(result: Any, recorded: Any) -> None:
    """WAV bytes, returned or (with ``to=``) written to the path returned."""
    if isinstance(result, Path):
        assert result.name == EXPORT_FILE_NAME and result.is_file()
        assert not list(result.parent.glob(".*.part")), "no partial file is left behind"
        result = result.read_bytes()
    assert isinstance(result, bytes) and (result[:4], result[8:12]) == WAV_HEADER
    if recorded is not None:
        assert result == recorded


def _transcript(result: Any, recorded: Any) -> None:
    if isinstance(result, RealtimeSttResponse):  # the raw twin's parsed body
        result = result.text
    assert isinstance(result, str)
    if recorded is not None:
        assert result == recorded.get("text", (recorded.get("data") or {}).get("text"))


SPEECH_OPERATIONS: tuple[Operation, ...] = (
    Operation("tts", "generate", lambda t: dict(TTS), _audio, cassette="tts.generate"),
    Operation(
        "tts",
        "generate",
        lambda t: dict(TTS),
        _audio,
        cassette="tts.generate",
        variant="to-file",
        raw=False,
        to_file=True,
    ),
    Operation("tts", "stream", lambda t: dict(TTS), _audio, cassette="tts.stream"),
    Operation(
        "tts",
        "create_job",
        lambda t: {"voice_id": "Amjad", "text": "أهلاً و سهلاً بكم في همسة!"},
        _data(V1Job),
        cassette="tts.create_job",
    ),
    Operation(
        "stt",
        "transcribe",
        lambda t: {"audio": SILENCE_WAV, "language": "ar"},
        _transcript,
        cassette="stt.transcribe",
    ),
    Operation(
        "jobs",
        "transcribe",
        lambda t: {"media_url": MEDIA_URL, "model": "Hamsa-General-V2.0", "language": "ar"},
        _data(JobId),
        cassette="jobs.transcribe",
    ),
    Operation(
        "jobs",
        "create",
        lambda t: {
            "type": "TRANSCRIPTION",
            "api_key": API_KEY_ID,
            "media_url": MEDIA_URL,
            "title": "Meeting Notes",
            "language": "ar",
        },
        _data(V2JobId),
        cassette="jobs.create",
    ),
    Operation(
        "jobs",
        "transcribe_with_ai_content",
        lambda t: {
            "api_key": API_KEY_ID,
            "media_url": MEDIA_URL,
            "title": "Meeting Notes",
            "language": "ar",
            "ai_parts": ["summary"],
        },
        _data(V2JobId),
        cassette="jobs.transcribe_with_ai_content",
    ),
    Operation("jobs", "get", lambda t: {"job_id": JOB_ID}, _data(V1Job), cassette="jobs.get"),
    Operation(
        "jobs",
        "view",
        lambda t: {"job_id": JOB_ID, "project_id": t.project_id},
        _data(V2Job),
        cassette="jobs.view",
    ),
    Operation(
        "jobs",
        "wait",
        lambda t: {"job_id": JOB_ID, "poll_interval": 0, "max_wait": 0},
        lambda result, recorded: None,
        cassette="jobs.get",
        raw=False,
        raises=hamsa.APITimeoutError,  # the documented job is PENDING: it gives up at max_wait
    ),
    Operation(
        "jobs",
        "search",
        lambda t: {"project_id": t.project_id, "status": "PENDING", "page_size": 10},
        _page(V1JobSummary, "jobs"),
        cassette="jobs.search",
    ),
    Operation(
        "jobs",
        "list",
        lambda t: {"project_id": t.project_id, "type": "TRANSCRIPTION", "page_size": 10},
        _page(V2JobSummary, "jobs"),
        cassette="jobs.list",
    ),
    Operation(
        "voices",
        "clone",
        lambda t: {**CLONE, "project_id": t.project_id},
        _data(CreatedVoice),
        cassette="voices.clone",
    ),
    Operation(
        "voices",
        "preview",
        lambda t: {**PREVIEW, "project_id": t.project_id},
        _data(VoicePreview),
        cassette="voices.preview",
    ),
    Operation(
        "voices",
        "extract_transcription",
        lambda t: {"audio_url": VOICE_URL, "language": "en", "project_id": t.project_id},
        _data(ExtractedTranscription),
        cassette="voices.extract_transcription",
    ),
    Operation(
        "voices",
        "preload",
        lambda t: {"voice_id": "your-custom-voice-id"},
        _envelope(PreloadVoiceResponse),
        cassette="voices.preload",
    ),
    Operation(
        "ai_content",
        "create",
        lambda t: {"job_id": JOB_ID, "ai_parts": ["introduction"]},
        _data(AiContentJob),
        cassette="ai_content.create",
    ),
    Operation(
        "ai_content",
        "create_custom",
        lambda t: {
            "job_id": JOB_ID,
            "ai_parts": [{"ai_part": "summary", "language": "ar", "prompt": "Three bullets."}],
            "webhook_auth": {"auth_key": "Bearer", "auth_secret": WEBHOOK_SECRET},
        },
        _data(AiContentJob),
        cassette="ai_content.create_custom",
    ),
    Operation(
        "ai_content",
        "get",
        lambda t: {"job_id": JOB_ID},
        _data(AiContentJob),
        cassette="ai_content.get",
    ),
    Operation(
        "statistics",
        "numbers",
        lambda t: {**PERIOD, "project_id": t.project_id},
        _data(StatisticsNumbers),
        cassette="statistics.numbers",
    ),
    Operation(
        "statistics",
        "chart",
        lambda t: {**PERIOD, "project_id": t.project_id},
        _data(StatisticsChart),
        cassette="statistics.chart",
    ),
    Operation(
        "web_calls",
        "create_token",
        lambda t: {"voice_agent_id": t.agent_id, "params": {"name": "Sara"}},
        _data(ParticipantToken),
        cassette="web_calls.create_token",
    ),
    Operation(
        "phone_numbers",
        "add_twilio",
        lambda t: {
            "phone_number": t.phone_number,
            "label": "Support line (legacy cassette)",
            "twilio_number_sid": "PN00000000000000000000000000000000",
            "twilio_account_sid": t.twilio_account_sid,
            "twilio_auth_token": t.twilio_auth_token,
        },
        _data(TwilioNumber),
        cassette="phone_numbers.add_twilio",
    ),
    # the generated per-version twins
    _generated(
        "v1.jobs",
        "transcribe",
        lambda t: {
            "body": TranscribeRequest.from_dict(
                {"mediaUrl": MEDIA_URL, "model": "Hamsa-General-V2.0", "language": "ar"}
            )
        },
        _envelope(V1JobIdResponse),
    ),
    _generated("v1.jobs", "get_job", lambda t: {"job_id": JOB_ID}, _envelope(GetJobResponse)),
    _generated(
        "v1.jobs",
        "list_jobs",
        lambda t: {
            "project_id": t.project_id,
            "body": ListJobsRequest.from_dict({"skip": 1, "take": 10, "status": "PENDING"}),
        },
        _envelope(JobSummaryPageResponse),
    ),
    _generated(
        "v1.tts",
        "create_text_to_speech_job",
        lambda t: {
            "body": TextToSpeechJobRequest.from_dict(
                {"voiceId": "Amjad", "text": "أهلاً و سهلاً بكم في همسة!"}
            )
        },
        _envelope(JobResultResponse),
    ),
    _generated(
        "v1.tts", "realtime_tts", lambda t: {"body": RealtimeTtsRequest.from_dict(V1_TTS)}, _audio
    ),
    _generated(
        "v1.tts",
        "realtime_tts_stream",
        lambda t: {"body": RealtimeTtsRequest.from_dict(V1_TTS)},
        _audio,
    ),
    _generated(
        "v1.stt",
        "realtime_stt",
        lambda t: {
            "body": RealtimeSttRequest.from_dict(
                {"audioBase64": base64.b64encode(SILENCE_WAV).decode(), "language": "ar"}
            )
        },
        _envelope(RealtimeSttResponse),
    ),
    _generated(
        "v1.ai_content",
        "create_ai_content",
        lambda t: {
            "job_id": JOB_ID,
            "body": CreateAiContentRequest.from_dict({"aiParts": ["introduction"]}),
        },
        _envelope(AiContentJobResponse),
    ),
    _generated(
        "v1.ai_content",
        "get_ai_content",
        lambda t: {"job_id": JOB_ID},
        _envelope(AiContentJobResponse),
    ),
    _generated(
        "v1.ai_content",
        "create_custom_ai_content",
        lambda t: {
            "job_id": JOB_ID,
            "body": CustomAiContentRequest.from_dict(
                {"aiParts": [{"aiPart": "summary", "language": "ar", "prompt": "Three bullets."}]}
            ),
        },
        _envelope(AiContentJobResponse),
    ),
    _generated(
        "v1.statistics",
        "get_statistics_numbers",
        lambda t: {**PERIOD, "project_id": t.project_id},
        _envelope(StatisticsNumbersResponse),
    ),
    _generated(
        "v1.statistics",
        "get_statistics_chart",
        lambda t: {**PERIOD, "project_id": t.project_id},
        _envelope(StatisticsChartResponse),
    ),
    _generated(
        "v1.web_calls",
        "create_participant_token",
        lambda t: {"body": ParticipantTokenRequest(voice_agent_id=t.agent_id)},
        _envelope(ParticipantTokenResponse),
    ),
    _generated(
        "v1.phone_numbers",
        "add_twilio_phone_number",
        lambda t: {
            "body": AddTwilioNumberRequest.from_dict(
                {
                    "phoneNumber": t.phone_number,
                    "label": "Support line (legacy v1 cassette)",
                    "twilioNumberSid": "PN00000000000000000000000000000000",
                    "twilioAccountSid": t.twilio_account_sid,
                    "twilioAuthToken": t.twilio_auth_token,
                }
            )
        },
        _envelope(TwilioNumberResponse),
    ),
    _generated(
        "v2.jobs",
        "create_job",
        lambda t: {
            "body": CreateJobRequest.from_dict(
                {
                    "type": "TRANSCRIPTION",
                    "apiKey": API_KEY_ID,
                    "mediaUrl": MEDIA_URL,
                    "title": "Meeting Notes",
                    "language": "ar",
                }
            )
        },
        _envelope(V2JobIdResponse),
    ),
    _generated(
        "v2.jobs",
        "list_jobs",
        lambda t: {"project_id": t.project_id, "page": 1, "per_page": 10, "type": "TRANSCRIPTION"},
        _envelope(JobPageResponse),
    ),
    _generated(
        "v2.jobs",
        "generate_transcription_ai_content",
        lambda t: {
            "body": GenerateTranscriptionAiContentRequest.from_dict(
                {
                    "apiKey": API_KEY_ID,
                    "mediaUrl": MEDIA_URL,
                    "title": "Meeting Notes",
                    "language": "ar",
                    "aiParts": ["summary"],
                }
            )
        },
        _envelope(V2JobIdResponse),
    ),
    _generated(
        "v2.jobs",
        "get_job",
        lambda t: {"job_id": JOB_ID, "project_id": t.project_id},
        _envelope(V2JobResponse),
    ),
    _generated(
        "v2.voices",
        "create_tts_voice",
        lambda t: {
            "body": CreateVoiceRequest.from_dict(
                {
                    "name": "Support voice (v2 cassette)",
                    "audioUrl": VOICE_URL,
                    "audioTranscription": "مرحباً، أنا مساعدك الصوتي.",
                    "projectId": t.project_id,
                    "language": "ar",
                    "tags": ["female", "conversational"],
                }
            )
        },
        _envelope(CreatedVoiceResponse),
    ),
    _generated(
        "v2.voices",
        "preview_tts_voice",
        lambda t: {
            "project_id": t.project_id,
            "body": PreviewVoiceRequest.from_dict(
                {
                    "audioUrl": VOICE_URL,
                    "audioTranscription": "مرحباً",
                    "language": "ar",
                    "dialectId": DIALECT_ID,
                    "text": "أهلاً بك",
                }
            ),
        },
        _envelope(VoicePreviewResponse),
    ),
    _generated(
        "v2.voices",
        "extract_transcription_from_voice_audio",
        lambda t: {
            "body": ExtractTranscriptionRequest.from_dict(
                {"projectId": t.project_id, "audioUrl": VOICE_URL, "language": "en"}
            )
        },
        _envelope(ExtractedTranscriptionResponse),
    ),
    _generated(
        "v2.voices",
        "preload_custom_voice",
        lambda t: {"body": PreloadVoiceRequest(voice_id="your-custom-voice-id")},
        _envelope(PreloadVoiceResponse),
    ),
)

OPERATIONS: tuple[Operation, ...] = RESOURCE_OPERATIONS + GENERATED_OPERATIONS + SPEECH_OPERATIONS

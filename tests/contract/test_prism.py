"""Every public operation, sync and async, sends requests Prism finds valid against spec/.

Prism runs with --errors: a request that breaks the spec (a missing required field, a value
out of range, a wrong type, no credentials) gets an error status and is described in the
`sl-violations` header. Each call here must succeed with no violation at all, and the client
must parse what Prism answers: the spec's documented example, or where the spec documents none
(calls.start_twilio's answer, the v1 web tool create/update answers, the v2 agent update
answer, the export's file) the body Prism builds from the response schema.

The public operations are every method of the hand-written resources and every generated
``client.v1`` / ``client.v2`` operation; test_every_public_operation_runs_against_prism checks
this table covers them all (found by introspection, see tests/cassettes/_public_api.py). Each one
sends as many documented fields as it takes: the hand-written methods every argument, the
generated ones each request example the spec documents and every query parameter.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

import hamsa
import httpx
import pytest
from cassettes._operations import (
    EXPORT_FILE_NAME,
    _agent_page,
    _call,
    _data,
    _envelope,
    _page,
    _unified_agent,
    _workbook,
    collect,
)
from cassettes._operations import SPEECH_OPERATIONS as SPEECH_CASSETTES
from cassettes._public_api import public_operations, raw_twins
from cassettes._spec import load_spec, request_problems, spec_operation, undeclared_fields
from cassettes._support import Target
from hamsa.v1 import models as v1
from hamsa.v2 import models as v2

from .conftest import ROOT, PrismServer

Kind = Literal["sync", "async"]
API_KEY = "hk_test_contract_0123456789abcdef"
EXAMPLES = ROOT / "tests" / "fixtures" / "examples"
UUID = "48f7656f-098b-4c43-b165-7cfd2cc8ac30"
AGENT_ID = "agent-1"
START = datetime(2025, 1, 1, tzinfo=UTC)
END = datetime(2025, 1, 1, 23, 59, 59, 999000, tzinfo=UTC)
START_MS, END_MS = "1735689600000", "1735775999999"


def documented(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((EXAMPLES / f"{name}.json").read_text())
    return _numbers(data)


def _numbers(data: Any) -> Any:
    """The docs' "<string>" placeholder where a phone number belongs is no E.164 number (the
    spec's pattern, checked before sending): a real-looking one stands in."""
    if isinstance(data, dict):
        return {
            key: (
                "+15551234567"
                if value == "<string>" and key.lower().endswith("number")
                else _numbers(value)
            )
            for key, value in data.items()
        }
    if isinstance(data, list):
        return [_numbers(item) for item in data]
    return data


# As many documented fields as each operation takes, so Prism checks as much as it can.
FULL_AGENT: dict[str, Any] = {
    "conversation": {
        "greeting_message": "Hi {{customer_name}}!",
        "greeting_message_type": "STATIC",
        "preamble": "You are a support agent.",
        "poke_messages": ["Are you still there?"],
        "params": {"customer_name": "Sara"},
        "alignment": {"greeting_message": "ltr", "preamble": "ltr"},
    },
    "voice": {"voice_id": "en-US-Neural2-A", "lang": "en"},
    "llm": {
        "provider": "openai",
        "model": "gpt-4.1",
        "temperature": 0.3,
        "base_url": "https://llm.example.com/v1",
        "api_key": "sk-contract",
    },
    "call_settings": {
        "noise_cancellation": "telephony_optimized",
        "cancel_noise_per": "conversation",
        "interrupt": True,
        "response_delay": 400,
        "min_interruption_duration": 0.5,
        "vad_activation_threshold": 0.5,
        "user_inactivity_timeout": 15,
        "max_call_duration": 300,
        "silence_threshold": 800,
        "background_noise": False,
        "enable_auto_gain_control": True,
        "send_denoised_to_stt": True,
        "wait_for_user_to_speak_first": 1,
        "thinking_voice": True,
        "speaker_identification": True,
        "agentic_rag": True,
        "language_dialect_switcher": True,
        "gender_detection": True,
        "smart_call_end": True,
    },
    "tools": [{"tool_id": UUID, "overrides": {"timeout": 5}}],
    "knowledge_base_items_ids": [UUID],
    "voice_dictionary_ids": [UUID],
    "webhook_url": "https://example.com/hamsa-webhook",
    "webhook_auth": {"auth_key": "Bearer", "auth_secret": "whsec-contract"},
    "outcome_response_shape": {
        "type": "object",
        "properties": {"resolved": {"type": "boolean", "description": "Was it solved?"}},
        "required": ["resolved"],
    },
}
CREATE_ONLY: dict[str, Any] = {
    "type": "Single Prompt",
    "phone_number": {"type": "TWILIO", "id": UUID},
    "workflow": {},
}
INLINE_AGENT: dict[str, Any] = {"name": "Inline", **FULL_AGENT}
START_SAVED: dict[str, Any] = {
    "to_number": "+15551234567",
    "from_number": "+18449292835",
    "voice_agent_id": AGENT_ID,
    "params": {"customer_name": "Sara"},
    "webhook_url": "https://example.com/hamsa-call-events",
    "webhook_auth": {"auth_key": "Bearer", "auth_secret": "whsec-contract"},
}
START_INLINE: dict[str, Any] = {
    "to_number": "+15551234567",
    "from_number": "+18449292835",
    "agent": INLINE_AGENT,
    "params": {"customer_name": "Sara"},
}
OWN_NUMBER = "+15557654321"
PERIOD: dict[str, Any] = {
    "voice_agent_id": UUID,
    "period": "CUSTOM",
    "start_period": START,
    "end_period": END,
    "time_difference": -3,
}
V1_PERIOD: dict[str, Any] = {
    "voice_agent_id": UUID,
    "period": v1.AnalyticsPeriod.CUSTOM,
    "start_period": START_MS,
    "end_period": END_MS,
    "time_difference": "-3",
}
TOOL_SETTINGS: dict[str, Any] = {
    "server_url": "https://api.example.com/orders/{orderId}",
    "method_type": "POST",
    "auth_token": "tool-token-contract",
    "time_out": 15,
    "http_headers": {"Authorization": "Bearer contract", "Content-Type": "application/json"},
    "path_parameters": {"orderId": "{{order_id}}"},
}
WEB_TOOL: dict[str, Any] = {
    "type": "FUNCTION",
    "name": "Order status",
    "description": "Looks up the status of an order.",
    "async_": True,
    "tool_settings": TOOL_SETTINGS,
    "messages": [
        {"type": "REQUEST_START", "content": "One moment."},
        {"type": "REQUEST_FAILED", "content": "That did not work."},
    ],
    "params": {
        "type": "object",
        "properties": {"order_id": {"type": "string", "description": "The order number"}},
        "required": ["order_id"],
    },
}
MCP_TOOL: dict[str, Any] = {
    "type": "MCP",
    "name": "Catalog (MCP)",
    "description": "The product catalog's MCP server.",
    "tool_settings": {"server_url": "https://mcp.example.com/sse", "method_type": "POST"},
    "messages": [{"type": "REQUEST_START", "content": "Searching the catalog."}],
}
API_TOOL_TEST: dict[str, Any] = {
    "project_id": UUID,
    "server_url": "https://api.example.com/orders/A-1001",
    "method": "POST",
    "api_key": "tool-api-key-contract",
    "user_id": UUID,
    "auth_prefix": "Bearer",
    "auth_token": "tool-token-contract",
    "tool_timeout": 5,
    "http_headers": {"Content-Type": "application/json", "X-Custom-Header": "value"},
    "query_params": {"fields": "status", "limit": "10"},
    "body": {"order_id": "A-1001", "verbose": True},
}
KNOWLEDGE_BASE_ITEMS: list[dict[str, Any]] = [
    {
        "item_name": "Return policy",
        "type": "TEXT",
        "content": "Items can be returned within 30 days.",
    },
    {
        "item_name": "Shipping FAQ",
        "item_url": "https://example.com/shipping",
        "type": "URL",
        "item_urls": ["https://example.com/shipping", "https://example.com/shipping/intl"],
    },
]
WORDS = [
    {"word": "Hamsa", "pronunciation": "HAHM-sah"},
    {"word": "acetaminophen", "pronunciation": "uh-SEE-tuh-MIN-uh-fen"},
]


@dataclass(frozen=True)
class Operation:
    """``client.<resource>.<method>(**arguments())`` against the Prism serving ``spec``."""

    resource: str
    method: str
    arguments: Callable[[], dict[str, Any]]
    spec: Literal["v1", "v2"]
    check: Callable[[Any, Any], None]
    """Asserts the result is what the client parses from the body Prism sent (its JSON, or its
    bytes for the export's file)."""
    variant: str = ""
    raw: bool = True
    """Also run through its raw twin (False: there is none, or another entry runs it)."""
    to_file: bool = False
    """Called with ``to=<a file in the test's temporary directory>``."""
    warns: type[Warning] | None = None
    raw_arguments: Callable[[], dict[str, Any]] | None = None
    """The raw twin's arguments, where they differ (stt.transcribe's twin takes base64)."""
    raises: type[BaseException] | None = None
    """The error the call ends with (jobs.wait on the documented job, which stays PENDING)."""

    @property
    def name(self) -> str:
        return f"{self.resource}.{self.method}"

    @property
    def id(self) -> str:
        return self.name + (f"-{self.variant}" if self.variant else "")

    def call(self, client: Any, *, raw: bool = False, workdir: Path | None = None) -> Any:
        """The plain method, or its raw variant: ``with_raw_response`` on the hand-written
        resources, ``<method>_with_response`` on the generated v1/v2 ones. A paginator is
        iterated to the end."""
        owner = client
        for name in self.resource.split("."):
            owner = getattr(owner, name)
        method = self.method
        if raw and self.resource.startswith(("v1.", "v2.")):
            method += "_with_response"
        elif raw:
            owner = owner.with_raw_response
        arguments = (self.raw_arguments if raw and self.raw_arguments else self.arguments)()
        if self.to_file:
            assert workdir is not None
            arguments["to"] = workdir / EXPORT_FILE_NAME
        return collect(getattr(owner, method)(**arguments))


def _body(model: Any, example: str) -> Callable[[], dict[str, Any]]:
    """A generated operation's ``body``: the spec's documented request example."""
    return lambda: {"body": model.from_dict(documented(example))}


def _with_body(model: Any, example: str, **arguments: Any) -> Callable[[], dict[str, Any]]:
    return lambda: {**arguments, "body": model.from_dict(documented(example))}


RESOURCE_OPERATIONS: tuple[Operation, ...] = (
    # voice_agents
    Operation(
        "voice_agents",
        "create",
        lambda: {"name": "Support", **FULL_AGENT, **CREATE_ONLY},
        "v2",
        _unified_agent("v2"),
    ),
    Operation(
        "voice_agents",
        "update",
        lambda: {"agent_id": AGENT_ID, "name": "Renamed", **FULL_AGENT},
        "v1",
        _unified_agent("v1"),
    ),
    Operation(
        "voice_agents",
        "clone",
        lambda: {"agent_id": AGENT_ID, "name": "Support (copy)"},
        "v1",
        _unified_agent("v1"),
    ),
    Operation(
        "voice_agents",
        "clone",
        lambda: {"agent_id": AGENT_ID},
        "v1",
        _unified_agent("v1"),
        variant="without-name",
    ),
    Operation("voice_agents", "get", lambda: {"agent_id": UUID}, "v2", _unified_agent("v2")),
    Operation(
        "voice_agents",
        "list",
        lambda: {
            "search": "Support",
            "type": ["Single Prompt", "Flow Agent"],
            "language": ["ar", "en"],
            "sort_field": "createdAt",
            "sort_order": "desc",
            "page_size": 50,
        },
        "v2",
        _agent_page,
    ),
    # calls
    Operation("calls", "start", lambda: START_SAVED, "v1", _call, variant="saved-agent"),
    Operation("calls", "start", lambda: START_INLINE, "v1", _call, variant="inline-agent"),
    Operation(
        "calls",
        "start_with_phone_number",
        lambda: {
            "to_number": "+15551234567",
            "phone_number": OWN_NUMBER,
            "voice_agent_id": UUID,
            "params": {"customer_name": "Sara"},
        },
        "v1",
        _data(v1.PhoneNumberCall),
        variant="saved-agent",
    ),
    Operation(
        "calls",
        "start_with_phone_number",
        lambda: {
            "to_number": "+15551234567",
            "phone_number": OWN_NUMBER,
            "agent": INLINE_AGENT,
            "params": {"customer_name": "Sara"},
        },
        "v1",
        _data(v1.PhoneNumberCall),
        variant="inline-agent",
    ),
    Operation(
        "calls",
        "start_twilio",
        lambda: {
            "to_number": "+15551234567",
            "twilio_phone_number": OWN_NUMBER,
            "voice_agent_id": AGENT_ID,
            "params": {"customer_name": "Sara"},
            "webhook_url": "https://example.com/hamsa-call-events",
            "webhook_auth": {"auth_key": "Bearer", "auth_secret": "whsec-contract"},
        },
        "v1",
        _call,
        variant="saved-agent",
        warns=DeprecationWarning,
    ),
    Operation(
        "calls",
        "start_twilio",
        lambda: {
            "to_number": "+15551234567",
            "twilio_phone_number": OWN_NUMBER,
            "agent": INLINE_AGENT,
            "params": {"customer_name": "Sara"},
        },
        "v1",
        _call,
        variant="inline-agent",
        warns=DeprecationWarning,
    ),
    # conversations
    Operation(
        "conversations", "get", lambda: {"conversation_id": UUID}, "v1", _data(v1.Conversation)
    ),
    # wait polls get; the documented conversation has ended (COMPLETED): one request.
    Operation(
        "conversations",
        "wait",
        lambda: {"conversation_id": UUID, "poll_interval": 0.01, "max_wait": 0},
        "v1",
        _data(v1.Conversation),
        raw=False,
    ),
    Operation(
        "conversations",
        "terminate",
        lambda: {"conversation_id": UUID},
        "v1",
        _envelope(v1.ResponseEnvelope),
    ),
    Operation(
        "conversations",
        "list",
        lambda: {
            "voice_agent_id": UUID,
            "status": ["COMPLETED", "NO_ANSWER", "FAILED"],
            "start_time": START,
            "end_time": END,
            "page_size": 200,
        },
        "v1",
        _page(v1.ConversationSummary, "calls"),
    ),
    Operation(
        "conversations",
        "export",
        lambda: {"status": "COMPLETED", **PERIOD},
        "v1",
        _workbook,
    ),
    Operation(
        "conversations",
        "export",
        lambda: {"status": "NO_ANSWER", **PERIOD},
        "v1",
        _workbook,
        variant="to-file",
        raw=False,
        to_file=True,
    ),
    # web_tools
    Operation("web_tools", "create", lambda: WEB_TOOL, "v1", _data(v1.WebTool)),
    Operation("web_tools", "create", lambda: MCP_TOOL, "v1", _data(v1.WebTool), variant="mcp"),
    Operation("web_tools", "get", lambda: {"web_tool_id": UUID}, "v1", _data(v1.WebTool)),
    Operation(
        "web_tools",
        "update",
        lambda: {"web_tool_id": UUID, **WEB_TOOL},
        "v1",
        _data(v1.WebTool),
    ),
    Operation(
        "web_tools",
        "list",
        lambda: {"voice_agent_id": UUID, "is_active": True, "page_size": 50},
        "v1",
        _page(v1.WebTool, "items"),
    ),
    Operation("web_tools", "test", lambda: API_TOOL_TEST, "v1", _envelope(v1.ApiToolTestEvent)),
    # knowledge_base
    Operation(
        "knowledge_base",
        "create",
        lambda: {"items": KNOWLEDGE_BASE_ITEMS},
        "v1",
        _data(v1.KnowledgeBaseItem),
    ),
    Operation(
        "knowledge_base",
        "get",
        lambda: {"knowledge_base_item_id": UUID},
        "v1",
        _data(v1.KnowledgeBaseItem),
    ),
    Operation(
        "knowledge_base",
        "update",
        lambda: {"knowledge_base_item_id": UUID, "item_name": "Return policy (2025)"},
        "v1",
        _data(v1.KnowledgeBaseItem),
    ),
    Operation(
        "knowledge_base",
        "delete_url",
        lambda: {"knowledge_base_item_id": UUID, "url": "https://example.com/shipping/intl"},
        "v1",
        _envelope(v1.ResponseEnvelope),
    ),
    Operation(
        "knowledge_base",
        "list",
        lambda: {
            "voice_agent_id": UUID,
            "is_active": True,
            "used": False,
            "type": ["TEXT", "URL"],
            "page_size": 50,
        },
        "v1",
        _page(v1.KnowledgeBaseItem, "items"),
    ),
    # voice_dictionaries
    Operation(
        "voice_dictionaries",
        "create",
        lambda: {"name": "Brand and drug names", "words": WORDS},
        "v1",
        _data(v1.VoiceDictionary),
    ),
    Operation(
        "voice_dictionaries",
        "update",
        lambda: {"voice_dictionary_id": UUID, "name": "Names", "words": WORDS},
        "v1",
        _data(v1.VoiceDictionary),
    ),
    Operation(
        "voice_dictionaries",
        "toggle_activation",
        lambda: {"dictionary_id": UUID, "voice_agent_id": UUID, "is_active": True},
        "v1",
        _envelope(v1.ResponseEnvelope),
    ),
    Operation(
        "voice_dictionaries",
        "list",
        lambda: {"used": True, "voice_agent_id": UUID, "page_size": 50},
        "v1",
        _page(v1.VoiceDictionarySummary, "dictionaries"),
    ),
    # phone_numbers
    Operation(
        "phone_numbers",
        "add",
        lambda: {
            "type": "TWILIO",
            "phone_number": OWN_NUMBER,
            "label": "Support line",
            "twilio_account_sid": "AC00000000000000000000000000000000",
            "twilio_auth_token": "twilio-token-contract",
        },
        "v1",
        _data(v1.PhoneNumber),
    ),
    Operation(
        "phone_numbers",
        "list",
        lambda: {"voice_agent_id": UUID, "provider": "TWILIO", "page_size": 50},
        "v1",
        _page(v1.PhoneNumber, None),
    ),
    Operation(
        "phone_numbers",
        "assign",
        lambda: {"phone_number": OWN_NUMBER, "voice_agent_id": UUID},
        "v1",
        _data(v1.PhoneNumber),
    ),
    Operation(
        "phone_numbers",
        "unassign",
        lambda: {"phone_number": OWN_NUMBER},
        "v1",
        _envelope(v1.UnassignPhoneNumberResponse),
    ),
    # analytics
    Operation("analytics", "overview", lambda: PERIOD, "v1", _data(v1.AnalyticsOverview)),
    Operation(
        "analytics",
        "satisfaction",
        lambda: {**PERIOD, "time_difference": "5.5"},
        "v1",
        _data(v1.AnalyticsSatisfaction),
    ),
)

# The generated per-version clients, fed the docs' own request examples (every one the spec
# documents for the operation) and every query parameter.
GENERATED_OPERATIONS: tuple[Operation, ...] = (
    # v1 calls
    Operation(
        "v1.calls",
        "start_call",
        _body(v1.StartCallRequest, "v1_start_call.request"),
        "v1",
        _envelope(v1.CallResponse),
    ),
    Operation(
        "v1.calls",
        "start_phone_number_call",
        _body(v1.PhoneNumberCallRequest, "v1_call_phone_number.request"),
        "v1",
        _envelope(v1.PhoneNumberCallResponse),
    ),
    Operation(
        "v1.calls",
        "start_twilio_call",
        _body(v1.TwilioCallRequest, "v1_call_twilio_number_legacy.request"),
        "v1",
        _envelope(v1.CallResponse),
    ),
    # v1 voice agents
    Operation(
        "v1.voice_agents",
        "create_voice_agent",
        _body(v1.CreateVoiceAgentRequest, "v1_create_voice_agent.request"),
        "v1",
        _envelope(v1.VoiceAgentResponse),
    ),
    Operation(
        "v1.voice_agents",
        "create_voice_agent",
        _body(v1.CreateVoiceAgentRequest, "v1_create_voice_agent_older_webhook.request"),
        "v1",
        _envelope(v1.VoiceAgentResponse),
        variant="older-webhook",
    ),
    Operation(
        "v1.voice_agents",
        "get_voice_agent",
        lambda: {"voice_agent_id": AGENT_ID},
        "v1",
        _envelope(v1.VoiceAgentResponse),
    ),
    Operation(
        "v1.voice_agents",
        "list_voice_agents",
        lambda: {"skip": 1, "take": 10},
        "v1",
        _envelope(v1.VoiceAgentPageResponse),
    ),
    Operation(
        "v1.voice_agents",
        "update_voice_agent",
        _with_body(
            v1.UpdateVoiceAgentRequest, "v1_update_voice_agent.request", voice_agent_id=AGENT_ID
        ),
        "v1",
        _envelope(v1.VoiceAgentResponse),
    ),
    Operation(
        "v1.voice_agents",
        "clone_voice_agent",
        _with_body(
            v1.CloneVoiceAgentRequest, "v1_clone_voice_agent.request", voice_agent_id=AGENT_ID
        ),
        "v1",
        _envelope(v1.VoiceAgentResponse),
    ),
    # v1 conversations
    Operation(
        "v1.conversations",
        "get_conversation",
        lambda: {"conversation_id": UUID},
        "v1",
        _envelope(v1.ConversationResponse),
    ),
    Operation(
        "v1.conversations",
        "terminate_conversation",
        lambda: {"conversation_id": UUID},
        "v1",
        _envelope(v1.ResponseEnvelope),
    ),
    Operation(
        "v1.conversations",
        "list_conversations",
        lambda: {
            "voice_agent_id": UUID,
            "status": [v1.CallStatus.COMPLETED, v1.CallStatus.FAILED],
            "start_time": int(START_MS),
            "end_time": int(END_MS),
            "page": 1,
            "per_page": 50,
        },
        "v1",
        _envelope(v1.ConversationSummaryPageResponse),
    ),
    Operation(
        "v1.conversations",
        "export_conversations",
        lambda: {**V1_PERIOD, "status": v1.ExportCallStatus.COMPLETED},
        "v1",
        _workbook,
    ),
    # v1 analytics
    Operation(
        "v1.analytics",
        "get_analytics_overview",
        lambda: V1_PERIOD,
        "v1",
        _envelope(v1.AnalyticsOverviewResponse),
    ),
    Operation(
        "v1.analytics",
        "get_analytics_satisfaction",
        lambda: V1_PERIOD,
        "v1",
        _envelope(v1.AnalyticsSatisfactionResponse),
    ),
    # v1 web tools
    Operation(
        "v1.web_tools",
        "create_web_tool",
        _body(v1.CreateWebToolRequest, "v1_create_web_tool.request"),
        "v1",
        _envelope(v1.WebToolResponse),
    ),
    Operation(
        "v1.web_tools",
        "get_web_tool",
        lambda: {"web_tool_id": UUID},
        "v1",
        _envelope(v1.WebToolResponse),
    ),
    Operation(
        "v1.web_tools",
        "update_web_tool",
        _with_body(v1.UpdateWebToolRequest, "v1_update_web_tool.request", web_tool_id=UUID),
        "v1",
        _envelope(v1.WebToolResponse),
    ),
    Operation(
        "v1.web_tools",
        "list_web_tools",
        lambda: {"voice_agent_id": UUID, "is_active": True, "skip": 1, "take": 10},
        "v1",
        _envelope(v1.WebToolPageResponse),
    ),
    Operation(
        "v1.web_tools",
        "test_api_tool",
        _body(v1.ApiToolTestRequest, "v1_test_api_tool.request"),
        "v1",
        _envelope(v1.ApiToolTestEvent),
    ),
    # v1 knowledge base
    Operation(
        "v1.knowledge_base",
        "create_knowledge_base_items",
        _body(v1.CreateKnowledgeBaseItemsRequest, "v1_create_knowledge_base_items.request"),
        "v1",
        _envelope(v1.KnowledgeBaseItemResponse),
    ),
    Operation(
        "v1.knowledge_base",
        "get_knowledge_base_item",
        lambda: {"knowledge_base_item_id": UUID},
        "v1",
        _envelope(v1.KnowledgeBaseItemResponse),
    ),
    Operation(
        "v1.knowledge_base",
        "list_knowledge_base_items",
        lambda: {
            "voice_agent_id": UUID,
            "is_active": True,
            "used": "false",
            "skip": "1",
            "take": "10",
            "type": ["TEXT", "URL"],
        },
        "v1",
        _envelope(v1.KnowledgeBaseItemPageResponse),
    ),
    Operation(
        "v1.knowledge_base",
        "update_knowledge_base_item",
        _with_body(
            v1.UpdateKnowledgeBaseItemRequest,
            "v1_update_knowledge_base_item.request",
            knowledge_base_item_id=UUID,
        ),
        "v1",
        _envelope(v1.KnowledgeBaseItemResponse),
    ),
    Operation(
        "v1.knowledge_base",
        "delete_knowledge_base_item_url",
        _with_body(
            v1.DeleteKnowledgeBaseItemUrlRequest,
            "v1_delete_knowledge_base_item_url.request",
            knowledge_base_item_id=UUID,
        ),
        "v1",
        _envelope(v1.ResponseEnvelope),
    ),
    # v1 voice dictionaries
    Operation(
        "v1.voice_dictionaries",
        "create_voice_dictionary",
        _body(v1.CreateVoiceDictionaryRequest, "v1_create_voice_dictionary.request"),
        "v1",
        _envelope(v1.VoiceDictionaryResponse),
    ),
    Operation(
        "v1.voice_dictionaries",
        "list_voice_dictionaries",
        lambda: {"skip": 1, "take": 10, "used": True, "voice_agent_id": UUID},
        "v1",
        _envelope(v1.VoiceDictionaryPageResponse),
    ),
    Operation(
        "v1.voice_dictionaries",
        "toggle_voice_dictionary_activation",
        _body(
            v1.ToggleVoiceDictionaryActivationRequest,
            "v1_toggle_voice_dictionary_activation.request",
        ),
        "v1",
        _envelope(v1.ResponseEnvelope),
    ),
    Operation(
        "v1.voice_dictionaries",
        "update_voice_dictionary",
        _with_body(
            v1.UpdateVoiceDictionaryRequest,
            "v1_update_voice_dictionary.request",
            voice_dictionary_id=UUID,
        ),
        "v1",
        _envelope(v1.VoiceDictionaryResponse),
    ),
    # v1 phone numbers
    Operation(
        "v1.phone_numbers",
        "add_phone_number",
        _body(v1.AddPhoneNumberRequest, "v1_add_phone_number_twilio.request"),
        "v1",
        _envelope(v1.PhoneNumberResponse),
    ),
    Operation(
        "v1.phone_numbers",
        "add_phone_number",
        _body(v1.AddPhoneNumberRequest, "v1_add_phone_number_twilio_no_type.request"),
        "v1",
        _envelope(v1.PhoneNumberResponse),
        variant="no-type",
    ),
    Operation(
        "v1.phone_numbers",
        "list_phone_numbers",
        lambda: {
            "voice_agent_id": UUID,
            "skip": "1",
            "take": "10",
            "provider": v1.PhoneNumberProvider.TWILIO,
        },
        "v1",
        _envelope(v1.PhoneNumberListResponse),
    ),
    Operation(
        "v1.phone_numbers",
        "assign_phone_number",
        _body(v1.AssignPhoneNumberRequest, "v1_assign_phone_number.request"),
        "v1",
        _envelope(v1.PhoneNumberResponse),
    ),
    Operation(
        "v1.phone_numbers",
        "unassign_phone_number",
        _body(v1.UnassignPhoneNumberRequest, "v1_unassign_phone_number.request"),
        "v1",
        _envelope(v1.UnassignPhoneNumberResponse),
    ),
    # v2 voice agents
    Operation(
        "v2.voice_agents",
        "create_voice_agent",
        _body(v2.CreateVoiceAgentRequest, "v2_create_voice_agent.request"),
        "v2",
        _envelope(v2.VoiceAgentResponse),
    ),
    Operation(
        "v2.voice_agents",
        "get_voice_agent",
        lambda: {"voice_agent_id": UUID},
        "v2",
        _envelope(v2.VoiceAgentResponse),
    ),
    Operation(
        "v2.voice_agents",
        "list_voice_agents",
        lambda: {
            "skip": 1,
            "take": 10,
            "search": "Support",
            "sort_field": v2.VoiceAgentSortField.CREATEDAT,
            "sort_order": v2.SortOrder.ASC,
            "type": [v2.VoiceAgentType.SINGLE_PROMPT, v2.VoiceAgentType.FLOW_AGENT],
            "language": [v2.Language.AR, v2.Language.EN],
        },
        "v2",
        _envelope(v2.VoiceAgentPageResponse),
    ),
    Operation(
        "v2.voice_agents",
        "update_voice_agent",
        _with_body(
            v2.UpdateVoiceAgentRequest, "v2_update_voice_agent.request", voice_agent_id=UUID
        ),
        "v2",
        _envelope(v2.VoiceAgentResponse),
    ),
    # v2 web tools
    Operation(
        "v2.web_tools",
        "create_web_tool",
        _body(v2.CreateWebToolRequest, "v2_create_web_tool.request"),
        "v2",
        _envelope(v2.WebToolResponse),
    ),
    Operation(
        "v2.web_tools",
        "create_web_tool",
        _body(v2.CreateWebToolRequest, "v2_create_web_tool_no_settings.request"),
        "v2",
        _envelope(v2.WebToolResponse),
        variant="no-settings",
    ),
    Operation(
        "v2.web_tools",
        "update_web_tool",
        _with_body(v2.UpdateWebToolRequest, "v2_update_web_tool.request", id=UUID),
        "v2",
        _envelope(v2.WebToolResponse),
    ),
    Operation(
        "v2.web_tools",
        "list_web_tools",
        lambda: {
            "is_active": True,
            "return_uncategorized": False,
            "voice_agent_id": UUID,
            "collection_id": UUID,
            "skip": 1,
            "take": 10,
            "search": "Weather",
            "type": v2.WebToolType.FUNCTION,
        },
        "v2",
        _envelope(v2.WebToolPageResponse),
    ),
)


def _any_bytes(result: Any, answer: Any) -> None:
    """Audio: Prism makes up the bytes of a binary answer, so only their type is checked."""
    if isinstance(result, Path):
        result = result.read_bytes()
    assert isinstance(result, bytes)


def _speech(entry: Any) -> Operation:
    """The cassette table's entry for a speech operation, against Prism: the same arguments
    (with the placeholder ids), the same checks (audio aside)."""
    from hamsa import _operations

    target = Target(mode="replay", base_url="http://prism.invalid", api_key=API_KEY)
    resource = entry.resource.split(".")
    if resource[0] in ("v1", "v2"):
        spec = resource[0]
    else:
        (spec,) = {
            op.version
            for op in _operations.OPERATIONS
            if (op.resource, op.method) == (entry.resource, entry.method)
        } or {"v1"}
    check = _any_bytes if entry.check.__name__ == "_audio" else entry.check
    raw_arguments = entry.raw_arguments
    return Operation(
        entry.resource,
        entry.method,
        lambda: entry.arguments(target),
        spec,
        check,
        variant=entry.variant,
        raw=entry.raw,
        to_file=entry.to_file,
        raw_arguments=(lambda: raw_arguments(target)) if raw_arguments else None,
        raises=entry.raises,
    )


# jobs.wait polls jobs.get (a v1 operation).
SPEECH_OPERATIONS: tuple[Operation, ...] = tuple(_speech(entry) for entry in SPEECH_CASSETTES)

OPERATIONS: tuple[Operation, ...] = RESOURCE_OPERATIONS + GENERATED_OPERATIONS + SPEECH_OPERATIONS


# --- what Prism saw ----------------------------------------------------------------------------


@dataclass
class Exchange:
    method: str
    url: str
    body: str
    status: int
    violations: list[Any]
    content_type: str
    content: bytes
    """What Prism answered, read in full when the answer arrived."""

    @property
    def path(self) -> str:
        return httpx.URL(self.url).path

    def answer(self) -> Any:
        """The JSON Prism answered with, or its bytes when it is not JSON (the export)."""
        if self.content_type.startswith("application/json"):
            return json.loads(self.content)
        return self.content

    def describe(self) -> str:
        lines = [f"{self.method} {self.url} -> {self.status}", f"  request body: {self.body}"]
        for violation in self.violations:
            where = ".".join(str(part) for part in violation.get("location", []))
            lines.append(f"  - {where} [{violation.get('code')}] {violation.get('message')}")
        return "\n".join(lines)


class Observer:
    """httpx event hooks recording each request and Prism's verdict on it.

    The hooks read the answer before the SDK does (a streamed export then streams from
    httpx's buffer: streaming to disk itself is tested in tests/resources/test_export_streaming.py).
    """

    def __init__(self) -> None:
        self.exchanges: list[Exchange] = []

    def _record(self, response: httpx.Response) -> None:
        header = response.headers.get("sl-violations", "")
        self.exchanges.append(
            Exchange(
                response.request.method,
                str(response.request.url),
                response.request.content.decode("utf-8", "replace"),
                response.status_code,
                json.loads(header) if header.strip() else [],
                response.headers.get("content-type", ""),
                response.content,
            )
        )

    def see(self, response: httpx.Response) -> None:
        response.read()
        self._record(response)

    async def see_async(self, response: httpx.Response) -> None:
        await response.aread()
        self._record(response)


@functools.cache
def tls() -> ssl.SSLContext:
    """One TLS context for every test's pool (building one per client is slow, and unused:
    Prism is plain HTTP on loopback)."""
    return ssl.create_default_context()


@dataclass
class Outcome:
    result: Any
    error: hamsa.HamsaError | None
    observer: Observer

    def describe(self) -> str:
        seen = "\n".join(e.describe() for e in self.observer.exchanges) or "no request sent"
        return f"{type(self.error).__name__}: {self.error}\n{seen}" if self.error else seen


def run(kind: Kind, base_url: str, operation: Callable[[Any], Any]) -> Outcome:
    """The operation on a fresh client of that kind: its result or error, and what was seen."""
    observer = Observer()
    options: dict[str, Any] = {"api_key": API_KEY, "base_url": base_url, "max_retries": 0}
    if kind == "sync":
        with (
            httpx.Client(verify=tls(), event_hooks={"response": [observer.see]}) as pool,
            hamsa.Hamsa(http_client=pool, **options) as client,
        ):
            try:
                return Outcome(operation(client), None, observer)
            except hamsa.HamsaError as error:
                return Outcome(None, error, observer)

    async def run_async() -> Outcome:
        async with (
            httpx.AsyncClient(verify=tls(), event_hooks={"response": [observer.see_async]}) as pool,
            hamsa.AsyncHamsa(http_client=pool, **options) as client,
        ):
            try:
                return Outcome(await operation(client), None, observer)
            except hamsa.HamsaError as error:
                return Outcome(None, error, observer)

    return asyncio.run(run_async())


def assert_accepted(outcome: Outcome) -> None:
    """One request, no violation, 200 and no error."""
    flagged = [e for e in outcome.observer.exchanges if e.violations]
    if flagged:
        pytest.fail("Prism found violations:\n" + outcome.describe(), pytrace=False)
    if outcome.error is not None:
        pytest.fail(outcome.describe(), pytrace=False)
    assert [e.status for e in outcome.observer.exchanges] == [200], outcome.describe()


# --- the spec's examples, which Prism answers with --------------------------------------------


def spec_example(spec: Path, method: str, path: str) -> Any:
    """The documented 200 example Prism answers ``method path`` with; None when the spec
    documents none (Prism then builds a body from the schema)."""
    content = spec_operation(spec, method, path)["responses"]["200"]["content"]
    examples = content.get("application/json", {}).get("examples")
    if not examples:
        return None
    # Prism answers with the first example when the request names none.
    return next(iter(examples.values()))["value"]


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> Kind:
    return request.param  # type: ignore[no-any-return]


def _cases(raw: bool) -> list[Any]:
    return [pytest.param(op, id=op.id) for op in OPERATIONS if op.raw or not raw]


def expected_warning(operation: Operation) -> Any:
    return pytest.warns(operation.warns) if operation.warns else contextlib.nullcontext()


def _answered(operation: Operation, outcome: Outcome, spec: Path) -> Any:
    """What Prism answered (the spec's example when it documents one, checked)."""
    assert_accepted(outcome)
    (exchange,) = outcome.observer.exchanges
    # Prism lets undeclared query parameters and body fields through and matches query names
    # ignoring case, so a misspelled name would pass it: checked here (Prism did the rest).
    query = httpx.URL(exchange.url).params.keys()
    problems = request_problems(
        exchange.method, exchange.path, query, exchange.body, validate=False
    )
    assert not problems, "\n".join(problems)
    answer = exchange.answer()
    example = spec_example(spec, exchange.method, exchange.path)
    if example is not None:
        assert answer == example, "Prism did not answer with the documented example"
    return answer


@pytest.mark.parametrize("operation", _cases(raw=False))
def test_operation_sends_a_request_the_spec_allows(
    operation: Operation, kind: Kind, prism_servers: dict[str, PrismServer], tmp_path: Path
) -> None:
    server = prism_servers[operation.spec]

    with expected_warning(operation):
        outcome = run(kind, server.url, lambda client: operation.call(client, workdir=tmp_path))

    if operation.raises is not None:
        assert isinstance(outcome.error, operation.raises), outcome.error
        return
    answer = _answered(operation, outcome, server.spec)
    operation.check(outcome.result, answer)


@pytest.mark.parametrize("operation", _cases(raw=True))
def test_raw_variant_sends_a_request_the_spec_allows(
    operation: Operation, kind: Kind, prism_servers: dict[str, PrismServer]
) -> None:
    server = prism_servers[operation.spec]

    with expected_warning(operation):
        outcome = run(kind, server.url, lambda client: operation.call(client, raw=True))

    answer = _answered(operation, outcome, server.spec)
    raw = outcome.result
    assert raw.status_code == 200
    assert raw.headers["content-type"] == outcome.observer.exchanges[0].content_type
    if isinstance(answer, bytes):
        assert raw.content == answer
    else:
        assert json.loads(raw.content) == answer
    operation.check(raw.parsed, answer)


def test_an_undeclared_body_field_is_found() -> None:
    document = load_spec(ROOT / "spec" / "v1.yaml")
    schema = {"$ref": "#/components/schemas/UpdateVoiceAgentRequest"}
    body = {
        "agentNmae": "typo",
        "params": {"anything": {"goes": [1]}},
        "llmConfig": {"apiKey": "k", "modelNmae": "typo"},
        "webhookAuth": {"authKey": "Token", "authSecret": "s"},
    }

    assert undeclared_fields(document, schema, body) == ["$.agentNmae", "$.llmConfig.modelNmae"]
    assert undeclared_fields(document, schema, documented("v1_update_voice_agent.request")) == []


# --- every public operation is in the table -------------------------------------------------------


def uncovered(operations: tuple[Operation, ...]) -> set[str]:
    return set(public_operations()) - {operation.name for operation in operations}


def test_every_public_operation_runs_against_prism() -> None:
    assert uncovered(OPERATIONS) == set()
    assert {op.name for op in OPERATIONS} <= set(public_operations())


def test_every_raw_twin_runs_against_prism() -> None:
    generated = {name for name in public_operations() if name.startswith(("v1.", "v2."))}

    assert (set(raw_twins()) | generated) - {op.name for op in OPERATIONS if op.raw} == set()


def test_the_completeness_check_reports_a_missing_operation() -> None:
    fewer = tuple(op for op in OPERATIONS if op.name != "knowledge_base.delete_url")

    assert uncovered(fewer) == {"knowledge_base.delete_url"}


def test_each_generated_operation_goes_to_its_own_spec() -> None:
    generated = [op for op in OPERATIONS if op.resource.startswith(("v1.", "v2."))]

    assert generated
    assert all(op.spec == op.resource[:2] for op in generated)


# --- inputs at the edges: refused before anything is sent, or valid -----------------------------

WEBTOOL = "48f7656f-098b-4c43-b165-7cfd2cc8ac30"
EDGE_CASES = [
    # Accepted: values at their documented limits, and nulls the spec allows.
    pytest.param("v2", lambda c: c.voice_agents.create(name="x" * 150), id="create-name-150"),
    pytest.param(
        "v2",
        lambda c: c.voice_agents.create(
            name="A",
            llm={"provider": "openai", "model": "m", "base_url": None, "api_key": None},
            conversation={"greeting_message": None, "greeting_message_type": None},
            voice={"voice_record_id": None, "lang": "ar"},
            call_settings={"cancel_noise_per": None, "max_call_duration": 600},
        ),
        id="create-nullable-fields-null",
    ),
    pytest.param(
        "v2",
        lambda c: c.voice_agents.create(name="A", type="Flow Agent", workflow={"nodes": []}),
        id="create-flow-agent",
    ),
    pytest.param(
        "v1",
        lambda c: c.voice_agents.update(
            "a",
            webhook_url=None,
            llm={"base_url": None, "api_key": None},
            conversation={"greeting_message": None, "greeting_message_type": "PROMPT"},
            voice={"voice_record_id": None, "lang": "ar"},
            call_settings={"cancel_noise_per": None, "silence_threshold": 1},
            tools=[],
        ),
        id="update-nullable-fields-null",
    ),
    pytest.param("v1", lambda c: c.voice_agents.update("a"), id="update-nothing"),
    pytest.param(
        "v1", lambda c: c.voice_agents.update("a b/c?d", name="x"), id="update-odd-agent-id"
    ),
    pytest.param("v1", lambda c: c.voice_agents.clone("a b/&c"), id="clone-odd-agent-id"),
    pytest.param(
        "v1",
        lambda c: c.calls.start(to_number="+15551234567", agent={"name": "x", "webhook_url": None}),
        id="start-minimal-inline-agent",
    ),
    pytest.param(
        "v1",
        lambda c: c.calls.start(
            to_number="+15551234567", voice_agent_id="a", params={"n": {"b": [1]}}
        ),
        id="start-nested-params",
    ),
    # Refused before sending: documented constraints the SDK checks itself.
    pytest.param("v2", lambda c: c.voice_agents.create(name="x" * 151), id="create-name-151"),
    pytest.param(
        "v2", lambda c: c.voice_agents.create(name="A", type="Other"), id="create-unknown-type"
    ),
    pytest.param(
        "v2",
        lambda c: c.voice_agents.create(name="A", phone_number={"type": "TWILIO", "id": "x"}),
        id="create-phone-number-id-not-a-uuid",
    ),
    pytest.param(
        "v1",
        lambda c: c.voice_agents.update("a", call_settings={"max_call_duration": 601}),
        id="update-max-call-duration-601",
    ),
    pytest.param(
        "v1", lambda c: c.voice_agents.update("a", voice={"lang": "fr"}), id="update-lang-fr"
    ),
    pytest.param(
        "v1",
        lambda c: c.voice_agents.update("a", tools=[{"tool_id": WEBTOOL, "persistent_id": "p"}]),
        id="update-v2-only-tool-key",
    ),
    pytest.param(
        "v1",
        lambda c: c.calls.start(to_number=5, voice_agent_id="a"),
        id="start-to-number-not-a-string",
    ),
    # Refused before sending since the contract tests found them: format uri, non-null fields.
    pytest.param(
        "v2",
        lambda c: c.voice_agents.create(name="A", webhook_url="not a url"),
        id="create-webhook-url-not-a-uri",
    ),
    pytest.param(
        "v1",
        lambda c: c.voice_agents.update("a", webhook_url="not a url"),
        id="update-webhook-url-not-a-uri",
    ),
    pytest.param(
        "v1",
        lambda c: c.calls.start(
            to_number="+15551234567", voice_agent_id="a", webhook_url="not a url"
        ),
        id="start-webhook-url-not-a-uri",
    ),
    pytest.param(
        "v1",
        lambda c: c.calls.start(
            to_number="+15551234567", agent={"name": "x", "webhook_url": "not a url"}
        ),
        id="start-inline-agent-webhook-url-not-a-uri",
    ),
    pytest.param(
        "v2",
        lambda c: c.voice_agents.create(name="A", webhook_url=None),
        id="create-webhook-url-none",
    ),
    pytest.param(
        "v2",
        lambda c: c.v2.voice_agents.create_voice_agent(
            body=v2.CreateVoiceAgentRequest.from_dict({"name": "A", "webhookUrl": None})
        ),
        id="v2-create-voice-agent-webhook-url-none",
    ),
]


@pytest.mark.parametrize(("spec", "call"), EDGE_CASES)
def test_an_edge_input_is_refused_before_sending_or_valid(
    spec: str, call: Callable[[Any], Any], prism_servers: dict[str, PrismServer]
) -> None:
    outcome = run("sync", prism_servers[spec].url, call)

    if isinstance(outcome.error, ValueError):  # RequestValidationError, UnsupportedFieldError
        assert not outcome.observer.exchanges, "refused, yet sent:\n" + outcome.describe()
        return
    assert_accepted(outcome)


# --- the check above can fail ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("spec", "method", "path", "headers", "body", "expected"),
    [
        (
            "v1",
            "POST",
            "/v1/voice-agents/call",
            {"Authorization": f"Token {API_KEY}"},
            {"fromNumber": "+18449292835"},
            "toNumber",
        ),
        (
            "v1",
            "PATCH",
            "/v1/voice-agents/agent-1",
            {"Authorization": f"Token {API_KEY}"},
            {"maxCallDuration": 5000},
            "maxCallDuration",
        ),
        (
            "v1",
            "POST",
            "/v1/voice-agents/clone?voiceAgentId=agent-1",
            {},
            {"agentName": "Copy"},
            "security",
        ),
        (
            "v2",
            "POST",
            "/v2/voice-agents",
            {"Authorization": f"Token {API_KEY}"},
            {"callSettings": {"maxCallDuration": 300}},
            "name",
        ),
        (
            "v1",
            "POST",
            "/v1/voice-agents/phone-number",
            {"Authorization": f"Token {API_KEY}"},
            {"phoneNumber": "+15557654321", "label": "Line", "twilioAccountSid": "AC0"},
            "twilioAuthToken",
        ),
        (
            "v1",
            "GET",
            "/v1/agent-analytics/conversations/export?period=TODAY",
            {"Authorization": f"Token {API_KEY}"},
            None,
            "voiceagentid",  # Prism lower-cases query parameter names in what it reports
        ),
        (
            "v2",
            "GET",
            "/v2/voice-agents/web-tool/list?type=WEBHOOK",
            {"Authorization": f"Token {API_KEY}"},
            None,
            "type",
        ),
    ],
    ids=[
        "missing-required-field",
        "out-of-range",
        "no-credentials",
        "v2-missing-name",
        "phone-number-missing-twilio-token",
        "export-missing-agent",
        "v2-web-tools-unknown-type",
    ],
)
def test_prism_reports_a_request_that_breaks_the_spec(
    prism_servers: dict[str, PrismServer],
    spec: str,
    method: str,
    path: str,
    headers: dict[str, str],
    body: dict[str, Any] | None,
    expected: str,
) -> None:
    response = httpx.request(method, prism_servers[spec].url + path, headers=headers, json=body)

    assert response.status_code >= 400
    violations = json.loads(response.headers["sl-violations"])
    assert violations
    assert expected in json.dumps(violations)

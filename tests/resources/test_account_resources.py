"""The platform resources of hamsa.Hamsa / hamsa.AsyncHamsa: voice_agents.get/list, the
own-number and legacy calls, conversations.list/export, web_tools, knowledge_base,
voice_dictionaries, phone_numbers and analytics.

For each method: the exact request on the wire, the typed result, and a documented constraint
refused before anything is sent. Lists are walked across pages. Every test runs against the
sync and the async client; mock responses are the API docs' own examples.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import hamsa
import httpx
import pytest
import respx
from hamsa.v1.models import (
    AnalyticsOverview,
    AnalyticsSatisfaction,
    ApiToolTestEvent,
    Call,
    CallStatus,
    ConversationSummary,
    KnowledgeBaseItem,
    PhoneNumber,
    PhoneNumberCall,
    PhoneNumberProvider,
    ResponseEnvelope,
    UnassignPhoneNumberResponse,
    VoiceDictionary,
    VoiceDictionarySummary,
    WebTool,
    WebToolMessage,
)
from sdk_harness import Sdk, example, sent_json

AGENT_ID = "48f7656f-098b-4c43-b165-7cfd2cc8ac30"
OTHER_AGENT_ID = "d949f13f-40d2-4e48-ac86-b66633070603"
TOOL_ID = "d949f13f-40d2-4e48-ac86-b66633070603"
ITEM_ID = "550e8400-e29b-41d4-a716-446655440000"
DICTIONARY_ID = "48f7656f-098b-4c43-b165-7cfd2cc8ac30"


def collect(sdk: Sdk, paginator: Any) -> list[Any]:
    """Every item of a SyncPaginator, or of an AsyncPaginator iterated with `async for`."""
    if sdk.kind == "sync":
        return list(paginator)

    async def gather() -> list[Any]:
        return [item async for item in paginator]

    return list(sdk.wait(gather()))


def query_of(route: respx.Route, index: int = -1) -> list[tuple[str, str]]:
    return list(route.calls[index].request.url.params.multi_items())


def with_ids(item: dict[str, Any], ids: Iterable[str]) -> list[dict[str, Any]]:
    return [{**copy.deepcopy(item), "id": identifier} for identifier in ids]


def envelope(data: Any) -> dict[str, Any]:
    return {"success": True, "message": "success", "data": data}


def refused(sdk: Sdk, route: respx.Route, operation: Any) -> str:
    """The RequestValidationError message of an operation that must send nothing."""
    with pytest.raises(hamsa.RequestValidationError) as caught:
        sdk.run(operation)
    assert not route.called
    return str(caught.value)


# --- voice_agents.get / list (v2) ---------------------------------------------------------------


def test_voice_agents_get_reads_the_v2_agent(sdk: Sdk, api: respx.MockRouter) -> None:
    route = api.get(f"/v2/voice-agents/{AGENT_ID}").respond(
        200, json=example("v2_get_voice_agent.response")
    )

    agent = sdk.run(lambda c: c.voice_agents.get(AGENT_ID))

    assert route.call_count == 1
    assert isinstance(agent, hamsa.VoiceAgent)
    assert (agent.id, agent.name, agent.api_version) == (
        AGENT_ID,
        "Customer Support Agent",
        "v2",
    )


def agents_page(ids: Iterable[str], *, total: int = 25, filtered: int | None = None) -> Any:
    documented = example("v2_list_voice_agents.response")
    data = documented["data"]
    data["voiceAgents"] = with_ids(data["voiceAgents"][0], ids)
    data["total"] = total
    if filtered is None:
        data.pop("filtered")
    else:
        data["filtered"] = filtered
    return documented


def test_voice_agents_list_pages_by_number_and_stops_on_filtered(
    sdk: Sdk, api: respx.MockRouter
) -> None:
    route = api.get("/v2/voice-agents").mock(
        side_effect=[
            httpx.Response(200, json=agents_page(["a1", "a2"], filtered=6)),
            httpx.Response(200, json=agents_page(["a3", "a4"], filtered=6)),
            httpx.Response(200, json=agents_page(["a5", "a6"], filtered=6)),
            httpx.Response(200, json=agents_page(["never", "asked"], filtered=6)),
        ]
    )

    paginator = sdk.client.voice_agents.list(
        search="support",
        type=["Single Prompt", "Flow Agent"],
        language=["ar", "en"],
        sort_field="createdAt",
        sort_order="desc",
        page_size=2,
    )
    agents = collect(sdk, paginator)

    assert [agent.id for agent in agents] == ["a1", "a2", "a3", "a4", "a5", "a6"]
    assert all(isinstance(agent, hamsa.VoiceAgent) for agent in agents)
    assert route.call_count == 3  # 6 filtered agents seen: no 4th request
    for number in (1, 2, 3):
        assert query_of(route, number - 1) == [
            ("skip", str(number)),  # a 1-based page NUMBER, not an offset
            ("take", "2"),
            ("search", "support"),
            ("sortField", "createdAt"),
            ("sortOrder", "desc"),
            ("type[]", "Single Prompt"),
            ("type[]", "Flow Agent"),
            ("language[]", "ar"),
            ("language[]", "en"),
        ]


def test_voice_agents_list_with_an_empty_first_page_makes_one_request(
    sdk: Sdk, api: respx.MockRouter
) -> None:
    route = api.get("/v2/voice-agents").respond(200, json=agents_page([], total=0, filtered=0))

    assert collect(sdk, sdk.client.voice_agents.list()) == []
    assert route.call_count == 1
    assert query_of(route) == [("skip", "1"), ("take", "10")]


def test_voice_agents_list_checks_filters_when_called_not_when_iterated(
    sdk: Sdk, api: respx.MockRouter
) -> None:
    route = api.get("/v2/voice-agents")

    with pytest.raises(hamsa.RequestValidationError) as caught:
        sdk.client.voice_agents.list(type=["Robot"], language="fr", sort_order="up")
    message = str(caught.value)
    assert "type[0] = 'Robot': must be one of 'Flow Agent', 'Single Prompt'" in message
    assert "language[0] = 'fr'" in message
    assert "sort_order = 'up'" in message

    with pytest.raises(hamsa.RequestValidationError, match="page_size = 0: must be at least 1"):
        sdk.client.voice_agents.list(page_size=0)
    assert not route.called


def test_voice_agents_list_with_raw_response_returns_one_page(
    sdk: Sdk, api: respx.MockRouter
) -> None:
    route = api.get("/v2/voice-agents").respond(200, json=agents_page(["a3"], filtered=3))

    raw = sdk.run(lambda c: c.voice_agents.with_raw_response.list(page=2, page_size=2))

    assert raw.status_code == 200
    assert query_of(route) == [("skip", "2"), ("take", "2")]
    assert raw.parsed.number == 2
    assert (raw.parsed.total, raw.parsed.filtered) == (25, 3)
    assert [agent.id for agent in raw.parsed.items] == ["a3"]


# --- calls.start_with_phone_number / start_twilio -----------------------------------------------


def test_start_with_phone_number_and_a_saved_agent(sdk: Sdk, api: respx.MockRouter) -> None:
    documented = example("v1_call_phone_number.response")
    route = api.post("/v1/voice-agents/phone-number/call").respond(200, json=documented)

    call = sdk.run(
        lambda c: c.calls.start_with_phone_number(
            to_number="+15551234567",
            phone_number="+1234567890",
            voice_agent_id=OTHER_AGENT_ID,
            params={"customer_name": "Sara"},
        )
    )

    assert sent_json(route) == {
        "toNumber": "+15551234567",
        "phoneNumber": "+1234567890",
        "voiceAgentId": OTHER_AGENT_ID,
        "params": {"customer_name": "Sara"},
    }
    assert isinstance(call, PhoneNumberCall)
    assert call.job_id == documented["data"]["jobId"]


def test_start_with_phone_number_always_sends_the_required_agent_id_and_params(
    sdk: Sdk, api: respx.MockRouter
) -> None:
    route = api.post("/v1/voice-agents/phone-number/call").respond(
        200, json=example("v1_call_phone_number.response")
    )

    sdk.run(
        lambda c: c.calls.start_with_phone_number(
            to_number="+15551234567", phone_number="+12345678901", voice_agent_id=OTHER_AGENT_ID
        )
    )
    assert sent_json(route)["params"] == {}

    sdk.run(
        lambda c: c.calls.start_with_phone_number(
            to_number="+15551234567",
            phone_number="+1234567890",
            agent={
                "name": "Inline",
                "conversation": {"greeting_message": "Hi {{name}}", "preamble": "Be brief."},
                "call_settings": {"max_call_duration": 120},
            },
            params={"name": "Sara"},
        )
    )
    assert sent_json(route) == {
        "toNumber": "+15551234567",
        "phoneNumber": "+1234567890",
        "voiceAgentId": None,  # documented as required: null with an inline agent
        "params": {},
        "agentDetails": {
            "agentName": "Inline",
            "greetingMessage": "Hi {{name}}",
            "preamble": "Be brief.",
            "maxCallDuration": 120,
            "params": {"name": "Sara"},
        },
    }


def test_start_with_phone_number_checks_before_dialling(sdk: Sdk, api: respx.MockRouter) -> None:
    route = api.post("/v1/voice-agents/phone-number/call")

    message = refused(
        sdk,
        route,
        lambda c: c.calls.start_with_phone_number(
            to_number="+15551234567", phone_number="+1234567890", voice_agent_id="agent-1"
        ),
    )
    assert "voice_agent_id = 'agent-1': must be a UUID" in message

    message = refused(
        sdk,
        route,
        lambda c: c.calls.start_with_phone_number(
            to_number="+15551234567",
            phone_number="+1234567890",
            agent={"name": "Inline", "conversation": {"greeting_message": "Hi {{name}}"}},
        ),
    )
    assert "params.name" in message


def test_start_with_phone_number_is_never_repeated(sdk: Sdk, api: respx.MockRouter) -> None:
    route = api.post("/v1/voice-agents/phone-number/call").respond(503, json={"message": "busy"})

    with pytest.raises(hamsa.InternalServerError):
        sdk.run(
            lambda c: c.calls.start_with_phone_number(
                to_number="+15551234567", phone_number="+1234567890", voice_agent_id=AGENT_ID
            )
        )
    assert route.call_count == 1


def test_start_twilio_is_deprecated_at_the_users_line(sdk: Sdk, api: respx.MockRouter) -> None:
    route = api.post("/v1/voice-agents/twilio/call").respond(
        200, json=example("v1_start_call.response")
    )
    arguments: dict[str, Any] = {
        "to_number": "+15551234567",
        "twilio_phone_number": "+1234567890",
        "voice_agent_id": OTHER_AGENT_ID,
        "webhook_url": "https://example.com/webhook",
        "webhook_auth": {"auth_key": "Token", "auth_secret": "Secret"},
    }

    with pytest.warns(DeprecationWarning, match="start_with_phone_number") as caught:
        if isinstance(sdk.client, hamsa.Hamsa):
            call = sdk.client.calls.start_twilio(**arguments)
        else:
            client = sdk.client

            async def users_code() -> Call:
                return await client.calls.start_twilio(**arguments)

            call = sdk.wait(users_code())

    assert [warning.filename for warning in caught] == [__file__]
    assert isinstance(call, Call)
    assert sent_json(route) == {
        "toNumber": "+15551234567",
        "twilioPhoneNumber": "+1234567890",
        "voiceAgentId": OTHER_AGENT_ID,
        "webhookUrl": "https://example.com/webhook",
        "webhookAuth": {"authKey": "Token", "authSecret": "Secret"},
    }


def test_start_twilio_with_raw_response_warns_once_too(sdk: Sdk, api: respx.MockRouter) -> None:
    api.post("/v1/voice-agents/twilio/call").respond(200, json=example("v1_start_call.response"))

    with pytest.warns(DeprecationWarning) as caught:
        raw = sdk.run(
            lambda c: c.calls.with_raw_response.start_twilio(
                to_number="+15551234567", twilio_phone_number="+1234567890", voice_agent_id="x"
            )
        )
    assert len(caught) == 1
    assert raw.status_code == 200


# --- conversations.list / export ------------------------------------------------------------


def calls_page(ids: Iterable[str]) -> Any:
    documented = example("v1_list_minimal_calls.response")
    data = documented["data"]
    data["calls"] = with_ids(data["calls"][0], ids)
    data["total"], data["filtered"] = 137, 50  # the counters alone would not stop it
    return documented


def test_conversations_list_stops_on_a_short_last_page(sdk: Sdk, api: respx.MockRouter) -> None:
    route = api.get("/v1/voice-agents/conversations/minimal-list").mock(
        side_effect=[
            httpx.Response(200, json=calls_page(["c1", "c2"])),
            httpx.Response(200, json=calls_page(["c3"])),
        ]
    )
    since = datetime(2025, 1, 1, tzinfo=UTC)

    calls = collect(
        sdk,
        sdk.client.conversations.list(
            voice_agent_id=AGENT_ID,
            status=[CallStatus.COMPLETED, "FAILED"],
            start_time=since,
            end_time=1735775999999,
            page_size=2,
        ),
    )

    assert [call.id for call in calls] == ["c1", "c2", "c3"]
    assert isinstance(calls[0], ConversationSummary)
    assert calls[0].status is CallStatus.COMPLETED
    assert calls[0].call_params.user_number == "+201095987769"
    assert route.call_count == 2
    assert query_of(route, 1) == [
        ("voiceAgentId", AGENT_ID),
        ("status", "COMPLETED"),
        ("status", "FAILED"),
        ("startTime", "1735689600000"),
        ("endTime", "1735775999999"),
        ("page", "2"),
        ("perPage", "2"),
    ]


def test_conversations_list_with_an_empty_first_page(sdk: Sdk, api: respx.MockRouter) -> None:
    route = api.get("/v1/voice-agents/conversations/minimal-list").respond(200, json=calls_page([]))

    assert collect(sdk, sdk.client.conversations.list()) == []
    assert route.call_count == 1
    assert query_of(route) == [("page", "1"), ("perPage", "100")]


@pytest.mark.parametrize(
    ("arguments", "problem"),
    [
        ({"page_size": 201}, "page_size = 201: must be between 1 and 200"),
        ({"status": "ON_HOLD"}, "status[0] = 'ON_HOLD': must be one of"),
        (
            {"start_time": datetime(2025, 1, 1)},
            "start_time = datetime.datetime(2025, 1, 1, 0, 0): must be timezone-aware",
        ),
        (
            {"start_time": 2000, "end_time": 1000},
            "end_time = 1000: must not be earlier than start_time",
        ),
        ({"voice_agent_id": "agent-1"}, "voice_agent_id = 'agent-1': must be a UUID"),
    ],
)
def test_conversations_list_refuses_before_any_request(
    sdk: Sdk, api: respx.MockRouter, arguments: dict[str, Any], problem: str
) -> None:
    route = api.get("/v1/voice-agents/conversations/minimal-list")

    with pytest.raises(hamsa.RequestValidationError) as caught:
        sdk.client.conversations.list(**arguments)

    assert problem in str(caught.value)
    assert not route.called


WORKBOOK = b"PK\x03\x04 an xlsx workbook"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def test_conversations_export_returns_the_workbook(sdk: Sdk, api: respx.MockRouter) -> None:
    route = api.get("/v1/agent-analytics/conversations/export").respond(
        200, content=WORKBOOK, headers={"content-type": XLSX}
    )
    cairo = timezone(timedelta(hours=2))

    content = sdk.run(
        lambda c: c.conversations.export(
            AGENT_ID,
            status="COMPLETED",
            start_period=datetime(2025, 1, 1, 2, tzinfo=cairo),
            end_period=1735775999999,
            time_difference=-3,
        )
    )

    assert content == WORKBOOK
    request = route.calls.last.request
    assert request.headers["Accept"] == XLSX
    assert query_of(route) == [
        ("voiceAgentId", AGENT_ID),
        ("status", "COMPLETED"),
        ("period", "CUSTOM"),  # implied by start_period/end_period
        ("startPeriod", "1735689600000"),  # epoch ms, sent as the documented strings
        ("endPeriod", "1735775999999"),
        ("timeDifference", "-3"),
    ]


def test_conversations_export_writes_to_a_path(
    sdk: Sdk, api: respx.MockRouter, tmp_path: Path
) -> None:
    api.get("/v1/agent-analytics/conversations/export").respond(200, content=WORKBOOK)
    target = tmp_path / "calls.xlsx"

    written = sdk.run(lambda c: c.conversations.export(AGENT_ID, period="TODAY", to=str(target)))

    assert written == target
    assert target.read_bytes() == WORKBOOK


def test_conversations_export_refuses_an_inconsistent_period(
    sdk: Sdk, api: respx.MockRouter, tmp_path: Path
) -> None:
    route = api.get("/v1/agent-analytics/conversations/export")
    target = tmp_path / "never.xlsx"

    message = refused(
        sdk,
        route,
        lambda c: c.conversations.export(
            AGENT_ID, period="TODAY", start_period=0, status="TERMINATED", to=target
        ),
    )
    assert "period = 'TODAY': must be 'CUSTOM' with start_period/end_period" in message
    assert "status = 'TERMINATED'" in message  # not an exportable status

    message = refused(sdk, route, lambda c: c.conversations.export(AGENT_ID, period="CUSTOM"))
    assert "start_period = None: is required with period='CUSTOM'" in message
    assert "end_period = None: is required with period='CUSTOM'" in message
    assert not target.exists()


# --- web_tools (v1) ---------------------------------------------------------------------------

WEB_TOOL_ARGS: dict[str, Any] = {
    "type": "FUNCTION",
    "name": "Weather API Tool",
    "tool_settings": {
        "server_url": "https://api.example.com/webhook",
        "method_type": "POST",
        "auth_token": "bearer_token_12345",
        "time_out": 15,
        # user-chosen keys are sent as written
        "http_headers": {"Content-Type": "application/json", "Authorization": "Bearer token"},
        "path_parameters": {"userId": "12345"},
    },
    "description": "A tool that fetches current weather information for a given location.",
    "async_": True,
    "messages": [WebToolMessage(type="system", content="You are a helpful weather assistant.")],
    "params": {
        "type": "object",
        "properties": {"test": {"type": "number", "description": "Hello world from Hamsa AI!"}},
        "required": ["test"],
    },
}


def test_web_tools_create_sends_the_documented_body(sdk: Sdk, api: respx.MockRouter) -> None:
    route = api.post("/v1/voice-agents/web-tool").respond(
        200, json=example("v1_get_web_tool.response")
    )

    tool = sdk.run(lambda c: c.web_tools.create(**WEB_TOOL_ARGS))

    assert sent_json(route) == example("v1_create_web_tool.request")
    assert isinstance(tool, WebTool)
    assert tool.id == TOOL_ID
    assert tool.tool_settings.timeout == 5000


def test_web_tools_create_reports_every_broken_rule(sdk: Sdk, api: respx.MockRouter) -> None:
    route = api.post("/v1/voice-agents/web-tool")

    message = refused(
        sdk,
        route,
        lambda c: c.web_tools.create(
            type="MCP",
            name="x" * 251,
            async_=False,
            tool_settings={
                "server_url": "https://mcp.example.com",
                "method_type": "POST",
                "timeout": 5,
            },
            messages=[{"type": "system", "content": "a"}, {"type": "system", "content": "b"}],
        ),
    )
    assert "async_ = False: is not allowed for MCP tools" in message
    assert "tool_settings.timeout = 5: unknown in a request" in message
    assert "messages[1].type = 'system': may appear once per tool" in message
    assert "must be at most 250 characters" in message

    message = refused(sdk, route, lambda c: c.web_tools.create(type="FUNCTION", name="Weather"))
    assert "async_ = None: is required for FUNCTION tools" in message

    # A message type that isn't a string is a validation error, not a crash of the rule check.
    message = refused(
        sdk,
        route,
        lambda c: c.web_tools.create(
            type="FUNCTION", name="Weather", async_=True, messages=[{"type": {}, "content": "a"}]
        ),
    )
    assert "messages[0].type" in message


def test_web_tools_get_and_update(sdk: Sdk, api: respx.MockRouter) -> None:
    documented = example("v1_get_web_tool.response")
    get = api.get(f"/v1/voice-agents/web-tool/{TOOL_ID}").respond(200, json=documented)
    patch = api.patch(f"/v1/voice-agents/web-tool/{TOOL_ID}").respond(200, json=documented)

    tool = sdk.run(lambda c: c.web_tools.get(TOOL_ID))
    assert get.call_count == 1
    assert isinstance(tool, WebTool)
    assert tool.name == "Weather API Tool"

    updated = sdk.run(
        lambda c: c.web_tools.update(
            TOOL_ID,
            type="FUNCTION",
            name="<string>",
            description="<string>",
            async_=True,
            tool_settings={
                "server_url": "<string>",
                "method_type": "<string>",
                "auth_token": "<string>",
                "time_out": 2,
                "http_headers": {},
                "path_parameters": {},
            },
            messages=[{"type": "system", "content": "system"}],
            params={},
        )
    )
    assert sent_json(patch) == example("v1_update_web_tool.request")
    assert isinstance(updated, WebTool)

    sdk.run(lambda c: c.web_tools.update(TOOL_ID, description="Only this"))
    assert sent_json(patch) == {"description": "Only this"}

    message = refused(
        sdk,
        api.patch("/v1/voice-agents/web-tool/other"),
        lambda c: c.web_tools.update("other", description=""),
    )
    assert "description = '': must be at least 1 character" in message


def test_web_tools_list_pages_with_its_filters(sdk: Sdk, api: respx.MockRouter) -> None:
    documented = example("v1_list_web_tools.response")
    second = copy.deepcopy(documented)
    second["data"]["items"] = []
    route = api.get("/v1/voice-agents/web-tool/list").mock(
        side_effect=[httpx.Response(200, json=documented), httpx.Response(200, json=second)]
    )

    tools = collect(
        sdk, sdk.client.web_tools.list(voice_agent_id=AGENT_ID, is_active=True, page_size=1)
    )

    assert [tool.id for tool in tools] == [TOOL_ID]
    assert isinstance(tools[0], WebTool)
    assert route.call_count == 2  # `filtered: 100` promised more; the empty page ends it
    assert query_of(route, 1) == [
        ("voiceAgentId", AGENT_ID),
        ("isActive", "true"),
        ("skip", "2"),
        ("take", "1"),
    ]
    with pytest.raises(hamsa.RequestValidationError, match="is_active = 'yes'"):
        sdk.client.web_tools.list(is_active="yes")  # type: ignore[arg-type]


def test_web_tools_test_sends_the_documented_body(sdk: Sdk, api: respx.MockRouter) -> None:
    route = api.post("/v1/voice-agents/web-tool/test-api-tool").respond(
        200, json=example("v1_test_api_tool.response")
    )

    event = sdk.run(
        lambda c: c.web_tools.test(
            project_id="d949f13f-40d2-4e48-ac86-b66633070603",
            server_url="https://api.example.com/endpoint",
            method="POST",
            api_key="d949f13f-40d2-4e48-ac86-b66633070603",
            user_id="d949f13f-40d2-4e48-ac86-b66633070603",
            auth_prefix="Bearer",
            auth_token="eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...",
            tool_timeout=5,
            http_headers={"Content-Type": "application/json", "X-Custom-Header": "value"},
            query_params={"filter": "active", "limit": "10"},
            body={"name": "Test", "value": 123},
        )
    )

    assert sent_json(route) == example("v1_test_api_tool.request")
    assert isinstance(event, ApiToolTestEvent)
    assert event.event == "attempt"
    assert event.data.message == "Starting API test..."


def test_web_tools_test_names_problems_in_the_callers_terms(
    sdk: Sdk, api: respx.MockRouter
) -> None:
    route = api.post("/v1/voice-agents/web-tool/test-api-tool")

    message = refused(
        sdk,
        route,
        lambda c: c.web_tools.test(
            project_id="project-1",
            server_url="not a url",
            method="FETCH",
            tool_timeout="soon",
        ),
    )
    assert "project_id = 'project-1': must be a UUID" in message
    assert "server_url = 'not a url'" in message
    assert "tool_timeout = 'soon'" in message


# --- knowledge_base (v1) ------------------------------------------------------------------------


def test_knowledge_base_create_get_and_rename(sdk: Sdk, api: respx.MockRouter) -> None:
    create = api.post("/v1/voice-agents/knowledge-base").respond(
        200, json=example("v1_create_knowledge_base_items.response")
    )
    get = api.get(f"/v1/voice-agents/knowledge-base/{ITEM_ID}").respond(
        200, json=example("v1_get_knowledge_base_item.response")
    )
    rename = api.patch(f"/v1/voice-agents/knowledge-base/{ITEM_ID}").respond(
        200, json=example("v1_update_knowledge_base_item.response")
    )

    created = sdk.run(
        lambda c: c.knowledge_base.create(
            [
                {
                    "item_name": "Product Documentation",
                    "item_url": "https://example.com/document.pdf",
                    "type": "TEXT",
                    "item_urls": ["https://example.com/document.pdf"],
                    "content": "This is the content of the knowledge base item...",
                }
            ]
        )
    )
    assert sent_json(create) == example("v1_create_knowledge_base_items.request")
    assert isinstance(created, KnowledgeBaseItem)
    assert created.words_number == 1298

    item = sdk.run(lambda c: c.knowledge_base.get(ITEM_ID))
    assert get.call_count == 1
    assert item.item_name == "Product Documentation"

    renamed = sdk.run(
        lambda c: c.knowledge_base.update(ITEM_ID, item_name="Updated Product Documentation")
    )
    assert sent_json(rename) == example("v1_update_knowledge_base_item.request")
    assert renamed.item_name == "Updated Product Documentation"


def test_knowledge_base_refuses_before_sending(sdk: Sdk, api: respx.MockRouter) -> None:
    create = api.post("/v1/voice-agents/knowledge-base")
    rename = api.patch(f"/v1/voice-agents/knowledge-base/{ITEM_ID}")
    delete = api.delete(f"/v1/voice-agents/knowledge-base/{ITEM_ID}/url")

    assert "items = []: must have at least 1 item" in refused(
        sdk, create, lambda c: c.knowledge_base.create([])
    )
    assert "item_name" in refused(
        sdk, rename, lambda c: c.knowledge_base.update(ITEM_ID, item_name="x" * 251)
    )
    assert "url = 'page': must be" in refused(
        sdk, delete, lambda c: c.knowledge_base.delete_url(ITEM_ID, url="page")
    )


def test_knowledge_base_delete_url_is_a_delete_with_a_json_body(
    sdk: Sdk, api: respx.MockRouter
) -> None:
    route = api.delete(f"/v1/voice-agents/knowledge-base/{ITEM_ID}/url").respond(
        200, json=example("v1_delete_knowledge_base_item_url.response")
    )

    result = sdk.run(lambda c: c.knowledge_base.delete_url(ITEM_ID, url="https://example.com/page"))

    assert sent_json(route) == example("v1_delete_knowledge_base_item_url.request")
    assert isinstance(result, ResponseEnvelope)
    assert result.message_key == "URL_DELETED_SUCCESSFULLY"


def test_knowledge_base_list_sends_skip_and_take_as_strings(
    sdk: Sdk, api: respx.MockRouter
) -> None:
    documented = example("v1_list_knowledge_base_items.response")
    item = documented["data"]["items"][0]
    pages = []
    for ids in (["k1", "k2"], ["k3"]):
        page = copy.deepcopy(documented)
        page["data"]["items"] = with_ids(item, ids)
        pages.append(httpx.Response(200, json=page))
    route = api.get("/v1/voice-agents/knowledge-base/list").mock(side_effect=pages)

    items = collect(
        sdk,
        sdk.client.knowledge_base.list(
            voice_agent_id=AGENT_ID, is_active=True, used=False, type=["TEXT", "URL"], page_size=2
        ),
    )

    assert [i.id for i in items] == ["k1", "k2", "k3"]
    assert isinstance(items[0], KnowledgeBaseItem)
    assert query_of(route, 1) == [
        ("voiceAgentId", AGENT_ID),
        ("isActive", "true"),
        ("used", "false"),
        ("skip", "2"),
        ("take", "2"),
        ("type", "TEXT"),
        ("type", "URL"),
    ]


# --- voice_dictionaries (v1) --------------------------------------------------------------------


def test_voice_dictionaries_create_update_and_toggle(sdk: Sdk, api: respx.MockRouter) -> None:
    create = api.post("/v1/voice-agents/voice-dictionaries").respond(
        200, json=example("v1_create_voice_dictionary.response")
    )
    update = api.patch(f"/v1/voice-agents/voice-dictionaries/{DICTIONARY_ID}").respond(
        200, json=example("v1_update_voice_dictionary.response")
    )
    toggle = api.post("/v1/voice-agents/voice-dictionaries/toggle-activation").respond(
        200, json=example("v1_toggle_voice_dictionary_activation.response")
    )

    created = sdk.run(
        lambda c: c.voice_dictionaries.create(
            name="Medical Terms Dictionary",
            words=[{"word": "acetaminophen", "pronunciation": "uh-SEE-tuh-MIN-uh-fen"}],
        )
    )
    assert sent_json(create) == example("v1_create_voice_dictionary.request")
    assert isinstance(created, VoiceDictionary)
    assert created.words[0].pronunciation == "uh-SEE-tuh-MIN-uh-fen"

    updated = sdk.run(
        lambda c: c.voice_dictionaries.update(
            DICTIONARY_ID, name="Updated Medical Terms Dictionary"
        )
    )
    assert sent_json(update) == {"name": "Updated Medical Terms Dictionary"}
    assert updated.name == "Updated Medical Terms Dictionary"

    result = sdk.run(
        lambda c: c.voice_dictionaries.toggle_activation(
            dictionary_id=DICTIONARY_ID, voice_agent_id=OTHER_AGENT_ID, is_active=True
        )
    )
    assert sent_json(toggle) == example("v1_toggle_voice_dictionary_activation.request")
    assert isinstance(result, ResponseEnvelope)
    assert result.message_key == "VoiceDictionaryActivationToggledSuccessfully"


def test_voice_dictionaries_refuse_before_sending(sdk: Sdk, api: respx.MockRouter) -> None:
    create = api.post("/v1/voice-agents/voice-dictionaries")
    toggle = api.post("/v1/voice-agents/voice-dictionaries/toggle-activation")

    message = refused(
        sdk,
        create,
        lambda c: c.voice_dictionaries.create(
            name="Terms", words=[{"word": 5, "pronunciation": "five"}]
        ),
    )
    assert "words[0].word = 5: must be a JSON string" in message
    message = refused(
        sdk,
        toggle,
        lambda c: c.voice_dictionaries.toggle_activation(
            dictionary_id="dict-1", voice_agent_id=OTHER_AGENT_ID, is_active="yes"
        ),
    )
    assert "dictionary_id = 'dict-1': must be a UUID" in message
    assert "is_active = 'yes': must be a JSON boolean" in message


def test_voice_dictionaries_list_walks_page_and_page_size(sdk: Sdk, api: respx.MockRouter) -> None:
    documented = example("v1_list_voice_dictionaries.response")
    summary = documented["data"]["dictionaries"][0]

    def page(number: int, ids: list[str]) -> httpx.Response:
        data = {"dictionaries": with_ids(summary, ids), "total": 3, "page": number, "pageSize": 2}
        return httpx.Response(200, json={"success": True, "data": data})

    route = api.get("/v1/voice-agents/voice-dictionaries/list").mock(
        side_effect=[page(1, ["d1", "d2"]), page(2, ["d3"])]
    )

    found = collect(
        sdk, sdk.client.voice_dictionaries.list(used=True, voice_agent_id=AGENT_ID, page_size=2)
    )

    assert [d.id for d in found] == ["d1", "d2", "d3"]
    assert isinstance(found[0], VoiceDictionarySummary)
    assert found[0].words_count == 25
    assert route.call_count == 2
    assert query_of(route, 1) == [
        ("skip", "2"),
        ("take", "2"),
        ("used", "true"),
        ("voiceAgentId", AGENT_ID),
    ]


# --- phone_numbers (v1) --------------------------------------------------------------------------


def test_phone_numbers_add_assign_and_unassign(sdk: Sdk, api: respx.MockRouter) -> None:
    add = api.post("/v1/voice-agents/phone-number").respond(
        200, json=example("v1_add_phone_number.response")
    )
    assign = api.post("/v1/voice-agents/assign-number").respond(
        200, json=example("v1_assign_phone_number.response")
    )
    unassign = api.post("/v1/voice-agents/unassign").respond(
        200, json=example("v1_unassign_phone_number.response")
    )

    added = sdk.run(
        lambda c: c.phone_numbers.add(
            type="TWILIO",
            phone_number="+15551234567",  # the docs' "<string>" is no E.164 number
            label="<string>",
            twilio_account_sid="<string>",
            twilio_auth_token="<string>",
        )
    )
    documented = {**example("v1_add_phone_number_twilio.request"), "phoneNumber": "+15551234567"}
    assert sent_json(add) == documented
    assert isinstance(added, PhoneNumber)
    assert added.type is PhoneNumberProvider.TWILIO

    assigned = sdk.run(
        lambda c: c.phone_numbers.assign(phone_number="+9700000000", voice_agent_id=OTHER_AGENT_ID)
    )
    assert sent_json(assign) == example("v1_assign_phone_number.request")
    assert assigned.voice_agent.name == "My Voice Agent"

    result = sdk.run(lambda c: c.phone_numbers.unassign(phone_number="+9700000000"))
    assert sent_json(unassign) == example("v1_unassign_phone_number.request")
    assert isinstance(result, UnassignPhoneNumberResponse)
    assert result.data == "Voice agents were successfully unassigned from the phone number."


def test_phone_numbers_refuse_before_sending(sdk: Sdk, api: respx.MockRouter) -> None:
    add = api.post("/v1/voice-agents/phone-number")
    assign = api.post("/v1/voice-agents/assign-number")
    listing = api.get("/v1/voice-agents/phone-number/list")

    message = refused(
        sdk,
        add,
        lambda c: c.phone_numbers.add(
            phone_number="+9700000000",
            label="",
            twilio_account_sid="AC1",
            twilio_auth_token="t",
            type="PSTN",
        ),
    )
    assert "label = '': must be at least 1 character" in message
    assert "type" in message
    assert "phone_number = '9700000000': must be an E.164 phone number" in refused(
        sdk,
        assign,
        lambda c: c.phone_numbers.assign(phone_number="9700000000", voice_agent_id=OTHER_AGENT_ID),
    )
    message = refused(sdk, listing, lambda c: c.phone_numbers.list(provider="PSTN", page_size=-1))
    assert "provider = 'PSTN': must be one of 'SIP', 'TWILIO'" in message


def numbers_page(ids: list[str]) -> httpx.Response:
    documented = example("v1_list_phone_numbers.response")
    documented["data"] = with_ids(documented["data"][0], ids)
    return httpx.Response(200, json=documented)


def test_phone_numbers_list_reads_pages_until_a_short_one(sdk: Sdk, api: respx.MockRouter) -> None:
    route = api.get("/v1/voice-agents/phone-number/list").mock(
        side_effect=[numbers_page(["n1", "n2"]), numbers_page(["n3"])]
    )

    numbers = sdk.run(
        lambda c: c.phone_numbers.list(voice_agent_id=AGENT_ID, provider="TWILIO", page_size=2)
    )

    assert isinstance(numbers, list)
    assert [number.id for number in numbers] == ["n1", "n2", "n3"]
    assert isinstance(numbers[0], PhoneNumber)
    assert [query_of(route, i) for i in (0, 1)] == [
        [("voiceAgentId", AGENT_ID), ("skip", "1"), ("take", "2"), ("provider", "TWILIO")],
        [("voiceAgentId", AGENT_ID), ("skip", "2"), ("take", "2"), ("provider", "TWILIO")],
    ]


def test_phone_numbers_list_stops_when_the_api_ignores_the_page_number(
    sdk: Sdk, api: respx.MockRouter
) -> None:
    route = api.get("/v1/voice-agents/phone-number/list").mock(
        side_effect=[numbers_page(["n1", "n2"])] * 3
    )

    numbers = sdk.run(lambda c: c.phone_numbers.list(page_size=2))

    assert [number.id for number in numbers] == ["n1", "n2"]
    assert route.call_count == 2


def test_phone_numbers_list_with_an_empty_first_page(sdk: Sdk, api: respx.MockRouter) -> None:
    route = api.get("/v1/voice-agents/phone-number/list").mock(side_effect=[numbers_page([])])

    assert sdk.run(lambda c: c.phone_numbers.list()) == []
    assert route.call_count == 1
    assert query_of(route) == [("skip", "1"), ("take", "10")]


# --- analytics (v1) ---------------------------------------------------------------------------


def test_analytics_overview_and_satisfaction(sdk: Sdk, api: respx.MockRouter) -> None:
    overview = api.get("/v1/agent-analytics/overview").respond(
        200, json=example("v1_agent_analytics_overview.response")
    )
    satisfaction = api.get("/v1/agent-analytics/satisfaction").respond(
        200, json=example("v1_agent_analytics_satisfaction.response")
    )

    figures = sdk.run(
        lambda c: c.analytics.overview(
            voice_agent_id=AGENT_ID,
            period="CUSTOM",
            start_period=1735689600000,
            end_period=datetime(2025, 1, 1, 23, 59, 59, 999000, tzinfo=UTC),
            time_difference="-3",
        )
    )
    assert isinstance(figures, AnalyticsOverview)
    assert figures.calls_over_time[0].count == "6"  # a number sent as a string, kept as sent
    assert query_of(overview) == [
        ("voiceAgentId", AGENT_ID),
        ("period", "CUSTOM"),
        ("startPeriod", "1735689600000"),
        ("endPeriod", "1735775999999"),
        ("timeDifference", "-3"),
    ]

    scores = sdk.run(lambda c: c.analytics.satisfaction(period="THIS_WEEK"))
    assert isinstance(scores, AnalyticsSatisfaction)
    assert scores.sentiment_distribution.positive == 87
    assert query_of(satisfaction) == [("period", "THIS_WEEK")]


def test_analytics_refuses_before_sending(sdk: Sdk, api: respx.MockRouter) -> None:
    route = api.get("/v1/agent-analytics/overview")

    message = refused(
        sdk,
        route,
        lambda c: c.analytics.overview(
            period="LAST_YEAR", start_period=-1, time_difference="three hours"
        ),
    )
    assert "period = 'LAST_YEAR': must be one of" in message
    assert "start_period = -1" in message
    assert "time_difference = 'three hours'" in message


# --- raw responses and the client ---------------------------------------------------------------


def test_new_resources_have_raw_response_twins(sdk: Sdk, api: respx.MockRouter) -> None:
    api.get(f"/v1/voice-agents/web-tool/{TOOL_ID}").respond(
        200, json=example("v1_get_web_tool.response"), headers={"x-request-id": "req-1"}
    )
    api.get("/v1/agent-analytics/conversations/export").respond(200, content=WORKBOOK)
    api.get("/v1/voice-agents/phone-number/list").mock(side_effect=[numbers_page(["n1"])])

    tool = sdk.run(lambda c: c.web_tools.with_raw_response.get(TOOL_ID))
    assert isinstance(tool, hamsa.APIResponse)
    assert tool.headers["x-request-id"] == "req-1"
    assert isinstance(tool.parsed, WebTool)

    workbook = sdk.run(lambda c: c.conversations.with_raw_response.export(AGENT_ID))
    assert workbook.parsed == workbook.content == WORKBOOK

    numbers = sdk.run(lambda c: c.phone_numbers.with_raw_response.list(page=1, page_size=5))
    assert [number.id for number in numbers.parsed.items] == ["n1"]
    assert numbers.parsed.total is None  # the API sends no counters here


def test_generated_methods_take_the_per_call_extras(sdk: Sdk, api: respx.MockRouter) -> None:
    documented = example("v1_get_web_tool.response")
    get = api.get(f"/v1/voice-agents/web-tool/{TOOL_ID}").respond(200, json=documented)
    patch = api.patch(f"/v1/voice-agents/web-tool/{TOOL_ID}").respond(200, json=documented)

    sdk.run(
        lambda c: c.web_tools.get(TOOL_ID, extra_headers={"X-Trace": "t1"}, extra_query={"v": "2"})
    )
    assert get.calls[-1].request.headers["x-trace"] == "t1"
    assert query_of(get) == [("v", "2")]

    sdk.run(lambda c: c.web_tools.update(TOOL_ID, description="New", extra_body={"beta": True}))
    assert sent_json(patch) == {"description": "New", "beta": True}  # the extra, unchecked

    raw = sdk.run(lambda c: c.web_tools.with_raw_response.get(TOOL_ID, max_retries=0, timeout=3))
    assert raw.parsed.id == TOOL_ID


def test_resources_are_cached_per_client(sdk: Sdk) -> None:
    client = sdk.client
    for name in ("web_tools", "knowledge_base", "voice_dictionaries", "phone_numbers", "analytics"):
        resource = getattr(client, name)
        assert getattr(client, name) is resource
        assert resource.with_raw_response is resource.with_raw_response


LAZY_PROBE = """
import json, sys
import hamsa
client = hamsa.Hamsa(api_key="k")
loaded = lambda: sorted(
    m for m in sys.modules if m.startswith(("hamsa.resources.", "hamsa._resources."))
)
before = loaded()
client.web_tools
print(json.dumps({"before": before, "after": loaded()}))
"""


def test_resources_load_on_first_use_only() -> None:
    roots = [str(Path(part).resolve().parent) for part in hamsa.__path__]
    inherited = os.environ.get("PYTHONPATH", "")
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([*roots, *([inherited] if inherited else [])]),
    }

    result = subprocess.run(
        [sys.executable, "-c", LAZY_PROBE],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["before"] == []
    # client.web_tools is generated (hamsa._resources), from the spec's declarations.
    assert "hamsa._resources.web_tools" in report["after"]
    assert "hamsa._resources.phone_numbers" not in report["after"]

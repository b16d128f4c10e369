"""What a user of hamsa.Hamsa / hamsa.AsyncHamsa sees: the resources' wire requests, typed
results, raw responses, errors, secrets, configuration and import cost.

Every test runs against the sync and the async client through one blocking harness, so both
are held to the same assertions. Mock responses are the API docs' own examples
(tests/fixtures/examples); the network is only ever touched on loopback.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import hamsa
import httpx
import pytest
import respx
from hamsa.v1.models import Call, UpdateVoiceAgentRequest, VoiceAgentResponse
from hamsa.v2.models import (
    CallSettings,
    Conversation,
    CreateVoiceAgentRequest,
    Language,
    Llm,
    Params,
    Voice,
)
from sdk_harness import (
    API_KEY,
    DEFAULT_TIMEOUT,
    USER_AGENT,
    Kind,
    Operation,
    Sdk,
    example,
    new_http_client,
    sent_json,
)

# --- requests on the wire and typed results --------------------------------------------------

CREATE_ARGS: dict[str, Any] = {
    "name": "Support",
    "conversation": {
        "greeting_message": "Hi {{customer_name}}!",
        "preamble": "You are a support agent.",
        "params": {"customer_name": "Sara"},
    },
    "voice": {"voice_id": "en-US-Neural2-A", "lang": "en"},
    "llm": {"provider": "openai", "model": "gpt-4.1", "temperature": 0.3},
    "call_settings": {"max_call_duration": 300, "interrupt": True},
}
CREATE_BODY: dict[str, Any] = {
    "name": "Support",
    "conversation": {
        "greetingMessage": "Hi {{customer_name}}!",
        "preamble": "You are a support agent.",
        "params": {"customer_name": "Sara"},  # user-chosen keys are never camelCased
    },
    "voice": {"voiceId": "en-US-Neural2-A", "lang": "en"},
    "llm": {"provider": "openai", "model": "gpt-4.1", "temperature": 0.3},
    "callSettings": {"maxCallDuration": 300, "interrupt": True},
}


def test_create_posts_the_nested_v2_body_and_returns_a_unified_agent(
    sdk: Sdk, api: respx.MockRouter
) -> None:
    documented = example("v2_create_voice_agent.response")
    route = api.post("/v2/voice-agents").respond(200, json=documented)

    agent = sdk.run(lambda c: c.voice_agents.create(**CREATE_ARGS))

    assert route.call_count == 1
    request = route.calls.last.request
    assert json.loads(request.content) == CREATE_BODY
    assert request.headers["Authorization"] == f"Token {API_KEY}"
    assert request.headers["User-Agent"] == USER_AGENT
    assert request.headers["Content-Type"] == "application/json"
    assert isinstance(agent, hamsa.VoiceAgent)
    assert agent.api_version == "v2"
    assert agent.id == documented["data"]["id"]
    assert agent.name == "Customer Support Agent"
    assert agent.call_settings.max_call_duration == 300
    assert agent.conversation.greeting_message == "Hello, how can I help you today?"
    assert agent.raw == documented["data"]


def test_create_takes_model_objects_for_nested_values(sdk: Sdk, api: respx.MockRouter) -> None:
    route = api.post("/v2/voice-agents").respond(
        200, json=example("v2_create_voice_agent.response")
    )

    agent = sdk.run(
        lambda c: c.voice_agents.create(
            name="Support",
            conversation=Conversation(
                greeting_message="Hi {{customer_name}}!",
                preamble="You are a support agent.",
                params=Params.from_dict({"customer_name": "Sara"}),
            ),
            voice=Voice(voice_id="en-US-Neural2-A", lang=Language.EN),
            llm=Llm(provider="openai", model="gpt-4.1", temperature=0.3),
            call_settings=CallSettings(max_call_duration=300, interrupt=True),
        )
    )

    assert sent_json(route) == CREATE_BODY
    assert agent.call_settings.max_call_duration == 300


def test_update_patches_the_flat_v1_body_and_returns_a_unified_agent(
    sdk: Sdk, api: respx.MockRouter
) -> None:
    # The documented example answers 200 with "success": false; HTTP status is authoritative.
    documented = example("v1_update_voice_agent.response")
    route = api.patch("/v1/voice-agents/agent-1").respond(200, json=documented)

    agent = sdk.run(
        lambda c: c.voice_agents.update(
            "agent-1",
            call_settings={"max_call_duration": 120},
            llm={"provider": "openai", "model": "gpt-4.1"},
        )
    )

    assert route.call_count == 1
    request = route.calls.last.request
    assert json.loads(request.content) == {
        "maxCallDuration": 120,
        "llmConfig": {"provider": "OpenAI", "modelName": "gpt-4.1"},
    }
    assert request.headers["Authorization"] == f"Token {API_KEY}"
    assert isinstance(agent, hamsa.VoiceAgent)
    assert agent.api_version == "v1"
    assert agent.name == documented["data"]["agentName"]
    assert agent.call_settings.max_call_duration == documented["data"]["maxCallDuration"]
    assert agent.llm.provider == "openai"  # v1 "OpenAI", shown the unified (v2) way
    assert agent.raw == documented["data"]


def test_update_quotes_the_agent_id_so_it_cannot_leave_its_path_segment(
    sdk: Sdk, api: respx.MockRouter
) -> None:
    route = api.route().respond(200, json=example("v1_update_voice_agent.response"))

    sdk.run(lambda c: c.voice_agents.update("../clone?voiceAgentId=x#y", name="Renamed"))

    request = route.calls.last.request
    assert request.method == "PATCH"
    assert request.url.raw_path == b"/v1/voice-agents/..%2Fclone%3FvoiceAgentId%3Dx%23y"
    assert request.url.query == b""


PHONE_NUMBER_ID = "48f7656f-098b-4c43-b165-7cfd2cc8ac30"


@pytest.mark.parametrize(
    ("fields", "names"),
    [
        ({"workflow": {"nodes": []}}, ("workflow",)),
        (
            {"phone_number": {"type": "TWILIO", "id": PHONE_NUMBER_ID}},
            ("phone_number", "phoneNumber"),
        ),
        # In the v1 agent, but not in the v1 PATCH body the spec declares.
        ({"type": "Flow Agent"}, ("type",)),
    ],
    ids=["workflow", "phone_number", "type"],
)
def test_update_refuses_fields_v1_cannot_carry_and_sends_nothing(
    sdk: Sdk, api: respx.MockRouter, fields: dict[str, Any], names: tuple[str, ...]
) -> None:
    route = api.patch("/v1/voice-agents/agent-1")

    with pytest.raises(hamsa.HamsaError) as caught:
        sdk.run(lambda c: c.voice_agents.update("agent-1", name="Renamed", **fields))

    assert isinstance(caught.value, ValueError)
    assert any(name in str(caught.value) for name in names)
    assert "PATCH /v1/voice-agents/" in str(caught.value)
    assert not route.called


def test_clone_posts_the_id_as_a_query_parameter_and_the_new_name_in_the_body(
    sdk: Sdk, api: respx.MockRouter
) -> None:
    documented = example("v1_clone_voice_agent.response")
    route = api.post("/v1/voice-agents/clone").respond(200, json=documented)

    copy_ = sdk.run(lambda c: c.voice_agents.clone("agent 1/&x", name="Copy"))

    request = route.calls.last.request
    assert dict(request.url.params) == {"voiceAgentId": "agent 1/&x"}
    assert json.loads(request.content) == {"agentName": "Copy"}
    assert isinstance(copy_, hamsa.VoiceAgent)
    assert copy_.api_version == "v1"
    assert copy_.name == documented["data"]["agentName"]

    sdk.run(lambda c: c.voice_agents.clone("agent-1"))
    assert sent_json(route) == {}


def test_start_call_with_a_saved_agent_sends_the_camel_case_body(
    sdk: Sdk, api: respx.MockRouter
) -> None:
    documented = example("v1_start_call.response")
    route = api.post("/v1/voice-agents/call").respond(200, json=documented)

    call = sdk.run(
        lambda c: c.calls.start(
            to_number="+15551234567",
            from_number="+18449292835",
            voice_agent_id="agent-1",
            params={"name": "Sara", "order_id": "A-17"},
        )
    )

    assert sent_json(route) == {
        "toNumber": "+15551234567",
        "fromNumber": "+18449292835",
        "voiceAgentId": "agent-1",
        "params": {"name": "Sara", "order_id": "A-17"},
    }
    assert route.calls.last.request.headers["Authorization"] == f"Token {API_KEY}"
    assert isinstance(call, Call)
    assert call.id == documented["data"]["id"]
    assert call.status == documented["data"]["status"]


def test_start_call_with_an_inline_agent_sends_v1_agent_details(
    sdk: Sdk, api: respx.MockRouter
) -> None:
    route = api.post("/v1/voice-agents/call").respond(200, json=example("v1_start_call.response"))

    sdk.run(
        lambda c: c.calls.start(
            to_number="+15551234567",
            agent={
                "name": "Inline",
                "conversation": {"greeting_message": "Hi {{name}}", "preamble": "Be brief."},
                "voice": {"voice_id": "en-US-Neural2-A", "lang": "en"},
                "llm": {"provider": "openai", "model": "gpt-4.1"},
                "call_settings": {"max_call_duration": 120, "smart_call_end": True},
            },
            params={"name": "Sara"},
        )
    )

    assert sent_json(route) == {
        "toNumber": "+15551234567",
        "agentDetails": {
            "agentName": "Inline",
            "greetingMessage": "Hi {{name}}",
            "preamble": "Be brief.",
            "voiceId": "en-US-Neural2-A",
            "lang": "en",
            "llmConfig": {"provider": "OpenAI", "modelName": "gpt-4.1"},
            "maxCallDuration": 120,
            "tools": {"smartCallEnd": True},
            # With agentDetails the API takes the placeholder values inside the agent.
            "params": {"name": "Sara"},
        },
    }


@pytest.mark.parametrize(
    "agent_choice",
    [
        {"voice_agent_id": "agent-1", "agent": {"name": "Inline"}},
        {},
    ],
    ids=["both", "neither"],
)
def test_start_call_needs_exactly_one_of_voice_agent_id_or_agent(
    sdk: Sdk, api: respx.MockRouter, agent_choice: dict[str, Any]
) -> None:
    route = api.post("/v1/voice-agents/call")

    with pytest.raises(hamsa.RequestValidationError) as caught:
        sdk.run(lambda c: c.calls.start(to_number="+15551234567", **agent_choice))

    assert "voice_agent_id" in str(caught.value)
    assert "agent" in str(caught.value)
    assert not route.called


# --- documented constraints, checked before sending ------------------------------------------


def test_create_lists_every_broken_constraint_and_sends_nothing(
    sdk: Sdk, api: respx.MockRouter
) -> None:
    route = api.post("/v2/voice-agents")

    with pytest.raises(hamsa.RequestValidationError) as caught:
        sdk.run(
            lambda c: c.voice_agents.create(
                name="x" * 151,
                voice={"lang": "fr"},
                call_settings={"max_call_duration": 601},
            )
        )

    error = caught.value
    assert isinstance(error, ValueError)
    assert isinstance(error, hamsa.HamsaError)
    assert {v.path for v in error.violations} == {
        "name",
        "voice.lang",
        "call_settings.max_call_duration",
    }
    message = str(error)
    for expected in ("name", "150", "voice.lang", "'fr'", "'ar'", "'en'"):
        assert expected in message
    assert "call_settings.max_call_duration = 601" in message
    assert "between 30 and 600" in message
    assert not route.called


def test_create_checks_model_objects_too(sdk: Sdk, api: respx.MockRouter) -> None:
    route = api.post("/v2/voice-agents")

    with pytest.raises(hamsa.RequestValidationError) as caught:
        sdk.run(
            lambda c: c.voice_agents.create(
                name="Support", call_settings=CallSettings(max_call_duration=601)
            )
        )

    assert [v.path for v in caught.value.violations] == ["call_settings.max_call_duration"]
    assert not route.called


def test_update_reports_violations_in_the_nested_terms_the_user_wrote(
    sdk: Sdk, api: respx.MockRouter
) -> None:
    route = api.patch("/v1/voice-agents/agent-1")

    with pytest.raises(hamsa.RequestValidationError) as caught:
        sdk.run(
            lambda c: c.voice_agents.update(
                "agent-1",
                voice={"lang": "fr"},
                call_settings={"max_call_duration": 601, "response_delay": 5},
            )
        )

    violations = {v.path: v for v in caught.value.violations}
    assert set(violations) == {
        "voice.lang",
        "call_settings.max_call_duration",
        "call_settings.response_delay",
    }
    assert violations["call_settings.max_call_duration"].value == 601
    message = str(caught.value)
    assert "between 30 and 600" in message
    assert "call_settings.response_delay = 5" in message
    assert "between 100 and 1500" in message
    assert "maxCallDuration" not in message  # never the v1 wire name
    assert not route.called


def test_start_call_reports_inline_agent_violations_under_agent(
    sdk: Sdk, api: respx.MockRouter
) -> None:
    route = api.post("/v1/voice-agents/call")

    with pytest.raises(hamsa.RequestValidationError) as caught:
        sdk.run(
            lambda c: c.calls.start(
                to_number="+15551234567",
                agent={"voice": {"lang": "fr"}, "call_settings": {"max_call_duration": 601}},
            )
        )

    assert {v.path for v in caught.value.violations} == {
        "agent.voice.lang",
        "agent.call_settings.max_call_duration",
    }
    assert not route.called


# --- raw responses ---------------------------------------------------------------------------


def test_create_with_raw_response_exposes_status_headers_bytes_and_agent(
    sdk: Sdk, api: respx.MockRouter
) -> None:
    body = json.dumps(example("v2_create_voice_agent.response"), indent=1).encode()
    api.post("/v2/voice-agents").respond(
        201,
        content=body,
        headers={"Content-Type": "application/json", "X-Request-Id": "req-42", "X-Custom": "1"},
    )

    raw = sdk.run(lambda c: c.voice_agents.with_raw_response.create(**CREATE_ARGS))

    assert raw.status_code == 201
    assert raw.headers["x-custom"] == "1"
    assert raw.headers["x-request-id"] == "req-42"
    assert raw.content == body
    assert isinstance(raw.parsed, hamsa.VoiceAgent)
    assert raw.parsed.call_settings.max_call_duration == 300
    envelope = json.loads(raw.content)
    assert envelope["success"] is True
    assert envelope["message"] == "Voice agent created successfully"
    assert envelope["messageKey"] == "VoiceAgentCreatedSuccessfully"


def test_update_and_clone_with_raw_response(sdk: Sdk, api: respx.MockRouter) -> None:
    api.patch("/v1/voice-agents/agent-1").respond(
        200, json=example("v1_update_voice_agent.response"), headers={"X-Custom": "patched"}
    )
    api.post("/v1/voice-agents/clone").respond(
        200, json=example("v1_clone_voice_agent.response"), headers={"X-Custom": "cloned"}
    )

    updated = sdk.run(lambda c: c.voice_agents.with_raw_response.update("agent-1", name="A"))
    cloned = sdk.run(lambda c: c.voice_agents.with_raw_response.clone("agent-1", name="B"))

    assert (updated.status_code, updated.headers["x-custom"]) == (200, "patched")
    assert (cloned.status_code, cloned.headers["x-custom"]) == (200, "cloned")
    assert updated.parsed.api_version == cloned.parsed.api_version == "v1"
    assert json.loads(updated.content)["message"] == "success"


def test_start_call_with_raw_response(sdk: Sdk, api: respx.MockRouter) -> None:
    body = json.dumps(example("v1_start_call.response")).encode()
    api.post("/v1/voice-agents/call").respond(
        200, content=body, headers={"Content-Type": "application/json", "X-Custom": "call"}
    )

    raw = sdk.run(
        lambda c: c.calls.with_raw_response.start(to_number="+15551234567", voice_agent_id="a")
    )

    assert raw.status_code == 200
    assert raw.headers["x-custom"] == "call"
    assert raw.content == body
    assert isinstance(raw.parsed, Call)
    assert raw.parsed.id == example("v1_start_call.response")["data"]["id"]
    assert json.loads(raw.content)["success"] is False  # documented artefact, kept as sent


# --- client.v1 / client.v2 share the client's runtime ----------------------------------------


def _recording_transport(seen: list[httpx.Request]) -> httpx.MockTransport:
    answers = {
        "/v1/voice-agents/agent-1": example("v1_update_voice_agent.response"),
        "/v2/voice-agents": example("v2_create_voice_agent.response"),
    }

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=answers[request.url.path], headers={"X-Custom": "v"})

    return httpx.MockTransport(answer)


def test_per_version_clients_and_resources_go_through_one_pool_with_one_auth(
    make_sdk: Callable[..., Sdk], kind: Kind
) -> None:
    seen: list[httpx.Request] = []
    http_client = new_http_client(kind, transport=_recording_transport(seen))
    sdk = make_sdk(http_client=http_client)

    sdk.run(lambda c: c.voice_agents.update("agent-1", name="From resource"))
    v1_result = sdk.run(
        lambda c: c.v1.voice_agents.update_voice_agent(
            "agent-1", body=UpdateVoiceAgentRequest(agent_name="From v1")
        )
    )
    v2_result = sdk.run(
        lambda c: c.v2.voice_agents.create_voice_agent(body=CreateVoiceAgentRequest(name="V2"))
    )

    assert sdk.client._client is http_client
    assert [(r.method, r.url.path) for r in seen] == [
        ("PATCH", "/v1/voice-agents/agent-1"),
        ("PATCH", "/v1/voice-agents/agent-1"),
        ("POST", "/v2/voice-agents"),
    ]
    assert [json.loads(r.content) for r in seen] == [
        {"agentName": "From resource"},
        {"agentName": "From v1"},
        {"name": "V2"},
    ]
    for request in seen:
        assert request.headers["Authorization"] == f"Token {API_KEY}"
        assert request.headers["User-Agent"] == USER_AGENT
    assert isinstance(v1_result, VoiceAgentResponse)
    assert v1_result.data.agent_name == "<string>"
    assert v2_result.data.call_settings.max_call_duration == 300
    sdk.close_client()
    assert not http_client.is_closed  # the user's pool stays theirs
    sdk.close_http_client(http_client)


def test_per_version_with_response_variants(sdk: Sdk, api: respx.MockRouter) -> None:
    body = json.dumps(example("v1_update_voice_agent.response")).encode()
    route = api.patch("/v1/voice-agents/agent-1").respond(
        200, content=body, headers={"Content-Type": "application/json", "X-Custom": "v1"}
    )

    response = sdk.run(
        lambda c: c.v1.voice_agents.update_voice_agent_with_response(
            "agent-1", body=UpdateVoiceAgentRequest(max_call_duration=120)
        )
    )

    assert sent_json(route) == {"maxCallDuration": 120}
    assert route.calls.last.request.headers["Authorization"] == f"Token {API_KEY}"
    assert response.status_code == HTTPStatus.OK
    assert response.headers["x-custom"] == "v1"
    assert response.content == body
    assert isinstance(response.parsed, VoiceAgentResponse)
    assert response.parsed.data.agent_name == "<string>"


def test_per_version_clients_validate_before_sending(sdk: Sdk, api: respx.MockRouter) -> None:
    route = api.patch("/v1/voice-agents/agent-1")

    with pytest.raises(hamsa.RequestValidationError) as caught:
        sdk.run(
            lambda c: c.v1.voice_agents.update_voice_agent(
                "agent-1", body=UpdateVoiceAgentRequest(max_call_duration=601)
            )
        )

    assert "601" in str(caught.value)
    assert not route.called


# --- per-call timeout and retries --------------------------------------------------------------


def test_per_call_timeout_reaches_the_request(sdk: Sdk, api: respx.MockRouter) -> None:
    timeouts: list[dict[str, float]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        timeouts.append(request.extensions["timeout"])
        return httpx.Response(200, json=example("v1_update_voice_agent.response"))

    api.patch("/v1/voice-agents/agent-1").mock(side_effect=answer)

    sdk.run(lambda c: c.voice_agents.update("agent-1", name="A"))
    sdk.run(lambda c: c.voice_agents.update("agent-1", name="A", timeout=7.5))
    sdk.run(
        lambda c: c.voice_agents.update("agent-1", name="A", timeout=httpx.Timeout(3, connect=1))
    )

    assert timeouts == [
        DEFAULT_TIMEOUT,
        {"connect": 7.5, "read": 7.5, "write": 7.5, "pool": 7.5},
        {"connect": 1.0, "read": 3.0, "write": 3.0, "pool": 3.0},
    ]


def test_per_call_max_retries_overrides_the_client(sdk: Sdk, api: respx.MockRouter) -> None:
    route = api.patch("/v1/voice-agents/agent-1").respond(500, json={"message": "boom"})

    with pytest.raises(hamsa.InternalServerError):
        sdk.run(lambda c: c.voice_agents.update("agent-1", name="A", max_retries=0))
    assert route.call_count == 1

    route.reset()
    with pytest.raises(hamsa.InternalServerError):
        sdk.run(lambda c: c.voice_agents.update("agent-1", name="A"))
    assert route.call_count == 3  # the default budget: 2 retries
    assert len(sdk.sleeps) == 2


def test_per_call_max_retries_can_raise_a_client_budget_of_zero(
    make_sdk: Callable[..., Sdk], api: respx.MockRouter
) -> None:
    sdk = make_sdk(max_retries=0)
    route = api.patch("/v1/voice-agents/agent-1").mock(
        side_effect=[
            httpx.Response(503),
            httpx.Response(200, json=example("v1_update_voice_agent.response")),
        ]
    )

    agent = sdk.run(lambda c: c.voice_agents.update("agent-1", name="A", max_retries=1))

    assert route.call_count == 2
    assert agent.api_version == "v1"


@pytest.mark.parametrize(
    ("path", "operation"),
    [
        ("/v2/voice-agents", lambda c: c.voice_agents.create(name="A")),
        ("/v1/voice-agents/clone", lambda c: c.voice_agents.clone("agent-1")),
        (
            "/v1/voice-agents/call",
            lambda c: c.calls.start(to_number="+15551234567", voice_agent_id="agent-1"),
        ),
    ],
    ids=["create", "clone", "start_call"],
)
def test_posts_that_reached_the_server_are_never_repeated(
    sdk: Sdk, api: respx.MockRouter, path: str, operation: Operation
) -> None:
    route = api.post(path).respond(500, json={"message": "boom"})

    with pytest.raises(hamsa.InternalServerError):
        sdk.run(operation)

    assert route.call_count == 1
    assert sdk.sleeps == []


# --- errors through the resources ------------------------------------------------------------

OPERATIONS: dict[str, tuple[str, str, Operation, dict[str, Any]]] = {
    # name: (method, path, call, a `data` whose documented field has the wrong type)
    "create": (
        "POST",
        "/v2/voice-agents",
        lambda c: c.voice_agents.create(name="A"),
        {"callSettings": 5, "tools": 5},
    ),
    "update": (
        "PATCH",
        "/v1/voice-agents/agent-1",
        lambda c: c.voice_agents.update("agent-1", name="A", max_retries=0),
        {"llmConfig": 5},
    ),
    "clone": (
        "POST",
        "/v1/voice-agents/clone",
        lambda c: c.voice_agents.clone("agent-1"),
        {"llmConfig": "OpenAI"},
    ),
    "start_call": (
        "POST",
        "/v1/voice-agents/call",
        lambda c: c.calls.start(to_number="+15551234567", voice_agent_id="agent-1"),
        {"agentDetails": 5},
    ),
}


@pytest.fixture(params=sorted(OPERATIONS))
def operation_name(request: pytest.FixtureRequest) -> str:
    return request.param  # type: ignore[no-any-return]


@pytest.fixture
def operation(operation_name: str, api: respx.MockRouter) -> tuple[respx.Route, Operation]:
    method, path, call, _ = OPERATIONS[operation_name]
    return api.route(method=method, path=path), call


def test_a_404_envelope_raises_not_found_with_its_message(
    sdk: Sdk, operation: tuple[respx.Route, Operation]
) -> None:
    route, call = operation
    route.respond(
        404,
        json={"success": False, "message": "Voice agent not found", "messageKey": "NotFound"},
        headers={"X-Request-Id": "req-404"},
    )

    with pytest.raises(hamsa.NotFoundError) as caught:
        sdk.run(call)

    error = caught.value
    assert isinstance(error, hamsa.APIStatusError)
    assert error.status_code == 404
    assert error.message == "Voice agent not found"
    assert error.message_key == "NotFound"
    assert error.request_id == "req-404"
    assert "Voice agent not found" in str(error)


def test_an_html_502_raises_internal_server_error(
    sdk: Sdk, operation: tuple[respx.Route, Operation]
) -> None:
    route, call = operation
    route.respond(
        502,
        text="<html><head><title>502</title></head><body><h1>Bad Gateway</h1></body></html>",
        headers={"Content-Type": "text/html"},
    )

    with pytest.raises(hamsa.InternalServerError) as caught:
        sdk.run(call)

    assert caught.value.status_code == 502
    assert "Bad Gateway" in str(caught.value)
    assert "<h1>" not in str(caught.value)
    assert route.call_count == 1


@pytest.mark.parametrize(
    "response",
    [
        httpx.Response(200, text="<html>maintenance</html>"),
        httpx.Response(200, content=b""),
        httpx.Response(200, json=[{"id": "agent-1"}]),
        httpx.Response(200, json={"success": True, "message": "ok"}),
        httpx.Response(200, json={"success": True, "data": None}),
        httpx.Response(200, json={"success": True, "data": "agent-1"}),
        httpx.Response(200, json={"success": True, "data": {"createdAt": "yesterday"}}),
    ],
    ids=["html", "empty", "list", "no-data", "null-data", "string-data", "bad-date"],
)
def test_a_2xx_that_does_not_match_the_spec_raises_response_validation_error(
    sdk: Sdk, operation: tuple[respx.Route, Operation], response: httpx.Response
) -> None:
    route, call = operation
    route.mock(return_value=response)

    with pytest.raises(hamsa.APIResponseValidationError) as caught:
        sdk.run(call)

    assert isinstance(caught.value, hamsa.HamsaError)
    assert caught.value.response is not None
    assert caught.value.response.status_code == 200


def test_a_documented_field_of_the_wrong_type_raises_response_validation_error(
    sdk: Sdk, operation: tuple[respx.Route, Operation], operation_name: str
) -> None:
    route, call = operation
    malformed = OPERATIONS[operation_name][3]
    route.respond(200, json={"success": True, "data": malformed})

    # Never the KeyError/TypeError of the parsing code.
    with pytest.raises(hamsa.APIResponseValidationError):
        sdk.run(call)


# --- secrets ---------------------------------------------------------------------------------


def test_agent_reprs_hide_the_llm_api_key_and_webhook_secret(
    sdk: Sdk, api: respx.MockRouter
) -> None:
    v2 = example("v2_create_voice_agent.response")
    v2["data"]["llm"]["apiKey"] = "sk-v2-agent-key-987"
    v2["data"]["webhookAuth"] = {"authKey": "Token", "authSecret": "whsec-v2-456"}
    v1 = example("v1_update_voice_agent.response")
    v1["data"]["llmConfig"]["apiKey"] = "sk-v1-agent-key-654"
    v1["data"]["webhookAuth"]["authSecret"] = "whsec-v1-321"
    api.post("/v2/voice-agents").respond(200, json=v2)
    api.patch("/v1/voice-agents/agent-1").respond(200, json=v1)

    created = sdk.run(lambda c: c.voice_agents.with_raw_response.create(name="A"))
    updated = sdk.run(lambda c: c.voice_agents.update("agent-1", name="A"))

    shown = " ".join(
        [
            repr(created),
            repr(created.parsed),
            str(created.parsed),
            repr(created.parsed.llm),
            repr(created.parsed.webhook_auth),
            repr(updated),
            repr(updated.llm),
            repr(updated.webhook_auth),
            repr(sdk.client),
        ]
    )
    for secret in ("sk-v2-agent-key-987", "whsec-v2-456", "sk-v1-agent-key-654", "whsec-v1-321"):
        assert secret not in shown
    assert API_KEY not in shown
    # Hidden from display, not lost: the values are still there for the user's code.
    assert created.parsed.llm.api_key == "sk-v2-agent-key-987"
    assert updated.llm.api_key == "sk-v1-agent-key-654"


def test_errors_never_show_secrets_the_api_echoes(
    sdk: Sdk, operation: tuple[respx.Route, Operation]
) -> None:
    route, call = operation
    route.respond(
        400,
        json={
            "success": False,
            "message": f"invalid llm key sk-secret-123 for {API_KEY}",
            "llm": {"apiKey": "sk-secret-123"},
            "webhookAuth": {"authKey": "Token", "authSecret": "whsec-echoed-777"},
        },
    )

    with pytest.raises(hamsa.BadRequestError) as caught:
        sdk.run(call)

    error = caught.value
    shown = " ".join([str(error), repr(error), repr(error.body), json.dumps(error.body)])
    shown += error.message
    for secret in ("sk-secret-123", "whsec-echoed-777", API_KEY):
        assert secret not in shown


# --- a read timeout on start-call, over a real socket -----------------------------------------


class SlowServer:
    """A loopback HTTP server that counts requests and answers after `delay` seconds."""

    def __init__(self, delay: float) -> None:
        self.requests: list[tuple[str, str]] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler(delay))
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), daemon=True
        )
        self._thread.start()

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def _handler(self, delay: float) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                with server._lock:
                    server.requests.append((self.command, self.path))
                server._stop.wait(delay)
                payload = json.dumps(example("v1_start_call.response")).encode()
                try:
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                except OSError:
                    pass  # the client gave up and hung up, as the test intends

            def log_message(self, format: str, *args: Any) -> None:
                pass

        return Handler

    def stop(self) -> None:
        self._stop.set()
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture
def slow_server() -> Iterator[SlowServer]:
    server = SlowServer(delay=2.0)
    yield server
    server.stop()


def test_start_call_hitting_a_read_timeout_dials_once(
    make_sdk: Callable[..., Sdk], slow_server: SlowServer
) -> None:
    sdk = make_sdk(base_url=slow_server.url, max_retries=2)

    with pytest.raises(hamsa.APITimeoutError):
        sdk.run(
            lambda c: c.calls.start(to_number="+15551234567", voice_agent_id="agent-1", timeout=0.2)
        )

    assert slow_server.requests == [("POST", "/v1/voice-agents/call")]
    assert sdk.sleeps == []


# --- configuration and lifecycle ---------------------------------------------------------------


def test_the_environment_configures_the_client(
    make_sdk: Callable[..., Sdk], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HAMSA_API_KEY", "hk_from_env_42")
    monkeypatch.setenv("HAMSA_BASE_URL", "https://hamsa.example.internal/")
    sdk = make_sdk(api_key=None, base_url=None)

    with respx.mock(base_url="https://hamsa.example.internal") as router:
        route = router.patch("/v1/voice-agents/agent-1").respond(
            200, json=example("v1_update_voice_agent.response")
        )
        sdk.run(lambda c: c.voice_agents.update("agent-1", name="A"))

    assert route.calls.last.request.headers["Authorization"] == "Token hk_from_env_42"
    assert sdk.client.base_url == "https://hamsa.example.internal"


def test_an_explicit_api_key_wins_over_the_environment(
    make_sdk: Callable[..., Sdk], api: respx.MockRouter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HAMSA_API_KEY", "hk_from_env_42")
    route = api.post("/v1/voice-agents/clone").respond(
        200, json=example("v1_clone_voice_agent.response")
    )

    make_sdk(api_key="hk_explicit").run(lambda c: c.voice_agents.clone("agent-1"))

    assert route.calls.last.request.headers["Authorization"] == "Token hk_explicit"


def test_a_missing_api_key_names_both_ways_to_give_one(kind: Kind) -> None:
    with pytest.raises(hamsa.HamsaError) as caught:
        Sdk(kind)

    assert "api_key" in str(caught.value)
    assert "HAMSA_API_KEY" in str(caught.value)


def test_closing_closes_the_pool_the_client_made_but_not_the_users(
    make_sdk: Callable[..., Sdk], kind: Kind
) -> None:
    own = make_sdk()
    assert own.use_as_context_manager() is own.client
    assert own.client._client.is_closed

    user_pool = new_http_client(kind)
    borrowed = make_sdk(http_client=user_pool)
    assert borrowed.use_as_context_manager() is borrowed.client
    assert not user_pool.is_closed
    borrowed.close_http_client(user_pool)


# --- import cost ---------------------------------------------------------------------------------

LAZY_IMPORT_PROBE = """
import json, sys

def loaded(*names):
    return {name: name in sys.modules for name in names}

import hamsa
after_import = loaded("hamsa.v1", "hamsa.v2", "hamsa._client", "httpx")
hamsa.Hamsa
after_hamsa = loaded("hamsa._client")
client = hamsa.Hamsa(api_key="hk_probe")
client.calls
after_calls = sorted(name for name in sys.modules if name.startswith("hamsa.v2"))
print(json.dumps({"import": after_import, "Hamsa": after_hamsa, "calls_v2": after_calls}))
"""


def test_import_hamsa_loads_only_what_is_used() -> None:
    # hamsa may be split over several directories (overlays/ + generated/): give the child the
    # same ones, as absolute paths, ahead of whatever PYTHONPATH the tests run with.
    roots = [str(Path(part).resolve().parent) for part in hamsa.__path__]
    inherited = os.environ.get("PYTHONPATH", "")
    pythonpath = os.pathsep.join([*roots, *([inherited] if inherited else [])])
    env = {**os.environ, "PYTHONPATH": pythonpath}
    env.pop("HAMSA_LOG", None)

    result = subprocess.run(
        [sys.executable, "-c", LAZY_IMPORT_PROBE],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["import"] == {
        "hamsa.v1": False,
        "hamsa.v2": False,
        "hamsa._client": False,
        "httpx": False,
    }
    assert report["Hamsa"] == {"hamsa._client": True}
    assert report["calls_v2"] == []

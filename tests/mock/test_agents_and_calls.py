"""hamsa.testing.MockHamsa: a local, stateful Hamsa API that checks requests like the service.

The flows run through hamsa.Hamsa and hamsa.AsyncHamsa (the shared Sdk harness; poll waits are
recorded, not slept); wire-level checks (400 bodies, auth, routes) use plain httpx so the SDK's
own checks don't stop the request first.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import hamsa
import httpx
import pytest
import yaml
from hamsa.testing import DEFAULT_API_KEY, MockCall, MockHamsa
from hamsa.testing._routes import resolve
from hamsa.testing._spec_routes import all_routes
from hamsa.v1.models import UpdateVoiceAgentRequest
from sdk_harness import Sdk

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parents[2]
API_KEY = "hk_mock_0123456789"
AUTH = {"Authorization": f"Token {API_KEY}"}
HTTP_METHODS = frozenset({"get", "put", "post", "delete", "options", "head", "patch", "trace"})
CREATE_ARGS: dict[str, Any] = {
    "name": "Support",
    "conversation": {"greeting_message": "Hi {{name}}!", "preamble": "You are a support agent."},
    "voice": {"voice_id": "en-US-Neural2-A", "lang": "en"},
    "llm": {"provider": "openai", "model": "gpt-4.1", "temperature": 0.3},
    "call_settings": {"max_call_duration": 300, "interrupt": True},
}


@pytest.fixture
def mock() -> Iterator[MockHamsa]:
    with MockHamsa(api_key=API_KEY) as server:
        yield server


@pytest.fixture
def sdk(make_sdk: Callable[..., Sdk], mock: MockHamsa) -> Sdk:
    return make_sdk(base_url=mock.base_url, api_key=mock.api_key)


@pytest.fixture
def http(mock: MockHamsa) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=mock.base_url, headers=AUTH, timeout=10) as client:
        yield client


def create_agent(http: httpx.Client, **fields: Any) -> dict[str, Any]:
    response = http.post("/v2/voice-agents", json={"name": "Support", **fields})
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json()["data"]
    return data


def start_call(http: httpx.Client, agent_id: str) -> str:
    body = {"toNumber": "+15551234567", "voiceAgentId": agent_id}
    response = http.post("/v1/voice-agents/call", json=body)
    assert response.status_code == 200, response.text
    return str(response.json()["data"]["id"])


def conversation(http: httpx.Client, conversation_id: str) -> dict[str, Any]:
    response = http.get(f"/v1/voice-agents/conversation/{conversation_id}")
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json()["data"]
    return data


# --- the quick-start flow through the SDK ------------------------------------------------------


def test_the_quick_start_flow_runs_against_the_mock(sdk: Sdk, mock: MockHamsa) -> None:
    agent = sdk.run(lambda c: c.voice_agents.create(**CREATE_ARGS))
    assert agent.api_version == "v2"
    assert agent.name == "Support"
    assert agent.call_settings.max_call_duration == 300
    assert agent.call_settings.response_delay == 400  # a server default the create left out

    updated = sdk.run(
        lambda c: c.voice_agents.update(agent.id, call_settings={"max_call_duration": 120})
    )
    assert updated.api_version == "v1"
    assert updated.id == agent.id
    assert updated.call_settings.max_call_duration == 120
    assert updated.llm.provider == "openai"  # v1 "OpenAI", read back through the mapping
    assert updated.conversation.preamble == "You are a support agent."  # untouched by the PATCH

    copy = sdk.run(lambda c: c.voice_agents.clone(agent.id, name="Support (copy)"))
    assert copy.id != agent.id
    assert copy.name == "Support (copy)"
    assert copy.call_settings.max_call_duration == 120

    call = sdk.run(
        lambda c: c.calls.start(
            to_number="+15551234567",
            from_number="+18449292835",
            voice_agent_id=agent.id,
            params={"name": "Sara"},
        )
    )
    assert call.status == "PENDING"
    assert call.voice_agent_id == agent.id
    assert call.agent_details.agent_name == "Support"
    assert call.agent_details.params["name"] == "Sara"

    ended = sdk.run(lambda c: c.conversations.wait(call.id, poll_interval=1.5))
    assert ended.id == call.id
    assert ended.status == "COMPLETED"
    assert ended.call_duration == 60
    assert ended.call_params.user_number == "+15551234567"
    assert ended.call_params.machine_number == "+18449292835"
    assert sdk.sleeps == [1.5]  # PENDING -> IN_PROGRESS (poll 1) -> COMPLETED (poll 2)

    assert set(mock.agents) == {agent.id, copy.id}
    assert mock.agents[agent.id].call_settings.max_call_duration == 120
    assert mock.conversations[call.id].status == "COMPLETED"
    assert [(r.method, r.status) for r in mock.requests] == [
        ("POST", 200),
        ("PATCH", 200),
        ("POST", 200),
        ("POST", 200),
        ("GET", 200),
        ("GET", 200),
    ]


def test_the_client_helpers_point_at_the_mock_with_its_key() -> None:
    with MockHamsa() as mock:
        with mock.client() as client:
            agent = client.voice_agents.create(name="Sync")
        assert client.base_url == mock.base_url
        assert client.api_key == DEFAULT_API_KEY

        async def create() -> str:
            async with mock.async_client() as async_client:
                return str((await async_client.voice_agents.create(name="Async")).id)

        import asyncio

        other = asyncio.run(create())
    assert {agent.id, other} <= set(mock.agents)


def test_an_inline_agent_call_carries_the_agent_details(sdk: Sdk, mock: MockHamsa) -> None:
    call = sdk.run(
        lambda c: c.calls.start(
            to_number="+15551234567",
            agent={"name": "One-off", "call_settings": {"max_call_duration": 60}},
            params={"name": "Sara"},
        )
    )
    record = mock.conversations[call.id]
    assert record.voice_agent_id is None
    assert record.agent_details["agentName"] == "One-off"
    assert record.agent_details["maxCallDuration"] == 60
    assert record.agent_details["params"] == {"name": "Sara"}
    assert mock.agents == {}  # nothing was stored


# --- state: agents ------------------------------------------------------------------------------


def test_a_v1_patch_merges_into_the_stored_agent_and_keeps_v2_only_fields(
    http: httpx.Client, mock: MockHamsa
) -> None:
    agent = create_agent(
        http,
        llm={"provider": "openai", "model": "gpt-4.1"},
        workflow={"nodes": []},  # v2-only: the v1 flat shape has no field for it
        callSettings={"genderDetection": True, "smartCallEnd": True},
    )
    patch = {"llmConfig": {"temperature": 0.1}, "tools": {"smartCallEnd": False}}
    response = http.patch(f"/v1/voice-agents/{agent['id']}", json=patch)

    assert response.status_code == 200
    flat = response.json()["data"]
    assert flat["agentName"] == "Support"
    assert flat["llmConfig"] == {"provider": "OpenAI", "modelName": "gpt-4.1", "temperature": 0.1}
    assert flat["tools"] == {"genderDetection": True, "smartCallEnd": False}
    assert "workflow" not in flat and "v2Only" not in flat
    stored = mock.agents[agent["id"]]
    assert stored.workflow.to_wire() == {"nodes": []}
    assert stored.call_settings.smart_call_end is False
    assert stored.llm.temperature == 0.1
    assert stored.updated_at >= stored.created_at


def test_clone_names_the_copy_after_the_original_unless_told(
    http: httpx.Client, mock: MockHamsa
) -> None:
    agent = create_agent(http)
    response = http.post("/v1/voice-agents/clone", params={"voiceAgentId": agent["id"]}, json={})

    assert response.status_code == 200
    copy = response.json()["data"]
    assert copy["agentName"] == "Support (copy)"
    assert copy["id"] != agent["id"]
    assert mock.agents[agent["id"]].name == "Support"
    assert len(mock.agents) == 2


def test_one_stored_agent_reads_back_flat_from_v1_and_nested_from_v2(
    sdk: Sdk, mock: MockHamsa
) -> None:
    created = sdk.run(lambda c: c.voice_agents.create(**CREATE_ARGS))
    agent_id = str(created.id)

    nested = sdk.run(lambda c: c.v2.voice_agents.get_voice_agent(agent_id)).data
    flat = sdk.run(lambda c: c.v1.voice_agents.get_voice_agent(agent_id)).data

    assert nested.name == flat.agent_name == "Support"
    assert nested.call_settings.max_call_duration == flat.max_call_duration == 300
    assert (nested.llm.provider, flat.llm_config.provider) == ("openai", "OpenAI")
    stamps = {"createdAt", "updatedAt"}  # the model writes datetimes its own way
    assert {k: v for k, v in nested.to_wire().items() if k not in stamps} == {
        k: v for k, v in mock.agents[agent_id].raw.items() if k not in stamps
    }


def test_a_v2_patch_merges_nested_groups_key_by_key(http: httpx.Client) -> None:
    agent = create_agent(http, callSettings={"interrupt": False, "maxCallDuration": 200})
    patch = {"name": "Renamed", "callSettings": {"maxCallDuration": 90}}

    response = http.patch(f"/v2/voice-agents/{agent['id']}", json=patch)

    assert response.status_code == 200
    assert response.json()["messageKey"] == "VoiceAgentUpdatedSuccessfully"
    stored = http.get(f"/v2/voice-agents/{agent['id']}").json()["data"]
    assert stored["name"] == "Renamed"
    assert stored["callSettings"]["maxCallDuration"] == 90
    assert stored["callSettings"]["interrupt"] is False  # untouched by the patch
    refused = http.patch(
        f"/v2/voice-agents/{agent['id']}", json={"callSettings": {"responseDelay": 1}}
    )
    assert refused.status_code == 400


def test_a_v1_create_stores_the_same_agent(http: httpx.Client, mock: MockHamsa) -> None:
    body = {"agentName": "Flat", "maxCallDuration": 100, "llmConfig": {"provider": "OpenAI"}}

    response = http.post("/v1/voice-agents", json=body)

    assert response.status_code == 200
    flat = response.json()["data"]
    assert (flat["agentName"], flat["maxCallDuration"]) == ("Flat", 100)
    stored = mock.agents[flat["id"]]
    assert (stored.name, stored.call_settings.max_call_duration) == ("Flat", 100)
    assert stored.llm.provider == "openai"
    assert http.post("/v1/voice-agents", json={"maxCallDuration": 100}).status_code == 400
    # v1 takes any string as an id, but only a UUID can name an existing knowledge-base item.
    unknown = http.patch(f"/v1/voice-agents/{flat['id']}", json={"knowledgeBaseItemsIds": ["kb"]})
    assert (unknown.status_code, unknown.json()["messageKey"]) == (422, "KnowledgeBaseItemNotFound")


def test_lists_page_search_filter_and_sort_like_the_service(http: httpx.Client) -> None:
    for name, kind, lang in [
        ("Alpha", "Single Prompt", "en"),
        ("Beta", "Flow Agent", "ar"),
        ("Gamma", "Single Prompt", "ar"),
    ]:
        create_agent(http, name=name, type=kind, voice={"voiceId": "v", "lang": lang})

    def names(path: str, **params: Any) -> tuple[int, int, list[str]]:
        response = http.get(path, params=params)
        assert response.status_code == 200, response.text
        page = response.json()["data"]
        agents = page["voiceAgents"]
        return page["total"], page["filtered"], [a.get("name", a.get("agentName")) for a in agents]

    assert names("/v2/voice-agents") == (3, 3, ["Gamma", "Beta", "Alpha"])  # newest first
    assert names("/v2/voice-agents", skip=2, take=2) == (3, 3, ["Alpha"])  # skip is a page number
    assert names("/v2/voice-agents", sortOrder="asc", take=2) == (3, 3, ["Alpha", "Beta"])
    assert names("/v2/voice-agents", search="MM") == (3, 1, ["Gamma"])
    assert names("/v2/voice-agents", **{"type[]": "Single Prompt", "language[]": "ar"}) == (
        3,
        1,
        ["Gamma"],
    )
    assert names("/v1/voice-agents", skip=1, take=1) == (3, 3, ["Gamma"])
    assert http.get("/v2/voice-agents").json().keys() == {"success", "data"}  # no message
    assert http.get("/v2/voice-agents", params={"take": 0}).status_code == 400
    assert http.get("/v2/voice-agents", params={"sortOrder": "up"}).status_code == 400


def test_add_agent_seeds_an_agent_for_the_app_under_test(mock: MockHamsa) -> None:
    seeded = mock.add_agent(name="Seeded", call_settings={"max_call_duration": 90})

    assert mock.agents[seeded.id].call_settings.max_call_duration == 90
    with mock.client() as client:
        call = client.calls.start(to_number="+15551234567", voice_agent_id=seeded.id)
    assert mock.conversations[call.id].agent_details["agentName"] == "Seeded"
    with pytest.raises(
        hamsa.RequestValidationError, match=r"call_settings\.max_call_duration = 5000"
    ):
        mock.add_agent(name="Bad", call_settings={"max_call_duration": 5000})


# --- state: calls ---------------------------------------------------------------------------------


def test_each_poll_moves_a_call_one_step_until_it_has_ended(http: httpx.Client) -> None:
    conversation_id = start_call(http, create_agent(http)["id"])

    seen = [conversation(http, conversation_id) for _ in range(3)]

    assert [c["status"] for c in seen] == ["IN_PROGRESS", "COMPLETED", "COMPLETED"]
    assert seen[0]["callDuration"] is None and seen[0]["mediaUrl"] is None
    done = seen[-1]
    assert done["callDuration"] == 60
    assert done["mediaUrl"].endswith(f"/{conversation_id}.mp3")
    assert [log["payload"]["status"] for log in done["logs"]] == [
        "PENDING",
        "IN_PROGRESS",
        "COMPLETED",
    ]
    assert done["agentDetails"]["agentName"] == "Support"


def test_with_call_duration_the_status_follows_the_clock() -> None:
    now = [1000.0]
    with MockHamsa(call_duration=30, clock=lambda: now[0]) as mock, mock.client() as client:
        agent = client.voice_agents.create(name="Timed")
        call = client.calls.start(to_number="+15551234567", voice_agent_id=agent.id)
        now[0] += 29
        assert client.conversations.get(call.id).status == "IN_PROGRESS"
        assert client.conversations.get(call.id).status == "IN_PROGRESS"  # polling alone: no
        now[0] += 1
        ended = client.conversations.get(call.id)
    assert ended.status == "COMPLETED"
    assert ended.call_duration == 30


def test_final_status_sets_how_calls_end() -> None:
    with MockHamsa(final_status="NO_ANSWER") as mock, mock.client() as client:
        agent = client.voice_agents.create(name="Unanswered")
        call = client.calls.start(to_number="+15551234567", voice_agent_id=agent.id)
        client._sleep = lambda _: None
        ended = client.conversations.wait(call.id)
    assert ended.status == "NO_ANSWER"
    assert ended.call_duration == 0
    assert ended.media_url is None
    with pytest.raises(ValueError, match="final call status"):
        MockHamsa(final_status="IN_PROGRESS")


def test_terminate_ends_a_call_in_progress_but_not_an_ended_one(
    http: httpx.Client, mock: MockHamsa
) -> None:
    agent_id = create_agent(http)["id"]
    live = start_call(http, agent_id)
    conversation(http, live)  # IN_PROGRESS

    first = http.get(f"/v1/voice-agents/conversation/{live}/terminate")
    again = http.get(f"/v1/voice-agents/conversation/{live}/terminate")

    assert first.status_code == again.status_code == 200
    assert first.json() == {
        "success": True,
        "message": "Conversation terminated successfully.",
        "messageKey": "ConversationTerminatedSuccessfully",
    }
    assert conversation(http, live)["status"] == "TERMINATED"  # and polling doesn't revive it
    ended = start_call(http, agent_id)
    mock.set_conversation_status(ended, "FAILED")
    refused = http.get(f"/v1/voice-agents/conversation/{ended}/terminate")
    assert refused.status_code == 400
    assert refused.json()["messageKey"] == "ConversationAlreadyEnded"
    assert mock.conversations[ended].status == "FAILED"


def test_terminate_through_the_sdk(sdk: Sdk, mock: MockHamsa) -> None:
    agent = sdk.run(lambda c: c.voice_agents.create(name="Support"))
    call = sdk.run(lambda c: c.calls.start(to_number="+15551234567", voice_agent_id=agent.id))

    envelope = sdk.run(lambda c: c.conversations.terminate(call.id))
    ended = sdk.run(lambda c: c.conversations.get(call.id))

    assert envelope.message_key == "ConversationTerminatedSuccessfully"
    assert ended.status == "TERMINATED"
    assert isinstance(mock.conversations[call.id], MockCall)


def test_state_snapshots_do_not_change_the_mock(http: httpx.Client, mock: MockHamsa) -> None:
    agent_id = create_agent(http)["id"]
    conversation_id = start_call(http, agent_id)

    mock.conversations[conversation_id].status = "FAILED"
    mock.agents[agent_id].name = "Changed"

    assert mock.conversations[conversation_id].status == "PENDING"  # reading doesn't poll
    assert mock.agents[agent_id].name == "Support"


# --- request checks: 400, 401, 404 ----------------------------------------------------------------


def test_constraint_violations_answer_400_listing_each_one(
    http: httpx.Client, mock: MockHamsa
) -> None:
    agent_id = create_agent(http)["id"]
    body = {"maxCallDuration": 1000, "responseDelay": 5, "vadActivationThreshold": 0.5}

    response = http.patch(f"/v1/voice-agents/{agent_id}", json=body)

    assert response.status_code == 400
    error = response.json()
    assert error["success"] is False
    assert error["messageKey"] == "ValidationError"
    assert error["errors"] == [
        {"field": "maxCallDuration", "message": "must be between 30 and 600"},
        {"field": "responseDelay", "message": "must be between 100 and 1500"},
    ]
    assert "maxCallDuration must be between 30 and 600" in error["message"]
    assert mock.agents[agent_id].call_settings.max_call_duration == 300  # nothing changed


@pytest.mark.parametrize(
    ("method", "path", "body", "field", "message"),
    [
        ("POST", "/v1/voice-agents/call", {"voiceAgentId": "x"}, "toNumber", "is required"),
        ("POST", "/v2/voice-agents", {"type": "Single Prompt"}, "name", "is required"),
        ("POST", "/v2/voice-agents", {"name": "x" * 151}, "name", "at most 150 characters"),
        ("POST", "/v2/voice-agents", {"name": 7}, "name", "must be a JSON string"),
        ("POST", "/v2/voice-agents", {"name": None}, "name", "null is not allowed"),
        (
            "POST",
            "/v2/voice-agents",
            {"name": "x", "knowledgeBaseItemsIds": ["nope"]},
            "knowledgeBaseItemsIds[0]",
            "must be a UUID",
        ),
        (
            "POST",
            "/v2/voice-agents",
            {"name": "x", "conversation": {"pokeMessages": ["hi", 2]}},
            "conversation.pokeMessages[1]",
            "must be a JSON string",
        ),
        (
            "POST",
            "/v2/voice-agents",
            {"name": "x", "callSettings": [["maxCallDuration", 60]]},
            "callSettings",
            "wrong shape",
        ),
        (
            "POST",
            "/v1/voice-agents/call",
            {"toNumber": "+15551234567", "voiceAgentId": "a", "agentDetails": {}},
            "voiceAgentId",
            "exactly one of voiceAgentId or agentDetails",
        ),
        (
            "POST",
            "/v1/voice-agents/call",
            {"toNumber": "+15551234567", "agentDetails": {"waitForUserToSpeakFirst": 3}},
            "agentDetails.waitForUserToSpeakFirst",
            "between 0 and 2",
        ),
        (
            "POST",
            "/v1/voice-agents/call",
            {"toNumber": "+15551234567", "voiceAgentId": "a", "webhookUrl": "not a url"},
            "webhookUrl",
            "must be an absolute URI",
        ),
        ("POST", "/v1/voice-agents/clone", {}, "voiceAgentId", "is required"),
    ],
)
def test_bad_bodies_answer_400_naming_the_field(
    http: httpx.Client, method: str, path: str, body: Any, field: str, message: str
) -> None:
    response = http.request(method, path, json=body)

    assert response.status_code == 400, response.text
    error = response.json()
    assert error["messageKey"] == "ValidationError"
    assert any(e["field"] == field and message in e["message"] for e in error["errors"]), error


@pytest.mark.parametrize(
    ("content", "message_key"),
    [(b"{not json", "InvalidJson"), (b"[1, 2]", "InvalidRequestBody"), (b"", "InvalidRequestBody")],
)
def test_a_body_that_is_not_a_json_object_answers_400(
    http: httpx.Client, content: bytes, message_key: str
) -> None:
    response = http.post("/v2/voice-agents", content=content)

    assert response.status_code == 400
    assert response.json()["messageKey"] == message_key


def test_a_lone_surrogate_is_answered_escaped_not_dropped(http: httpx.Client) -> None:
    # Valid JSON with no UTF-8 form: the answer escapes it rather than breaking the connection.
    response = http.post("/v2/voice-agents", content=b'{"name": "a\\ud800b"}')

    assert response.status_code == 200
    assert b"\\ud800" in response.content
    assert response.json()["data"]["name"] == "a\ud800b"


def test_the_sdk_surfaces_what_only_the_server_can_know(sdk: Sdk, mock: MockHamsa) -> None:
    # Whether a knowledge-base item exists is beyond any client-side check.
    agent_id = str(mock.add_agent(name="Support").id)
    body = UpdateVoiceAgentRequest(knowledge_base_items_ids=["kb-that-does-not-exist"])

    with pytest.raises(hamsa.UnprocessableEntityError) as caught:
        sdk.run(lambda c: c.v1.voice_agents.update_voice_agent(agent_id, body=body))

    assert caught.value.status_code == 422
    assert caught.value.message_key == "KnowledgeBaseItemNotFound"


@pytest.mark.parametrize(
    "authorization",
    [None, "", "Token", "Token wrong-key", f"Bearer {API_KEY}", API_KEY],
)
def test_a_missing_or_wrong_api_key_answers_401(mock: MockHamsa, authorization: str | None) -> None:
    headers = {} if authorization is None else {"Authorization": authorization}

    response = httpx.post(mock.base_url + "/v2/voice-agents", json={"name": "x"}, headers=headers)

    assert response.status_code == 401
    assert response.json()["messageKey"] == "Unauthorized"
    assert mock.agents == {}


def test_the_sdk_raises_authentication_error_for_a_wrong_key(
    make_sdk: Callable[..., Sdk], mock: MockHamsa
) -> None:
    sdk = make_sdk(base_url=mock.base_url, api_key="hk_not_the_right_one")

    with pytest.raises(hamsa.AuthenticationError):
        sdk.run(lambda c: c.voice_agents.create(name="Support"))


def test_without_api_key_any_key_is_accepted_and_the_scheme_is_configurable() -> None:
    with MockHamsa(auth_scheme="Bearer") as mock:
        as_token = httpx.post(
            mock.base_url + "/v2/voice-agents",
            json={"name": "x"},
            headers={"Authorization": "Token a"},
        )
        with mock.client(api_key="any-key-at-all") as client:  # sends "Bearer any-key-at-all"
            agent = client.voice_agents.create(name="Bearer")
    assert as_token.status_code == 401
    assert agent.name == "Bearer"
    assert mock.requests[-1].headers["Authorization"] == "Bearer REDACTED"


def test_unknown_ids_and_routes_answer_404(sdk: Sdk, http: httpx.Client) -> None:
    with pytest.raises(hamsa.NotFoundError) as caught:
        sdk.run(lambda c: c.voice_agents.update("no-such-agent", name="x"))
    assert caught.value.message_key == "VoiceAgentNotFound"
    with pytest.raises(hamsa.NotFoundError):
        sdk.run(lambda c: c.calls.start(to_number="+15551234567", voice_agent_id="no-such-agent"))
    with pytest.raises(hamsa.NotFoundError) as missing:
        sdk.run(lambda c: c.conversations.get("no-such-conversation"))
    assert missing.value.message_key == "ConversationNotFound"
    clone = http.post("/v1/voice-agents/clone", params={"voiceAgentId": "nope"}, json={})
    assert clone.json()["messageKey"] == "VoiceAgentNotFound"
    assert http.get("/v1/nothing-here").json()["messageKey"] == "RouteNotFound"
    wrong_method = http.delete("/v2/voice-agents")
    assert wrong_method.status_code == 405
    assert wrong_method.headers["Allow"] == "GET, POST"


def test_the_request_log_keeps_what_arrived_without_the_key(
    http: httpx.Client, mock: MockHamsa
) -> None:
    create_agent(http, llm={"provider": "openai"})
    http.post("/v1/voice-agents/call", json={"toNumber": 5})

    created, refused = mock.requests
    assert (created.method, created.path, created.status) == ("POST", "/v2/voice-agents", 200)
    assert created.json == {"name": "Support", "llm": {"provider": "openai"}}
    assert created.headers["authorization"] == "Token REDACTED"
    assert (refused.status, refused.json) == (400, {"toNumber": 5})
    assert API_KEY not in repr(mock.requests)


def spec_operations() -> list[str]:
    """Every operation of spec/v1.yaml and spec/v2.yaml, as "METHOD /path/{template}"."""
    found = []
    for name in ("v1.yaml", "v2.yaml"):
        spec = yaml.safe_load((ROOT / "spec" / name).read_text())
        for path, item in spec["paths"].items():
            found += [f"{method.upper()} {path}" for method in item if method in HTTP_METHODS]
    return sorted(found)


def test_every_spec_operation_is_served_and_nothing_else() -> None:
    # The client exposes every operation of the specs, so the mock must serve each one.
    served = MockHamsa().endpoints
    assert len(served) == len(set(served))  # no operation routed twice
    assert sorted(served) == spec_operations()


@pytest.mark.parametrize("operation", spec_operations())
def test_each_operation_reaches_its_own_route(operation: str) -> None:
    # A literal path ("/web-tool/list") listed after a template matching it ("/web-tool/{id}")
    # would be answered by the wrong handler.
    method, template = operation.split(" ", 1)
    path = re.sub(r"\{\w+\}", "48f7656f-098b-4c43-b165-7cfd2cc8ac30", template)

    route, _ = resolve(all_routes(), method, path)

    assert route.template == template


# --- running --------------------------------------------------------------------------------------


def test_start_and_stop_are_quick_and_free_their_port_and_threads() -> None:
    threads_before = threading.active_count()
    started = time.monotonic()
    mocks = [MockHamsa().start() for _ in range(5)]
    ports = {mock.base_url for mock in mocks}
    with httpx.Client() as client:  # a kept-alive connection to each
        for mock in mocks:
            client.post(
                mock.base_url + "/v2/voice-agents", json={}, headers={"Authorization": "Token k"}
            )
        for mock in mocks:
            mock.stop()
            mock.stop()  # idempotent
    elapsed = time.monotonic() - started

    assert len(ports) == 5
    assert elapsed < 5  # generous: this machine may be busy
    deadline = time.monotonic() + 5
    while threading.active_count() > threads_before and time.monotonic() < deadline:
        time.sleep(0.01)
    assert threading.active_count() == threads_before
    with pytest.raises(RuntimeError, match="start"):
        _ = mocks[0].base_url


def test_concurrent_requests_are_all_served(http: httpx.Client, mock: MockHamsa) -> None:
    def create(index: int) -> int:
        return http.post("/v2/voice-agents", json={"name": f"agent {index}"}).status_code

    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = list(pool.map(create, range(40)))

    assert statuses == [200] * 40
    assert sorted(a.name for a in mock.agents.values()) == sorted(f"agent {i}" for i in range(40))


def _child_env() -> dict[str, str]:
    # hamsa may be split over overlays/ + generated/: give the child the same directories.
    roots = [str(Path(part).resolve().parent) for part in hamsa.__path__]
    inherited = os.environ.get("PYTHONPATH", "")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([*roots, *filter(None, [inherited])])}
    for name in ("HAMSA_BASE_URL", "HAMSA_API_KEY", "HAMSA_LOG"):
        env.pop(name, None)
    return env


def test_python_m_hamsa_mock_serves_until_interrupted() -> None:
    server = subprocess.Popen(
        [sys.executable, "-m", "hamsa.mock", "--port", "0", "--call-duration", "0"],
        env=_child_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # A job a non-interactive shell put in the background inherits SIGINT ignored; the
        # server must still get the Ctrl-C this test sends, as it would in a terminal.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        assert server.stdout is not None
        first = server.stdout.readline()
        assert first.startswith("MockHamsa listening on http://127.0.0.1:"), first
        base_url = first.rsplit(" ", 1)[-1].strip()
        hint = server.stdout.readline()
        assert f"HAMSA_BASE_URL={base_url} HAMSA_API_KEY={DEFAULT_API_KEY}" in hint

        # The demo, pointed at it through the environment.
        demo = subprocess.run(
            [sys.executable, str(ROOT / "docs" / "examples" / "quickstart.py")],
            env={**_child_env(), "HAMSA_BASE_URL": base_url, "HAMSA_API_KEY": "anything"},
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert demo.returncode == 0, demo.stdout + demo.stderr
        assert "quickstart: OK" in demo.stdout
        assert "MockHamsa" not in demo.stdout  # it used the server it was given
    finally:
        server.send_signal(signal.SIGINT)
        out, err = server.communicate(timeout=10)
    assert server.returncode == 0, err
    assert "POST /v2/voice-agents -> 200" in err  # one log line per request
    assert "stopped" in out


def test_the_demo_script_runs_green_on_its_own_mock() -> None:
    demo = subprocess.run(
        [sys.executable, str(ROOT / "docs" / "examples" / "quickstart.py")],
        env=_child_env(),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert demo.returncode == 0, demo.stdout + demo.stderr
    lines = demo.stdout.splitlines()
    assert lines[0].startswith("HAMSA_BASE_URL is not set: using a local MockHamsa")
    assert "ended    COMPLETED, 60 s" in lines
    assert lines[-1] == "quickstart: OK"


# --- the pytest plugin --------------------------------------------------------------------------


PLUGIN_USER_TESTS = """
import hamsa
import pytest


def test_the_app_builds_its_client_from_the_environment(hamsa_mock):
    client = hamsa.Hamsa()
    agent = client.voice_agents.create(name="From env")
    assert agent.id in hamsa_mock.agents
    assert client.base_url == hamsa_mock.base_url


@pytest.mark.hamsa_mock(api_key="sk-only-this", final_status="NO_ANSWER")
def test_the_marker_configures_the_mock(hamsa_mock):
    assert hamsa_mock.api_key == "sk-only-this"
    client = hamsa_mock.client()
    agent = client.voice_agents.create(name="Marked")
    call = client.calls.start(to_number="+15551234567", voice_agent_id=agent.id)
    client._sleep = lambda seconds: None
    assert client.conversations.wait(call.id).status == "NO_ANSWER"


def test_each_test_gets_a_fresh_mock(hamsa_mock):
    assert hamsa_mock.agents == {} and hamsa_mock.requests == []
"""


def test_the_pytest_plugin_provides_the_hamsa_mock_fixture(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Only this plugin, whatever else is installed (its pytest11 entry point included).
    monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")
    pytester.makepyfile(test_app=PLUGIN_USER_TESTS)

    result = pytester.runpytest("-p", "hamsa.testing.pytest_plugin", "--strict-markers")

    result.assert_outcomes(passed=3)
    assert "HAMSA_BASE_URL" not in os.environ  # the fixture's environment is undone


def test_the_plugin_fixture_stops_the_mock_afterwards(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")
    pytester.makepyfile(test_app="""
        import json, os

        def test_uses_it(hamsa_mock):
            with open(os.environ["URL_FILE"], "w") as out:
                json.dump(hamsa_mock.base_url, out)
        """)
    url_file = pytester.path / "url.json"
    monkeypatch.setenv("URL_FILE", str(url_file))

    pytester.runpytest("-p", "hamsa.testing.pytest_plugin").assert_outcomes(passed=1)

    with pytest.raises(httpx.ConnectError):
        httpx.get(json.loads(url_file.read_text()) + "/v2/voice-agents")

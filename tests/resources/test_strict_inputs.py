"""Strict edges: a misspelt or unknown field and a phone number that is no E.164 number fail
before anything is sent, naming the field, the value and what would be accepted; MockHamsa
refuses the same requests sent around the SDK."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import hamsa
import httpx
import pytest
import yaml
from hamsa.testing import MockHamsa
from sdk_harness import Sdk

ROOT = Path(__file__).resolve().parents[2]
API_KEY = "hk_strict_0123456789"


@pytest.fixture
def mock() -> Iterator[MockHamsa]:
    with MockHamsa(api_key=API_KEY) as server:
        yield server


@pytest.fixture
def sdk(make_sdk: Callable[..., Sdk], mock: MockHamsa) -> Sdk:
    return make_sdk(base_url=mock.base_url, api_key=mock.api_key)


def _agent(sdk: Sdk) -> Any:
    return sdk.run(lambda c: c.voice_agents.create(name="Support"))


# (keyword arguments, the path named, the value named, the hint)
TYPOS: list[tuple[dict[str, Any], str, str, str]] = [
    ({"colour": "red"}, "colour", "'red'", "the known fields are"),
    (
        {"call_settings": {"max_call_durration": 100}},
        "call_settings.max_call_durration",
        "100",
        "did you mean max_call_duration?",
    ),
    (
        {"callSettings": {"max_call_duration": 100}},
        "callSettings",
        "100",
        "did you mean call_settings?",
    ),
    ({"voice": {"voice_idd": "en-US"}}, "voice.voice_idd", "'en-US'", "did you mean voice_id?"),
    (
        {"conversation": {"greting_message": "Hi"}},
        "conversation.greting_message",
        "'Hi'",
        "did you mean greeting_message?",
    ),
    ({"llm": {"temprature": 0.3}}, "llm.temprature", "0.3", "did you mean temperature?"),
    ({"tools": [{"tool_idd": "t1"}]}, "tools[0].tool_idd", "'t1'", "did you mean tool_id?"),
]


@pytest.mark.parametrize(("fields", "path", "value", "hint"), TYPOS, ids=[t[1] for t in TYPOS])
@pytest.mark.parametrize("method", ["create", "update"])
def test_a_misspelt_field_fails_create_and_update_before_sending(
    sdk: Sdk, mock: MockHamsa, method: str, fields: dict[str, Any], path: str, value: str, hint: str
) -> None:
    agent = _agent(sdk)
    sent = len(mock.requests)

    def call(c: Any) -> Any:
        if method == "create":
            return c.voice_agents.create(name="Support", **fields)
        return c.voice_agents.update(agent.id, **fields)

    with pytest.raises(hamsa.RequestValidationError) as caught:
        sdk.run(call)

    assert len(mock.requests) == sent, "nothing may be sent"
    assert [v.path for v in caught.value.violations].count(path) == 1
    message = str(caught.value)
    assert path in message and hint in message
    assert value in message
    assert isinstance(caught.value, hamsa.HamsaError)


def test_every_problem_is_reported_at_once(sdk: Sdk, mock: MockHamsa) -> None:
    with pytest.raises(hamsa.RequestValidationError) as caught:
        sdk.run(
            lambda c: c.voice_agents.create(
                name="Support",
                colour="red",
                call_settings={"max_call_durration": 100, "max_call_duration": 5},
            )
        )
    paths = {v.path for v in caught.value.violations}
    assert paths == {
        "colour",
        "call_settings.max_call_durration",
        "call_settings.max_call_duration",
    }
    assert len(mock.requests) == 0


def test_a_misspelt_secret_keeps_only_its_type(sdk: Sdk) -> None:
    with pytest.raises(hamsa.RequestValidationError) as caught:
        sdk.run(
            lambda c: c.voice_agents.create(
                name="Support", webhook_auth={"auth_key": "k", "secrett": "s3cr3t-planted-value"}
            )
        )
    assert "webhook_auth.secrett" in str(caught.value)
    assert "s3cr3t-planted-value" not in str(caught.value)
    assert "s3cr3t-planted-value" not in repr(caught.value.violations)


def test_open_objects_keep_their_extra_keys(sdk: Sdk, mock: MockHamsa) -> None:
    """Keys the spec leaves open (a workflow node's data) are the user's, not typos."""
    workflow = {"nodes": [{"id": "n1", "type": "start", "customThing": 1}], "edges": []}
    agent = sdk.run(lambda c: c.voice_agents.create(name="Flow", workflow=workflow))
    assert agent.name == "Flow"
    sent = mock.requests[-1].json
    assert sent["workflow"]["nodes"][0]["customThing"] == 1


# --- phone numbers ---------------------------------------------------------------------------

BAD_NUMBERS = ["", "hello", "0501234567", "+1", "+0501234567", "+1555123456789012", "+١٥٥٥١٢٣٤٥٦٧"]


@pytest.mark.parametrize("number", BAD_NUMBERS)
def test_calls_start_refuses_a_number_that_is_not_e164(
    sdk: Sdk, mock: MockHamsa, number: str
) -> None:
    agent = _agent(sdk)
    sent = len(mock.requests)
    with pytest.raises(hamsa.RequestValidationError) as caught:
        sdk.run(lambda c: c.calls.start(to_number=number, voice_agent_id=agent.id))
    assert len(mock.requests) == sent
    [violation] = caught.value.violations
    assert violation.path == "to_number" and violation.value == number
    assert "E.164" in violation.constraint and "+15551234567" in violation.constraint


def test_calls_start_accepts_an_e164_number(sdk: Sdk) -> None:
    agent = _agent(sdk)
    call = sdk.run(lambda c: c.calls.start(to_number="+966501234567", voice_agent_id=agent.id))
    assert call.id


@pytest.mark.parametrize("number", ["", "hello", "0501234567"])
def test_mock_hamsa_refuses_the_same_numbers(mock: MockHamsa, number: str) -> None:
    with httpx.Client(
        base_url=mock.base_url, headers={"Authorization": f"Token {API_KEY}"}
    ) as http:
        agent = http.post("/v2/voice-agents", json={"name": "Support"}).json()["data"]
        response = http.post(
            "/v1/voice-agents/call", json={"toNumber": number, "voiceAgentId": agent["id"]}
        )
    assert response.status_code == 400, response.text
    assert any(e["field"] == "toNumber" for e in response.json()["errors"])


def _request_schemas(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    schemas = spec["components"]["schemas"]
    for item in spec["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict):
                continue
            for media in operation.get("requestBody", {}).get("content", {}).values():
                ref = media.get("schema", {}).get("$ref", "")
                if ref.startswith("#/components/schemas/"):
                    name = ref.rsplit("/", 1)[1]
                    yield name, schemas[name]


@pytest.mark.parametrize("spec_name", ["v1.yaml", "v2.yaml"])
def test_every_phone_number_a_request_takes_is_declared_e164(spec_name: str) -> None:
    """Derived from the spec: a string property named like a phone number in any request body
    carries the E.164 pattern, so the generated checks and MockHamsa enforce it."""
    spec = yaml.safe_load((ROOT / "spec" / spec_name).read_text(encoding="utf-8"))
    found = {}
    for name, schema in _request_schemas(spec):
        for prop, sub in schema.get("properties", {}).items():
            if prop.lower().endswith("number") and sub.get("type") == "string":
                found[f"{name}.{prop}"] = sub.get("pattern")
    if spec_name == "v1.yaml":
        assert "StartCallRequest.toNumber" in found
    assert {k: v for k, v in found.items() if v != r"^\+[1-9][0-9]{7,14}$"} == {}


def test_update_hints_only_at_the_fields_it_takes(sdk: Sdk, mock: MockHamsa) -> None:
    """The agent's read-only fields (id, created_at, ...) are no keywords of update, so its
    hint for an unknown one lists what update takes: the agent's writable fields."""
    agent = _agent(sdk)
    sent = len(mock.requests)

    with pytest.raises(hamsa.RequestValidationError) as caught:
        sdk.run(lambda c: c.voice_agents.update(agent.id, colour="red"))

    message = str(caught.value)
    assert "colour = 'red'" in message and "the known fields are" in message
    known = message.split("the known fields are", 1)[1]
    assert "call_settings" in known and "name" in known.split(", ")
    for read_only in ("created_at", "updated_at", "id", "account", "resolved_web_tools"):
        assert read_only not in known.replace(",", " ").split(), read_only
    assert len(mock.requests) == sent

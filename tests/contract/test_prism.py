"""Every public operation, sync and async, sends requests Prism finds valid against spec/.

Prism runs with --errors: a request that breaks the spec (a missing required field, a value
out of range, a wrong type, no credentials) gets an error status and is described in the
`sl-violations` header. Each call here must succeed with no violation at all, and the client
must parse the documented example Prism answers with.
"""

from __future__ import annotations

import asyncio
import functools
import json
import re
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import hamsa
import httpx
import pytest
import yaml
from hamsa.v1.models import (
    Call,
    CallResponse,
    CloneVoiceAgentRequest,
    StartCallRequest,
    UpdateVoiceAgentRequest,
)
from hamsa.v1.models import VoiceAgentResponse as V1AgentResponse
from hamsa.v2.models import CreateVoiceAgentRequest
from hamsa.v2.models import VoiceAgentResponse as V2AgentResponse

from .conftest import ROOT, PrismServer

Kind = Literal["sync", "async"]
API_KEY = "hk_test_contract_0123456789abcdef"
EXAMPLES = ROOT / "tests" / "fixtures" / "examples"
UUID = "48f7656f-098b-4c43-b165-7cfd2cc8ac30"
AGENT_ID = "agent-1"


def documented(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((EXAMPLES / f"{name}.json").read_text())
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


@dataclass(frozen=True)
class Operation:
    """``client.<resource>.<method>(**arguments())`` against the Prism serving ``spec``."""

    resource: str
    method: str
    arguments: Callable[[], dict[str, Any]]
    spec: Literal["v1", "v2"]
    route: tuple[str, str]
    """(HTTP method, path as written in the spec): where to find the example Prism answers."""
    check: Callable[[Any, dict[str, Any]], None]
    """Asserts the result is what the client parses from that example."""
    variant: str = ""

    @property
    def id(self) -> str:
        return f"{self.resource}.{self.method}" + (f"-{self.variant}" if self.variant else "")

    def call(self, client: Any, *, raw: bool = False) -> Any:
        """The plain method, or its raw variant: ``with_raw_response`` on the hand-written
        resources, ``<method>_with_response`` on the generated v1/v2 ones."""
        owner = client
        for name in self.resource.split("."):
            owner = getattr(owner, name)
        method = self.method
        if raw and self.resource.startswith(("v1.", "v2.")):
            method += "_with_response"
        elif raw:
            owner = owner.with_raw_response
        return getattr(owner, method)(**self.arguments())


_UTC_Z = re.compile(r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?)Z$")


def same_json(data: Any) -> Any:
    """JSON with "...Z" timestamps spelled "+00:00", as the models write them back."""
    if isinstance(data, dict):
        return {key: same_json(value) for key, value in data.items()}
    if isinstance(data, list):
        return [same_json(item) for item in data]
    if isinstance(data, str):
        return _UTC_Z.sub(r"\1+00:00", data)
    return data


def _unified_agent(api_version: str) -> Callable[[Any, dict[str, Any]], None]:
    def check(agent: Any, example: dict[str, Any]) -> None:
        assert isinstance(agent, hamsa.VoiceAgent)
        assert agent.api_version == api_version
        assert agent.raw == example["data"]
        assert agent.id == example["data"]["id"]
        assert agent.name == example["data"].get("name", example["data"].get("agentName"))

    return check


def _call(call: Any, example: dict[str, Any]) -> None:
    assert isinstance(call, Call)
    assert same_json(call.to_dict()) == same_json(example["data"])


def _envelope(model: type) -> Callable[[Any, dict[str, Any]], None]:
    def check(response: Any, example: dict[str, Any]) -> None:
        assert isinstance(response, model)
        assert same_json(response.to_dict()) == same_json(example)

    return check


CREATE = ("post", "/v2/voice-agents")
UPDATE = ("patch", "/v1/voice-agents/{voiceAgentId}")
CLONE = ("post", "/v1/voice-agents/clone")
START = ("post", "/v1/voice-agents/call")
OPERATIONS: tuple[Operation, ...] = (
    Operation(
        "voice_agents",
        "create",
        lambda: {"name": "Support", **FULL_AGENT, **CREATE_ONLY},
        "v2",
        CREATE,
        _unified_agent("v2"),
    ),
    Operation(
        "voice_agents",
        "update",
        lambda: {"agent_id": AGENT_ID, "name": "Renamed", **FULL_AGENT},
        "v1",
        UPDATE,
        _unified_agent("v1"),
    ),
    Operation(
        "voice_agents",
        "clone",
        lambda: {"agent_id": AGENT_ID, "name": "Support (copy)"},
        "v1",
        CLONE,
        _unified_agent("v1"),
    ),
    Operation(
        "voice_agents",
        "clone",
        lambda: {"agent_id": AGENT_ID},
        "v1",
        CLONE,
        _unified_agent("v1"),
        variant="without-name",
    ),
    Operation("calls", "start", lambda: START_SAVED, "v1", START, _call, variant="saved-agent"),
    Operation("calls", "start", lambda: START_INLINE, "v1", START, _call, variant="inline-agent"),
    # The generated per-version clients, fed the docs' own request examples.
    Operation(
        "v1.voice_agents",
        "update_voice_agent",
        lambda: {
            "voice_agent_id": AGENT_ID,
            "body": UpdateVoiceAgentRequest.from_dict(documented("v1_update_voice_agent.request")),
        },
        "v1",
        UPDATE,
        _envelope(V1AgentResponse),
    ),
    Operation(
        "v1.voice_agents",
        "clone_voice_agent",
        lambda: {
            "voice_agent_id": AGENT_ID,
            "body": CloneVoiceAgentRequest.from_dict(documented("v1_clone_voice_agent.request")),
        },
        "v1",
        CLONE,
        _envelope(V1AgentResponse),
    ),
    Operation(
        "v1.calls",
        "start_call",
        lambda: {"body": StartCallRequest.from_dict(documented("v1_start_call.request"))},
        "v1",
        START,
        _envelope(CallResponse),
    ),
    Operation(
        "v2.voice_agents",
        "create_voice_agent",
        lambda: {
            "body": CreateVoiceAgentRequest.from_dict(documented("v2_create_voice_agent.request"))
        },
        "v2",
        CREATE,
        _envelope(V2AgentResponse),
    ),
)


# --- what Prism saw ----------------------------------------------------------------------------


@dataclass
class Exchange:
    method: str
    url: str
    body: str
    status: int
    violations: list[Any]

    def describe(self) -> str:
        lines = [f"{self.method} {self.url} -> {self.status}", f"  request body: {self.body}"]
        for violation in self.violations:
            where = ".".join(str(part) for part in violation.get("location", []))
            lines.append(f"  - {where} [{violation.get('code')}] {violation.get('message')}")
        return "\n".join(lines)


class Observer:
    """httpx event hooks recording each request and Prism's verdict on it."""

    def __init__(self) -> None:
        self.exchanges: list[Exchange] = []

    def see(self, response: httpx.Response) -> None:
        header = response.headers.get("sl-violations", "")
        self.exchanges.append(
            Exchange(
                response.request.method,
                str(response.request.url),
                response.request.content.decode("utf-8", "replace"),
                response.status_code,
                json.loads(header) if header.strip() else [],
            )
        )

    async def see_async(self, response: httpx.Response) -> None:
        self.see(response)


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


@functools.cache
def load_spec(spec: Path) -> Any:
    return yaml.load(spec.read_text(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def spec_example(spec: Path, method: str, path: str) -> Any:
    document = load_spec(spec)
    content = document["paths"][path][method]["responses"]["200"]["content"]["application/json"]
    # Prism answers with the first example when the request names none.
    first = next(iter(content["examples"].values()))
    return first["value"]


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> Kind:
    return request.param  # type: ignore[no-any-return]


@pytest.mark.parametrize("raw", [False, True], ids=["plain", "raw"])
@pytest.mark.parametrize("operation", OPERATIONS, ids=[op.id for op in OPERATIONS])
def test_operation_sends_a_request_the_spec_allows(
    operation: Operation, raw: bool, kind: Kind, prism_servers: dict[str, PrismServer]
) -> None:
    server = prism_servers[operation.spec]

    outcome = run(kind, server.url, lambda client: operation.call(client, raw=raw))

    assert_accepted(outcome)
    result = outcome.result
    example = spec_example(server.spec, *operation.route)
    if raw:
        assert result.status_code == 200
        assert json.loads(result.content) == example
        result = result.parsed
    operation.check(result, example)


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
        lambda c: c.calls.start(to_number="+1", agent={"name": "x", "webhook_url": None}),
        id="start-minimal-inline-agent",
    ),
    pytest.param(
        "v1",
        lambda c: c.calls.start(to_number="+1", voice_agent_id="a", params={"n": {"b": [1]}}),
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
        lambda c: c.calls.start(to_number="+1", voice_agent_id="a", webhook_url="not a url"),
        id="start-webhook-url-not-a-uri",
    ),
    pytest.param(
        "v1",
        lambda c: c.calls.start(to_number="+1", agent={"name": "x", "webhook_url": "not a url"}),
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
            body=CreateVoiceAgentRequest.from_dict({"name": "A", "webhookUrl": None})
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
    ],
    ids=["missing-required-field", "out-of-range", "no-credentials", "v2-missing-name"],
)
def test_prism_reports_a_request_that_breaks_the_spec(
    prism_servers: dict[str, PrismServer],
    spec: str,
    method: str,
    path: str,
    headers: dict[str, str],
    body: dict[str, Any],
    expected: str,
) -> None:
    response = httpx.request(method, prism_servers[spec].url + path, headers=headers, json=body)

    assert response.status_code >= 400
    violations = json.loads(response.headers["sl-violations"])
    assert violations
    assert expected in json.dumps(violations)

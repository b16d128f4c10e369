"""Every public operation, sync and async, sends requests Prism finds valid against spec/.

Prism runs with --errors: a request that breaks the spec (a missing required field, a value
out of range, a wrong type, no credentials) gets an error status and is described in the
`sl-violations` header. Each call here must succeed with no violation at all, and the client
must parse what Prism answers: the spec's documented example, or where the spec documents none
the body Prism builds from the response schema.

The calls are the cassette table's, derived from the spec (tests/operation_calls.py): every
friendly method fed the operation's documented request example, and every generated
``client.v1`` / ``client.v2`` operation fed each request example the spec documents and every
query parameter the spec gives a value for; test_every_public_operation_runs_against_prism
checks they cover every public operation (found by introspection,
tests/cassettes/_public_api.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import hamsa
import httpx
import pytest
from cassettes._operations import EXPORT_FILE_NAME, collect, derived_operations
from cassettes._public_api import public_operations, raw_twins
from cassettes._spec import load_spec, request_problems, spec_operation, undeclared_fields
from cassettes._support import Target
from hamsa.v2 import models as v2
from operation_calls import SPEC_DIR

from .conftest import ROOT, PrismServer

Kind = Literal["sync", "async"]
API_KEY = "hk_test_contract_0123456789abcdef"
EXAMPLES = ROOT / "tests" / "fixtures" / "examples"


def documented(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((EXAMPLES / f"{name}.json").read_text())
    return data


@dataclass(frozen=True)
class Operation:
    """``client.<resource>.<method>(**arguments())`` against the Prism serving ``spec``."""

    resource: str
    method: str
    arguments: Callable[[], dict[str, Any]]
    spec: str
    check: Callable[[Any, Any], None]
    """Asserts the result is what the client parses from the body Prism sent (its JSON, or its
    bytes for a file)."""
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
        """The plain method, or its raw variant: ``with_raw_response`` on the friendly
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


def against_prism(entry: Any) -> Operation:
    """The cassette table's entry, against Prism: the same call and the same check, with the
    placeholder ids; Prism's answer stands for the recorded one."""
    target = Target(mode="replay", base_url="http://prism.invalid", api_key=API_KEY)
    raw_arguments = entry.raw_arguments
    return Operation(
        entry.resource,
        entry.method,
        lambda: entry.arguments(target),
        entry.version,
        entry.check,
        variant=entry.variant,
        raw=entry.raw,
        to_file=entry.to_file,
        warns=entry.warns,
        raw_arguments=(lambda: raw_arguments(target)) if raw_arguments else None,
        raises=entry.raises,
    )


# Derived from the spec like the cassette table (tests/operation_calls.py), the generated
# per-version methods called with every request example the spec documents.
OPERATIONS: tuple[Operation, ...] = tuple(
    against_prism(entry) for entry in derived_operations(SPEC_DIR, every_example=True)
)


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

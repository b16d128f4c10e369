"""No secret anywhere a user looks: every public operation (the table test_completeness.py holds
to the specs' operations) runs against a server that answers with the documented example, in
which every field the specs mark ``format: password`` holds a distinctive planted value, at any
depth, even where the schema only says "object" (a one-off agent's ``llmConfig.apiKey`` in a
conversation). With HAMSA_LOG=debug, none of those values may show in the log, the result's
repr and str, or the str and repr of the error the same body raises as a 400.

The requests themselves carry the tests' own secrets (the operations table plants them), so
the log is also scanned for those; and every operation also runs against MockHamsa, whose
request log (``mock.requests``, every attribute of every recorded request) must hold none of
them either, though ``request.sent(secret)`` still tells that each was sent.
"""

from __future__ import annotations

import itertools
import json
import logging
import threading
import warnings
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import attrs
import hamsa
import pytest
from hamsa.testing import MockHamsa, RecordedRequest

from ._examples_server import find_route, route_body
from ._operations import OPERATIONS, Operation
from ._spec import SPECS, load_spec
from ._support import TEST_API_KEY, TEST_SECRETS, Sdk, Target

PLANTED = "planted-secret-"


def _secret_names() -> frozenset[str]:
    """Every property name the specs mark format: password, at any depth of any schema."""
    names: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for name, sub in (node.get("properties") or {}).items():
                if isinstance(sub, dict) and sub.get("format") == "password":
                    names.add(name)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    for spec in SPECS:
        walk(load_spec(SPECS[spec]))
    return frozenset(names)


SECRET_NAMES = _secret_names()


def plant(data: Any, counter: Iterator[int]) -> Any:
    """``data`` with every secret-named key holding a planted value, and one of each secret name
    added to every object, so that free-form objects carry them too."""
    if isinstance(data, list):
        return [plant(item, counter) for item in data]
    if not isinstance(data, dict):
        return data
    planted = {key: plant(value, counter) for key, value in data.items()}
    for name in SECRET_NAMES:
        planted[name] = f"{PLANTED}{next(counter):04d}"
    return planted


class PlantingServer:
    """Answers each route with its documented example, secrets planted, as ``status``."""

    def __init__(self) -> None:
        self.status = 200
        self.planted = 0
        counter = itertools.count()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _answer(self) -> None:
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                route = find_route(self.command, self.path.split("?", 1)[0])
                assert route is not None, self.path
                payload, content_type = route_body(route)
                is_json = content_type.startswith("application/json")
                if is_json:  # a workbook or audio has no keys to plant secrets under
                    payload = json.dumps(plant(json.loads(payload), counter)).encode()
                    owner.planted = next(counter)
                status = owner.status if is_json else 200
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_POST = do_PATCH = do_GET = do_DELETE = _answer

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,))

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def __enter__(self) -> PlantingServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)


@pytest.fixture(scope="module")
def server() -> Iterator[PlantingServer]:
    with PlantingServer() as running:
        yield running


@pytest.fixture
def sdk(kind: str, server: PlantingServer, monkeypatch: pytest.MonkeyPatch) -> Iterator[Sdk]:
    monkeypatch.setenv("HAMSA_LOG", "debug")
    logger = logging.getLogger("hamsa")
    handlers, level = list(logger.handlers), logger.level
    made = Sdk(kind, Target(mode="docs-examples", base_url=server.url, api_key=TEST_API_KEY))  # type: ignore[arg-type]
    yield made
    made.close()
    logger.handlers[:] = handlers  # HAMSA_LOG added a stderr handler: later tests expect none
    logger.setLevel(level)


def _views(result: Any) -> list[str]:
    """What a user sees of a result: repr and str, also of each item of a list or page."""
    items = list(getattr(result, "items", None) or []) if isinstance(result, hamsa.Page) else []
    if isinstance(result, list):
        items = result
    return [text for obj in [result, *items] for text in (repr(obj), str(obj))]


def _leaks(texts: list[str]) -> list[str]:
    secrets = (PLANTED, TEST_API_KEY, *TEST_SECRETS)
    return [text for text in texts if any(secret in text for secret in secrets)]


def _run(sdk: Sdk, operation: Operation, tmp_path: Path, raw: bool) -> Any:
    with pytest.warns(operation.warns) if operation.warns else _nothing():
        return sdk.run(lambda client: operation.call(client, sdk.target, raw=raw, workdir=tmp_path))


class _nothing:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


@pytest.mark.parametrize("operation", OPERATIONS, ids=[op.id for op in OPERATIONS])
def test_no_planted_secret_in_results_or_logs(
    operation: Operation,
    sdk: Sdk,
    server: PlantingServer,
    caplog: pytest.LogCaptureFixture,
    tmp_path: Path,
) -> None:
    server.status = 200
    caplog.set_level(logging.DEBUG, logger="hamsa")
    if operation.raises is not None:  # the documented answer makes it fail: the error shows
        with pytest.raises(operation.raises) as caught:
            _run(sdk, operation, tmp_path, raw=False)
        texts = [str(caught.value), repr(caught.value)]
    else:
        texts = _views(_run(sdk, operation, tmp_path, raw=False))
    if operation.raw:
        raw = _run(sdk, operation, tmp_path, raw=True)
        texts += [repr(raw), *_views(raw.parsed)]

    assert caplog.records, "HAMSA_LOG=debug logs each request"
    assert _leaks(texts) == []
    assert _leaks([record.getMessage() for record in caplog.records]) == []


@pytest.mark.parametrize(
    "operation",
    [op for op in OPERATIONS if not op.to_file],
    ids=[op.id for op in OPERATIONS if not op.to_file],
)
def test_no_planted_secret_in_errors(
    operation: Operation,
    sdk: Sdk,
    server: PlantingServer,
    caplog: pytest.LogCaptureFixture,
    tmp_path: Path,
) -> None:
    server.status = 400
    caplog.set_level(logging.DEBUG, logger="hamsa")
    try:
        _run(sdk, operation, tmp_path, raw=False)
    except hamsa.HamsaError as error:
        texts = [str(error), repr(error), *(str(arg) for arg in error.args)]
    else:
        pytest.skip("answered by a file, not the planted JSON")
    assert _leaks(texts) == []
    assert _leaks([record.getMessage() for record in caplog.records]) == []


def test_a_one_off_agents_llm_key_stays_out_of_the_conversation(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The issue's case: a call started with an inline agent keeps that agent, with its
    ``llmConfig.apiKey``, in the conversation the API returns."""
    import respx

    key = f"{PLANTED}one-off-llm-key"
    body = json.loads(route_body(find_route("GET", "/v1/voice-agents/conversation/c-1"))[0])  # type: ignore[arg-type]
    body["data"]["agentDetails"] = {
        "agentName": "Inline",
        "llmConfig": {"provider": "OpenAI", "modelName": "GPT-4.1", "apiKey": key},
    }
    caplog.set_level(logging.DEBUG, logger="hamsa")
    with (
        respx.mock(base_url="https://api.secrets.test") as api,
        hamsa.Hamsa(api_key=TEST_API_KEY, base_url="https://api.secrets.test") as client,
    ):
        api.get("/v1/voice-agents/conversation/c-1").respond(200, json=body)
        conversation = client.conversations.get("c-1")
        raw = client.conversations.with_raw_response.get("c-1")
    assert conversation.agent_details is not None
    texts = [repr(conversation), str(conversation), repr(conversation.agent_details), repr(raw)]
    texts += [record.getMessage() for record in caplog.records]
    assert _leaks(texts) == []


@pytest.fixture(scope="module")
def mock() -> Iterator[MockHamsa]:
    with MockHamsa() as running:  # any key: TEST_API_KEY is what the clients send
        yield running


def _recorded_texts(request: RecordedRequest) -> list[str]:
    """Every attribute's text of a recorded request, as a user may print it."""
    texts = [repr(request), str(request)]
    for name in attrs.fields_dict(RecordedRequest):
        value = getattr(request, name)
        texts += [repr(value), str(value), json.dumps(value, default=repr)]
    texts += [f"{name}: {value}" for name, value in request.headers.items()]
    return texts


@pytest.mark.parametrize("operation", OPERATIONS, ids=[op.id for op in OPERATIONS])
def test_no_test_secret_in_mock_requests(
    operation: Operation,
    kind: str,
    mock: MockHamsa,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("HAMSA_LOG", "debug")
    caplog.set_level(logging.DEBUG, logger="hamsa")
    logger = logging.getLogger("hamsa")
    handlers, level = list(logger.handlers), logger.level
    sdk = Sdk(kind, Target(mode="docs-examples", base_url=mock.base_url, api_key=TEST_API_KEY))  # type: ignore[arg-type]
    before = len(mock.requests)
    texts: list[str] = []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # a deprecation is no concern of this scan
            for raw in (False, True) if operation.raw else (False,):
                try:
                    result = _run(sdk, operation, tmp_path, raw=raw)
                except hamsa.HamsaError as error:  # the mock has none of the table's ids
                    texts += [str(error), repr(error), *(str(arg) for arg in error.args)]
                else:
                    texts += _views(result.parsed if raw else result)
    finally:
        sdk.close()
        logger.handlers[:] = handlers
        logger.setLevel(level)

    recorded = mock.requests[before:]
    assert recorded, "the operation reached the mock"
    assert all(request.sent(TEST_API_KEY) for request in recorded)
    sent = {secret for secret in TEST_SECRETS for r in recorded if r.sent(secret)}
    planted = {secret for secret in TEST_SECRETS[1:] if secret in _arguments_text(operation)}
    assert planted <= sent, "each secret the call passes reaches the mock, masked"
    assert _leaks([text for request in recorded for text in _recorded_texts(request)]) == []
    assert _leaks(texts) == []
    assert _leaks([record.getMessage() for record in caplog.records]) == []


def _arguments_text(operation: Operation) -> str:
    target = Target(mode="docs-examples", base_url="http://unused", api_key=TEST_API_KEY)  # type: ignore[arg-type]
    return repr(operation.arguments(target))

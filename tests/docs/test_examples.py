"""Every Python example of the docs site runs, against hamsa.testing.MockHamsa, so the docs
cannot rot.

What runs:

- each ```python block of every page in docs/ (the hand-written guides, and the pages
  generator/render_docs.py renders from spec/, rendered here in memory), in page order, the
  blocks of one page sharing one namespace, with HAMSA_BASE_URL / HAMSA_API_KEY pointing at a
  fresh MockHamsa; `--8<-- "path"` snippet lines are expanded as the site expands them;
- each docs/examples/*.py, as `__main__`, against its own MockHamsa;
- blocks preceded by `<!-- run-with: pytest -->`: they are files of a pytest suite (the
  first line, `# name.py`, names the file); the page's files are written to a temporary
  directory and pytest runs them in a subprocess.

A block opts out only with `<!-- not-run: reason -->` on the line just before it; opt-outs
must give a reason and stay few. Examples may talk to the mock only: any other host is
refused, so an example can never reach the real API. The SDK's sleeps (retry backoff,
conversations.wait polling) are skipped, not waited for.
"""

from __future__ import annotations

import asyncio
import functools
import os
import re
import runpy
import socket
import subprocess
import sys
import textwrap
import time
import traceback
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from .doc_pages import (
    DOCS,
    RENDER_ERROR,
    RENDERED,
    ROOT,
    Block,
    Page,
    all_pages,
    hand_written_pages,
    render_docs,
)

EXAMPLES = DOCS / "examples"
MAX_OPT_OUTS = 3
LOOPBACK = {"127.0.0.1", "localhost", "::1"}

_ANY_MARKER = re.compile(r"<!--\s*(not-run|run-with)\b")


PAGES = all_pages()
SCRIPTS = sorted(EXAMPLES.glob("*.py"))


# --- the sandbox the examples run in ---------------------------------------------------------------


class ExternalNetworkAccess(BaseException):
    """Raised (past every `except Exception`) when an example reaches for a non-loopback host."""


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch) -> None:
    real_getaddrinfo = socket.getaddrinfo

    def loopback_only(host: Any, *args: Any, **kwargs: Any) -> Any:
        name = host.decode() if isinstance(host, bytes) else str(host)
        if name not in LOOPBACK and not name.startswith("127."):
            raise ExternalNetworkAccess(f"a docs example tried to reach {name}")
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", loopback_only)


@pytest.fixture
def instant_sleep(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Clients built from now on skip their waits (they bind the sleep functions on creation)."""
    slept: list[float] = []
    real_async_sleep = asyncio.sleep

    def sleep(seconds: float) -> None:
        slept.append(seconds)

    async def async_sleep(seconds: float, result: Any = None) -> Any:
        slept.append(seconds)
        return await real_async_sleep(0, result)

    monkeypatch.setattr(time, "sleep", sleep)
    monkeypatch.setattr(asyncio, "sleep", async_sleep)
    return slept


def _mock_class() -> Any:
    from hamsa.testing import MockHamsa

    return MockHamsa


@pytest.fixture
def start_mock(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., Any]]:
    """Start a MockHamsa and point HAMSA_BASE_URL / HAMSA_API_KEY at it."""
    started: list[Any] = []

    def start(**options: Any) -> Any:
        mock = _mock_class()(**options).start()
        started.append(mock)
        monkeypatch.setenv("HAMSA_BASE_URL", mock.base_url)
        monkeypatch.setenv("HAMSA_API_KEY", mock.api_key)
        return mock

    yield start
    for mock in started:
        mock.stop()


PLACEHOLDER_ID = "00000000-0000-4000-8000-000000000001"
UNSERVED = {"RouteNotFound", "MethodNotAllowed"}


@functools.cache
def _spec_operations() -> list[tuple[Any, re.Pattern[str]]]:
    return [
        (op, re.compile(re.sub(r"\\\{\w+\\\}", "[^/]+", re.escape(op.path)) + "$"))
        for spec in render_docs.load_specs()
        for op in render_docs.operations(spec)
    ]


def _documented_success(op: Any) -> tuple[int, Any]:
    """The operation's 2xx status and its documented example; failing that, an example of
    another operation answering with the same schema; failing that, an empty object."""
    for status, answer in (op.operation.get("responses") or {}).items():
        if not str(status).startswith("2"):
            continue
        content = render_docs._json_content(op.spec, answer) or {}
        examples = render_docs._example_values(content)
        if examples:
            return int(status), examples[0][1]
        schema = content.get("schema")
        for other, _ in _spec_operations():
            if other.spec is not op.spec:
                continue  # the same $ref names another schema in the other version
            for other_answer in (other.operation.get("responses") or {}).values():
                other_content = render_docs._json_content(other.spec, other_answer) or {}
                other_examples = render_docs._example_values(other_content)
                if schema and other_content.get("schema") == schema and other_examples:
                    return int(status), other_examples[0][1]
        return int(status), {}
    return 200, {}


class SpecExampleFallback(httpx.BaseTransport):
    """Sends every request to the mock; an operation the mock does not serve (yet) is answered
    with the spec's documented success example instead, and reported as a warning."""

    def __init__(self) -> None:
        self._mock = httpx.HTTPTransport()
        self._operations = _spec_operations()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._mock.handle_request(request)
        if response.status_code not in (404, 405):
            return response
        response.read()
        try:
            unserved = response.json().get("messageKey") in UNSERVED
        except ValueError:
            unserved = False
        return self._documented(request) if unserved else response

    def _documented(self, request: httpx.Request) -> httpx.Response:
        for op, pattern in self._operations:
            if op.method == request.method and pattern.match(request.url.path):
                status, body = _documented_success(op)
                warnings.warn(
                    f"MockHamsa does not serve {op.method} {op.path} yet: the docs example ran "
                    "against a response documented in the spec",
                    stacklevel=1,
                )
                return httpx.Response(status, json=body)
        pytest.fail(f"neither MockHamsa nor the specs answer {request.method} {request.url.path}")

    def close(self) -> None:
        self._mock.close()


TRANSPORT = "__docs_transport__"


def _async_client(transport: SpecExampleFallback) -> Any:
    """A fresh `async_client` for one block: each block's asyncio.run() is a new event loop,
    and a client whose http_client was given to it serves one loop only."""
    from hamsa import AsyncHamsa

    return AsyncHamsa(http_client=httpx.AsyncClient(transport=AsyncBridge(transport)))


class AsyncBridge(httpx.AsyncBaseTransport):
    """The async examples' transport: the same SpecExampleFallback (so the same mock and ids)."""

    def __init__(self, sync: SpecExampleFallback) -> None:
        self._sync = sync

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        response = self._sync.handle_request(request)
        content = response.read()
        return httpx.Response(response.status_code, headers=response.headers, content=content)


def _wav_bytes() -> bytes:
    """A tenth of a second of silence as a WAV file."""
    import io
    import wave

    out = io.BytesIO()
    with wave.open(out, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(16000)
        wav.writeframes(b"\0\0" * 1600)
    return out.getvalue()


def _reference_namespace(page: Page) -> dict[str, Any]:
    """What the reference pages say their examples assume: a client and ids of your own."""
    from hamsa import Hamsa

    transport = SpecExampleFallback()
    client = Hamsa(http_client=httpx.Client(transport=transport))
    agent = client.voice_agents.create(name="Docs example agent")
    call = client.calls.start(to_number="+15551234567", voice_agent_id=agent.id)
    tool = client.web_tools.create(type="MCP", name="Docs example tool")
    # The URLs the delete-url examples remove: the resource method's, then the generated call's.
    urls = ["https://example.com/document.pdf", "https://example.com/page"]
    item = client.knowledge_base.create([{"item_name": "Docs example item", "item_urls": urls}])
    dictionary = client.voice_dictionaries.create(name="Docs example dictionary", words=[])
    number = client.phone_numbers.add(
        phone_number="+15550001234",
        label="Docs example number",
        twilio_account_sid="AC0",
        twilio_auth_token="docs-example",
    )
    job = client.jobs.transcribe(media_url="https://example.com/a.mp3", model="Hamsa-General-V2.0")
    yours = {
        "job_id": job.job_id,
        "voice_agent_id": agent.id,
        "agent_id": agent.id,  # the unified voice_agents methods' name for it
        "conversation_id": call.id,
        "web_tool_id": tool.id,
        "id_": tool.id,  # the v2 web-tool path parameter
        "knowledge_base_item_id": item.id,
        "voice_dictionary_id": dictionary.id,
        "phone_number": number.number,
        "project_id": tool.project_id,
        "audio": _wav_bytes(),  # stt.transcribe's audio: a path, bytes or a binary file
    }
    namespace: dict[str, Any] = {"client": client, TRANSPORT: transport}
    # Every other name the examples read is a value of the reader's own (render_docs says so
    # on the page): an id, mostly.
    for name in set().union(*(render_docs.free_names(b.code) for b in page.blocks)):
        namespace[name] = yours.get(name, PLACEHOLDER_ID)
    return namespace


def _run_exec(block: Block, namespace: dict[str, Any]) -> None:
    compiled = compile(block.code, f"docs/{block.page}:{block.line}", "exec")
    try:
        exec(compiled, namespace)
    except Exception:
        pytest.fail(
            f"the example at docs/{block.page}, line {block.line}, failed:\n"
            f"{textwrap.indent(block.code, '    ')}\n{traceback.format_exc()}"
        )


def _run_pytest_files(page: Page, blocks: list[Block], directory: Path) -> None:
    for block in blocks:
        first = block.code.lstrip().splitlines()[0]
        name = re.fullmatch(r"#\s*([\w.-]+\.py)\s*", first)
        assert name, f"docs/{page.name}:{block.line}: a pytest block starts with `# file.py`"
        (directory / name[1]).write_text(block.code, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HAMSA_", "PYTEST_"))}
    # A user's bare pytest: only the plugins the docs tell them to enable (and it starts fast).
    env["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(directory)],
        capture_output=True,
        text=True,
        cwd=directory,
        env=env,
        timeout=120,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, f"the pytest examples of docs/{page.name} failed:\n{output}"
    assert re.search(r"\b\d+ passed\b", output), output


# --- the tests ----------------------------------------------------------------------------------


@pytest.mark.usefixtures("offline")
@pytest.mark.parametrize("page", PAGES, ids=[page.name for page in PAGES])
def test_the_python_examples_of_a_page_run(
    page: Page,
    start_mock: Callable[..., Any],
    instant_sleep: list[float],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Files an example writes (conversations.export(to=...)) land here, not in the checkout.
    workdir = tmp_path / "cwd"
    workdir.mkdir()
    monkeypatch.chdir(workdir)
    if not page.is_reference:
        start_mock()
        _run_blocks(page, page.blocks, {}, tmp_path)
        return
    # Each tab shows the same call another way (Sync, Async) and so does the per-version call:
    # a second add of the same number would fail, so each runs in a world of its own.
    for tab in sorted({block.tab for block in page.blocks}):
        blocks = [block for block in page.blocks if block.tab == tab]
        # Calls stay IN_PROGRESS for an hour, so the terminate examples have a call to end.
        start_mock(call_duration=3600.0)
        _run_blocks(page, blocks, _reference_namespace(page), tmp_path)


def _run_blocks(page: Page, blocks: list[Block], namespace: dict[str, Any], tmp: Path) -> None:
    namespace["__name__"] = "__docs_example__"
    pytest_blocks = []
    for block in blocks:
        if block.runner == "exec":
            if TRANSPORT in namespace:
                namespace["async_client"] = _async_client(namespace[TRANSPORT])
            _run_exec(block, namespace)
        elif block.runner == "pytest":
            pytest_blocks.append(block)
    if pytest_blocks:
        _run_pytest_files(page, pytest_blocks, tmp)


@pytest.mark.usefixtures("offline")
@pytest.mark.parametrize("script", SCRIPTS, ids=[script.name for script in SCRIPTS])
def test_the_example_scripts_run(
    script: Path,
    start_mock: Callable[..., Any],
    instant_sleep: list[float],
    capsys: pytest.CaptureFixture[str],
) -> None:
    start_mock()
    try:
        runpy.run_path(str(script), run_name="__main__")
    except SystemExit as exit_:
        assert exit_.code in (None, 0), f"docs/examples/{script.name} exited with {exit_.code}"
    print(capsys.readouterr().out)


def test_the_docs_have_examples_to_run() -> None:
    """Guard against an extractor that silently finds nothing."""
    runnable = [b for page in PAGES for b in page.blocks if b.runner != "skip"]
    assert len(runnable) >= 20
    names = {page.name for page in PAGES}
    assert {"quickstart.md", "errors.md", "testing.md", "versions.md"} <= names
    assert any(page.is_reference for page in PAGES)
    assert (EXAMPLES / "quickstart.py") in SCRIPTS
    quickstart = next(page for page in PAGES if page.name == "quickstart.md")
    included = (EXAMPLES / "quickstart.py").read_text(encoding="utf-8").strip()
    assert any(included in block.code for block in quickstart.blocks)


def test_opting_out_is_rare_and_explained() -> None:
    opt_outs = [b for page in PAGES for b in page.blocks if b.runner == "skip"]
    assert len(opt_outs) <= MAX_OPT_OUTS, [f"{b.page}:{b.line}" for b in opt_outs]
    for block in opt_outs:
        assert len(block.reason) >= 10, f"docs/{block.page}:{block.line}: give a real reason"
    # Every marker sits right above a python block (a stray one would opt out nothing).
    attached = sum(1 for page in PAGES for b in page.blocks if b.runner != "exec")
    texts = {**hand_written_pages(), **RENDERED}
    markers = sum(len(_ANY_MARKER.findall(text)) for text in texts.values())
    assert markers == attached


def test_examples_cannot_reach_the_real_api(offline: None) -> None:
    with pytest.raises(ExternalNetworkAccess):
        socket.getaddrinfo("api.tryhamsa.com", 443)


def test_waits_are_skipped_not_slept(instant_sleep: list[float]) -> None:
    async def nap() -> str:
        await asyncio.sleep(30)
        return "done"

    started = time.monotonic()
    time.sleep(30)
    assert asyncio.run(nap()) == "done"
    assert instant_sleep == [30, 30]
    assert time.monotonic() - started < 5


# --- the pipeline the reference examples come from ----------------------------------------------


def test_the_generated_pages_render() -> None:
    assert not RENDER_ERROR, f"generator/render_docs.py failed: {RENDER_ERROR}"
    assert any(name.startswith("reference/v1/") for name in RENDERED)
    assert any(name.startswith("reference/v2/") for name in RENDERED)


def test_resource_methods_have_examples_in_the_reference() -> None:
    """Every operation a resource module wraps is declared friendly in the spec, so its
    reference page leads with the friendly call and its example."""
    missing = render_docs.operations_without_resource_example(render_docs.load_specs())
    where = "declare these friendly in spec/ (x-hamsa-resource / x-hamsa-method): "
    assert not missing, where + "; ".join(missing)


def test_each_friendly_operation_page_leads_with_sync_and_async_calls() -> None:
    """The example catalogue is derived from the spec: every friendly operation of
    hamsa._operations has a page section whose first code is its friendly call, sync then
    async, before the per-version call."""
    from hamsa._operations import OPERATIONS

    friendly = [op for op in OPERATIONS if op.friendly]
    assert friendly
    for op in friendly:
        page = next(
            text
            for name, text in RENDERED.items()
            if name.startswith(f"reference/{op.version}/")
            and f"operationId `{op.operation_id}`" in text
        )
        section = page.split(f"operationId `{op.operation_id}`", 1)[1].split("\n## ", 1)[0]
        call = f"client.{op.resource}.{op.method}("
        sync = section.index(call)
        asynchronous = section.index(f"async_{call}")
        generic = section.index(f"client.{op.version}.")
        assert section.index('=== "Sync"') < sync < section.index('=== "Async"') < asynchronous
        assert asynchronous < generic, f"{op.operation_id}: the per-version call comes second"


def test_the_rendered_pages_are_deterministic() -> None:
    assert render_docs.render_all() == RENDERED


def test_both_yaml_readers_read_the_specs_alike() -> None:
    assert render_docs._fast_loader() is not None  # the fast path is the one in use here
    for path in sorted((ROOT / "spec").glob("*.yaml")):
        assert render_docs.load_spec(path) == render_docs.load_spec(path, fast=False), path


def test_an_operation_the_generated_client_lacks_fails_the_render(tmp_path: Path) -> None:
    for version in ("v1", "v2"):
        (tmp_path / f"{version}.yaml").write_bytes((ROOT / "spec" / f"{version}.yaml").read_bytes())
    spec = tmp_path / "v2.yaml"
    spec.write_text(
        spec.read_text(encoding="utf-8").replace(
            "paths:\n",
            "paths:\n  /v2/ping:\n    get:\n      operationId: ping\n      tags: [voice_agents]\n"
            "      responses:\n        '200':\n          description: pong\n",
            1,
        ),
        encoding="utf-8",
    )
    with pytest.raises(render_docs.DocsError, match=r"no generated method .*\.ping"):
        render_docs.render(spec_dir=tmp_path)


def test_a_stale_example_table_fails_the_render(monkeypatch: pytest.MonkeyPatch) -> None:
    original = render_docs.CALL_BODIES
    bodies = {**original, ("v1", "clone_voice_agent"): {"agentNam": "typo"}}
    monkeypatch.setattr(render_docs, "CALL_BODIES", bodies)
    with pytest.raises(render_docs.DocsError, match="agentNam"):
        render_docs.render_all()
    monkeypatch.setattr(render_docs, "CALL_BODIES", original)
    # A declared method the client lacks (the table is derived: it cannot go stale silently).
    import hamsa._operations

    renamed = tuple(
        op._replace(method="dial") if op.operation_id == "start_call" else op
        for op in hamsa._operations.OPERATIONS
    )
    monkeypatch.setattr(hamsa._operations, "OPERATIONS", renamed)
    render_docs._declared_operations.cache_clear()
    try:
        with pytest.raises(render_docs.DocsError, match=r"client\.calls\.dial"):
            render_docs.render_all()
    finally:
        render_docs._declared_operations.cache_clear()

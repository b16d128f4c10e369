"""The operation table: every operation declared once in spec/ (x-hamsa-*), read by
generator/sdk_operations.py, written into the package as hamsa._operations."""

from __future__ import annotations

import asyncio
import functools
import importlib.util
import inspect
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import hamsa
import pytest

ROOT = Path(__file__).resolve().parents[2]
SDK_OPERATIONS = ROOT / "generator" / "sdk_operations.py"
OFFLINE: dict[str, Any] = {"api_key": "hk_test_introspection", "base_url": "http://127.0.0.1:9"}
# Public resource methods that are helpers over an operation, not an operation of their own:
# conversations.wait polls conversations.get; jobs.wait polls jobs.get.
HELPERS = {"conversations.wait", "jobs.wait"}


@functools.cache
def sdk_operations() -> ModuleType:
    spec = importlib.util.spec_from_file_location("sdk_operations", SDK_OPERATIONS)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["sdk_operations"] = module  # NamedTuple needs its module while being built
    spec.loader.exec_module(module)
    return module


@functools.cache
def documents() -> list[tuple[str, dict[str, Any]]]:
    return sdk_operations().load_documents(ROOT / "spec")  # type: ignore[no-any-return]


@functools.cache
def table() -> tuple[Any, ...]:
    return sdk_operations().operation_table(documents())  # type: ignore[no-any-return]


def plain(value: Any) -> Any:
    """A record (generator's or package's NamedTuple) as nested dicts and tuples."""
    if hasattr(value, "_asdict"):
        return {key: plain(item) for key, item in value._asdict().items()}
    if isinstance(value, tuple):
        return tuple(plain(item) for item in value)
    return value


# --- the specs declare every operation -----------------------------------------------------


def spec_operation_ids() -> set[tuple[str, str]]:
    methods = set(sdk_operations().HTTP_METHODS)
    return {
        (version, op["operationId"])
        for version, document in documents()
        for item in document["paths"].values()
        for method, op in item.items()
        if method in methods
    }


def test_every_operation_of_both_specs_has_a_declared_resource_and_method() -> None:
    assert {(op.version, op.operation_id) for op in table()} == spec_operation_ids()
    assert len(table()) == len(spec_operation_ids()) == 61
    undeclared = [f"{op.version} {op.operation_id}" for op in table() if not op.declared]
    assert undeclared == [], "every operation of spec/ declares x-hamsa-resource and -method"
    for op in table():
        assert op.resource.isidentifier() and op.method.isidentifier()


def test_method_names_are_unique_per_resource() -> None:
    names = [(op.resource, op.method) for op in table()]
    assert len(names) == len(set(names))


# --- the declared names are what the friendly client exposes today -------------------------


def _public_methods(owner: Any) -> set[str]:
    return {
        name
        for name, member in inspect.getmembers_static(type(owner))
        if not name.startswith("_") and name != "with_raw_response" and inspect.isfunction(member)
    }


def _resources(client: Any) -> Iterator[str]:
    for name, member in inspect.getmembers_static(type(client)):
        # v1 and v2 are the generated per-version clients, not friendly resources.
        if isinstance(member, functools.cached_property) and name not in {"v1", "v2"}:
            yield name


def _clients() -> Iterator[Any]:
    sync = hamsa.Hamsa(**OFFLINE)
    try:
        yield sync
    finally:
        sync.close()
    async_client = hamsa.AsyncHamsa(**OFFLINE)
    try:
        yield async_client
    finally:
        asyncio.run(async_client.aclose())


def test_declared_friendly_names_are_the_public_resource_methods() -> None:
    declared = {f"{op.resource}.{op.method}" for op in table() if op.friendly}
    for client in _clients():
        plain_methods: set[str] = set()
        raw_methods: set[str] = set()
        for resource in _resources(client):
            owner = getattr(client, resource)
            plain_methods |= {f"{resource}.{m}" for m in _public_methods(owner)}
            raw_methods |= {f"{resource}.{m}" for m in _public_methods(owner.with_raw_response)}
        assert plain_methods - HELPERS == declared, type(client).__name__
        assert raw_methods == declared, f"{type(client).__name__}.<resource>.with_raw_response"


def test_operations_the_friendly_client_does_not_expose_are_reachable_per_version() -> None:
    hidden = [op for op in table() if not op.friendly]
    assert {f"{op.version}.{op.operation_id}" for op in hidden} == {
        "v1.create_voice_agent",
        "v1.get_voice_agent",
        "v1.list_voice_agents",
        "v2.update_voice_agent",
        "v2.create_web_tool",
        "v2.update_web_tool",
        "v2.list_web_tools",
    }
    client = hamsa.Hamsa(**OFFLINE)
    try:
        for op in hidden:
            tag = getattr(getattr(client, op.version), op.tag)
            assert callable(getattr(tag, op.operation_id)), f"client.{op.version}.{op.tag}"
    finally:
        client.close()


def test_the_table_says_what_the_resources_do_today() -> None:
    by_name = {f"{op.resource}.{op.method}": op for op in table() if op.friendly}
    assert by_name["conversations.export"].download
    downloads = [name for name, op in by_name.items() if op.download]
    assert downloads == ["conversations.export", "tts.generate", "tts.stream"]
    assert by_name["conversations.terminate"].idempotent is False  # x-hamsa-idempotent: false
    assert by_name["calls.start"].idempotent is False  # a POST dials a real person
    assert by_name["calls.start_twilio"].deprecated
    # Whole-body answers: a bare event, or an envelope with no `data` to unwrap.
    whole = {name for name, op in by_name.items() if op.envelope is None and not op.download}
    assert whole == {
        "conversations.terminate",
        "web_tools.test",
        "knowledge_base.delete_url",
        "voice_dictionaries.toggle_activation",
        "phone_numbers.unassign",
        "phone_numbers.list",  # `data` is the bare list of items
        "stt.transcribe",  # `{text}`, or an envelope: both shapes are read
        "voices.preload",  # `data` is an empty list
    }
    paged = {name: op.pagination for name, op in by_name.items() if op.pagination}
    assert set(paged) == {f"{r}.list" for r in ("voice_agents", "conversations", "web_tools")} | {
        f"{r}.list" for r in ("knowledge_base", "voice_dictionaries", "phone_numbers", "jobs")
    } | {"jobs.search"}
    # POST /v1/jobs/all pages with skip/take in its JSON body, GET /v2/jobs with page/perPage.
    assert (paged["jobs.search"].page_in, paged["jobs.search"].page_param) == ("body", "skip")
    assert (paged["jobs.list"].page_in, paged["jobs.list"].total) == ("query", "totalCount")
    conversations = paged["conversations.list"]
    assert (conversations.page_param, conversations.size_param) == ("page", "perPage")
    assert (conversations.items, conversations.total) == ("calls", "total")
    numbers = paged["phone_numbers.list"]
    assert (numbers.items, numbers.total, numbers.filtered) == ("data", None, None)
    assert paged["voice_dictionaries.list"].filtered is None


def test_default_idempotency_is_the_runtimes() -> None:
    from hamsa import _retry

    assert sdk_operations().IDEMPOTENT_METHODS == _retry.IDEMPOTENT_METHODS


def test_the_final_call_statuses_are_declared_on_the_enum() -> None:
    from hamsa.v1.models import CallStatus

    enums = {(e.version, e.schema): e for e in sdk_operations().status_enums(documents())}
    assert set(enums) == {("v1", "CallStatus"), ("v1", "JobStatus"), ("v2", "JobStatus")}
    assert set(enums["v1", "JobStatus"].final) == {"COMPLETED", "FAILED"}
    enum = enums["v1", "CallStatus"]
    assert set(enum.values) == {member.value for member in CallStatus}
    assert set(enum.final) == {"COMPLETED", "NO_ANSWER", "FAILED", "FORWARDED", "TERMINATED"}


# --- the generated table is the spec's ------------------------------------------------------


def test_the_generated_table_equals_what_the_specs_give() -> None:
    from hamsa import _operations

    assert plain(_operations.OPERATIONS) == plain(table())
    assert plain(_operations.STATUS_ENUMS) == plain(sdk_operations().status_enums(documents()))


def test_import_hamsa_does_not_load_the_table() -> None:
    code = "import sys, hamsa; hamsa.Hamsa; print('hamsa._operations' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


# --- the default rule, for an operation that declares nothing -------------------------------


def _spec(*operations: tuple[str, str, str, str, dict[str, Any]]) -> dict[str, Any]:
    paths: dict[str, Any] = {}
    for path, method, operation_id, tag, extensions in operations:
        op = {"operationId": operation_id, "tags": [tag], "responses": {}, **extensions}
        paths.setdefault(path, {})[method] = op
    return {"openapi": "3.1.0", "paths": paths}


def _declared(resource: str, method: str) -> dict[str, Any]:
    return {"x-hamsa-resource": resource, "x-hamsa-method": method}


def test_an_undeclared_operation_gets_its_name_from_its_tag_and_operation_id() -> None:
    spec = _spec(
        ("/web-tool", "post", "create_web_tool", "web_tools", _declared("web_tools", "create")),
        ("/web-tool/{id}", "delete", "delete_web_tool", "web_tools", {}),
        ("/statistics/numbers", "get", "get_statistics_numbers", "statistics", {}),
        ("/voice-dictionaries/{id}", "delete", "deleteVoiceDictionary", "VoiceDictionaries", {}),
        ("/things", "get", "list_things", "things", {}),
    )
    ops = sdk_operations().operation_table([("v1", spec)])
    names = {op.operation_id: (op.resource, op.method, op.declared) for op in ops}
    assert names == {
        "create_web_tool": ("web_tools", "create", True),
        "delete_web_tool": ("web_tools", "delete", False),  # client.web_tools.delete
        "get_statistics_numbers": ("statistics", "get_numbers", False),
        "deleteVoiceDictionary": ("voice_dictionaries", "delete", False),  # singular removed
        "list_things": ("things", "list", False),
    }
    undeclared = next(op for op in ops if op.operation_id == "delete_web_tool")
    assert undeclared.friendly and undeclared.idempotent and undeclared.pagination is None


def test_a_default_name_that_clashes_falls_back_to_the_operation_id() -> None:
    v1 = _spec(
        ("/a", "get", "get_web_tool", "web_tools", _declared("web_tools", "get")),
        ("/b", "get", "fetch_web_tool", "web_tools", _declared("web_tools", "fetch")),
        ("/c", "get", "web_tools", "web_tools", {}),  # nothing left once the tag is removed
    )
    v2 = _spec(
        ("/a", "get", "get_web_tool", "web_tools", {}),  # `get` is declared in v1
        ("/c", "get", "web_tools", "web_tools", {}),  # so is v1's operationId: add the version
        ("/d", "get", "fetch", "web_tools", {}),  # `fetch` is declared in v1
    )
    ops = sdk_operations().operation_table([("v1", v1), ("v2", v2)])
    names = {(op.version, op.path): op.method for op in ops}
    assert names == {
        ("v1", "/a"): "get",
        ("v1", "/b"): "fetch",
        ("v1", "/c"): "web_tools",
        ("v2", "/a"): "get_web_tool",
        ("v2", "/c"): "web_tools_v2",
        ("v2", "/d"): "fetch_v2",
    }
    # Deterministic: the same specs give the same names.
    assert sdk_operations().operation_table([("v1", v1), ("v2", v2)]) == ops


@pytest.mark.parametrize(
    ("extensions", "message"),
    [
        ({"x-hamsa-resourse": "calls"}, "unknown extensions"),
        ({"x-hamsa-method": "Start-Call"}, "snake_case Python name"),
        ({"x-hamsa-method": "import"}, "snake_case Python name"),
        ({"x-hamsa-friendly": "no"}, "true or false"),
        ({"x-hamsa-envelope": "data[0]"}, "dotted path"),
        ({"x-hamsa-pagination": {"style": "cursor"}}, "style must be one of"),
        ({"x-hamsa-pagination": {"style": "page", "items": "items"}}, "needs page_param"),
        (
            {"x-hamsa-pagination": {"style": "page", "page_param": "skip", "items": "x"}},
            "'skip' is not a parameter",
        ),
        ({"x-hamsa-pagination": {"style": "none", "cursor": "c"}}, "unknown keys"),
        ({"x-hamsa-download": "chunks"}, "true, false or stream"),
        ({"x-hamsa-result": "hamsa.VoiceAgent.from_v2"}, "function of hamsa.resources._results"),
        ({"x-hamsa-result": "transcript", "x-hamsa-download": True}, "a download has none"),
        ({"x-hamsa-before": {"keyword": "preload", "call": "voices.preload"}}, "arguments"),
        (
            {"x-hamsa-before": {"keyword": "timeout", "call": "a.b", "arguments": {"x": "y"}}},
            "keyword: <name>",
        ),
        (
            {"x-hamsa-before": {"keyword": "first", "call": "preload", "arguments": {"x": "y"}}},
            "call: <resource>.<method>",
        ),
        (
            {
                "x-hamsa-before": {
                    "keyword": "first",
                    "call": "voices.nope",
                    "arguments": {"a": "b"},
                }
            },
            "voices.nope, which is no friendly method",
        ),
    ],
)
def test_a_malformed_declaration_is_refused(extensions: dict[str, Any], message: str) -> None:
    spec = _spec(("/calls", "post", "start_call", "calls", extensions))
    with pytest.raises(sdk_operations().SpecError, match=message):
        sdk_operations().operation_table([("v1", spec)])


def _with_body(properties: dict[str, Any], **schema: Any) -> dict[str, Any]:
    spec = _spec(("/calls", "post", "start_call", "calls", {}))
    body = {"type": "object", "properties": properties, **schema}
    spec["paths"]["/calls"]["post"]["requestBody"] = {
        "content": {"application/json": {"schema": body}}
    }
    return spec


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        (_with_body({"a": {"type": "string", "x-hamsa-positonal": True}}), "unknown extensions"),
        (_with_body({"a": {"type": "string", "x-hamsa-positional": True}}), "only a required"),
        (_with_body({"a": {"type": "number", "x-hamsa-keyword": "timeout"}}), "free snake_case"),
        (_with_body({"a": {"type": "number", "x-hamsa-keyword": "Tool-Timeout"}}), "snake_case"),
        (_with_body({}, **{"x-hamsa-check": "web tools"}), "hamsa.resources._checks"),
        (_with_body({"a": {"type": "string", "x-hamsa-input": "mp3-base64"}}), "wav-base64"),
        (_with_body({"a": {"type": "number", "x-hamsa-input": "wav-base64"}}), "on a string"),
        (
            _with_body({}, **{"x-hamsa-prepare": {"function": "agent_body", "fields": "fields"}}),
            "TypedDict",
        ),
    ],
)
def test_a_malformed_request_side_extension_is_refused(spec: dict[str, Any], message: str) -> None:
    with pytest.raises(sdk_operations().SpecError, match=message):
        sdk_operations().operation_table([("v1", spec)])


def test_a_parameter_keyword_must_be_a_free_python_name() -> None:
    spec = _spec(("/calls/{id}", "get", "get_call", "calls", {}))
    spec["paths"]["/calls/{id}"]["get"]["parameters"] = [
        {"name": "id", "in": "path", "required": True, "x-hamsa-keyword": "max_retries"}
    ]
    with pytest.raises(sdk_operations().SpecError, match="free snake_case"):
        sdk_operations().operation_table([("v1", spec)])


def test_text_boolean_belongs_on_a_string_parameter() -> None:
    spec = _spec(("/calls", "get", "list_calls", "calls", {}))
    spec["paths"]["/calls"]["get"]["parameters"] = [
        {"name": "used", "in": "query", "schema": {"type": "boolean"}, "x-hamsa-text-boolean": True}
    ]
    with pytest.raises(sdk_operations().SpecError, match="string parameter"):
        sdk_operations().operation_table([("v1", spec)])


def test_two_operations_declaring_one_name_is_an_error() -> None:
    spec = _spec(
        ("/a", "post", "start_call", "calls", _declared("calls", "start")),
        ("/b", "post", "start_other_call", "calls", _declared("calls", "start")),
    )
    with pytest.raises(sdk_operations().SpecError, match=r"both declare calls\.start"):
        sdk_operations().operation_table([("v1", spec)])


def test_final_values_must_be_values_of_the_enum() -> None:
    spec = {
        "paths": {},
        "components": {
            "schemas": {
                "CallStatus": {"type": "string", "enum": ["A", "B"], "x-hamsa-final": ["B", "C"]}
            }
        },
    }
    with pytest.raises(sdk_operations().SpecError, match=r"not in enum: \['C'\]"):
        sdk_operations().status_enums([("v1", spec)])


def test_a_malformed_declaration_fails_generation_and_writes_nothing(tmp_path: Path) -> None:
    specs = tmp_path / "spec"
    shutil.copytree(ROOT / "spec", specs)
    v1 = specs / "v1.yaml"
    text = v1.read_text()
    assert text.count("x-hamsa-method: delete_url") == 1, "the test's anchor moved"
    v1.write_text(text.replace("x-hamsa-method: delete_url", "x-hamsa-method: Delete-URL"))
    out = tmp_path / "out" / "hamsa"

    generate = ROOT / "generator" / "generate.py"
    result = subprocess.run(
        [sys.executable, str(generate), "--spec-dir", str(specs), "--output", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 1
    assert "generated/ left untouched" in result.stderr
    assert "x-hamsa-method must be a snake_case Python name, not 'Delete-URL'" in result.stderr
    assert not out.exists()

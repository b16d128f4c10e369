"""generator/spec_diff.py: which spec changes break SDK users, and how the report reads."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
GENERATOR = ROOT / "generator"
SPEC_DIFF = GENERATOR / "spec_diff.py"
LEGACY_V1 = ROOT / "spec" / "history" / "v1.2024-legacy-calendar.yaml"
CURRENT_V1 = ROOT / "spec" / "v1.yaml"
PATCH = "PATCH /v1/voice-agents/{voiceAgentId}"


def _generator_module(name: str) -> ModuleType:
    if str(GENERATOR) not in sys.path:
        sys.path.insert(0, str(GENERATOR))
    return importlib.import_module(name)


spec_diff = _generator_module("spec_diff")


def run_cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SPEC_DIFF), *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )


def by_location(changes: list[Any]) -> dict[str, list[Any]]:
    found: dict[str, list[Any]] = {}
    for item in changes:
        found.setdefault(item.location, []).append(item)
    return found


# --- the real history: the Google Calendar era -> today ------------------------------------


@pytest.fixture(scope="module")
def legacy_report() -> Any:
    return spec_diff.diff_files(LEGACY_V1, CURRENT_V1)


@pytest.mark.parametrize(
    "field", ["tools.googleCalendar", "googleCalendarSettings"], ids=lambda f: str(f)
)
def test_removed_calendar_fields_are_breaking(legacy_report: Any, field: str) -> None:
    (removed,) = by_location(list(legacy_report.changes))[f"{PATCH} request body: {field}"]
    assert (removed.kind, removed.detail, removed.breaking) == ("field", "removed", True)


@pytest.mark.parametrize(
    "field", ["webhookUrl", "webhookAuth", "userInactivityTimeout", "llmConfig", "alignment"]
)
def test_newly_documented_update_fields_are_non_breaking(legacy_report: Any, field: str) -> None:
    (added,) = by_location(list(legacy_report.changes))[f"{PATCH} request body: {field}"]
    assert (added.kind, added.detail, added.breaking) == ("field", "added (optional)", False)


def test_the_legacy_to_current_verdict_is_breaking(legacy_report: Any) -> None:
    assert legacy_report.breaking
    assert (legacy_report.old.version, legacy_report.new.version) == ("1.0.0", "1.1.0")
    # The calendar settings the old response returned in `tools` are gone for readers too.
    response = by_location(list(legacy_report.changes))[f"{PATCH} response 200: data.tools.id"]
    assert [c.breaking for c in response] == [True]
    # The other endpoints only gained things since that revision.
    elsewhere = [c for c in legacy_report.changes if not c.location.startswith(PATCH)]
    # ...but for the E.164 pattern phone numbers gained since (a narrowing, so breaking).
    narrowed = {c.location for c in elsewhere if c.breaking}
    assert narrowed == {
        "POST /v1/voice-agents/call request body: fromNumber",
        "POST /v1/voice-agents/call request body: toNumber",
    }
    assert all("pattern" in c.detail for c in elsewhere if c.breaking)


def test_cli_writes_json_and_markdown_that_agree(tmp_path: Path) -> None:
    json_path, markdown_path = tmp_path / "diff.json", tmp_path / "diff.md"

    result = run_cli(LEGACY_V1, CURRENT_V1, "--json", json_path, "--markdown", markdown_path)

    assert result.returncode == 0, result.stderr  # breaking or not, a diff that ran exits 0
    report = json.loads(json_path.read_text())
    assert set(report) == {"old", "new", "breaking", "changes"}
    assert report["breaking"] is True
    assert report["old"]["version"] == "1.0.0" and report["new"]["version"] == "1.1.0"
    changes = {c["location"]: c for c in report["changes"]}
    assert changes[f"{PATCH} request body: tools.googleCalendar"]["breaking"] is True
    assert changes[f"{PATCH} request body: googleCalendarSettings"]["breaking"] is True
    assert changes[f"{PATCH} request body: webhookUrl"]["breaking"] is False
    assert set(report["changes"][0]) == {"kind", "location", "detail", "breaking"}

    markdown = markdown_path.read_text()
    assert markdown == result.stdout
    rows = [line for line in markdown.splitlines() if line.startswith("| ") and "`" in line]
    calendar = next(row for row in rows if "request body: tools.googleCalendar`" in row)
    webhook = next(row for row in rows if "request body: webhookUrl`" in row)
    assert calendar.startswith("| **breaking** | field |") and calendar.endswith("| removed |")
    assert webhook.startswith("| non-breaking | field |")
    # Breaking changes come first.
    flags = [row.startswith("| **breaking**") for row in rows]
    assert flags == sorted(flags, reverse=True) and flags[0]


def test_report_is_deterministic(tmp_path: Path) -> None:
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    assert run_cli(LEGACY_V1, CURRENT_V1, "--json", first).returncode == 0
    assert run_cli(LEGACY_V1, CURRENT_V1, "--json", second).returncode == 0
    assert first.read_bytes() == second.read_bytes()
    changes = json.loads(first.read_text())["changes"]
    keys = [(not c["breaking"], c["location"], c["kind"], c["detail"]) for c in changes]
    assert keys == sorted(keys)


def test_identical_specs_have_no_changes() -> None:
    result = run_cli(CURRENT_V1, CURRENT_V1)
    assert result.returncode == 0
    assert "No API changes" in result.stdout


@pytest.mark.parametrize(
    "content",
    [None, b"openapi: [unclosed\n", b"- just\n- a list\n"],
    ids=["missing", "yaml", "list"],
)
def test_unreadable_input_exits_2(tmp_path: Path, content: bytes | None) -> None:
    broken = tmp_path / "broken.yaml"
    if content is not None:
        broken.write_bytes(content)
    result = run_cli(CURRENT_V1, broken)
    assert result.returncode == 2
    assert "broken.yaml" in result.stderr


# --- small inline specs, one rule at a time ---------------------------------------------------


def spec(
    request: dict[str, Any] | None = None,
    response: dict[str, Any] | None = None,
    *,
    parameters: list[dict[str, Any]] | None = None,
    schemas: dict[str, Any] | None = None,
    extra_paths: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """One PATCH /things/{id} with the given body, 200 response and parameters."""
    operation: dict[str, Any] = {
        "operationId": "update_thing",
        "tags": ["things"],
        "parameters": [
            {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
            *(parameters or []),
        ],
        "responses": {"200": {"description": "ok"}},
    }
    if request is not None:
        operation["requestBody"] = {
            "required": True,
            "content": {"application/json": {"schema": request}},
        }
    if response is not None:
        operation["responses"]["200"]["content"] = {"application/json": {"schema": response}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Things", "version": "1"},
        "paths": {"/things/{id}": {"patch": operation}, **(extra_paths or {})},
        "components": {"schemas": schemas or {}},
    }


def obj(required: list[str] | None = None, **properties: Any) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "object", "properties": properties}
    if required:
        schema["required"] = required
    return schema


def diff(old: dict[str, Any], new: dict[str, Any]) -> list[tuple[str, str, str, bool]]:
    return [(c.kind, c.location, c.detail, c.breaking) for c in spec_diff.diff_documents(old, new)]


BODY = "PATCH /things/{id} request body"
REPLY = "PATCH /things/{id} response 200"
DURATION = {"type": "number", "minimum": 30, "maximum": 600}


def test_narrowed_request_range_is_breaking() -> None:
    old = spec(obj(duration=DURATION))
    new = spec(obj(duration={**DURATION, "minimum": 60, "maximum": 300}))
    assert diff(old, new) == [
        ("constraint", f"{BODY}: duration", "maximum 600 → 300 (narrowed)", True),
        ("constraint", f"{BODY}: duration", "minimum 30 → 60 (narrowed)", True),
    ]


def test_widened_request_range_is_not_breaking() -> None:
    old = spec(obj(duration=DURATION))
    new = spec(obj(duration={"type": "number", "maximum": 900}))
    assert diff(old, new) == [
        ("constraint", f"{BODY}: duration", "maximum 600 → 900 (widened)", False),
        ("constraint", f"{BODY}: duration", "minimum 30 removed (widened)", False),
    ]


@pytest.mark.parametrize(
    ("old", "new", "breaking"),
    [
        ({"maxLength": 10}, {"maxLength": 5}, True),
        ({}, {"pattern": "^[a-z]+$"}, True),
        ({}, {"minItems": 1}, True),
        ({"exclusiveMinimum": 0}, {"exclusiveMinimum": 1}, True),
        ({"minimum": 0, "exclusiveMinimum": False}, {"minimum": 0, "exclusiveMinimum": True}, True),
        ({"pattern": "^[a-z]+$"}, {}, False),
        ({"maxItems": 3}, {"maxItems": 10}, False),
    ],
)
def test_each_request_constraint_is_judged_by_direction(
    old: dict[str, Any], new: dict[str, Any], breaking: bool
) -> None:
    changes = diff(spec(obj(value=old)), spec(obj(value=new)))
    assert changes and all(c[0] == "constraint" for c in changes)
    assert any(c[3] for c in changes) is breaking


def test_response_ranges_are_not_checked_so_never_break() -> None:
    old = spec(response=obj(duration=DURATION))
    new = spec(response=obj(duration={**DURATION, "maximum": 300}))
    assert diff(old, new) == [
        ("constraint", f"{REPLY}: duration", "maximum 600 → 300 (narrowed)", False)
    ]


def test_new_required_request_field_is_breaking() -> None:
    old = spec(obj(name={"type": "string"}))
    new = spec(obj(["phone"], name={"type": "string"}, phone={"type": "string"}))
    assert diff(old, new) == [("field", f"{BODY}: phone", "added (required)", True)]


def test_new_optional_request_field_is_not_breaking() -> None:
    old = spec(obj(name={"type": "string"}))
    new = spec(obj(name={"type": "string"}, phone={"type": "string"}))
    assert diff(old, new) == [("field", f"{BODY}: phone", "added (optional)", False)]


def test_request_field_that_became_required_is_breaking() -> None:
    old = spec(obj(name={"type": "string"}))
    new = spec(obj(["name"], name={"type": "string"}))
    assert diff(old, new) == [("field", f"{BODY}: name", "became required", True)]


def test_response_fields_judged_from_the_readers_side() -> None:
    old = spec(response=obj(["id"], id={"type": "string"}, gone={"type": "string"}))
    new = spec(response=obj(["extra"], id={"type": "string"}, extra={"type": "string"}))
    assert diff(old, new) == [
        ("field", f"{REPLY}: gone", "removed", True),
        ("field", f"{REPLY}: id", "became optional", True),
        ("field", f"{REPLY}: extra", "added", False),
    ]


def test_removed_operation_is_breaking_and_added_is_not() -> None:
    other = {"/others": {"get": {"operationId": "list_others", "responses": {"200": {}}}}}
    removed = diff(spec(extra_paths=other), spec())
    added = diff(spec(), spec(extra_paths=other))
    assert removed == [("operation", "GET /others", "removed", True)]
    assert added == [("operation", "GET /others", "added", False)]


def test_renamed_operation_id_is_breaking() -> None:
    new = spec()
    new["paths"]["/things/{id}"]["patch"]["operationId"] = "edit_thing"
    ((kind, location, detail, breaking),) = diff(spec(), new)
    assert (kind, location, breaking) == ("operation", "PATCH /things/{id}", True)
    assert "update_thing → edit_thing" in detail


@pytest.mark.parametrize("direction", ["request", "response"])
def test_type_change_is_breaking(direction: str) -> None:
    def build(kind: str) -> dict[str, Any]:
        schema = obj(count={"type": kind})
        return spec(schema) if direction == "request" else spec(response=schema)

    ((kind, location, detail, breaking),) = diff(build("string"), build("integer"))
    assert (kind, detail, breaking) == ("type", "string → integer (changed)", True)
    assert location.endswith(": count")


def test_type_widening_is_safe_to_send_but_not_to_read() -> None:
    integer, number = obj(n={"type": "integer"}), obj(n={"type": "number"})
    assert diff(spec(integer), spec(number)) == [
        ("type", f"{BODY}: n", "integer → number (widened)", False)
    ]
    assert diff(spec(response=integer), spec(response=number)) == [
        ("type", f"{REPLY}: n", "integer → number (widened)", True)
    ]


def test_nullability_is_judged_by_direction() -> None:
    plain = obj(url={"type": "string"})
    nullable = obj(url={"type": ["string", "null"]})
    assert diff(spec(plain), spec(nullable)) == [
        ("nullable", f"{BODY}: url", "null now allowed", False)
    ]
    assert diff(spec(nullable), spec(plain)) == [
        ("nullable", f"{BODY}: url", "null no longer allowed", True)
    ]
    assert diff(spec(response=plain), spec(response=nullable)) == [
        ("nullable", f"{REPLY}: url", "null now allowed", True)
    ]


LANGUAGE = {"type": "string", "enum": ["ar", "en"]}
REF = {"$ref": "#/components/schemas/Language"}


def test_enum_value_removed_from_a_request_is_breaking() -> None:
    old = spec(obj(lang=REF), schemas={"Language": LANGUAGE})
    new = spec(obj(lang=REF), schemas={"Language": {**LANGUAGE, "enum": ["ar"]}})
    assert diff(old, new) == [("enum", f"{BODY}: lang", 'value "en" removed', True)]


def test_enum_value_added_to_a_request_is_not_breaking() -> None:
    old = spec(obj(lang=REF), schemas={"Language": LANGUAGE})
    new = spec(obj(lang=REF), schemas={"Language": {**LANGUAGE, "enum": ["ar", "en", "fr"]}})
    assert diff(old, new) == [("enum", f"{BODY}: lang", 'value "fr" added', False)]


def test_enum_value_added_in_a_response_is_not_breaking() -> None:
    """The SDK's enums are open: an unknown value is kept, never a parse error."""
    status = {"type": "string", "enum": ["PENDING", "COMPLETED"]}
    old = spec(response=obj(status=status))
    new = spec(response=obj(status={**status, "enum": ["PENDING", "COMPLETED", "FORWARDED"]}))
    assert diff(old, new) == [("enum", f"{REPLY}: status", 'value "FORWARDED" added', False)]


def test_enum_restriction_on_a_free_request_value_is_breaking() -> None:
    old = spec(obj(lang={"type": "string"}))
    new = spec(obj(lang=LANGUAGE))
    assert diff(old, new) == [("enum", f"{BODY}: lang", 'restricted to "ar", "en"', True)]


def test_walks_refs_allof_anyof_and_items() -> None:
    schemas_old = {
        "Base": obj(name={"type": "string"}),
        "Slot": obj(start={"type": "string"}, end={"type": "string"}),
    }
    schemas_new = {
        "Base": obj(name={"type": "string"}),
        "Slot": obj(start={"type": "string"}),
    }
    body = {
        "allOf": [
            {"$ref": "#/components/schemas/Base"},
            obj(
                slots={
                    "anyOf": [
                        {"type": "array", "items": {"$ref": "#/components/schemas/Slot"}},
                        {"type": "null"},
                    ]
                }
            ),
        ]
    }
    assert diff(spec(body, schemas=schemas_old), spec(body, schemas=schemas_new)) == [
        ("field", f"{BODY}: slots[].end", "removed", True)
    ]


def test_recursive_schemas_terminate() -> None:
    ref = {"$ref": "#/components/schemas/Node"}
    node = obj(name={"type": "string"}, children={"type": "array", "items": ref})
    grown = obj(**node["properties"], size={"type": "integer"})
    changes = diff(spec(ref, schemas={"Node": node}), spec(ref, schemas={"Node": grown}))
    assert changes == [("field", f"{BODY}: size", "added (optional)", False)]


def test_parameters() -> None:
    query = {"name": "dry_run", "in": "query", "schema": {"type": "boolean"}}
    header = {"name": "X-Trace", "in": "header", "required": True, "schema": {"type": "string"}}
    assert diff(spec(), spec(parameters=[query])) == [
        ("parameter", "PATCH /things/{id} query parameter dry_run", "added (optional)", False)
    ]
    assert diff(spec(), spec(parameters=[header])) == [
        ("parameter", "PATCH /things/{id} header parameter X-Trace", "added (required)", True)
    ]
    assert diff(spec(parameters=[query]), spec()) == [
        ("parameter", "PATCH /things/{id} query parameter dry_run", "removed", True)
    ]
    retyped = {**query, "schema": {"type": "string"}}
    assert diff(spec(parameters=[query]), spec(parameters=[retyped])) == [
        (
            "type",
            "PATCH /things/{id} query parameter dry_run",
            "boolean → string (changed)",
            True,
        )
    ]


def test_descriptions_and_examples_are_ignored() -> None:
    old = spec(obj(name={"type": "string", "description": "a"}))
    new = spec(obj(name={"type": "string", "description": "b", "examples": ["x"]}))
    assert diff(old, new) == []

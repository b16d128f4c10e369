"""The maintainer's day: a new revision of spec/v1.yaml lands, and one command finishes the job.

A fixture revision, built here from spec/v1.yaml, adds an operation on an existing tag
(DELETE a web tool -> client.web_tools.delete), a new tag with two operations (usage:
numbers and chart -> client.usage.get_numbers / get_chart), a new optional field on
update_voice_agent, a new final call status (VOICEMAIL); it removes a response field
(WebTool.collectionId) and narrows a range (UpdateVoiceAgentRequest.vadActivationThreshold).
A revision of spec/v2.yaml lands the same day: a new operation on the unified agent's tag
(DELETE a voice agent -> client.voice_agents.delete) and a new optional nested field
(callSettings.maxSilenceRetries, taken by voice_agents.create).
Only ``python generator/regenerate.py NEW_SPEC --root COPY`` runs, once per spec (no hand edit); it verifies
with the demo and the fast tests itself. Then, in a fresh interpreter on the copy's tree, the new
calls work sync, async and raw against that copy's MockHamsa, check their constraints before any
I/O, and wait() stops at the new final status.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parents[2]
COPIED = (
    "spec",
    "generator",
    "overlays",
    "generated",
    "tests",
    "docs",
    "mkdocs.yml",
    "CHANGELOG.md",
    "pyproject.toml",
)
NEW_VERSION = "99.1.0"
WEB_TOOL_ID = "d949f13f-40d2-4e48-ac86-b66633070603"
DELETED = {"success": True, "message": "Web tool deleted", "messageKey": "WebToolDeleted"}
NUMBERS = {"success": True, "data": {"totalCalls": 42, "answeredCalls": 40, "periodDays": 7}}


def _envelope(data: dict[str, Any], required: list[str]) -> dict[str, Any]:
    return {
        "type": "object",
        "required": ["success", "data"],
        "properties": {
            "success": {"type": "boolean"},
            "message": {"type": "string"},
            "data": {"type": "object", "required": required, "properties": data},
        },
    }


def _response(schema: dict[str, Any], example: Any = None) -> dict[str, Any]:
    media: dict[str, Any] = {"schema": schema}
    if example is not None:
        media["examples"] = {"documented": {"value": example}}
    return {"200": {"description": "OK", "content": {"application/json": media}}}


def new_revision(current: Path, destination: Path) -> Path:
    yaml = YAML(typ="safe")
    document = yaml.load(current.read_bytes())
    document["info"]["version"] = NEW_VERSION
    schemas = document["components"]["schemas"]
    paths = document["paths"]
    # A new operation on an existing tag.
    paths["/v1/voice-agents/web-tool/{webToolId}"]["delete"] = {
        "tags": ["web_tools"],
        "operationId": "delete_web_tool",
        "summary": "Delete a web tool",
        "parameters": [
            {"name": "webToolId", "in": "path", "required": True, "schema": {"type": "string"}}
        ],
        "responses": _response(
            {
                "type": "object",
                "properties": {
                    "success": {"type": "boolean"},
                    "message": {"type": "string"},
                    "messageKey": {"type": "string"},
                },
            },
            DELETED,
        ),
    }
    # A new tag with two operations; numbers checks a range, chart documents no example (the
    # mock builds a minimal body from its schema). /v1/voice-agents/usage/chart also
    # matches GET /v1/voice-agents/{voiceAgentId}: the literal path must win.
    paths["/v1/voice-agents/usage/numbers"] = {
        "post": {
            "tags": ["usage"],
            "operationId": "get_usage_numbers",
            "summary": "Call numbers over a period",
            "x-hamsa-idempotent": True,
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "required": ["periodDays"],
                            "properties": {
                                "periodDays": {"type": "integer", "minimum": 1, "maximum": 90}
                            },
                        }
                    }
                },
            },
            "responses": _response(
                _envelope(
                    {
                        "totalCalls": {"type": "integer"},
                        "answeredCalls": {"type": "integer"},
                        "periodDays": {"type": "integer"},
                    },
                    ["totalCalls"],
                ),
                NUMBERS,
            ),
        }
    }
    paths["/v1/voice-agents/usage/chart"] = {
        "get": {
            "tags": ["usage"],
            "operationId": "get_usage_chart",
            "summary": "Calls per day, for a chart",
            "responses": _response(
                _envelope({"points": {"type": "array", "items": {"type": "integer"}}}, ["points"])
            ),
        }
    }
    # A new optional field on update_voice_agent, a narrowed range, a removed response field.
    update = schemas["UpdateVoiceAgentRequest"]["properties"]
    update["maxSilenceWarnings"] = {"type": "integer", "minimum": 0, "maximum": 5}
    update["vadActivationThreshold"]["maximum"] = 0.8
    del schemas["WebTool"]["properties"]["collectionId"]
    # A new final call status.
    schemas["CallStatus"]["enum"].append("VOICEMAIL")
    schemas["CallStatus"]["x-hamsa-final"].append("VOICEMAIL")
    yaml.default_flow_style = False
    with destination.open("w", encoding="utf-8") as stream:
        yaml.dump(document, stream)
    return destination


NEW_V2_VERSION = "99.2.0"
AGENT_DELETED = {"success": True, "message": "Voice agent deleted"}


def new_v2_revision(current: Path, destination: Path) -> Path:
    yaml = YAML(typ="safe")
    document = yaml.load(current.read_bytes())
    document["info"]["version"] = NEW_V2_VERSION
    answer = {"type": "object", "properties": {"success": {"type": "boolean"}}}
    answer["properties"]["message"] = {"type": "string"}
    # A new operation on the unified agent's tag: the friendly resource grows by itself.
    document["paths"]["/v2/voice-agents/{voiceAgentId}"]["delete"] = {
        "tags": ["voice_agents"],
        "operationId": "delete_voice_agent",
        "summary": "Delete a voice agent",
        "parameters": [
            {"name": "voiceAgentId", "in": "path", "required": True, "schema": {"type": "string"}}
        ],
        "responses": _response(answer, AGENT_DELETED),
    }
    # A new optional nested field, with a range.
    settings = document["components"]["schemas"]["CallSettings"]["properties"]
    settings["maxSilenceRetries"] = {"type": "integer", "minimum": 0, "maximum": 5}
    yaml.default_flow_style = False
    with destination.open("w", encoding="utf-8") as stream:
        yaml.dump(document, stream)
    return destination


# Runs in a fresh interpreter on the copy's tree; prints a JSON report.
_CHECKS = r"""
import asyncio, json, httpx, hamsa
from hamsa.testing import MockHamsa

WEB_TOOL_ID = "d949f13f-40d2-4e48-ac86-b66633070603"
out = {}


def arun(call):
    # A fresh async client per event loop: a pooled connection belongs to the loop it was made in.
    async def run():
        aclient = mock.async_client()
        try:
            return await call(aclient)
        finally:
            await aclient.aclose()

    return asyncio.run(run())


with MockHamsa() as mock:
    client = mock.client()
    out["endpoints"] = mock.endpoints
    out["delete"] = client.web_tools.delete(WEB_TOOL_ID).to_wire()
    out["delete_async"] = arun(lambda a: a.web_tools.delete(WEB_TOOL_ID)).to_wire()
    raw = client.web_tools.with_raw_response.delete(WEB_TOOL_ID)
    out["delete_raw"] = [raw.status_code, raw.http_response.json()]
    out["numbers"] = client.usage.get_numbers(period_days=7).to_wire()
    out["numbers_async"] = arun(lambda a: a.usage.get_numbers(period_days=7)).to_wire()
    raw = client.usage.with_raw_response.get_numbers(period_days=7)
    out["numbers_raw"] = raw.status_code
    out["chart"] = client.usage.get_chart().to_wire()
    sent = len(mock.requests)
    refused = []
    for call in (
        lambda: client.usage.get_numbers(period_days=500),
        lambda: arun(lambda a: a.usage.get_numbers(period_days=0)),
    ):
        try:
            call()
        except hamsa.RequestValidationError as error:
            refused.append(str(error))
    out["refused"] = refused
    out["sent_by_refused"] = len(mock.requests) - sent
    auth = {"Authorization": f"Token {mock.api_key}"}
    url = mock.base_url + "/v1/voice-agents/usage/numbers"
    bad = httpx.post(url, json={"periodDays": 500}, headers=auth)
    out["mock_invalid"] = [bad.status_code, bad.json()]
    out["mock_missing"] = httpx.post(url, json={}, headers=auth).status_code
    from hamsa.v1.models.update_voice_agent_request import UpdateVoiceAgentRequest
    model = UpdateVoiceAgentRequest.from_dict({"vadActivationThreshold": 0.85})
    out["narrowed"] = [v.constraint for v in model.collect_violations()]

with MockHamsa(final_status="VOICEMAIL") as mock:
    client = mock.client()
    agent = client.voice_agents.create(
        name="Support",
        conversation={"greeting_message": "Hi", "preamble": "Be brief."},
        voice={"voice_id": "en-US-Neural2-A", "lang": "en"},
    )
    try:
        client.voice_agents.update(agent.id, max_silence_warnings=2)
        out["update_new_field"] = json.dumps(mock.requests[-1].json)
    except Exception as error:
        out["update_new_field"] = f"{type(error).__name__}: {error}"
    call = client.calls.start(
        to_number="+15551234567", from_number="+18449292835", voice_agent_id=agent.id
    )
    out["final"] = str(client.conversations.wait(call.id, poll_interval=0).status)

# The v2 revision: the unified agent's new method and nested field.
with MockHamsa() as mock:
    client = mock.client()
    agent = client.voice_agents.create(name="Support", call_settings={"max_silence_retries": 2})
    out["v2_create_sent"] = mock.requests[-1].json["callSettings"]
    out["v2_delete"] = client.voice_agents.delete(agent.id).to_wire()
    out["v2_delete_async"] = arun(lambda a: a.voice_agents.delete(agent.id)).to_wire()
    out["v2_delete_raw"] = client.voice_agents.with_raw_response.delete(agent.id).status_code
    sent = len(mock.requests)
    try:
        client.voice_agents.create(name="Support", call_settings={"max_silence_retries": 9})
    except hamsa.RequestValidationError as error:
        out["v2_refused"] = str(error)
    out["v2_sent_by_refused"] = len(mock.requests) - sent
print(json.dumps(out, default=str))
"""


def _env(root: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("HAMSA_")}
    env["PYTHONPATH"] = os.pathsep.join([str(root / "overlays"), str(root / "generated")])
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


@pytest.fixture(scope="module")
def day(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    base = tmp_path_factory.mktemp("maintainers-day")
    root = base / "repo"
    ignore = shutil.ignore_patterns("__pycache__", ".ruff_cache", ".mypy_cache", "cassettes")
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, root / name, ignore=ignore)
        else:
            root.mkdir(exist_ok=True)
            shutil.copy2(source, root / name)
    spec = new_revision(ROOT / "spec" / "v1.yaml", base / "v1.new.yaml")
    command = [
        sys.executable,
        str(root / "generator" / "regenerate.py"),
        str(spec),
        "--root",
        str(root),
        "--date",
        "2026-12-05",
        "--no-docs",
    ]
    result = subprocess.run(command, capture_output=True, text=True, cwd=root, check=False)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    # The same day, a v2 revision: the same one command.
    command[2] = str(new_v2_revision(ROOT / "spec" / "v2.yaml", base / "v2.new.yaml"))
    result = subprocess.run(command, capture_output=True, text=True, cwd=root, check=False)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    checks = subprocess.run(
        [sys.executable, "-c", _CHECKS],
        capture_output=True,
        text=True,
        cwd=root,
        env=_env(root),
        check=False,
    )
    assert checks.returncode == 0, checks.stderr[-4000:]
    # The reference pages (rendered, not built into a site: the docs tests build sites).
    docs = subprocess.run(
        [sys.executable, str(root / "generator" / "render_docs.py")],
        capture_output=True,
        text=True,
        cwd=root,
        env=_env(root),
        check=False,
    )
    assert docs.returncode == 0, docs.stdout[-3000:] + docs.stderr[-3000:]
    yield {
        "root": root,
        "report": json.loads(checks.stdout.strip().splitlines()[-1]),
        "changelog": (root / "CHANGELOG.md").read_text(encoding="utf-8"),
    }


def test_the_new_operations_are_callable_sync_async_and_raw(day: dict[str, Any]) -> None:
    report = day["report"]
    assert report["delete"] == DELETED
    assert report["delete_async"] == DELETED
    assert report["delete_raw"] == [200, DELETED]
    # No x-hamsa-envelope: the whole documented body.
    assert report["numbers"] == NUMBERS
    assert report["numbers_async"] == NUMBERS
    assert report["numbers_raw"] == 200
    # No documented example: a minimal body from the response schema.
    assert report["chart"] == {"success": False, "data": {"points": []}}


def test_they_check_their_constraints_before_any_io(day: dict[str, Any]) -> None:
    report = day["report"]
    assert len(report["refused"]) == 2
    assert all("period_days" in message for message in report["refused"])
    assert report["sent_by_refused"] == 0
    assert report["narrowed"]  # vadActivationThreshold 0.85 is over the new maximum


def test_mock_hamsa_serves_them_from_the_spec(day: dict[str, Any]) -> None:
    report = day["report"]
    for endpoint in (
        "DELETE /v1/voice-agents/web-tool/{webToolId}",
        "POST /v1/voice-agents/usage/numbers",
        "GET /v1/voice-agents/usage/chart",
    ):
        assert endpoint in report["endpoints"]
    status, body = report["mock_invalid"]
    assert status == 400
    assert body["messageKey"] == "ValidationError"
    assert body["errors"][0]["field"] == "periodDays"
    assert report["mock_missing"] == 400


def test_the_changelog_names_the_new_python_calls(day: dict[str, Any]) -> None:
    v2_entry, entry = day["changelog"].split("\n## ")[1:3]
    assert "- Added `client.voice_agents.delete(...)`" in v2_entry
    assert "- Changed `client.voice_agents.create(...)`" in v2_entry
    assert "### Python calls" in entry
    for call in (
        "client.web_tools.delete(...)",
        "client.usage.get_numbers(...)",
        "client.usage.get_chart(...)",
    ):
        assert f"- Added `{call}`" in entry
    assert "- Changed `client.voice_agents.update(...)`" in entry
    assert "- Changed `client.web_tools.get(...)`" in entry  # collectionId left the response
    assert "`VOICEMAIL` is a new final CallStatus" in entry
    assert "conversations.wait(...)` now stops there" in entry


def test_a_v2_revision_grows_the_unified_agent(day: dict[str, Any]) -> None:
    report = day["report"]
    assert report["v2_create_sent"] == {"maxSilenceRetries": 2}
    assert report["v2_delete"] == AGENT_DELETED
    assert report["v2_delete_async"] == AGENT_DELETED
    assert report["v2_delete_raw"] == 200
    assert "call_settings.max_silence_retries = 9" in report["v2_refused"]
    assert report["v2_sent_by_refused"] == 0
    page = day["root"] / "docs" / "reference" / "v2" / "voice_agents.md"
    assert "client.voice_agents.delete(" in page.read_text(encoding="utf-8")


def test_wait_stops_at_the_new_final_status(day: dict[str, Any]) -> None:
    assert day["report"]["final"] == "VOICEMAIL"


def test_voice_agents_update_sends_the_new_field(day: dict[str, Any]) -> None:
    # The new optional PATCH field reaches the wire through the friendly update.
    assert '"maxSilenceWarnings": 2' in day["report"]["update_new_field"]


def test_the_reference_pages_lead_with_the_new_friendly_calls(day: dict[str, Any]) -> None:
    reference = day["root"] / "docs" / "reference" / "v1"
    web_tools = (reference / "web_tools.md").read_text(encoding="utf-8")
    usage = (reference / "usage.md").read_text(encoding="utf-8")
    assert "client.web_tools.delete(" in web_tools
    assert "await async_client.web_tools.delete(" in web_tools
    assert "client.usage.get_numbers(" in usage
    assert "client.usage.get_chart(" in usage


NEW_OPERATIONS = (
    "web_tools.delete",
    "usage.get_numbers",
    "usage.get_chart",
    "v1.web_tools.delete_web_tool",
    "v1.usage.get_usage_numbers",
    "v1.usage.get_usage_chart",
)


def test_the_test_tables_cover_the_new_operations(day: dict[str, Any]) -> None:
    # The cassette table, the contract table and the examples server derive from the copy's
    # spec (tests/operation_calls.py in the copy; the tables' modules from this checkout).
    root = day["root"]
    env = _env(root)
    env["PYTHONPATH"] = os.pathsep.join(
        [env["PYTHONPATH"], str(root / "tests"), str(ROOT / "tests")]
    )
    script = ROOT / "tests" / "cassettes" / "coverage_report.py"
    result = subprocess.run(
        [sys.executable, str(script), *NEW_OPERATIONS],
        capture_output=True,
        text=True,
        cwd=root,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    for name in NEW_OPERATIONS:
        covered = report[name]
        assert covered["cassette"] and covered["contract"], name
        assert covered["calls"] and all(
            outcome == "ok" for outcome in covered["calls"].values()
        ), covered["calls"]
    assert report["web_tools.delete"]["routes"] == ["DELETE /v1/voice-agents/web-tool/{webToolId}"]
    assert report["usage.get_numbers"]["routes"] == ["POST /v1/voice-agents/usage/numbers"]
    assert report["usage.get_chart"]["routes"] == ["GET /v1/voice-agents/usage/chart"]
    # Raw twins too, sync and async (each outcome covers both).
    assert "web_tools.delete (raw)" in report["web_tools.delete"]["calls"]

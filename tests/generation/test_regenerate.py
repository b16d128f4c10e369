"""generator/regenerate.py (and api_diff.py): a new spec revision in one command, safely.

The expensive part, regenerating a copy of the repository, runs once per scenario in a
module-scoped fixture, with the scenarios running side by side. The real checkout is never
modified: every run uses --root on a copy.
"""

from __future__ import annotations

import datetime
import importlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parents[2]
GENERATOR = ROOT / "generator"
REGENERATE = "generator/regenerate.py"
COPIED = ("spec", "generator", "overlays", "generated", "CHANGELOG.md")
DAY = "2026-12-01"
NEW_V1_VERSION = "99.0.0"
PROBE_PATH = "/v1/voice-agents/{voiceAgentId}/regeneration-probe"


def _generator_module(name: str) -> ModuleType:
    if str(GENERATOR) not in sys.path:
        sys.path.insert(0, str(GENERATOR))
    return importlib.import_module(name)


regenerate = _generator_module("regenerate")
spec_diff = _generator_module("spec_diff")
api_diff = _generator_module("api_diff")


def copy_repo(destination: Path) -> Path:
    destination.mkdir(parents=True, exist_ok=True)
    ignore = shutil.ignore_patterns("__pycache__", ".ruff_cache", ".mypy_cache")
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, destination / name, ignore=ignore)
        else:
            shutil.copy2(source, destination / name)
    return destination


def tree(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def load_yaml(path: Path) -> dict[str, Any]:
    document: dict[str, Any] = YAML(typ="safe").load(path.read_bytes())
    return document


def write_yaml(path: Path, document: dict[str, Any]) -> Path:
    yaml = YAML(typ="safe")
    yaml.default_flow_style = False
    with path.open("w", encoding="utf-8") as stream:
        yaml.dump(document, stream)
    return path


def command(spec: Path, root: Path, *extra: str) -> list[str]:
    return [
        sys.executable,
        str(root / REGENERATE),
        str(spec),
        "--root",
        str(root),
        "--date",
        DAY,
        "--no-docs",
        "--no-verify",  # the demo and fast tests: tests/generation/test_maintainers_day.py
        *extra,
    ]


def run(spec: Path, root: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command(spec, root, *extra), capture_output=True, text=True, check=False)


# --- the scenarios: two identical additive runs, one that drops what the overlay needs -------


@dataclass
class Scenario:
    root: Path
    spec: Path
    before: dict[str, bytes]  # spec/, generated/, overlays/ and CHANGELOG.md before the run
    result: subprocess.CompletedProcess[str] | None = None


def snapshot(root: Path) -> dict[str, bytes]:
    files = {}
    for part in ("spec", "generated", "overlays"):
        files.update({f"{part}/{k}": v for k, v in tree(root / part).items()})
    files["CHANGELOG.md"] = (root / "CHANGELOG.md").read_bytes()
    return files


def additive_spec(current: Path, destination: Path) -> Path:
    """v1 with one new optional request field and one new operation (hypothetical ones)."""
    document = load_yaml(current)
    document["info"]["version"] = NEW_V1_VERSION
    request = document["components"]["schemas"]["UpdateVoiceAgentRequest"]["properties"]
    request["maxSilenceWarnings"] = {
        "type": "integer",
        "minimum": 0,
        "maximum": 5,
        "description": "How many times the agent prompts a silent caller before hanging up.",
    }
    document["paths"][PROBE_PATH] = {
        "get": {
            "tags": ["voice_agents"],
            "operationId": "probe_voice_agent",
            "summary": "Read a voice agent (an operation made up for this test)",
            "parameters": [
                {
                    "name": "voiceAgentId",
                    "in": "path",
                    "required": True,
                    "schema": {"type": "string"},
                }
            ],
            "responses": {
                "200": {
                    "description": "The agent.",
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/VoiceAgentResponse"}
                        }
                    },
                }
            },
        }
    }
    return write_yaml(destination, document)


def clone_removed_spec(current: Path, destination: Path) -> Path:
    """v1 without POST /v1/voice-agents/clone, which the hand-written unified agent
    (hamsa.resources.voice_agents) is built on."""
    document = load_yaml(current)
    document["info"]["version"] = NEW_V1_VERSION
    del document["paths"]["/v1/voice-agents/clone"]
    return write_yaml(destination, document)


@pytest.fixture(scope="module")
def scenarios(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Scenario]:
    base = tmp_path_factory.mktemp("regenerate")
    made: dict[str, Scenario] = {}
    for name, make_spec in (
        ("additive", additive_spec),
        ("additive_again", additive_spec),
        ("drops_clone", clone_removed_spec),
    ):
        root = copy_repo(base / name)
        spec = make_spec(root / "spec" / "v1.yaml", base / f"{name}.yaml")
        made[name] = Scenario(root, spec, snapshot(root))
    # Each run is one generation (~10 s of CPU); run them side by side.
    processes = {}
    for name, scenario in made.items():
        log = base / f"{name}.log"
        processes[name] = (
            subprocess.Popen(
                command(scenario.spec, scenario.root),
                stdout=(base / f"{name}.out").open("w"),
                stderr=log.open("w"),
                text=True,
            ),
            log,
        )
    for name, (process, log) in processes.items():
        code = process.wait(timeout=600)
        made[name].result = subprocess.CompletedProcess(
            process.args, code, (base / f"{name}.out").read_text(), log.read_text()
        )
    return made


def finished(scenario: Scenario) -> subprocess.CompletedProcess[str]:
    assert scenario.result is not None
    return scenario.result


def test_additive_revision_is_installed(scenarios: dict[str, Scenario]) -> None:
    scenario = scenarios["additive"]
    result = finished(scenario)
    assert result.returncode == 0, result.stderr
    old_version = YAML(typ="safe").load(scenario.before["spec/v1.yaml"])["info"]["version"]
    history = scenario.root / "spec" / "history" / f"v1.{old_version}.yaml"
    # The previous revision is archived byte for byte; the new one is installed as given.
    assert history.read_bytes() == scenario.before["spec/v1.yaml"]
    assert (scenario.root / "spec" / "v1.yaml").read_bytes() == scenario.spec.read_bytes()
    # The older history is untouched.
    legacy = "spec/history/v1.2024-legacy-calendar.yaml"
    assert (scenario.root / legacy).read_bytes() == scenario.before[legacy]
    module = scenario.root / "generated/hamsa/v1/models/update_voice_agent_request.py"
    assert "max_silence_warnings" in module.read_text()
    assert (scenario.root / "generated/hamsa/v1/api/voice_agents/probe_voice_agent.py").exists()


def test_additive_revision_bumps_minor_and_writes_the_changelog(
    scenarios: dict[str, Scenario],
) -> None:
    scenario = scenarios["additive"]
    assert finished(scenario).returncode == 0
    version_file = (scenario.root / "overlays/hamsa/_version.py").read_text()
    assert '__version__ = "0.2.0"' in version_file
    assert version_file.startswith('"""')  # the rest of the file is kept

    changelog = (scenario.root / "CHANGELOG.md").read_text()
    assert changelog.startswith("# Changelog\n")
    entry = changelog.split("\n## ")[1]
    assert entry.startswith(f"0.2.0 ({DAY})")
    assert f"→ {NEW_V1_VERSION}" in entry
    assert "Breaking changes: none" in entry
    assert "minor" in entry
    assert (
        "| non-breaking | field | `PATCH /v1/voice-agents/{voiceAgentId} request body: "
        "maxSilenceWarnings` | added (optional) |" in entry
    )
    assert f"| non-breaking | operation | `GET {PROBE_PATH}` | added |" in entry
    assert "No breaking changes in the public Python API." in entry
    # Earlier entries stay, below the new one.
    assert changelog.index("## 0.2.0") < changelog.index("## 0.1.0")
    previous = scenario.before["CHANGELOG.md"].decode()
    assert changelog.endswith(previous[previous.index("\n## ") :])


def test_regeneration_is_byte_identical_across_runs(scenarios: dict[str, Scenario]) -> None:
    first, second = scenarios["additive"], scenarios["additive_again"]
    assert finished(first).returncode == 0 and finished(second).returncode == 0
    assert tree(first.root / "generated") == tree(second.root / "generated")
    for name in ("CHANGELOG.md", "overlays/hamsa/_version.py", "spec/v1.yaml"):
        assert (first.root / name).read_bytes() == (second.root / name).read_bytes(), name


PUBLIC_NAMES_CHECK = """
import sys
import hamsa
from hamsa import (
    APIConnectionError, APIResponseValidationError, APIStatusError, APITimeoutError,
    AsyncHamsa, AuthenticationError, BadRequestError, ConflictError, Hamsa, HamsaError,
    InternalServerError, NotFoundError, PermissionDeniedError, RateLimitError,
    RequestValidationError, UnprocessableEntityError, VoiceAgent,
)
import hamsa.v1, hamsa.v2
from hamsa.v1.models.update_voice_agent_request import UpdateVoiceAgentRequest

assert hamsa.__file__.startswith(sys.argv[1]), hamsa.__file__
assert issubclass(RequestValidationError, ValueError) and issubclass(APITimeoutError, HamsaError)
for make in (Hamsa, AsyncHamsa):
    client = make(api_key="k")
    client.voice_agents, client.calls, client.v1.voice_agents, client.v2.voice_agents
assert UpdateVoiceAgentRequest(max_silence_warnings=2).to_wire() == {"maxSilenceWarnings": 2}
print("ok")
"""


def test_public_names_still_import_and_work_after_regeneration(
    scenarios: dict[str, Scenario],
) -> None:
    root = scenarios["additive"].root
    assert finished(scenarios["additive"]).returncode == 0
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(root / "overlays"), str(root / "generated")]),
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    result = subprocess.run(
        [sys.executable, "-c", PUBLIC_NAMES_CHECK, str(root)],
        capture_output=True,
        text=True,
        env=env,
        cwd=root,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_dropping_what_the_overlay_needs_fails_loudly_and_changes_nothing(
    scenarios: dict[str, Scenario],
) -> None:
    scenario = scenarios["drops_clone"]
    result = finished(scenario)
    assert result.returncode == 1
    assert "breaks hand-written features" in result.stderr
    assert "hamsa.v1.api.voice_agents.clone_voice_agent" in result.stderr  # what is missing
    assert "nothing was changed" in result.stderr
    # Left consistent: the old spec, the old generated code, no archive, no version bump.
    assert snapshot(scenario.root) == scenario.before


# --- refusals (no generation needed) -----------------------------------------------------------


@pytest.fixture
def small_copy(tmp_path: Path) -> Iterator[Path]:
    yield copy_repo(tmp_path / "repo")


def test_same_info_version_is_refused(small_copy: Path, tmp_path: Path) -> None:
    unchanged = tmp_path / "v1.yaml"
    shutil.copy(small_copy / "spec" / "v1.yaml", unchanged)
    before = snapshot(small_copy)

    result = run(unchanged, small_copy)

    assert result.returncode == 1
    assert "same info.version" in result.stderr
    assert snapshot(small_copy) == before


def test_existing_history_file_is_not_overwritten(small_copy: Path, tmp_path: Path) -> None:
    old_version = load_yaml(small_copy / "spec" / "v1.yaml")["info"]["version"]
    archived = small_copy / "spec" / "history" / f"v1.{old_version}.yaml"
    archived.write_text("# an earlier archive with this version\n")
    before = snapshot(small_copy)

    result = run(additive_spec(small_copy / "spec" / "v1.yaml", tmp_path / "new.yaml"), small_copy)

    assert result.returncode == 1
    assert "not overwriting" in result.stderr
    assert snapshot(small_copy) == before


# --- the pieces ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("current", "breaking", "changed", "expected"),
    [
        ("0.1.0", True, True, "0.2.0"),  # breaking below 1.0: minor
        ("1.4.2", True, True, "2.0.0"),  # breaking: major
        ("0.1.3", False, True, "0.2.0"),  # additions: minor
        ("1.4.2", False, True, "1.5.0"),
        ("0.1.0", False, False, "0.1.1"),  # nothing but docs: patch
        ("1.4.2", False, False, "1.4.3"),
    ],
)
def test_version_bump_rules(current: str, breaking: bool, changed: bool, expected: str) -> None:
    assert regenerate.next_version(current, breaking=breaking, changed=changed) == expected


def test_breaking_changelog_entry() -> None:
    old = {
        "openapi": "3.1.0",
        "info": {"title": "Hamsa API v1", "version": "1.1.0"},
        "paths": {"/v1/gone": {"get": {"operationId": "gone", "responses": {"200": {}}}}},
    }
    new = {**old, "info": {"title": "Hamsa API v1", "version": "2.0.0"}, "paths": {}}
    spec_report = spec_diff.Report(
        spec_diff.spec_info(old, "spec/history/v1.1.1.0.yaml"),
        spec_diff.spec_info(new, "spec/v1.yaml"),
        tuple(spec_diff.diff_documents(old, new)),
    )
    api_report = api_diff.ApiReport(
        (api_diff.Breakage("hamsa.v1.api.misc.gone", "Public object was removed"),)
    )
    reason = regenerate.bump_reason("1.0.0", breaking=True, changed=True)

    entry = regenerate.changelog_entry(
        "2.0.0",
        datetime.date(2026, 12, 1),
        reason,
        spec_report,
        api_report,
        "spec/history/v1.1.1.0.yaml",
    )

    assert entry.startswith("## 2.0.0 (2026-12-01)\n")
    assert "1.1.0 → 2.0.0" in entry and "`spec/history/v1.1.1.0.yaml`" in entry
    assert "Breaking changes: **yes**" in entry and "major" in entry
    assert "| **breaking** | operation | `GET /v1/gone` | removed |" in entry
    assert "- `hamsa.v1.api.misc.gone`: Public object was removed" in entry


def test_changelog_entries_go_on_top() -> None:
    existing = "# Changelog\n\nIntro.\n\n## 0.1.0 (2026-11-22)\n\nFirst.\n"
    updated = regenerate.insert_entry(existing, "## 0.2.0 (2026-12-01)\n\nSecond.\n")
    assert updated == (
        "# Changelog\n\nIntro.\n\n## 0.2.0 (2026-12-01)\n\nSecond.\n\n## 0.1.0 (2026-11-22)\n\nFirst.\n"
    )
    assert regenerate.insert_entry(None, "## 0.1.1 (x)\n").startswith("# Changelog\n\n## 0.1.1")


def test_version_file_is_rewritten_in_place(tmp_path: Path) -> None:
    version_file = tmp_path / "overlays" / "hamsa" / "_version.py"
    version_file.parent.mkdir(parents=True)
    shutil.copy(ROOT / "overlays" / "hamsa" / "_version.py", version_file)
    regenerate.write_version(tmp_path, "3.2.1")
    assert regenerate.read_version(tmp_path) == "3.2.1"
    original = (ROOT / "overlays" / "hamsa" / "_version.py").read_text()
    assert version_file.read_text().split("__version__")[0] == original.split("__version__")[0]


def test_api_version_is_read_from_the_paths() -> None:
    assert regenerate.infer_api_version(load_yaml(ROOT / "spec" / "v2.yaml")) == "v2"
    assert regenerate.infer_api_version(load_yaml(ROOT / "spec" / "v1.yaml")) == "v1"
    with pytest.raises(regenerate.RegenerationError, match="--version"):
        regenerate.infer_api_version({"paths": {"/health": {}}})


def test_docs_hook(tmp_path: Path) -> None:
    (tmp_path / "generator").mkdir()
    assert regenerate._rebuild_docs(tmp_path) is False  # no docs pipeline yet: nothing to do
    script = tmp_path / "generator" / "render_docs.py"
    script.write_text("from pathlib import Path\nPath('docs-built').write_text('yes')\n")
    assert regenerate._rebuild_docs(tmp_path) is True
    assert (tmp_path / "docs-built").read_text() == "yes"
    script.write_text("raise SystemExit('no mkdocs')\n")
    with pytest.raises(regenerate.DocsError, match="no mkdocs"):
        regenerate._rebuild_docs(tmp_path)
    # With generator/publish_docs.py the new version's site is built, or with publish deployed.
    script.write_text("pass\n")
    site = tmp_path / "generator" / "publish_docs.py"
    site.write_text("import sys; open('publish-args', 'w').write(' '.join(sys.argv[1:]))\n")
    assert regenerate._rebuild_docs(tmp_path) is True
    assert (tmp_path / "publish-args").read_text() == f"--root {tmp_path} --build-only"
    assert regenerate._rebuild_docs(tmp_path, publish=True) is True
    assert (tmp_path / "publish-args").read_text() == f"--root {tmp_path}"


def test_the_checkout_passes_the_public_names_smoke_check() -> None:
    assert regenerate.public_import_problems(ROOT) == []


def tiny_tree(root: Path, overlay: str, generated: str) -> Path:
    """A two-part hamsa package, as in the repository: overlays/hamsa + generated/hamsa."""
    (root / "overlays" / "hamsa").mkdir(parents=True)
    (root / "generated" / "hamsa" / "v1").mkdir(parents=True)
    (root / "overlays" / "hamsa" / "__init__.py").write_text(overlay)
    (root / "generated" / "hamsa" / "v1" / "__init__.py").write_text(generated)
    return root


def test_api_diff_reports_python_level_breakage(tmp_path: Path) -> None:
    old = tiny_tree(
        tmp_path / "old",
        "def start(to: str, timeout: float = 5.0) -> None: ...\ndef _private() -> None: ...\n",
        "class Agent:\n    name: str\n    tools: dict\n",
    )
    new = tiny_tree(
        tmp_path / "new",
        "def start(to: str, voice: str, timeout: float = 9.0) -> None: ...\n",
        "class Agent:\n    name: str\n",
    )

    report = api_diff.diff_trees(old, new)
    unchanged = api_diff.diff_trees(old, old)

    assert report.breaking and not unchanged.breaking
    described = [b.describe() for b in report.breakages]
    assert described == sorted(described)
    assert "`hamsa.v1.Agent.tools`: Public object was removed" in described
    assert any(d.startswith("`hamsa.start(voice)`") for d in described)  # new required parameter
    assert any(d.startswith("`hamsa.start(timeout)`") and "5.0 → 9.0" in d for d in described)
    assert not any("_private" in d for d in described)
    assert json.loads(report.to_json())["breaking"] is True


def test_api_diff_cli(tmp_path: Path) -> None:
    old = tiny_tree(tmp_path / "old", "def start() -> None: ...\n", "")
    new = tiny_tree(tmp_path / "new", "", "")
    script = str(GENERATOR / "api_diff.py")
    report = tmp_path / "api.json"

    result = subprocess.run(
        [sys.executable, script, str(old), str(new), "--json", str(report)],
        capture_output=True,
        text=True,
        check=False,
    )
    missing = subprocess.run(
        [sys.executable, script, str(old), str(tmp_path / "nowhere")],
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    assert "- `hamsa.start`: Public object was removed" in result.stdout
    assert json.loads(report.read_text())["breakages"][0]["object"] == "hamsa.start"
    assert missing.returncode == 2 and "nowhere" in missing.stderr


def test_verify_synthesizes_the_cassettes_before_the_demo(tmp_path: Path) -> None:
    """A new operation gets its cassettes from regenerate itself, not from a step people forget:
    verify() runs record_from_examples.py, and a failure there fails the regeneration."""
    order = tmp_path / "order.txt"
    record = tmp_path / "tests" / "cassettes" / "record_from_examples.py"
    demo = tmp_path / "docs" / "examples" / "quickstart.py"
    for script, name in ((record, "record"), (demo, "demo")):
        script.parent.mkdir(parents=True)
        script.write_text(f"open({str(order)!r}, 'a').write({name!r} + ' ')\n")
    regenerate.verify(tmp_path)
    assert order.read_text().split() == ["record", "demo"]

    record.write_text("raise SystemExit('no example answers POST /v1/new')\n")
    with pytest.raises(regenerate.RegenerationError, match="synthesizing the cassettes"):
        regenerate.verify(tmp_path)

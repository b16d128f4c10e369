"""The generator pipeline: spec/ → generated/, deterministic, atomic, drift-checked."""

from __future__ import annotations

import importlib
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
GENERATE = ROOT / "generator" / "generate.py"
COMMITTED = ROOT / "generated" / "hamsa"


def run_generate(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(GENERATE), *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )


def tree(root: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(root)): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


@pytest.fixture(scope="module")
def first_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The one from-scratch generation of the suite (every file formatted: ~20 s of CPU)."""
    out = tmp_path_factory.mktemp("first") / "hamsa"
    result = run_generate("--output", out)
    assert result.returncode == 0, result.stderr
    return tree(out)


def test_committed_generated_code_matches_the_specs(first_run: dict[str, bytes]) -> None:
    """What `nox -s check_generated` enforces: generated/ is exactly what spec/ produces.

    generated/ was written by another run, on another day, mostly from reused files: equal
    bytes also show that a run is deterministic and that reusing files changes nothing."""
    assert first_run == tree(COMMITTED)


def _copy_with_manifest(tmp_path: Path) -> Path:
    """generated/ as a maintainer's checkout has it: with the manifest, so a run formats only
    the files whose rendering changed."""
    target = tmp_path / "out" / "hamsa"
    shutil.copytree(COMMITTED, target, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(COMMITTED.parent / ".generate-manifest.json", target.parent)
    return target


def test_check_catches_a_hand_edit_in_generated(tmp_path: Path) -> None:
    edited = _copy_with_manifest(tmp_path)
    module = edited / "v2" / "models" / "call_settings.py"
    module.write_text(module.read_text().replace("max_call_duration", "max_duration", 1))
    appended = edited / "v2" / "models" / "voice.py"
    appended.write_text(appended.read_text() + "\nHAND_EDIT = 1\n")

    result = run_generate("--check", "--output", edited)

    assert result.returncode == 1
    assert "v2/models/call_settings.py" in result.stdout
    assert "v2/models/voice.py" in result.stdout
    assert "nox -s generate" in result.stdout


def test_check_passes_on_an_untouched_copy(tmp_path: Path) -> None:
    copy = _copy_with_manifest(tmp_path)
    result = run_generate("--check", "--output", copy)
    assert result.returncode == 0, result.stdout


def test_a_description_change_only_changes_its_docstring(tmp_path: Path) -> None:
    """A one-line spec edit is a one-line diff, and only that file is formatted again."""
    specs = tmp_path / "spec"
    shutil.copytree(ROOT / "spec", specs)
    v2 = specs / "v2.yaml"
    old = "description: Upper limit on a call's length, in seconds; 30 to 600."
    new = "description: The longest a call may last, in seconds (30 to 600)."
    text = v2.read_text()
    assert text.count(old) == 1, "the test's anchor description moved; update the test"
    v2.write_text(text.replace(old, new))
    out = _copy_with_manifest(tmp_path)

    result = run_generate("--spec-dir", specs, "--output", out)
    assert result.returncode == 0, result.stderr

    assert "(formatted 1 of " in result.stdout
    before, after = tree(COMMITTED), tree(out)
    changed = sorted(name for name in after if after[name] != before.get(name))
    assert changed == ["v2/models/call_settings.py"]
    old_lines = before[changed[0]].decode().splitlines()
    new_lines = after[changed[0]].decode().splitlines()
    assert len(old_lines) == len(new_lines)
    diff = [(a, b) for a, b in zip(old_lines, new_lines, strict=True) if a != b]
    assert len(diff) == 1
    assert "Upper limit" in diff[0][0] and "The longest a call may last" in diff[0][1]
    assert diff[0][1].strip().startswith('"""')


def test_a_failed_generation_leaves_generated_untouched(tmp_path: Path) -> None:
    specs = tmp_path / "spec"
    shutil.copytree(ROOT / "spec", specs)
    broken = specs / "v1.yaml"
    broken.write_text(broken.read_text().replace("openapi: 3.1.0", "openapi: [not, a, version]"))
    target = tmp_path / "out" / "hamsa"
    shutil.copytree(COMMITTED, target, ignore=shutil.ignore_patterns("__pycache__"))
    before = tree(target)

    result = run_generate("--spec-dir", specs, "--output", target)

    assert result.returncode == 1
    assert "left untouched" in result.stderr
    assert tree(target) == before
    assert [p.name for p in target.parent.iterdir()] == ["hamsa"]  # no staging dir left


def _generate_module() -> ModuleType:
    sys.path.insert(0, str(GENERATE.parent))
    try:
        return importlib.import_module("generate")
    finally:
        sys.path.remove(str(GENERATE.parent))


def test_a_manifest_from_other_tool_versions_is_ignored(tmp_path: Path) -> None:
    """Files formatted by another black (or renderer) are never reused: all are formatted."""
    generate = _generate_module()
    target = _copy_with_manifest(tmp_path)
    assert len(generate._load_manifest(target)) == len(list(COMMITTED.rglob("*.py")))

    manifest = target.parent / ".generate-manifest.json"
    manifest.write_text(manifest.read_text().replace('"black": "', '"black": "0.0.0-', 1))
    assert generate._load_manifest(target) == {}
    to_format, rendered = generate._reuse_formatted(target, target)
    assert len(to_format) == len(rendered) > 0

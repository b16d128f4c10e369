"""The generator pipeline: spec/ → generated/, deterministic, atomic, drift-checked."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
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
    out = tmp_path_factory.mktemp("first") / "hamsa"
    result = run_generate("--output", out)
    assert result.returncode == 0, result.stderr
    return tree(out)


def test_committed_generated_code_matches_the_specs(first_run: dict[str, bytes]) -> None:
    """What `nox -s check_generated` enforces: generated/ is exactly what spec/ produces."""
    assert first_run == tree(COMMITTED)


def test_generation_is_byte_identical_across_runs(
    first_run: dict[str, bytes], tmp_path: Path
) -> None:
    out = tmp_path / "hamsa"
    assert run_generate("--output", out).returncode == 0
    assert tree(out) == first_run


def test_check_catches_a_hand_edit_in_generated(tmp_path: Path) -> None:
    edited = tmp_path / "hamsa"
    shutil.copytree(COMMITTED, edited, ignore=shutil.ignore_patterns("__pycache__"))
    module = edited / "v2" / "models" / "call_settings.py"
    module.write_text(module.read_text().replace("max_call_duration", "max_duration", 1))

    result = run_generate("--check", "--output", edited)

    assert result.returncode == 1
    assert "v2/models/call_settings.py" in result.stdout
    assert "nox -s generate" in result.stdout


def test_check_passes_on_an_untouched_copy(tmp_path: Path) -> None:
    copy = tmp_path / "hamsa"
    shutil.copytree(COMMITTED, copy, ignore=shutil.ignore_patterns("__pycache__"))
    result = run_generate("--check", "--output", copy)
    assert result.returncode == 0, result.stdout


def test_a_description_change_only_changes_its_docstring(tmp_path: Path) -> None:
    specs = tmp_path / "spec"
    shutil.copytree(ROOT / "spec", specs)
    v2 = specs / "v2.yaml"
    old = "description: Upper limit on a call's length, in seconds; 30 to 600."
    new = "description: The longest a call may last, in seconds (30 to 600)."
    text = v2.read_text()
    assert text.count(old) == 1, "the test's anchor description moved; update the test"
    v2.write_text(text.replace(old, new))

    out = tmp_path / "hamsa"
    result = run_generate("--spec-dir", specs, "--output", out)
    assert result.returncode == 0, result.stderr

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


def _copy_with_manifest(tmp_path: Path) -> Path:
    target = tmp_path / "out" / "hamsa"
    shutil.copytree(COMMITTED, target, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(COMMITTED.parent / ".generate-manifest.json", target.parent)
    return target


def test_a_rerun_formats_only_what_changed(tmp_path: Path) -> None:
    """black is most of a run; files whose rendering did not change reuse their output."""
    specs = tmp_path / "spec"
    shutil.copytree(ROOT / "spec", specs)
    v2 = specs / "v2.yaml"
    text = v2.read_text()
    v2.write_text(text.replace("in seconds; 30 to 600.", "in seconds (30 to 600).", 1))
    target = _copy_with_manifest(tmp_path)
    before = tree(target)

    result = run_generate("--spec-dir", specs, "--output", target)

    assert result.returncode == 0, result.stderr
    assert "(formatted 1 of " in result.stdout
    after = tree(target)
    assert sorted(name for name in after if after[name] != before[name]) == [
        "v2/models/call_settings.py"
    ]
    # What a from-scratch run writes for the same spec.
    fresh = tmp_path / "fresh" / "hamsa"
    assert run_generate("--spec-dir", specs, "--output", fresh).returncode == 0
    assert tree(fresh) == after


def test_with_the_manifest_check_still_catches_a_hand_edit(tmp_path: Path) -> None:
    target = _copy_with_manifest(tmp_path)
    module = target / "v2" / "models" / "voice.py"
    module.write_text(module.read_text() + "\nHAND_EDIT = 1\n")

    result = run_generate("--check", "--output", target)

    assert result.returncode == 1
    assert "v2/models/voice.py" in result.stdout


def test_a_manifest_from_other_tool_versions_is_ignored(tmp_path: Path) -> None:
    target = _copy_with_manifest(tmp_path)
    manifest = target.parent / ".generate-manifest.json"
    manifest.write_text(manifest.read_text().replace('"black": "', '"black": "0.0.0-', 1))

    result = run_generate("--output", target)

    assert result.returncode == 0, result.stderr
    formatted, total = result.stdout.split("(formatted ")[1].split(" files")[0].split(" of ")
    assert formatted == total
    assert tree(target) == tree(COMMITTED)

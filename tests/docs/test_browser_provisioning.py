"""Without Chromium the browser tests say why and skip; under CI=true they fail instead."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BROWSER_TEST = "tests/docs/test_browser.py::test_the_home_page_renders"
PYTEST_FLAGS = ["-p", "no:cacheprovider", "-p", "no:xdist", "-rs", "-q", "--no-header"]


def run_browser_test(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "CI"}
    environment.update(env, HAMSA_CHROMIUM=str(tmp_path / "no-such-chromium"))
    return subprocess.run(
        [sys.executable, "-m", "pytest", BROWSER_TEST, *PYTEST_FLAGS],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_a_missing_browser_skips_with_its_reason(tmp_path: Path) -> None:
    result = run_browser_test(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 skipped" in result.stdout
    assert "Chromium is not installed" in result.stdout
    assert "apt-get install chromium" in result.stdout


def test_under_ci_a_missing_browser_fails(tmp_path: Path) -> None:
    result = run_browser_test(tmp_path, CI="true")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "under CI=true the browser tests are mandatory" in result.stdout

"""The CI workflows that publish a release can't run here: these read them, and check they
run the very nox sessions this repository tests (publish_docs, release_check), on a release tag,
and publish the package with trusted publishing (no stored token)."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = ROOT / ".github" / "workflows"


def _workflow(name: str) -> dict[Any, Any]:
    document = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    assert isinstance(document, dict), name
    return document


def _triggers(document: dict[Any, Any]) -> dict[str, Any]:
    # YAML 1.1 reads the key `on` as True.
    triggers = document.get("on", document.get(True))
    assert isinstance(triggers, dict)
    return triggers


def _runs(job: dict[str, Any]) -> list[str]:
    return [step["run"] for step in job.get("steps", []) if "run" in step]


def _nox_sessions() -> set[str]:
    tree = ast.parse((ROOT / "noxfile.py").read_text(encoding="utf-8"))
    return {
        node.name
        for node in tree.body
        if isinstance(node, ast.FunctionDef)
        and any("nox.session" in ast.unparse(d) for d in node.decorator_list)
    }


@pytest.mark.parametrize(
    ("name", "session"), [("docs.yml", "publish_docs"), ("release.yml", "release_check")]
)
def test_a_release_tag_runs_the_tested_nox_session(name: str, session: str) -> None:
    document = _workflow(name)
    assert _triggers(document)["push"]["tags"] == ["v*"]
    commands = [run for job in document["jobs"].values() for run in _runs(job)]
    assert any(f"nox -s {session}" in command for command in commands), commands
    assert session in _nox_sessions()  # the session the workflow names exists


def test_the_docs_workflow_pushes_the_mike_site() -> None:
    document = _workflow("docs.yml")
    (job,) = document["jobs"].values()
    assert any("nox -s publish_docs -- --push" in run for run in _runs(job))
    assert document["permissions"]["contents"] == "write"  # mike pushes gh-pages
    checkout = next(
        s for s in job["steps"] if str(s.get("uses", "")).startswith("actions/checkout")
    )
    assert checkout["with"]["fetch-depth"] == 0  # mike adds to the existing gh-pages history


def test_the_package_is_published_with_trusted_publishing_after_the_check() -> None:
    document = _workflow("release.yml")
    jobs = document["jobs"]
    (publisher,) = [
        job
        for job in jobs.values()
        if any("pypa/gh-action-pypi-publish" in str(s.get("uses", "")) for s in job["steps"])
    ]
    assert publisher["permissions"] == {"id-token": "write"}  # OIDC, nothing else
    checker = next(
        name for name, job in jobs.items() if any("release_check" in r for r in _runs(job))
    )
    assert publisher["needs"] == checker  # only what release_check built and ran is published
    step = next(s for s in publisher["steps"] if "pypi-publish" in str(s.get("uses", "")))
    assert not {"password", "user", "api-token"} & set(step.get("with") or {})
    text = (WORKFLOWS / "release.yml").read_text(encoding="utf-8")
    assert "secrets." not in text  # no stored token anywhere

"""The built docs site, as a reader's browser gets it.

The site is built once per session as `nox -s docs` builds it (render_docs, then
`mkdocs build --strict`), from a copy of its sources in a temporary directory, served by
http.server on 127.0.0.1 and loaded by headless Chromium. The build is offline by
construction; this checks it too.
"""

from __future__ import annotations

import functools
import html
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import urllib.request
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
# HAMSA_CHROMIUM names another browser binary (the provisioning test points it at nothing).
CHROMIUM = Path(os.environ.get("HAMSA_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium")
INSTALL_CHROMIUM = "apt-get install chromium (nox -s tests does it when run as root)"
DOCS_REQUIREMENTS_HINT = (
    "pip install mkdocs==1.6.1 mkdocs-material==9.8.1 mkdocstrings==1.0.8 "
    "mkdocstrings-python==2.0.11 griffe==2.4.1 pymdown-extensions==13.1 (nox -s tests does)"
)
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _run(command: list[str], what: str, cwd: Path) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode == 0, f"{what} failed:\n{result.stdout}{result.stderr}"


def _docs_checkout(root: Path) -> Path:
    """What the docs build reads, copied, so that building never writes into the checkout."""
    ignore = shutil.ignore_patterns("__pycache__", "reference", "changelog.md")
    shutil.copytree(ROOT / "docs", root / "docs", ignore=ignore)
    shutil.copytree(ROOT / "spec", root / "spec", ignore=shutil.ignore_patterns("__pycache__"))
    (root / "generator").mkdir()
    shutil.copy2(ROOT / "generator" / "render_docs.py", root / "generator")
    shutil.copy2(ROOT / "mkdocs.yml", root)
    if (ROOT / "CHANGELOG.md").exists():
        shutil.copy2(ROOT / "CHANGELOG.md", root)
    return root


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if importlib.util.find_spec("mkdocs") is None:
        pytest.fail(f"mkdocs is not installed: {DOCS_REQUIREMENTS_HINT}")
    root = _docs_checkout(tmp_path_factory.mktemp("docs"))
    out = root / "site"
    # As `nox -s docs` runs them; hamsa is the installed package (no overlays/ in the copy).
    _run([sys.executable, "generator/render_docs.py"], "python generator/render_docs.py", root)
    _run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        "mkdocs build --strict",
        root,
    )
    return out


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="session")
def site_url(site: Path) -> Iterator[str]:
    server = ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(site))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@pytest.fixture(scope="session")
def chromium() -> Path:
    """Debian's Chromium. Without it the browser tests skip, except under CI=true, where a
    missing browser is a failure: CI must show the site renders."""
    if not (CHROMIUM.is_file() and os.access(CHROMIUM, os.X_OK)):
        reason = f"Chromium is not installed ({CHROMIUM}): {INSTALL_CHROMIUM}"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason}; under CI=true the browser tests are mandatory")
        pytest.skip(reason)
    return CHROMIUM


def dump_dom(chromium: Path, url: str, profile: Path) -> str:
    """The page's DOM after load, scripts run, as headless Chromium serialises it."""
    command = [str(chromium), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--dump-dom", url]
    result = subprocess.run(command, capture_output=True, text=True, timeout=90, check=False)
    assert result.returncode == 0, f"chromium failed on {url}:\n{result.stderr[-3000:]}"
    assert "<html" in result.stdout, f"no DOM for {url}:\n{result.stderr[-3000:]}"
    return result.stdout


def _text(dom: str) -> str:
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", dom)))


def spec_operations() -> list[tuple[str, str, str]]:
    """(operationId, METHOD, path) of every operation in spec/v1.yaml and spec/v2.yaml."""
    found = []
    for version in ("v1", "v2"):
        document = yaml.safe_load((ROOT / "spec" / f"{version}.yaml").read_text())
        for path, item in document["paths"].items():
            for method in HTTP_METHODS:
                if isinstance(item.get(method), dict):
                    found.append((item[method]["operationId"], method.upper(), path))
    return found


def test_the_home_page_renders(chromium: Path, site_url: str, tmp_path: Path) -> None:
    dom = dump_dom(chromium, f"{site_url}/", tmp_path / "profile")
    assert re.search(r"<title>\s*hamsa-sdk\s*</title>", dom)
    text = _text(dom)
    assert "The Python SDK for Hamsa" in text
    assert "Quick start" in text  # the nav rendered
    assert "HTTP API reference" in text


def test_an_operation_reference_page_renders(chromium: Path, site_url: str, tmp_path: Path) -> None:
    dom = dump_dom(chromium, f"{site_url}/reference/v1/voice_agents/", tmp_path / "profile")
    text = _text(dom)
    assert "PATCH /v1/voice-agents/{voiceAgentId}" in text
    assert "maxCallDuration" in text
    assert "30 ≤ value ≤ 600" in text  # the documented range, from the spec
    code = _text(re.sub(r"<(?!/?(?:pre|code)\b)[^>]+>", "", dom))  # highlighted code, joined
    assert "client.voice_agents.update(" in code  # the SDK's call
    assert "client.v1.voice_agents.update_voice_agent(" in code  # the generated per-version call
    assert "hamsa.NotFoundError" in text  # the error a 404 raises


def test_the_search_index_lists_every_operation(site_url: str) -> None:
    with urllib.request.urlopen(f"{site_url}/search/search_index.json", timeout=30) as answer:
        index = json.load(answer)
    haystack = "\n".join(f"{doc['title']} {doc['text']}" for doc in index["docs"])
    operations = spec_operations()
    assert operations
    missing = [
        f"{method} {path} ({operation_id})"
        for operation_id, method, path in operations
        if operation_id not in haystack or f"{method} {path}" not in haystack
    ]
    assert not missing, f"not in the search index: {missing}"


def test_the_mapping_table_is_rendered_from_the_overlay(site: Path) -> None:
    from hamsa._agent_mapping import AGENT_FIELD_MAP

    text = _text((site / "versions" / "index.html").read_text(encoding="utf-8"))
    for row in AGENT_FIELD_MAP:
        for path in (row.v2, row.v1):
            if path is not None:
                assert f"{path}" in text, f"mapping row {row} is not on the v1/v2 page"


def test_the_site_loads_nothing_from_other_hosts(site: Path) -> None:
    remote = re.compile(
        r"<(?:script|link|img|iframe|source)\b[^>]*\b(?:src|href)=[\"']?(?:https?:)?//",
        re.IGNORECASE,
    )
    offenders = [
        str(page.relative_to(site))
        for page in site.rglob("*.html")
        if remote.search(page.read_text(encoding="utf-8"))
    ]
    assert not offenders, f"pages load assets from other hosts: {offenders}"
    for stylesheet in site.rglob("*.css"):
        css = stylesheet.read_text(encoding="utf-8")
        assert not re.search(r"(?:@import|url\()\s*[\"']?(?:https?:)?//", css), stylesheet

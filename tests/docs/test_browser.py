"""The published docs site, as a reader's browser gets it.

Once per session, a temporary git clone of this checkout is published as `nox -s publish_docs`
publishes it (generator/publish_docs.py: render_docs, then mike), for two SDK versions; its
gh-pages branch is then served by http.server on 127.0.0.1 and read by headless Chromium,
with Playwright driving Debian's Chromium (no browser download). The build is offline by
construction; this checks it too. Screenshots land in test-artefacts/docs/ (gitignored).
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
    "mkdocstrings-python==2.0.11 griffe==2.4.1 pymdown-extensions==13.1 mike==2.2.0 "
    "(nox -s tests does)"
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
LATEST = "latest"


OLD_VERSION, NEW_VERSION = "1.0.0", "1.1.0"  # what the temporary clone is published as
# Screenshots a reader can look at after a run (gitignored; CI keeps them as artefacts).
ARTEFACTS = ROOT / "test-artefacts" / "docs"


def _run(command: list[str], what: str, cwd: Path) -> str:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=600, check=False
    )
    assert result.returncode == 0, f"{what} failed:\n{result.stdout}{result.stderr}"
    return result.stdout


def _git(repo: Path, *args: str) -> str:
    return _run(["git", "-C", str(repo), *args], f"git {' '.join(args)}", repo)


def _clone(target: Path) -> Path:
    """A git repository holding this checkout's working tree (uncommitted changes included),
    so publishing adds a gh-pages branch there and never to the real repository."""
    listed = _git(ROOT, "ls-files", "-z", "--cached", "--others", "--exclude-standard")
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if name.startswith("node_modules") or source.is_symlink() or not source.is_file():
            continue
        (target / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target / name)
    _git(target, "init", "--quiet", "--initial-branch", "main")
    _git(target, "add", "--all")
    _commit(target, "the checkout, copied")
    return target


def _commit(repo: Path, message: str) -> None:
    identity = ["-c", "user.name=docs test", "-c", "user.email=docs@test.invalid"]
    _git(repo, *identity, "commit", "--quiet", "--all", "--allow-empty", "-m", message)


def _set_version(repo: Path, version: str) -> None:
    path = repo / "overlays" / "hamsa" / "_version.py"
    path.write_text(
        re.sub(r'__version__ = "[^"]+"', f'__version__ = "{version}"', path.read_text())
    )
    _commit(repo, f"hamsa-sdk {version}")


class Published:
    """The temporary clone after `publish_docs` ran for two SDK versions, and its gh-pages
    branch checked out (as GitHub Pages would serve it)."""

    def __init__(self, repo: Path, pages: Path, head: str) -> None:
        self.repo, self.pages, self.head = repo, pages, head


@pytest.fixture(scope="session")
def published(tmp_path_factory: pytest.TempPathFactory) -> Published:
    if importlib.util.find_spec("mkdocs") is None or importlib.util.find_spec("mike") is None:
        pytest.fail(f"mkdocs or mike is not installed: {DOCS_REQUIREMENTS_HINT}")
    repo = _clone(tmp_path_factory.mktemp("clone"))
    for version in (OLD_VERSION, NEW_VERSION):
        _set_version(repo, version)
        # What `nox -s publish_docs` runs, in the clone (nothing installed: it merges hamsa).
        _run([sys.executable, "generator/publish_docs.py"], "publish_docs", repo)
    pages = tmp_path_factory.mktemp("gh-pages")
    _git(repo, "worktree", "add", "--quiet", "--detach", str(pages), "gh-pages")
    return Published(repo, pages, _git(repo, "rev-parse", "HEAD").strip())


@pytest.fixture(scope="session")
def site(published: Published) -> Path:
    """The newest version's site, as built and deployed."""
    return published.pages / NEW_VERSION


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="session")
def pages_url(published: Published) -> Iterator[str]:
    """The gh-pages branch served over loopback: every version, versions.json, the redirect."""
    server = ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(published.pages))
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
def site_url(pages_url: str) -> str:
    return f"{pages_url}/{LATEST}"


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


# --- publishing --------------------------------------------------------------------------------


def test_publishing_twice_keeps_both_versions_with_latest_on_the_newer(
    published: Published,
) -> None:
    listed = _git(published.repo, "ls-tree", "--name-only", "gh-pages").split()
    assert {OLD_VERSION, NEW_VERSION, LATEST, "versions.json", "index.html"} <= set(listed)
    versions = json.loads((published.pages / "versions.json").read_text())
    by_version = {entry["version"]: entry["aliases"] for entry in versions}
    assert by_version == {NEW_VERSION: [LATEST], OLD_VERSION: []}
    assert os.readlink(published.pages / LATEST) == NEW_VERSION  # latest is the newer build
    assert LATEST in (published.pages / "index.html").read_text()  # the root sends readers there
    # Each version's own pages say which SDK they document.
    for version in (OLD_VERSION, NEW_VERSION):
        assert (
            published.pages / version / "reference" / "v1" / "voice_agents" / "index.html"
        ).is_file()
    # Publishing only adds gh-pages commits: the clone's own branch is where it was.
    assert _git(published.repo, "rev-parse", "HEAD").strip() == published.head
    assert _git(published.repo, "status", "--porcelain", "--untracked-files=no").strip() == ""


def test_the_site_has_the_version_selector_dark_mode_and_copy_buttons(site: Path) -> None:
    page = (site / "reference" / "v1" / "voice_agents" / "index.html").read_text()
    config = json.loads(re.search(r'id="__config"[^>]*>(.*?)</script>', page, re.DOTALL)[1])
    assert config["version"]["provider"] == "mike"  # the selector reads ../versions.json
    assert "content.code.copy" in config["features"]
    schemes = set(re.findall(r'data-md-color-scheme="(\w+)"', page))
    assert {"default", "slate"} <= schemes  # a light and a dark palette, with a toggle
    assert 'data-md-component="palette"' in page


def test_the_python_api_pages_show_annotations_as_written(site: Path) -> None:
    """The docs add no `Unset` of their own (the model types themselves: issue 17)."""
    page = (site / "api" / "clients" / "index.html").read_text(encoding="utf-8")
    signature = " ".join(html.unescape(re.sub(r"<[^>]+>", "", page)).split())
    assert "Hamsa( *, api_key: str | None = None, base_url: str | None = None" in signature
    assert "Unset" not in signature


def test_the_model_pages_show_the_types_users_see(site: Path) -> None:
    """A response field reads as `X | None` and by its wire name (`type`, not `type_`)."""
    page = (site / "api" / "voice-agent" / "index.html").read_text(encoding="utf-8")
    text = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())
    assert re.search(r"\btype\b", text) and not re.search(r"\btype_\b", text)
    assert "str | None" in text
    assert "Unset" not in text and "UNSET" not in text


# --- a reader in the browser -------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser(chromium: Path) -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright==1.65.2")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=str(chromium), args=[f for f in CHROMIUM_FLAGS if f != "--headless"]
        )
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    # Offline: the browser may reach the loopback server only.
    context.route(re.compile(r"^(?!http://127\.0\.0\.1[:/]).*"), lambda route: route.abort())
    opened = context.new_page()
    try:
        yield opened
    finally:
        context.close()


def _screenshot(page: Any, name: str) -> None:
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTEFACTS / f"{name}.png"), full_page=True)
    assert (ARTEFACTS / f"{name}.png").stat().st_size > 10_000, f"{name}: a blank screenshot"


def test_a_reader_searches_switches_versions_and_toggles_dark_mode(
    chromium: Path, page: Any, pages_url: str
) -> None:
    page.goto(f"{pages_url}/")  # the root redirects to the latest version
    page.wait_for_url(re.compile(rf"/{LATEST}/$"))
    page.wait_for_selector(".md-content h1")
    assert "The Python SDK for Hamsa" in page.inner_text(".md-content")
    _screenshot(page, "home")

    # Search with the search box; the first result leads to the page documenting the field.
    box = page.locator("input.md-search__input")  # the header's search box
    box.click()
    # Typed once the search worker has built its index ("Initializing search" until then).
    page.wait_for_function(
        "!(document.querySelector('.md-search-result__meta')?.textContent ?? 'Initializing')"
        ".includes('Initializing')",
        timeout=90_000,
    )
    box.press_sequentially("max_call_duration", delay=20)  # typed, key by key
    first = page.locator(".md-search-result__item a").first
    first.wait_for(timeout=30_000)
    before = page.url
    first.click()
    page.wait_for_function(f"location.href !== {json.dumps(before)}")
    page.wait_for_selector(".md-content h1")
    assert "max_call_duration" in page.inner_text(".md-content")

    # The version selector lists both versions (from versions.json) and switches.
    selector = page.locator(".md-version")
    selector.wait_for(timeout=20_000)
    assert NEW_VERSION in page.inner_text(".md-version__current")
    selector.hover()
    older = page.locator(".md-version__list a", has_text=OLD_VERSION)
    older.click()
    page.wait_for_url(re.compile(rf"/{re.escape(OLD_VERSION)}/"))
    page.wait_for_selector(".md-version__current")
    assert OLD_VERSION in page.inner_text(".md-version__current")

    # The palette toggle switches to the dark scheme.
    page.locator("form[data-md-component=palette] label:visible").first.click()
    assert page.get_attribute("body", "data-md-color-scheme") == "slate"


def test_an_operation_page_leads_with_the_friendly_call_in_tabs(
    chromium: Path, page: Any, site_url: str
) -> None:
    page.goto(f"{site_url}/reference/v1/voice_agents/")
    section = page.locator(".md-content")
    section.wait_for()
    first_code = page.locator(".tabbed-set .tabbed-block").first.inner_text()
    assert "client.voice_agents.clone(" in first_code and "await" not in first_code
    # The copy button of the first code block puts the friendly call on the clipboard.
    page.locator(".md-content pre").first.hover()
    page.locator("button[data-md-type=copy]").first.click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("result = client.voice_agents.clone(")
    page.locator(".tabbed-set").first.locator("label", has_text="Async").click()
    shown = page.locator(".tabbed-set").first.locator(".tabbed-block:visible").inner_text()
    assert "await async_client.voice_agents.clone(" in shown
    _screenshot(page, "operation-page")
    page.goto(f"{site_url}/versions/")
    page.wait_for_selector(".md-content h1")
    assert "unified" in page.inner_text(".md-content h1").lower()
    _screenshot(page, "unified-agent")

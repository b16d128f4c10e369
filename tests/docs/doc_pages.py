"""The docs site's pages and their Python blocks, as the site shows them: the hand-written
pages in docs/ and the reference pages generator/render_docs.py renders from spec/ (in memory,
never a stale file). Read by tests/docs/test_examples.py (which runs every block) and by
tests/typing/docs_programs.py (which type-checks them)."""

from __future__ import annotations

import importlib.util
import re
import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"

_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>[^`\n]*)$")
_MARKER = re.compile(r"^\s*<!--\s*(?P<kind>not-run|run-with)\s*:(?P<arg>.*?)-->\s*$")
_TAB = re.compile(r'^\s*===\s+"(?P<title>[^"]+)"\s*$')
_SNIPPET = re.compile(r"^\s*-{1,}8<-{1,}\s+[\"'](?P<path>[^\"']+)[\"']\s*$")


def _render_docs() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "render_docs", ROOT / "generator" / "render_docs.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("render_docs", module)
    spec.loader.exec_module(module)
    return module


render_docs = _render_docs()
try:
    RENDERED: dict[str, str] = render_docs.render_all()
    RENDER_ERROR = ""
except render_docs.DocsError as error:  # reported by a test below, not as a collection error
    RENDERED, RENDER_ERROR = {}, str(error)


# --- reading the blocks ------------------------------------------------------------------------


@dataclass
class Block:
    page: str
    line: int
    code: str
    runner: str = "exec"  # "exec", "pytest" or "skip"
    reason: str = ""
    tab: str = ""  # the content tab (=== "Sync") the block sits in, if any


@dataclass
class Page:
    name: str
    blocks: list[Block] = field(default_factory=list)

    @property
    def is_reference(self) -> bool:
        return self.name.startswith(f"{render_docs.REFERENCE}/")


def _expand_snippets(code: str, page: str) -> str:
    lines = []
    for line in code.splitlines():
        match = _SNIPPET.match(line)
        if match is None:
            lines.append(line)
            continue
        path = DOCS / match["path"]
        assert path.is_file(), f"{page}: snippet {match['path']} does not exist"
        lines.append(path.read_text(encoding="utf-8").rstrip("\n"))
    return "\n".join(lines) + "\n"


def python_blocks(page: str, text: str) -> list[Block]:
    """The ```python blocks of a Markdown page, with their opt-out or runner markers."""
    blocks: list[Block] = []
    lines = text.splitlines()
    index = 0
    while index < len(lines):
        opening = _FENCE.match(lines[index])
        if opening is None:
            index += 1
            continue
        fence, indent = opening["fence"], len(opening["indent"])
        language = (opening["info"].split() or [""])[0].lower()
        end = index + 1
        while end < len(lines):
            closing = _FENCE.match(lines[end])
            if closing and closing["fence"].startswith(fence) and not closing["info"].strip():
                break
            end += 1
        if language in ("python", "py"):
            code = "\n".join(line[indent:] for line in lines[index + 1 : end])
            block = Block(page, index + 1, _expand_snippets(textwrap.dedent(code), page))
            before = [line for line in lines[:index] if line.strip()]
            tab = _TAB.match(before[-1]) if before and indent else None
            block.tab = tab["title"] if tab else ""
            marker = _MARKER.match(lines[index - 1]) if index > 0 else None
            if marker is not None:
                arg = marker["arg"].strip()
                if marker["kind"] == "not-run":
                    block.runner, block.reason = "skip", arg
                else:
                    assert arg == "pytest", f"{page}:{index}: unknown runner {arg!r}"
                    block.runner = "pytest"
            blocks.append(block)
        index = end + 1
    return blocks


def hand_written_pages() -> dict[str, str]:
    generated = set(RENDERED)
    pages = {}
    for path in sorted(DOCS.rglob("*.md")):
        name = path.relative_to(DOCS).as_posix()
        if name in generated or name.startswith(f"{render_docs.REFERENCE}/"):
            continue  # generated: taken fresh from render_docs below, never a stale file
        pages[name] = path.read_text(encoding="utf-8")
    return pages


def all_pages() -> list[Page]:
    texts = {**hand_written_pages(), **RENDERED}
    pages = [Page(name, python_blocks(name, text)) for name, text in sorted(texts.items())]
    return [page for page in pages if page.blocks]

"""Write every Python example of the docs site as programs for `nox -s typecheck` to check under
mypy --strict and pyright strict, as users would paste them:

- a reference page's examples (rendered from spec/ by generator/render_docs.py) each become a
  function of their own, beside a `client`, an `async_client` and the values the page says are
  the reader's own (ids are `str`, stt's `audio` is `bytes`);
- a guide's examples run in one namespace, in page order (as tests/docs/test_examples.py runs
  them), so they become one module;
- a guide's pytest files (`<!-- run-with: pytest -->`) are written as the files they name.

    python tests/typing/docs_programs.py OUT_DIR   # prints the files written, one per line
"""

from __future__ import annotations

import re
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "generator")]

from tests.docs.doc_pages import Block, Page, all_pages, render_docs  # noqa: E402

FUTURE = "from __future__ import annotations"
# What the reference pages say their examples assume (render_docs words it on each page).
READERS_OWN = {"audio": ("bytes", 'b"RIFF"')}


def program_stem(page: Page) -> str:
    return "docs_" + re.sub(r"\W", "_", page.name.removesuffix(".md"))


def _without_future(code: str) -> str:
    return "\n".join(line for line in code.splitlines() if line.strip() != FUTURE)


def reference_program(page: Page, blocks: list[Block]) -> str:
    names = sorted(set().union(*(render_docs.free_names(block.code) for block in blocks)))
    lines = [
        f'"""The Python examples of docs/{page.name}, each in a function of its own."""',
        "",
        FUTURE,
        "",
        "# pyright: reportUnusedVariable=false",
        "# (a page's `response = ...` is module-level code; here it sits in a function)",
        "",
        "from hamsa import AsyncHamsa, Hamsa",
        "",
        "client = Hamsa()",
        "async_client = AsyncHamsa()",
    ]
    for name in names:
        annotation, value = READERS_OWN.get(name, ("str", '"3c90c3cc-0d44-4b50-8888-8dd25736052a"'))
        lines.append(f"{name}: {annotation} = {value}")
    for block in blocks:
        lines += ["", "", f"def example_line_{block.line}() -> None:  # docs/{page.name}"]
        lines.append(textwrap.indent(_without_future(block.code).strip("\n"), "    "))
    return "\n".join(lines) + "\n"


def guide_program(page: Page, blocks: list[Block]) -> str:
    lines = [f'"""The Python examples of docs/{page.name}, in page order."""', "", FUTURE, ""]
    lines.append("# pyright: reportDuplicateImport=false")
    lines.append("# (each example of a page has its own imports: here they are one module)")
    for block in blocks:
        lines += ["", f"# docs/{page.name}, line {block.line}", _without_future(block.code)]
    return "\n".join(lines).rstrip("\n") + "\n"


def write_programs(into: Path) -> list[str]:
    """Write the programs into `into`; their paths, relative to it."""
    written = []
    for page in all_pages():
        blocks = [block for block in page.blocks if block.runner == "exec"]
        if blocks:
            make = reference_program if page.is_reference else guide_program
            name = f"{program_stem(page)}.py"
            (into / name).write_text(make(page, blocks), encoding="utf-8")
            written.append(name)
        for block in (block for block in page.blocks if block.runner == "pytest"):
            file_name = block.code.lstrip().splitlines()[0].lstrip("# ").strip()
            folder = into / program_stem(page)
            folder.mkdir(exist_ok=True)
            (folder / file_name).write_text(block.code, encoding="utf-8")
            written.append(f"{folder.name}/{file_name}")
    return written


if __name__ == "__main__":
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    print("\n".join(write_programs(out)))

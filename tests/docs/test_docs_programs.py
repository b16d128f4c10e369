"""`nox -s typecheck` type-checks every Python example of the docs site (mypy --strict and
pyright strict) through the programs tests/typing/docs_programs.py writes: every page with
examples must become a program, and every example must be in it."""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path
from types import ModuleType

from .doc_pages import ROOT, all_pages


def _docs_programs() -> ModuleType:
    path = ROOT / "tests" / "typing" / "docs_programs.py"
    spec = importlib.util.spec_from_file_location("docs_programs", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_docs_example_is_in_a_program_for_the_type_checkers(tmp_path: Path) -> None:
    programs = _docs_programs()
    written = programs.write_programs(tmp_path)
    pages = {page.name: page for page in all_pages()}
    for page in pages.values():
        runs = [block for block in page.blocks if block.runner == "exec"]
        tests = [block for block in page.blocks if block.runner == "pytest"]
        stem = programs.program_stem(page)
        if runs:
            source = (tmp_path / f"{stem}.py").read_text(encoding="utf-8")
            tree = ast.parse(source)  # a program the checkers can read
            for block in runs:
                assert f"docs/{page.name}" in source
                if page.is_reference:
                    assert any(
                        isinstance(node, ast.FunctionDef)
                        and node.name == f"example_line_{block.line}"
                        for node in tree.body
                    ), f"{page.name}:{block.line} is not in the program"
                else:
                    assert f"line {block.line}" in source
        assert len([name for name in written if name.startswith(f"{stem}/")]) == len(tests)
    assert any(name.startswith("docs_reference_v1_") for name in written)
    assert any(name.startswith("docs_reference_v2_") for name in written)

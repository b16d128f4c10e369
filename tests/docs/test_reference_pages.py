"""docs/errors.md and docs/configuration.md say what the code does: the exception tree (every
class, its parent, its status, the ValueError/RuntimeError it also is), the client's arguments
with their defaults, and the environment variables it reads."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import hamsa
import httpx
import pytest
from hamsa import _base_client, _exceptions

DOCS = Path(__file__).resolve().parents[2] / "docs"
BUILTIN_BASES = (ValueError, RuntimeError)


def _tree() -> list[tuple[str, str | None, str]]:
    """(class, documented parent, note) for each line of errors.md's tree."""
    text = (DOCS / "errors.md").read_text(encoding="utf-8")
    block = re.search(r"```text\n(HamsaError\n.*?)```", text, re.S)
    assert block, "errors.md lost its exception tree"
    rows: list[tuple[str, str | None, str]] = []
    stack: list[str] = []
    for line in block.group(1).splitlines():
        match = re.match(r"^((?:[│ ]   )*)(?:[├└]── )?(\w+)\s*(.*)$", line)
        assert match, line
        depth = len(match.group(1)) // 4 + (1 if "──" in line else 0)
        name, note = match.group(2), match.group(3)
        del stack[depth:]
        rows.append((name, stack[-1] if stack else None, note))
        stack.append(name)
    return rows


TREE = _tree()


def _hamsa_errors() -> set[str]:
    return {
        name
        for name in dir(hamsa)
        if isinstance(obj := getattr(hamsa, name), type) and issubclass(obj, hamsa.HamsaError)
    }


def test_the_tree_lists_every_error_hamsa_exports() -> None:
    assert sorted(name for name, _, _ in TREE) == sorted(_hamsa_errors())


@pytest.mark.parametrize(("name", "parent", "note"), TREE, ids=[row[0] for row in TREE])
def test_each_error_sits_under_its_real_parent(name: str, parent: str | None, note: str) -> None:
    error = getattr(hamsa, name)
    hamsa_bases = [b.__name__ for b in error.__bases__ if issubclass(b, hamsa.HamsaError)]
    assert hamsa_bases == ([parent] if parent else [])
    for builtin in BUILTIN_BASES:
        said = f"also a {builtin.__name__}" in note
        inherited = parent is not None and issubclass(getattr(hamsa, parent), builtin)
        assert issubclass(error, builtin) == (said or inherited), (name, builtin.__name__)


def test_each_status_error_names_its_status() -> None:
    for status, error in _exceptions._ERROR_BY_STATUS.items():
        [note] = [note for name, _, note in TREE if name == error.__name__]
        assert note.split()[0] == str(status), error.__name__
    [note] = [note for name, _, note in TREE if name == "InternalServerError"]
    assert note.split()[0] == "5xx"


def _table(page: str, heading: str) -> dict[str, str]:
    """First column (without backticks) -> the last column, of the table under ``heading``."""
    text = (DOCS / page).read_text(encoding="utf-8")
    section = text.split(heading, 1)[1]
    rows: dict[str, str] = {}
    for line in section.splitlines()[1:]:
        if not line.startswith("|"):
            if rows:
                break
            continue
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        if cells[0].startswith("`"):
            rows[cells[0].strip("`")] = cells[-1]
    assert rows, f"{page} has no table under {heading!r}"
    return rows


def test_the_client_arguments_table_matches_the_signature() -> None:
    documented = _table("configuration.md", "## Client arguments")
    for client in (hamsa.Hamsa, hamsa.AsyncHamsa):
        parameters = inspect.signature(client.__init__).parameters
        assert sorted(documented) == sorted(p for p in parameters if p != "self"), client
    defaults = inspect.signature(hamsa.Hamsa.__init__).parameters
    assert str(defaults["max_retries"].default) == documented["max_retries"]
    assert f"`{defaults['auth_scheme'].default}`" in documented["auth_scheme"]
    timeout = defaults["timeout"].default
    assert isinstance(timeout, httpx.Timeout)
    assert f"{timeout.connect:g} s to connect, {timeout.read:g} s for the rest" in (
        documented["timeout"]
    )
    assert {timeout.read, timeout.write, timeout.pool} == {timeout.read}
    assert _base_client.DEFAULT_BASE_URL in documented["base_url"]


def test_every_environment_variable_the_client_reads_is_documented() -> None:
    documented = _table("configuration.md", "## Environment variables")
    source = (Path(_base_client.__file__).read_text(encoding="utf-8")) + Path(
        hamsa._client.__file__  # type: ignore[attr-defined]
    ).read_text(encoding="utf-8")
    read = set(re.findall(r'"(HAMSA_[A-Z_]+)"', source)) | {"HAMSA_LOG"}
    assert sorted(documented) == sorted(read)
    assert _base_client.DEFAULT_BASE_URL in documented["HAMSA_BASE_URL"]

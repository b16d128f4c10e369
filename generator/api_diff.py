"""Breaking changes in the public Python API of `hamsa` between two source trees.

    python generator/api_diff.py OLD_ROOT NEW_ROOT [--json PATH] [--markdown PATH]

Each ROOT is a checkout (or a copy) of this repository. The `hamsa` package users install is
overlays/hamsa and generated/hamsa merged into one directory (that is what the wheel holds), so
each side is merged into a temporary directory first, then loaded with griffe (statically: nothing
is imported) and compared with griffe.find_breaking_changes: removed modules, classes, functions
and attributes, removed or newly required parameters, changed defaults, and so on. Private names
(a leading underscore) are not part of the API.

The spec diff (generator/spec_diff.py) says what changed on the wire; this says what changed for
code written against the SDK, including breakage in the hand-written overlay.

Exit code: 0 when the comparison ran (the report carries the verdict), 2 when a tree can't be
loaded.
"""

from __future__ import annotations

import argparse
import json
import logging
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PACKAGE = "hamsa"
# Both halves of the package, in the order the wheel (and noxfile's typecheck) merges them.
PACKAGE_PARTS = (Path("overlays") / PACKAGE, Path("generated") / PACKAGE)


class ApiDiffError(Exception):
    """A tree could not be merged or loaded."""


@dataclass(frozen=True, order=True)
class Breakage:
    """One breaking change, e.g. `hamsa.v1.models.agent_tools.AgentTools.smart_call_end`."""

    object: str
    kind: str
    detail: str = ""

    def as_dict(self) -> dict[str, str]:
        return {"object": self.object, "kind": self.kind, "detail": self.detail}

    def describe(self) -> str:
        text = f"`{self.object}`: {self.kind}"
        return f"{text} ({self.detail})" if self.detail else text


@dataclass(frozen=True)
class ApiReport:
    breakages: tuple[Breakage, ...]

    @property
    def breaking(self) -> bool:
        return bool(self.breakages)

    def as_dict(self) -> dict[str, Any]:
        return {"breaking": self.breaking, "breakages": [b.as_dict() for b in self.breakages]}

    def to_json(self) -> str:
        return json.dumps(self.as_dict(), indent=2, sort_keys=True) + "\n"


def merge_package(root: Path, destination: Path) -> Path:
    """Copy root's overlays/hamsa and generated/hamsa into destination/hamsa; return destination.

    The overlay goes first and generated code lands on top, exactly as the wheel is assembled.
    """
    target = destination / PACKAGE
    for part in PACKAGE_PARTS:
        source = root / part
        if not source.is_dir():
            raise ApiDiffError(f"{source} is missing: is {root} a hamsa-sdk tree?")
        shutil.copytree(
            source, target, dirs_exist_ok=True, ignore=shutil.ignore_patterns("__pycache__")
        )
    return destination


def _breakage(found: Any) -> Breakage:
    import griffe

    path = str(found.obj.path)
    parameter = None
    for value in (found.old_value, found.new_value):
        if isinstance(value, griffe.Parameter):
            parameter = value.name
            break
    if parameter is not None:
        path = f"{path}({parameter})"
    detail = ""
    if isinstance(found, griffe.ParameterChangedDefaultBreakage):
        detail = f"{found.old_value.default} → {found.new_value.default}"
    elif isinstance(found, griffe.ObjectChangedKindBreakage):
        detail = f"{found.old_value.value} → {found.new_value.value}"
    elif isinstance(found, griffe.ReturnChangedTypeBreakage):
        detail = f"{found.old_value} → {found.new_value}"
    elif isinstance(found, griffe.ClassRemovedBaseBreakage):
        old = ", ".join(str(base) for base in found.old_value)
        new = ", ".join(str(base) for base in found.new_value)
        detail = f"bases [{old}] → [{new}]"
    elif found.details:
        detail = str(found.details)
    return Breakage(path, str(found.kind.value), detail)


def diff_loaded(old_search_path: Path, new_search_path: Path) -> ApiReport:
    """Compare the `hamsa` packages found in two directories (each holding a merged hamsa/)."""
    try:
        import griffe
    except ImportError as error:  # pragma: no cover - the sessions install it
        raise ApiDiffError("griffe is not installed: pip install griffe==2.4.1") from error

    # griffe logs every alias it can't resolve (httpx, attrs...): noise for this report.
    logging.getLogger("griffe").setLevel(logging.ERROR)
    loaded = []
    for search_path in (old_search_path, new_search_path):
        try:
            # Static analysis only: importing would need the runtime deps and run user-facing code.
            loaded.append(
                griffe.load(
                    PACKAGE,
                    search_paths=[search_path],
                    allow_inspection=False,
                    try_relative_path=False,
                )
            )
        except Exception as error:
            message = f"griffe could not load {PACKAGE} from {search_path}: {error}"
            raise ApiDiffError(message) from error
    found = {_breakage(b) for b in griffe.find_breaking_changes(loaded[0], loaded[1])}
    return ApiReport(tuple(sorted(found)))


def diff_trees(old_root: Path, new_root: Path) -> ApiReport:
    """Compare the public API of two repository trees (each with overlays/ and generated/)."""
    with tempfile.TemporaryDirectory(prefix="hamsa-api-diff-") as tmp:
        old = merge_package(old_root, Path(tmp) / "old")
        new = merge_package(new_root, Path(tmp) / "new")
        return diff_loaded(old, new)


def render_markdown(report: ApiReport, *, heading_level: int = 1) -> str:
    hashes = "#" * heading_level
    lines = [f"{hashes} Python API (`{PACKAGE}`)", ""]
    if not report.breakages:
        lines.append("No breaking changes in the public Python API.")
    else:
        lines.append(f"**Breaking**: {len(report.breakages)} breaking changes (griffe):")
        lines.append("")
        lines += [f"- {b.describe()}" for b in report.breakages]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old_root", type=Path, help="tree before the change")
    parser.add_argument("new_root", type=Path, help="tree after the change")
    parser.add_argument("--json", type=Path, metavar="PATH", help="write the JSON report here")
    parser.add_argument("--markdown", type=Path, metavar="PATH", help="write the summary here")
    args = parser.parse_args(argv)
    try:
        report = diff_trees(args.old_root, args.new_root)
    except ApiDiffError as error:
        print(f"api_diff: {error}", file=sys.stderr)
        return 2
    markdown = render_markdown(report)
    if args.json:
        args.json.write_text(report.to_json(), encoding="utf-8")
    if args.markdown:
        args.markdown.write_text(markdown, encoding="utf-8")
    sys.stdout.write(markdown)
    return 0


if __name__ == "__main__":
    sys.exit(main())

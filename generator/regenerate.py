"""Install a new revision of an API spec and regenerate everything from it, in one command.

    python generator/regenerate.py PATH_TO_NEW_SPEC [--version v1|v2] [--date YYYY-MM-DD]
                                   [--root DIR] [--no-docs] [--no-verify] [--publish]
    nox -s regenerate -- PATH_TO_NEW_SPEC

Steps, in order; any failure puts every file back as it was and exits non-zero:

1. checks: the new spec is readable, its info.version differs from the current one, and
   spec/history/vN.<old info.version>.yaml is free (or already holds exactly the current spec);
2. archives spec/vN.yaml there and writes the new spec to spec/vN.yaml;
3. diffs the specs (generator/spec_diff.py: wire-level changes, breaking or not);
4. regenerates generated/ (generator/generate.py);
5. smoke-checks, in a fresh interpreter, that every public name the hand-written overlay promises
   still imports and works (the clients, their resources, the error tree, hamsa.v1/v2, and every
   generated module the overlay imports): a regeneration that silently drops a hand-written
   feature is what this exists to stop;
6. diffs the public Python API before/after (generator/api_diff.py, griffe);
7. bumps the SDK version in overlays/hamsa/_version.py: breaking -> major (minor while 0.x),
   any other API change -> minor, nothing but docs -> patch;
8. writes a CHANGELOG.md entry with both diffs, led by the Python calls added, changed and
   removed (client.web_tools.delete(...)) and behaviour changes such as a new final call status,
   from the old and new operation tables (hamsa/_operations.py);
9. verifies (unless --no-verify): synthesizes the cassettes from the documented examples
   (tests/cassettes/record_from_examples.py, so a new operation has its own), runs the demo
   (docs/examples/quickstart.py, against MockHamsa) and the fast tests (VERIFY_TESTS, ``pytest -m "not slow" -x -q``) against the
   regenerated tree;
10. rebuilds the reference docs and builds the new version's site (generator/render_docs.py,
    generator/publish_docs.py --build-only); with --publish, deploys it instead, with mike,
    onto the local gh-pages branch as the new SDK version, aliased `latest`.

--root runs all of this against another copy of the repository (its own generator/ and
overlays/ are used), which is how the tests exercise it without touching the checkout.
"""

from __future__ import annotations

import argparse
import ast
import datetime
import json
import os
import re
import runpy
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import api_diff
import spec_diff

ROOT = Path(__file__).resolve().parent.parent
API_VERSIONS = ("v1", "v2")
VERSION_FILE = Path("overlays") / "hamsa" / "_version.py"
CHANGELOG = Path("CHANGELOG.md")
CHANGELOG_TITLE = "# Changelog"
DOCS_SCRIPT = Path("generator") / "render_docs.py"
PUBLISH_SCRIPT = Path("generator") / "publish_docs.py"

_VERSION_LINE = re.compile(r'^__version__ = "([^"]*)"$', re.MULTILINE)
_SEMVER = re.compile(r"(\d+)\.(\d+)\.(\d+)")

# The public names users and the docs depend on (the design's "Public names"). The smoke check
# also covers everything in hamsa.__all__, so names added later are protected without edits here.
PROMISED_NAMES = (
    "Hamsa",
    "AsyncHamsa",
    "VoiceAgent",
    "HamsaError",
    "RequestValidationError",
    "APIConnectionError",
    "APITimeoutError",
    "APIStatusError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "APIResponseValidationError",
)
PROMISED_CLIENT_ATTRIBUTES = ("voice_agents", "calls", "v1", "v2")

OPERATIONS_FILE = "_operations.py"  # in generated/hamsa
DEMO = Path("docs") / "examples" / "quickstart.py"
RECORD = Path("tests") / "cassettes" / "record_from_examples.py"
# The fast tests run after regenerating: a small, stable subset of the quick tier (the mock
# serving every operation, the friendly resources), in the regenerated tree. Left out: tests
# that pin today's spec on purpose (tests/resources/test_final_statuses.py fails when a final
# status is added, so that a human looks), which a new revision is expected to trip.
VERIFY_TESTS = (
    "tests/mock/test_agents_and_calls.py::test_every_spec_operation_is_served_and_nothing_else",
    "tests/mock/test_agents_and_calls.py::test_each_operation_reaches_its_own_route",
    "tests/resources/test_agents_and_calls.py",
    "tests/resources/test_agent_inputs.py",
    "tests/resources/test_account_resources.py",
    "tests/resources/test_conversations.py",
)


class RegenerationError(Exception):
    """The new spec was refused, or a step failed (and everything was put back)."""


class DocsError(RegenerationError):
    """The code, version and CHANGELOG were updated, but rebuilding the docs failed."""


# --- version and changelog -------------------------------------------------------------------


def next_version(current: str, *, breaking: bool, changed: bool) -> str:
    """Semantic versioning; below 1.0 a breaking change bumps the minor number, as is usual."""
    match = _SEMVER.fullmatch(current)
    if match is None:
        raise RegenerationError(f"SDK version {current!r} is not MAJOR.MINOR.PATCH")
    major, minor, patch = (int(part) for part in match.groups())
    if breaking and major > 0:
        return f"{major + 1}.0.0"
    if breaking or changed:
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def bump_reason(current: str, *, breaking: bool, changed: bool) -> str:
    if breaking:
        if current.startswith("0."):
            return "minor: breaking changes (a 0.x version bumps its minor number)"
        return "major: breaking changes"
    if changed:
        return "minor: backwards-compatible API changes"
    return "patch: no API change"


def read_version(root: Path) -> str:
    text = (root / VERSION_FILE).read_text(encoding="utf-8")
    match = _VERSION_LINE.search(text)
    if match is None:
        raise RegenerationError(f'{VERSION_FILE} has no `__version__ = "..."` line')
    return match.group(1)


def write_version(root: Path, version: str) -> None:
    path = root / VERSION_FILE
    text = path.read_text(encoding="utf-8")
    path.write_text(_VERSION_LINE.sub(f'__version__ = "{version}"', text), encoding="utf-8")


def load_table(path: Path) -> tuple[list[Any], list[Any]]:
    """(OPERATIONS, STATUS_ENUMS) of a generated hamsa/_operations.py; empty if there is none."""
    if not path.is_file():
        return [], []
    names = runpy.run_path(str(path))
    return list(names.get("OPERATIONS", ())), list(names.get("STATUS_ENUMS", ()))


def python_call(op: Any) -> str:
    """How users call an operation: client.web_tools.delete(...), or the raw client's name."""
    if op.friendly:
        return f"client.{op.resource}.{op.method}(...)"
    return f"client.{op.version}.{op.tag or 'default'}.{op.operation_id}(...)"


def _declaration(op: Any) -> tuple[Any, ...]:
    return (op.http_method, op.path, op.pagination, op.envelope, op.download, op.idempotent)


def python_calls_markdown(
    old: tuple[list[Any], list[Any]],
    new: tuple[list[Any], list[Any]],
    spec_report: spec_diff.Report,
    *,
    heading_level: int = 3,
) -> str:
    """The CHANGELOG section naming the Python calls added, changed and removed, and the
    behaviour changes of status enums (a new final call status), from the operation tables."""
    (old_ops, old_enums), (new_ops, new_enums) = old, new
    before = {(op.version, op.operation_id): op for op in old_ops}
    after = {(op.version, op.operation_id): op for op in new_ops}
    touched_ops = {
        " ".join(c.location.split(" ", 2)[:2]) for c in spec_report.changes if " " in c.location
    }
    lines: list[str] = []

    def where(op: Any) -> str:
        return f"{op.version} `{op.http_method} {op.path}`"

    for key in sorted(set(after) - set(before)):
        op = after[key]
        lines.append(f"- Added `{python_call(op)}` ({where(op)}).")
    for key in sorted(set(before) & set(after)):
        old_op, new_op = before[key], after[key]
        if python_call(old_op) != python_call(new_op):
            lines.append(
                f"- Renamed `{python_call(old_op)}` → `{python_call(new_op)}` ({where(new_op)})."
            )
        elif _declaration(old_op) != _declaration(new_op):
            lines.append(f"- Changed `{python_call(new_op)}`: its declaration ({where(new_op)}).")
        elif f"{new_op.http_method} {new_op.path}" in touched_ops:
            lines.append(
                f"- Changed `{python_call(new_op)}`: its request or response ({where(new_op)}; "
                "see the wire changes below)."
            )
    for key in sorted(set(before) - set(after)):
        op = before[key]
        lines.append(f"- Removed `{python_call(op)}` ({where(op)}).")
    old_enum = {(e.version, e.schema): e for e in old_enums}
    for enum in new_enums:
        previous = old_enum.get((enum.version, enum.schema))
        was_final = set(previous.final) if previous else set()
        was_value = set(previous.values) if previous else set()
        for value in enum.final:
            if value not in was_final:
                lines.append(
                    f"- Behaviour: `{value}` is a new final {enum.schema} ({enum.version}): "
                    "`client.conversations.wait(...)` now stops there."
                    if enum.schema == "CallStatus"
                    else f"- Behaviour: `{value}` is a new final {enum.schema} ({enum.version})."
                )
        for value in enum.values:
            if value not in was_value and value not in enum.final:
                lines.append(
                    f"- Behaviour: {enum.schema} ({enum.version}) has a new value `{value}`."
                )
        for value in sorted(was_final - set(enum.final)):
            lines.append(
                f"- Behaviour: `{value}` is no longer a final {enum.schema} ({enum.version})."
            )
    heading = "#" * heading_level + " Python calls"
    body = "\n".join(lines) if lines else "No Python call was added, changed or removed."
    return f"{heading}\n\n{body}\n"


def changelog_entry(
    version: str,
    day: datetime.date,
    reason: str,
    spec_report: spec_diff.Report,
    api_report: api_diff.ApiReport,
    history_file: str,
    calls: str = "",
) -> str:
    """The Markdown section for one regeneration."""
    breaking = spec_report.breaking or api_report.breaking
    api_name = Path(spec_report.new.file).stem
    lines = [
        f"## {version} ({day.isoformat()})",
        "",
        f"Regenerated from a new revision of the API {api_name} spec: "
        f"{spec_report.old.version} → {spec_report.new.version} "
        f"(the previous revision is kept as `{history_file}`).",
        "",
        f"- Breaking changes: {'**yes**' if breaking else 'none'}.",
        f"- Version bump: {reason}.",
        "",
        *([calls.rstrip("\n"), ""] if calls else []),
        spec_diff.render_markdown(spec_report, heading_level=3).rstrip("\n"),
        "",
        api_diff.render_markdown(api_report, heading_level=3).rstrip("\n"),
        "",
    ]
    return "\n".join(lines)


def insert_entry(changelog: str | None, entry: str) -> str:
    """The changelog with `entry` first, under the title; earlier entries keep their order."""
    if not changelog or not changelog.strip():
        return f"{CHANGELOG_TITLE}\n\n{entry}"
    if not changelog.startswith(CHANGELOG_TITLE):
        changelog = f"{CHANGELOG_TITLE}\n\n{changelog}"
    lines = changelog.splitlines(keepends=True)
    first = next((i for i, line in enumerate(lines) if line.startswith("## ")), None)
    if first is None:
        return changelog.rstrip("\n") + "\n\n" + entry
    return "".join(lines[:first]) + entry + "\n" + "".join(lines[first:])


# --- the import smoke check ------------------------------------------------------------------

# Runs in a fresh interpreter with only the tree under test on PYTHONPATH. argv: the root, then a
# JSON [public names, client attributes, overlay modules, [module, name] imports of generated
# code made by the overlay]. Prints one problem per line; exits 1 if there are any.
_SMOKE_CHECK = r"""
import asyncio, functools, importlib, inspect, json, os, sys, traceback

root = os.path.realpath(sys.argv[1])
names, client_attributes, overlay_modules, generated_imports = json.loads(sys.argv[2])
problems = []

def origin(error):
    # Where in the tree under test it went wrong, e.g. a generated module that no longer loads.
    files = [(getattr(error, "filename", None), getattr(error, "lineno", None))]
    files += [(f.filename, f.lineno) for f in traceback.extract_tb(error.__traceback__)]
    inside = [
        (os.path.relpath(name, root), line)
        for name, line in files
        if name and os.path.isabs(name) and os.path.realpath(name).startswith(root + os.sep)
    ]
    return f" (at {inside[-1][0]}:{inside[-1][1]})" if inside else ""

def attempt(label, action):
    try:
        return action()
    except ModuleNotFoundError as error:
        if error.name and error.name.split(".")[0] != "hamsa":
            return None  # an optional third-party dependency, e.g. pytest for a test helper
        problems.append(f"{label}: {type(error).__name__}: {error}{origin(error)}")
    except Exception as error:
        problems.append(f"{label}: {type(error).__name__}: {error}{origin(error)}")
    return None

def lazy_attributes(cls):
    found = set()
    for klass in cls.__mro__:
        for name, value in vars(klass).items():
            lazy = isinstance(value, (functools.cached_property, property))
            if lazy and not name.startswith("_"):
                found.add(name)
    return sorted(found)

hamsa = attempt("import hamsa", lambda: importlib.import_module("hamsa"))
if hamsa is not None:
    for name in sorted(set(names) | set(getattr(hamsa, "__all__", ()))):
        attempt(f"hamsa.{name}", lambda: getattr(hamsa, name))
    for version in ("v1", "v2"):
        package = attempt(f"hamsa.{version}", lambda: importlib.import_module(f"hamsa.{version}"))
        for name in ("Client", "AsyncClient"):
            if package is not None:
                attempt(f"hamsa.{version}.{name}", lambda: getattr(package, name))
    for module in overlay_modules:
        attempt(f"import {module}", lambda: importlib.import_module(module))
    for module, name in generated_imports:
        def load():
            imported = importlib.import_module(module)
            if name and not hasattr(imported, name):
                importlib.import_module(f"{module}.{name}")
        label = f"{module}.{name} (imported by the overlay)" if name else module
        attempt(label, load)
    for client_name in ("Hamsa", "AsyncHamsa"):
        cls = getattr(hamsa, client_name, None)
        if cls is None:
            continue
        client = attempt(f"{client_name}(api_key='k')", lambda: cls(api_key="k"))
        if client is None:
            continue
        attributes = lazy_attributes(cls)
        for attribute in client_attributes:
            if attribute not in attributes:
                problems.append(f"{client_name}.{attribute}: missing")
        for attribute in attributes:
            value = attempt(f"{client_name}().{attribute}", lambda: getattr(client, attribute))
            if attribute in ("v1", "v2") and value is not None:
                for inner in lazy_attributes(type(value)):
                    attempt(
                        f"{client_name}().{attribute}.{inner}", lambda: getattr(value, inner)
                    )
        closing = getattr(client, "aclose", None) or getattr(client, "close", None)
        if closing is not None:
            result = closing()
            if inspect.isawaitable(result):
                asyncio.run(result)

for name, module in sorted(sys.modules.items()):
    if name.split(".")[0] != "hamsa":
        continue
    where = getattr(module, "__file__", None)
    if where and not os.path.realpath(where).startswith(root + os.sep):
        problems.append(f"{name}: loaded from {where}, outside the tree under test")

print("\n".join(problems))
sys.exit(1 if problems else 0)
"""


def _module_name(package_root: Path, file: Path) -> str:
    parts = list(file.relative_to(package_root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _generated_imports(package_root: Path) -> Iterator[tuple[str, str]]:
    """(module, name) for each import of hamsa.v1/v2 in the overlay, even inside functions."""
    generated = ("hamsa.v1", "hamsa.v2")
    for file in sorted(package_root.rglob("*.py")):
        module = _module_name(package_root, file)
        package = module if file.name == "__init__.py" else module.rpartition(".")[0]
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                base = package.split(".")
                if node.level > 1:
                    base = base[: len(base) - (node.level - 1)]
                target = node.module or ""
                if node.level:
                    target = ".".join([*base, *([target] if target else [])])
                if target.startswith(generated):
                    for alias in node.names:
                        yield target, alias.name
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.startswith(generated):
                        yield alias.name, ""


def _tree_env(root: Path) -> dict[str, str]:
    """The environment of a child that must see root's `hamsa` and no other source checkout."""
    return {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(root / "overlays"), str(root / "generated")]),
        "PYTHONDONTWRITEBYTECODE": "1",  # leave generated/ byte-identical
    }


def public_import_problems(root: Path) -> list[str]:
    """Run the smoke check against root's overlays/ + generated/; an empty list means it passed."""
    overlay = root / "overlays" / "hamsa"
    # Every hand-written module must import; `__main__` modules are scripts, not API.
    modules = sorted(
        _module_name(overlay, file)
        for file in overlay.rglob("*.py")
        if "__pycache__" not in file.parts and file.name != "__main__.py"
    )
    imports = sorted(set(_generated_imports(overlay)))
    argument = json.dumps([PROMISED_NAMES, PROMISED_CLIENT_ATTRIBUTES, modules, imports])
    result = subprocess.run(
        [sys.executable, "-c", _SMOKE_CHECK, str(root), argument],
        capture_output=True,
        text=True,
        cwd=root,
        env=_tree_env(root),
        check=False,
    )
    if result.returncode == 0:
        return []
    problems = [line for line in result.stdout.splitlines() if line.strip()]
    return problems or [f"the smoke check crashed:\n{result.stderr}"]


# --- the pipeline ----------------------------------------------------------------------------


def infer_api_version(document: spec_diff.Document) -> str:
    """v1 or v2, from the spec's paths (/v1/... or /v2/...)."""
    prefixes = {str(path).split("/")[1] for path in document.get("paths") or {} if "/" in path}
    found = sorted(prefixes & set(API_VERSIONS))
    if len(found) != 1:
        raise RegenerationError(
            f"cannot tell which API version this spec is (paths under {found or 'neither'}): "
            "pass --version v1 or --version v2"
        )
    return found[0]


def _generate(root: Path) -> None:
    """Run root's own generator into root's generated/ (atomic: all or nothing)."""
    command = [
        sys.executable,
        str(root / "generator" / "generate.py"),
        "--spec-dir",
        str(root / "spec"),
        "--output",
        str(root / "generated" / "hamsa"),
    ]
    result = subprocess.run(command, capture_output=True, text=True, cwd=root, check=False)
    if result.returncode != 0:
        raise RegenerationError(f"generation failed:\n{result.stdout}{result.stderr}")


def verify(root: Path) -> None:
    """Run the demo against MockHamsa and the fast tests in root's regenerated tree; raise
    RegenerationError if either fails."""
    env = _tree_env(root)
    for name in ("HAMSA_BASE_URL", "HAMSA_API_KEY"):  # the demo runs against MockHamsa
        env.pop(name, None)
    steps = []
    if (root / RECORD).is_file():
        steps.append(("synthesizing the cassettes", [sys.executable, str(root / RECORD)]))
    if (root / DEMO).is_file():
        steps.append(("the demo", [sys.executable, str(root / DEMO)]))
    tests = [name for name in VERIFY_TESTS if (root / name.split("::")[0]).exists()]
    if tests:
        pytest = [sys.executable, "-m", "pytest", "-m", "not slow", "-x", "-q"]
        pytest += ["-p", "no:cacheprovider", "-p", "no:randomly", *tests]
        steps.append(("the fast tests", pytest))
    if not steps:
        raise RegenerationError(
            f"nothing to verify with: neither {DEMO} nor the tests exist in {root} "
            "(pass --no-verify to skip)"
        )
    for label, command in steps:
        result = subprocess.run(
            command, capture_output=True, text=True, cwd=root, env=env, check=False
        )
        if result.returncode != 0:
            output = (result.stdout + result.stderr)[-4000:]
            raise RegenerationError(f"{label} failed after regenerating:\n{output}")


def _rebuild_docs(root: Path, *, publish: bool = False) -> bool:
    """Hook for the docs pipeline: runs generator/render_docs.py if there is one, then builds
    the site of the new version with generator/publish_docs.py (when there is one) or, with
    `publish`, deploys it onto the local gh-pages branch as the new version, aliased latest.

    Returns whether docs were rebuilt.
    """
    script = root / DOCS_SCRIPT
    if not script.exists():
        return False
    steps = [[sys.executable, str(script)]]
    site = root / PUBLISH_SCRIPT
    if site.exists():
        steps.append([sys.executable, str(site), "--root", str(root)])
        if not publish:
            steps[-1].append("--build-only")
    elif publish:
        raise DocsError(f"--publish: {PUBLISH_SCRIPT} does not exist")
    for command in steps:
        result = subprocess.run(
            command,
            capture_output=True,
            text=True,
            cwd=root,
            env=_tree_env(root),  # the docs describe the tree just regenerated
            check=False,
        )
        if result.returncode != 0:
            name = Path(command[1]).relative_to(root)
            raise DocsError(f"{name} failed:\n{result.stdout}{result.stderr}")
    return True


@dataclass(frozen=True)
class Outcome:
    api_version: str
    history_file: Path
    spec_report: spec_diff.Report
    api_report: api_diff.ApiReport
    old_sdk_version: str
    new_sdk_version: str
    entry: str
    docs_rebuilt: bool


@dataclass(frozen=True)
class _Snapshot:
    """Everything regenerate() may change, to put back on failure."""

    files: dict[Path, bytes | None]
    generated: Path
    saved_generated: Path

    @classmethod
    def take(cls, root: Path, files: list[Path], scratch: Path) -> _Snapshot:
        saved = scratch / "generated-before"
        generated = root / "generated" / "hamsa"
        shutil.copytree(generated, saved, ignore=shutil.ignore_patterns("__pycache__"))
        return cls({f: f.read_bytes() if f.exists() else None for f in files}, generated, saved)

    def restore(self) -> None:
        for path, content in self.files.items():
            if content is None:
                path.unlink(missing_ok=True)
            else:
                path.write_bytes(content)
        shutil.rmtree(self.generated, ignore_errors=True)
        shutil.copytree(self.saved_generated, self.generated)


def _relative(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix()


def regenerate(
    new_spec: Path,
    *,
    root: Path = ROOT,
    api_version: str | None = None,
    day: datetime.date | None = None,
    docs: bool = True,
    verify_after: bool = True,
    publish: bool = False,
) -> Outcome:
    root, new_spec = root.resolve(), new_spec.resolve()
    try:
        new_document = spec_diff.load_spec(new_spec)
    except spec_diff.SpecError as error:
        raise RegenerationError(str(error)) from error
    api_version = api_version or infer_api_version(new_document)
    current = root / "spec" / f"{api_version}.yaml"
    if not current.exists():
        raise RegenerationError(f"{current} does not exist")
    if new_spec == current.resolve():
        raise RegenerationError(
            f"{new_spec} is the current spec itself: pass the new revision from another path "
            f"(spec/{api_version}.yaml is what gets archived)"
        )
    old_version = spec_diff.spec_info(spec_diff.load_spec(current), "").version
    new_version = spec_diff.spec_info(new_document, "").version
    if not new_version:
        raise RegenerationError(f"{new_spec} has no info.version")
    if new_version == old_version:
        raise RegenerationError(
            f"{new_spec} has the same info.version as spec/{api_version}.yaml ({old_version}): "
            "bump info.version in the new revision so the old one can be archived under its own "
            "name"
        )
    history = root / "spec" / "history" / f"{api_version}.{old_version}.yaml"
    if history.exists() and history.read_bytes() != current.read_bytes():
        raise RegenerationError(
            f"{_relative(history, root)} already exists and differs from spec/{api_version}.yaml;"
            " not overwriting an archived revision"
        )
    old_sdk_version = read_version(root)
    try:
        import griffe  # noqa: F401  (fail before changing anything)
    except ImportError as error:
        raise RegenerationError("griffe is missing: pip install griffe==2.4.1") from error

    with tempfile.TemporaryDirectory(prefix="hamsa-regenerate-") as tmp:
        scratch = Path(tmp)
        # The generator rewrites its manifest beside generated/hamsa too.
        manifest = root / "generated" / ".generate-manifest.json"
        changed_files = [current, history, root / VERSION_FILE, root / CHANGELOG, manifest]
        snapshot = _Snapshot.take(root, changed_files, scratch)
        before = api_diff.merge_package(root, scratch / "before")
        try:
            history.parent.mkdir(parents=True, exist_ok=True)
            history.write_bytes(current.read_bytes())
            current.write_bytes(new_spec.read_bytes())
            spec_report = spec_diff.diff_files(
                history,
                current,
                old_name=_relative(history, root),
                new_name=_relative(current, root),
            )
            _generate(root)
            problems = public_import_problems(root)
            if problems:
                raise RegenerationError(
                    "the regenerated code breaks hand-written features (the overlay's public "
                    "names no longer import or work):\n" + "\n".join(f"  - {p}" for p in problems)
                )
            calls = python_calls_markdown(
                load_table(scratch / "generated-before" / OPERATIONS_FILE),
                load_table(root / "generated" / "hamsa" / OPERATIONS_FILE),
                spec_report,
            )
            after = api_diff.merge_package(root, scratch / "after")
            api_report = api_diff.diff_loaded(before, after)
            breaking = spec_report.breaking or api_report.breaking
            changed = bool(spec_report.changes) or api_report.breaking
            new_sdk_version = next_version(old_sdk_version, breaking=breaking, changed=changed)
            reason = bump_reason(old_sdk_version, breaking=breaking, changed=changed)
            entry = changelog_entry(
                new_sdk_version,
                day or datetime.date.today(),
                reason,
                spec_report,
                api_report,
                _relative(history, root),
                calls,
            )
            changelog = root / CHANGELOG
            existing = changelog.read_text(encoding="utf-8") if changelog.exists() else None
            changelog.write_text(insert_entry(existing, entry), encoding="utf-8")
            write_version(root, new_sdk_version)
            if verify_after:
                verify(root)
        except BaseException as error:
            snapshot.restore()
            if isinstance(error, (spec_diff.SpecError, api_diff.ApiDiffError)):
                raise RegenerationError(str(error)) from error
            raise
    # Docs come last: they render from the new spec, overlay docstrings and version.
    docs_rebuilt = _rebuild_docs(root, publish=publish) if docs else False
    return Outcome(
        api_version,
        history,
        spec_report,
        api_report,
        old_sdk_version,
        new_sdk_version,
        entry,
        docs_rebuilt,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("spec", type=Path, help="the new revision of spec/v1.yaml or spec/v2.yaml")
    parser.add_argument("--version", choices=API_VERSIONS, help="default: read from the paths")
    parser.add_argument(
        "--date",
        type=datetime.date.fromisoformat,
        help="date of the CHANGELOG entry, YYYY-MM-DD (default: today)",
    )
    parser.add_argument("--root", type=Path, default=ROOT, help="the repository to change")
    parser.add_argument("--no-docs", action="store_true", help="skip rebuilding the docs")
    parser.add_argument(
        "--publish",
        action="store_true",
        help="deploy the new version's docs onto the local gh-pages branch (mike, alias latest)",
    )
    parser.add_argument(
        "--no-verify",
        action="store_true",
        help="skip running the demo and the fast tests after regenerating",
    )
    args = parser.parse_args(argv)
    try:
        outcome = regenerate(
            args.spec,
            root=args.root,
            api_version=args.version,
            day=args.date,
            docs=not args.no_docs,
            verify_after=not args.no_verify,
            publish=args.publish,
        )
    except DocsError as error:
        print(f"regenerate: {error}", file=sys.stderr)
        print(
            "regenerate: spec/, generated/, the version and CHANGELOG.md were updated.",
            file=sys.stderr,
        )
        return 1
    except RegenerationError as error:
        print(f"regenerate: {error}", file=sys.stderr)
        print("regenerate: nothing was changed.", file=sys.stderr)
        return 1
    root = args.root.resolve()
    print(outcome.entry)
    print(
        f"spec/{outcome.api_version}.yaml: {outcome.spec_report.old.version} → "
        f"{outcome.spec_report.new.version} (previous revision: "
        f"{_relative(outcome.history_file, root)})"
    )
    print(f"hamsa-sdk {outcome.old_sdk_version} → {outcome.new_sdk_version}; see {CHANGELOG}.")
    if not args.no_verify:
        print(f"Verified: {DEMO} against MockHamsa and the fast tests ({', '.join(VERIFY_TESTS)}).")
    if not outcome.docs_rebuilt and not args.no_docs:
        print(f"Docs not rebuilt: {DOCS_SCRIPT} does not exist yet.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

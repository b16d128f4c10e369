"""Whether the derived test tables cover some operations of a spec revision, and whether their
calls work: run in a tree regenerated from that revision (tests/generation/test_maintainers_day.py
does, on its fixture revision):

    PYTHONPATH=<tree>/overlays:<tree>/generated:<tree>/tests:<this tests dir> \
        python coverage_report.py NAME...

NAME is a public operation, e.g. ``web_tools.delete`` or ``v1.web_tools.delete_web_tool``.
``operation_calls`` comes from the tree (so the tables derive from its spec/), this package from
here. Prints one JSON object: for each name, whether the cassette table and the contract table
have an entry for it, the examples server's route, and what each entry's call (sync and async,
plain and raw) gave against that examples server, checked as the replay test checks it.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from operation_calls import SPEC_DIR

from cassettes._examples_server import ExamplesServer, find_route, route_body
from cassettes._operations import Operation, derived_operations
from cassettes._support import TEST_API_KEY, Sdk, Target


def _answer(server: ExamplesServer) -> Any:
    method, path = server.requests[-1]
    route = find_route(method, path)
    assert route is not None, f"{method} {path}: no route"
    body, content_type = route_body(route)
    return json.loads(body) if "json" in content_type else body


def _run(entry: Operation, raw: bool, routes: set[str]) -> str:
    """How the call went, sync and async; the routes that answered it go into ``routes``."""
    with ExamplesServer() as server, tempfile.TemporaryDirectory() as workdir:
        target = Target(mode="docs-examples", base_url=server.url, api_key=TEST_API_KEY)
        outcomes = []
        for kind in ("sync", "async"):
            sdk = Sdk(kind, target)
            try:
                result = sdk.run(lambda c: entry.call(c, target, raw=raw, workdir=Path(workdir)))
                if raw:
                    assert result.status_code == 200
                    result = result.parsed
                entry.check(result, _answer(server))
                outcomes.append("ok")
            except Exception as error:  # reported, not raised: the test says which one failed
                expected = entry.raises is not None and isinstance(error, entry.raises)
                outcomes.append("ok" if expected else f"{type(error).__name__}: {error}")
            finally:
                sdk.close()
        for method, path in server.requests:
            route = find_route(method, path)
            routes.add(f"{method} {route.template if route else path}")
    return "ok" if outcomes == ["ok", "ok"] else "; ".join(outcomes)


def report(names: list[str]) -> dict[str, Any]:
    cassettes = derived_operations(SPEC_DIR)
    contract = derived_operations(SPEC_DIR, every_example=True)
    found: dict[str, Any] = {}
    for name in names:
        entries = [op for op in cassettes if op.name == name]
        calls = {}
        routes: set[str] = set()
        for entry in entries:
            calls[entry.id] = _run(entry, False, routes)
            if entry.raw:
                calls[f"{entry.id} (raw)"] = _run(entry, True, routes)
        found[name] = {
            "cassette": [f"{op.id}: {op.cassette}" for op in entries],
            "contract": [op.id for op in contract if op.name == name],
            "routes": sorted(routes),
            "calls": calls,
        }
    return found


if __name__ == "__main__":
    print(json.dumps(report(sys.argv[1:])))

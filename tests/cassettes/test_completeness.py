"""Every public operation has a cassette entry, and the examples server can answer each one.

The public operations are found by introspecting hamsa.Hamsa / hamsa.AsyncHamsa and by reading
the specs (_public_api.py). The table (_operations.py) and the examples server's routes derive
from the specs, so this fails when the derivation misses a method (one the spec does not
declare, say), and a new endpoint fails test_replay.py until record_from_examples.py has made
its cassette.
"""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from ._examples_server import ROUTES, Route, route_body
from ._operations import OPERATIONS, Operation
from ._public_api import public_operations, raw_twins, resource_operations, spec_routes
from ._support import CASSETTES


def uncovered(operations: Iterable[Operation]) -> set[str]:
    """Public operations no entry calls."""
    return set(public_operations()) - {operation.name for operation in operations}


def raw_uncovered(operations: Iterable[Operation]) -> set[str]:
    """Raw twins (with_raw_response.<method>, <operation>_with_response) no entry calls."""
    generated = {name for name in public_operations() if name.startswith(("v1.", "v2."))}
    return (set(raw_twins()) | generated) - {op.name for op in operations if op.raw}


def test_every_public_operation_has_a_cassette_entry() -> None:
    assert uncovered(OPERATIONS) == set()


def test_every_raw_twin_replays_a_cassette_too() -> None:
    assert raw_uncovered(OPERATIONS) == set()


def test_the_entries_name_only_public_operations() -> None:
    unknown = {op.name for op in OPERATIONS} - set(public_operations())

    assert unknown == set()


def test_only_methods_without_a_raw_twin_skip_the_raw_replay() -> None:
    # An entry with raw=False is either a method that has no twin (conversations.wait) or a
    # variant of one whose twin another entry replays.
    for operation in OPERATIONS:
        if not operation.raw and operation.name in raw_twins():
            assert operation.variant, f"{operation.id}: has a raw twin, replay it"


@pytest.mark.parametrize(
    "missing", ["voice_agents.get", "conversations.wait", "v1.phone_numbers.unassign_phone_number"]
)
def test_the_check_reports_a_missing_operation(missing: str) -> None:
    fewer = [operation for operation in OPERATIONS if operation.name != missing]

    assert uncovered(fewer) == {missing}


def test_the_check_reports_a_missing_raw_replay() -> None:
    fewer = [op for op in OPERATIONS if op.name != "web_tools.test"]

    assert raw_uncovered(fewer) == {"web_tools.test"}


def test_the_public_operations_are_all_found() -> None:
    """The introspection itself finds what there was when this was written (33 hand-written
    methods, the specs' 39 operations), and no raw twin as an operation of its own."""
    assert len(resource_operations()) >= 33
    assert len(public_operations()) >= 33 + 61
    assert {"conversations.wait", "web_tools.test", "v2.web_tools.list_web_tools"} <= set(
        public_operations()
    )
    assert not any(
        "with_raw_response" in name or "_with_response" in name for name in public_operations()
    )
    assert raw_twins() == resource_operations() - {"conversations.wait", "jobs.wait"}


def test_every_committed_cassette_belongs_to_an_entry() -> None:
    stale = {path.stem for path in CASSETTES.glob("*.yaml")} - {op.cassette for op in OPERATIONS}

    assert stale == set()


def test_the_examples_server_answers_every_endpoint_of_the_specs() -> None:
    routes = [(route.method, route.template) for route in ROUTES]

    assert len(routes) == len(set(routes)), "one route per endpoint"
    assert set(routes) == set(spec_routes())


@pytest.mark.parametrize("route", ROUTES, ids=[f"{r.method} {r.template}" for r in ROUTES])
def test_each_route_answers_with_an_example(route: Route) -> None:
    body, content_type = route_body(route)

    assert body and content_type

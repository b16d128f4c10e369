"""Every public operation, sync and async, plain and raw, answered from tests/cassettes.

The committed cassettes were synthesized from the API docs' documented examples (see
record_from_examples.py), not recorded live; re-recording against the real API is described
in conftest.py and the README.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from ._operations import OPERATIONS, Operation
from ._support import Sdk

pytestmark = pytest.mark.block_network


def _with_cassette(operation: Operation) -> Any:
    return pytest.param(
        operation,
        id=operation.id,
        marks=[pytest.mark.vcr, pytest.mark.default_cassette(operation.cassette)],
    )


CASES = [_with_cassette(operation) for operation in OPERATIONS]


def recorded_body(cassette: Any) -> dict[str, Any] | None:
    """The response body the cassette played back, or None when this test recorded it."""
    if cassette.play_count == 0:
        assert cassette.dirty and len(cassette.data) == 1, "a recording holds one request"
        return None
    assert cassette.play_count == 1 and cassette.all_played and not cassette.dirty
    body = cassette.responses[0]["body"]["string"]
    data: dict[str, Any] = json.loads(body)
    return data


@pytest.mark.parametrize("operation", CASES)
def test_operation_replays_its_cassette(operation: Operation, sdk: Sdk, vcr: Any) -> None:
    result = sdk.run(lambda client: operation.call(client, sdk.target))

    operation.check(result, recorded_body(vcr))


@pytest.mark.parametrize("operation", CASES)
def test_raw_variant_replays_the_same_cassette(operation: Operation, sdk: Sdk, vcr: Any) -> None:
    raw = sdk.run(lambda client: operation.call(client, sdk.target, raw=True))

    recorded = recorded_body(vcr)
    assert raw.status_code == 200
    assert raw.headers["content-type"].startswith("application/json")
    operation.check(raw.parsed, recorded)
    if recorded is not None:
        assert json.loads(raw.content) == recorded

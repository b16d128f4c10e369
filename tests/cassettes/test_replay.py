"""Every public operation, sync and async, plain and raw, answered from tests/cassettes.

The committed cassettes were synthesized from the API docs' documented examples (see
record_from_examples.py), not recorded live; re-recording against the real API is described
in conftest.py and the README.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
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
RAW_CASES = [_with_cassette(operation) for operation in OPERATIONS if operation.raw]


def _content_type(headers: dict[str, Any]) -> str:
    for name, values in headers.items():
        if name.lower() == "content-type":
            return str(values[0] if isinstance(values, list) else values)
    return ""


def recorded_response(cassette: Any) -> tuple[Any, str] | None:
    """The body the cassette played back (its JSON, or its bytes for anything else) and its
    content type; None when this test recorded it."""
    if cassette.play_count == 0:
        assert cassette.dirty and len(cassette.data) == 1, "a recording holds one request"
        return None
    assert cassette.play_count == 1 and cassette.all_played and not cassette.dirty
    response = cassette.responses[0]
    body = response["body"]["string"]
    content_type = _content_type(response["headers"])
    if content_type.startswith("application/json"):
        return json.loads(body), content_type
    return (body.encode() if isinstance(body, str) else bytes(body)), content_type


def recorded_body(cassette: Any) -> Any:
    recorded = recorded_response(cassette)
    return None if recorded is None else recorded[0]


def expected_warning(operation: Operation) -> Any:
    return pytest.warns(operation.warns) if operation.warns else contextlib.nullcontext()


@pytest.mark.parametrize("operation", CASES)
def test_operation_replays_its_cassette(
    operation: Operation, sdk: Sdk, vcr: Any, tmp_path: Path
) -> None:
    if operation.raises is not None:
        with pytest.raises(operation.raises):
            sdk.run(lambda client: operation.call(client, sdk.target, workdir=tmp_path))
        return
    with expected_warning(operation):
        result = sdk.run(lambda client: operation.call(client, sdk.target, workdir=tmp_path))

    operation.check(result, recorded_body(vcr))


@pytest.mark.parametrize("operation", RAW_CASES)
def test_raw_variant_replays_the_same_cassette(operation: Operation, sdk: Sdk, vcr: Any) -> None:
    with expected_warning(operation):
        raw = sdk.run(lambda client: operation.call(client, sdk.target, raw=True))

    recorded = recorded_response(vcr)
    assert raw.status_code == 200
    if recorded is None:
        assert raw.headers["content-type"]
        operation.check(raw.parsed, None)
        return
    body, content_type = recorded
    assert raw.headers["content-type"] == content_type
    operation.check(raw.parsed, body)
    if isinstance(body, bytes):
        assert raw.content == body
    else:
        assert json.loads(raw.content) == body

"""Response bodies decode the same whether or not the fast decoder (msgspec) is installed."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from hamsa import _json


@pytest.fixture(params=["fast", "stdlib"])
def loads(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Any:
    if request.param == "stdlib":
        monkeypatch.setattr(_json, "_fast_loads", lambda: None)
    return _json.loads


def test_the_fast_decoder_is_used_where_installed() -> None:
    pytest.importorskip("msgspec")
    assert _json._fast_loads() is not None


@pytest.mark.parametrize(
    "content",
    [
        b'{"success": true, "data": {"id": "a", "n": 1, "x": 0.5, "list": [null, "\\u00e9"]}}',
        b'"\\ud83d\\ude00"',
        b"[]",
        b'{"a": 1, "a": 2}',
    ],
)
def test_decodes_like_json_loads(loads: Any, content: bytes) -> None:
    assert loads(content) == json.loads(content)


def test_integers_of_any_size_stay_exact(loads: Any) -> None:
    big = 123456789012345678901234567890
    assert loads(str(big).encode()) == big


@pytest.mark.parametrize("content", [b"NaN", b"[1e400]", b'"\\ud800"'])
def test_what_only_json_loads_accepts_still_decodes(loads: Any, content: bytes) -> None:
    value, expected = loads(content), json.loads(content)
    if isinstance(expected, float) and math.isnan(expected):
        assert math.isnan(value)
    else:
        assert value == expected


@pytest.mark.parametrize("content", [b"", b"{", b"<html>502</html>", b'{"a": }'])
def test_malformed_json_raises_value_error(loads: Any, content: bytes) -> None:
    with pytest.raises(ValueError):
        loads(content)

"""Decoding response bodies: msgspec's decoder when it is installed (a dependency of the package
on CPython), the standard library otherwise.

msgspec accepts a strict subset of what json.loads does, so anything it refuses (NaN, a lone
surrogate, a number beyond a double) goes to json.loads, which applies its own rules and
errors. Integers of any size come back exact from both. (orjson was measured too: it runs
AVX-512 code where the CPU has it, and the clock drop that follows slowed every request.)

Importing msgspec costs more (5-15 ms) than decoding a few hundred small answers with
json.loads, so a process starts with json.loads, already loaded by httpx, and switches to
msgspec once it has decoded FAST_AFTER bytes (one big page, or a few hundred agents): a
short script's first call does not pay for an import it would never earn back. Both decode
to the same values, so only the speed differs.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from typing import Any, Final

__all__ = ["loads"]

FAST_AFTER: Final = 256 * 1024
_decoded = 0  # bytes json.loads decoded before the switch (a race only moves the switch)


@functools.cache
def _fast_loads() -> Callable[[bytes], Any] | None:
    # Imported on first use, so `import hamsa` stays as cheap as it is.
    try:
        import msgspec
    except ImportError:
        return None
    decode: Callable[[bytes], Any] = msgspec.json.Decoder().decode
    return decode


def loads(content: bytes) -> Any:
    """The JSON value in ``content``; raises ValueError (json.JSONDecodeError) if it is not JSON,
    or nests too deeply for Python to hold (a hostile or broken server)."""
    try:
        return _loads(content)
    except RecursionError:
        raise ValueError("the JSON nests too deeply to decode") from None


def _loads(content: bytes) -> Any:
    global _decoded
    if _decoded < FAST_AFTER:
        _decoded += len(content)
        if _decoded < FAST_AFTER:
            return json.loads(content)
    fast = _fast_loads()
    if fast is not None:
        try:
            return fast(content)
        except Exception:  # msgspec.DecodeError / ValidationError: json.loads has the last word
            pass
    return json.loads(content)

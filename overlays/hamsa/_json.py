"""Decoding response bodies: msgspec's decoder when it is installed (a dependency of the package
on CPython), the standard library otherwise.

msgspec accepts a strict subset of what json.loads does, so anything it refuses (NaN, a lone
surrogate, a number beyond a double) goes to json.loads, which applies its own rules and
errors. Integers of any size come back exact from both. (orjson was measured too: it runs
AVX-512 code where the CPU has it, and the clock drop that follows slowed every request.)
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from typing import Any

__all__ = ["loads"]


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
    """The JSON value in ``content``; raises ValueError (json.JSONDecodeError) if it is not JSON."""
    fast = _fast_loads()
    if fast is not None:
        try:
            return fast(content)
        except Exception:  # msgspec.DecodeError / ValidationError: json.loads has the last word
            pass
    return json.loads(content)

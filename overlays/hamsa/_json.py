"""Decoding response bodies: orjson when it is installed (a CPython dependency of the package),
the standard library otherwise.

orjson accepts a strict subset of what json.loads does, so anything it refuses (NaN, a lone
surrogate) is handed to json.loads and gets the standard library's rules and errors. One
difference remains: an integer beyond 64 bits becomes a float. The API's JSON is produced by
JavaScript, whose numbers are doubles, so no such integer can arrive intact anyway.
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
        import orjson  # noqa: PLC0415
    except ImportError:
        return None
    fast: Callable[[bytes], Any] = orjson.loads
    return fast


def loads(content: bytes) -> Any:
    """The JSON value in ``content``; raises ValueError (json.JSONDecodeError) if it is not JSON."""
    fast = _fast_loads()
    if fast is not None:
        try:
            return fast(content)
        except ValueError:  # orjson.JSONDecodeError subclasses it; json.loads decides
            pass
    return json.loads(content)

"""Why a request body is not JSON, field by field: run only after encoding it failed."""

from __future__ import annotations

import math
from typing import Any

from ._exceptions import Violation, Withheld

_SCALARS = (str, int, bool, type(None))


def json_violations(value: Any, path: str = "body", depth: int = 0) -> list[Violation]:
    """Each value JSON can't carry (NaN or an infinity, a datetime, an object...), by its path
    in the body as sent (wire names). Only the type of a bad value is kept: it may be a secret."""
    if depth > 200:
        return [Violation(path, Withheld.of(value), "nests too deeply to send")]
    if isinstance(value, float):
        if math.isfinite(value):
            return []
        return [Violation(path, value, "must be a finite number (JSON has no NaN or infinity)")]
    if isinstance(value, _SCALARS):
        return []
    if isinstance(value, dict):
        found: list[Violation] = []
        for key, item in value.items():
            if not isinstance(key, str):
                found.append(Violation(f"{path}[{key!r}]", Withheld.of(key), "keys must be text"))
                continue
            found += json_violations(item, f"{path}.{key}", depth + 1)
        return found
    if isinstance(value, list | tuple):
        return [
            problem
            for index, item in enumerate(value)
            for problem in json_violations(item, f"{path}[{index}]", depth + 1)
        ]
    return [
        Violation(
            path,
            Withheld.of(value),
            f"is a {type(value).__name__}, which JSON can't carry: send text, a number, "
            "true/false, null, a list or an object",
        )
    ]

"""Field-name spelling between the wire (camelCase) and Python (snake_case). Its own module, with
nothing heavy to import, so the request path (hamsa._rules) and the mapping table share it."""

from __future__ import annotations

import functools
import re

__all__ = ["to_camel", "to_snake"]

_UPPER_AFTER_WORD = re.compile(r"(?<=[a-z0-9])([A-Z])")


@functools.lru_cache(maxsize=4096)  # the same few dozen field names, on every request
def to_snake(name: str) -> str:
    """maxCallDuration -> max_call_duration."""
    return _UPPER_AFTER_WORD.sub(r"_\1", name).lower()


@functools.lru_cache(maxsize=4096)
def to_camel(name: str) -> str:
    """max_call_duration -> maxCallDuration."""
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)

"""Request bodies from snake_case keyword arguments, keeping user-keyed maps as written."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .._agent_mapping import VERBATIM_KEYS, to_camel, to_snake
from .._base_client import NotGiven

# Maps whose keys the user chooses (HTTP header names, URL parameters, JSON schema properties,
# placeholder names): camelCasing them would change what is sent.
USER_KEYED = frozenset(
    {
        "http_headers",
        "path_parameters",
        "query_params",
        "body",
        *(to_snake(key) for key in VERBATIM_KEYS),
    }
)


def wire_body(fields: Mapping[str, Any]) -> dict[str, Any]:
    """Keyword arguments (NOT_GIVEN meaning 'leave out') as a camelCase JSON dict.

    Nested dicts get camelCase keys too, except under USER_KEYED keys; model objects give
    their own (already wire-shaped) dict.
    """
    given = {key: value for key, value in fields.items() if not isinstance(value, NotGiven)}
    wired = _wire(given, rename=True)
    assert isinstance(wired, dict)
    return wired


def _wire(value: Any, *, rename: bool) -> Any:
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, Mapping):
        return {
            (to_camel(key) if rename and isinstance(key, str) else key): _wire(
                item, rename=rename and key not in USER_KEYED
            )
            for key, item in value.items()
        }
    if isinstance(value, Sequence) and not isinstance(value, str | bytes):
        return [_wire(item, rename=rename) for item in value]
    return value

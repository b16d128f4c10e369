"""From the SDK's snake_case keyword arguments to the API's camelCase wire dicts, and on into
the generated request models, with input mistakes reported as RequestValidationError."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

from ._agent_mapping import camel_keys
from ._base_client import NotGiven
from ._exceptions import RequestValidationError, Violation

M = TypeVar("M")


def _plain(value: Any) -> Any:
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, Mapping):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, Sequence) and not isinstance(value, str | bytes):
        return [_plain(item) for item in value]
    return value


def to_wire(value: Any) -> Any:
    """Model objects give their own dict; plain dicts get camelCase keys, except inside
    user-keyed data such as params (the mapping table's VERBATIM_KEYS)."""
    return camel_keys(_plain(value))


def wire_fields(fields: Mapping[str, Any]) -> dict[str, Any]:
    """Keyword arguments (snake_case, NOT_GIVEN meaning 'leave out') as a camelCase dict."""
    given = {key: value for key, value in fields.items() if not isinstance(value, NotGiven)}
    wired = to_wire(given)
    assert isinstance(wired, dict)
    return wired


def build_model(from_dict: Callable[[Mapping[str, Any]], M], data: Mapping[str, Any]) -> M:
    """Parse user input into a request model; a wrong shape is the caller's mistake, not ours."""
    try:
        return from_dict(data)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        field = str(error.args[0]) if isinstance(error, KeyError) and error.args else ""
        reason = "is required" if isinstance(error, KeyError) else f"has the wrong shape ({error})"
        raise RequestValidationError([Violation(field or "body", None, reason)]) from error

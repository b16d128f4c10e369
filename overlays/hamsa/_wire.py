"""From the SDK's snake_case keyword arguments to the API's camelCase wire dicts, and on into
the generated request models, with input mistakes reported as RequestValidationError."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Protocol, Self, TypeVar

from ._agent_mapping import camel_keys, to_snake
from ._base_client import NotGiven
from ._exceptions import RequestValidationError, Violation
from ._parsing import ModelParseError


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


class _RequestModel(Protocol):
    _REQUIRED_JSON_KEYS: ClassVar[tuple[str, ...]]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...

    def collect_violations(
        self, prefix: str = "", out: list[Violation] | None = None
    ) -> list[Violation]: ...


M = TypeVar("M", bound=_RequestModel)


def build_model(model: type[M], data: Mapping[str, Any], *, prefix: str = "") -> M:
    """Parse user input into a request model and check it, reporting every problem at once:
    missing required fields, values of the wrong shape, and broken constraints."""
    missing = [key for key in model._REQUIRED_JSON_KEYS if key not in data]
    violations = [Violation(prefix + to_snake(key), None, "is required") for key in missing]
    try:
        # Stand-ins for missing required fields, so the other fields still get checked.
        instance = model.from_dict({**data, **dict.fromkeys(missing)})
    except ModelParseError as error:
        path = prefix + ".".join(to_snake(part) for part in error.path)
        violations.append(
            Violation(path or "body", error.value, f"has the wrong shape ({error.reason})")
        )
        raise RequestValidationError(violations) from error
    stand_ins = {violation.path for violation in violations}
    violations += [v for v in instance.collect_violations(prefix) if v.path not in stand_ins]
    if violations:
        raise RequestValidationError(violations)
    return instance

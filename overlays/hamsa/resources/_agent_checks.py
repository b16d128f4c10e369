"""Checks on an agent's fields that need more than one field's constraints: placeholders in
its texts, and outcome_response_shape converted to the documented shape."""

from __future__ import annotations

import warnings
from collections.abc import Callable, Mapping
from typing import Any, Protocol, TypeVar

from .._exceptions import RequestValidationError, Violation
from .._placeholders import PlaceholderWarning, agent_texts, check_template_fields
from ._user_frame import user_stacklevel

T = TypeVar("T")


def prepare_agent(
    nested: dict[str, Any], *, prefix: str = "", strict_placeholders: bool = True
) -> list[Violation]:
    """Convert ``nested["outcomeResponseShape"]`` in place (a dataclass, TypedDict or pydantic
    class becomes the documented dict) and return every problem found, in user terms:
    malformed {{placeholders}} in the conversation texts (a PlaceholderWarning instead when
    ``strict_placeholders`` is False), and a malformed shape."""
    violations = check_template_fields(agent_texts(nested), prefix=f"{prefix}conversation.")
    if violations and not strict_placeholders:
        lines = "\n".join(str(v) for v in violations)
        warnings.warn(
            f"placeholders the SDK can't read; they are sent as written:\n{lines}",
            PlaceholderWarning,
            # warn() runs here, one frame above what user_stacklevel() assumes for its caller.
            stacklevel=user_stacklevel() - 1,
        )
        violations = []
    if "outcomeResponseShape" in nested:
        # Loaded only for an agent that has a shape: it brings in inspect, ast and typing tools.
        from .._outcome_shape import to_outcome_shape

        try:
            nested["outcomeResponseShape"] = to_outcome_shape(
                nested["outcomeResponseShape"], path=f"{prefix}outcome_response_shape"
            )
        except RequestValidationError as error:
            violations += error.violations
            del nested["outcomeResponseShape"]  # so the model still checks every other field
    return violations


class _FieldsModel(Protocol):
    @classmethod
    def _fields_wire(cls, f: Mapping[str, Any]) -> dict[str, Any] | None: ...


def quick_agent_body(model: type[_FieldsModel], given: Mapping[str, Any]) -> dict[str, Any] | None:
    """The agent's body straight from its keyword arguments, when the generated
    ``_fields_wire`` vouches for every field and the cross-field checks pass; None when the
    full path (wire_fields, prepare_agent, the model's checks) must build it and word the
    errors."""
    body = model._fields_wire(given)
    if body is None or prepare_agent(body):
        return None
    return body


def together(violations: list[Violation], build: Callable[[], T]) -> T:
    """``build()`` (which raises RequestValidationError on its own problems), reporting
    ``violations`` with its problems in one error."""
    try:
        built = build()
    except RequestValidationError as error:
        raise RequestValidationError([*violations, *error.violations]) from error
    if violations:
        raise RequestValidationError(violations)
    return built

"""Checks on an agent's fields that need more than one field's constraints: placeholders in
its texts, and outcome_response_shape converted to the documented shape."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from .._exceptions import RequestValidationError, Violation
from .._outcome_shape import to_outcome_shape
from .._placeholders import agent_texts, check_template_fields

T = TypeVar("T")


def prepare_agent(nested: dict[str, Any], *, prefix: str = "") -> list[Violation]:
    """Convert ``nested["outcomeResponseShape"]`` in place (a dataclass, TypedDict or pydantic
    class becomes the documented dict) and return every problem found, in user terms:
    malformed {{placeholders}} in the conversation texts, and a malformed shape."""
    violations = check_template_fields(agent_texts(nested), prefix=f"{prefix}conversation.")
    if "outcomeResponseShape" in nested:
        try:
            nested["outcomeResponseShape"] = to_outcome_shape(
                nested["outcomeResponseShape"], path=f"{prefix}outcome_response_shape"
            )
        except RequestValidationError as error:
            violations += error.violations
            del nested["outcomeResponseShape"]  # so the model still checks every other field
    return violations


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

"""Constraint checks called by the generated models' collect_violations().

The generator decides *which* check applies to which field, from the spec; this module only
says how each kind of check is judged and worded. Unset and None values are not checked:
whether a field may be left out is the model's and the spec's business, not a range's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import Enum
from functools import cache
from typing import Any

from ._exceptions import RequestValidationError, Violation

__all__ = [
    "ABSENT",
    "UUID_SEARCH",
    "Violation",
    "check_each_enum",
    "check_each_uuid",
    "check_enum",
    "check_items",
    "check_length",
    "check_number",
    "check_pattern",
    "check_query",
    "check_type",
    "check_uri",
    "check_uuid",
    "raise_if_any",
]


class _Absent:
    __slots__ = ()

    def __repr__(self) -> str:
        return "ABSENT"


# What the generated _wire_ok() reads for a key the dict lacks; unlike UNSET, never a value.
ABSENT: Any = _Absent()


def _absent(value: Any) -> bool:
    # Unset lives in each generated package; it is falsy and has no other state.
    return value is None or type(value).__name__ == "Unset"


def _fmt(number: float) -> str:
    return f"{number:g}"


def check_number(
    out: list[Violation],
    path: str,
    value: Any,
    *,
    minimum: float | None = None,
    maximum: float | None = None,
    exclusive_minimum: float | None = None,
    exclusive_maximum: float | None = None,
) -> None:
    if _absent(value) or isinstance(value, bool) or not isinstance(value, int | float):
        return
    low_ok = (minimum is None or value >= minimum) and (
        exclusive_minimum is None or value > exclusive_minimum
    )
    high_ok = (maximum is None or value <= maximum) and (
        exclusive_maximum is None or value < exclusive_maximum
    )
    if low_ok and high_ok:
        return
    if minimum is not None and maximum is not None:
        rule = f"must be between {_fmt(minimum)} and {_fmt(maximum)}"
    elif minimum is not None:
        rule = f"must be at least {_fmt(minimum)}"
    elif maximum is not None:
        rule = f"must be at most {_fmt(maximum)}"
    elif exclusive_minimum is not None and exclusive_maximum is not None:
        rule = f"must be above {_fmt(exclusive_minimum)} and below {_fmt(exclusive_maximum)}"
    elif exclusive_minimum is not None:
        rule = f"must be above {_fmt(exclusive_minimum)}"
    else:
        rule = f"must be below {_fmt(exclusive_maximum or 0)}"
    out.append(Violation(path=path, value=value, constraint=rule))


def check_length(
    out: list[Violation],
    path: str,
    value: Any,
    *,
    min_length: int | None = None,
    max_length: int | None = None,
) -> None:
    if _absent(value) or not isinstance(value, str):
        return
    size = len(value)
    if max_length is not None and size > max_length:
        out.append(Violation(path, value, f"must be at most {max_length} characters (got {size})"))
    if min_length is not None and size < min_length:
        out.append(Violation(path, value, f"must be at least {min_length} characters (got {size})"))


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


# Patterns the specs share, said in words a caller acts on (the pattern is still shown).
_PATTERN_WORDS = {
    r"^\+[1-9][0-9]{7,14}$": "must be an E.164 phone number, + then 8 to 15 digits "
    "(e.g. +15551234567)",
}


def check_pattern(out: list[Violation], path: str, value: Any, *, pattern: str) -> None:
    if _absent(value) or not isinstance(value, str):
        return
    if _compiled(pattern).search(value) is None:
        words = _PATTERN_WORDS.get(pattern)
        rule = (
            f"{words}; the pattern is {pattern}" if words else f"must match the pattern {pattern}"
        )
        out.append(Violation(path, value, rule))


def _enum_value(value: Any) -> Any:
    return getattr(value, "value", value)


def check_enum(out: list[Violation], path: str, value: Any, *, allowed: Sequence[Any]) -> None:
    if _absent(value):
        return
    if _enum_value(value) not in allowed:
        choices = ", ".join(repr(a) for a in allowed)
        out.append(Violation(path, _enum_value(value), f"must be one of {choices}"))


def check_each_enum(out: list[Violation], path: str, value: Any, *, allowed: Sequence[Any]) -> None:
    if _absent(value) or not isinstance(value, list):
        return
    for index, item in enumerate(value):
        check_enum(out, f"{path}[{index}]", item, allowed=allowed)


def check_items(
    out: list[Violation],
    path: str,
    value: Any,
    *,
    min_items: int | None = None,
    max_items: int | None = None,
) -> None:
    if _absent(value) or not isinstance(value, list):
        return
    if min_items is not None and len(value) < min_items:
        out.append(Violation(path, value, f"must have at least {min_items} item(s)"))
    if max_items is not None and len(value) > max_items:
        out.append(Violation(path, value, f"must have at most {max_items} item(s)"))


def raise_if_any(violations: list[Violation]) -> None:
    if violations:
        raise RequestValidationError(violations)


_UUID = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
# The generated fast accepts test ids with this (the very test check_uuid applies).
UUID_SEARCH = re.compile(_UUID).search


def check_uuid(out: list[Violation], path: str, value: Any) -> None:
    if _absent(value) or not isinstance(value, str):
        return
    if _compiled(_UUID).search(value) is None:
        out.append(
            Violation(path, value, "must be a UUID such as 48f7656f-098b-4c43-b165-7cfd2cc8ac30")
        )


def check_each_uuid(out: list[Violation], path: str, value: Any) -> None:
    if _absent(value) or not isinstance(value, list):
        return
    for index, item in enumerate(value):
        check_uuid(out, f"{path}[{index}]", item)


_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "number": (int, float),
    "integer": (int,),
    "boolean": (bool,),
    "array": (list, tuple),
}


def check_type(
    out: list[Violation], path: str, value: Any, expected: str, nullable: bool = True
) -> None:
    # expected/nullable may be positional: the generated calls stay on one short line.
    if value is None and not nullable:
        out.append(Violation(path, value, f"must be a JSON {expected}; null is not allowed here"))
        return
    if _absent(value):
        return
    # bool is an int to Python but not a number to the API.
    wrong_bool = isinstance(value, bool) and expected != "boolean"
    if wrong_bool or not isinstance(value, _JSON_TYPES[expected]):
        out.append(Violation(path, value, f"must be a JSON {expected}, not {type(value).__name__}"))


# RFC 3986 absolute URI: a scheme, then no whitespace. http(s) URLs also need a host.
_URI = r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$"


def check_uri(out: list[Violation], path: str, value: Any) -> None:
    if _absent(value) or not isinstance(value, str):
        return
    bad = _compiled(_URI).search(value) is None
    if not bad and value.lower().startswith(("http:", "https:")):
        bad = not value.split(":", 1)[1].startswith("//") or len(value.split("/")) < 3
        bad = bad or not value.split("/")[2]
    if bad:
        out.append(
            Violation(path, value, "must be an absolute URI such as https://example.com/hook")
        )


_QUERY_SCALARS = (str, int, float, bool)


def check_query(
    out: list[Violation],
    path: str,
    value: Any,
    *,
    enum: type[Enum] | None = None,
    many: bool = False,
) -> None:
    """A query parameter of a generated operation: a member of ``enum`` (or a list of them with
    ``many``), else text, a number or a bool (or a list of them)."""
    if value is None and (enum is not None or many):  # the generated code would call .value
        out.append(Violation(path, value, "must be left out, not None"))
        return
    if _absent(value):
        return
    if many and not isinstance(value, list | tuple):
        out.append(Violation(path, value, f"must be a list, not {type(value).__name__}"))
        return
    for index, item in enumerate(value if many else [value]):
        where = f"{path}[{index}]" if many else path
        if enum is not None and not isinstance(item, enum):
            choices = ", ".join(f"{enum.__name__}.{m.name}" for m in list(enum)[:4])
            out.append(Violation(where, item, f"must be a {enum.__name__} such as {choices}"))
        elif enum is None and (
            not isinstance(item, _QUERY_SCALARS)
            or (isinstance(item, float) and item != item)  # NaN
        ):
            out.append(Violation(where, item, "must be text, a number or a bool"))

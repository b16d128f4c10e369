"""Query parameters in the user's terms, checked and converted before anything is sent.

The generated query builders pass their arguments through unchecked, so the documented rules
for query parameters (enum values, UUIDs, instants, ranges) are enforced here, every problem
reported at once and named by the user's keyword argument.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from enum import StrEnum
from typing import Any, TypeVar

from .. import _constraints
from .._base_client import NotGiven
from .._exceptions import RequestValidationError, Violation

E = TypeVar("E", bound=StrEnum)

# Documented period of an analytics query or export that takes startPeriod/endPeriod.
CUSTOM_PERIOD = "CUSTOM"


class Query:
    """Keyword arguments for a generated ``request_options``: only the values the user gave,
    converted to what that function takes; the problems found, in ``violations``."""

    def __init__(self) -> None:
        self.kwargs: dict[str, Any] = {}
        self.violations: list[Violation] = []

    def checked(self) -> dict[str, Any]:
        """The keyword arguments, or RequestValidationError naming every problem."""
        if self.violations:
            raise RequestValidationError(self.violations)
        return self.kwargs

    def problem(self, path: str, value: object, constraint: str) -> None:
        self.violations.append(Violation(path, value, constraint))

    def value(self, name: str, value: Any, *, expected: str = "string") -> None:
        """A plain value of a JSON type (``expected``), sent as given."""
        if value is None or isinstance(value, NotGiven):
            return
        before = len(self.violations)
        _constraints.check_type(self.violations, _path(name), value, expected=expected)
        if len(self.violations) == before:
            self.kwargs[name] = value

    def matching(self, name: str, value: str | NotGiven | None, pattern: str) -> None:
        """A string the spec constrains with a ``pattern`` (e.g. an ISO 8601 date-time)."""
        if value is None or isinstance(value, NotGiven):
            return
        before = len(self.violations)
        _constraints.check_type(self.violations, _path(name), value, expected="string")
        if len(self.violations) == before:
            _constraints.check_pattern(self.violations, _path(name), value, pattern=pattern)
        if len(self.violations) == before:
            self.kwargs[name] = value

    def text_flag(self, name: str, value: bool | NotGiven | None) -> None:
        """A yes/no filter the API documents as the string ``"true"`` or ``"false"``."""
        if value is None or isinstance(value, NotGiven):
            return
        if not isinstance(value, bool):
            self.problem(_path(name), value, "must be True or False")
            return
        self.kwargs[name] = "true" if value else "false"

    def uuid(self, name: str, value: str | NotGiven | None) -> None:
        if value is None or isinstance(value, NotGiven):
            return
        before = len(self.violations)
        _constraints.check_type(self.violations, _path(name), value, expected="string")
        _constraints.check_uuid(self.violations, _path(name), value)
        if len(self.violations) == before:
            self.kwargs[name] = value

    def enum(self, name: str, enum: type[E], value: E | str | NotGiven | None) -> None:
        if value is None or isinstance(value, NotGiven):
            return
        member = _member(enum, value, _path(name), self.violations)
        if member is not None:
            self.kwargs[name] = member

    def enums(
        self, name: str, enum: type[E], values: Iterable[E | str] | E | str | NotGiven | None
    ) -> None:
        """A list of enum values (sent as a repeated parameter); one value is a list of one."""
        items = self._listed(name, values, "one value or a list of values")
        if items is None:
            return
        members = [
            _member(enum, item, f"{_path(name)}[{i}]", self.violations)
            for i, item in enumerate(items)
        ]
        if all(member is not None for member in members):
            self.kwargs[name] = members

    def strings(self, name: str, values: Iterable[str] | str | NotGiven | None) -> None:
        """A list of strings (sent as a repeated parameter); one string is a list of one."""
        items = self._listed(name, values, "a string or a list of strings")
        if items is None:
            return
        before = len(self.violations)
        for index, item in enumerate(items):
            if not isinstance(item, str):
                self.problem(f"{_path(name)}[{index}]", item, "must be a string")
        if len(self.violations) == before:
            self.kwargs[name] = items

    def _listed(self, name: str, values: Any, allowed: str) -> list[Any] | None:
        """``values`` as a list; None when left out, or not one value nor a list of them (a
        problem recorded, naming what is ``allowed``)."""
        if values is None or isinstance(values, NotGiven):
            return None
        items = _as_list(values)
        if items is None:
            self.problem(_path(name), values, f"must be {allowed}")
        return items

    def epoch_ms(
        self, name: str, value: datetime | int | NotGiven | None, *, as_text: bool = False
    ) -> int | None:
        """An instant as UTC epoch milliseconds (an int, or its decimal string with ``as_text``,
        as some endpoints document it); returns the milliseconds for range checks."""
        if value is None or isinstance(value, NotGiven):
            return None
        millis = _epoch_ms(value, _path(name), self.violations)
        if millis is not None:
            self.kwargs[name] = str(millis) if as_text else millis
        return millis

    def ordered(self, start: tuple[str, int | None], end: tuple[str, int | None]) -> None:
        """The end of a window must not come before its start."""
        (start_name, start_ms), (end_name, end_ms) = start, end
        if start_ms is not None and end_ms is not None and end_ms < start_ms:
            self.problem(_path(end_name), end_ms, f"must not be earlier than {_path(start_name)}")

    def required(self, name: str, value: object) -> None:
        if value is None or isinstance(value, NotGiven):
            self.problem(_path(name), None, "is required")

    def period(
        self,
        enum: type[E],
        name: str,
        period: E | str | NotGiven | None,
        start_name: str,
        start: datetime | int | NotGiven | None,
        end_name: str,
        end: datetime | int | NotGiven | None,
    ) -> None:
        """A period enum with the start and end of a ``CUSTOM`` one, sent as epoch-millisecond
        strings (as documented). Giving a start or end implies ``CUSTOM``."""
        chosen_period = None if isinstance(period, NotGiven) else period
        start = None if isinstance(start, NotGiven) else start
        end = None if isinstance(end, NotGiven) else end
        custom = start is not None or end is not None
        if chosen_period is None and custom:
            chosen_period = CUSTOM_PERIOD
        self.enum(name, enum, chosen_period)
        start_ms = self.epoch_ms(start_name, start, as_text=True)
        end_ms = self.epoch_ms(end_name, end, as_text=True)
        chosen = self.kwargs.get(name)
        if chosen is not None and chosen.value == CUSTOM_PERIOD:
            for bound, given in ((start_name, start), (end_name, end)):
                if given is None:
                    self.problem(bound, None, f"is required with {name}='CUSTOM'")
        elif chosen is not None and custom:
            self.problem(name, chosen.value, f"must be 'CUSTOM' with {start_name}/{end_name}")
        self.ordered((start_name, start_ms), (end_name, end_ms))

    def utc_offset(self, name: str, value: int | float | str | NotGiven | None) -> None:
        """An offset from UTC, e.g. -3, documented as a string ("-3")."""
        if value is None or isinstance(value, NotGiven):
            return
        text = value if isinstance(value, str) else _number_text(value)
        if text is None or not _is_number(text):
            self.problem(_path(name), value, "must be a number such as -3 or '5.5'")
            return
        self.kwargs[name] = text


def _path(name: str) -> str:
    # request_options spells some arguments with a trailing underscore (type_); users don't.
    return name.rstrip("_")


def _member(enum: type[E], value: E | str, path: str, out: list[Violation]) -> E | None:
    known = [member.value for member in enum]
    if isinstance(value, str) and value in known:
        return enum(value)
    out.append(Violation(path, value, "must be one of " + ", ".join(repr(v) for v in known)))
    return None


def _epoch_ms(value: datetime | int, path: str, out: list[Violation]) -> int | None:
    if isinstance(value, datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            # A naive datetime would silently be read as local time.
            out.append(Violation(path, value, "must be timezone-aware, e.g. datetime.now(UTC)"))
            return None
        return round(value.timestamp() * 1000)
    if isinstance(value, int) and not isinstance(value, bool):
        if value < 0:
            out.append(Violation(path, value, "must be at least 0 (epoch milliseconds)"))
            return None
        return value
    out.append(
        Violation(path, value, "must be a timezone-aware datetime or UTC epoch milliseconds")
    )
    return None


def _number_text(value: object) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return f"{value:g}" if isinstance(value, float) else str(value)


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _as_list(values: object) -> list[Any] | None:
    """One string (or str enum member) as a list of one, any other iterable as a list; None
    for what is neither (a number, a mapping, bytes), which the caller reports."""
    if isinstance(values, str):
        return [values]
    if isinstance(values, Iterable) and not isinstance(values, bytes | Mapping):
        return list(values)
    return None

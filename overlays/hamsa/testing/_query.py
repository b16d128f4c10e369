"""Query-string checks: each parameter read the way the spec types it, and every problem found
answered in one 400 with the same envelope as the body checks (_validation.invalid).

Handlers read all their parameters first, then call ``check()`` before using any of them: a
bad value reads as its default meanwhile, so every problem gets reported at once.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import TypeVar

from .. import _constraints
from .._exceptions import Violation
from ._messages import MockRequest
from ._validation import invalid

__all__ = ["QueryReader", "page_slice"]

T = TypeVar("T")
_INTEGER = re.compile(r"-?[0-9]+")


def page_slice(items: Sequence[T], page: int, size: int) -> list[T]:
    """Page ``page`` (1-based, as every Hamsa list numbers them) of ``size`` items."""
    start = (page - 1) * size
    return list(items[start : start + size])


class QueryReader:
    """Typed reads of one request's query parameters, collecting the problems."""

    def __init__(self, request: MockRequest) -> None:
        self._request = request
        self.problems: list[dict[str, str]] = []

    def check(self) -> None:
        """400 ValidationError listing every problem found so far, if any."""
        if self.problems:
            raise invalid(self.problems)

    def problem(self, name: str, message: str) -> None:
        self.problems.append({"field": name, "message": message})

    def text(self, name: str) -> str | None:
        return self._request.query.get(name)

    def page(self, name: str, default: int, *, maximum: int | None = None) -> int:
        """A page number or size: an integer of at least 1 (and at most ``maximum``)."""
        raw = self.text(name)
        if raw is None:
            return default
        value = _integer(raw)
        if value is None or value < 1 or (maximum is not None and value > maximum):
            limit = f" and at most {maximum}" if maximum is not None else ""
            self.problem(name, f"must be an integer of at least 1{limit}")
            return default
        return value

    def flag(self, name: str) -> bool | None:
        """A boolean, written ``true`` or ``false`` (as clients serialise it)."""
        raw = self.text(name)
        if raw is None:
            return None
        if raw not in ("true", "false"):
            self.problem(name, "must be true or false")
            return None
        return raw == "true"

    def uuid(self, name: str, *, required: bool = False) -> str | None:
        raw = self.text(name)
        if raw is None:
            if required:
                self.problem(name, "is required")
            return None
        violations: list[Violation] = []
        _constraints.check_uuid(violations, name, raw)
        if violations:
            self.problem(name, violations[0].constraint)
            return None
        return raw

    def choice(self, name: str, allowed: Sequence[str]) -> str | None:
        """One value out of ``allowed`` (an enum of the spec)."""
        values = self.choices(name, allowed)
        return values[0] if values else None

    def choices(self, name: str, allowed: Sequence[str] | None = None) -> list[str]:
        """Every value of a repeated parameter (``status=A&status=B``), each out of
        ``allowed`` unless that is None."""
        values = list(self._request.query_lists.get(name, ()))
        bad = [value for value in values if allowed is not None and value not in allowed]
        if bad:
            self.problem(name, "must be one of " + ", ".join(repr(a) for a in allowed or ()))
            return []
        return values

    def epoch_ms(self, name: str) -> int | None:
        """An instant in UTC epoch milliseconds (sent as an integer, or as its digits where the
        spec types it as a string)."""
        raw = self.text(name)
        if raw is None:
            return None
        value = _integer(raw)
        if value is None or value < 0:
            self.problem(name, "must be UTC epoch milliseconds (a whole number of at least 0)")
            return None
        return value

    def number(self, name: str) -> float | None:
        raw = self.text(name)
        if raw is None:
            return None
        try:
            value = float(raw)
        except ValueError:
            value = math.nan
        if not math.isfinite(value):
            self.problem(name, "must be a number such as -3 or 5.5")
            return None
        return value


def _integer(raw: str) -> int | None:
    # Stricter than int(), which also takes " 5", "+5" and "1_000".
    if _INTEGER.fullmatch(raw) is None:
        return None
    try:
        return int(raw)
    except ValueError:  # more digits than Python converts
        return None

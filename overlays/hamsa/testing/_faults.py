"""Injected faults: answers MockHamsa gives instead of (or on top of) the normal ones."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Literal

import attrs

from ._messages import MockResponse, error_body, message_key_for
from ._routes import compile_template

__all__ = ["Fault", "FaultQueue"]


@attrs.define
class Fault:
    """``fail``: answer ``status`` without touching any state. ``reset``: drop the connection
    halfway through the response body, after processing the request if ``process``."""

    kind: Literal["fail", "reset"]
    method: str | None  # None: any method
    pattern: re.Pattern[str] | None  # None: any path
    remaining: int
    status: int = 500
    headers: Mapping[str, str] = attrs.field(factory=dict)
    body: Any = None
    process: bool = True
    content_type: str | None = None  # for a bytes body, e.g. "text/html"

    def matches(self, method: str, path: str) -> bool:
        if self.method is not None and self.method != method:
            return False
        return self.pattern is None or self.pattern.fullmatch(path) is not None

    def response(self) -> MockResponse:
        body = self.body
        if body is None:
            message = f"Injected fault: HTTP {self.status}"
            body = error_body(message, message_key_for(self.status))
        if self.content_type is not None:
            return MockResponse(self.status, body, dict(self.headers), self.content_type)
        return MockResponse(self.status, body, dict(self.headers))


class FaultQueue:
    """Faults waiting for matching requests, oldest first. Callers hold MockHamsa's lock."""

    def __init__(self) -> None:
        self._faults: list[Fault] = []

    def add(
        self,
        kind: Literal["fail", "reset"],
        method: str | None,
        path: str | None,
        *,
        times: int,
        **options: Any,
    ) -> None:
        if times < 1:
            raise ValueError(f"times must be at least 1, got {times}")
        pattern = None if path is None else compile_template(path.split("?", 1)[0])
        verb = None if method is None else method.upper()
        self._faults.append(Fault(kind, verb, pattern, times, **options))

    def take(self, method: str, path: str) -> Fault | None:
        """The first fault matching this request, counted as used."""
        for fault in self._faults:
            if fault.matches(method, path):
                fault.remaining -= 1
                if fault.remaining == 0:
                    self._faults.remove(fault)
                return fault
        return None

    def clear(self) -> None:
        self._faults.clear()

    def __len__(self) -> int:
        return len(self._faults)

"""Injected realtime faults: what MockHamsa's WebSocket does instead of answering a request."""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = ["RealtimeFault", "RealtimeFaultQueue"]


@attrs.define
class RealtimeFault:
    """``error``: answer with an error frame carrying ``message``. ``close``: send the ack and
    ``after_chunks`` audio frames of a TTS answer (nothing of an STT one), then close with
    ``code`` (None: drop the TCP connection, no close frame). ``stall``: the same start, then
    fall silent, pings unanswered, for ``seconds``."""

    kind: Literal["error", "close", "stall"]
    request_type: str | None  # "tts", "stt" or None for any
    remaining: int
    message: str = "Injected fault"
    after_chunks: int = 1
    code: int | None = 1011
    reason: str = "Injected close"
    seconds: float = 30.0


class RealtimeFaultQueue:
    """Faults waiting for matching realtime requests, oldest first. Callers hold MockHamsa's
    lock."""

    def __init__(self) -> None:
        self._faults: list[RealtimeFault] = []

    def add(
        self,
        kind: Literal["error", "close", "stall"],
        request_type: str | None,
        *,
        times: int,
        **options: Any,
    ) -> None:
        if times < 1:
            raise ValueError(f"times must be at least 1, got {times}")
        if request_type not in (None, "tts", "stt"):
            raise ValueError(f"request_type must be 'tts', 'stt' or None, got {request_type!r}")
        self._faults.append(RealtimeFault(kind, request_type, times, **options))

    def take(self, request_type: str) -> RealtimeFault | None:
        """The first fault matching this request, counted as used."""
        for fault in self._faults:
            if fault.request_type in (None, request_type):
                fault.remaining -= 1
                if fault.remaining == 0:
                    self._faults.remove(fault)
                return fault
        return None

    def clear(self) -> None:
        self._faults.clear()

    def __len__(self) -> int:
        return len(self._faults)

"""The time window of an analytics query or export: ``period`` (TODAY when left out), for
CUSTOM its ``startPeriod``/``endPeriod`` in epoch milliseconds, and ``timeDifference``, the
caller's offset from UTC in hours, which decides where their days, weeks and months begin."""

from __future__ import annotations

from datetime import datetime, timedelta

import attrs

from ._query import QueryReader

__all__ = ["PERIODS", "Window", "epoch_ms", "read_window"]

PERIODS = ("LAST_HOUR", "TODAY", "YESTERDAY", "THIS_WEEK", "THIS_MONTH", "CUSTOM")
MAX_OFFSET_HOURS = 14  # UTC offsets in use run from -12 to +14


def epoch_ms(moment: datetime) -> int:
    return round(moment.timestamp() * 1000)


@attrs.frozen
class Window:
    """Instants from ``start`` to ``end`` (epoch ms, both included; None: unbounded)."""

    start: int | None
    end: int | None
    offset: timedelta  # the caller's offset from UTC

    def __contains__(self, moment: datetime) -> bool:
        at = epoch_ms(moment)
        return (self.start is None or at >= self.start) and (self.end is None or at <= self.end)


def read_window(query: QueryReader, now: datetime) -> Window:
    """The window the query asks for; its problems are left in ``query`` (call check())."""
    period = query.choice("period", PERIODS) or "TODAY"
    start = query.epoch_ms("startPeriod")
    end = query.epoch_ms("endPeriod")
    hours = query.number("timeDifference") or 0.0
    if abs(hours) > MAX_OFFSET_HOURS:
        query.problem("timeDifference", "must be hours from UTC, -14 to 14")
        hours = 0.0
    offset = timedelta(hours=hours)
    if period == "CUSTOM":
        for name, given in (("startPeriod", start), ("endPeriod", end)):
            if given is None and query.text(name) is None:
                query.problem(name, "is required with CUSTOM")
        if start is not None and end is not None and end < start:
            query.problem("endPeriod", "must not be earlier than startPeriod")
        return Window(start, end, offset)
    local_now = now + offset
    midnight = local_now.replace(hour=0, minute=0, second=0, microsecond=0) - offset
    begins = {
        "LAST_HOUR": now - timedelta(hours=1),
        "TODAY": midnight,
        "YESTERDAY": midnight - timedelta(days=1),
        "THIS_WEEK": midnight - timedelta(days=local_now.weekday()),
        "THIS_MONTH": midnight - timedelta(days=local_now.day - 1),
    }
    last = epoch_ms(midnight) - 1 if period == "YESTERDAY" else None
    return Window(epoch_ms(begins[period]), last, offset)

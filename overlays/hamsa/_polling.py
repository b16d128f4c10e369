"""Waiting for a record to reach a final status, for every operation the spec marks
``x-hamsa-wait`` (``client.conversations.wait``): the final values come from ``x-hamsa-final``
on the status enum, through the generated table hamsa._operations."""

from __future__ import annotations

from ._exceptions import APITimeoutError, ConfigurationError


def final_values(version: str, schema: str) -> frozenset[str]:
    """The values of the status enum ``schema`` that the spec marks final (x-hamsa-final).
    Looked up on each wait, so a new final status reaches users on regeneration."""
    from . import _operations

    for enum in _operations.STATUS_ENUMS:
        if (enum.version, enum.schema) == (version, schema):
            return frozenset(enum.final)
    raise LookupError(f"the operation table marks no final {version} {schema} values")


class Polling:
    """One wait: its arguments checked before the first request, then the time spent."""

    def __init__(
        self, noun: str, key: str, poll_interval: object, max_wait: object, final: frozenset[str]
    ) -> None:
        for name, value in (("poll_interval", poll_interval), ("max_wait", max_wait)):
            if (
                isinstance(value, bool)
                or not isinstance(value, int | float)
                or not 0 <= value < float("inf")
            ):
                raise ConfigurationError(
                    f"{name} must be a finite number of seconds >= 0, got {value!r}"
                )
        self.noun, self.key, self.final = noun, key, final
        self.interval = float(poll_interval)  # type: ignore[arg-type]
        self.max_wait = float(max_wait)  # type: ignore[arg-type]
        self.waited = 0.0

    def done(self, status: object) -> bool:
        return status in self.final

    def pause(self) -> float:
        """The seconds to sleep before the next poll; APITimeoutError once max_wait is spent."""
        if self.waited >= self.max_wait:
            raise APITimeoutError(
                f"{self.noun} {self.key} had not finished after {self.waited:g} s of polling"
            )
        self.waited += self.interval
        return self.interval

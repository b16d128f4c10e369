"""What MockHamsa remembers between requests: agents (once, in the unified shape) and calls,
with the call status machine PENDING -> IN_PROGRESS -> final."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import attrs

from ._messages import ApiError

__all__ = ["FINAL_STATUSES", "MockCall", "MockState", "timestamp"]

FINAL_STATUSES = frozenset({"COMPLETED", "NO_ANSWER", "FAILED", "FORWARDED", "TERMINATED"})
# Length reported for a call that ended by polling (no call_duration given), in seconds.
POLLED_CALL_SECONDS = 60


def timestamp(moment: datetime) -> str:
    """ISO 8601 in UTC with a Z, as the API writes it."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@attrs.define
class MockCall:
    """One started call (its conversation), as MockHamsa.conversations shows it."""

    id: str
    to_number: str
    from_number: str | None
    voice_agent_id: str | None  # None when the call carried agentDetails instead
    agent_details: dict[str, Any]  # the agent the call runs with, v1 flat shape
    webhook_url: str | None
    created_at: datetime
    started: float  # MockHamsa's clock when the call started
    status: str = "PENDING"
    call_duration: int | None = None  # seconds, once the call has ended
    history: list[tuple[str, datetime]] = attrs.field(factory=list)  # (status, when)

    @property
    def is_final(self) -> bool:
        return self.status in FINAL_STATUSES


@attrs.define
class MockState:
    """Agents and calls, plus how calls progress. Callers hold MockHamsa's lock."""

    clock: Callable[[], float]
    call_duration: float | None = None  # None: one status step per GET of the conversation
    final_status: str = "COMPLETED"
    agents: dict[str, dict[str, Any]] = attrs.field(factory=dict)  # id -> unified agent
    calls: dict[str, MockCall] = attrs.field(factory=dict)

    @staticmethod
    def new_id() -> str:
        return str(uuid.uuid4())

    @staticmethod
    def now() -> datetime:
        return datetime.now(UTC)

    def agent(self, agent_id: str) -> dict[str, Any]:
        try:
            return self.agents[agent_id]
        except KeyError:
            raise ApiError(
                404, f"Voice agent {agent_id} was not found.", "VoiceAgentNotFound"
            ) from None

    def call(self, conversation_id: str) -> MockCall:
        try:
            record = self.calls[conversation_id]
        except KeyError:
            raise ApiError(
                404, f"Conversation {conversation_id} was not found.", "ConversationNotFound"
            ) from None
        self._catch_up(record)
        return record

    def set_status(self, record: MockCall, status: str, *, duration: int | None = None) -> None:
        if record.status == status:
            return
        record.status = status
        record.history.append((status, self.now()))
        if status in FINAL_STATUSES:
            elapsed = int(self.clock() - record.started)
            record.call_duration = elapsed if duration is None else duration

    def poll(self, record: MockCall) -> None:
        """A GET of the conversation: without call_duration, each poll moves one step on."""
        if self.call_duration is not None or record.is_final:
            return
        if record.status == "PENDING":
            self.set_status(record, "IN_PROGRESS")
        else:
            self.set_status(record, self.final_status, duration=self._final_duration())

    def _catch_up(self, record: MockCall) -> None:
        """With call_duration, the status follows the clock."""
        if self.call_duration is None or record.is_final:
            return
        if self.clock() - record.started >= self.call_duration:
            self.set_status(record, "IN_PROGRESS")
            self.set_status(record, self.final_status, duration=self._final_duration())
        else:
            self.set_status(record, "IN_PROGRESS")

    def _final_duration(self) -> int:
        if self.final_status != "COMPLETED":
            return 0
        if self.call_duration is None:
            return POLLED_CALL_SECONDS
        return round(self.call_duration)

"""What MockHamsa remembers between requests: agents (once, in the unified shape), calls with
the call status machine PENDING -> IN_PROGRESS -> final, and the project's web tools,
knowledge-base items, voice dictionaries and phone numbers (each as the API returns it)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import attrs

from .._polling import final_values
from .._redact import masked_mapping
from ._messages import ApiError

__all__ = ["FINAL_STATUSES", "MockCall", "MockState", "timestamp"]

# The CallStatus values spec/v1.yaml marks x-hamsa-final (the generated operation table), the
# same ones client.conversations.wait() stops at.
FINAL_STATUSES = final_values("v1", "CallStatus")
# Length reported for a call that ended by polling (no call_duration given), in seconds.
POLLED_CALL_SECONDS = 60


def timestamp(moment: datetime) -> str:
    """ISO 8601 in UTC with a Z, as the API writes it."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _masked_or_none(value: dict[str, Any] | None) -> str:
    return "None" if value is None else masked_mapping(value)


@attrs.define
class MockCall:
    """One started call (its conversation), as MockHamsa.conversations shows it."""

    id: str
    to_number: str
    from_number: str | None
    voice_agent_id: str | None  # None when the call carried agentDetails instead
    # The agent the call runs with, v1 flat shape; its repr masks secrets (llmConfig.apiKey...).
    agent_details: dict[str, Any] = attrs.field(repr=masked_mapping)
    webhook_url: str | None
    created_at: datetime
    started: float  # MockHamsa's clock when the call started
    status: str = "PENDING"
    call_duration: int | None = None  # seconds, once the call has ended
    history: list[tuple[str, datetime]] = attrs.field(factory=list)  # (status, when)
    # The call's own webhookAuth, if it had one (authSecret masked in the repr).
    webhook_auth: dict[str, Any] | None = attrs.field(default=None, repr=_masked_or_none)

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
    web_tools: dict[str, dict[str, Any]] = attrs.field(factory=dict)  # id -> stored tool
    knowledge_base: dict[str, dict[str, Any]] = attrs.field(factory=dict)  # id -> item
    dictionaries: dict[str, dict[str, Any]] = attrs.field(factory=dict)  # id -> dictionary
    phone_numbers: dict[str, dict[str, Any]] = attrs.field(factory=dict)  # id -> number
    # Speech: jobs (id -> record, see _speech.py), cloned voices and the preloaded ones.
    jobs: dict[str, dict[str, Any]] = attrs.field(factory=dict)
    voices: dict[str, dict[str, Any]] = attrs.field(factory=dict)
    preloaded_voices: set[str] = attrs.field(factory=set)
    # The one user and project every record belongs to (the API key's owner).
    user_id: str = attrs.field(factory=lambda: str(uuid.uuid4()))
    project_id: str = attrs.field(factory=lambda: str(uuid.uuid4()))
    # Called (under the mock's lock) after a call's status changed: MockHamsa's webhooks.
    on_status: Callable[[MockCall, str], None] | None = None

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

    def web_tool(self, tool_id: str) -> dict[str, Any]:
        return _found(self.web_tools, tool_id, "Web tool", "WebToolNotFound")

    def knowledge_base_item(self, item_id: str) -> dict[str, Any]:
        return _found(
            self.knowledge_base, item_id, "Knowledge base item", "KnowledgeBaseItemNotFound"
        )

    def dictionary(self, dictionary_id: str) -> dict[str, Any]:
        return _found(
            self.dictionaries, dictionary_id, "Voice dictionary", "VoiceDictionaryNotFound"
        )

    def phone_number(self, number: str) -> dict[str, Any]:
        """A stored phone number by the number itself (how the API's bodies name it)."""
        for record in self.phone_numbers.values():
            if record["number"] == number:
                return record
        raise ApiError(404, f"Phone number {number} was not found.", "PhoneNumberNotFound")

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
        if self.on_status is not None:
            self.on_status(record, status)

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


def _found(
    store: dict[str, dict[str, Any]], key: str, what: str, message_key: str
) -> dict[str, Any]:
    try:
        return store[key]
    except KeyError:
        raise ApiError(404, f"{what} {key} was not found.", message_key) from None

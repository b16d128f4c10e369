from enum import StrEnum
from typing import Any, cast


class WebhookEventType(StrEnum):
    """What happened.
    Documented for voice agents: `call.started`, `call.answered`, `transcription.update`, `tool.executed` and `call.ended`.
    Treat other values as new event types rather than errors."""

    CALL_ANSWERED = "call.answered"
    CALL_ENDED = "call.ended"
    CALL_STARTED = "call.started"
    TOOL_EXECUTED = "tool.executed"
    TRANSCRIPTION_UPDATE = "transcription.update"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """False for a value this SDK version does not know yet (kept as sent by the API)."""
        return self.value in type(self)._value2member_map_

    @classmethod
    def from_wire(cls, value: Any) -> "WebhookEventType":
        """The member for a value the API sent; an unknown string becomes an unregistered one."""
        member = cls._value2member_map_.get(value)  # an unhashable value raises TypeError
        return cls(value) if member is None else cast("WebhookEventType", member)

    @classmethod
    def _missing_(cls, value: object) -> "WebhookEventType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

from enum import StrEnum
from typing import Any, cast


class GreetingMessageType(StrEnum):
    """How the greeting is produced, as listed on the create page: presumably `STATIC` says `greetingMessage` as written and `PROMPT` has the model generate it from that text (the docs do not explain the values)."""

    PROMPT = "PROMPT"
    STATIC = "STATIC"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """False for a value this SDK version does not know yet (kept as sent by the API)."""
        return self.value in type(self)._value2member_map_

    @classmethod
    def from_wire(cls, value: Any) -> "GreetingMessageType":
        """The member for a value the API sent; an unknown string becomes an unregistered one."""
        member = cls._value2member_map_.get(value)  # an unhashable value raises TypeError
        return cls(value) if member is None else cast("GreetingMessageType", member)

    @classmethod
    def _missing_(cls, value: object) -> "GreetingMessageType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

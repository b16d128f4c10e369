from enum import StrEnum


class GreetingMessageType(StrEnum):
    """How the greeting is produced, as listed on the create page: presumably `STATIC` says
    `greetingMessage` as written and `PROMPT` has the model generate it from that text (the docs
    do not explain the values)."""

    PROMPT = "PROMPT"
    STATIC = "STATIC"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """False for a value this SDK version does not know yet (kept as sent by the API)."""
        return self.value in type(self)._value2member_map_

    @classmethod
    def _missing_(cls, value: object) -> "GreetingMessageType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

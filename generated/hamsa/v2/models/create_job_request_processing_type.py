from enum import StrEnum
from typing import Any, cast


class CreateJobRequestProcessingType(StrEnum):
    """`async` (default) or `sync`.
    The service uses "async" when it is left out."""

    ASYNC = "async"
    SYNC = "sync"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """False for a value this SDK version does not know yet (kept as sent by the API)."""
        return self.value in type(self)._value2member_map_

    @classmethod
    def from_wire(cls, value: Any) -> "CreateJobRequestProcessingType":
        """The member for a value the API sent; an unknown string becomes an unregistered one."""
        member = cls._value2member_map_.get(value)  # an unhashable value raises TypeError
        return cls(value) if member is None else cast("CreateJobRequestProcessingType", member)

    @classmethod
    def _missing_(cls, value: object) -> "CreateJobRequestProcessingType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

from enum import StrEnum
from typing import Any, cast


class Dialect(StrEnum):
    """Dialect of realtime text-to-speech.
    Documented values; others are sent as given."""

    AR_SA = "ar-sa"
    BAH = "bah"
    EGY = "egy"
    EN = "en"
    IRQ = "irq"
    JOR = "jor"
    KSA = "ksa"
    KUW = "kuw"
    LEB = "leb"
    MSA = "msa"
    OMA = "oma"
    PLS = "pls"
    QAT = "qat"
    SYR = "syr"
    UAE = "uae"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """False for a value this SDK version does not know yet (kept as sent by the API)."""
        return self.value in type(self)._value2member_map_

    @classmethod
    def from_wire(cls, value: Any) -> "Dialect":
        """The member for a value the API sent; an unknown string becomes an unregistered one."""
        member = cls._value2member_map_.get(value)  # an unhashable value raises TypeError
        return cls(value) if member is None else cast("Dialect", member)

    @classmethod
    def _missing_(cls, value: object) -> "Dialect | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

from enum import StrEnum
from typing import Any, cast


class Speaker(StrEnum):
    """A built-in voice of realtime text-to-speech (documented names).
    A cloned voice's id is accepted too (preload it first)."""

    AHMED = "Ahmed"
    ALI = "Ali"
    ALIA = "Alia"
    AMJAD = "Amjad"
    CARLA = "Carla"
    DALAL = "Dalal"
    DIMA = "Dima"
    FAHD = "Fahd"
    FAIZA = "Faiza"
    FATMA = "Fatma"
    HAMDAN = "Hamdan"
    HASAN = "Hasan"
    HIBA = "Hiba"
    HIND = "Hind"
    JASEM = "Jasem"
    KHADIJA = "Khadija"
    LANA = "Lana"
    LAYAN = "Layan"
    LYALI = "Lyali"
    MAHER = "Maher"
    MAIS = "Mais"
    MAJD = "Majd"
    MAJID = "Majid"
    MANSOUR = "Mansour"
    MARIAM = "Mariam"
    MAZEN = "Mazen"
    NADA = "Nada"
    NOOR = "Noor"
    RAMI = "Rami"
    REMA = "Rema"
    RUBA = "Ruba"
    SAFA = "Safa"
    SALMA = "Salma"
    SAMIR = "Samir"
    SARAH = "Sarah"
    SAYED = "Sayed"
    SOMAYA = "Somaya"
    TALIN = "Talin"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """False for a value this SDK version does not know yet (kept as sent by the API)."""
        return self.value in type(self)._value2member_map_

    @classmethod
    def from_wire(cls, value: Any) -> "Speaker":
        """The member for a value the API sent; an unknown string becomes an unregistered one."""
        member = cls._value2member_map_.get(value)  # an unhashable value raises TypeError
        return cls(value) if member is None else cast("Speaker", member)

    @classmethod
    def _missing_(cls, value: object) -> "Speaker | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

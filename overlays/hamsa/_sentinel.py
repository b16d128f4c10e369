"""The one "not given" sentinel, shared by hamsa.v1 and hamsa.v2 (their `types.UNSET`).

A request model keeps "not given" apart from None (a PATCH sends `null` only when asked),
and the generated code tests `value is UNSET`. So the sentinel stays one object through
copy, deepcopy and pickle, or a copied model would send it as a value.
"""

from __future__ import annotations

from typing import Any, Final, Literal


class Unset:
    """The type of `hamsa.UNSET`: a field or argument that was not given."""

    __slots__ = ()
    _instance: Unset | None = None

    def __new__(cls) -> Unset:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __copy__(self) -> Unset:
        return self

    def __deepcopy__(self, memo: Any) -> Unset:
        return self

    def __reduce__(self) -> str:
        # Pickled by name, so unpickling finds this module's UNSET instead of building one.
        return "UNSET"


UNSET: Final[Unset] = Unset()

__all__ = ["UNSET", "Unset"]

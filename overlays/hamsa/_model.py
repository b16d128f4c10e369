"""What every generated model shares: a repr of the fields that are set, and to_json()."""

from __future__ import annotations

import json
from typing import Any

from ._sentinel import UNSET


class Model:
    """Base of the generated models (attrs classes with slots, hence no slots of its own)."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:  # pragma: no cover - every model defines it
        raise NotImplementedError

    def to_json(self) -> str:
        """This model as the JSON text the API sends and accepts (camelCase keys)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"))

    def __repr__(self) -> str:
        # Only the fields that are set: an agent has ~80 fields and a response sets a few.
        # A field's own repr= (a secret's mask_secret) still decides how its value reads.
        parts = []
        for field in type(self).__attrs_attrs__:  # type: ignore[attr-defined]
            if field.repr is False:
                continue
            value = getattr(self, field.name)
            if (
                value is None
                or value is UNSET
                or (field.name == "additional_properties" and not value)
            ):
                continue
            shown = field.repr(value) if callable(field.repr) else repr(value)
            parts.append(f"{field.name}={shown}")
        return f"{type(self).__name__}({', '.join(parts)})"

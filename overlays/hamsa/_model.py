"""What every generated model shares: a repr of the fields that are set, to_json(), and
to_dict(), the snake_case form the friendly create/update methods take back."""

from __future__ import annotations

import enum
import json
from typing import Any, ClassVar

from ._redact import redact_json
from ._sentinel import UNSET


class Model:
    """Base of the generated models (attrs classes with slots, hence no slots of its own)."""

    __slots__ = ()
    # Python names of the fields the spec marks readOnly (an id, timestamps): the server sets
    # them, so the snake_case form a create/update takes back leaves them out.
    _READ_ONLY: ClassVar[frozenset[str]] = frozenset()

    def to_wire(self) -> dict[str, Any]:  # pragma: no cover - every model defines it
        raise NotImplementedError

    def to_json(self) -> str:
        """This model as the JSON text the API sends and accepts (camelCase keys)."""
        return json.dumps(self.to_wire(), ensure_ascii=False, separators=(",", ":"))

    def to_dict(self) -> dict[str, Any]:
        """This model as snake_case Python data, the shape `create`/`update` take back:
        `client.voice_agents.create(**agent.to_dict())` copies an agent. Nested models are
        dicts, enums their values; fields that are not set (None) and the server's own
        (readOnly: ids, timestamps) are left out. The wire form is to_wire()."""
        out: dict[str, Any] = {}
        skip = type(self)._READ_ONLY
        for field in type(self).__attrs_attrs__:  # type: ignore[attr-defined]
            name = field.name
            if name in skip or name == "_wire_nulls" or name == "additional_properties":
                continue
            value = getattr(self, name)
            if value is not None and value is not UNSET:
                out[name] = _plain(value)
        return out

    def __repr__(self) -> str:
        # Only the fields that are set: an agent has ~80 fields and a response sets a few.
        # A field's own repr= (a secret's mask_secret) still decides how its value reads.
        parts = []
        for field in type(self).__attrs_attrs__:  # type: ignore[attr-defined]
            if field.repr is False:
                continue
            value = getattr(self, field.name)
            if value is None or value is UNSET:
                continue
            if field.name == "additional_properties" and not value:
                continue
            if callable(field.repr):
                shown = field.repr(value)
            elif isinstance(value, dict | list):
                # Free-form JSON (a job's result, a tool's params): secret-named keys masked.
                shown = repr(redact_json(value))
            else:
                shown = repr(value)
            parts.append(f"{field.name}={shown}")
        return f"{type(self).__name__}({', '.join(parts)})"


class OpenModel(Model):
    """A model whose schema lets the object grow (additionalProperties): the keys this SDK does
    not know are kept in `additional_properties`, and the model reads like a dict of them."""

    __slots__ = ()
    additional_properties: dict[str, Any]

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _plain(value: Any) -> Any:
    if isinstance(value, Model):
        return value.to_dict()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    return value

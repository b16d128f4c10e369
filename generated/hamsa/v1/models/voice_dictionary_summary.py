from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa._model import OpenModel
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure, wrong_type
from hamsa._redact import masked_mapping


@_attrs_define(repr=False)
class VoiceDictionarySummary(OpenModel):
    """A pronunciation dictionary as the list shows it, without its words."""

    id: str | None = None
    """Identifier of the dictionary."""
    name: str | None = None
    """Display name of the dictionary."""
    words_count: int | None = None
    """Number of words in the dictionary."""
    is_used: bool | None = None
    """Whether an agent uses the dictionary."""
    created_at: datetime.datetime | None = None
    """When the dictionary was created."""
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "id",
        "name",
        "wordsCount",
        "isUsed",
        "createdAt",
    )
    _REQUIRED_JSON_KEYS: ClassVar[tuple[str, ...]] = ()
    additional_properties: dict[str, Any] = _attrs_field(
        factory=dict, kw_only=True, repr=masked_mapping
    )
    """Fields the API sent that this SDK version does not know; sent back unchanged."""
    _wire_nulls: Sequence[str] = _attrs_field(
        default=(), kw_only=True, repr=False, alias="wire_nulls"
    )
    """The JSON keys that came as null: to_wire sends them back, other None fields stay out."""

    def to_wire(self) -> dict[str, Any]:
        """This model as the JSON-ready dict the API sends and accepts (camelCase keys)."""
        created_at: str | None = None
        if not self.created_at is None:
            created_at = self.created_at.isoformat()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            field_dict["id"] = self.id
        if self.name is not None:
            field_dict["name"] = self.name
        if self.words_count is not None:
            field_dict["wordsCount"] = self.words_count
        if self.is_used is not None:
            field_dict["isUsed"] = self.is_used
        if created_at is not None:
            field_dict["createdAt"] = created_at
        for key in self._wire_nulls:
            field_dict.setdefault(key, None)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from API JSON; unknown keys land in additional_properties."""
        # __class__, not type(): a field may be called `type`, and its local would shadow it.
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            # dict() would accept a list of pairs
            raise parse_failure(TypeError("expected a JSON object"), src_dict, {}, cls._JSON_KEYS)
        d = dict(src_dict)
        try:
            id = d.pop("id", None)
            if id.__class__ is not str and id is not None:
                wrong_type(id, "str")
            name = d.pop("name", None)
            if name.__class__ is not str and name is not None:
                wrong_type(name, "str")
            words_count = d.pop("wordsCount", None)
            if words_count.__class__ is not int and words_count is not None:
                wrong_type(words_count, "int")
            is_used = d.pop("isUsed", None)
            if is_used.__class__ is not bool and is_used is not None:
                wrong_type(is_used, "bool")
            created_at = d.pop("createdAt", None)
            if created_at is not None:
                created_at = datetime.datetime.fromisoformat(created_at)
            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                id,
                name,
                words_count,
                is_used,
                created_at,
                additional_properties=d,
            )
        except (ModelParseError, *PARSE_FAILURES) as error:
            raise parse_failure(error, src_dict, d, cls._JSON_KEYS) from error
        return instance_

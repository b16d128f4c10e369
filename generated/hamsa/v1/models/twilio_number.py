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
class TwilioNumber(OpenModel):
    """A Twilio number, in the legacy form."""

    id: str | None = None
    """Id."""
    number: str | None = None
    """The number."""
    label: str | None = None
    """Name."""
    number_sid: str | None = None
    """Twilio's id of the number."""
    user_id: str | None = None
    """Owner."""
    is_active: bool | None = None
    """Whether it is in use."""
    voice_agent_id: None | str = None
    """The agent using it."""
    created_at: datetime.datetime | None = None
    """Added."""
    updated_at: datetime.datetime | None = None
    """Last change."""
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "id",
        "number",
        "label",
        "numberSid",
        "userId",
        "isActive",
        "voiceAgentId",
        "createdAt",
        "updatedAt",
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
        updated_at: str | None = None
        if not self.updated_at is None:
            updated_at = self.updated_at.isoformat()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            field_dict["id"] = self.id
        if self.number is not None:
            field_dict["number"] = self.number
        if self.label is not None:
            field_dict["label"] = self.label
        if self.number_sid is not None:
            field_dict["numberSid"] = self.number_sid
        if self.user_id is not None:
            field_dict["userId"] = self.user_id
        if self.is_active is not None:
            field_dict["isActive"] = self.is_active
        if self.voice_agent_id is not None:
            field_dict["voiceAgentId"] = self.voice_agent_id
        if created_at is not None:
            field_dict["createdAt"] = created_at
        if updated_at is not None:
            field_dict["updatedAt"] = updated_at
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
        # Only a nullable field tells null from absent; a per-key scan of every object would
        # cost more than the rest of a parse.
        wire_nulls: list[str] = []
        try:
            id = d.pop("id", None)
            if id.__class__ is not str and id is not None:
                wrong_type(id, "str")
            number = d.pop("number", None)
            if number.__class__ is not str and number is not None:
                wrong_type(number, "str")
            label = d.pop("label", None)
            if label.__class__ is not str and label is not None:
                wrong_type(label, "str")
            number_sid = d.pop("numberSid", None)
            if number_sid.__class__ is not str and number_sid is not None:
                wrong_type(number_sid, "str")
            user_id = d.pop("userId", None)
            if user_id.__class__ is not str and user_id is not None:
                wrong_type(user_id, "str")
            is_active = d.pop("isActive", None)
            if is_active.__class__ is not bool and is_active is not None:
                wrong_type(is_active, "bool")
            voice_agent_id: None | str = d.pop("voiceAgentId", None)
            if voice_agent_id is None and "voiceAgentId" in src_dict:
                wire_nulls.append("voiceAgentId")
            created_at = d.pop("createdAt", None)
            if created_at is not None:
                created_at = datetime.datetime.fromisoformat(created_at)
            updated_at = d.pop("updatedAt", None)
            if updated_at is not None:
                updated_at = datetime.datetime.fromisoformat(updated_at)
            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                id,
                number,
                label,
                number_sid,
                user_id,
                is_active,
                voice_agent_id,
                created_at,
                updated_at,
                additional_properties=d,
                wire_nulls=wire_nulls,
            )
        except (ModelParseError, *PARSE_FAILURES) as error:
            raise parse_failure(error, src_dict, d, cls._JSON_KEYS) from error
        return instance_

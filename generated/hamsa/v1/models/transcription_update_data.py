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
class TranscriptionUpdateData(OpenModel):
    """Not documented: the fields below are what hamsa.testing.MockHamsa sends and what the SDK reads when present; every other key is kept as sent."""

    timestamp: datetime.datetime | None = None
    """When the line was spoken, ISO 8601."""
    speaker: str | None = None
    """Not documented.
    Who spoke, as in the call.ended transcript (`Agent` or `User`)."""
    text: str | None = None
    """Not documented.
    What was said."""
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "timestamp",
        "speaker",
        "text",
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
        timestamp: str | None = None
        if not self.timestamp is None:
            timestamp = self.timestamp.isoformat()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if timestamp is not None:
            field_dict["timestamp"] = timestamp
        if self.speaker is not None:
            field_dict["speaker"] = self.speaker
        if self.text is not None:
            field_dict["text"] = self.text
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
            timestamp = d.pop("timestamp", None)
            if timestamp is not None:
                timestamp = datetime.datetime.fromisoformat(timestamp)
            speaker = d.pop("speaker", None)
            if speaker.__class__ is not str and speaker is not None:
                wrong_type(speaker, "str")
            text = d.pop("text", None)
            if text.__class__ is not str and text is not None:
                wrong_type(text, "str")
            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                timestamp,
                speaker,
                text,
                additional_properties=d,
            )
        except (ModelParseError, *PARSE_FAILURES) as error:
            raise parse_failure(error, src_dict, d, cls._JSON_KEYS) from error
        return instance_

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa._model import OpenModel
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure, wrong_type
from hamsa._redact import masked_mapping
from hamsa._rules import STRING, UUID, RequestModel, Rules, field, model

from ..models.voice_record_details import VoiceRecordDetails


@_attrs_define(repr=False)
class VoiceRecord(RequestModel, OpenModel):
    """A stored voice, as resolved by the server from `voiceRecordId`."""

    id: str | None = None
    """Identifier of the voice record."""
    name: str | None = None
    """Display name of the voice."""
    provider: str | None = None
    """Text-to-speech provider that renders the voice."""
    language: str | None = None
    """Language of the voice, as a name."""
    image: str | None = None
    """Picture shown for the voice."""
    language_code: str | None = None
    """Language of the voice, as a code."""
    voice_record: VoiceRecordDetails | None = None
    """Provider-specific data of a voice record.
    Its structure is not documented."""
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "id",
        "name",
        "provider",
        "language",
        "image",
        "languageCode",
        "voiceRecord",
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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            field_dict["id"] = self.id
        if self.name is not None:
            field_dict["name"] = self.name
        if self.provider is not None:
            field_dict["provider"] = self.provider
        if self.language is not None:
            field_dict["language"] = self.language
        if self.image is not None:
            field_dict["image"] = self.image
        if self.language_code is not None:
            field_dict["languageCode"] = self.language_code
        if self.voice_record is not None:
            field_dict["voiceRecord"] = self.voice_record.to_wire()
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
            provider = d.pop("provider", None)
            if provider.__class__ is not str and provider is not None:
                wrong_type(provider, "str")
            language = d.pop("language", None)
            if language.__class__ is not str and language is not None:
                wrong_type(language, "str")
            image = d.pop("image", None)
            if image.__class__ is not str and image is not None:
                wrong_type(image, "str")
            language_code = d.pop("languageCode", None)
            if language_code.__class__ is not str and language_code is not None:
                wrong_type(language_code, "str")
            voice_record = d.pop("voiceRecord", None)
            if voice_record is not None:
                voice_record = VoiceRecordDetails.from_dict(voice_record)
            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                id,
                name,
                provider,
                language,
                image,
                language_code,
                voice_record,
                additional_properties=d,
            )
        except (ModelParseError, *PARSE_FAILURES) as error:
            raise parse_failure(error, src_dict, d, cls._JSON_KEYS) from error
        return instance_


# The documented constraints, checked before a request is sent (hamsa._rules). Outside the
# class body, where a field could be called `field` or `items`.
VoiceRecord._RULES = Rules(
    field("id", STRING, UUID),
    field("name", STRING),
    field("provider", STRING),
    field("language", STRING),
    field("image", STRING),
    field("languageCode", STRING),
    field("voiceRecord", model("VoiceRecordDetails")),
    extra="open",
)

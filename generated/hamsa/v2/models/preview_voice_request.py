from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa._model import OpenModel
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure, wrong_type
from hamsa._redact import masked_mapping
from hamsa._rules import ENUM, STRING, URI, UUID, RequestModel, Rules, field, length, one_of

from ..models.voice_language import VoiceLanguage


@_attrs_define(repr=False)
class PreviewVoiceRequest(RequestModel, OpenModel):
    """A sample of a voice before cloning it."""

    audio_url: str
    """Public URL of the recording."""
    audio_transcription: str
    """What the recording says."""
    language: VoiceLanguage
    """Language of a voice."""
    dialect_id: str
    """Dialect."""
    text: str
    """What the sample should say."""
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "audioUrl",
        "audioTranscription",
        "language",
        "dialectId",
        "text",
    )
    _REQUIRED_JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "audioUrl",
        "audioTranscription",
        "language",
        "dialectId",
        "text",
    )
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
        language = self.language.value
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["audioUrl"] = self.audio_url
        field_dict["audioTranscription"] = self.audio_transcription
        field_dict["language"] = language
        field_dict["dialectId"] = self.dialect_id
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
            audio_url = d.pop("audioUrl")
            if audio_url.__class__ is not str:
                wrong_type(audio_url, "str")
            audio_transcription = d.pop("audioTranscription")
            if audio_transcription.__class__ is not str:
                wrong_type(audio_transcription, "str")
            language = VoiceLanguage.from_wire(d.pop("language"))
            dialect_id = d.pop("dialectId")
            if dialect_id.__class__ is not str:
                wrong_type(dialect_id, "str")
            text = d.pop("text")
            if text.__class__ is not str:
                wrong_type(text, "str")
            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                audio_url,
                audio_transcription,
                language,
                dialect_id,
                text,
                additional_properties=d,
            )
        except (ModelParseError, *PARSE_FAILURES) as error:
            raise parse_failure(error, src_dict, d, cls._JSON_KEYS) from error
        return instance_


# The documented constraints, checked before a request is sent (hamsa._rules). Outside the
# class body, where a field could be called `field` or `items`.
PreviewVoiceRequest._RULES = Rules(
    field("audioUrl", STRING, URI),
    field("audioTranscription", STRING, length(min_length=1, max_length=5000)),
    field("language", ENUM, one_of("en", "ar")),
    field("dialectId", STRING, UUID),
    field("text", STRING, length(min_length=1, max_length=5000)),
    extra="open",
)

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa._model import OpenModel
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure, wrong_type
from hamsa._redact import masked_mapping
from hamsa._rules import ENUM, STRING, RequestModel, Rules, field, model, one_of

from ..models.language import Language
from ..models.tts_params import TtsParams
from ..models.voice_record import VoiceRecord


@_attrs_define(repr=False)
class Voice(RequestModel, OpenModel):
    """How the agent sounds and which language it speaks."""

    voice_id: str | None = None
    """Voice to speak with, e.g. `en-US-Neural2-A`."""
    voice_record_id: None | str = None
    """Stored (for example cloned) voice to use instead of a catalogue voice; null when none."""
    voice_record: VoiceRecord | None = None
    """A stored voice, as resolved by the server from `voiceRecordId`."""
    lang: Language | None = None
    """Language the agent speaks, as a two-letter code (Arabic or English)."""
    tts_params: TtsParams | None = None
    """Extra settings passed to the text-to-speech engine.
    Their structure is not documented."""
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "voiceId",
        "voiceRecordId",
        "voiceRecord",
        "lang",
        "ttsParams",
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
        if self.voice_id is not None:
            field_dict["voiceId"] = self.voice_id
        if self.voice_record_id is not None:
            field_dict["voiceRecordId"] = self.voice_record_id
        if self.voice_record is not None:
            field_dict["voiceRecord"] = self.voice_record.to_wire()
        if self.lang is not None:
            field_dict["lang"] = self.lang.value
        if self.tts_params is not None:
            field_dict["ttsParams"] = self.tts_params.to_wire()
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
            voice_id = d.pop("voiceId", None)
            if voice_id.__class__ is not str and voice_id is not None:
                wrong_type(voice_id, "str")
            voice_record_id: None | str = d.pop("voiceRecordId", None)
            if voice_record_id is None and "voiceRecordId" in src_dict:
                wire_nulls.append("voiceRecordId")
            voice_record = d.pop("voiceRecord", None)
            if voice_record is not None:
                voice_record = VoiceRecord.from_dict(voice_record)
            lang = d.pop("lang", None)
            if lang is not None:
                lang = Language.from_wire(lang)
            tts_params = d.pop("ttsParams", None)
            if tts_params is not None:
                tts_params = TtsParams.from_dict(tts_params)
            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                voice_id,
                voice_record_id,
                voice_record,
                lang,
                tts_params,
                additional_properties=d,
                wire_nulls=wire_nulls,
            )
        except (ModelParseError, *PARSE_FAILURES) as error:
            raise parse_failure(error, src_dict, d, cls._JSON_KEYS) from error
        return instance_


# The documented constraints, checked before a request is sent (hamsa._rules). Outside the
# class body, where a field could be called `field` or `items`.
Voice._RULES = Rules(
    field("voiceId", STRING),
    field("voiceRecordId", STRING, null=True),
    field("voiceRecord", model("VoiceRecord")),
    field("lang", ENUM, one_of("ar", "en")),
    field("ttsParams", model("TtsParams")),
    extra="open",
)

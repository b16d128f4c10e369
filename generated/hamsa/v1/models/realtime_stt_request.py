from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa._model import OpenModel
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure, wrong_type
from hamsa._redact import masked_mapping
from hamsa._rules import (
    ARRAY,
    BOOLEAN,
    ENUM,
    LIST,
    NUMBER,
    STRING,
    RequestModel,
    Rules,
    field,
    length,
    number,
)

from ..models.language import Language


@_attrs_define(repr=False)
class RealtimeSttRequest(RequestModel, OpenModel):
    """WAV audio to transcribe now."""

    audio_base_64: str
    """The WAV file, base64-encoded."""
    audio_list: list[float] | None = None
    """Older copy of the page: 16 kHz mono PCM samples, instead of audioBase64."""
    language: Language | None = None
    """Language the agent speaks, as a two-letter code (Arabic or English)."""
    is_eos_enabled: bool | None = None
    """Detect the end of speech.
    The service uses false when it is left out."""
    eos_threshold: float | None = None
    """End-of-speech sensitivity, 0.0 to 1.0.
    The service uses 0.3 when it is left out."""
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "audioBase64",
        "audioList",
        "language",
        "isEosEnabled",
        "eosThreshold",
    )
    _REQUIRED_JSON_KEYS: ClassVar[tuple[str, ...]] = ("audioBase64",)
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
        field_dict["audioBase64"] = self.audio_base_64
        if self.audio_list is not None:
            field_dict["audioList"] = self.audio_list
        if self.language is not None:
            field_dict["language"] = self.language.value
        if self.is_eos_enabled is not None:
            field_dict["isEosEnabled"] = self.is_eos_enabled
        if self.eos_threshold is not None:
            field_dict["eosThreshold"] = self.eos_threshold
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
            audio_base_64 = d.pop("audioBase64")
            if audio_base_64.__class__ is not str:
                wrong_type(audio_base_64, "str")
            audio_list: list[float] | None = d.pop("audioList", None)
            language = d.pop("language", None)
            if language is not None:
                language = Language.from_wire(language)
            is_eos_enabled = d.pop("isEosEnabled", None)
            if is_eos_enabled.__class__ is not bool and is_eos_enabled is not None:
                wrong_type(is_eos_enabled, "bool")
            eos_threshold = d.pop("eosThreshold", None)
            if (
                eos_threshold.__class__ is not float
                and eos_threshold.__class__ is not int
                and eos_threshold is not None
            ):
                wrong_type(eos_threshold, "float")
            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                audio_base_64,
                audio_list,
                language,
                is_eos_enabled,
                eos_threshold,
                additional_properties=d,
            )
        except (ModelParseError, *PARSE_FAILURES) as error:
            raise parse_failure(error, src_dict, d, cls._JSON_KEYS) from error
        return instance_


# The documented constraints, checked before a request is sent (hamsa._rules). Outside the
# class body, where a field could be called `field` or `items`.
RealtimeSttRequest._RULES = Rules(
    field("audioBase64", STRING, length(min_length=1), name="audio_base_64"),
    field("audioList", LIST, ARRAY),
    field("language", ENUM),
    field("isEosEnabled", BOOLEAN),
    field("eosThreshold", NUMBER, number(minimum=0, maximum=1)),
    extra="open",
)

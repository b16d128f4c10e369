from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa._model import OpenModel
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure, wrong_type
from hamsa._redact import masked_mapping
from hamsa._rules import BOOLEAN, OTHER, STRING, RequestModel, Rules, field, length

from ..models.dialect import Dialect
from ..models.speaker import Speaker


@_attrs_define(repr=False)
class RealtimeTtsRequest(RequestModel, OpenModel):
    """Text to speak now."""

    text: str
    """The text to speak."""
    speaker: Speaker | str
    """Voice: a documented name (Speaker) or the id of a cloned voice, which must be preloaded first."""
    dialect: Dialect | str | None = None
    """Dialect (documented values in Dialect)."""
    mulaw: bool | None = None
    """μ-law encoded audio (telephony) instead of PCM.
    The service uses false when it is left out."""
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "text",
        "speaker",
        "dialect",
        "mulaw",
    )
    _REQUIRED_JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "text",
        "speaker",
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
        speaker: str
        if isinstance(self.speaker, Speaker):
            speaker = self.speaker.value
        else:
            speaker = self.speaker
        dialect: str | None
        if self.dialect is None:
            dialect = None
        elif isinstance(self.dialect, Dialect):
            dialect = self.dialect.value
        else:
            dialect = self.dialect
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["text"] = self.text
        field_dict["speaker"] = speaker
        if dialect is not None:
            field_dict["dialect"] = dialect
        if self.mulaw is not None:
            field_dict["mulaw"] = self.mulaw
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
            text = d.pop("text")
            if text.__class__ is not str:
                wrong_type(text, "str")

            def _parse_speaker(data: object) -> Speaker | str:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    speaker_type_0 = Speaker.from_wire(data)

                    return speaker_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(Speaker | str, data)

            speaker = _parse_speaker(d.pop("speaker"))

            def _parse_dialect(data: object) -> Dialect | str | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    dialect_type_0 = Dialect.from_wire(data)

                    return dialect_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(Dialect | str | None, data)

            dialect = _parse_dialect(d.pop("dialect", None))
            mulaw = d.pop("mulaw", None)
            if mulaw.__class__ is not bool and mulaw is not None:
                wrong_type(mulaw, "bool")
            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                text,
                speaker,
                dialect,
                mulaw,
                additional_properties=d,
            )
        except (ModelParseError, *PARSE_FAILURES) as error:
            raise parse_failure(error, src_dict, d, cls._JSON_KEYS) from error
        return instance_


# The documented constraints, checked before a request is sent (hamsa._rules). Outside the
# class body, where a field could be called `field` or `items`.
RealtimeTtsRequest._RULES = Rules(
    field("text", STRING, length(min_length=1)),
    field("speaker", OTHER),
    field("dialect", OTHER),
    field("mulaw", BOOLEAN),
    extra="open",
)

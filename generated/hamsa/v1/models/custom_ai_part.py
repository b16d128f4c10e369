from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa._model import OpenModel
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure, wrong_type
from hamsa._redact import masked_mapping
from hamsa._rules import OTHER, STRING, RequestModel, Rules, field, length

from ..models.ai_part import AiPart


@_attrs_define(repr=False)
class CustomAiPart(RequestModel, OpenModel):
    """One part made with your own prompt."""

    ai_part: AiPart | str
    """The part (documented values in AiPart)."""
    prompt: str
    """Your instructions."""
    language: str | None = None
    """Language of the result, e.g. `ar`."""
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "aiPart",
        "prompt",
        "language",
    )
    _REQUIRED_JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "aiPart",
        "prompt",
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
        ai_part: str
        if isinstance(self.ai_part, AiPart):
            ai_part = self.ai_part.value
        else:
            ai_part = self.ai_part
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["aiPart"] = ai_part
        field_dict["prompt"] = self.prompt
        if self.language is not None:
            field_dict["language"] = self.language
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

            def _parse_ai_part(data: object) -> AiPart | str:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    ai_part_type_0 = AiPart.from_wire(data)

                    return ai_part_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AiPart | str, data)

            ai_part = _parse_ai_part(d.pop("aiPart"))
            prompt = d.pop("prompt")
            if prompt.__class__ is not str:
                wrong_type(prompt, "str")
            language = d.pop("language", None)
            if language.__class__ is not str and language is not None:
                wrong_type(language, "str")
            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                ai_part,
                prompt,
                language,
                additional_properties=d,
            )
        except (ModelParseError, *PARSE_FAILURES) as error:
            raise parse_failure(error, src_dict, d, cls._JSON_KEYS) from error
        return instance_


# The documented constraints, checked before a request is sent (hamsa._rules). Outside the
# class body, where a field could be called `field` or `items`.
CustomAiPart._RULES = Rules(
    field("aiPart", OTHER),
    field("prompt", STRING, length(min_length=1)),
    field("language", STRING),
    extra="open",
)

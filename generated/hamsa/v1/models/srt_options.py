from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa._model import OpenModel
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure, wrong_type
from hamsa._redact import masked_mapping
from hamsa._rules import BOOLEAN, INTEGER, NUMBER, RequestModel, Rules, field, number


@_attrs_define(repr=False)
class SrtOptions(RequestModel, OpenModel):
    """How the subtitles (SRT) are cut.
    The page says to send them only when `returnSrtFormat` is true (a mirror says false; the SDK does not enforce either).
    """

    max_lines_per_subtitle: int | None = None
    """Lines per subtitle.
    The service uses 2 when it is left out."""
    single_speaker_per_subtitle: bool | None = None
    """Never mix two speakers in one subtitle.
    The service uses true when it is left out."""
    max_chars_per_line: int | None = None
    """Characters per line.
    The service uses 42 when it is left out."""
    max_mergeable_gap: float | None = None
    """Longest silence (seconds) merged into one subtitle.
    The service uses 0.3 when it is left out."""
    min_duration: float | None = None
    """Shortest subtitle, in seconds.
    The service uses 0.7 when it is left out."""
    max_duration: float | None = None
    """Longest subtitle, in seconds.
    The service uses 7 when it is left out."""
    min_gap: float | None = None
    """Smallest gap between subtitles, in seconds.
    The service uses 0.04 when it is left out."""
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "maxLinesPerSubtitle",
        "singleSpeakerPerSubtitle",
        "maxCharsPerLine",
        "maxMergeableGap",
        "minDuration",
        "maxDuration",
        "minGap",
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
        if self.max_lines_per_subtitle is not None:
            field_dict["maxLinesPerSubtitle"] = self.max_lines_per_subtitle
        if self.single_speaker_per_subtitle is not None:
            field_dict["singleSpeakerPerSubtitle"] = self.single_speaker_per_subtitle
        if self.max_chars_per_line is not None:
            field_dict["maxCharsPerLine"] = self.max_chars_per_line
        if self.max_mergeable_gap is not None:
            field_dict["maxMergeableGap"] = self.max_mergeable_gap
        if self.min_duration is not None:
            field_dict["minDuration"] = self.min_duration
        if self.max_duration is not None:
            field_dict["maxDuration"] = self.max_duration
        if self.min_gap is not None:
            field_dict["minGap"] = self.min_gap
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
            max_lines_per_subtitle = d.pop("maxLinesPerSubtitle", None)
            if max_lines_per_subtitle.__class__ is not int and max_lines_per_subtitle is not None:
                wrong_type(max_lines_per_subtitle, "int")
            single_speaker_per_subtitle = d.pop("singleSpeakerPerSubtitle", None)
            if (
                single_speaker_per_subtitle.__class__ is not bool
                and single_speaker_per_subtitle is not None
            ):
                wrong_type(single_speaker_per_subtitle, "bool")
            max_chars_per_line = d.pop("maxCharsPerLine", None)
            if max_chars_per_line.__class__ is not int and max_chars_per_line is not None:
                wrong_type(max_chars_per_line, "int")
            max_mergeable_gap = d.pop("maxMergeableGap", None)
            if (
                max_mergeable_gap.__class__ is not float
                and max_mergeable_gap.__class__ is not int
                and max_mergeable_gap is not None
            ):
                wrong_type(max_mergeable_gap, "float")
            min_duration = d.pop("minDuration", None)
            if (
                min_duration.__class__ is not float
                and min_duration.__class__ is not int
                and min_duration is not None
            ):
                wrong_type(min_duration, "float")
            max_duration = d.pop("maxDuration", None)
            if (
                max_duration.__class__ is not float
                and max_duration.__class__ is not int
                and max_duration is not None
            ):
                wrong_type(max_duration, "float")
            min_gap = d.pop("minGap", None)
            if (
                min_gap.__class__ is not float
                and min_gap.__class__ is not int
                and min_gap is not None
            ):
                wrong_type(min_gap, "float")
            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                max_lines_per_subtitle,
                single_speaker_per_subtitle,
                max_chars_per_line,
                max_mergeable_gap,
                min_duration,
                max_duration,
                min_gap,
                additional_properties=d,
            )
        except (ModelParseError, *PARSE_FAILURES) as error:
            raise parse_failure(error, src_dict, d, cls._JSON_KEYS) from error
        return instance_


# The documented constraints, checked before a request is sent (hamsa._rules). Outside the
# class body, where a field could be called `field` or `items`.
SrtOptions._RULES = Rules(
    field("maxLinesPerSubtitle", INTEGER, number(minimum=1)),
    field("singleSpeakerPerSubtitle", BOOLEAN),
    field("maxCharsPerLine", INTEGER, number(minimum=1)),
    field("maxMergeableGap", NUMBER, number(minimum=0)),
    field("minDuration", NUMBER, number(minimum=0)),
    field("maxDuration", NUMBER, number(minimum=0)),
    field("minGap", NUMBER, number(minimum=0)),
    extra="open",
)

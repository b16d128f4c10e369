from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa._model import OpenModel
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure, wrong_type
from hamsa._redact import masked_mapping

from ..models.sentiment_distribution import SentimentDistribution


@_attrs_define(repr=False)
class AnalyticsSatisfaction(OpenModel):
    """Satisfaction and outcome scores over the requested period."""

    nps_score: float | None = None
    """Net Promoter Score derived from the calls."""
    sentiment_distribution: SentimentDistribution | None = None
    """Share of calls by the caller's overall sentiment; the example's values add up to 100, so presumably percentages."""
    csat_score: float | None = None
    """Customer-satisfaction (CSAT) score derived from the calls."""
    first_call_resolution_percentage: float | None = None
    """Percentage of callers whose issue was resolved in their first call."""
    escalation_rate: float | None = None
    """Rate of calls escalated, e.g. to a human (presumably a percentage)."""
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "npsScore",
        "sentimentDistribution",
        "csatScore",
        "firstCallResolutionPercentage",
        "escalationRate",
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
        if self.nps_score is not None:
            field_dict["npsScore"] = self.nps_score
        if self.sentiment_distribution is not None:
            field_dict["sentimentDistribution"] = self.sentiment_distribution.to_wire()
        if self.csat_score is not None:
            field_dict["csatScore"] = self.csat_score
        if self.first_call_resolution_percentage is not None:
            field_dict["firstCallResolutionPercentage"] = self.first_call_resolution_percentage
        if self.escalation_rate is not None:
            field_dict["escalationRate"] = self.escalation_rate
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
            nps_score = d.pop("npsScore", None)
            if (
                nps_score.__class__ is not float
                and nps_score.__class__ is not int
                and nps_score is not None
            ):
                wrong_type(nps_score, "float")
            sentiment_distribution = d.pop("sentimentDistribution", None)
            if sentiment_distribution is not None:
                sentiment_distribution = SentimentDistribution.from_dict(sentiment_distribution)
            csat_score = d.pop("csatScore", None)
            if (
                csat_score.__class__ is not float
                and csat_score.__class__ is not int
                and csat_score is not None
            ):
                wrong_type(csat_score, "float")
            first_call_resolution_percentage = d.pop("firstCallResolutionPercentage", None)
            if (
                first_call_resolution_percentage.__class__ is not float
                and first_call_resolution_percentage.__class__ is not int
                and first_call_resolution_percentage is not None
            ):
                wrong_type(first_call_resolution_percentage, "float")
            escalation_rate = d.pop("escalationRate", None)
            if (
                escalation_rate.__class__ is not float
                and escalation_rate.__class__ is not int
                and escalation_rate is not None
            ):
                wrong_type(escalation_rate, "float")
            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                nps_score,
                sentiment_distribution,
                csat_score,
                first_call_resolution_percentage,
                escalation_rate,
                additional_properties=d,
            )
        except (ModelParseError, *PARSE_FAILURES) as error:
            raise parse_failure(error, src_dict, d, cls._JSON_KEYS) from error
        return instance_

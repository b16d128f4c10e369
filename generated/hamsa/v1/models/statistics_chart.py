from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa._model import OpenModel
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure
from hamsa._redact import masked_mapping

from ..models.statistic_point import StatisticPoint


@_attrs_define(repr=False)
class StatisticsChart(OpenModel):
    """Usage time series over the period."""

    cost: list[StatisticPoint] | None = None
    """The `cost` series."""
    requests: list[StatisticPoint] | None = None
    """The `requests` series."""
    transcription: list[StatisticPoint] | None = None
    """The `transcription` series."""
    tokens: list[StatisticPoint] | None = None
    """The `tokens` series."""
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "cost",
        "requests",
        "transcription",
        "tokens",
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
        cost: list[dict[str, Any]] | None = None
        if not self.cost is None:
            cost = []
            for cost_item_data in self.cost:
                cost_item = cost_item_data.to_wire()
                cost.append(cost_item)

        requests: list[dict[str, Any]] | None = None
        if not self.requests is None:
            requests = []
            for requests_item_data in self.requests:
                requests_item = requests_item_data.to_wire()
                requests.append(requests_item)

        transcription: list[dict[str, Any]] | None = None
        if not self.transcription is None:
            transcription = []
            for transcription_item_data in self.transcription:
                transcription_item = transcription_item_data.to_wire()
                transcription.append(transcription_item)

        tokens: list[dict[str, Any]] | None = None
        if not self.tokens is None:
            tokens = []
            for tokens_item_data in self.tokens:
                tokens_item = tokens_item_data.to_wire()
                tokens.append(tokens_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if cost is not None:
            field_dict["cost"] = cost
        if requests is not None:
            field_dict["requests"] = requests
        if transcription is not None:
            field_dict["transcription"] = transcription
        if tokens is not None:
            field_dict["tokens"] = tokens
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
            _cost = d.pop("cost", None)
            cost: list[StatisticPoint] | None = None
            if _cost is not None:
                cost = []
                for cost_item_data in _cost:
                    cost_item = StatisticPoint.from_dict(cost_item_data)

                    cost.append(cost_item)
            _requests = d.pop("requests", None)
            requests: list[StatisticPoint] | None = None
            if _requests is not None:
                requests = []
                for requests_item_data in _requests:
                    requests_item = StatisticPoint.from_dict(requests_item_data)

                    requests.append(requests_item)
            _transcription = d.pop("transcription", None)
            transcription: list[StatisticPoint] | None = None
            if _transcription is not None:
                transcription = []
                for transcription_item_data in _transcription:
                    transcription_item = StatisticPoint.from_dict(transcription_item_data)

                    transcription.append(transcription_item)
            _tokens = d.pop("tokens", None)
            tokens: list[StatisticPoint] | None = None
            if _tokens is not None:
                tokens = []
                for tokens_item_data in _tokens:
                    tokens_item = StatisticPoint.from_dict(tokens_item_data)

                    tokens.append(tokens_item)
            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                cost,
                requests,
                transcription,
                tokens,
                additional_properties=d,
            )
        except (ModelParseError, *PARSE_FAILURES) as error:
            raise parse_failure(error, src_dict, d, cls._JSON_KEYS) from error
        return instance_

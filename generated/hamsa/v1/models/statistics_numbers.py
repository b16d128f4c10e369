from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa._model import OpenModel
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure
from hamsa._redact import masked_mapping

from ..models.statistic_value import StatisticValue


@_attrs_define(repr=False)
class StatisticsNumbers(OpenModel):
    """Usage totals over the period."""

    tokens: StatisticValue | None = None
    """A total with its unit."""
    transcription: StatisticValue | None = None
    """A total with its unit."""
    price: StatisticValue | None = None
    """A total with its unit."""
    requests: StatisticValue | None = None
    """A total with its unit."""
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "tokens",
        "transcription",
        "price",
        "requests",
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
        if self.tokens is not None:
            field_dict["tokens"] = self.tokens.to_wire()
        if self.transcription is not None:
            field_dict["transcription"] = self.transcription.to_wire()
        if self.price is not None:
            field_dict["price"] = self.price.to_wire()
        if self.requests is not None:
            field_dict["requests"] = self.requests.to_wire()
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
            tokens = d.pop("tokens", None)
            if tokens is not None:
                tokens = StatisticValue.from_dict(tokens)
            transcription = d.pop("transcription", None)
            if transcription is not None:
                transcription = StatisticValue.from_dict(transcription)
            price = d.pop("price", None)
            if price is not None:
                price = StatisticValue.from_dict(price)
            requests = d.pop("requests", None)
            if requests is not None:
                requests = StatisticValue.from_dict(requests)
            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                tokens,
                transcription,
                price,
                requests,
                additional_properties=d,
            )
        except (ModelParseError, *PARSE_FAILURES) as error:
            raise parse_failure(error, src_dict, d, cls._JSON_KEYS) from error
        return instance_

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa import _constraints
from hamsa._constraints import ABSENT, Violation
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure
from hamsa._redact import masked_mapping

from ..models.statistic_point import StatisticPoint
from ..types import UNSET, Unset

T = TypeVar("T", bound="StatisticsChart")


@_attrs_define
class StatisticsChart:
    """Usage time series over the period."""

    cost: list[StatisticPoint] | Unset = UNSET
    """ The `cost` series. """
    requests: list[StatisticPoint] | Unset = UNSET
    """ The `requests` series. """
    transcription: list[StatisticPoint] | Unset = UNSET
    """ The `transcription` series. """
    tokens: list[StatisticPoint] | Unset = UNSET
    """ The `tokens` series. """
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

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON-ready dict the API expects (camelCase keys)."""
        cost: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cost, Unset):
            cost = []
            for cost_item_data in self.cost:
                cost_item = cost_item_data.to_dict()
                cost.append(cost_item)

        requests: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.requests, Unset):
            requests = []
            for requests_item_data in self.requests:
                requests_item = requests_item_data.to_dict()
                requests.append(requests_item)

        transcription: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transcription, Unset):
            transcription = []
            for transcription_item_data in self.transcription:
                transcription_item = transcription_item_data.to_dict()
                transcription.append(transcription_item)

        tokens: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tokens, Unset):
            tokens = []
            for tokens_item_data in self.tokens:
                tokens_item = tokens_item_data.to_dict()
                tokens.append(tokens_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cost is not UNSET:
            field_dict["cost"] = cost
        if requests is not UNSET:
            field_dict["requests"] = requests
        if transcription is not UNSET:
            field_dict["transcription"] = transcription
        if tokens is not UNSET:
            field_dict["tokens"] = tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from API JSON; unknown keys land in additional_properties."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            # dict() would accept a list of pairs
            raise parse_failure(TypeError("expected a JSON object"), src_dict, {}, cls._JSON_KEYS)
        d = dict(src_dict)
        try:
            _cost = d.pop("cost", UNSET)
            cost: list[StatisticPoint] | Unset = UNSET
            if _cost is not UNSET:
                cost = []
                for cost_item_data in _cost:
                    cost_item = StatisticPoint.from_dict(cost_item_data)

                    cost.append(cost_item)

            _requests = d.pop("requests", UNSET)
            requests: list[StatisticPoint] | Unset = UNSET
            if _requests is not UNSET:
                requests = []
                for requests_item_data in _requests:
                    requests_item = StatisticPoint.from_dict(requests_item_data)

                    requests.append(requests_item)

            _transcription = d.pop("transcription", UNSET)
            transcription: list[StatisticPoint] | Unset = UNSET
            if _transcription is not UNSET:
                transcription = []
                for transcription_item_data in _transcription:
                    transcription_item = StatisticPoint.from_dict(transcription_item_data)

                    transcription.append(transcription_item)

            _tokens = d.pop("tokens", UNSET)
            tokens: list[StatisticPoint] | Unset = UNSET
            if _tokens is not UNSET:
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

    def collect_violations(
        self, prefix: str = "", out: list[Violation] | None = None
    ) -> list[Violation]:
        """Every documented constraint this value breaks, each named by its field path."""
        out = [] if out is None else out
        v: Any
        v = self.cost
        if v is not UNSET and not (type(v) is list):
            _constraints.check_type(out, prefix + "cost", v, "array", False)
        if isinstance(v, list):
            for index, item in enumerate(v):
                if isinstance(item, StatisticPoint):
                    item.collect_violations(f"{prefix}cost[{index}].", out)

        v = self.requests
        if v is not UNSET and not (type(v) is list):
            _constraints.check_type(out, prefix + "requests", v, "array", False)
        if isinstance(v, list):
            for index, item in enumerate(v):
                if isinstance(item, StatisticPoint):
                    item.collect_violations(f"{prefix}requests[{index}].", out)

        v = self.transcription
        if v is not UNSET and not (type(v) is list):
            _constraints.check_type(out, prefix + "transcription", v, "array", False)
        if isinstance(v, list):
            for index, item in enumerate(v):
                if isinstance(item, StatisticPoint):
                    item.collect_violations(f"{prefix}transcription[{index}].", out)

        v = self.tokens
        if v is not UNSET and not (type(v) is list):
            _constraints.check_type(out, prefix + "tokens", v, "array", False)
        if isinstance(v, list):
            for index, item in enumerate(v):
                if isinstance(item, StatisticPoint):
                    item.collect_violations(f"{prefix}tokens[{index}].", out)

        return out

    @classmethod
    def _wire_ok(cls, d: Mapping[str, Any]) -> bool:
        """True when `d` (camelCase JSON) is a valid body that from_dict/to_dict would send
        unchanged; False sends it the slow way, which checks and words every problem."""
        v = d.get("cost", ABSENT)
        if v is not ABSENT:
            if not (
                type(v) is list and all(type(i) is dict and StatisticPoint._wire_ok(i) for i in v)
            ):
                return False
        v = d.get("requests", ABSENT)
        if v is not ABSENT:
            if not (
                type(v) is list and all(type(i) is dict and StatisticPoint._wire_ok(i) for i in v)
            ):
                return False
        v = d.get("transcription", ABSENT)
        if v is not ABSENT:
            if not (
                type(v) is list and all(type(i) is dict and StatisticPoint._wire_ok(i) for i in v)
            ):
                return False
        v = d.get("tokens", ABSENT)
        if v is not ABSENT:
            if not (
                type(v) is list and all(type(i) is dict and StatisticPoint._wire_ok(i) for i in v)
            ):
                return False
        return True

    def validate(self) -> None:
        """Raise hamsa.RequestValidationError listing every broken constraint, if any."""
        _constraints.raise_if_any(self.collect_violations())

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

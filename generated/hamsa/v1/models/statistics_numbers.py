from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa import _constraints
from hamsa._constraints import ABSENT, Violation
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure
from hamsa._redact import masked_mapping

from ..models.statistic_value import StatisticValue
from ..types import UNSET, Unset

T = TypeVar("T", bound="StatisticsNumbers")


@_attrs_define
class StatisticsNumbers:
    """Usage totals over the period."""

    tokens: StatisticValue | Unset = UNSET
    """ A total with its unit. """
    transcription: StatisticValue | Unset = UNSET
    """ A total with its unit. """
    price: StatisticValue | Unset = UNSET
    """ A total with its unit. """
    requests: StatisticValue | Unset = UNSET
    """ A total with its unit. """
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

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON-ready dict the API expects (camelCase keys)."""
        tokens: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tokens, Unset):
            tokens = self.tokens.to_dict()

        transcription: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transcription, Unset):
            transcription = self.transcription.to_dict()

        price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = self.price.to_dict()

        requests: dict[str, Any] | Unset = UNSET
        if not isinstance(self.requests, Unset):
            requests = self.requests.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tokens is not UNSET:
            field_dict["tokens"] = tokens
        if transcription is not UNSET:
            field_dict["transcription"] = transcription
        if price is not UNSET:
            field_dict["price"] = price
        if requests is not UNSET:
            field_dict["requests"] = requests

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from API JSON; unknown keys land in additional_properties."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            # dict() would accept a list of pairs
            raise parse_failure(TypeError("expected a JSON object"), src_dict, {}, cls._JSON_KEYS)
        d = dict(src_dict)
        try:
            _tokens = d.pop("tokens", UNSET)
            tokens: StatisticValue | Unset
            if _tokens is UNSET:
                tokens = UNSET
            else:
                tokens = StatisticValue.from_dict(_tokens)

            _transcription = d.pop("transcription", UNSET)
            transcription: StatisticValue | Unset
            if _transcription is UNSET:
                transcription = UNSET
            else:
                transcription = StatisticValue.from_dict(_transcription)

            _price = d.pop("price", UNSET)
            price: StatisticValue | Unset
            if _price is UNSET:
                price = UNSET
            else:
                price = StatisticValue.from_dict(_price)

            _requests = d.pop("requests", UNSET)
            requests: StatisticValue | Unset
            if _requests is UNSET:
                requests = UNSET
            else:
                requests = StatisticValue.from_dict(_requests)

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

    def collect_violations(
        self, prefix: str = "", out: list[Violation] | None = None
    ) -> list[Violation]:
        """Every documented constraint this value breaks, each named by its field path."""
        out = [] if out is None else out
        v: Any
        v = self.tokens
        if isinstance(v, StatisticValue):
            v.collect_violations(prefix + "tokens" + ".", out)

        v = self.transcription
        if isinstance(v, StatisticValue):
            v.collect_violations(prefix + "transcription" + ".", out)

        v = self.price
        if isinstance(v, StatisticValue):
            v.collect_violations(prefix + "price" + ".", out)

        v = self.requests
        if isinstance(v, StatisticValue):
            v.collect_violations(prefix + "requests" + ".", out)

        return out

    @classmethod
    def _wire_ok(cls, d: Mapping[str, Any]) -> bool:
        """True when `d` (camelCase JSON) is a valid body that from_dict/to_dict would send
        unchanged; False sends it the slow way, which checks and words every problem."""
        v = d.get("tokens", ABSENT)
        if v is not ABSENT:
            if not (type(v) is dict and StatisticValue._wire_ok(v)):
                return False
        v = d.get("transcription", ABSENT)
        if v is not ABSENT:
            if not (type(v) is dict and StatisticValue._wire_ok(v)):
                return False
        v = d.get("price", ABSENT)
        if v is not ABSENT:
            if not (type(v) is dict and StatisticValue._wire_ok(v)):
                return False
        v = d.get("requests", ABSENT)
        if v is not ABSENT:
            if not (type(v) is dict and StatisticValue._wire_ok(v)):
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

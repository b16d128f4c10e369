from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa._model import OpenModel
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure, wrong_type
from hamsa._redact import masked_mapping


@_attrs_define(repr=False)
class CallDurationBuckets(OpenModel):
    """Calls grouped by length.
    Where short, medium and long begin is not documented."""

    short_duration_bucket_calls: int | None = None
    """Number of short calls."""
    medium_duration_bucket_calls: int | None = None
    """Number of medium-length calls."""
    long_duration_bucket_calls: int | None = None
    """Number of long calls."""
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "shortDurationBucketCalls",
        "mediumDurationBucketCalls",
        "longDurationBucketCalls",
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
        if self.short_duration_bucket_calls is not None:
            field_dict["shortDurationBucketCalls"] = self.short_duration_bucket_calls
        if self.medium_duration_bucket_calls is not None:
            field_dict["mediumDurationBucketCalls"] = self.medium_duration_bucket_calls
        if self.long_duration_bucket_calls is not None:
            field_dict["longDurationBucketCalls"] = self.long_duration_bucket_calls
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
            short_duration_bucket_calls = d.pop("shortDurationBucketCalls", None)
            if (
                short_duration_bucket_calls.__class__ is not int
                and short_duration_bucket_calls is not None
            ):
                wrong_type(short_duration_bucket_calls, "int")
            medium_duration_bucket_calls = d.pop("mediumDurationBucketCalls", None)
            if (
                medium_duration_bucket_calls.__class__ is not int
                and medium_duration_bucket_calls is not None
            ):
                wrong_type(medium_duration_bucket_calls, "int")
            long_duration_bucket_calls = d.pop("longDurationBucketCalls", None)
            if (
                long_duration_bucket_calls.__class__ is not int
                and long_duration_bucket_calls is not None
            ):
                wrong_type(long_duration_bucket_calls, "int")
            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                short_duration_bucket_calls,
                medium_duration_bucket_calls,
                long_duration_bucket_calls,
                additional_properties=d,
            )
        except (ModelParseError, *PARSE_FAILURES) as error:
            raise parse_failure(error, src_dict, d, cls._JSON_KEYS) from error
        return instance_

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa._model import OpenModel
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure, wrong_type
from hamsa._redact import masked_mapping
from hamsa._rules import (
    ENUM,
    INTEGER,
    OTHER,
    STRING,
    RequestModel,
    Rules,
    field,
    model,
    number,
    one_of,
)

from ..models.job_sort import JobSort
from ..models.job_status import JobStatus
from ..models.job_type import JobType


@_attrs_define(repr=False)
class ListJobsRequest(RequestModel, OpenModel):
    """Filters of the job list.
    `skip` is the 1-based page number and `take` the page size: the SDK pages through them for you.
    """

    sort: JobSort | None = None
    """Order of the list."""
    take: int | None = None
    """Jobs per page."""
    skip: int | None = None
    """1-based page number (not an offset)."""
    search: str | None = None
    """Free-text search."""
    status: JobStatus | str | None = None
    """Where the job is (documented values in JobStatus)."""
    type: JobType | None = None
    """What a job does.
    Documented values; the SDK keeps any other value."""
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "sort",
        "take",
        "skip",
        "search",
        "status",
        "type",
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
        status: str | None
        if self.status is None:
            status = None
        elif isinstance(self.status, JobStatus):
            status = self.status.value
        else:
            status = self.status
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.sort is not None:
            field_dict["sort"] = self.sort.to_wire()
        if self.take is not None:
            field_dict["take"] = self.take
        if self.skip is not None:
            field_dict["skip"] = self.skip
        if self.search is not None:
            field_dict["search"] = self.search
        if status is not None:
            field_dict["status"] = status
        if self.type is not None:
            field_dict["type"] = self.type.value
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
            sort = d.pop("sort", None)
            if sort is not None:
                sort = JobSort.from_dict(sort)
            take = d.pop("take", None)
            if take.__class__ is not int and take is not None:
                wrong_type(take, "int")
            skip = d.pop("skip", None)
            if skip.__class__ is not int and skip is not None:
                wrong_type(skip, "int")
            search = d.pop("search", None)
            if search.__class__ is not str and search is not None:
                wrong_type(search, "str")

            def _parse_status(data: object) -> JobStatus | str | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    status_type_0 = JobStatus.from_wire(data)

                    return status_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(JobStatus | str | None, data)

            status = _parse_status(d.pop("status", None))
            type = d.pop("type", None)
            if type is not None:
                type = JobType.from_wire(type)
            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                sort,
                take,
                skip,
                search,
                status,
                type,
                additional_properties=d,
            )
        except (ModelParseError, *PARSE_FAILURES) as error:
            raise parse_failure(error, src_dict, d, cls._JSON_KEYS) from error
        return instance_


# The documented constraints, checked before a request is sent (hamsa._rules). Outside the
# class body, where a field could be called `field` or `items`.
ListJobsRequest._RULES = Rules(
    field("sort", model("JobSort")),
    field("take", INTEGER, number(minimum=1)),
    field("skip", INTEGER, number(minimum=1)),
    field("search", STRING),
    field("status", OTHER),
    field("type", ENUM, one_of("TRANSCRIPTION", "TRANSLATION", "TTS", "AI_CONTENT")),
    extra="open",
)

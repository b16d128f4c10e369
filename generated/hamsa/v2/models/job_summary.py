from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa._model import OpenModel
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure, wrong_type
from hamsa._redact import masked_mapping

from ..models.job_status import JobStatus


@_attrs_define(repr=False)
class JobSummary(OpenModel):
    """A job as the list shows it."""

    id: None | str = None
    """Job id."""
    title: None | str = None
    """Name."""
    media_url: None | str = None
    """The media."""
    media_type: None | str = None
    """e.g. `YOUTUBE`."""
    total_cost: float | None = None
    """Cost."""
    status: JobStatus | None = None
    """Where a job is.
    Documented values; the SDK keeps any other value the API sends."""
    created_at: datetime.datetime | None = None
    """Created."""
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "id",
        "title",
        "mediaUrl",
        "mediaType",
        "totalCost",
        "status",
        "createdAt",
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
        created_at: str | None = None
        if not self.created_at is None:
            created_at = self.created_at.isoformat()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            field_dict["id"] = self.id
        if self.title is not None:
            field_dict["title"] = self.title
        if self.media_url is not None:
            field_dict["mediaUrl"] = self.media_url
        if self.media_type is not None:
            field_dict["mediaType"] = self.media_type
        if self.total_cost is not None:
            field_dict["totalCost"] = self.total_cost
        if self.status is not None:
            field_dict["status"] = self.status.value
        if created_at is not None:
            field_dict["createdAt"] = created_at
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
        # Only a nullable field tells null from absent; a per-key scan of every object would
        # cost more than the rest of a parse.
        wire_nulls: list[str] = []
        try:
            id: None | str = d.pop("id", None)
            if id is None and "id" in src_dict:
                wire_nulls.append("id")
            title: None | str = d.pop("title", None)
            if title is None and "title" in src_dict:
                wire_nulls.append("title")
            media_url: None | str = d.pop("mediaUrl", None)
            if media_url is None and "mediaUrl" in src_dict:
                wire_nulls.append("mediaUrl")
            media_type: None | str = d.pop("mediaType", None)
            if media_type is None and "mediaType" in src_dict:
                wire_nulls.append("mediaType")
            total_cost = d.pop("totalCost", None)
            if (
                total_cost.__class__ is not float
                and total_cost.__class__ is not int
                and total_cost is not None
            ):
                wrong_type(total_cost, "float")
            status = d.pop("status", None)
            if status is not None:
                status = JobStatus.from_wire(status)
            created_at = d.pop("createdAt", None)
            if created_at is not None:
                created_at = datetime.datetime.fromisoformat(created_at)
            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                id,
                title,
                media_url,
                media_type,
                total_cost,
                status,
                created_at,
                additional_properties=d,
                wire_nulls=wire_nulls,
            )
        except (ModelParseError, *PARSE_FAILURES) as error:
            raise parse_failure(error, src_dict, d, cls._JSON_KEYS) from error
        return instance_

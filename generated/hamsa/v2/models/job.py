from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa._model import OpenModel
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure, wrong_type
from hamsa._redact import mask_secret, masked_mapping

from ..models.job_attributes import JobAttributes
from ..models.job_status import JobStatus


@_attrs_define(repr=False)
class Job(OpenModel):
    """A job."""

    id: None | str = None
    """Job id."""
    title: None | str = None
    """Name."""
    type: None | str = None
    """What the job does, e.g. `TRANSCRIPTION`."""
    system_model_key: None | str = None
    """Internal model key."""
    url: None | str = None
    """The media."""
    created_by: None | str = None
    """Who started it."""
    api_key: None | str = _attrs_field(default=None, repr=mask_secret)
    """Id of the API key used."""
    status: JobStatus | None = None
    """Where a job is.
    Documented values; the SDK keeps any other value the API sends."""
    cost: float | None = None
    """Cost."""
    created_at: datetime.datetime | None = None
    """Created."""
    updated_at: datetime.datetime | None = None
    """Last change."""
    attributes: JobAttributes | None = None
    """Details that depend on the job type."""
    relevant_job_id: None | str = None
    """Source job."""
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "id",
        "title",
        "type",
        "systemModelKey",
        "url",
        "createdBy",
        "apiKey",
        "status",
        "cost",
        "createdAt",
        "updatedAt",
        "attributes",
        "relevantJobId",
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
        updated_at: str | None = None
        if not self.updated_at is None:
            updated_at = self.updated_at.isoformat()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            field_dict["id"] = self.id
        if self.title is not None:
            field_dict["title"] = self.title
        if self.type is not None:
            field_dict["type"] = self.type
        if self.system_model_key is not None:
            field_dict["systemModelKey"] = self.system_model_key
        if self.url is not None:
            field_dict["url"] = self.url
        if self.created_by is not None:
            field_dict["createdBy"] = self.created_by
        if self.api_key is not None:
            field_dict["apiKey"] = self.api_key
        if self.status is not None:
            field_dict["status"] = self.status.value
        if self.cost is not None:
            field_dict["cost"] = self.cost
        if created_at is not None:
            field_dict["createdAt"] = created_at
        if updated_at is not None:
            field_dict["updatedAt"] = updated_at
        if self.attributes is not None:
            field_dict["attributes"] = self.attributes.to_wire()
        if self.relevant_job_id is not None:
            field_dict["relevantJobId"] = self.relevant_job_id
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
            type: None | str = d.pop("type", None)
            if type is None and "type" in src_dict:
                wire_nulls.append("type")
            system_model_key: None | str = d.pop("systemModelKey", None)
            if system_model_key is None and "systemModelKey" in src_dict:
                wire_nulls.append("systemModelKey")
            url: None | str = d.pop("url", None)
            if url is None and "url" in src_dict:
                wire_nulls.append("url")
            created_by: None | str = d.pop("createdBy", None)
            if created_by is None and "createdBy" in src_dict:
                wire_nulls.append("createdBy")
            api_key: None | str = d.pop("apiKey", None)
            if api_key is None and "apiKey" in src_dict:
                wire_nulls.append("apiKey")
            status = d.pop("status", None)
            if status is not None:
                status = JobStatus.from_wire(status)
            cost = d.pop("cost", None)
            if cost.__class__ is not float and cost.__class__ is not int and cost is not None:
                wrong_type(cost, "float")
            created_at = d.pop("createdAt", None)
            if created_at is not None:
                created_at = datetime.datetime.fromisoformat(created_at)
            updated_at = d.pop("updatedAt", None)
            if updated_at is not None:
                updated_at = datetime.datetime.fromisoformat(updated_at)
            attributes = d.pop("attributes", None)
            if attributes is not None:
                attributes = JobAttributes.from_dict(attributes)
            relevant_job_id: None | str = d.pop("relevantJobId", None)
            if relevant_job_id is None and "relevantJobId" in src_dict:
                wire_nulls.append("relevantJobId")
            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                id,
                title,
                type,
                system_model_key,
                url,
                created_by,
                api_key,
                status,
                cost,
                created_at,
                updated_at,
                attributes,
                relevant_job_id,
                additional_properties=d,
                wire_nulls=wire_nulls,
            )
        except (ModelParseError, *PARSE_FAILURES) as error:
            raise parse_failure(error, src_dict, d, cls._JSON_KEYS) from error
        return instance_

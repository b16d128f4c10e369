from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa import _constraints
from hamsa._constraints import ABSENT, Violation
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure
from hamsa._redact import masked_mapping

from ..models.job_attributes import JobAttributes
from ..models.job_status import JobStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Job")


@_attrs_define
class Job:
    """A job."""

    id: None | str | Unset = UNSET
    """ Job id. """
    title: None | str | Unset = UNSET
    """ Name. """
    type_: None | str | Unset = UNSET
    """ What the job does, e.g. `TRANSCRIPTION`. """
    system_model_key: None | str | Unset = UNSET
    """ Internal model key. """
    url: None | str | Unset = UNSET
    """ The media. """
    created_by: None | str | Unset = UNSET
    """ Who started it. """
    api_key: None | str | Unset = UNSET
    """ Id of the API key used. """
    status: JobStatus | str | Unset = UNSET
    """ Where the job is (documented values in JobStatus). """
    cost: float | Unset = UNSET
    """ Cost. """
    created_at: datetime.datetime | Unset = UNSET
    """ Created. """
    updated_at: datetime.datetime | Unset = UNSET
    """ Last change. """
    attributes: JobAttributes | Unset = UNSET
    """ Details that depend on the job type. """
    relevant_job_id: None | str | Unset = UNSET
    """ Source job. """
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

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON-ready dict the API expects (camelCase keys)."""
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        system_model_key: None | str | Unset
        if isinstance(self.system_model_key, Unset):
            system_model_key = UNSET
        else:
            system_model_key = self.system_model_key

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        api_key: None | str | Unset
        if isinstance(self.api_key, Unset):
            api_key = UNSET
        else:
            api_key = self.api_key

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, JobStatus):
            status = self.status.value
        else:
            status = self.status

        cost = self.cost

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        relevant_job_id: None | str | Unset
        if isinstance(self.relevant_job_id, Unset):
            relevant_job_id = UNSET
        else:
            relevant_job_id = self.relevant_job_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_
        if system_model_key is not UNSET:
            field_dict["systemModelKey"] = system_model_key
        if url is not UNSET:
            field_dict["url"] = url
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if api_key is not UNSET:
            field_dict["apiKey"] = api_key
        if status is not UNSET:
            field_dict["status"] = status
        if cost is not UNSET:
            field_dict["cost"] = cost
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if relevant_job_id is not UNSET:
            field_dict["relevantJobId"] = relevant_job_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from API JSON; unknown keys land in additional_properties."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            # dict() would accept a list of pairs
            raise parse_failure(TypeError("expected a JSON object"), src_dict, {}, cls._JSON_KEYS)
        d = dict(src_dict)
        try:
            id: None | str | Unset = d.pop("id", UNSET)

            title: None | str | Unset = d.pop("title", UNSET)

            type_: None | str | Unset = d.pop("type", UNSET)

            system_model_key: None | str | Unset = d.pop("systemModelKey", UNSET)

            url: None | str | Unset = d.pop("url", UNSET)

            created_by: None | str | Unset = d.pop("createdBy", UNSET)

            api_key: None | str | Unset = d.pop("apiKey", UNSET)

            def _parse_status(data: object) -> JobStatus | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    status_type_0 = JobStatus.from_wire(data)

                    return status_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(JobStatus | str | Unset, data)

            status = _parse_status(d.pop("status", UNSET))

            cost = d.pop("cost", UNSET)

            _created_at = d.pop("createdAt", UNSET)
            created_at: datetime.datetime | Unset
            if _created_at is UNSET:
                created_at = UNSET
            else:
                created_at = datetime.datetime.fromisoformat(_created_at)

            _updated_at = d.pop("updatedAt", UNSET)
            updated_at: datetime.datetime | Unset
            if _updated_at is UNSET:
                updated_at = UNSET
            else:
                updated_at = datetime.datetime.fromisoformat(_updated_at)

            _attributes = d.pop("attributes", UNSET)
            attributes: JobAttributes | Unset
            if _attributes is UNSET:
                attributes = UNSET
            else:
                attributes = JobAttributes.from_dict(_attributes)

            relevant_job_id: None | str | Unset = d.pop("relevantJobId", UNSET)

            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                id,
                title,
                type_,
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
        v = self.id
        if v is not UNSET and not (type(v) is str or v is None):
            _constraints.check_type(out, prefix + "id", v, "string", True)

        v = self.title
        if v is not UNSET and not (type(v) is str or v is None):
            _constraints.check_type(out, prefix + "title", v, "string", True)

        v = self.type_
        if v is not UNSET and not (type(v) is str or v is None):
            _constraints.check_type(out, prefix + "type_", v, "string", True)

        v = self.system_model_key
        if v is not UNSET and not (type(v) is str or v is None):
            _constraints.check_type(out, prefix + "system_model_key", v, "string", True)

        v = self.url
        if v is not UNSET and not (type(v) is str or v is None):
            _constraints.check_type(out, prefix + "url", v, "string", True)

        v = self.created_by
        if v is not UNSET and not (type(v) is str or v is None):
            _constraints.check_type(out, prefix + "created_by", v, "string", True)

        v = self.api_key
        if v is not UNSET and not (type(v) is str or v is None):
            _constraints.check_type(out, prefix + "api_key", v, "string", True)

        v = self.cost
        if v is not UNSET and not (type(v) in (int, float)):
            _constraints.check_type(out, prefix + "cost", v, "number", False)

        v = self.attributes
        if isinstance(v, JobAttributes):
            v.collect_violations(prefix + "attributes" + ".", out)

        v = self.relevant_job_id
        if v is not UNSET and not (type(v) is str or v is None):
            _constraints.check_type(out, prefix + "relevant_job_id", v, "string", True)

        return out

    @classmethod
    def _wire_ok(cls, d: Mapping[str, Any]) -> bool:
        """True when `d` (camelCase JSON) is a valid body that from_dict/to_dict would send
        unchanged; False sends it the slow way, which checks and words every problem."""
        v = d.get("id", ABSENT)
        if v is not ABSENT and v is not None:
            if not (type(v) is str):
                return False
        v = d.get("title", ABSENT)
        if v is not ABSENT and v is not None:
            if not (type(v) is str):
                return False
        v = d.get("type", ABSENT)
        if v is not ABSENT and v is not None:
            if not (type(v) is str):
                return False
        v = d.get("systemModelKey", ABSENT)
        if v is not ABSENT and v is not None:
            if not (type(v) is str):
                return False
        v = d.get("url", ABSENT)
        if v is not ABSENT and v is not None:
            if not (type(v) is str):
                return False
        v = d.get("createdBy", ABSENT)
        if v is not ABSENT and v is not None:
            if not (type(v) is str):
                return False
        v = d.get("apiKey", ABSENT)
        if v is not ABSENT and v is not None:
            if not (type(v) is str):
                return False
        if "status" in d:
            return False
        v = d.get("cost", ABSENT)
        if v is not ABSENT:
            if not (type(v) in (int, float)):
                return False
        if "createdAt" in d:
            return False
        if "updatedAt" in d:
            return False
        v = d.get("attributes", ABSENT)
        if v is not ABSENT:
            if not (type(v) is dict and JobAttributes._wire_ok(v)):
                return False
        v = d.get("relevantJobId", ABSENT)
        if v is not ABSENT and v is not None:
            if not (type(v) is str):
                return False
        return True

    @classmethod
    def _fields_wire(cls, f: Mapping[str, Any]) -> dict[str, Any] | None:
        """The body for the SDK's snake_case keyword arguments `f`, checked as _wire_ok checks
        it, or None when only the slow path (hamsa._wire) can build and check it."""
        w: dict[str, Any] = {}
        v = f.get("id", ABSENT)
        if v is not ABSENT:
            if v is not None:
                if not (type(v) is str):
                    return None
            w["id"] = v
        v = f.get("title", ABSENT)
        if v is not ABSENT:
            if v is not None:
                if not (type(v) is str):
                    return None
            w["title"] = v
        v = f.get("type", ABSENT)
        if v is not ABSENT:
            if v is not None:
                if not (type(v) is str):
                    return None
            w["type"] = v
        v = f.get("system_model_key", ABSENT)
        if v is not ABSENT:
            if v is not None:
                if not (type(v) is str):
                    return None
            w["systemModelKey"] = v
        v = f.get("url", ABSENT)
        if v is not ABSENT:
            if v is not None:
                if not (type(v) is str):
                    return None
            w["url"] = v
        v = f.get("created_by", ABSENT)
        if v is not ABSENT:
            if v is not None:
                if not (type(v) is str):
                    return None
            w["createdBy"] = v
        v = f.get("api_key", ABSENT)
        if v is not ABSENT:
            if v is not None:
                if not (type(v) is str):
                    return None
            w["apiKey"] = v
        if "status" in f:
            return None
        v = f.get("cost", ABSENT)
        if v is not ABSENT:
            if not (type(v) in (int, float)):
                return None
            w["cost"] = v
        if "created_at" in f:
            return None
        if "updated_at" in f:
            return None
        v = f.get("attributes", ABSENT)
        if v is not ABSENT:
            if type(v) is not dict:
                return None
            v = JobAttributes._fields_wire(v)
            if v is None:
                return None
            w["attributes"] = v
        v = f.get("relevant_job_id", ABSENT)
        if v is not ABSENT:
            if v is not None:
                if not (type(v) is str):
                    return None
            w["relevantJobId"] = v
        if len(w) != len(f):
            return None
        return w

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

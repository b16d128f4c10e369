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

from ..models.job_status import JobStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobSummary")


@_attrs_define
class JobSummary:
    """A job as the list shows it."""

    id: None | str | Unset = UNSET
    """ Job id. """
    title: None | str | Unset = UNSET
    """ Name. """
    media_url: None | str | Unset = UNSET
    """ The media. """
    media_type: None | str | Unset = UNSET
    """ e.g. `YOUTUBE`. """
    total_cost: float | Unset = UNSET
    """ Cost. """
    status: JobStatus | str | Unset = UNSET
    """ Where the job is (documented values in JobStatus). """
    created_at: datetime.datetime | Unset = UNSET
    """ Created. """
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

        media_url: None | str | Unset
        if isinstance(self.media_url, Unset):
            media_url = UNSET
        else:
            media_url = self.media_url

        media_type: None | str | Unset
        if isinstance(self.media_type, Unset):
            media_type = UNSET
        else:
            media_type = self.media_type

        total_cost = self.total_cost

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, JobStatus):
            status = self.status.value
        else:
            status = self.status

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if media_url is not UNSET:
            field_dict["mediaUrl"] = media_url
        if media_type is not UNSET:
            field_dict["mediaType"] = media_type
        if total_cost is not UNSET:
            field_dict["totalCost"] = total_cost
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

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

            media_url: None | str | Unset = d.pop("mediaUrl", UNSET)

            media_type: None | str | Unset = d.pop("mediaType", UNSET)

            total_cost = d.pop("totalCost", UNSET)

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

            _created_at = d.pop("createdAt", UNSET)
            created_at: datetime.datetime | Unset
            if _created_at is UNSET:
                created_at = UNSET
            else:
                created_at = datetime.datetime.fromisoformat(_created_at)

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

        v = self.media_url
        if v is not UNSET and not (type(v) is str or v is None):
            _constraints.check_type(out, prefix + "media_url", v, "string", True)

        v = self.media_type
        if v is not UNSET and not (type(v) is str or v is None):
            _constraints.check_type(out, prefix + "media_type", v, "string", True)

        v = self.total_cost
        if v is not UNSET and not (type(v) in (int, float)):
            _constraints.check_type(out, prefix + "total_cost", v, "number", False)

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
        v = d.get("mediaUrl", ABSENT)
        if v is not ABSENT and v is not None:
            if not (type(v) is str):
                return False
        v = d.get("mediaType", ABSENT)
        if v is not ABSENT and v is not None:
            if not (type(v) is str):
                return False
        v = d.get("totalCost", ABSENT)
        if v is not ABSENT:
            if not (type(v) in (int, float)):
                return False
        if "status" in d:
            return False
        if "createdAt" in d:
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
        v = f.get("media_url", ABSENT)
        if v is not ABSENT:
            if v is not None:
                if not (type(v) is str):
                    return None
            w["mediaUrl"] = v
        v = f.get("media_type", ABSENT)
        if v is not ABSENT:
            if v is not None:
                if not (type(v) is str):
                    return None
            w["mediaType"] = v
        v = f.get("total_cost", ABSENT)
        if v is not ABSENT:
            if not (type(v) in (int, float)):
                return None
            w["totalCost"] = v
        if "status" in f:
            return None
        if "created_at" in f:
            return None
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

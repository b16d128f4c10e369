from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa import _constraints
from hamsa._constraints import ABSENT, Violation
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure
from hamsa._redact import masked_mapping

from ..models.job_summary import JobSummary
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobSummaryPage")


@_attrs_define
class JobSummaryPage:
    """One page of jobs with counters."""

    jobs: list[JobSummary] | Unset = UNSET
    """ The jobs. """
    total: int | Unset = UNSET
    """ All jobs. """
    filtered: int | Unset = UNSET
    """ Jobs matching the filters. """
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "jobs",
        "total",
        "filtered",
    )
    _REQUIRED_JSON_KEYS: ClassVar[tuple[str, ...]] = ()
    additional_properties: dict[str, Any] = _attrs_field(
        factory=dict, kw_only=True, repr=masked_mapping
    )
    """Fields the API sent that this SDK version does not know; sent back unchanged."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON-ready dict the API expects (camelCase keys)."""
        jobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.jobs, Unset):
            jobs = []
            for jobs_item_data in self.jobs:
                jobs_item = jobs_item_data.to_dict()
                jobs.append(jobs_item)

        total = self.total

        filtered = self.filtered

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if jobs is not UNSET:
            field_dict["jobs"] = jobs
        if total is not UNSET:
            field_dict["total"] = total
        if filtered is not UNSET:
            field_dict["filtered"] = filtered

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from API JSON; unknown keys land in additional_properties."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            # dict() would accept a list of pairs
            raise parse_failure(TypeError("expected a JSON object"), src_dict, {}, cls._JSON_KEYS)
        d = dict(src_dict)
        try:
            _jobs = d.pop("jobs", UNSET)
            jobs: list[JobSummary] | Unset = UNSET
            if _jobs is not UNSET:
                jobs = []
                for jobs_item_data in _jobs:
                    jobs_item = JobSummary.from_dict(jobs_item_data)

                    jobs.append(jobs_item)

            total = d.pop("total", UNSET)

            filtered = d.pop("filtered", UNSET)

            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                jobs,
                total,
                filtered,
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
        v = self.jobs
        if v is not UNSET and not (type(v) is list):
            _constraints.check_type(out, prefix + "jobs", v, "array", False)
        if isinstance(v, list):
            for index, item in enumerate(v):
                if isinstance(item, JobSummary):
                    item.collect_violations(f"{prefix}jobs[{index}].", out)

        v = self.total
        if v is not UNSET and not (type(v) is int):
            _constraints.check_type(out, prefix + "total", v, "integer", False)

        v = self.filtered
        if v is not UNSET and not (type(v) is int):
            _constraints.check_type(out, prefix + "filtered", v, "integer", False)

        return out

    @classmethod
    def _wire_ok(cls, d: Mapping[str, Any]) -> bool:
        """True when `d` (camelCase JSON) is a valid body that from_dict/to_dict would send
        unchanged; False sends it the slow way, which checks and words every problem."""
        v = d.get("jobs", ABSENT)
        if v is not ABSENT:
            if not (type(v) is list and all(type(i) is dict and JobSummary._wire_ok(i) for i in v)):
                return False
        v = d.get("total", ABSENT)
        if v is not ABSENT:
            if not (type(v) is int):
                return False
        v = d.get("filtered", ABSENT)
        if v is not ABSENT:
            if not (type(v) is int):
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa import _constraints
from hamsa._constraints import ABSENT, Violation
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure
from hamsa._redact import mask_secret, masked_mapping

from ..types import UNSET, Unset

T = TypeVar("T", bound="ParticipantToken")


@_attrs_define
class ParticipantToken:
    """What a front end needs to join the web call."""

    live_kit_access_token: str = _attrs_field(repr=mask_secret)
    """ LiveKit access token (a JWT) for the browser; a secret. """
    job_id: str | Unset = UNSET
    """ The conversation id, when the API returns it (it may also be inside the token). """
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "liveKitAccessToken",
        "jobId",
    )
    _REQUIRED_JSON_KEYS: ClassVar[tuple[str, ...]] = ("liveKitAccessToken",)
    additional_properties: dict[str, Any] = _attrs_field(
        factory=dict, kw_only=True, repr=masked_mapping
    )
    """Fields the API sent that this SDK version does not know; sent back unchanged."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON-ready dict the API expects (camelCase keys)."""
        live_kit_access_token = self.live_kit_access_token

        job_id = self.job_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "liveKitAccessToken": live_kit_access_token,
            }
        )
        if job_id is not UNSET:
            field_dict["jobId"] = job_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from API JSON; unknown keys land in additional_properties."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            # dict() would accept a list of pairs
            raise parse_failure(TypeError("expected a JSON object"), src_dict, {}, cls._JSON_KEYS)
        d = dict(src_dict)
        try:
            live_kit_access_token = d.pop("liveKitAccessToken")

            job_id = d.pop("jobId", UNSET)

            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                live_kit_access_token,
                job_id,
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
        v = self.live_kit_access_token
        if not (type(v) is str):
            _constraints.check_type(out, prefix + "live_kit_access_token", v, "string", False)

        v = self.job_id
        if v is not UNSET and not (type(v) is str):
            _constraints.check_type(out, prefix + "job_id", v, "string", False)

        return out

    @classmethod
    def _wire_ok(cls, d: Mapping[str, Any]) -> bool:
        """True when `d` (camelCase JSON) is a valid body that from_dict/to_dict would send
        unchanged; False sends it the slow way, which checks and words every problem."""
        v = d.get("liveKitAccessToken", ABSENT)
        if v is ABSENT:
            return False
        if not (type(v) is str):
            return False
        v = d.get("jobId", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str):
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

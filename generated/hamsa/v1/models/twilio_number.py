from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa import _constraints
from hamsa._constraints import ABSENT, Violation
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure
from hamsa._redact import masked_mapping

from ..types import UNSET, Unset

T = TypeVar("T", bound="TwilioNumber")


@_attrs_define
class TwilioNumber:
    """A Twilio number, in the legacy form."""

    id: str | Unset = UNSET
    """ Id. """
    number: str | Unset = UNSET
    """ The number. """
    label: str | Unset = UNSET
    """ Name. """
    number_sid: str | Unset = UNSET
    """ Twilio's id of the number. """
    user_id: str | Unset = UNSET
    """ Owner. """
    is_active: bool | Unset = UNSET
    """ Whether it is in use. """
    voice_agent_id: None | str | Unset = UNSET
    """ The agent using it. """
    created_at: datetime.datetime | Unset = UNSET
    """ Added. """
    updated_at: datetime.datetime | Unset = UNSET
    """ Last change. """
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "id",
        "number",
        "label",
        "numberSid",
        "userId",
        "isActive",
        "voiceAgentId",
        "createdAt",
        "updatedAt",
    )
    _REQUIRED_JSON_KEYS: ClassVar[tuple[str, ...]] = ()
    additional_properties: dict[str, Any] = _attrs_field(
        factory=dict, kw_only=True, repr=masked_mapping
    )
    """Fields the API sent that this SDK version does not know; sent back unchanged."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON-ready dict the API expects (camelCase keys)."""
        id = self.id

        number = self.number

        label = self.label

        number_sid = self.number_sid

        user_id = self.user_id

        is_active = self.is_active

        voice_agent_id: None | str | Unset
        if isinstance(self.voice_agent_id, Unset):
            voice_agent_id = UNSET
        else:
            voice_agent_id = self.voice_agent_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if number is not UNSET:
            field_dict["number"] = number
        if label is not UNSET:
            field_dict["label"] = label
        if number_sid is not UNSET:
            field_dict["numberSid"] = number_sid
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if voice_agent_id is not UNSET:
            field_dict["voiceAgentId"] = voice_agent_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from API JSON; unknown keys land in additional_properties."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            # dict() would accept a list of pairs
            raise parse_failure(TypeError("expected a JSON object"), src_dict, {}, cls._JSON_KEYS)
        d = dict(src_dict)
        try:
            id = d.pop("id", UNSET)

            number = d.pop("number", UNSET)

            label = d.pop("label", UNSET)

            number_sid = d.pop("numberSid", UNSET)

            user_id = d.pop("userId", UNSET)

            is_active = d.pop("isActive", UNSET)

            voice_agent_id: None | str | Unset = d.pop("voiceAgentId", UNSET)

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

            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                id,
                number,
                label,
                number_sid,
                user_id,
                is_active,
                voice_agent_id,
                created_at,
                updated_at,
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
        if v is not UNSET and not (type(v) is str):
            _constraints.check_type(out, prefix + "id", v, "string", False)

        v = self.number
        if v is not UNSET and not (type(v) is str):
            _constraints.check_type(out, prefix + "number", v, "string", False)

        v = self.label
        if v is not UNSET and not (type(v) is str):
            _constraints.check_type(out, prefix + "label", v, "string", False)

        v = self.number_sid
        if v is not UNSET and not (type(v) is str):
            _constraints.check_type(out, prefix + "number_sid", v, "string", False)

        v = self.user_id
        if v is not UNSET and not (type(v) is str):
            _constraints.check_type(out, prefix + "user_id", v, "string", False)

        v = self.is_active
        if v is not UNSET and not (type(v) is bool):
            _constraints.check_type(out, prefix + "is_active", v, "boolean", False)

        v = self.voice_agent_id
        if v is not UNSET and not (type(v) is str or v is None):
            _constraints.check_type(out, prefix + "voice_agent_id", v, "string", True)

        return out

    @classmethod
    def _wire_ok(cls, d: Mapping[str, Any]) -> bool:
        """True when `d` (camelCase JSON) is a valid body that from_dict/to_dict would send
        unchanged; False sends it the slow way, which checks and words every problem."""
        v = d.get("id", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str):
                return False
        v = d.get("number", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str):
                return False
        v = d.get("label", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str):
                return False
        v = d.get("numberSid", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str):
                return False
        v = d.get("userId", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str):
                return False
        v = d.get("isActive", ABSENT)
        if v is not ABSENT:
            if not (type(v) is bool):
                return False
        v = d.get("voiceAgentId", ABSENT)
        if v is not ABSENT and v is not None:
            if not (type(v) is str):
                return False
        if "createdAt" in d:
            return False
        if "updatedAt" in d:
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

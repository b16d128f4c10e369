from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa._model import OpenModel
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure, wrong_type
from hamsa._redact import mask_secret, masked_mapping
from hamsa._rules import ENUM, STRING, RequestModel, Rules, field, length, one_of, pattern

from ..models.phone_number_provider import PhoneNumberProvider


@_attrs_define(repr=False)
class AddPhoneNumberRequest(RequestModel, OpenModel):
    """A Twilio number to connect, with the Twilio credentials that control it."""

    phone_number: str
    """The number, in international format, e.g. `+15551234567`, in E.164 form (`+` then 8 to 15 digits)."""
    label: str
    """Display name of the number."""
    twilio_account_sid: str
    """SID of the Twilio account that owns the number (starts with `AC`)."""
    twilio_auth_token: str = _attrs_field(repr=mask_secret)
    """Auth token of that Twilio account.
    A secret."""
    type: PhoneNumberProvider | None = None
    """Where a phone number is connected from: a Twilio account or a SIP trunk."""
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "phoneNumber",
        "label",
        "twilioAccountSid",
        "twilioAuthToken",
        "type",
    )
    _REQUIRED_JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "phoneNumber",
        "label",
        "twilioAccountSid",
        "twilioAuthToken",
    )
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
        field_dict["phoneNumber"] = self.phone_number
        field_dict["label"] = self.label
        field_dict["twilioAccountSid"] = self.twilio_account_sid
        field_dict["twilioAuthToken"] = self.twilio_auth_token
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
            phone_number = d.pop("phoneNumber")
            if phone_number.__class__ is not str:
                wrong_type(phone_number, "str")
            label = d.pop("label")
            if label.__class__ is not str:
                wrong_type(label, "str")
            twilio_account_sid = d.pop("twilioAccountSid")
            if twilio_account_sid.__class__ is not str:
                wrong_type(twilio_account_sid, "str")
            twilio_auth_token = d.pop("twilioAuthToken")
            if twilio_auth_token.__class__ is not str:
                wrong_type(twilio_auth_token, "str")
            type = d.pop("type", None)
            if type is not None:
                type = PhoneNumberProvider.from_wire(type)
            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                phone_number,
                label,
                twilio_account_sid,
                twilio_auth_token,
                type,
                additional_properties=d,
            )
        except (ModelParseError, *PARSE_FAILURES) as error:
            raise parse_failure(error, src_dict, d, cls._JSON_KEYS) from error
        return instance_


# The documented constraints, checked before a request is sent (hamsa._rules). Outside the
# class body, where a field could be called `field` or `items`.
AddPhoneNumberRequest._RULES = Rules(
    field("phoneNumber", STRING, pattern("^\\+[1-9][0-9]{7,14}$")),
    field("label", STRING, length(min_length=1)),
    field("twilioAccountSid", STRING),
    field("twilioAuthToken", STRING),
    field("type", ENUM, one_of("TWILIO", "SIP")),
    extra="open",
)

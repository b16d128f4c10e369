from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa._model import OpenModel
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure, wrong_type
from hamsa._redact import mask_secret, masked_mapping
from hamsa._rules import STRING, RequestModel, Rules, field


@_attrs_define(repr=False)
class WebhookAuth(RequestModel, OpenModel):
    """Credentials Hamsa attaches when it calls your webhook, sent as the header `Authorization: <authKey> <authSecret>`.
    Treat `authSecret` as a secret."""

    auth_key: str | None = None
    """First part of the Authorization header value, typically a scheme such as `Token` or `Bearer`."""
    auth_secret: str | None = _attrs_field(default=None, repr=mask_secret)
    """Second part of the Authorization header value; a secret."""
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "authKey",
        "authSecret",
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
        if self.auth_key is not None:
            field_dict["authKey"] = self.auth_key
        if self.auth_secret is not None:
            field_dict["authSecret"] = self.auth_secret
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
            auth_key = d.pop("authKey", None)
            if auth_key.__class__ is not str and auth_key is not None:
                wrong_type(auth_key, "str")
            auth_secret = d.pop("authSecret", None)
            if auth_secret.__class__ is not str and auth_secret is not None:
                wrong_type(auth_secret, "str")
            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                auth_key,
                auth_secret,
                additional_properties=d,
            )
        except (ModelParseError, *PARSE_FAILURES) as error:
            raise parse_failure(error, src_dict, d, cls._JSON_KEYS) from error
        return instance_


# The documented constraints, checked before a request is sent (hamsa._rules). Outside the
# class body, where a field could be called `field` or `items`.
WebhookAuth._RULES = Rules(
    field("authKey", STRING),
    field("authSecret", STRING),
    extra="open",
)

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa._model import OpenModel
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure
from hamsa._redact import masked_mapping
from hamsa._rules import ARRAY, STRING, RequestModel, Rules, field, items, list_of, model

from ..models.custom_ai_part import CustomAiPart
from ..models.webhook_auth import WebhookAuth


@_attrs_define(repr=False)
class CustomAiContentRequest(RequestModel, OpenModel):
    """AI content made with your own prompts.
    (An older copy of the page sent `aiParts` as names plus a `prompts` map; the current form is a list of `{aiPart, language, prompt}`.)
    """

    ai_parts: list[CustomAiPart]
    """The parts with their prompts."""
    webhook_url: None | str = None
    """Where Hamsa POSTs the finished job (a URL; the page's only example shows a placeholder, so it is not checked as one)."""
    webhook_auth: WebhookAuth | None = None
    """Credentials Hamsa attaches when it calls your webhook, sent as the header `Authorization: <authKey> <authSecret>`.
    Treat `authSecret` as a secret."""
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "aiParts",
        "webhookUrl",
        "webhookAuth",
    )
    _REQUIRED_JSON_KEYS: ClassVar[tuple[str, ...]] = ("aiParts",)
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
        ai_parts = []
        for ai_parts_item_data in self.ai_parts:
            ai_parts_item = ai_parts_item_data.to_wire()
            ai_parts.append(ai_parts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["aiParts"] = ai_parts
        if self.webhook_url is not None:
            field_dict["webhookUrl"] = self.webhook_url
        if self.webhook_auth is not None:
            field_dict["webhookAuth"] = self.webhook_auth.to_wire()
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
            ai_parts = []
            _ai_parts = d.pop("aiParts")
            for ai_parts_item_data in _ai_parts:
                ai_parts_item = CustomAiPart.from_dict(ai_parts_item_data)

                ai_parts.append(ai_parts_item)
            webhook_url: None | str = d.pop("webhookUrl", None)
            if webhook_url is None and "webhookUrl" in src_dict:
                wire_nulls.append("webhookUrl")
            webhook_auth = d.pop("webhookAuth", None)
            if webhook_auth is not None:
                webhook_auth = WebhookAuth.from_dict(webhook_auth)
            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                ai_parts,
                webhook_url,
                webhook_auth,
                additional_properties=d,
                wire_nulls=wire_nulls,
            )
        except (ModelParseError, *PARSE_FAILURES) as error:
            raise parse_failure(error, src_dict, d, cls._JSON_KEYS) from error
        return instance_


# The documented constraints, checked before a request is sent (hamsa._rules). Outside the
# class body, where a field could be called `field` or `items`.
CustomAiContentRequest._RULES = Rules(
    field("aiParts", list_of("CustomAiPart"), ARRAY, items(min_items=1)),
    field("webhookUrl", STRING, null=True),
    field("webhookAuth", model("WebhookAuth")),
    extra="open",
)

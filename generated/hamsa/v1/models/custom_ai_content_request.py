from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa import _constraints
from hamsa._constraints import ABSENT, Violation
from hamsa._model import Model
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure
from hamsa._redact import masked_mapping

from ..models.custom_ai_part import CustomAiPart
from ..models.webhook_auth import WebhookAuth


@_attrs_define(repr=False)
class CustomAiContentRequest(Model):
    """AI content made with your own prompts.
    (An older copy of the page sent `aiParts` as names plus a `prompts` map; the current form is a list of `{aiPart, language, prompt}`.)

    """

    ai_parts: list[CustomAiPart]
    """ The parts with their prompts. """
    webhook_url: None | str = None
    """ Where Hamsa POSTs the finished job (a URL; the page's only example shows a placeholder, so it is not checked as one). """
    webhook_auth: WebhookAuth | None = None
    """ Credentials Hamsa attaches when it calls your webhook, sent as the header `Authorization: <authKey> <authSecret>`.
    Treat `authSecret` as a secret. """
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

        webhook_url: None | str
        if self.webhook_url is None:
            webhook_url = None
        else:
            webhook_url = self.webhook_url

        webhook_auth: dict[str, Any] | None = None
        if not self.webhook_auth is None:
            webhook_auth = self.webhook_auth.to_wire()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "aiParts": ai_parts,
            }
        )
        if webhook_url is not None:
            field_dict["webhookUrl"] = webhook_url
        if webhook_auth is not None:
            field_dict["webhookAuth"] = webhook_auth
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

            _webhook_auth = d.pop("webhookAuth", None)
            webhook_auth: WebhookAuth | None
            if _webhook_auth is None:
                webhook_auth = None
            else:
                webhook_auth = WebhookAuth.from_dict(_webhook_auth)

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

    def collect_violations(
        self, prefix: str = "", out: list[Violation] | None = None
    ) -> list[Violation]:
        """Every documented constraint this value breaks, each named by its field path."""
        out = [] if out is None else out
        v: Any
        v = self.ai_parts
        if not (type(v) is list):
            _constraints.check_type(out, prefix + "ai_parts", v, "array", False)
        if not (isinstance(v, list) and 1 <= len(v)):
            _constraints.check_items(out, prefix + "ai_parts", v, min_items=1)
        if isinstance(v, list):
            for index, item in enumerate(v):
                if isinstance(item, CustomAiPart):
                    item.collect_violations(f"{prefix}ai_parts[{index}].", out)

        v = self.webhook_url
        if v is not None and not (type(v) is str or v is None):
            _constraints.check_type(out, prefix + "webhook_url", v, "string", True)

        v = self.webhook_auth
        if isinstance(v, WebhookAuth):
            v.collect_violations(prefix + "webhook_auth" + ".", out)

        return out

    @classmethod
    def _wire_ok(cls, d: Mapping[str, Any]) -> bool:
        """True when `d` (camelCase JSON) is a valid body that from_dict/to_dict would send unchanged.
        False sends it the slow way, which checks and words every problem."""
        v = d.get("aiParts", ABSENT)
        if v is ABSENT:
            return False
        if not (
            type(v) is list
            and all(type(i) is dict and CustomAiPart._wire_ok(i) for i in v)
            and isinstance(v, list)
            and 1 <= len(v)
        ):
            return False
        v = d.get("webhookUrl", ABSENT)
        if v is not ABSENT and v is not None:
            if not (type(v) is str):
                return False
        v = d.get("webhookAuth", ABSENT)
        if v is not ABSENT:
            if not (type(v) is dict and WebhookAuth._wire_ok(v)):
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa import _constraints
from hamsa._constraints import ABSENT, Violation
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure
from hamsa._redact import masked_mapping

from ..models.webhook_auth import WebhookAuth
from ..types import UNSET, Unset

T = TypeVar("T", bound="TextToSpeechJobRequest")


@_attrs_define
class TextToSpeechJobRequest:
    """Text to turn into speech in the background."""

    voice_id: str
    """ The voice (a speaker name such as `Amjad`, or a cloned voice id). """
    text: str
    """ The text to speak (the page's example asks for at least 5 words). """
    webhook_url: str | Unset = UNSET
    """ Where Hamsa POSTs the finished job (an absolute URL). """
    webhook_auth: WebhookAuth | Unset = UNSET
    """ Credentials Hamsa attaches when it calls your webhook, sent as the header
    `Authorization: <authKey> <authSecret>`. Treat `authSecret` as a secret.
     """
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "voiceId",
        "text",
        "webhookUrl",
        "webhookAuth",
    )
    _REQUIRED_JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "voiceId",
        "text",
    )
    additional_properties: dict[str, Any] = _attrs_field(
        factory=dict, kw_only=True, repr=masked_mapping
    )
    """Fields the API sent that this SDK version does not know; sent back unchanged."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON-ready dict the API expects (camelCase keys)."""
        voice_id = self.voice_id

        text = self.text

        webhook_url = self.webhook_url

        webhook_auth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.webhook_auth, Unset):
            webhook_auth = self.webhook_auth.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "voiceId": voice_id,
                "text": text,
            }
        )
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url
        if webhook_auth is not UNSET:
            field_dict["webhookAuth"] = webhook_auth

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from API JSON; unknown keys land in additional_properties."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            # dict() would accept a list of pairs
            raise parse_failure(TypeError("expected a JSON object"), src_dict, {}, cls._JSON_KEYS)
        d = dict(src_dict)
        try:
            voice_id = d.pop("voiceId")

            text = d.pop("text")

            webhook_url = d.pop("webhookUrl", UNSET)

            _webhook_auth = d.pop("webhookAuth", UNSET)
            webhook_auth: WebhookAuth | Unset
            if _webhook_auth is UNSET:
                webhook_auth = UNSET
            else:
                webhook_auth = WebhookAuth.from_dict(_webhook_auth)

            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                voice_id,
                text,
                webhook_url,
                webhook_auth,
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
        v = self.voice_id
        if not (type(v) is str):
            _constraints.check_type(out, prefix + "voice_id", v, "string", False)
        if not (isinstance(v, str) and 1 <= len(v)):
            _constraints.check_length(out, prefix + "voice_id", v, min_length=1)

        v = self.text
        if not (type(v) is str):
            _constraints.check_type(out, prefix + "text", v, "string", False)
        if not (isinstance(v, str) and 1 <= len(v)):
            _constraints.check_length(out, prefix + "text", v, min_length=1)

        v = self.webhook_url
        if v is not UNSET and not (type(v) is str):
            _constraints.check_type(out, prefix + "webhook_url", v, "string", False)
        if v is not UNSET and not (isinstance(v, str) and 1 <= len(v)):
            _constraints.check_length(out, prefix + "webhook_url", v, min_length=1)

        v = self.webhook_auth
        if isinstance(v, WebhookAuth):
            v.collect_violations(prefix + "webhook_auth" + ".", out)

        return out

    @classmethod
    def _wire_ok(cls, d: Mapping[str, Any]) -> bool:
        """True when `d` (camelCase JSON) is a valid body that from_dict/to_dict would send
        unchanged; False sends it the slow way, which checks and words every problem."""
        v = d.get("voiceId", ABSENT)
        if v is ABSENT:
            return False
        if not (type(v) is str and isinstance(v, str) and 1 <= len(v)):
            return False
        v = d.get("text", ABSENT)
        if v is ABSENT:
            return False
        if not (type(v) is str and isinstance(v, str) and 1 <= len(v)):
            return False
        v = d.get("webhookUrl", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str and isinstance(v, str) and 1 <= len(v)):
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

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa import _constraints
from hamsa._constraints import ABSENT, Violation
from hamsa._model import Model
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure, wrong_type
from hamsa._redact import mask_secret, masked_mapping

from ..models.create_job_request_processing_type import CreateJobRequestProcessingType
from ..models.create_job_request_type import CreateJobRequestType
from ..models.language import Language
from ..models.webhook_auth import WebhookAuth


@_attrs_define(repr=False)
class CreateJobRequest(Model):
    """A transcription job."""

    type: CreateJobRequestType
    """ Only `TRANSCRIPTION` is documented. """
    api_key: str = _attrs_field(repr=mask_secret)
    """ The id (a UUID) of the API key the job is billed to, not the key itself.
    Typed as plain text: the SDK treats `apiKey` fields as secrets and redacts them. """
    media_url: str
    """ Public URL of the audio or video. """
    title: str
    """ A name for the job. """
    language: Language
    """ Language the agent speaks, as a two-letter code (Arabic or English). """
    processing_type: CreateJobRequestProcessingType | None = None
    """ `async` (default) or `sync`.
    The service uses "async" when it is left out. """
    webhook_url: str | None = None
    """ Where Hamsa POSTs the finished job. """
    webhook_auth: WebhookAuth | None = None
    """ Credentials Hamsa attaches when it calls your webhook.
    The v2 page does not show the fields; `authKey` and `authSecret` are the ones v1 documents (sent as `Authorization: <authKey> <authSecret>`).
    Treat the secret as a secret. """
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "type",
        "apiKey",
        "mediaUrl",
        "title",
        "language",
        "processingType",
        "webhookUrl",
        "webhookAuth",
    )
    _REQUIRED_JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "type",
        "apiKey",
        "mediaUrl",
        "title",
        "language",
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
        type = self.type.value

        api_key = self.api_key

        media_url = self.media_url

        title = self.title

        language = self.language.value

        processing_type: str | None = None
        if not self.processing_type is None:
            processing_type = self.processing_type.value

        webhook_url = self.webhook_url

        webhook_auth: dict[str, Any] | None = None
        if not self.webhook_auth is None:
            webhook_auth = self.webhook_auth.to_wire()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type,
                "apiKey": api_key,
                "mediaUrl": media_url,
                "title": title,
                "language": language,
            }
        )
        if processing_type is not None:
            field_dict["processingType"] = processing_type
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
        try:
            type = CreateJobRequestType.from_wire(d.pop("type"))

            api_key = d.pop("apiKey")
            if api_key.__class__ is not str:
                wrong_type(api_key, "str")

            media_url = d.pop("mediaUrl")
            if media_url.__class__ is not str:
                wrong_type(media_url, "str")

            title = d.pop("title")
            if title.__class__ is not str:
                wrong_type(title, "str")

            language = Language.from_wire(d.pop("language"))

            _processing_type = d.pop("processingType", None)
            processing_type: CreateJobRequestProcessingType | None
            if _processing_type is None:
                processing_type = None
            else:
                processing_type = CreateJobRequestProcessingType.from_wire(_processing_type)

            webhook_url = d.pop("webhookUrl", None)
            if webhook_url.__class__ is not str and webhook_url is not None:
                wrong_type(webhook_url, "str")

            _webhook_auth = d.pop("webhookAuth", None)
            webhook_auth: WebhookAuth | None
            if _webhook_auth is None:
                webhook_auth = None
            else:
                webhook_auth = WebhookAuth.from_dict(_webhook_auth)

            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                type,
                api_key,
                media_url,
                title,
                language,
                processing_type,
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
        v = self.type
        if not (v in ("TRANSCRIPTION",)):
            _constraints.check_enum(out, prefix + "type", v, allowed=("TRANSCRIPTION",))

        v = self.api_key
        if not (type(v) is str):
            _constraints.check_type(out, prefix + "api_key", v, "string", False)
        if not (isinstance(v, str) and 1 <= len(v)):
            _constraints.check_length(out, prefix + "api_key", v, min_length=1)

        v = self.media_url
        if not (type(v) is str):
            _constraints.check_type(out, prefix + "media_url", v, "string", False)
        if not (isinstance(v, str) and 1 <= len(v)):
            _constraints.check_length(out, prefix + "media_url", v, min_length=1)
        _constraints.check_uri(out, prefix + "media_url", v)

        v = self.title
        if not (type(v) is str):
            _constraints.check_type(out, prefix + "title", v, "string", False)
        if not (isinstance(v, str) and 1 <= len(v)):
            _constraints.check_length(out, prefix + "title", v, min_length=1)

        v = self.language
        if not (v in ("ar", "en")):
            _constraints.check_enum(out, prefix + "language", v, allowed=("ar", "en"))

        v = self.processing_type
        if v is not None and not (v in ("async", "sync")):
            _constraints.check_enum(out, prefix + "processing_type", v, allowed=("async", "sync"))

        v = self.webhook_url
        if v is not None and not (type(v) is str):
            _constraints.check_type(out, prefix + "webhook_url", v, "string", False)
        if v is not None:
            _constraints.check_uri(out, prefix + "webhook_url", v)

        if v is None and "webhookUrl" in self._wire_nulls:
            _constraints.check_type(out, prefix + "webhook_url", None, "string", False)

        v = self.webhook_auth
        if isinstance(v, WebhookAuth):
            v.collect_violations(prefix + "webhook_auth" + ".", out)

        return out

    @classmethod
    def _wire_ok(cls, d: Mapping[str, Any]) -> bool:
        """True when `d` (camelCase JSON) is a valid body that from_dict/to_dict would send unchanged.
        False sends it the slow way, which checks and words every problem."""
        out: list[Violation] = []
        v = d.get("type", ABSENT)
        if v is ABSENT:
            return False
        if not (isinstance(v, str) and v in ("TRANSCRIPTION",)):
            return False
        v = d.get("apiKey", ABSENT)
        if v is ABSENT:
            return False
        if not (type(v) is str and isinstance(v, str) and 1 <= len(v)):
            return False
        v = d.get("mediaUrl", ABSENT)
        if v is ABSENT:
            return False
        if not (type(v) is str and isinstance(v, str) and 1 <= len(v)):
            return False
        _constraints.check_uri(out, "", v)
        v = d.get("title", ABSENT)
        if v is ABSENT:
            return False
        if not (type(v) is str and isinstance(v, str) and 1 <= len(v)):
            return False
        v = d.get("language", ABSENT)
        if v is ABSENT:
            return False
        if not (isinstance(v, str) and v in ("ar", "en")):
            return False
        v = d.get("processingType", ABSENT)
        if v is not ABSENT:
            if not (isinstance(v, str) and v in ("async", "sync")):
                return False
        v = d.get("webhookUrl", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str):
                return False
            _constraints.check_uri(out, "", v)
        v = d.get("webhookAuth", ABSENT)
        if v is not ABSENT:
            if not (type(v) is dict and WebhookAuth._wire_ok(v)):
                return False
        return not out

    @classmethod
    def _fields_wire(cls, f: Mapping[str, Any]) -> dict[str, Any] | None:
        """The body for the SDK's snake_case keyword arguments `f`, checked as _wire_ok checks it.
        None when only the slow path (hamsa._wire) can build and check it."""
        out: list[Violation] = []
        w: dict[str, Any] = {}
        v = f.get("type", ABSENT)
        if v is ABSENT:
            return None
        if not (isinstance(v, str) and v in ("TRANSCRIPTION",)):
            return None
        w["type"] = v
        v = f.get("api_key", ABSENT)
        if v is ABSENT:
            return None
        if not (type(v) is str and isinstance(v, str) and 1 <= len(v)):
            return None
        w["apiKey"] = v
        v = f.get("media_url", ABSENT)
        if v is ABSENT:
            return None
        if not (type(v) is str and isinstance(v, str) and 1 <= len(v)):
            return None
        _constraints.check_uri(out, "", v)
        w["mediaUrl"] = v
        v = f.get("title", ABSENT)
        if v is ABSENT:
            return None
        if not (type(v) is str and isinstance(v, str) and 1 <= len(v)):
            return None
        w["title"] = v
        v = f.get("language", ABSENT)
        if v is ABSENT:
            return None
        if not (isinstance(v, str) and v in ("ar", "en")):
            return None
        w["language"] = v
        v = f.get("processing_type", ABSENT)
        if v is not ABSENT:
            if not (isinstance(v, str) and v in ("async", "sync")):
                return None
            w["processingType"] = v
        v = f.get("webhook_url", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str):
                return None
            _constraints.check_uri(out, "", v)
            w["webhookUrl"] = v
        v = f.get("webhook_auth", ABSENT)
        if v is not ABSENT:
            if type(v) is not dict:
                return None
            v = WebhookAuth._fields_wire(v)
            if v is None:
                return None
            w["webhookAuth"] = v
        if len(w) != len(f):
            return None
        return None if out else w

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

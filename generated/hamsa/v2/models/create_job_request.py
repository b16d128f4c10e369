from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa import _constraints
from hamsa._constraints import ABSENT, Violation
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure
from hamsa._redact import masked_mapping

from ..models.create_job_request_processing_type import CreateJobRequestProcessingType
from ..models.create_job_request_type import CreateJobRequestType
from ..models.language import Language
from ..models.webhook_auth import WebhookAuth
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateJobRequest")


@_attrs_define
class CreateJobRequest:
    """A transcription job."""

    type_: CreateJobRequestType
    """ Only `TRANSCRIPTION` is documented. """
    api_key: str
    """ The id (a UUID) of the API key the job is billed to, not the key itself. Typed as plain
    text: the SDK treats `apiKey` fields as secrets and redacts them. """
    media_url: str
    """ Public URL of the audio or video. """
    title: str
    """ A name for the job. """
    language: Language
    """ Language the agent speaks, as a two-letter code (Arabic or English). """
    processing_type: CreateJobRequestProcessingType | Unset = UNSET
    """ `async` (default) or `sync`. The service uses "async" when it is left out. """
    webhook_url: str | Unset = UNSET
    """ Where Hamsa POSTs the finished job. """
    webhook_auth: WebhookAuth | Unset = UNSET
    """ Credentials Hamsa attaches when it calls your webhook. The v2 page does not show the
    fields; `authKey` and `authSecret` are the ones v1 documents (sent as
    `Authorization: <authKey> <authSecret>`). Treat the secret as a secret.
     """
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

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON-ready dict the API expects (camelCase keys)."""
        type_ = self.type_.value

        api_key = self.api_key

        media_url = self.media_url

        title = self.title

        language = self.language.value

        processing_type: str | Unset = UNSET
        if not isinstance(self.processing_type, Unset):
            processing_type = self.processing_type.value

        webhook_url = self.webhook_url

        webhook_auth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.webhook_auth, Unset):
            webhook_auth = self.webhook_auth.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "apiKey": api_key,
                "mediaUrl": media_url,
                "title": title,
                "language": language,
            }
        )
        if processing_type is not UNSET:
            field_dict["processingType"] = processing_type
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
            type_ = CreateJobRequestType.from_wire(d.pop("type"))

            api_key = d.pop("apiKey")

            media_url = d.pop("mediaUrl")

            title = d.pop("title")

            language = Language.from_wire(d.pop("language"))

            _processing_type = d.pop("processingType", UNSET)
            processing_type: CreateJobRequestProcessingType | Unset
            if _processing_type is UNSET:
                processing_type = UNSET
            else:
                processing_type = CreateJobRequestProcessingType.from_wire(_processing_type)

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
                type_,
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
        v = self.type_
        if not (v in ("TRANSCRIPTION",)):
            _constraints.check_enum(out, prefix + "type_", v, allowed=("TRANSCRIPTION",))

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
        if v is not UNSET and not (v in ("async", "sync")):
            _constraints.check_enum(out, prefix + "processing_type", v, allowed=("async", "sync"))

        v = self.webhook_url
        if v is not UNSET and not (type(v) is str):
            _constraints.check_type(out, prefix + "webhook_url", v, "string", False)
        if v is not UNSET:
            _constraints.check_uri(out, prefix + "webhook_url", v)

        v = self.webhook_auth
        if isinstance(v, WebhookAuth):
            v.collect_violations(prefix + "webhook_auth" + ".", out)

        return out

    @classmethod
    def _wire_ok(cls, d: Mapping[str, Any]) -> bool:
        """True when `d` (camelCase JSON) is a valid body that from_dict/to_dict would send
        unchanged; False sends it the slow way, which checks and words every problem."""
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
        """The body for the SDK's snake_case keyword arguments `f`, checked as _wire_ok checks
        it, or None when only the slow path (hamsa._wire) can build and check it."""
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

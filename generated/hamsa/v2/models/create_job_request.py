from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa._model import OpenModel
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure, wrong_type
from hamsa._redact import mask_secret, masked_mapping
from hamsa._rules import ENUM, STRING, URI, RequestModel, Rules, field, length, model, one_of

from ..models.create_job_request_processing_type import CreateJobRequestProcessingType
from ..models.create_job_request_type import CreateJobRequestType
from ..models.language import Language
from ..models.webhook_auth import WebhookAuth


@_attrs_define(repr=False)
class CreateJobRequest(RequestModel, OpenModel):
    """A transcription job."""

    type: CreateJobRequestType
    """Only `TRANSCRIPTION` is documented."""
    api_key: str = _attrs_field(repr=mask_secret)
    """The id (a UUID) of the API key the job is billed to, not the key itself.
    Typed as plain text: the SDK treats `apiKey` fields as secrets and redacts them."""
    media_url: str
    """Public URL of the audio or video."""
    title: str
    """A name for the job."""
    language: Language
    """Language the agent speaks, as a two-letter code (Arabic or English)."""
    processing_type: CreateJobRequestProcessingType | None = None
    """`async` (default) or `sync`.
    The service uses "async" when it is left out."""
    webhook_url: str | None = None
    """Where Hamsa POSTs the finished job."""
    webhook_auth: WebhookAuth | None = None
    """Credentials Hamsa attaches when it calls your webhook.
    The v2 page does not show the fields; `authKey` and `authSecret` are the ones v1 documents (sent as `Authorization: <authKey> <authSecret>`).
    Treat the secret as a secret."""
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
        language = self.language.value
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = type
        field_dict["apiKey"] = self.api_key
        field_dict["mediaUrl"] = self.media_url
        field_dict["title"] = self.title
        field_dict["language"] = language
        if self.processing_type is not None:
            field_dict["processingType"] = self.processing_type.value
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
            processing_type = d.pop("processingType", None)
            if processing_type is not None:
                processing_type = CreateJobRequestProcessingType.from_wire(processing_type)
            webhook_url = d.pop("webhookUrl", None)
            if webhook_url.__class__ is not str and webhook_url is not None:
                wrong_type(webhook_url, "str")
            webhook_auth = d.pop("webhookAuth", None)
            if webhook_auth is not None:
                webhook_auth = WebhookAuth.from_dict(webhook_auth)
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


# The documented constraints, checked before a request is sent (hamsa._rules). Outside the
# class body, where a field could be called `field` or `items`.
CreateJobRequest._RULES = Rules(
    field("type", ENUM, one_of("TRANSCRIPTION")),
    field("apiKey", STRING, length(min_length=1)),
    field("mediaUrl", STRING, length(min_length=1), URI),
    field("title", STRING, length(min_length=1)),
    field("language", ENUM, one_of("ar", "en")),
    field("processingType", ENUM, one_of("async", "sync")),
    field("webhookUrl", STRING, URI),
    field("webhookAuth", model("WebhookAuth")),
    extra="open",
)

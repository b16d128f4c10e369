from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa._model import OpenModel
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure, wrong_type
from hamsa._redact import masked_mapping
from hamsa._rules import BOOLEAN, ENUM, STRING, RequestModel, Rules, field, length, model, one_of

from ..models.language import Language
from ..models.processing_type import ProcessingType
from ..models.srt_options import SrtOptions
from ..models.transcription_model import TranscriptionModel
from ..models.webhook_auth import WebhookAuth


@_attrs_define(repr=False)
class TranscribeRequest(RequestModel, OpenModel):
    """A media file to transcribe in the background."""

    media_url: str
    """Public URL (absolute) of the audio or video file."""
    model: TranscriptionModel
    """Speech-recognition model of a transcription job."""
    processing_type: ProcessingType | None = None
    """How a job is processed; v1 documents only `async` (the result arrives later, by webhook or by polling the job)."""
    webhook_url: str | None = None
    """Where Hamsa POSTs the finished job (an absolute URL)."""
    webhook_auth: WebhookAuth | None = None
    """Credentials Hamsa attaches when it calls your webhook, sent as the header `Authorization: <authKey> <authSecret>`.
    Treat `authSecret` as a secret."""
    title: str | None = None
    """A name for the job."""
    language: Language | None = None
    """Language the agent speaks, as a two-letter code (Arabic or English)."""
    return_srt_format: bool | None = None
    """Also return subtitles in SRT format.
    The service uses false when it is left out."""
    srt_options: SrtOptions | None = None
    """How the subtitles (SRT) are cut.
    The page says to send them only when `returnSrtFormat` is true (a mirror says false; the SDK does not enforce either).
    """
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "mediaUrl",
        "model",
        "processingType",
        "webhookUrl",
        "webhookAuth",
        "title",
        "language",
        "returnSrtFormat",
        "srtOptions",
    )
    _REQUIRED_JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "mediaUrl",
        "model",
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
        model = self.model.value
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["mediaUrl"] = self.media_url
        field_dict["model"] = model
        if self.processing_type is not None:
            field_dict["processingType"] = self.processing_type.value
        if self.webhook_url is not None:
            field_dict["webhookUrl"] = self.webhook_url
        if self.webhook_auth is not None:
            field_dict["webhookAuth"] = self.webhook_auth.to_wire()
        if self.title is not None:
            field_dict["title"] = self.title
        if self.language is not None:
            field_dict["language"] = self.language.value
        if self.return_srt_format is not None:
            field_dict["returnSrtFormat"] = self.return_srt_format
        if self.srt_options is not None:
            field_dict["srtOptions"] = self.srt_options.to_wire()
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
            media_url = d.pop("mediaUrl")
            if media_url.__class__ is not str:
                wrong_type(media_url, "str")
            model = TranscriptionModel.from_wire(d.pop("model"))
            processing_type = d.pop("processingType", None)
            if processing_type is not None:
                processing_type = ProcessingType.from_wire(processing_type)
            webhook_url = d.pop("webhookUrl", None)
            if webhook_url.__class__ is not str and webhook_url is not None:
                wrong_type(webhook_url, "str")
            webhook_auth = d.pop("webhookAuth", None)
            if webhook_auth is not None:
                webhook_auth = WebhookAuth.from_dict(webhook_auth)
            title = d.pop("title", None)
            if title.__class__ is not str and title is not None:
                wrong_type(title, "str")
            language = d.pop("language", None)
            if language is not None:
                language = Language.from_wire(language)
            return_srt_format = d.pop("returnSrtFormat", None)
            if return_srt_format.__class__ is not bool and return_srt_format is not None:
                wrong_type(return_srt_format, "bool")
            srt_options = d.pop("srtOptions", None)
            if srt_options is not None:
                srt_options = SrtOptions.from_dict(srt_options)
            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                media_url,
                model,
                processing_type,
                webhook_url,
                webhook_auth,
                title,
                language,
                return_srt_format,
                srt_options,
                additional_properties=d,
            )
        except (ModelParseError, *PARSE_FAILURES) as error:
            raise parse_failure(error, src_dict, d, cls._JSON_KEYS) from error
        return instance_


# The documented constraints, checked before a request is sent (hamsa._rules). Outside the
# class body, where a field could be called `field` or `items`.
TranscribeRequest._RULES = Rules(
    field("mediaUrl", STRING, length(min_length=1)),
    field("model", ENUM, one_of("Hamsa-General-V2.0", "Hamsa-Conversational-V1.0")),
    field("processingType", ENUM),
    field("webhookUrl", STRING, length(min_length=1)),
    field("webhookAuth", model("WebhookAuth")),
    field("title", STRING),
    field("language", ENUM),
    field("returnSrtFormat", BOOLEAN),
    field("srtOptions", model("SrtOptions")),
    extra="open",
)

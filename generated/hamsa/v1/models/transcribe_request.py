from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa import _constraints
from hamsa._constraints import ABSENT, Violation
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure
from hamsa._redact import masked_mapping

from ..models.language import Language
from ..models.processing_type import ProcessingType
from ..models.srt_options import SrtOptions
from ..models.transcription_model import TranscriptionModel
from ..models.webhook_auth import WebhookAuth
from ..types import UNSET, Unset

T = TypeVar("T", bound="TranscribeRequest")


@_attrs_define
class TranscribeRequest:
    """A media file to transcribe in the background."""

    media_url: str
    """ Public URL (absolute) of the audio or video file. """
    model: TranscriptionModel
    """ Speech-recognition model of a transcription job. """
    processing_type: ProcessingType | Unset = UNSET
    """ How a job is processed; v1 documents only `async` (the result arrives later, by webhook
    or by polling the job). """
    webhook_url: str | Unset = UNSET
    """ Where Hamsa POSTs the finished job (an absolute URL). """
    webhook_auth: WebhookAuth | Unset = UNSET
    """ Credentials Hamsa attaches when it calls your webhook, sent as the header
    `Authorization: <authKey> <authSecret>`. Treat `authSecret` as a secret.
     """
    title: str | Unset = UNSET
    """ A name for the job. """
    language: Language | Unset = UNSET
    """ Language the agent speaks, as a two-letter code (Arabic or English). """
    return_srt_format: bool | Unset = UNSET
    """ Also return subtitles in SRT format. The service uses false when it is left out. """
    srt_options: SrtOptions | Unset = UNSET
    """ How the subtitles (SRT) are cut. The page says to send them only when `returnSrtFormat`
    is true (a mirror says false; the SDK does not enforce either). """
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

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON-ready dict the API expects (camelCase keys)."""
        media_url = self.media_url

        model = self.model.value

        processing_type: str | Unset = UNSET
        if not isinstance(self.processing_type, Unset):
            processing_type = self.processing_type.value

        webhook_url = self.webhook_url

        webhook_auth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.webhook_auth, Unset):
            webhook_auth = self.webhook_auth.to_dict()

        title = self.title

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        return_srt_format = self.return_srt_format

        srt_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.srt_options, Unset):
            srt_options = self.srt_options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mediaUrl": media_url,
                "model": model,
            }
        )
        if processing_type is not UNSET:
            field_dict["processingType"] = processing_type
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url
        if webhook_auth is not UNSET:
            field_dict["webhookAuth"] = webhook_auth
        if title is not UNSET:
            field_dict["title"] = title
        if language is not UNSET:
            field_dict["language"] = language
        if return_srt_format is not UNSET:
            field_dict["returnSrtFormat"] = return_srt_format
        if srt_options is not UNSET:
            field_dict["srtOptions"] = srt_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from API JSON; unknown keys land in additional_properties."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            # dict() would accept a list of pairs
            raise parse_failure(TypeError("expected a JSON object"), src_dict, {}, cls._JSON_KEYS)
        d = dict(src_dict)
        try:
            media_url = d.pop("mediaUrl")

            model = TranscriptionModel.from_wire(d.pop("model"))

            _processing_type = d.pop("processingType", UNSET)
            processing_type: ProcessingType | Unset
            if _processing_type is UNSET:
                processing_type = UNSET
            else:
                processing_type = ProcessingType.from_wire(_processing_type)

            webhook_url = d.pop("webhookUrl", UNSET)

            _webhook_auth = d.pop("webhookAuth", UNSET)
            webhook_auth: WebhookAuth | Unset
            if _webhook_auth is UNSET:
                webhook_auth = UNSET
            else:
                webhook_auth = WebhookAuth.from_dict(_webhook_auth)

            title = d.pop("title", UNSET)

            _language = d.pop("language", UNSET)
            language: Language | Unset
            if _language is UNSET:
                language = UNSET
            else:
                language = Language.from_wire(_language)

            return_srt_format = d.pop("returnSrtFormat", UNSET)

            _srt_options = d.pop("srtOptions", UNSET)
            srt_options: SrtOptions | Unset
            if _srt_options is UNSET:
                srt_options = UNSET
            else:
                srt_options = SrtOptions.from_dict(_srt_options)

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

    def collect_violations(
        self, prefix: str = "", out: list[Violation] | None = None
    ) -> list[Violation]:
        """Every documented constraint this value breaks, each named by its field path."""
        out = [] if out is None else out
        v: Any
        v = self.media_url
        if not (type(v) is str):
            _constraints.check_type(out, prefix + "media_url", v, "string", False)
        if not (isinstance(v, str) and 1 <= len(v)):
            _constraints.check_length(out, prefix + "media_url", v, min_length=1)

        v = self.model
        if not (v in ("Hamsa-General-V2.0", "Hamsa-Conversational-V1.0")):
            _constraints.check_enum(
                out,
                prefix + "model",
                v,
                allowed=("Hamsa-General-V2.0", "Hamsa-Conversational-V1.0"),
            )

        v = self.webhook_url
        if v is not UNSET and not (type(v) is str):
            _constraints.check_type(out, prefix + "webhook_url", v, "string", False)
        if v is not UNSET and not (isinstance(v, str) and 1 <= len(v)):
            _constraints.check_length(out, prefix + "webhook_url", v, min_length=1)

        v = self.webhook_auth
        if isinstance(v, WebhookAuth):
            v.collect_violations(prefix + "webhook_auth" + ".", out)

        v = self.title
        if v is not UNSET and not (type(v) is str):
            _constraints.check_type(out, prefix + "title", v, "string", False)

        v = self.return_srt_format
        if v is not UNSET and not (type(v) is bool):
            _constraints.check_type(out, prefix + "return_srt_format", v, "boolean", False)

        v = self.srt_options
        if isinstance(v, SrtOptions):
            v.collect_violations(prefix + "srt_options" + ".", out)

        return out

    @classmethod
    def _wire_ok(cls, d: Mapping[str, Any]) -> bool:
        """True when `d` (camelCase JSON) is a valid body that from_dict/to_dict would send
        unchanged; False sends it the slow way, which checks and words every problem."""
        v = d.get("mediaUrl", ABSENT)
        if v is ABSENT:
            return False
        if not (type(v) is str and isinstance(v, str) and 1 <= len(v)):
            return False
        v = d.get("model", ABSENT)
        if v is ABSENT:
            return False
        if not (isinstance(v, str) and v in ("Hamsa-General-V2.0", "Hamsa-Conversational-V1.0")):
            return False
        v = d.get("processingType", ABSENT)
        if v is not ABSENT:
            if not (isinstance(v, str)):
                return False
        v = d.get("webhookUrl", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str and isinstance(v, str) and 1 <= len(v)):
                return False
        v = d.get("webhookAuth", ABSENT)
        if v is not ABSENT:
            if not (type(v) is dict and WebhookAuth._wire_ok(v)):
                return False
        v = d.get("title", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str):
                return False
        v = d.get("language", ABSENT)
        if v is not ABSENT:
            if not (isinstance(v, str)):
                return False
        v = d.get("returnSrtFormat", ABSENT)
        if v is not ABSENT:
            if not (type(v) is bool):
                return False
        v = d.get("srtOptions", ABSENT)
        if v is not ABSENT:
            if not (type(v) is dict and SrtOptions._wire_ok(v)):
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

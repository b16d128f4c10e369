from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa import _constraints
from hamsa._constraints import ABSENT, Violation
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure
from hamsa._redact import masked_mapping

from ..models.ai_content_language import AiContentLanguage
from ..models.ai_part import AiPart
from ..models.language import Language
from ..types import UNSET, Unset

T = TypeVar("T", bound="GenerateTranscriptionAiContentRequest")


@_attrs_define
class GenerateTranscriptionAiContentRequest:
    """A transcription plus AI content, in one job."""

    api_key: str
    """ The id (a UUID) of the API key the job is billed to, not the key itself; redacted like
    any `apiKey`. """
    media_url: str
    """ Public URL of the audio or video. """
    title: str
    """ A name for the job. """
    language: Language
    """ Language the agent speaks, as a two-letter code (Arabic or English). """
    ai_parts: list[AiPart | str]
    """ Exactly one AI part. """
    ai_content_title: None | str | Unset = UNSET
    """ Title of the AI content. """
    ai_content_language: AiContentLanguage | None | Unset = UNSET
    """ Language of the AI content. """
    ai_content_date: None | str | Unset = UNSET
    """ Date shown in the AI content (ISO 8601). """
    ai_content_text: None | str | Unset = UNSET
    """ Extra instructions. """
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "apiKey",
        "mediaUrl",
        "title",
        "language",
        "aiParts",
        "aiContentTitle",
        "aiContentLanguage",
        "aiContentDate",
        "aiContentText",
    )
    _REQUIRED_JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "apiKey",
        "mediaUrl",
        "title",
        "language",
        "aiParts",
    )
    additional_properties: dict[str, Any] = _attrs_field(
        factory=dict, kw_only=True, repr=masked_mapping
    )
    """Fields the API sent that this SDK version does not know; sent back unchanged."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON-ready dict the API expects (camelCase keys)."""
        api_key = self.api_key

        media_url = self.media_url

        title = self.title

        language = self.language.value

        ai_parts = []
        for ai_parts_item_data in self.ai_parts:
            ai_parts_item: str
            if isinstance(ai_parts_item_data, AiPart):
                ai_parts_item = ai_parts_item_data.value
            else:
                ai_parts_item = ai_parts_item_data
            ai_parts.append(ai_parts_item)

        ai_content_title: None | str | Unset
        if isinstance(self.ai_content_title, Unset):
            ai_content_title = UNSET
        else:
            ai_content_title = self.ai_content_title

        ai_content_language: None | str | Unset
        if isinstance(self.ai_content_language, Unset):
            ai_content_language = UNSET
        elif isinstance(self.ai_content_language, AiContentLanguage):
            ai_content_language = self.ai_content_language.value
        else:
            ai_content_language = self.ai_content_language

        ai_content_date: None | str | Unset
        if isinstance(self.ai_content_date, Unset):
            ai_content_date = UNSET
        else:
            ai_content_date = self.ai_content_date

        ai_content_text: None | str | Unset
        if isinstance(self.ai_content_text, Unset):
            ai_content_text = UNSET
        else:
            ai_content_text = self.ai_content_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apiKey": api_key,
                "mediaUrl": media_url,
                "title": title,
                "language": language,
                "aiParts": ai_parts,
            }
        )
        if ai_content_title is not UNSET:
            field_dict["aiContentTitle"] = ai_content_title
        if ai_content_language is not UNSET:
            field_dict["aiContentLanguage"] = ai_content_language
        if ai_content_date is not UNSET:
            field_dict["aiContentDate"] = ai_content_date
        if ai_content_text is not UNSET:
            field_dict["aiContentText"] = ai_content_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from API JSON; unknown keys land in additional_properties."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            # dict() would accept a list of pairs
            raise parse_failure(TypeError("expected a JSON object"), src_dict, {}, cls._JSON_KEYS)
        d = dict(src_dict)
        try:
            api_key = d.pop("apiKey")

            media_url = d.pop("mediaUrl")

            title = d.pop("title")

            language = Language.from_wire(d.pop("language"))

            ai_parts = []
            _ai_parts = d.pop("aiParts")
            for ai_parts_item_data in _ai_parts:

                def _parse_ai_parts_item(data: object) -> AiPart | str:
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        ai_parts_item_type_0 = AiPart.from_wire(data)

                        return ai_parts_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(AiPart | str, data)

                ai_parts_item = _parse_ai_parts_item(ai_parts_item_data)

                ai_parts.append(ai_parts_item)

            ai_content_title: None | str | Unset = d.pop("aiContentTitle", UNSET)

            def _parse_ai_content_language(data: object) -> AiContentLanguage | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    ai_content_language_type_0 = AiContentLanguage.from_wire(data)

                    return ai_content_language_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AiContentLanguage | None | Unset, data)

            ai_content_language = _parse_ai_content_language(d.pop("aiContentLanguage", UNSET))

            ai_content_date: None | str | Unset = d.pop("aiContentDate", UNSET)

            ai_content_text: None | str | Unset = d.pop("aiContentText", UNSET)

            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                api_key,
                media_url,
                title,
                language,
                ai_parts,
                ai_content_title,
                ai_content_language,
                ai_content_date,
                ai_content_text,
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
        if not (isinstance(v, str) and 1 <= len(v) and len(v) <= 500):
            _constraints.check_length(out, prefix + "title", v, min_length=1, max_length=500)

        v = self.language
        if not (v in ("ar", "en")):
            _constraints.check_enum(out, prefix + "language", v, allowed=("ar", "en"))

        v = self.ai_parts
        if not (type(v) is list):
            _constraints.check_type(out, prefix + "ai_parts", v, "array", False)
        if not (isinstance(v, list) and 1 <= len(v) and len(v) <= 1):
            _constraints.check_items(out, prefix + "ai_parts", v, min_items=1, max_items=1)

        v = self.ai_content_title
        if v is not UNSET and not (type(v) is str or v is None):
            _constraints.check_type(out, prefix + "ai_content_title", v, "string", True)
        if v is not UNSET and not (isinstance(v, str) and 1 <= len(v) and len(v) <= 500):
            _constraints.check_length(
                out, prefix + "ai_content_title", v, min_length=1, max_length=500
            )

        v = self.ai_content_language
        if v is not UNSET and not (type(v) is str or v is None):
            _constraints.check_type(out, prefix + "ai_content_language", v, "string", True)
        if v is not UNSET and not (v in ("ar", "en", "both_ar_first", "both_en_first")):
            _constraints.check_enum(
                out,
                prefix + "ai_content_language",
                v,
                allowed=("ar", "en", "both_ar_first", "both_en_first"),
            )

        v = self.ai_content_date
        if v is not UNSET and not (type(v) is str or v is None):
            _constraints.check_type(out, prefix + "ai_content_date", v, "string", True)

        v = self.ai_content_text
        if v is not UNSET and not (type(v) is str or v is None):
            _constraints.check_type(out, prefix + "ai_content_text", v, "string", True)

        return out

    @classmethod
    def _wire_ok(cls, d: Mapping[str, Any]) -> bool:
        """True when `d` (camelCase JSON) is a valid body that from_dict/to_dict would send
        unchanged; False sends it the slow way, which checks and words every problem."""
        out: list[Violation] = []
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
        if not (type(v) is str and isinstance(v, str) and 1 <= len(v) and len(v) <= 500):
            return False
        v = d.get("language", ABSENT)
        if v is ABSENT:
            return False
        if not (isinstance(v, str) and v in ("ar", "en")):
            return False
        return False
        v = d.get("aiContentTitle", ABSENT)
        if v is not ABSENT and v is not None:
            if not (type(v) is str and isinstance(v, str) and 1 <= len(v) and len(v) <= 500):
                return False
        v = d.get("aiContentLanguage", ABSENT)
        if v is not ABSENT and v is not None:
            if not (
                isinstance(v, str)
                and type(v) is str
                and v in ("ar", "en", "both_ar_first", "both_en_first")
            ):
                return False
        v = d.get("aiContentDate", ABSENT)
        if v is not ABSENT and v is not None:
            if not (type(v) is str):
                return False
        v = d.get("aiContentText", ABSENT)
        if v is not ABSENT and v is not None:
            if not (type(v) is str):
                return False
        return not out

    @classmethod
    def _fields_wire(cls, f: Mapping[str, Any]) -> dict[str, Any] | None:
        """The body for the SDK's snake_case keyword arguments `f`, checked as _wire_ok checks
        it, or None when only the slow path (hamsa._wire) can build and check it."""
        out: list[Violation] = []
        w: dict[str, Any] = {}
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
        if not (type(v) is str and isinstance(v, str) and 1 <= len(v) and len(v) <= 500):
            return None
        w["title"] = v
        v = f.get("language", ABSENT)
        if v is ABSENT:
            return None
        if not (isinstance(v, str) and v in ("ar", "en")):
            return None
        w["language"] = v
        return None
        v = f.get("ai_content_title", ABSENT)
        if v is not ABSENT:
            if v is not None:
                if not (type(v) is str and isinstance(v, str) and 1 <= len(v) and len(v) <= 500):
                    return None
            w["aiContentTitle"] = v
        v = f.get("ai_content_language", ABSENT)
        if v is not ABSENT:
            if v is not None:
                if not (
                    isinstance(v, str)
                    and type(v) is str
                    and v in ("ar", "en", "both_ar_first", "both_en_first")
                ):
                    return None
            w["aiContentLanguage"] = v
        v = f.get("ai_content_date", ABSENT)
        if v is not ABSENT:
            if v is not None:
                if not (type(v) is str):
                    return None
            w["aiContentDate"] = v
        v = f.get("ai_content_text", ABSENT)
        if v is not ABSENT:
            if v is not None:
                if not (type(v) is str):
                    return None
            w["aiContentText"] = v
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

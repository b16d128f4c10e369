from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa._model import OpenModel
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure, wrong_type
from hamsa._redact import mask_secret, masked_mapping
from hamsa._rules import (
    ARRAY,
    ENUM,
    OTHER,
    STRING,
    URI,
    RequestModel,
    Rules,
    field,
    items,
    length,
    one_of,
)

from ..models.ai_content_language import AiContentLanguage
from ..models.ai_part import AiPart
from ..models.language import Language


@_attrs_define(repr=False)
class GenerateTranscriptionAiContentRequest(RequestModel, OpenModel):
    """A transcription plus AI content, in one job."""

    api_key: str = _attrs_field(repr=mask_secret)
    """The id (a UUID) of the API key the job is billed to, not the key itself; redacted like any `apiKey`."""
    media_url: str
    """Public URL of the audio or video."""
    title: str
    """A name for the job."""
    language: Language
    """Language the agent speaks, as a two-letter code (Arabic or English)."""
    ai_parts: list[AiPart | str]
    """Exactly one AI part."""
    ai_content_title: None | str = None
    """Title of the AI content."""
    ai_content_language: AiContentLanguage | None = None
    """Language of the AI content."""
    ai_content_date: None | str = None
    """Date shown in the AI content (ISO 8601)."""
    ai_content_text: None | str = None
    """Extra instructions."""
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
    _wire_nulls: Sequence[str] = _attrs_field(
        default=(), kw_only=True, repr=False, alias="wire_nulls"
    )
    """The JSON keys that came as null: to_wire sends them back, other None fields stay out."""

    def to_wire(self) -> dict[str, Any]:
        """This model as the JSON-ready dict the API sends and accepts (camelCase keys)."""
        language = self.language.value
        ai_parts = []
        for ai_parts_item_data in self.ai_parts:
            ai_parts_item: str
            if isinstance(ai_parts_item_data, AiPart):
                ai_parts_item = ai_parts_item_data.value
            else:
                ai_parts_item = ai_parts_item_data
            ai_parts.append(ai_parts_item)

        ai_content_language: None | str
        if self.ai_content_language is None:
            ai_content_language = None
        elif isinstance(self.ai_content_language, AiContentLanguage):
            ai_content_language = self.ai_content_language.value
        else:
            ai_content_language = self.ai_content_language
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["apiKey"] = self.api_key
        field_dict["mediaUrl"] = self.media_url
        field_dict["title"] = self.title
        field_dict["language"] = language
        field_dict["aiParts"] = ai_parts
        if self.ai_content_title is not None:
            field_dict["aiContentTitle"] = self.ai_content_title
        if ai_content_language is not None:
            field_dict["aiContentLanguage"] = ai_content_language
        if self.ai_content_date is not None:
            field_dict["aiContentDate"] = self.ai_content_date
        if self.ai_content_text is not None:
            field_dict["aiContentText"] = self.ai_content_text
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
            ai_content_title: None | str = d.pop("aiContentTitle", None)
            if ai_content_title is None and "aiContentTitle" in src_dict:
                wire_nulls.append("aiContentTitle")

            def _parse_ai_content_language(data: object) -> AiContentLanguage | None:
                if data is None:
                    return data
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    ai_content_language_type_0 = AiContentLanguage.from_wire(data)

                    return ai_content_language_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AiContentLanguage | None, data)

            ai_content_language = _parse_ai_content_language(d.pop("aiContentLanguage", None))
            if ai_content_language is None and "aiContentLanguage" in src_dict:
                wire_nulls.append("aiContentLanguage")
            ai_content_date: None | str = d.pop("aiContentDate", None)
            if ai_content_date is None and "aiContentDate" in src_dict:
                wire_nulls.append("aiContentDate")
            ai_content_text: None | str = d.pop("aiContentText", None)
            if ai_content_text is None and "aiContentText" in src_dict:
                wire_nulls.append("aiContentText")
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
                wire_nulls=wire_nulls,
            )
        except (ModelParseError, *PARSE_FAILURES) as error:
            raise parse_failure(error, src_dict, d, cls._JSON_KEYS) from error
        return instance_


# The documented constraints, checked before a request is sent (hamsa._rules). Outside the
# class body, where a field could be called `field` or `items`.
GenerateTranscriptionAiContentRequest._RULES = Rules(
    field("apiKey", STRING, length(min_length=1)),
    field("mediaUrl", STRING, length(min_length=1), URI),
    field("title", STRING, length(min_length=1, max_length=500)),
    field("language", ENUM, one_of("ar", "en")),
    field("aiParts", OTHER, ARRAY, items(min_items=1, max_items=1)),
    field("aiContentTitle", STRING, length(min_length=1, max_length=500), null=True),
    field(
        "aiContentLanguage",
        ENUM,
        STRING,
        one_of("ar", "en", "both_ar_first", "both_en_first"),
        null=True,
    ),
    field("aiContentDate", STRING, null=True),
    field("aiContentText", STRING, null=True),
    extra="open",
)

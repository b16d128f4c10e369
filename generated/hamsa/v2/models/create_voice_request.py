from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa._model import OpenModel
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure, wrong_type
from hamsa._redact import masked_mapping
from hamsa._rules import (
    ARRAY,
    ENUM,
    LIST,
    STRING,
    URI,
    UUID,
    RequestModel,
    Rules,
    field,
    items,
    length,
    one_of,
)

from ..models.voice_language import VoiceLanguage


@_attrs_define(repr=False)
class CreateVoiceRequest(RequestModel, OpenModel):
    """A voice to clone from a recording."""

    name: str
    """Name (Arabic and English letters and numbers)."""
    audio_url: str
    """Public URL of the recording."""
    audio_transcription: str
    """What the recording says."""
    project_id: str
    """The project; the SDK sends the client's `project_id` when it is left out."""
    language: VoiceLanguage
    """Language of a voice."""
    tags: list[str]
    """Exactly 2 tags: one gender and one voice style, e.g. `["female", "conversational"]`."""
    description: str | None = None
    """What the voice is for."""
    image_url: str | None = None
    """Avatar image."""
    dialect_id: str | None = None
    """Dialect of the voice."""
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "name",
        "audioUrl",
        "audioTranscription",
        "projectId",
        "language",
        "tags",
        "description",
        "imageUrl",
        "dialectId",
    )
    _REQUIRED_JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "name",
        "audioUrl",
        "audioTranscription",
        "projectId",
        "language",
        "tags",
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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["name"] = self.name
        field_dict["audioUrl"] = self.audio_url
        field_dict["audioTranscription"] = self.audio_transcription
        field_dict["projectId"] = self.project_id
        field_dict["language"] = language
        field_dict["tags"] = self.tags
        if self.description is not None:
            field_dict["description"] = self.description
        if self.image_url is not None:
            field_dict["imageUrl"] = self.image_url
        if self.dialect_id is not None:
            field_dict["dialectId"] = self.dialect_id
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
            name = d.pop("name")
            if name.__class__ is not str:
                wrong_type(name, "str")
            audio_url = d.pop("audioUrl")
            if audio_url.__class__ is not str:
                wrong_type(audio_url, "str")
            audio_transcription = d.pop("audioTranscription")
            if audio_transcription.__class__ is not str:
                wrong_type(audio_transcription, "str")
            project_id = d.pop("projectId")
            if project_id.__class__ is not str:
                wrong_type(project_id, "str")
            language = VoiceLanguage.from_wire(d.pop("language"))
            tags: list[str] = d.pop("tags")
            description = d.pop("description", None)
            if description.__class__ is not str and description is not None:
                wrong_type(description, "str")
            image_url = d.pop("imageUrl", None)
            if image_url.__class__ is not str and image_url is not None:
                wrong_type(image_url, "str")
            dialect_id = d.pop("dialectId", None)
            if dialect_id.__class__ is not str and dialect_id is not None:
                wrong_type(dialect_id, "str")
            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                name,
                audio_url,
                audio_transcription,
                project_id,
                language,
                tags,
                description,
                image_url,
                dialect_id,
                additional_properties=d,
            )
        except (ModelParseError, *PARSE_FAILURES) as error:
            raise parse_failure(error, src_dict, d, cls._JSON_KEYS) from error
        return instance_


# The documented constraints, checked before a request is sent (hamsa._rules). Outside the
# class body, where a field could be called `field` or `items`.
CreateVoiceRequest._RULES = Rules(
    field("name", STRING, length(min_length=1, max_length=190)),
    field("audioUrl", STRING, URI),
    field("audioTranscription", STRING, length(min_length=1, max_length=5000)),
    field("projectId", STRING, UUID),
    field("language", ENUM, one_of("en", "ar")),
    field("tags", LIST, ARRAY, items(min_items=2, max_items=2)),
    field("description", STRING),
    field("imageUrl", STRING, URI),
    field("dialectId", STRING, UUID),
    extra="open",
)

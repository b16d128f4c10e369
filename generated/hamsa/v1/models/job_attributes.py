from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa._model import OpenModel
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure, wrong_type
from hamsa._redact import mask_secret, masked_mapping


@_attrs_define(repr=False)
class JobAttributes(OpenModel):
    """Details that depend on the job type."""

    api_key: None | str = _attrs_field(default=None, repr=mask_secret)
    """Id of the API key used."""
    media_url: None | str = None
    """The media."""
    model: None | str = None
    """Model used."""
    agent_name: None | str = None
    """Voice agent name."""
    duration: float | None = None
    """Media duration."""
    voice: None | str = None
    """Voice of a TTS job."""
    ai_content_parts: Any | None = None
    """AI parts of an AI-content job: a list, or (one copy of the page) a single part name."""
    source_job: None | str = None
    """The job this one derives from."""
    media_type: None | str = None
    """e.g. `YOUTUBE`."""
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "apiKey",
        "mediaUrl",
        "model",
        "agentName",
        "duration",
        "voice",
        "aiContentParts",
        "sourceJob",
        "mediaType",
    )
    _REQUIRED_JSON_KEYS: ClassVar[tuple[str, ...]] = ()
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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.api_key is not None:
            field_dict["apiKey"] = self.api_key
        if self.media_url is not None:
            field_dict["mediaUrl"] = self.media_url
        if self.model is not None:
            field_dict["model"] = self.model
        if self.agent_name is not None:
            field_dict["agentName"] = self.agent_name
        if self.duration is not None:
            field_dict["duration"] = self.duration
        if self.voice is not None:
            field_dict["voice"] = self.voice
        if self.ai_content_parts is not None:
            field_dict["aiContentParts"] = self.ai_content_parts
        if self.source_job is not None:
            field_dict["sourceJob"] = self.source_job
        if self.media_type is not None:
            field_dict["mediaType"] = self.media_type
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
            api_key: None | str = d.pop("apiKey", None)
            if api_key is None and "apiKey" in src_dict:
                wire_nulls.append("apiKey")
            media_url: None | str = d.pop("mediaUrl", None)
            if media_url is None and "mediaUrl" in src_dict:
                wire_nulls.append("mediaUrl")
            model: None | str = d.pop("model", None)
            if model is None and "model" in src_dict:
                wire_nulls.append("model")
            agent_name: None | str = d.pop("agentName", None)
            if agent_name is None and "agentName" in src_dict:
                wire_nulls.append("agentName")
            duration = d.pop("duration", None)
            if (
                duration.__class__ is not float
                and duration.__class__ is not int
                and duration is not None
            ):
                wrong_type(duration, "float")
            voice: None | str = d.pop("voice", None)
            if voice is None and "voice" in src_dict:
                wire_nulls.append("voice")
            ai_content_parts = d.pop("aiContentParts", None)
            source_job: None | str = d.pop("sourceJob", None)
            if source_job is None and "sourceJob" in src_dict:
                wire_nulls.append("sourceJob")
            media_type: None | str = d.pop("mediaType", None)
            if media_type is None and "mediaType" in src_dict:
                wire_nulls.append("mediaType")
            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                api_key,
                media_url,
                model,
                agent_name,
                duration,
                voice,
                ai_content_parts,
                source_job,
                media_type,
                additional_properties=d,
                wire_nulls=wire_nulls,
            )
        except (ModelParseError, *PARSE_FAILURES) as error:
            raise parse_failure(error, src_dict, d, cls._JSON_KEYS) from error
        return instance_

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa import _constraints
from hamsa._constraints import ABSENT, Violation
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure
from hamsa._redact import masked_mapping

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobAttributes")


@_attrs_define
class JobAttributes:
    """Details that depend on the job type."""

    api_key: None | str | Unset = UNSET
    """ Id of the API key used. """
    media_url: None | str | Unset = UNSET
    """ The media. """
    model: None | str | Unset = UNSET
    """ Model used. """
    agent_name: None | str | Unset = UNSET
    """ Voice agent name. """
    duration: float | Unset = UNSET
    """ Media duration. """
    voice: None | str | Unset = UNSET
    """ Voice of a TTS job. """
    ai_content_parts: Any | Unset = UNSET
    """ AI parts of an AI-content job: a list, or (one copy of the page) a single part name. """
    source_job: None | str | Unset = UNSET
    """ The job this one derives from. """
    media_type: None | str | Unset = UNSET
    """ e.g. `YOUTUBE`. """
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

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON-ready dict the API expects (camelCase keys)."""
        api_key: None | str | Unset
        if isinstance(self.api_key, Unset):
            api_key = UNSET
        else:
            api_key = self.api_key

        media_url: None | str | Unset
        if isinstance(self.media_url, Unset):
            media_url = UNSET
        else:
            media_url = self.media_url

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        agent_name: None | str | Unset
        if isinstance(self.agent_name, Unset):
            agent_name = UNSET
        else:
            agent_name = self.agent_name

        duration = self.duration

        voice: None | str | Unset
        if isinstance(self.voice, Unset):
            voice = UNSET
        else:
            voice = self.voice

        ai_content_parts = self.ai_content_parts

        source_job: None | str | Unset
        if isinstance(self.source_job, Unset):
            source_job = UNSET
        else:
            source_job = self.source_job

        media_type: None | str | Unset
        if isinstance(self.media_type, Unset):
            media_type = UNSET
        else:
            media_type = self.media_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_key is not UNSET:
            field_dict["apiKey"] = api_key
        if media_url is not UNSET:
            field_dict["mediaUrl"] = media_url
        if model is not UNSET:
            field_dict["model"] = model
        if agent_name is not UNSET:
            field_dict["agentName"] = agent_name
        if duration is not UNSET:
            field_dict["duration"] = duration
        if voice is not UNSET:
            field_dict["voice"] = voice
        if ai_content_parts is not UNSET:
            field_dict["aiContentParts"] = ai_content_parts
        if source_job is not UNSET:
            field_dict["sourceJob"] = source_job
        if media_type is not UNSET:
            field_dict["mediaType"] = media_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from API JSON; unknown keys land in additional_properties."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            # dict() would accept a list of pairs
            raise parse_failure(TypeError("expected a JSON object"), src_dict, {}, cls._JSON_KEYS)
        d = dict(src_dict)
        try:
            api_key: None | str | Unset = d.pop("apiKey", UNSET)

            media_url: None | str | Unset = d.pop("mediaUrl", UNSET)

            model: None | str | Unset = d.pop("model", UNSET)

            agent_name: None | str | Unset = d.pop("agentName", UNSET)

            duration = d.pop("duration", UNSET)

            voice: None | str | Unset = d.pop("voice", UNSET)

            ai_content_parts = d.pop("aiContentParts", UNSET)

            source_job: None | str | Unset = d.pop("sourceJob", UNSET)

            media_type: None | str | Unset = d.pop("mediaType", UNSET)

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
        if v is not UNSET and not (type(v) is str or v is None):
            _constraints.check_type(out, prefix + "api_key", v, "string", True)

        v = self.media_url
        if v is not UNSET and not (type(v) is str or v is None):
            _constraints.check_type(out, prefix + "media_url", v, "string", True)

        v = self.model
        if v is not UNSET and not (type(v) is str or v is None):
            _constraints.check_type(out, prefix + "model", v, "string", True)

        v = self.agent_name
        if v is not UNSET and not (type(v) is str or v is None):
            _constraints.check_type(out, prefix + "agent_name", v, "string", True)

        v = self.duration
        if v is not UNSET and not (type(v) in (int, float)):
            _constraints.check_type(out, prefix + "duration", v, "number", False)

        v = self.voice
        if v is not UNSET and not (type(v) is str or v is None):
            _constraints.check_type(out, prefix + "voice", v, "string", True)

        v = self.source_job
        if v is not UNSET and not (type(v) is str or v is None):
            _constraints.check_type(out, prefix + "source_job", v, "string", True)

        v = self.media_type
        if v is not UNSET and not (type(v) is str or v is None):
            _constraints.check_type(out, prefix + "media_type", v, "string", True)

        return out

    @classmethod
    def _wire_ok(cls, d: Mapping[str, Any]) -> bool:
        """True when `d` (camelCase JSON) is a valid body that from_dict/to_dict would send
        unchanged; False sends it the slow way, which checks and words every problem."""
        v = d.get("apiKey", ABSENT)
        if v is not ABSENT and v is not None:
            if not (type(v) is str):
                return False
        v = d.get("mediaUrl", ABSENT)
        if v is not ABSENT and v is not None:
            if not (type(v) is str):
                return False
        v = d.get("model", ABSENT)
        if v is not ABSENT and v is not None:
            if not (type(v) is str):
                return False
        v = d.get("agentName", ABSENT)
        if v is not ABSENT and v is not None:
            if not (type(v) is str):
                return False
        v = d.get("duration", ABSENT)
        if v is not ABSENT:
            if not (type(v) in (int, float)):
                return False
        v = d.get("voice", ABSENT)
        if v is not ABSENT and v is not None:
            if not (type(v) is str):
                return False
        v = d.get("aiContentParts", ABSENT)
        if v is not ABSENT:
            if not (v is not UNSET):
                return False
        v = d.get("sourceJob", ABSENT)
        if v is not ABSENT and v is not None:
            if not (type(v) is str):
                return False
        v = d.get("mediaType", ABSENT)
        if v is not ABSENT and v is not None:
            if not (type(v) is str):
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

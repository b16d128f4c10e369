from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa import _constraints
from hamsa._constraints import ABSENT, Violation
from hamsa._model import Model
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure, wrong_type
from hamsa._redact import masked_mapping

from ..models.voice_language import VoiceLanguage


@_attrs_define(repr=False)
class CreateVoiceRequest(Model):
    """A voice to clone from a recording."""

    name: str
    """ Name (Arabic and English letters and numbers). """
    audio_url: str
    """ Public URL of the recording. """
    audio_transcription: str
    """ What the recording says. """
    project_id: str
    """ The project; the SDK sends the client's `project_id` when it is left out. """
    language: VoiceLanguage
    """ Language of a voice. """
    tags: list[str]
    """ Exactly 2 tags: one gender and one voice style, e.g. `["female", "conversational"]`. """
    description: str | None = None
    """ What the voice is for. """
    image_url: str | None = None
    """ Avatar image. """
    dialect_id: str | None = None
    """ Dialect of the voice. """
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
        name = self.name

        audio_url = self.audio_url

        audio_transcription = self.audio_transcription

        project_id = self.project_id

        language = self.language.value

        tags = self.tags

        description = self.description

        image_url = self.image_url

        dialect_id = self.dialect_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "audioUrl": audio_url,
                "audioTranscription": audio_transcription,
                "projectId": project_id,
                "language": language,
                "tags": tags,
            }
        )
        if description is not None:
            field_dict["description"] = description
        if image_url is not None:
            field_dict["imageUrl"] = image_url
        if dialect_id is not None:
            field_dict["dialectId"] = dialect_id
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

    def collect_violations(
        self, prefix: str = "", out: list[Violation] | None = None
    ) -> list[Violation]:
        """Every documented constraint this value breaks, each named by its field path."""
        out = [] if out is None else out
        v: Any
        v = self.name
        if not (type(v) is str):
            _constraints.check_type(out, prefix + "name", v, "string", False)
        if not (isinstance(v, str) and 1 <= len(v) and len(v) <= 190):
            _constraints.check_length(out, prefix + "name", v, min_length=1, max_length=190)

        v = self.audio_url
        if not (type(v) is str):
            _constraints.check_type(out, prefix + "audio_url", v, "string", False)
        _constraints.check_uri(out, prefix + "audio_url", v)

        v = self.audio_transcription
        if not (type(v) is str):
            _constraints.check_type(out, prefix + "audio_transcription", v, "string", False)
        if not (isinstance(v, str) and 1 <= len(v) and len(v) <= 5000):
            _constraints.check_length(
                out, prefix + "audio_transcription", v, min_length=1, max_length=5000
            )

        v = self.project_id
        if not (type(v) is str):
            _constraints.check_type(out, prefix + "project_id", v, "string", False)
        if not (type(v) is str and _constraints.UUID_SEARCH(v) is not None):
            _constraints.check_uuid(out, prefix + "project_id", v)

        v = self.language
        if not (v in ("en", "ar")):
            _constraints.check_enum(out, prefix + "language", v, allowed=("en", "ar"))

        v = self.tags
        if not (type(v) is list):
            _constraints.check_type(out, prefix + "tags", v, "array", False)
        if not (isinstance(v, list) and 2 <= len(v) and len(v) <= 2):
            _constraints.check_items(out, prefix + "tags", v, min_items=2, max_items=2)

        v = self.description
        if v is not None and not (type(v) is str):
            _constraints.check_type(out, prefix + "description", v, "string", False)

        if v is None and "description" in self._wire_nulls:
            _constraints.check_type(out, prefix + "description", None, "string", False)

        v = self.image_url
        if v is not None and not (type(v) is str):
            _constraints.check_type(out, prefix + "image_url", v, "string", False)
        if v is not None:
            _constraints.check_uri(out, prefix + "image_url", v)

        if v is None and "imageUrl" in self._wire_nulls:
            _constraints.check_type(out, prefix + "image_url", None, "string", False)

        v = self.dialect_id
        if v is not None and not (type(v) is str):
            _constraints.check_type(out, prefix + "dialect_id", v, "string", False)
        if v is not None and not (type(v) is str and _constraints.UUID_SEARCH(v) is not None):
            _constraints.check_uuid(out, prefix + "dialect_id", v)

        if v is None and "dialectId" in self._wire_nulls:
            _constraints.check_type(out, prefix + "dialect_id", None, "string", False)

        return out

    @classmethod
    def _wire_ok(cls, d: Mapping[str, Any]) -> bool:
        """True when `d` (camelCase JSON) is a valid body that from_dict/to_dict would send unchanged.
        False sends it the slow way, which checks and words every problem."""
        out: list[Violation] = []
        v = d.get("name", ABSENT)
        if v is ABSENT:
            return False
        if not (type(v) is str and isinstance(v, str) and 1 <= len(v) and len(v) <= 190):
            return False
        v = d.get("audioUrl", ABSENT)
        if v is ABSENT:
            return False
        if not (type(v) is str):
            return False
        _constraints.check_uri(out, "", v)
        v = d.get("audioTranscription", ABSENT)
        if v is ABSENT:
            return False
        if not (type(v) is str and isinstance(v, str) and 1 <= len(v) and len(v) <= 5000):
            return False
        v = d.get("projectId", ABSENT)
        if v is ABSENT:
            return False
        if not (type(v) is str and type(v) is str and _constraints.UUID_SEARCH(v) is not None):
            return False
        v = d.get("language", ABSENT)
        if v is ABSENT:
            return False
        if not (isinstance(v, str) and v in ("en", "ar")):
            return False
        v = d.get("tags", ABSENT)
        if v is ABSENT:
            return False
        if not (type(v) is list and isinstance(v, list) and 2 <= len(v) and len(v) <= 2):
            return False
        v = d.get("description", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str):
                return False
        v = d.get("imageUrl", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str):
                return False
            _constraints.check_uri(out, "", v)
        v = d.get("dialectId", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str and type(v) is str and _constraints.UUID_SEARCH(v) is not None):
                return False
        return not out

    @classmethod
    def _fields_wire(cls, f: Mapping[str, Any]) -> dict[str, Any] | None:
        """The body for the SDK's snake_case keyword arguments `f`, checked as _wire_ok checks it.
        None when only the slow path (hamsa._wire) can build and check it."""
        out: list[Violation] = []
        w: dict[str, Any] = {}
        v = f.get("name", ABSENT)
        if v is ABSENT:
            return None
        if not (type(v) is str and isinstance(v, str) and 1 <= len(v) and len(v) <= 190):
            return None
        w["name"] = v
        v = f.get("audio_url", ABSENT)
        if v is ABSENT:
            return None
        if not (type(v) is str):
            return None
        _constraints.check_uri(out, "", v)
        w["audioUrl"] = v
        v = f.get("audio_transcription", ABSENT)
        if v is ABSENT:
            return None
        if not (type(v) is str and isinstance(v, str) and 1 <= len(v) and len(v) <= 5000):
            return None
        w["audioTranscription"] = v
        v = f.get("project_id", ABSENT)
        if v is ABSENT:
            return None
        if not (type(v) is str and type(v) is str and _constraints.UUID_SEARCH(v) is not None):
            return None
        w["projectId"] = v
        v = f.get("language", ABSENT)
        if v is ABSENT:
            return None
        if not (isinstance(v, str) and v in ("en", "ar")):
            return None
        w["language"] = v
        v = f.get("tags", ABSENT)
        if v is ABSENT:
            return None
        if not (type(v) is list and isinstance(v, list) and 2 <= len(v) and len(v) <= 2):
            return None
        w["tags"] = v
        v = f.get("description", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str):
                return None
            w["description"] = v
        v = f.get("image_url", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str):
                return None
            _constraints.check_uri(out, "", v)
            w["imageUrl"] = v
        v = f.get("dialect_id", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str and type(v) is str and _constraints.UUID_SEARCH(v) is not None):
                return None
            w["dialectId"] = v
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

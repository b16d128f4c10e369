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

from ..models.voice_record_details import VoiceRecordDetails


@_attrs_define(repr=False)
class VoiceRecord(Model):
    """A stored voice, as resolved by the server from `voiceRecordId`."""

    id: str | None = None
    """ Identifier of the voice record. """
    name: str | None = None
    """ Display name of the voice. """
    provider: str | None = None
    """ Text-to-speech provider that renders the voice. """
    language: str | None = None
    """ Language of the voice, as a name. """
    image: str | None = None
    """ Picture shown for the voice. """
    language_code: str | None = None
    """ Language of the voice, as a code. """
    voice_record: VoiceRecordDetails | None = None
    """ Provider-specific data of a voice record.
    Its structure is not documented. """
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "id",
        "name",
        "provider",
        "language",
        "image",
        "languageCode",
        "voiceRecord",
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
        id = self.id

        name = self.name

        provider = self.provider

        language = self.language

        image = self.image

        language_code = self.language_code

        voice_record: dict[str, Any] | None = None
        if not self.voice_record is None:
            voice_record = self.voice_record.to_wire()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not None:
            field_dict["id"] = id
        if name is not None:
            field_dict["name"] = name
        if provider is not None:
            field_dict["provider"] = provider
        if language is not None:
            field_dict["language"] = language
        if image is not None:
            field_dict["image"] = image
        if language_code is not None:
            field_dict["languageCode"] = language_code
        if voice_record is not None:
            field_dict["voiceRecord"] = voice_record
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
            id = d.pop("id", None)
            if id.__class__ is not str and id is not None:
                wrong_type(id, "str")

            name = d.pop("name", None)
            if name.__class__ is not str and name is not None:
                wrong_type(name, "str")

            provider = d.pop("provider", None)
            if provider.__class__ is not str and provider is not None:
                wrong_type(provider, "str")

            language = d.pop("language", None)
            if language.__class__ is not str and language is not None:
                wrong_type(language, "str")

            image = d.pop("image", None)
            if image.__class__ is not str and image is not None:
                wrong_type(image, "str")

            language_code = d.pop("languageCode", None)
            if language_code.__class__ is not str and language_code is not None:
                wrong_type(language_code, "str")

            _voice_record = d.pop("voiceRecord", None)
            voice_record: VoiceRecordDetails | None
            if _voice_record is None:
                voice_record = None
            else:
                voice_record = VoiceRecordDetails.from_dict(_voice_record)

            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                id,
                name,
                provider,
                language,
                image,
                language_code,
                voice_record,
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
        v = self.id
        if v is not None and not (type(v) is str):
            _constraints.check_type(out, prefix + "id", v, "string", False)
        if v is not None and not (type(v) is str and _constraints.UUID_SEARCH(v) is not None):
            _constraints.check_uuid(out, prefix + "id", v)

        if v is None and "id" in self._wire_nulls:
            _constraints.check_type(out, prefix + "id", None, "string", False)

        v = self.name
        if v is not None and not (type(v) is str):
            _constraints.check_type(out, prefix + "name", v, "string", False)

        if v is None and "name" in self._wire_nulls:
            _constraints.check_type(out, prefix + "name", None, "string", False)

        v = self.provider
        if v is not None and not (type(v) is str):
            _constraints.check_type(out, prefix + "provider", v, "string", False)

        if v is None and "provider" in self._wire_nulls:
            _constraints.check_type(out, prefix + "provider", None, "string", False)

        v = self.language
        if v is not None and not (type(v) is str):
            _constraints.check_type(out, prefix + "language", v, "string", False)

        if v is None and "language" in self._wire_nulls:
            _constraints.check_type(out, prefix + "language", None, "string", False)

        v = self.image
        if v is not None and not (type(v) is str):
            _constraints.check_type(out, prefix + "image", v, "string", False)

        if v is None and "image" in self._wire_nulls:
            _constraints.check_type(out, prefix + "image", None, "string", False)

        v = self.language_code
        if v is not None and not (type(v) is str):
            _constraints.check_type(out, prefix + "language_code", v, "string", False)

        if v is None and "languageCode" in self._wire_nulls:
            _constraints.check_type(out, prefix + "language_code", None, "string", False)

        v = self.voice_record
        if isinstance(v, VoiceRecordDetails):
            v.collect_violations(prefix + "voice_record" + ".", out)

        return out

    @classmethod
    def _wire_ok(cls, d: Mapping[str, Any]) -> bool:
        """True when `d` (camelCase JSON) is a valid body that from_dict/to_dict would send unchanged.
        False sends it the slow way, which checks and words every problem."""
        v = d.get("id", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str and type(v) is str and _constraints.UUID_SEARCH(v) is not None):
                return False
        v = d.get("name", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str):
                return False
        v = d.get("provider", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str):
                return False
        v = d.get("language", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str):
                return False
        v = d.get("image", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str):
                return False
        v = d.get("languageCode", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str):
                return False
        v = d.get("voiceRecord", ABSENT)
        if v is not ABSENT:
            if not (type(v) is dict and VoiceRecordDetails._wire_ok(v)):
                return False
        return True

    @classmethod
    def _fields_wire(cls, f: Mapping[str, Any]) -> dict[str, Any] | None:
        """The body for the SDK's snake_case keyword arguments `f`, checked as _wire_ok checks it.
        None when only the slow path (hamsa._wire) can build and check it."""
        w: dict[str, Any] = {}
        v = f.get("id", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str and type(v) is str and _constraints.UUID_SEARCH(v) is not None):
                return None
            w["id"] = v
        v = f.get("name", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str):
                return None
            w["name"] = v
        v = f.get("provider", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str):
                return None
            w["provider"] = v
        v = f.get("language", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str):
                return None
            w["language"] = v
        v = f.get("image", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str):
                return None
            w["image"] = v
        v = f.get("language_code", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str):
                return None
            w["languageCode"] = v
        v = f.get("voice_record", ABSENT)
        if v is not ABSENT:
            if type(v) is not dict:
                return None
            v = VoiceRecordDetails._fields_wire(v)
            if v is None:
                return None
            w["voiceRecord"] = v
        if len(w) != len(f):
            return None
        return w

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

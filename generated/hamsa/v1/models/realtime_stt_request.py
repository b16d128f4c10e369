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
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeSttRequest")


@_attrs_define
class RealtimeSttRequest:
    """WAV audio to transcribe now."""

    audio_base_64: str
    """ The WAV file, base64-encoded. """
    audio_list: list[float] | Unset = UNSET
    """ Older copy of the page: 16 kHz mono PCM samples, instead of audioBase64. """
    language: Language | Unset = UNSET
    """ Language the agent speaks, as a two-letter code (Arabic or English). """
    is_eos_enabled: bool | Unset = UNSET
    """ Detect the end of speech. The service uses false when it is left out. """
    eos_threshold: float | Unset = UNSET
    """ End-of-speech sensitivity, 0.0 to 1.0. The service uses 0.3 when it is left out. """
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "audioBase64",
        "audioList",
        "language",
        "isEosEnabled",
        "eosThreshold",
    )
    _REQUIRED_JSON_KEYS: ClassVar[tuple[str, ...]] = ("audioBase64",)
    additional_properties: dict[str, Any] = _attrs_field(
        factory=dict, kw_only=True, repr=masked_mapping
    )
    """Fields the API sent that this SDK version does not know; sent back unchanged."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON-ready dict the API expects (camelCase keys)."""
        audio_base_64 = self.audio_base_64

        audio_list: list[float] | Unset = UNSET
        if not isinstance(self.audio_list, Unset):
            audio_list = self.audio_list

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        is_eos_enabled = self.is_eos_enabled

        eos_threshold = self.eos_threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "audioBase64": audio_base_64,
            }
        )
        if audio_list is not UNSET:
            field_dict["audioList"] = audio_list
        if language is not UNSET:
            field_dict["language"] = language
        if is_eos_enabled is not UNSET:
            field_dict["isEosEnabled"] = is_eos_enabled
        if eos_threshold is not UNSET:
            field_dict["eosThreshold"] = eos_threshold

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from API JSON; unknown keys land in additional_properties."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            # dict() would accept a list of pairs
            raise parse_failure(TypeError("expected a JSON object"), src_dict, {}, cls._JSON_KEYS)
        d = dict(src_dict)
        try:
            audio_base_64 = d.pop("audioBase64")

            audio_list: list[float] | Unset = d.pop("audioList", UNSET)

            _language = d.pop("language", UNSET)
            language: Language | Unset
            if _language is UNSET:
                language = UNSET
            else:
                language = Language.from_wire(_language)

            is_eos_enabled = d.pop("isEosEnabled", UNSET)

            eos_threshold = d.pop("eosThreshold", UNSET)

            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                audio_base_64,
                audio_list,
                language,
                is_eos_enabled,
                eos_threshold,
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
        v = self.audio_base_64
        if not (type(v) is str):
            _constraints.check_type(out, prefix + "audio_base_64", v, "string", False)
        if not (isinstance(v, str) and 1 <= len(v)):
            _constraints.check_length(out, prefix + "audio_base_64", v, min_length=1)

        v = self.audio_list
        if v is not UNSET and not (type(v) is list):
            _constraints.check_type(out, prefix + "audio_list", v, "array", False)

        v = self.is_eos_enabled
        if v is not UNSET and not (type(v) is bool):
            _constraints.check_type(out, prefix + "is_eos_enabled", v, "boolean", False)

        v = self.eos_threshold
        if v is not UNSET and not (type(v) in (int, float)):
            _constraints.check_type(out, prefix + "eos_threshold", v, "number", False)
        if v is not UNSET and not (isinstance(v, int | float) and 0 <= v and v <= 1):
            _constraints.check_number(out, prefix + "eos_threshold", v, minimum=0, maximum=1)

        return out

    @classmethod
    def _wire_ok(cls, d: Mapping[str, Any]) -> bool:
        """True when `d` (camelCase JSON) is a valid body that from_dict/to_dict would send
        unchanged; False sends it the slow way, which checks and words every problem."""
        v = d.get("audioBase64", ABSENT)
        if v is ABSENT:
            return False
        if not (type(v) is str and isinstance(v, str) and 1 <= len(v)):
            return False
        v = d.get("audioList", ABSENT)
        if v is not ABSENT:
            if not (type(v) is list):
                return False
        v = d.get("language", ABSENT)
        if v is not ABSENT:
            if not (isinstance(v, str)):
                return False
        v = d.get("isEosEnabled", ABSENT)
        if v is not ABSENT:
            if not (type(v) is bool):
                return False
        v = d.get("eosThreshold", ABSENT)
        if v is not ABSENT:
            if not (type(v) in (int, float) and isinstance(v, int | float) and 0 <= v and v <= 1):
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

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa._model import OpenModel
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure, wrong_type
from hamsa._redact import masked_mapping

from ..models.voice_agent import VoiceAgent


@_attrs_define(repr=False)
class VoiceAgentResponse(OpenModel):
    """Envelope whose `data` is a voice agent."""

    success: bool | None = None
    """Whether the server reports success; `true` on the v2 pages."""
    message: str | None = None
    """Human-readable outcome text; some v2 endpoints leave it out."""
    message_key: str | None = None
    """Machine-readable outcome code, e.g. `VoiceAgentCreatedSuccessfully`."""
    data: VoiceAgent | None = None
    """A voice agent as the API returns it, in the nested v2 shape."""
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "success",
        "message",
        "messageKey",
        "data",
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
        if self.success is not None:
            field_dict["success"] = self.success
        if self.message is not None:
            field_dict["message"] = self.message
        if self.message_key is not None:
            field_dict["messageKey"] = self.message_key
        if self.data is not None:
            field_dict["data"] = self.data.to_wire()
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
            success = d.pop("success", None)
            if success.__class__ is not bool and success is not None:
                wrong_type(success, "bool")
            message = d.pop("message", None)
            if message.__class__ is not str and message is not None:
                wrong_type(message, "str")
            message_key = d.pop("messageKey", None)
            if message_key.__class__ is not str and message_key is not None:
                wrong_type(message_key, "str")
            data = d.pop("data", None)
            if data is not None:
                data = VoiceAgent.from_dict(data)
            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                success,
                message,
                message_key,
                data,
                additional_properties=d,
            )
        except (ModelParseError, *PARSE_FAILURES) as error:
            raise parse_failure(error, src_dict, d, cls._JSON_KEYS) from error
        return instance_

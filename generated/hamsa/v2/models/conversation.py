from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa._model import OpenModel
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure, wrong_type
from hamsa._redact import masked_mapping
from hamsa._rules import ARRAY, LIST, STRING, RequestModel, Rules, field, model

from ..models.alignment import Alignment
from ..models.params import Params


@_attrs_define(repr=False)
class Conversation(RequestModel, OpenModel):
    """What the agent says and how it is instructed."""

    greeting_message: None | str = None
    """First thing the agent says; may contain placeholders such as `{{name}}`, filled from `params`."""
    greeting_message_type: None | str = None
    """How the greeting is produced.
    The v2 request example sends `TEXT` while v1 lists `STATIC` and `PROMPT`, and responses return null, so no list is enforced.
    """
    preamble: str | None = None
    """System prompt that sets the agent's role and behaviour; may contain placeholders."""
    poke_messages: list[str] | None = None
    """Lines the agent says to prompt the caller when they stay silent."""
    params: Params | None = None
    """Values for the `{{name}}` placeholders used in the greeting message or the preamble: each key is a placeholder name and its value is what replaces it."""
    alignment: Alignment | None = None
    """Text direction used when displaying the greeting and the preamble."""
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "greetingMessage",
        "greetingMessageType",
        "preamble",
        "pokeMessages",
        "params",
        "alignment",
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
        if self.greeting_message is not None:
            field_dict["greetingMessage"] = self.greeting_message
        if self.greeting_message_type is not None:
            field_dict["greetingMessageType"] = self.greeting_message_type
        if self.preamble is not None:
            field_dict["preamble"] = self.preamble
        if self.poke_messages is not None:
            field_dict["pokeMessages"] = self.poke_messages
        if self.params is not None:
            field_dict["params"] = self.params.to_wire()
        if self.alignment is not None:
            field_dict["alignment"] = self.alignment.to_wire()
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
            greeting_message: None | str = d.pop("greetingMessage", None)
            if greeting_message is None and "greetingMessage" in src_dict:
                wire_nulls.append("greetingMessage")
            greeting_message_type: None | str = d.pop("greetingMessageType", None)
            if greeting_message_type is None and "greetingMessageType" in src_dict:
                wire_nulls.append("greetingMessageType")
            preamble = d.pop("preamble", None)
            if preamble.__class__ is not str and preamble is not None:
                wrong_type(preamble, "str")
            poke_messages: list[str] | None = d.pop("pokeMessages", None)
            params = d.pop("params", None)
            if params is not None:
                params = Params.from_dict(params)
            alignment = d.pop("alignment", None)
            if alignment is not None:
                alignment = Alignment.from_dict(alignment)
            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                greeting_message,
                greeting_message_type,
                preamble,
                poke_messages,
                params,
                alignment,
                additional_properties=d,
                wire_nulls=wire_nulls,
            )
        except (ModelParseError, *PARSE_FAILURES) as error:
            raise parse_failure(error, src_dict, d, cls._JSON_KEYS) from error
        return instance_


# The documented constraints, checked before a request is sent (hamsa._rules). Outside the
# class body, where a field could be called `field` or `items`.
Conversation._RULES = Rules(
    field("greetingMessage", STRING, null=True),
    field("greetingMessageType", STRING, null=True),
    field("preamble", STRING),
    field("pokeMessages", LIST, ARRAY),
    field("params", model("Params")),
    field("alignment", model("Alignment")),
    extra="open",
)

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa._model import OpenModel
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure, wrong_type
from hamsa._redact import masked_mapping
from hamsa._rules import STRING, UUID, RequestModel, Rules, field, model, pattern

from ..models.agent_details import AgentDetails
from ..models.params import Params


@_attrs_define(repr=False)
class PhoneNumberCallRequest(RequestModel, OpenModel):
    """Who to call, from which of your numbers, and which agent speaks.
    The page marks `toNumber`, `phoneNumber`, `voiceAgentId` and `params` as required: with a saved agent, send its id and the values for its placeholders; with an agent described inline in `agentDetails`, send `voiceAgentId: null` and `params: {}`.
    """

    to_number: str
    """Phone number to dial, e.g. in international format `+15551234567`, in E.164 form (`+` then 8 to 15 digits)."""
    phone_number: str
    """Your number to call from, as added to Hamsa, e.g. `+1234567890`, in E.164 form (`+` then 8 to 15 digits)."""
    voice_agent_id: None | str
    """Saved agent that handles the call; null when the agent is given in `agentDetails`."""
    params: Params
    """Values for the `{{name}}` placeholders used in the greeting message or the preamble: each key is a placeholder name and its value is what replaces it."""
    agent_details: AgentDetails | None = None
    """A complete agent described inline, in the flat v1 shape, for a call that does not use a saved agent.
    The start-call page hides this object's fields; they are taken to be the documented v1 agent fields (the same as the update body), with the same limits.
    """
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "toNumber",
        "phoneNumber",
        "voiceAgentId",
        "params",
        "agentDetails",
    )
    _REQUIRED_JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "toNumber",
        "phoneNumber",
        "voiceAgentId",
        "params",
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
        params = self.params.to_wire()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["toNumber"] = self.to_number
        field_dict["phoneNumber"] = self.phone_number
        field_dict["voiceAgentId"] = self.voice_agent_id
        field_dict["params"] = params
        if self.agent_details is not None:
            field_dict["agentDetails"] = self.agent_details.to_wire()
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
            to_number = d.pop("toNumber")
            if to_number.__class__ is not str:
                wrong_type(to_number, "str")
            phone_number = d.pop("phoneNumber")
            if phone_number.__class__ is not str:
                wrong_type(phone_number, "str")
            voice_agent_id: None | str = d.pop("voiceAgentId")
            params = Params.from_dict(d.pop("params"))
            agent_details = d.pop("agentDetails", None)
            if agent_details is not None:
                agent_details = AgentDetails.from_dict(agent_details)
            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                to_number,
                phone_number,
                voice_agent_id,
                params,
                agent_details,
                additional_properties=d,
            )
        except (ModelParseError, *PARSE_FAILURES) as error:
            raise parse_failure(error, src_dict, d, cls._JSON_KEYS) from error
        return instance_


# The documented constraints, checked before a request is sent (hamsa._rules). Outside the
# class body, where a field could be called `field` or `items`.
PhoneNumberCallRequest._RULES = Rules(
    field("toNumber", STRING, pattern("^\\+[1-9][0-9]{7,14}$")),
    field("phoneNumber", STRING, pattern("^\\+[1-9][0-9]{7,14}$")),
    field("voiceAgentId", STRING, UUID, null=True),
    field("params", model("Params")),
    field("agentDetails", model("AgentDetails")),
    extra="open",
)

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa._model import OpenModel
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure, wrong_type
from hamsa._redact import masked_mapping
from hamsa._rules import STRING, URI, RequestModel, Rules, field, model, pattern

from ..models.agent_details import AgentDetails
from ..models.params import Params
from ..models.webhook_auth import WebhookAuth


@_attrs_define(repr=False)
class StartCallRequest(RequestModel, OpenModel):
    """Who to call and which agent speaks.
    Send either `voiceAgentId` (optionally with `params`) or `agentDetails`, not both."""

    to_number: str
    """Phone number to dial, e.g. in international format `+15551234567`, in E.164 form (`+` then 8 to 15 digits)."""
    from_number: str | None = None
    """Caller ID the call is placed from.
    The page offers Hamsa's shared numbers `+18449292835` and `+18558961879`; the list is not enforced here so that new numbers keep working.
    In E.164 form (`+` then 8 to 15 digits)."""
    voice_agent_id: str | None = None
    """Saved agent that handles the call.
    Leave out when sending `agentDetails`."""
    params: Params | None = None
    """Values for the `{{name}}` placeholders used in the greeting message or the preamble: each key is a placeholder name and its value is what replaces it."""
    agent_details: AgentDetails | None = None
    """A complete agent described inline, in the flat v1 shape, for a call that does not use a saved agent.
    The start-call page hides this object's fields; they are taken to be the documented v1 agent fields (the same as the update body), with the same limits.
    """
    webhook_url: str | None = None
    """Address that receives event notifications about this call."""
    webhook_auth: WebhookAuth | None = None
    """Credentials Hamsa attaches when it calls your webhook, sent as the header `Authorization: <authKey> <authSecret>`.
    Treat `authSecret` as a secret."""
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "toNumber",
        "fromNumber",
        "voiceAgentId",
        "params",
        "agentDetails",
        "webhookUrl",
        "webhookAuth",
    )
    _REQUIRED_JSON_KEYS: ClassVar[tuple[str, ...]] = ("toNumber",)
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
        field_dict["toNumber"] = self.to_number
        if self.from_number is not None:
            field_dict["fromNumber"] = self.from_number
        if self.voice_agent_id is not None:
            field_dict["voiceAgentId"] = self.voice_agent_id
        if self.params is not None:
            field_dict["params"] = self.params.to_wire()
        if self.agent_details is not None:
            field_dict["agentDetails"] = self.agent_details.to_wire()
        if self.webhook_url is not None:
            field_dict["webhookUrl"] = self.webhook_url
        if self.webhook_auth is not None:
            field_dict["webhookAuth"] = self.webhook_auth.to_wire()
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
            from_number = d.pop("fromNumber", None)
            if from_number.__class__ is not str and from_number is not None:
                wrong_type(from_number, "str")
            voice_agent_id = d.pop("voiceAgentId", None)
            if voice_agent_id.__class__ is not str and voice_agent_id is not None:
                wrong_type(voice_agent_id, "str")
            params = d.pop("params", None)
            if params is not None:
                params = Params.from_dict(params)
            agent_details = d.pop("agentDetails", None)
            if agent_details is not None:
                agent_details = AgentDetails.from_dict(agent_details)
            webhook_url = d.pop("webhookUrl", None)
            if webhook_url.__class__ is not str and webhook_url is not None:
                wrong_type(webhook_url, "str")
            webhook_auth = d.pop("webhookAuth", None)
            if webhook_auth is not None:
                webhook_auth = WebhookAuth.from_dict(webhook_auth)
            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                to_number,
                from_number,
                voice_agent_id,
                params,
                agent_details,
                webhook_url,
                webhook_auth,
                additional_properties=d,
            )
        except (ModelParseError, *PARSE_FAILURES) as error:
            raise parse_failure(error, src_dict, d, cls._JSON_KEYS) from error
        return instance_


# The documented constraints, checked before a request is sent (hamsa._rules). Outside the
# class body, where a field could be called `field` or `items`.
StartCallRequest._RULES = Rules(
    field("toNumber", STRING, pattern("^\\+[1-9][0-9]{7,14}$")),
    field("fromNumber", STRING, pattern("^\\+[1-9][0-9]{7,14}$")),
    field("voiceAgentId", STRING),
    field("params", model("Params")),
    field("agentDetails", model("AgentDetails")),
    field("webhookUrl", STRING, URI),
    field("webhookAuth", model("WebhookAuth")),
    extra="open",
)

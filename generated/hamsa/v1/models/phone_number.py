from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa._model import OpenModel
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure, wrong_type
from hamsa._redact import masked_mapping

from ..models.phone_number_provider import PhoneNumberProvider
from ..models.sip_inbound_config import SipInboundConfig
from ..models.sip_outbound_config import SipOutboundConfig
from ..models.voice_agent_ref import VoiceAgentRef


@_attrs_define(repr=False)
class PhoneNumber(OpenModel):
    """A phone number connected to the project."""

    id: str | None = None
    """Identifier of the number record."""
    number: str | None = None
    """The number, in international format."""
    label: str | None = None
    """Display name of the number."""
    type: PhoneNumberProvider | None = None
    """Where a phone number is connected from: a Twilio account or a SIP trunk."""
    user_id: str | None = None
    """User who added the number."""
    sip_inbound_configs: None | SipInboundConfig = None
    """Incoming SIP routing, when the number uses SIP."""
    sip_outbound_configs: None | SipOutboundConfig = None
    """Outgoing SIP trunk settings, when the number uses SIP."""
    voice_agent_id: None | str = None
    """Agent the number is assigned to, if any."""
    voice_agent: None | VoiceAgentRef = None
    """Id and name of that agent, if any."""
    created_at: datetime.datetime | None = None
    """When the number was added."""
    updated_at: datetime.datetime | None = None
    """When the number was last changed."""
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "id",
        "number",
        "label",
        "type",
        "userId",
        "sipInboundConfigs",
        "sipOutboundConfigs",
        "voiceAgentId",
        "voiceAgent",
        "createdAt",
        "updatedAt",
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
        sip_inbound_configs: dict[str, Any] | None
        if self.sip_inbound_configs is None:
            sip_inbound_configs = None
        elif isinstance(self.sip_inbound_configs, SipInboundConfig):
            sip_inbound_configs = self.sip_inbound_configs.to_wire()
        else:
            sip_inbound_configs = self.sip_inbound_configs
        sip_outbound_configs: dict[str, Any] | None
        if self.sip_outbound_configs is None:
            sip_outbound_configs = None
        elif isinstance(self.sip_outbound_configs, SipOutboundConfig):
            sip_outbound_configs = self.sip_outbound_configs.to_wire()
        else:
            sip_outbound_configs = self.sip_outbound_configs
        voice_agent: dict[str, Any] | None
        if self.voice_agent is None:
            voice_agent = None
        elif isinstance(self.voice_agent, VoiceAgentRef):
            voice_agent = self.voice_agent.to_wire()
        else:
            voice_agent = self.voice_agent
        created_at: str | None = None
        if not self.created_at is None:
            created_at = self.created_at.isoformat()
        updated_at: str | None = None
        if not self.updated_at is None:
            updated_at = self.updated_at.isoformat()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            field_dict["id"] = self.id
        if self.number is not None:
            field_dict["number"] = self.number
        if self.label is not None:
            field_dict["label"] = self.label
        if self.type is not None:
            field_dict["type"] = self.type.value
        if self.user_id is not None:
            field_dict["userId"] = self.user_id
        if sip_inbound_configs is not None:
            field_dict["sipInboundConfigs"] = sip_inbound_configs
        if sip_outbound_configs is not None:
            field_dict["sipOutboundConfigs"] = sip_outbound_configs
        if self.voice_agent_id is not None:
            field_dict["voiceAgentId"] = self.voice_agent_id
        if voice_agent is not None:
            field_dict["voiceAgent"] = voice_agent
        if created_at is not None:
            field_dict["createdAt"] = created_at
        if updated_at is not None:
            field_dict["updatedAt"] = updated_at
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
            id = d.pop("id", None)
            if id.__class__ is not str and id is not None:
                wrong_type(id, "str")
            number = d.pop("number", None)
            if number.__class__ is not str and number is not None:
                wrong_type(number, "str")
            label = d.pop("label", None)
            if label.__class__ is not str and label is not None:
                wrong_type(label, "str")
            type = d.pop("type", None)
            if type is not None:
                type = PhoneNumberProvider.from_wire(type)
            user_id = d.pop("userId", None)
            if user_id.__class__ is not str and user_id is not None:
                wrong_type(user_id, "str")

            def _parse_sip_inbound_configs(data: object) -> None | SipInboundConfig:
                if data is None:
                    return data
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    sip_inbound_configs_type_0 = SipInboundConfig.from_dict(data)

                    return sip_inbound_configs_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | SipInboundConfig, data)

            sip_inbound_configs = _parse_sip_inbound_configs(d.pop("sipInboundConfigs", None))
            if sip_inbound_configs is None and "sipInboundConfigs" in src_dict:
                wire_nulls.append("sipInboundConfigs")

            def _parse_sip_outbound_configs(data: object) -> None | SipOutboundConfig:
                if data is None:
                    return data
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    sip_outbound_configs_type_0 = SipOutboundConfig.from_dict(data)

                    return sip_outbound_configs_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | SipOutboundConfig, data)

            sip_outbound_configs = _parse_sip_outbound_configs(d.pop("sipOutboundConfigs", None))
            if sip_outbound_configs is None and "sipOutboundConfigs" in src_dict:
                wire_nulls.append("sipOutboundConfigs")
            voice_agent_id: None | str = d.pop("voiceAgentId", None)
            if voice_agent_id is None and "voiceAgentId" in src_dict:
                wire_nulls.append("voiceAgentId")

            def _parse_voice_agent(data: object) -> None | VoiceAgentRef:
                if data is None:
                    return data
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    voice_agent_type_0 = VoiceAgentRef.from_dict(data)

                    return voice_agent_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | VoiceAgentRef, data)

            voice_agent = _parse_voice_agent(d.pop("voiceAgent", None))
            if voice_agent is None and "voiceAgent" in src_dict:
                wire_nulls.append("voiceAgent")
            created_at = d.pop("createdAt", None)
            if created_at is not None:
                created_at = datetime.datetime.fromisoformat(created_at)
            updated_at = d.pop("updatedAt", None)
            if updated_at is not None:
                updated_at = datetime.datetime.fromisoformat(updated_at)
            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                id,
                number,
                label,
                type,
                user_id,
                sip_inbound_configs,
                sip_outbound_configs,
                voice_agent_id,
                voice_agent,
                created_at,
                updated_at,
                additional_properties=d,
                wire_nulls=wire_nulls,
            )
        except (ModelParseError, *PARSE_FAILURES) as error:
            raise parse_failure(error, src_dict, d, cls._JSON_KEYS) from error
        return instance_

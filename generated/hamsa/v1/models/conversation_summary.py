from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa._model import OpenModel
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure, wrong_type
from hamsa._redact import masked_mapping

from ..models.call_params import CallParams
from ..models.call_status import CallStatus


@_attrs_define(repr=False)
class ConversationSummary(OpenModel):
    """A call as the lightweight conversation list shows it."""

    id: str | None = None
    """Id of the conversation (the call's job id); pass it to `get_conversation` for the full record."""
    created_at: datetime.datetime | None = None
    """When the call was created."""
    status: CallStatus | None = None
    """Where the call is in its life."""
    voice_agent_id: None | str = None
    """Id of the agent that handled the call."""
    agent_name: None | str = None
    """Display name of that agent."""
    duration: float | None = None
    """Length of the call, presumably in seconds (the unit is not documented)."""
    channel_type: str | None = None
    """Channel of the call.
    This list documents `Telephone`, while `get_conversation` documents `TELEPHONE` for the same channel; kept as sent, so compare it case-insensitively.
    """
    call_params: CallParams | None = None
    """The phone numbers involved in a call."""
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "id",
        "createdAt",
        "status",
        "voiceAgentId",
        "agentName",
        "duration",
        "channelType",
        "callParams",
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
        created_at: str | None = None
        if not self.created_at is None:
            created_at = self.created_at.isoformat()
        status: None | str
        if self.status is None:
            status = None
        elif isinstance(self.status, CallStatus):
            status = self.status.value
        else:
            status = self.status
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            field_dict["id"] = self.id
        if created_at is not None:
            field_dict["createdAt"] = created_at
        if status is not None:
            field_dict["status"] = status
        if self.voice_agent_id is not None:
            field_dict["voiceAgentId"] = self.voice_agent_id
        if self.agent_name is not None:
            field_dict["agentName"] = self.agent_name
        if self.duration is not None:
            field_dict["duration"] = self.duration
        if self.channel_type is not None:
            field_dict["channelType"] = self.channel_type
        if self.call_params is not None:
            field_dict["callParams"] = self.call_params.to_wire()
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
            created_at = d.pop("createdAt", None)
            if created_at is not None:
                created_at = datetime.datetime.fromisoformat(created_at)

            def _parse_status(data: object) -> CallStatus | None:
                if data is None:
                    return data
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    status_type_0 = CallStatus.from_wire(data)

                    return status_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(CallStatus | None, data)

            status = _parse_status(d.pop("status", None))
            if status is None and "status" in src_dict:
                wire_nulls.append("status")
            voice_agent_id: None | str = d.pop("voiceAgentId", None)
            if voice_agent_id is None and "voiceAgentId" in src_dict:
                wire_nulls.append("voiceAgentId")
            agent_name: None | str = d.pop("agentName", None)
            if agent_name is None and "agentName" in src_dict:
                wire_nulls.append("agentName")
            duration: float | None = d.pop("duration", None)
            if duration is None and "duration" in src_dict:
                wire_nulls.append("duration")
            channel_type = d.pop("channelType", None)
            if channel_type.__class__ is not str and channel_type is not None:
                wrong_type(channel_type, "str")
            call_params = d.pop("callParams", None)
            if call_params is not None:
                call_params = CallParams.from_dict(call_params)
            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                id,
                created_at,
                status,
                voice_agent_id,
                agent_name,
                duration,
                channel_type,
                call_params,
                additional_properties=d,
                wire_nulls=wire_nulls,
            )
        except (ModelParseError, *PARSE_FAILURES) as error:
            raise parse_failure(error, src_dict, d, cls._JSON_KEYS) from error
        return instance_

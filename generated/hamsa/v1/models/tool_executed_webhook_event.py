from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa._model import OpenModel
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure, wrong_type
from hamsa._redact import masked_mapping

from ..models.tool_executed_data import ToolExecutedData
from ..models.webhook_event_type import WebhookEventType


@_attrs_define(repr=False)
class ToolExecutedWebhookEvent(OpenModel):
    """The `tool.executed` event."""

    event_type: WebhookEventType
    """What happened.
    Documented for voice agents: `call.started`, `call.answered`, `transcription.update`, `tool.executed` and `call.ended`.
    Treat other values as new event types rather than errors."""
    call_id: str | None = None
    """The call (conversation) the event belongs to."""
    timestamp: datetime.datetime | None = None
    """When the event happened, ISO 8601."""
    project_id: str | None = None
    """The project the agent belongs to."""
    agent_id: str | None = None
    """The voice agent running the call."""
    agent_name: str | None = None
    """The agent's name."""
    data: ToolExecutedData | None = None
    """Not documented: the fields below are what hamsa.testing.MockHamsa sends and what the SDK reads when present; every other key is kept as sent."""
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "eventType",
        "callId",
        "timestamp",
        "projectId",
        "agentId",
        "agentName",
        "data",
    )
    _REQUIRED_JSON_KEYS: ClassVar[tuple[str, ...]] = ("eventType",)
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
        event_type = self.event_type.value
        timestamp: str | None = None
        if not self.timestamp is None:
            timestamp = self.timestamp.isoformat()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["eventType"] = event_type
        if self.call_id is not None:
            field_dict["callId"] = self.call_id
        if timestamp is not None:
            field_dict["timestamp"] = timestamp
        if self.project_id is not None:
            field_dict["projectId"] = self.project_id
        if self.agent_id is not None:
            field_dict["agentId"] = self.agent_id
        if self.agent_name is not None:
            field_dict["agentName"] = self.agent_name
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
            event_type = WebhookEventType.from_wire(d.pop("eventType"))
            call_id = d.pop("callId", None)
            if call_id.__class__ is not str and call_id is not None:
                wrong_type(call_id, "str")
            timestamp = d.pop("timestamp", None)
            if timestamp is not None:
                timestamp = datetime.datetime.fromisoformat(timestamp)
            project_id = d.pop("projectId", None)
            if project_id.__class__ is not str and project_id is not None:
                wrong_type(project_id, "str")
            agent_id = d.pop("agentId", None)
            if agent_id.__class__ is not str and agent_id is not None:
                wrong_type(agent_id, "str")
            agent_name = d.pop("agentName", None)
            if agent_name.__class__ is not str and agent_name is not None:
                wrong_type(agent_name, "str")
            data = d.pop("data", None)
            if data is not None:
                data = ToolExecutedData.from_dict(data)
            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                event_type,
                call_id,
                timestamp,
                project_id,
                agent_id,
                agent_name,
                data,
                additional_properties=d,
            )
        except (ModelParseError, *PARSE_FAILURES) as error:
            raise parse_failure(error, src_dict, d, cls._JSON_KEYS) from error
        return instance_

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
from ..models.conversation_agent_details import ConversationAgentDetails
from ..models.conversation_call_analysis import ConversationCallAnalysis
from ..models.conversation_job_response import ConversationJobResponse
from ..models.conversation_log import ConversationLog
from ..models.conversation_performance_metrics import ConversationPerformanceMetrics
from ..models.conversation_voice_agent import ConversationVoiceAgent


@_attrs_define(repr=False)
class Conversation(OpenModel):
    """A voice-agent call and its outcome."""

    id: str | None = None
    """Id of the conversation (the call's job id)."""
    model: str | None = None
    """Language model used in the call."""
    agent_details: ConversationAgentDetails | None = None
    """The agent configuration the call ran with (v1 flat shape)."""
    job_response: ConversationJobResponse | None = None
    """Processing result of the call's job."""
    status: CallStatus | None = None
    """Where the call is in its life; COMPLETED, NO_ANSWER, FAILED, FORWARDED and TERMINATED are final."""
    type: str | None = None
    """Kind of job, `VOICE_AGENTS` for calls."""
    processing_type: str | None = None
    """How the job was processed, e.g. `real-time`."""
    voice_agent_id: str | None = None
    """Id of the agent that made the call."""
    api_key_id: str | None = None
    """Id of the API key the call was started with."""
    created_at: datetime.datetime | None = None
    """When the call was created."""
    updated_at: datetime.datetime | None = None
    """When the record last changed."""
    title: str | None = None
    """Human-readable title of the call."""
    media_url: None | str = None
    """URL of the call recording, once there is one."""
    call_params: CallParams | None = None
    """The phone numbers involved in a call."""
    call_duration: int | None = None
    """Length of the call in seconds."""
    channel_type: str | None = None
    """Channel of the call.
    This endpoint documents `TELEPHONE`; the minimal list documents `Telephone`.
    Kept as sent."""
    call_analysis: ConversationCallAnalysis | None = None
    """Post-call analysis (outcome, extracted fields), once available."""
    voice_agent: ConversationVoiceAgent | None = None
    """The web tools and knowledge base the agent used in this conversation."""
    logs: list[ConversationLog] | None = None
    """Events logged during the call."""
    performance_metrics: ConversationPerformanceMetrics | None = None
    """Latency and quality measurements of the call."""
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "id",
        "model",
        "agentDetails",
        "jobResponse",
        "status",
        "type",
        "processingType",
        "voiceAgentId",
        "apiKeyId",
        "createdAt",
        "updatedAt",
        "title",
        "mediaUrl",
        "callParams",
        "callDuration",
        "channelType",
        "callAnalysis",
        "voiceAgent",
        "logs",
        "performanceMetrics",
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
        status: None | str
        if self.status is None:
            status = None
        elif isinstance(self.status, CallStatus):
            status = self.status.value
        else:
            status = self.status
        created_at: str | None = None
        if not self.created_at is None:
            created_at = self.created_at.isoformat()
        updated_at: str | None = None
        if not self.updated_at is None:
            updated_at = self.updated_at.isoformat()
        logs: list[dict[str, Any]] | None = None
        if not self.logs is None:
            logs = []
            for logs_item_data in self.logs:
                logs_item = logs_item_data.to_wire()
                logs.append(logs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            field_dict["id"] = self.id
        if self.model is not None:
            field_dict["model"] = self.model
        if self.agent_details is not None:
            field_dict["agentDetails"] = self.agent_details.to_wire()
        if self.job_response is not None:
            field_dict["jobResponse"] = self.job_response.to_wire()
        if status is not None:
            field_dict["status"] = status
        if self.type is not None:
            field_dict["type"] = self.type
        if self.processing_type is not None:
            field_dict["processingType"] = self.processing_type
        if self.voice_agent_id is not None:
            field_dict["voiceAgentId"] = self.voice_agent_id
        if self.api_key_id is not None:
            field_dict["apiKeyId"] = self.api_key_id
        if created_at is not None:
            field_dict["createdAt"] = created_at
        if updated_at is not None:
            field_dict["updatedAt"] = updated_at
        if self.title is not None:
            field_dict["title"] = self.title
        if self.media_url is not None:
            field_dict["mediaUrl"] = self.media_url
        if self.call_params is not None:
            field_dict["callParams"] = self.call_params.to_wire()
        if self.call_duration is not None:
            field_dict["callDuration"] = self.call_duration
        if self.channel_type is not None:
            field_dict["channelType"] = self.channel_type
        if self.call_analysis is not None:
            field_dict["callAnalysis"] = self.call_analysis.to_wire()
        if self.voice_agent is not None:
            field_dict["voiceAgent"] = self.voice_agent.to_wire()
        if logs is not None:
            field_dict["logs"] = logs
        if self.performance_metrics is not None:
            field_dict["performanceMetrics"] = self.performance_metrics.to_wire()
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
            model = d.pop("model", None)
            if model.__class__ is not str and model is not None:
                wrong_type(model, "str")
            agent_details = d.pop("agentDetails", None)
            if agent_details is not None:
                agent_details = ConversationAgentDetails.from_dict(agent_details)
            job_response = d.pop("jobResponse", None)
            if job_response is not None:
                job_response = ConversationJobResponse.from_dict(job_response)

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
            type = d.pop("type", None)
            if type.__class__ is not str and type is not None:
                wrong_type(type, "str")
            processing_type = d.pop("processingType", None)
            if processing_type.__class__ is not str and processing_type is not None:
                wrong_type(processing_type, "str")
            voice_agent_id = d.pop("voiceAgentId", None)
            if voice_agent_id.__class__ is not str and voice_agent_id is not None:
                wrong_type(voice_agent_id, "str")
            api_key_id = d.pop("apiKeyId", None)
            if api_key_id.__class__ is not str and api_key_id is not None:
                wrong_type(api_key_id, "str")
            created_at = d.pop("createdAt", None)
            if created_at is not None:
                created_at = datetime.datetime.fromisoformat(created_at)
            updated_at = d.pop("updatedAt", None)
            if updated_at is not None:
                updated_at = datetime.datetime.fromisoformat(updated_at)
            title = d.pop("title", None)
            if title.__class__ is not str and title is not None:
                wrong_type(title, "str")
            media_url: None | str = d.pop("mediaUrl", None)
            if media_url is None and "mediaUrl" in src_dict:
                wire_nulls.append("mediaUrl")
            call_params = d.pop("callParams", None)
            if call_params is not None:
                call_params = CallParams.from_dict(call_params)
            call_duration: int | None = d.pop("callDuration", None)
            if call_duration is None and "callDuration" in src_dict:
                wire_nulls.append("callDuration")
            channel_type = d.pop("channelType", None)
            if channel_type.__class__ is not str and channel_type is not None:
                wrong_type(channel_type, "str")
            call_analysis = d.pop("callAnalysis", None)
            if call_analysis is not None:
                call_analysis = ConversationCallAnalysis.from_dict(call_analysis)
            voice_agent = d.pop("voiceAgent", None)
            if voice_agent is not None:
                voice_agent = ConversationVoiceAgent.from_dict(voice_agent)
            _logs = d.pop("logs", None)
            logs: list[ConversationLog] | None = None
            if _logs is not None:
                logs = []
                for logs_item_data in _logs:
                    logs_item = ConversationLog.from_dict(logs_item_data)

                    logs.append(logs_item)
            performance_metrics = d.pop("performanceMetrics", None)
            if performance_metrics is not None:
                performance_metrics = ConversationPerformanceMetrics.from_dict(performance_metrics)
            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                id,
                model,
                agent_details,
                job_response,
                status,
                type,
                processing_type,
                voice_agent_id,
                api_key_id,
                created_at,
                updated_at,
                title,
                media_url,
                call_params,
                call_duration,
                channel_type,
                call_analysis,
                voice_agent,
                logs,
                performance_metrics,
                additional_properties=d,
                wire_nulls=wire_nulls,
            )
        except (ModelParseError, *PARSE_FAILURES) as error:
            raise parse_failure(error, src_dict, d, cls._JSON_KEYS) from error
        return instance_

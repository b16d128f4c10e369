from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa._model import OpenModel
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure, wrong_type
from hamsa._redact import masked_mapping

from ..models.job_status import JobStatus
from ..models.job_type import JobType


@_attrs_define(repr=False)
class Job(OpenModel):
    """A job (transcription, translation, text-to-speech or AI content) and its result once done."""

    id: None | str = None
    """Job id."""
    title: None | str = None
    """Name of the job."""
    model: None | str = None
    """Model used."""
    processing_type: None | str = None
    """`async` or `sync`."""
    usage_time: None | str = None
    """Billed duration."""
    api_key_id: None | str = None
    """Id of the API key that started it."""
    billing_id: None | str = None
    """Billing record."""
    system_model_key: None | str = None
    """Internal model key."""
    webhook_url: None | str = None
    """Where the result is POSTed."""
    from_lng: None | str = None
    """Source language (translation)."""
    to_lng: None | str = None
    """Target language (translation)."""
    media_url: None | str = None
    """The media the job works on."""
    from_script: None | str = None
    """Source script (translation)."""
    to_script: None | str = None
    """Target script (translation)."""
    relevant_job_id: None | str = None
    """The job this one derives from (e.g. the transcription of an AI-content job)."""
    agent_details: None | str = None
    """Voice-agent details, as text."""
    voice_agent_id: None | str = None
    """The voice agent, for an agent's job."""
    user_id: None | str = None
    """Owner."""
    tts_voice_id: None | str = None
    """Voice of a text-to-speech job."""
    type: JobType | None = None
    """What a job does.
    Documented values; the SDK keeps any other value."""
    status: JobStatus | None = None
    """Where a job is.
    Documented values; the SDK keeps any other value the API sends."""
    total_cost: float | None = None
    """Cost of the job."""
    created_at: datetime.datetime | None = None
    """When the job was created."""
    updated_at: datetime.datetime | None = None
    """Last change."""
    job_response: Any | None = None
    """The job's result once it is done: its shape depends on the job type (a transcript, `{text, ttsMediaFile}` for text-to-speech, the AI content parts); null or empty while pending."""
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "id",
        "title",
        "model",
        "processingType",
        "usageTime",
        "apiKeyId",
        "billingId",
        "systemModelKey",
        "webhookUrl",
        "fromLng",
        "toLng",
        "mediaUrl",
        "fromScript",
        "toScript",
        "relevantJobId",
        "agentDetails",
        "voiceAgentId",
        "userId",
        "ttsVoiceId",
        "type",
        "status",
        "totalCost",
        "createdAt",
        "updatedAt",
        "jobResponse",
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
        updated_at: str | None = None
        if not self.updated_at is None:
            updated_at = self.updated_at.isoformat()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            field_dict["id"] = self.id
        if self.title is not None:
            field_dict["title"] = self.title
        if self.model is not None:
            field_dict["model"] = self.model
        if self.processing_type is not None:
            field_dict["processingType"] = self.processing_type
        if self.usage_time is not None:
            field_dict["usageTime"] = self.usage_time
        if self.api_key_id is not None:
            field_dict["apiKeyId"] = self.api_key_id
        if self.billing_id is not None:
            field_dict["billingId"] = self.billing_id
        if self.system_model_key is not None:
            field_dict["systemModelKey"] = self.system_model_key
        if self.webhook_url is not None:
            field_dict["webhookUrl"] = self.webhook_url
        if self.from_lng is not None:
            field_dict["fromLng"] = self.from_lng
        if self.to_lng is not None:
            field_dict["toLng"] = self.to_lng
        if self.media_url is not None:
            field_dict["mediaUrl"] = self.media_url
        if self.from_script is not None:
            field_dict["fromScript"] = self.from_script
        if self.to_script is not None:
            field_dict["toScript"] = self.to_script
        if self.relevant_job_id is not None:
            field_dict["relevantJobId"] = self.relevant_job_id
        if self.agent_details is not None:
            field_dict["agentDetails"] = self.agent_details
        if self.voice_agent_id is not None:
            field_dict["voiceAgentId"] = self.voice_agent_id
        if self.user_id is not None:
            field_dict["userId"] = self.user_id
        if self.tts_voice_id is not None:
            field_dict["ttsVoiceId"] = self.tts_voice_id
        if self.type is not None:
            field_dict["type"] = self.type.value
        if self.status is not None:
            field_dict["status"] = self.status.value
        if self.total_cost is not None:
            field_dict["totalCost"] = self.total_cost
        if created_at is not None:
            field_dict["createdAt"] = created_at
        if updated_at is not None:
            field_dict["updatedAt"] = updated_at
        if self.job_response is not None:
            field_dict["jobResponse"] = self.job_response
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
            id: None | str = d.pop("id", None)
            if id is None and "id" in src_dict:
                wire_nulls.append("id")
            title: None | str = d.pop("title", None)
            if title is None and "title" in src_dict:
                wire_nulls.append("title")
            model: None | str = d.pop("model", None)
            if model is None and "model" in src_dict:
                wire_nulls.append("model")
            processing_type: None | str = d.pop("processingType", None)
            if processing_type is None and "processingType" in src_dict:
                wire_nulls.append("processingType")
            usage_time: None | str = d.pop("usageTime", None)
            if usage_time is None and "usageTime" in src_dict:
                wire_nulls.append("usageTime")
            api_key_id: None | str = d.pop("apiKeyId", None)
            if api_key_id is None and "apiKeyId" in src_dict:
                wire_nulls.append("apiKeyId")
            billing_id: None | str = d.pop("billingId", None)
            if billing_id is None and "billingId" in src_dict:
                wire_nulls.append("billingId")
            system_model_key: None | str = d.pop("systemModelKey", None)
            if system_model_key is None and "systemModelKey" in src_dict:
                wire_nulls.append("systemModelKey")
            webhook_url: None | str = d.pop("webhookUrl", None)
            if webhook_url is None and "webhookUrl" in src_dict:
                wire_nulls.append("webhookUrl")
            from_lng: None | str = d.pop("fromLng", None)
            if from_lng is None and "fromLng" in src_dict:
                wire_nulls.append("fromLng")
            to_lng: None | str = d.pop("toLng", None)
            if to_lng is None and "toLng" in src_dict:
                wire_nulls.append("toLng")
            media_url: None | str = d.pop("mediaUrl", None)
            if media_url is None and "mediaUrl" in src_dict:
                wire_nulls.append("mediaUrl")
            from_script: None | str = d.pop("fromScript", None)
            if from_script is None and "fromScript" in src_dict:
                wire_nulls.append("fromScript")
            to_script: None | str = d.pop("toScript", None)
            if to_script is None and "toScript" in src_dict:
                wire_nulls.append("toScript")
            relevant_job_id: None | str = d.pop("relevantJobId", None)
            if relevant_job_id is None and "relevantJobId" in src_dict:
                wire_nulls.append("relevantJobId")
            agent_details: None | str = d.pop("agentDetails", None)
            if agent_details is None and "agentDetails" in src_dict:
                wire_nulls.append("agentDetails")
            voice_agent_id: None | str = d.pop("voiceAgentId", None)
            if voice_agent_id is None and "voiceAgentId" in src_dict:
                wire_nulls.append("voiceAgentId")
            user_id: None | str = d.pop("userId", None)
            if user_id is None and "userId" in src_dict:
                wire_nulls.append("userId")
            tts_voice_id: None | str = d.pop("ttsVoiceId", None)
            if tts_voice_id is None and "ttsVoiceId" in src_dict:
                wire_nulls.append("ttsVoiceId")
            type = d.pop("type", None)
            if type is not None:
                type = JobType.from_wire(type)
            status = d.pop("status", None)
            if status is not None:
                status = JobStatus.from_wire(status)
            total_cost = d.pop("totalCost", None)
            if (
                total_cost.__class__ is not float
                and total_cost.__class__ is not int
                and total_cost is not None
            ):
                wrong_type(total_cost, "float")
            created_at = d.pop("createdAt", None)
            if created_at is not None:
                created_at = datetime.datetime.fromisoformat(created_at)
            updated_at = d.pop("updatedAt", None)
            if updated_at is not None:
                updated_at = datetime.datetime.fromisoformat(updated_at)
            job_response = d.pop("jobResponse", None)
            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                id,
                title,
                model,
                processing_type,
                usage_time,
                api_key_id,
                billing_id,
                system_model_key,
                webhook_url,
                from_lng,
                to_lng,
                media_url,
                from_script,
                to_script,
                relevant_job_id,
                agent_details,
                voice_agent_id,
                user_id,
                tts_voice_id,
                type,
                status,
                total_cost,
                created_at,
                updated_at,
                job_response,
                additional_properties=d,
                wire_nulls=wire_nulls,
            )
        except (ModelParseError, *PARSE_FAILURES) as error:
            raise parse_failure(error, src_dict, d, cls._JSON_KEYS) from error
        return instance_

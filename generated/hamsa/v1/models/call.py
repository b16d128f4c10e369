from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa._model import OpenModel
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure, wrong_type
from hamsa._redact import masked_mapping

from ..models.call_params import CallParams
from ..models.call_status import CallStatus
from ..models.job_response import JobResponse
from ..models.voice_agent import VoiceAgent


@_attrs_define(repr=False)
class Call(OpenModel):
    """The job that tracks an outbound call.
    Most fields are not explained in the docs; the descriptions below are inferred from their names.
    """

    id: str
    """Identifier of the call job; use it to look up the conversation later."""
    title: str | None = None
    """Display title of the job."""
    model: str | None = None
    """Model that processes the job."""
    type: str | None = None
    """Kind of job."""
    processing_type: str | None = None
    """How the job is processed."""
    webhook_url: str | None = None
    """Address that receives event notifications about this call."""
    total_cost: float | None = None
    """Amount charged for the job."""
    usage_time: str | None = None
    """Billable duration of the job."""
    from_lng: str | None = None
    """Source language of the job."""
    to_lng: str | None = None
    """Target language of the job."""
    media_url: str | None = None
    """Link to the call's recording, once there is one."""
    job_response: JobResponse | None = None
    """Raw result data of the job.
    Its structure is not documented."""
    from_script: str | None = None
    """Source text of the job."""
    to_script: str | None = None
    """Resulting text of the job."""
    status: CallStatus | None = None
    """Where a call is in its life.
    Documented values; the SDK keeps any other value the API sends."""
    relevant_job_id: str | None = None
    """Another job this one is linked to."""
    agent_details: VoiceAgent | None = None
    """A voice agent as the API returns it, in the flat v1 shape.
    Kept permissive: no ranges or enums are enforced, because the documented examples use placeholder values.
    """
    call_params: CallParams | None = None
    """The phone numbers involved in a call."""
    api_key_id: str | None = None
    """API key that started the call."""
    billing_id: str | None = None
    """Billing record the call is charged to."""
    system_model_key: str | None = None
    """Internal key of the system model used."""
    voice_agent_id: str | None = None
    """Saved agent that handles the call."""
    created_at: datetime.datetime | None = None
    """When the job was created (ISO 8601)."""
    updated_at: datetime.datetime | None = None
    """When the job was last changed (ISO 8601)."""
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "id",
        "title",
        "model",
        "type",
        "processingType",
        "webhookUrl",
        "totalCost",
        "usageTime",
        "fromLng",
        "toLng",
        "mediaUrl",
        "jobResponse",
        "fromScript",
        "toScript",
        "status",
        "relevantJobId",
        "agentDetails",
        "callParams",
        "apiKeyId",
        "billingId",
        "systemModelKey",
        "voiceAgentId",
        "createdAt",
        "updatedAt",
    )
    _REQUIRED_JSON_KEYS: ClassVar[tuple[str, ...]] = ("id",)
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
        field_dict["id"] = self.id
        if self.title is not None:
            field_dict["title"] = self.title
        if self.model is not None:
            field_dict["model"] = self.model
        if self.type is not None:
            field_dict["type"] = self.type
        if self.processing_type is not None:
            field_dict["processingType"] = self.processing_type
        if self.webhook_url is not None:
            field_dict["webhookUrl"] = self.webhook_url
        if self.total_cost is not None:
            field_dict["totalCost"] = self.total_cost
        if self.usage_time is not None:
            field_dict["usageTime"] = self.usage_time
        if self.from_lng is not None:
            field_dict["fromLng"] = self.from_lng
        if self.to_lng is not None:
            field_dict["toLng"] = self.to_lng
        if self.media_url is not None:
            field_dict["mediaUrl"] = self.media_url
        if self.job_response is not None:
            field_dict["jobResponse"] = self.job_response.to_wire()
        if self.from_script is not None:
            field_dict["fromScript"] = self.from_script
        if self.to_script is not None:
            field_dict["toScript"] = self.to_script
        if self.status is not None:
            field_dict["status"] = self.status.value
        if self.relevant_job_id is not None:
            field_dict["relevantJobId"] = self.relevant_job_id
        if self.agent_details is not None:
            field_dict["agentDetails"] = self.agent_details.to_wire()
        if self.call_params is not None:
            field_dict["callParams"] = self.call_params.to_wire()
        if self.api_key_id is not None:
            field_dict["apiKeyId"] = self.api_key_id
        if self.billing_id is not None:
            field_dict["billingId"] = self.billing_id
        if self.system_model_key is not None:
            field_dict["systemModelKey"] = self.system_model_key
        if self.voice_agent_id is not None:
            field_dict["voiceAgentId"] = self.voice_agent_id
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
        try:
            id = d.pop("id")
            if id.__class__ is not str:
                wrong_type(id, "str")
            title = d.pop("title", None)
            if title.__class__ is not str and title is not None:
                wrong_type(title, "str")
            model = d.pop("model", None)
            if model.__class__ is not str and model is not None:
                wrong_type(model, "str")
            type = d.pop("type", None)
            if type.__class__ is not str and type is not None:
                wrong_type(type, "str")
            processing_type = d.pop("processingType", None)
            if processing_type.__class__ is not str and processing_type is not None:
                wrong_type(processing_type, "str")
            webhook_url = d.pop("webhookUrl", None)
            if webhook_url.__class__ is not str and webhook_url is not None:
                wrong_type(webhook_url, "str")
            total_cost = d.pop("totalCost", None)
            if (
                total_cost.__class__ is not float
                and total_cost.__class__ is not int
                and total_cost is not None
            ):
                wrong_type(total_cost, "float")
            usage_time = d.pop("usageTime", None)
            if usage_time.__class__ is not str and usage_time is not None:
                wrong_type(usage_time, "str")
            from_lng = d.pop("fromLng", None)
            if from_lng.__class__ is not str and from_lng is not None:
                wrong_type(from_lng, "str")
            to_lng = d.pop("toLng", None)
            if to_lng.__class__ is not str and to_lng is not None:
                wrong_type(to_lng, "str")
            media_url = d.pop("mediaUrl", None)
            if media_url.__class__ is not str and media_url is not None:
                wrong_type(media_url, "str")
            job_response = d.pop("jobResponse", None)
            if job_response is not None:
                job_response = JobResponse.from_dict(job_response)
            from_script = d.pop("fromScript", None)
            if from_script.__class__ is not str and from_script is not None:
                wrong_type(from_script, "str")
            to_script = d.pop("toScript", None)
            if to_script.__class__ is not str and to_script is not None:
                wrong_type(to_script, "str")
            status = d.pop("status", None)
            if status is not None:
                status = CallStatus.from_wire(status)
            relevant_job_id = d.pop("relevantJobId", None)
            if relevant_job_id.__class__ is not str and relevant_job_id is not None:
                wrong_type(relevant_job_id, "str")
            agent_details = d.pop("agentDetails", None)
            if agent_details is not None:
                agent_details = VoiceAgent.from_dict(agent_details)
            call_params = d.pop("callParams", None)
            if call_params is not None:
                call_params = CallParams.from_dict(call_params)
            api_key_id = d.pop("apiKeyId", None)
            if api_key_id.__class__ is not str and api_key_id is not None:
                wrong_type(api_key_id, "str")
            billing_id = d.pop("billingId", None)
            if billing_id.__class__ is not str and billing_id is not None:
                wrong_type(billing_id, "str")
            system_model_key = d.pop("systemModelKey", None)
            if system_model_key.__class__ is not str and system_model_key is not None:
                wrong_type(system_model_key, "str")
            voice_agent_id = d.pop("voiceAgentId", None)
            if voice_agent_id.__class__ is not str and voice_agent_id is not None:
                wrong_type(voice_agent_id, "str")
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
                title,
                model,
                type,
                processing_type,
                webhook_url,
                total_cost,
                usage_time,
                from_lng,
                to_lng,
                media_url,
                job_response,
                from_script,
                to_script,
                status,
                relevant_job_id,
                agent_details,
                call_params,
                api_key_id,
                billing_id,
                system_model_key,
                voice_agent_id,
                created_at,
                updated_at,
                additional_properties=d,
            )
        except (ModelParseError, *PARSE_FAILURES) as error:
            raise parse_failure(error, src_dict, d, cls._JSON_KEYS) from error
        return instance_

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa import _constraints
from hamsa._constraints import ABSENT, Violation
from hamsa._model import Model
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure, wrong_type
from hamsa._redact import masked_mapping

from ..models.call_params import CallParams
from ..models.job_response import JobResponse
from ..models.voice_agent import VoiceAgent
from ..types import UNSET, Unset


@_attrs_define(repr=False)
class Call(Model):
    """The job that tracks an outbound call.
    Most fields are not explained in the docs; the descriptions below are inferred from their names.

    """

    id: str | Unset = UNSET
    """ Identifier of the call job; use it to look up the conversation later. """
    title: str | Unset = UNSET
    """ Display title of the job. """
    model: str | Unset = UNSET
    """ Model that processes the job. """
    type: str | Unset = UNSET
    """ Kind of job. """
    processing_type: str | Unset = UNSET
    """ How the job is processed. """
    webhook_url: str | Unset = UNSET
    """ Address that receives event notifications about this call. """
    total_cost: float | Unset = UNSET
    """ Amount charged for the job. """
    usage_time: str | Unset = UNSET
    """ Billable duration of the job. """
    from_lng: str | Unset = UNSET
    """ Source language of the job. """
    to_lng: str | Unset = UNSET
    """ Target language of the job. """
    media_url: str | Unset = UNSET
    """ Link to the call's recording, once there is one. """
    job_response: JobResponse | Unset = UNSET
    """ Raw result data of the job.
    Its structure is not documented. """
    from_script: str | Unset = UNSET
    """ Source text of the job. """
    to_script: str | Unset = UNSET
    """ Resulting text of the job. """
    status: str | Unset = UNSET
    """ Where the call is in its lifecycle.
    Values seen elsewhere in the docs: `PENDING`, `IN_PROGRESS`, `COMPLETED`, `NO_ANSWER`, `FAILED`, `FORWARDED`, `TERMINATED`; not restricted here so that new states are kept. """
    relevant_job_id: str | Unset = UNSET
    """ Another job this one is linked to. """
    agent_details: VoiceAgent | Unset = UNSET
    """ A voice agent as the API returns it, in the flat v1 shape.
    Kept permissive: no ranges or enums are enforced, because the documented examples use placeholder values. """
    call_params: CallParams | Unset = UNSET
    """ The phone numbers involved in a call. """
    api_key_id: str | Unset = UNSET
    """ API key that started the call. """
    billing_id: str | Unset = UNSET
    """ Billing record the call is charged to. """
    system_model_key: str | Unset = UNSET
    """ Internal key of the system model used. """
    voice_agent_id: str | Unset = UNSET
    """ Saved agent that handles the call. """
    created_at: datetime.datetime | Unset = UNSET
    """ When the job was created (ISO 8601). """
    updated_at: datetime.datetime | Unset = UNSET
    """ When the job was last changed (ISO 8601). """
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
    _REQUIRED_JSON_KEYS: ClassVar[tuple[str, ...]] = ()
    additional_properties: dict[str, Any] = _attrs_field(
        factory=dict, kw_only=True, repr=masked_mapping
    )
    """Fields the API sent that this SDK version does not know; sent back unchanged."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON-ready dict the API expects (camelCase keys)."""
        id = self.id

        title = self.title

        model = self.model

        type = self.type

        processing_type = self.processing_type

        webhook_url = self.webhook_url

        total_cost = self.total_cost

        usage_time = self.usage_time

        from_lng = self.from_lng

        to_lng = self.to_lng

        media_url = self.media_url

        job_response: dict[str, Any] | Unset = UNSET
        if not isinstance(self.job_response, Unset):
            job_response = self.job_response.to_dict()

        from_script = self.from_script

        to_script = self.to_script

        status = self.status

        relevant_job_id = self.relevant_job_id

        agent_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent_details, Unset):
            agent_details = self.agent_details.to_dict()

        call_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.call_params, Unset):
            call_params = self.call_params.to_dict()

        api_key_id = self.api_key_id

        billing_id = self.billing_id

        system_model_key = self.system_model_key

        voice_agent_id = self.voice_agent_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if model is not UNSET:
            field_dict["model"] = model
        if type is not UNSET:
            field_dict["type"] = type
        if processing_type is not UNSET:
            field_dict["processingType"] = processing_type
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url
        if total_cost is not UNSET:
            field_dict["totalCost"] = total_cost
        if usage_time is not UNSET:
            field_dict["usageTime"] = usage_time
        if from_lng is not UNSET:
            field_dict["fromLng"] = from_lng
        if to_lng is not UNSET:
            field_dict["toLng"] = to_lng
        if media_url is not UNSET:
            field_dict["mediaUrl"] = media_url
        if job_response is not UNSET:
            field_dict["jobResponse"] = job_response
        if from_script is not UNSET:
            field_dict["fromScript"] = from_script
        if to_script is not UNSET:
            field_dict["toScript"] = to_script
        if status is not UNSET:
            field_dict["status"] = status
        if relevant_job_id is not UNSET:
            field_dict["relevantJobId"] = relevant_job_id
        if agent_details is not UNSET:
            field_dict["agentDetails"] = agent_details
        if call_params is not UNSET:
            field_dict["callParams"] = call_params
        if api_key_id is not UNSET:
            field_dict["apiKeyId"] = api_key_id
        if billing_id is not UNSET:
            field_dict["billingId"] = billing_id
        if system_model_key is not UNSET:
            field_dict["systemModelKey"] = system_model_key
        if voice_agent_id is not UNSET:
            field_dict["voiceAgentId"] = voice_agent_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

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
            id = d.pop("id", UNSET)
            if id.__class__ is not str and id is not UNSET:
                wrong_type(id, "str")

            title = d.pop("title", UNSET)
            if title.__class__ is not str and title is not UNSET:
                wrong_type(title, "str")

            model = d.pop("model", UNSET)
            if model.__class__ is not str and model is not UNSET:
                wrong_type(model, "str")

            type = d.pop("type", UNSET)
            if type.__class__ is not str and type is not UNSET:
                wrong_type(type, "str")

            processing_type = d.pop("processingType", UNSET)
            if processing_type.__class__ is not str and processing_type is not UNSET:
                wrong_type(processing_type, "str")

            webhook_url = d.pop("webhookUrl", UNSET)
            if webhook_url.__class__ is not str and webhook_url is not UNSET:
                wrong_type(webhook_url, "str")

            total_cost = d.pop("totalCost", UNSET)
            if (
                total_cost.__class__ is not float
                and total_cost.__class__ is not int
                and total_cost is not UNSET
            ):
                wrong_type(total_cost, "float")

            usage_time = d.pop("usageTime", UNSET)
            if usage_time.__class__ is not str and usage_time is not UNSET:
                wrong_type(usage_time, "str")

            from_lng = d.pop("fromLng", UNSET)
            if from_lng.__class__ is not str and from_lng is not UNSET:
                wrong_type(from_lng, "str")

            to_lng = d.pop("toLng", UNSET)
            if to_lng.__class__ is not str and to_lng is not UNSET:
                wrong_type(to_lng, "str")

            media_url = d.pop("mediaUrl", UNSET)
            if media_url.__class__ is not str and media_url is not UNSET:
                wrong_type(media_url, "str")

            _job_response = d.pop("jobResponse", UNSET)
            job_response: JobResponse | Unset
            if _job_response is UNSET:
                job_response = UNSET
            else:
                job_response = JobResponse.from_dict(_job_response)

            from_script = d.pop("fromScript", UNSET)
            if from_script.__class__ is not str and from_script is not UNSET:
                wrong_type(from_script, "str")

            to_script = d.pop("toScript", UNSET)
            if to_script.__class__ is not str and to_script is not UNSET:
                wrong_type(to_script, "str")

            status = d.pop("status", UNSET)
            if status.__class__ is not str and status is not UNSET:
                wrong_type(status, "str")

            relevant_job_id = d.pop("relevantJobId", UNSET)
            if relevant_job_id.__class__ is not str and relevant_job_id is not UNSET:
                wrong_type(relevant_job_id, "str")

            _agent_details = d.pop("agentDetails", UNSET)
            agent_details: VoiceAgent | Unset
            if _agent_details is UNSET:
                agent_details = UNSET
            else:
                agent_details = VoiceAgent.from_dict(_agent_details)

            _call_params = d.pop("callParams", UNSET)
            call_params: CallParams | Unset
            if _call_params is UNSET:
                call_params = UNSET
            else:
                call_params = CallParams.from_dict(_call_params)

            api_key_id = d.pop("apiKeyId", UNSET)
            if api_key_id.__class__ is not str and api_key_id is not UNSET:
                wrong_type(api_key_id, "str")

            billing_id = d.pop("billingId", UNSET)
            if billing_id.__class__ is not str and billing_id is not UNSET:
                wrong_type(billing_id, "str")

            system_model_key = d.pop("systemModelKey", UNSET)
            if system_model_key.__class__ is not str and system_model_key is not UNSET:
                wrong_type(system_model_key, "str")

            voice_agent_id = d.pop("voiceAgentId", UNSET)
            if voice_agent_id.__class__ is not str and voice_agent_id is not UNSET:
                wrong_type(voice_agent_id, "str")

            _created_at = d.pop("createdAt", UNSET)
            created_at: datetime.datetime | Unset
            if _created_at is UNSET:
                created_at = UNSET
            else:
                created_at = datetime.datetime.fromisoformat(_created_at)

            _updated_at = d.pop("updatedAt", UNSET)
            updated_at: datetime.datetime | Unset
            if _updated_at is UNSET:
                updated_at = UNSET
            else:
                updated_at = datetime.datetime.fromisoformat(_updated_at)

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

    def collect_violations(
        self, prefix: str = "", out: list[Violation] | None = None
    ) -> list[Violation]:
        """Every documented constraint this value breaks, each named by its field path."""
        out = [] if out is None else out
        v: Any
        v = self.id
        if v is not UNSET and not (type(v) is str):
            _constraints.check_type(out, prefix + "id", v, "string", False)

        v = self.title
        if v is not UNSET and not (type(v) is str):
            _constraints.check_type(out, prefix + "title", v, "string", False)

        v = self.model
        if v is not UNSET and not (type(v) is str):
            _constraints.check_type(out, prefix + "model", v, "string", False)

        v = self.type
        if v is not UNSET and not (type(v) is str):
            _constraints.check_type(out, prefix + "type", v, "string", False)

        v = self.processing_type
        if v is not UNSET and not (type(v) is str):
            _constraints.check_type(out, prefix + "processing_type", v, "string", False)

        v = self.webhook_url
        if v is not UNSET and not (type(v) is str):
            _constraints.check_type(out, prefix + "webhook_url", v, "string", False)

        v = self.total_cost
        if v is not UNSET and not (type(v) in (int, float)):
            _constraints.check_type(out, prefix + "total_cost", v, "number", False)

        v = self.usage_time
        if v is not UNSET and not (type(v) is str):
            _constraints.check_type(out, prefix + "usage_time", v, "string", False)

        v = self.from_lng
        if v is not UNSET and not (type(v) is str):
            _constraints.check_type(out, prefix + "from_lng", v, "string", False)

        v = self.to_lng
        if v is not UNSET and not (type(v) is str):
            _constraints.check_type(out, prefix + "to_lng", v, "string", False)

        v = self.media_url
        if v is not UNSET and not (type(v) is str):
            _constraints.check_type(out, prefix + "media_url", v, "string", False)

        v = self.job_response
        if isinstance(v, JobResponse):
            v.collect_violations(prefix + "job_response" + ".", out)

        v = self.from_script
        if v is not UNSET and not (type(v) is str):
            _constraints.check_type(out, prefix + "from_script", v, "string", False)

        v = self.to_script
        if v is not UNSET and not (type(v) is str):
            _constraints.check_type(out, prefix + "to_script", v, "string", False)

        v = self.status
        if v is not UNSET and not (type(v) is str):
            _constraints.check_type(out, prefix + "status", v, "string", False)

        v = self.relevant_job_id
        if v is not UNSET and not (type(v) is str):
            _constraints.check_type(out, prefix + "relevant_job_id", v, "string", False)

        v = self.agent_details
        if isinstance(v, VoiceAgent):
            v.collect_violations(prefix + "agent_details" + ".", out)

        v = self.call_params
        if isinstance(v, CallParams):
            v.collect_violations(prefix + "call_params" + ".", out)

        v = self.api_key_id
        if v is not UNSET and not (type(v) is str):
            _constraints.check_type(out, prefix + "api_key_id", v, "string", False)

        v = self.billing_id
        if v is not UNSET and not (type(v) is str):
            _constraints.check_type(out, prefix + "billing_id", v, "string", False)

        v = self.system_model_key
        if v is not UNSET and not (type(v) is str):
            _constraints.check_type(out, prefix + "system_model_key", v, "string", False)

        v = self.voice_agent_id
        if v is not UNSET and not (type(v) is str):
            _constraints.check_type(out, prefix + "voice_agent_id", v, "string", False)

        return out

    @classmethod
    def _wire_ok(cls, d: Mapping[str, Any]) -> bool:
        """True when `d` (camelCase JSON) is a valid body that from_dict/to_dict would send unchanged.
        False sends it the slow way, which checks and words every problem."""
        v = d.get("id", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str):
                return False
        v = d.get("title", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str):
                return False
        v = d.get("model", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str):
                return False
        v = d.get("type", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str):
                return False
        v = d.get("processingType", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str):
                return False
        v = d.get("webhookUrl", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str):
                return False
        v = d.get("totalCost", ABSENT)
        if v is not ABSENT:
            if not (type(v) in (int, float)):
                return False
        v = d.get("usageTime", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str):
                return False
        v = d.get("fromLng", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str):
                return False
        v = d.get("toLng", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str):
                return False
        v = d.get("mediaUrl", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str):
                return False
        v = d.get("jobResponse", ABSENT)
        if v is not ABSENT:
            if not (type(v) is dict and JobResponse._wire_ok(v)):
                return False
        v = d.get("fromScript", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str):
                return False
        v = d.get("toScript", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str):
                return False
        v = d.get("status", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str):
                return False
        v = d.get("relevantJobId", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str):
                return False
        v = d.get("agentDetails", ABSENT)
        if v is not ABSENT:
            if not (type(v) is dict and VoiceAgent._wire_ok(v)):
                return False
        v = d.get("callParams", ABSENT)
        if v is not ABSENT:
            if not (type(v) is dict and CallParams._wire_ok(v)):
                return False
        v = d.get("apiKeyId", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str):
                return False
        v = d.get("billingId", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str):
                return False
        v = d.get("systemModelKey", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str):
                return False
        v = d.get("voiceAgentId", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str):
                return False
        if "createdAt" in d:
            return False
        if "updatedAt" in d:
            return False
        return True

    def validate(self) -> None:
        """Raise hamsa.RequestValidationError listing every broken constraint, if any."""
        _constraints.raise_if_any(self.collect_violations())

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

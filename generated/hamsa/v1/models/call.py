from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa import _constraints
from hamsa._constraints import Violation
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure

from ..models.call_params import CallParams
from ..models.job_response import JobResponse
from ..models.voice_agent import VoiceAgent
from ..types import UNSET, Unset

T = TypeVar("T", bound="Call")


@_attrs_define
class Call:
    """The job that tracks an outbound call. Most fields are not explained in the docs; the
    descriptions below are inferred from their names.

    """

    id: str | Unset = UNSET
    """ Identifier of the call job; use it to look up the conversation later. """
    title: str | Unset = UNSET
    """ Display title of the job. """
    model: str | Unset = UNSET
    """ Model that processes the job. """
    type_: str | Unset = UNSET
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
    """ Raw result data of the job. Its structure is not documented. """
    from_script: str | Unset = UNSET
    """ Source text of the job. """
    to_script: str | Unset = UNSET
    """ Resulting text of the job. """
    status: str | Unset = UNSET
    """ Where the call is in its lifecycle. Values seen elsewhere in the docs: `PENDING`,
    `IN_PROGRESS`, `COMPLETED`, `NO_ANSWER`, `FAILED`, `FORWARDED`, `TERMINATED`; not
    restricted here so that new states are kept.
     """
    relevant_job_id: str | Unset = UNSET
    """ Another job this one is linked to. """
    agent_details: VoiceAgent | Unset = UNSET
    """ A voice agent as the API returns it, in the flat v1 shape. Kept permissive: no ranges or
    enums are enforced, because the documented examples use placeholder values.
     """
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
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields the API sent that this SDK version does not know; sent back unchanged."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON-ready dict the API expects (camelCase keys)."""
        id = self.id

        title = self.title

        model = self.model

        type_ = self.type_

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
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if model is not UNSET:
            field_dict["model"] = model
        if type_ is not UNSET:
            field_dict["type"] = type_
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from API JSON; unknown keys land in additional_properties."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            # dict() would accept a list of pairs
            raise parse_failure(TypeError("expected a JSON object"), src_dict, {}, cls._JSON_KEYS)
        d = dict(src_dict)
        try:
            id = d.pop("id", UNSET)

            title = d.pop("title", UNSET)

            model = d.pop("model", UNSET)

            type_ = d.pop("type", UNSET)

            processing_type = d.pop("processingType", UNSET)

            webhook_url = d.pop("webhookUrl", UNSET)

            total_cost = d.pop("totalCost", UNSET)

            usage_time = d.pop("usageTime", UNSET)

            from_lng = d.pop("fromLng", UNSET)

            to_lng = d.pop("toLng", UNSET)

            media_url = d.pop("mediaUrl", UNSET)

            _job_response = d.pop("jobResponse", UNSET)
            job_response: JobResponse | Unset
            if _job_response is UNSET:
                job_response = UNSET
            else:
                job_response = JobResponse.from_dict(_job_response)

            from_script = d.pop("fromScript", UNSET)

            to_script = d.pop("toScript", UNSET)

            status = d.pop("status", UNSET)

            relevant_job_id = d.pop("relevantJobId", UNSET)

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

            billing_id = d.pop("billingId", UNSET)

            system_model_key = d.pop("systemModelKey", UNSET)

            voice_agent_id = d.pop("voiceAgentId", UNSET)

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
                type_,
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
        if not isinstance(self.id, Unset):
            if not (type(self.id) is str):
                _constraints.check_type(
                    out, prefix + "id", self.id, expected="string", nullable=False
                )

        if not isinstance(self.title, Unset):
            if not (type(self.title) is str):
                _constraints.check_type(
                    out, prefix + "title", self.title, expected="string", nullable=False
                )

        if not isinstance(self.model, Unset):
            if not (type(self.model) is str):
                _constraints.check_type(
                    out, prefix + "model", self.model, expected="string", nullable=False
                )

        if not isinstance(self.type_, Unset):
            if not (type(self.type_) is str):
                _constraints.check_type(
                    out, prefix + "type_", self.type_, expected="string", nullable=False
                )

        if not isinstance(self.processing_type, Unset):
            if not (type(self.processing_type) is str):
                _constraints.check_type(
                    out,
                    prefix + "processing_type",
                    self.processing_type,
                    expected="string",
                    nullable=False,
                )

        if not isinstance(self.webhook_url, Unset):
            if not (type(self.webhook_url) is str):
                _constraints.check_type(
                    out, prefix + "webhook_url", self.webhook_url, expected="string", nullable=False
                )

        if not isinstance(self.total_cost, Unset):
            if not (type(self.total_cost) in (int, float)):
                _constraints.check_type(
                    out, prefix + "total_cost", self.total_cost, expected="number", nullable=False
                )

        if not isinstance(self.usage_time, Unset):
            if not (type(self.usage_time) is str):
                _constraints.check_type(
                    out, prefix + "usage_time", self.usage_time, expected="string", nullable=False
                )

        if not isinstance(self.from_lng, Unset):
            if not (type(self.from_lng) is str):
                _constraints.check_type(
                    out, prefix + "from_lng", self.from_lng, expected="string", nullable=False
                )

        if not isinstance(self.to_lng, Unset):
            if not (type(self.to_lng) is str):
                _constraints.check_type(
                    out, prefix + "to_lng", self.to_lng, expected="string", nullable=False
                )

        if not isinstance(self.media_url, Unset):
            if not (type(self.media_url) is str):
                _constraints.check_type(
                    out, prefix + "media_url", self.media_url, expected="string", nullable=False
                )

        if not isinstance(self.job_response, Unset):
            if isinstance(self.job_response, JobResponse):
                self.job_response.collect_violations(prefix + "job_response.", out)

        if not isinstance(self.from_script, Unset):
            if not (type(self.from_script) is str):
                _constraints.check_type(
                    out, prefix + "from_script", self.from_script, expected="string", nullable=False
                )

        if not isinstance(self.to_script, Unset):
            if not (type(self.to_script) is str):
                _constraints.check_type(
                    out, prefix + "to_script", self.to_script, expected="string", nullable=False
                )

        if not isinstance(self.status, Unset):
            if not (type(self.status) is str):
                _constraints.check_type(
                    out, prefix + "status", self.status, expected="string", nullable=False
                )

        if not isinstance(self.relevant_job_id, Unset):
            if not (type(self.relevant_job_id) is str):
                _constraints.check_type(
                    out,
                    prefix + "relevant_job_id",
                    self.relevant_job_id,
                    expected="string",
                    nullable=False,
                )

        if not isinstance(self.agent_details, Unset):
            if isinstance(self.agent_details, VoiceAgent):
                self.agent_details.collect_violations(prefix + "agent_details.", out)

        if not isinstance(self.call_params, Unset):
            if isinstance(self.call_params, CallParams):
                self.call_params.collect_violations(prefix + "call_params.", out)

        if not isinstance(self.api_key_id, Unset):
            if not (type(self.api_key_id) is str):
                _constraints.check_type(
                    out, prefix + "api_key_id", self.api_key_id, expected="string", nullable=False
                )

        if not isinstance(self.billing_id, Unset):
            if not (type(self.billing_id) is str):
                _constraints.check_type(
                    out, prefix + "billing_id", self.billing_id, expected="string", nullable=False
                )

        if not isinstance(self.system_model_key, Unset):
            if not (type(self.system_model_key) is str):
                _constraints.check_type(
                    out,
                    prefix + "system_model_key",
                    self.system_model_key,
                    expected="string",
                    nullable=False,
                )

        if not isinstance(self.voice_agent_id, Unset):
            if not (type(self.voice_agent_id) is str):
                _constraints.check_type(
                    out,
                    prefix + "voice_agent_id",
                    self.voice_agent_id,
                    expected="string",
                    nullable=False,
                )

        return out

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa import _constraints
from hamsa._constraints import ABSENT, Violation
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure
from hamsa._redact import masked_mapping

from ..models.ai_content import AiContent
from ..models.job_status import JobStatus
from ..models.job_type import JobType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AiContentJob")


@_attrs_define
class AiContentJob:
    """An AI-content job; `jobResponse` holds the parts once it is done."""

    id: None | str | Unset = UNSET
    """ Job id. """
    title: None | str | Unset = UNSET
    """ Name of the job. """
    model: None | str | Unset = UNSET
    """ Model used. """
    processing_type: None | str | Unset = UNSET
    """ `async` or `sync`. """
    usage_time: None | str | Unset = UNSET
    """ Billed duration. """
    api_key_id: None | str | Unset = UNSET
    """ Id of the API key that started it. """
    billing_id: None | str | Unset = UNSET
    """ Billing record. """
    system_model_key: None | str | Unset = UNSET
    """ Internal model key. """
    webhook_url: None | str | Unset = UNSET
    """ Where the result is POSTed. """
    from_lng: None | str | Unset = UNSET
    """ Source language (translation). """
    to_lng: None | str | Unset = UNSET
    """ Target language (translation). """
    media_url: None | str | Unset = UNSET
    """ The media the job works on. """
    from_script: None | str | Unset = UNSET
    """ Source script (translation). """
    to_script: None | str | Unset = UNSET
    """ Target script (translation). """
    relevant_job_id: None | str | Unset = UNSET
    """ The job this one derives from (e.g. the transcription of an AI-content job). """
    agent_details: None | str | Unset = UNSET
    """ Voice-agent details, as text. """
    voice_agent_id: None | str | Unset = UNSET
    """ The voice agent, for an agent's job. """
    user_id: None | str | Unset = UNSET
    """ Owner. """
    tts_voice_id: None | str | Unset = UNSET
    """ Voice of a text-to-speech job. """
    type_: JobType | str | Unset = UNSET
    """ What the job does (documented values in JobType). """
    status: JobStatus | str | Unset = UNSET
    """ Where the job is (documented values in JobStatus). """
    total_cost: float | Unset = UNSET
    """ Cost of the job. """
    created_at: datetime.datetime | Unset = UNSET
    """ When the job was created. """
    updated_at: datetime.datetime | Unset = UNSET
    """ Last change. """
    job_response: AiContent | None | Unset = UNSET
    """ The parts; null while pending. """
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

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON-ready dict the API expects (camelCase keys)."""
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        processing_type: None | str | Unset
        if isinstance(self.processing_type, Unset):
            processing_type = UNSET
        else:
            processing_type = self.processing_type

        usage_time: None | str | Unset
        if isinstance(self.usage_time, Unset):
            usage_time = UNSET
        else:
            usage_time = self.usage_time

        api_key_id: None | str | Unset
        if isinstance(self.api_key_id, Unset):
            api_key_id = UNSET
        else:
            api_key_id = self.api_key_id

        billing_id: None | str | Unset
        if isinstance(self.billing_id, Unset):
            billing_id = UNSET
        else:
            billing_id = self.billing_id

        system_model_key: None | str | Unset
        if isinstance(self.system_model_key, Unset):
            system_model_key = UNSET
        else:
            system_model_key = self.system_model_key

        webhook_url: None | str | Unset
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

        from_lng: None | str | Unset
        if isinstance(self.from_lng, Unset):
            from_lng = UNSET
        else:
            from_lng = self.from_lng

        to_lng: None | str | Unset
        if isinstance(self.to_lng, Unset):
            to_lng = UNSET
        else:
            to_lng = self.to_lng

        media_url: None | str | Unset
        if isinstance(self.media_url, Unset):
            media_url = UNSET
        else:
            media_url = self.media_url

        from_script: None | str | Unset
        if isinstance(self.from_script, Unset):
            from_script = UNSET
        else:
            from_script = self.from_script

        to_script: None | str | Unset
        if isinstance(self.to_script, Unset):
            to_script = UNSET
        else:
            to_script = self.to_script

        relevant_job_id: None | str | Unset
        if isinstance(self.relevant_job_id, Unset):
            relevant_job_id = UNSET
        else:
            relevant_job_id = self.relevant_job_id

        agent_details: None | str | Unset
        if isinstance(self.agent_details, Unset):
            agent_details = UNSET
        else:
            agent_details = self.agent_details

        voice_agent_id: None | str | Unset
        if isinstance(self.voice_agent_id, Unset):
            voice_agent_id = UNSET
        else:
            voice_agent_id = self.voice_agent_id

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        tts_voice_id: None | str | Unset
        if isinstance(self.tts_voice_id, Unset):
            tts_voice_id = UNSET
        else:
            tts_voice_id = self.tts_voice_id

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, JobType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, JobStatus):
            status = self.status.value
        else:
            status = self.status

        total_cost = self.total_cost

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        job_response: dict[str, Any] | None | Unset
        if isinstance(self.job_response, Unset):
            job_response = UNSET
        elif isinstance(self.job_response, AiContent):
            job_response = self.job_response.to_dict()
        else:
            job_response = self.job_response

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if model is not UNSET:
            field_dict["model"] = model
        if processing_type is not UNSET:
            field_dict["processingType"] = processing_type
        if usage_time is not UNSET:
            field_dict["usageTime"] = usage_time
        if api_key_id is not UNSET:
            field_dict["apiKeyId"] = api_key_id
        if billing_id is not UNSET:
            field_dict["billingId"] = billing_id
        if system_model_key is not UNSET:
            field_dict["systemModelKey"] = system_model_key
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url
        if from_lng is not UNSET:
            field_dict["fromLng"] = from_lng
        if to_lng is not UNSET:
            field_dict["toLng"] = to_lng
        if media_url is not UNSET:
            field_dict["mediaUrl"] = media_url
        if from_script is not UNSET:
            field_dict["fromScript"] = from_script
        if to_script is not UNSET:
            field_dict["toScript"] = to_script
        if relevant_job_id is not UNSET:
            field_dict["relevantJobId"] = relevant_job_id
        if agent_details is not UNSET:
            field_dict["agentDetails"] = agent_details
        if voice_agent_id is not UNSET:
            field_dict["voiceAgentId"] = voice_agent_id
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if tts_voice_id is not UNSET:
            field_dict["ttsVoiceId"] = tts_voice_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if total_cost is not UNSET:
            field_dict["totalCost"] = total_cost
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if job_response is not UNSET:
            field_dict["jobResponse"] = job_response

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from API JSON; unknown keys land in additional_properties."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            # dict() would accept a list of pairs
            raise parse_failure(TypeError("expected a JSON object"), src_dict, {}, cls._JSON_KEYS)
        d = dict(src_dict)
        try:
            id: None | str | Unset = d.pop("id", UNSET)

            title: None | str | Unset = d.pop("title", UNSET)

            model: None | str | Unset = d.pop("model", UNSET)

            processing_type: None | str | Unset = d.pop("processingType", UNSET)

            usage_time: None | str | Unset = d.pop("usageTime", UNSET)

            api_key_id: None | str | Unset = d.pop("apiKeyId", UNSET)

            billing_id: None | str | Unset = d.pop("billingId", UNSET)

            system_model_key: None | str | Unset = d.pop("systemModelKey", UNSET)

            webhook_url: None | str | Unset = d.pop("webhookUrl", UNSET)

            from_lng: None | str | Unset = d.pop("fromLng", UNSET)

            to_lng: None | str | Unset = d.pop("toLng", UNSET)

            media_url: None | str | Unset = d.pop("mediaUrl", UNSET)

            from_script: None | str | Unset = d.pop("fromScript", UNSET)

            to_script: None | str | Unset = d.pop("toScript", UNSET)

            relevant_job_id: None | str | Unset = d.pop("relevantJobId", UNSET)

            agent_details: None | str | Unset = d.pop("agentDetails", UNSET)

            voice_agent_id: None | str | Unset = d.pop("voiceAgentId", UNSET)

            user_id: None | str | Unset = d.pop("userId", UNSET)

            tts_voice_id: None | str | Unset = d.pop("ttsVoiceId", UNSET)

            def _parse_type_(data: object) -> JobType | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    type_type_0 = JobType.from_wire(data)

                    return type_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(JobType | str | Unset, data)

            type_ = _parse_type_(d.pop("type", UNSET))

            def _parse_status(data: object) -> JobStatus | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    status_type_0 = JobStatus.from_wire(data)

                    return status_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(JobStatus | str | Unset, data)

            status = _parse_status(d.pop("status", UNSET))

            total_cost = d.pop("totalCost", UNSET)

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

            def _parse_job_response(data: object) -> AiContent | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    job_response_type_0 = AiContent.from_dict(data)

                    return job_response_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AiContent | None | Unset, data)

            job_response = _parse_job_response(d.pop("jobResponse", UNSET))

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
                type_,
                status,
                total_cost,
                created_at,
                updated_at,
                job_response,
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
        if v is not UNSET and not (type(v) is str or v is None):
            _constraints.check_type(out, prefix + "id", v, "string", True)

        v = self.title
        if v is not UNSET and not (type(v) is str or v is None):
            _constraints.check_type(out, prefix + "title", v, "string", True)

        v = self.model
        if v is not UNSET and not (type(v) is str or v is None):
            _constraints.check_type(out, prefix + "model", v, "string", True)

        v = self.processing_type
        if v is not UNSET and not (type(v) is str or v is None):
            _constraints.check_type(out, prefix + "processing_type", v, "string", True)

        v = self.usage_time
        if v is not UNSET and not (type(v) is str or v is None):
            _constraints.check_type(out, prefix + "usage_time", v, "string", True)

        v = self.api_key_id
        if v is not UNSET and not (type(v) is str or v is None):
            _constraints.check_type(out, prefix + "api_key_id", v, "string", True)

        v = self.billing_id
        if v is not UNSET and not (type(v) is str or v is None):
            _constraints.check_type(out, prefix + "billing_id", v, "string", True)

        v = self.system_model_key
        if v is not UNSET and not (type(v) is str or v is None):
            _constraints.check_type(out, prefix + "system_model_key", v, "string", True)

        v = self.webhook_url
        if v is not UNSET and not (type(v) is str or v is None):
            _constraints.check_type(out, prefix + "webhook_url", v, "string", True)

        v = self.from_lng
        if v is not UNSET and not (type(v) is str or v is None):
            _constraints.check_type(out, prefix + "from_lng", v, "string", True)

        v = self.to_lng
        if v is not UNSET and not (type(v) is str or v is None):
            _constraints.check_type(out, prefix + "to_lng", v, "string", True)

        v = self.media_url
        if v is not UNSET and not (type(v) is str or v is None):
            _constraints.check_type(out, prefix + "media_url", v, "string", True)

        v = self.from_script
        if v is not UNSET and not (type(v) is str or v is None):
            _constraints.check_type(out, prefix + "from_script", v, "string", True)

        v = self.to_script
        if v is not UNSET and not (type(v) is str or v is None):
            _constraints.check_type(out, prefix + "to_script", v, "string", True)

        v = self.relevant_job_id
        if v is not UNSET and not (type(v) is str or v is None):
            _constraints.check_type(out, prefix + "relevant_job_id", v, "string", True)

        v = self.agent_details
        if v is not UNSET and not (type(v) is str or v is None):
            _constraints.check_type(out, prefix + "agent_details", v, "string", True)

        v = self.voice_agent_id
        if v is not UNSET and not (type(v) is str or v is None):
            _constraints.check_type(out, prefix + "voice_agent_id", v, "string", True)

        v = self.user_id
        if v is not UNSET and not (type(v) is str or v is None):
            _constraints.check_type(out, prefix + "user_id", v, "string", True)

        v = self.tts_voice_id
        if v is not UNSET and not (type(v) is str or v is None):
            _constraints.check_type(out, prefix + "tts_voice_id", v, "string", True)

        v = self.total_cost
        if v is not UNSET and not (type(v) in (int, float)):
            _constraints.check_type(out, prefix + "total_cost", v, "number", False)

        v = self.job_response
        if isinstance(v, AiContent):
            v.collect_violations(prefix + "job_response" + ".", out)

        return out

    @classmethod
    def _wire_ok(cls, d: Mapping[str, Any]) -> bool:
        """True when `d` (camelCase JSON) is a valid body that from_dict/to_dict would send
        unchanged; False sends it the slow way, which checks and words every problem."""
        v = d.get("id", ABSENT)
        if v is not ABSENT and v is not None:
            if not (type(v) is str):
                return False
        v = d.get("title", ABSENT)
        if v is not ABSENT and v is not None:
            if not (type(v) is str):
                return False
        v = d.get("model", ABSENT)
        if v is not ABSENT and v is not None:
            if not (type(v) is str):
                return False
        v = d.get("processingType", ABSENT)
        if v is not ABSENT and v is not None:
            if not (type(v) is str):
                return False
        v = d.get("usageTime", ABSENT)
        if v is not ABSENT and v is not None:
            if not (type(v) is str):
                return False
        v = d.get("apiKeyId", ABSENT)
        if v is not ABSENT and v is not None:
            if not (type(v) is str):
                return False
        v = d.get("billingId", ABSENT)
        if v is not ABSENT and v is not None:
            if not (type(v) is str):
                return False
        v = d.get("systemModelKey", ABSENT)
        if v is not ABSENT and v is not None:
            if not (type(v) is str):
                return False
        v = d.get("webhookUrl", ABSENT)
        if v is not ABSENT and v is not None:
            if not (type(v) is str):
                return False
        v = d.get("fromLng", ABSENT)
        if v is not ABSENT and v is not None:
            if not (type(v) is str):
                return False
        v = d.get("toLng", ABSENT)
        if v is not ABSENT and v is not None:
            if not (type(v) is str):
                return False
        v = d.get("mediaUrl", ABSENT)
        if v is not ABSENT and v is not None:
            if not (type(v) is str):
                return False
        v = d.get("fromScript", ABSENT)
        if v is not ABSENT and v is not None:
            if not (type(v) is str):
                return False
        v = d.get("toScript", ABSENT)
        if v is not ABSENT and v is not None:
            if not (type(v) is str):
                return False
        v = d.get("relevantJobId", ABSENT)
        if v is not ABSENT and v is not None:
            if not (type(v) is str):
                return False
        v = d.get("agentDetails", ABSENT)
        if v is not ABSENT and v is not None:
            if not (type(v) is str):
                return False
        v = d.get("voiceAgentId", ABSENT)
        if v is not ABSENT and v is not None:
            if not (type(v) is str):
                return False
        v = d.get("userId", ABSENT)
        if v is not ABSENT and v is not None:
            if not (type(v) is str):
                return False
        v = d.get("ttsVoiceId", ABSENT)
        if v is not ABSENT and v is not None:
            if not (type(v) is str):
                return False
        if "type" in d:
            return False
        if "status" in d:
            return False
        v = d.get("totalCost", ABSENT)
        if v is not ABSENT:
            if not (type(v) in (int, float)):
                return False
        if "createdAt" in d:
            return False
        if "updatedAt" in d:
            return False
        v = d.get("jobResponse", ABSENT)
        if v is not ABSENT and v is not None:
            if not (type(v) is dict and AiContent._wire_ok(v)):
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

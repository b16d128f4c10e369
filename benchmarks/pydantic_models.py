"""The pydantic v2 twin of hamsa.v2.models.VoiceAgent, used only as the parse-speed baseline.

Same fields, same nesting, camelCase aliases, every field optional (the generated models use
UNSET), unknown keys kept (extra="allow", like additional_properties) and enums that accept
unknown values (the same ``_missing_`` as the generated StrEnums). pydantic is a benchmark-only
dependency: hamsa never imports it.

``drift()`` compares these field sets with the generated models' ``_JSON_KEYS`` so a spec change
that adds fields shows up as a warning instead of a silently unfair comparison.
"""

from __future__ import annotations

import datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter
from pydantic.alias_generators import to_camel

__all__ = [
    "VoiceAgent",
    "VoiceAgentList",
    "VoiceAgentPageResponse",
    "drift",
]


class _Lenient(StrEnum):
    """Unknown values are kept as sent, as the generated enums do."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


class VoiceAgentType(_Lenient):
    FLOW_AGENT = "Flow Agent"
    SINGLE_PROMPT = "Single Prompt"


class Language(_Lenient):
    AR = "ar"
    EN = "en"


class _Model(BaseModel):
    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True, extra="allow")


class _Open(_Model):
    """A free-form object (additionalProperties only)."""


class Params(_Open): ...


class TtsParams(_Open): ...


class VoiceRecordDetails(_Open): ...


class ToolOverrides(_Open): ...


class ToolTestResult(_Open): ...


class ResolvedWebTool(_Open): ...


class OutcomeResponseShapeProperties(_Open): ...


class OutcomeResponseShapeItems(_Open): ...


class WorkflowEdge(_Open): ...


class WorkflowTransition(_Open): ...


class WorkflowPosition(_Model):
    x: float | None = None
    y: float | None = None


class WorkflowNodeMetadata(_Model):
    version: int | None = None


class WorkflowNode(_Model):
    id: str | None = None
    type: str | None = None
    label: str | None = None
    message: str | None = None
    message_type: str | None = None
    position: WorkflowPosition | None = None
    metadata: WorkflowNodeMetadata | None = None
    transitions: list[WorkflowTransition] | None = None


class WorkflowCustomVariable(_Model):
    id: str | None = None
    name: str | None = None
    data_type: str | None = None
    description: str | None = None
    default_value: str | None = None
    extraction_prompt: str | None = None
    enum_values: list[str] | None = None


class Workflow(_Model):
    nodes: list[WorkflowNode] | None = None
    edges: list[WorkflowEdge] | None = None
    custom_variables: list[WorkflowCustomVariable] | None = None


class Alignment(_Model):
    greeting_message: str | None = None
    preamble: str | None = None


class Conversation(_Model):
    greeting_message: str | None = None
    greeting_message_type: str | None = None
    preamble: str | None = None
    poke_messages: list[str] | None = None
    params: Params | None = None
    alignment: Alignment | None = None


class VoiceRecord(_Model):
    id: str | None = None
    name: str | None = None
    provider: str | None = None
    language: str | None = None
    image: str | None = None
    language_code: str | None = None
    voice_record: VoiceRecordDetails | None = None


class Voice(_Model):
    voice_id: str | None = None
    voice_record_id: str | None = None
    voice_record: VoiceRecord | None = None
    lang: Language | None = None
    tts_params: TtsParams | None = None


class Llm(_Model):
    provider: str | None = None
    model: str | None = None
    temperature: float | None = None
    base_url: str | None = None
    api_key: str | None = Field(default=None, repr=False)


class CallSettings(_Model):
    noise_cancellation: str | None = None
    cancel_noise_per: str | None = None
    interrupt: bool | None = None
    response_delay: float | None = None
    min_interruption_duration: float | None = None
    vad_activation_threshold: float | None = None
    user_inactivity_timeout: float | None = None
    max_call_duration: float | None = None
    silence_threshold: int | None = None
    background_noise: bool | None = None
    enable_auto_gain_control: bool | None = None
    send_denoised_to_stt: bool | None = None
    wait_for_user_to_speak_first: int | None = None
    thinking_voice: bool | None = None
    speaker_identification: bool | None = None
    agentic_rag: bool | None = None
    language_dialect_switcher: bool | None = None
    gender_detection: bool | None = None
    smart_call_end: bool | None = None


class WebToolRef(_Model):
    persistent_id: str | None = None
    tool_id: str | None = None
    version: int | None = None
    tool_type: str | None = None
    node_id: str | None = None
    test_result: ToolTestResult | None = None
    overrides: ToolOverrides | None = None


class PhoneNumberRef(_Model):
    type: str | None = None
    id: str | None = None


class WebhookAuth(_Model):
    auth_key: str | None = None
    auth_secret: str | None = Field(default=None, repr=False)


class OutcomeResponseShape(_Model):
    type: str | None = None
    properties: OutcomeResponseShapeProperties | None = None
    required: list[str] | None = None
    items: OutcomeResponseShapeItems | None = None
    description: str | None = None


class Account(_Model):
    plan: str | None = None


class VoiceAgent(_Model):
    id: str | None = None
    type: VoiceAgentType | None = None
    name: str | None = None
    conversation: Conversation | None = None
    voice: Voice | None = None
    llm: Llm | None = None
    call_settings: CallSettings | None = None
    tools: list[WebToolRef] | None = None
    knowledge_base_items_ids: list[str] | None = None
    voice_dictionary_ids: list[str] | None = None
    phone_number: PhoneNumberRef | None = None
    webhook_url: str | None = None
    webhook_auth: WebhookAuth | None = None
    workflow: Workflow | None = None
    outcome_response_shape: OutcomeResponseShape | None = None
    resolved_web_tools: list[ResolvedWebTool] | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    account: Account | None = None


class VoiceAgentPage(_Model):
    total: int | None = None
    filtered: int | None = None
    voice_agents: list[VoiceAgent] | None = None


class VoiceAgentPageResponse(_Model):
    success: bool | None = None
    message: str | None = None
    message_key: str | None = None
    data: VoiceAgentPage | None = None


VoiceAgentList: TypeAdapter[list[VoiceAgent]] = TypeAdapter(list[VoiceAgent])

_TWINS = (
    Params,
    TtsParams,
    VoiceRecordDetails,
    ToolOverrides,
    ToolTestResult,
    WorkflowEdge,
    WorkflowTransition,
    WorkflowPosition,
    WorkflowNodeMetadata,
    WorkflowNode,
    WorkflowCustomVariable,
    Workflow,
    ResolvedWebTool,
    OutcomeResponseShapeProperties,
    OutcomeResponseShapeItems,
    Alignment,
    Conversation,
    VoiceRecord,
    Voice,
    Llm,
    CallSettings,
    WebToolRef,
    PhoneNumberRef,
    WebhookAuth,
    OutcomeResponseShape,
    Account,
    VoiceAgent,
)


def drift() -> list[str]:
    """Where these models' JSON keys differ from the generated hamsa.v2 models' (empty: none)."""
    import importlib

    models = importlib.import_module("hamsa.v2.models")
    problems = []
    for twin in _TWINS:
        generated = getattr(models, twin.__name__, None)
        if generated is None:
            problems.append(f"{twin.__name__}: no such generated model")
            continue
        ours = {field.alias or name for name, field in twin.model_fields.items()}
        theirs = set(getattr(generated, "_JSON_KEYS", ()))
        if ours != theirs:
            missing = sorted(theirs - ours)
            extra = sorted(ours - theirs)
            problems.append(f"{twin.__name__}: missing {missing}, extra {extra}")
    return problems

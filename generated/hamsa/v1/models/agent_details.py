from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa._model import OpenModel
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure, wrong_type
from hamsa._redact import masked_mapping
from hamsa._rules import (
    ARRAY,
    BOOLEAN,
    ENUM,
    INTEGER,
    LIST,
    NUMBER,
    STRING,
    URI,
    RequestModel,
    Rules,
    field,
    model,
    number,
    one_of,
)

from ..models.agent_tools import AgentTools
from ..models.alignment import Alignment
from ..models.language import Language
from ..models.llm_config import LlmConfig
from ..models.outcome_response_shape import OutcomeResponseShape
from ..models.params import Params
from ..models.web_tools_overrides import WebToolsOverrides
from ..models.webhook_auth import WebhookAuth


@_attrs_define(repr=False)
class AgentDetails(RequestModel, OpenModel):
    """A complete agent described inline, in the flat v1 shape, for a call that does not use a saved agent.
    The start-call page hides this object's fields; they are taken to be the documented v1 agent fields (the same as the update body), with the same limits.
    """

    agent_name: str | None = None
    """Display name of the agent."""
    greeting_message: None | str = None
    """First thing the agent says; may contain placeholders such as `{{name}}`, filled from `params`."""
    greeting_message_type: None | str = None
    """How the greeting is produced.
    The create page lists `STATIC` and `PROMPT`, but the update page declares a plain string, so no list is enforced.
    """
    preamble: str | None = None
    """System prompt that sets the agent's role and behaviour; may contain placeholders such as `{{agentName}}`."""
    lang: Language | None = None
    """Language the agent speaks, as a two-letter code (Arabic or English)."""
    poke_messages: list[str] | None = None
    """Lines the agent says to prompt the caller when they stay silent."""
    real_time: bool | None = None
    """Turns on real-time mode (the docs do not explain it further)."""
    silence_threshold: int | None = None
    """How long a pause, in milliseconds, counts as the end of the caller's turn."""
    interrupt: bool | None = None
    """Whether the caller can cut the agent off while it is speaking."""
    outcome: None | str = None
    """Prompt run over the finished conversation to turn it into something else, such as a summary or an article."""
    outcome_response_shape: OutcomeResponseShape | None = None
    """OpenAPI/JSON-Schema style description of the structured result to extract from a finished conversation.
    Nested levels use the same keys (`type`, `properties`, `required`, `items`, `description`); they are kept as free-form objects here rather than a recursive schema.
    """
    webhook_url: None | str = None
    """Address that receives the agent's event notifications."""
    webhook_auth: WebhookAuth | None = None
    """Credentials Hamsa attaches when it calls your webhook, sent as the header `Authorization: <authKey> <authSecret>`.
    Treat `authSecret` as a secret."""
    voice_id: str | None = None
    """Voice the agent speaks with; voices can be browsed and cloned on the Hamsa Agents platform."""
    description: str | None = None
    """Free-text notes about the agent."""
    is_template: bool | None = None
    """Marks the agent as a template for new agents."""
    icon: str | None = None
    """Icon shown for the agent in the dashboard."""
    tools: AgentTools | None = None
    """Built-in features the agent can switch on."""
    params: Params | None = None
    """Values for the `{{name}}` placeholders used in the greeting message or the preamble: each key is a placeholder name and its value is what replaces it."""
    alignment: Alignment | None = None
    """Text direction used when displaying the greeting and the preamble."""
    knowledge_base_items_ids: list[str] | None = None
    """Knowledge-base items the agent may consult."""
    web_tools_ids: list[str] | None = None
    """Web tools the agent may call."""
    voice_dictionary_ids: list[str] | None = None
    """Pronunciation dictionaries applied to the agent's speech."""
    user_inactivity_timeout: float | None = None
    """Seconds of caller silence before the agent reacts (pokes or ends the call); 5 to 30."""
    max_call_duration: float | None = None
    """Upper limit on a call's length, in seconds; 30 to 600."""
    response_delay: float | None = None
    """Pause before the agent replies, in milliseconds; 100 to 1500."""
    background_noise: bool | None = None
    """Adds background ambience behind the agent's voice."""
    wait_for_user_to_speak_first: int | None = None
    """Setting (an integer from 0 to 2) for whether the agent waits for the caller to talk before greeting; the documented default is 0."""
    thinking_voice: bool | None = None
    """Plays a filler sound while the agent works out its reply."""
    speaker_identification: bool | None = None
    """Tells apart different speakers on the caller's side."""
    llm_config: LlmConfig | None = None
    """Which large language model drives the agent, and how to reach it."""
    web_tools_overrides: WebToolsOverrides | None = None
    """Per-agent adjustments to the attached web tools.
    Its structure is not documented."""
    agentic_rag: bool | None = None
    """Lets the agent decide by itself when to search its knowledge base."""
    language_dialect_switcher: bool | None = None
    """Lets the agent follow the caller when they switch language or dialect."""
    noise_cancellation: str | None = None
    """Noise-suppression mode.
    No list of values is documented, and the examples disagree (`telephony-optimized` vs `telephony_optimized`), so it is passed through as given.
    """
    cancel_noise_per: None | str = None
    """Scope at which noise suppression is applied, e.g. `conversation`."""
    min_interruption_duration: float | None = None
    """Seconds the caller must keep talking before it counts as interrupting the agent; 0.2 to 1.5."""
    vad_activation_threshold: float | None = None
    """Confidence the voice-activity detector needs before treating sound as speech; 0.2 to 0.9."""
    enable_auto_gain_control: bool | None = None
    """Evens out the loudness of the incoming audio."""
    send_denoised_to_stt: bool | None = None
    """Sends the noise-suppressed audio, rather than the original, to speech recognition."""
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "agentName",
        "greetingMessage",
        "greetingMessageType",
        "preamble",
        "lang",
        "pokeMessages",
        "realTime",
        "silenceThreshold",
        "interrupt",
        "outcome",
        "outcomeResponseShape",
        "webhookUrl",
        "webhookAuth",
        "voiceId",
        "description",
        "isTemplate",
        "icon",
        "tools",
        "params",
        "alignment",
        "knowledgeBaseItemsIds",
        "webToolsIds",
        "voiceDictionaryIds",
        "userInactivityTimeout",
        "maxCallDuration",
        "responseDelay",
        "backgroundNoise",
        "waitForUserToSpeakFirst",
        "thinkingVoice",
        "speakerIdentification",
        "llmConfig",
        "webToolsOverrides",
        "agenticRag",
        "languageDialectSwitcher",
        "noiseCancellation",
        "cancelNoisePer",
        "minInterruptionDuration",
        "vadActivationThreshold",
        "enableAutoGainControl",
        "sendDenoisedToStt",
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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.agent_name is not None:
            field_dict["agentName"] = self.agent_name
        if self.greeting_message is not None:
            field_dict["greetingMessage"] = self.greeting_message
        if self.greeting_message_type is not None:
            field_dict["greetingMessageType"] = self.greeting_message_type
        if self.preamble is not None:
            field_dict["preamble"] = self.preamble
        if self.lang is not None:
            field_dict["lang"] = self.lang.value
        if self.poke_messages is not None:
            field_dict["pokeMessages"] = self.poke_messages
        if self.real_time is not None:
            field_dict["realTime"] = self.real_time
        if self.silence_threshold is not None:
            field_dict["silenceThreshold"] = self.silence_threshold
        if self.interrupt is not None:
            field_dict["interrupt"] = self.interrupt
        if self.outcome is not None:
            field_dict["outcome"] = self.outcome
        if self.outcome_response_shape is not None:
            field_dict["outcomeResponseShape"] = self.outcome_response_shape.to_wire()
        if self.webhook_url is not None:
            field_dict["webhookUrl"] = self.webhook_url
        if self.webhook_auth is not None:
            field_dict["webhookAuth"] = self.webhook_auth.to_wire()
        if self.voice_id is not None:
            field_dict["voiceId"] = self.voice_id
        if self.description is not None:
            field_dict["description"] = self.description
        if self.is_template is not None:
            field_dict["isTemplate"] = self.is_template
        if self.icon is not None:
            field_dict["icon"] = self.icon
        if self.tools is not None:
            field_dict["tools"] = self.tools.to_wire()
        if self.params is not None:
            field_dict["params"] = self.params.to_wire()
        if self.alignment is not None:
            field_dict["alignment"] = self.alignment.to_wire()
        if self.knowledge_base_items_ids is not None:
            field_dict["knowledgeBaseItemsIds"] = self.knowledge_base_items_ids
        if self.web_tools_ids is not None:
            field_dict["webToolsIds"] = self.web_tools_ids
        if self.voice_dictionary_ids is not None:
            field_dict["voiceDictionaryIds"] = self.voice_dictionary_ids
        if self.user_inactivity_timeout is not None:
            field_dict["userInactivityTimeout"] = self.user_inactivity_timeout
        if self.max_call_duration is not None:
            field_dict["maxCallDuration"] = self.max_call_duration
        if self.response_delay is not None:
            field_dict["responseDelay"] = self.response_delay
        if self.background_noise is not None:
            field_dict["backgroundNoise"] = self.background_noise
        if self.wait_for_user_to_speak_first is not None:
            field_dict["waitForUserToSpeakFirst"] = self.wait_for_user_to_speak_first
        if self.thinking_voice is not None:
            field_dict["thinkingVoice"] = self.thinking_voice
        if self.speaker_identification is not None:
            field_dict["speakerIdentification"] = self.speaker_identification
        if self.llm_config is not None:
            field_dict["llmConfig"] = self.llm_config.to_wire()
        if self.web_tools_overrides is not None:
            field_dict["webToolsOverrides"] = self.web_tools_overrides.to_wire()
        if self.agentic_rag is not None:
            field_dict["agenticRag"] = self.agentic_rag
        if self.language_dialect_switcher is not None:
            field_dict["languageDialectSwitcher"] = self.language_dialect_switcher
        if self.noise_cancellation is not None:
            field_dict["noiseCancellation"] = self.noise_cancellation
        if self.cancel_noise_per is not None:
            field_dict["cancelNoisePer"] = self.cancel_noise_per
        if self.min_interruption_duration is not None:
            field_dict["minInterruptionDuration"] = self.min_interruption_duration
        if self.vad_activation_threshold is not None:
            field_dict["vadActivationThreshold"] = self.vad_activation_threshold
        if self.enable_auto_gain_control is not None:
            field_dict["enableAutoGainControl"] = self.enable_auto_gain_control
        if self.send_denoised_to_stt is not None:
            field_dict["sendDenoisedToStt"] = self.send_denoised_to_stt
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
            agent_name = d.pop("agentName", None)
            if agent_name.__class__ is not str and agent_name is not None:
                wrong_type(agent_name, "str")
            greeting_message: None | str = d.pop("greetingMessage", None)
            if greeting_message is None and "greetingMessage" in src_dict:
                wire_nulls.append("greetingMessage")
            greeting_message_type: None | str = d.pop("greetingMessageType", None)
            if greeting_message_type is None and "greetingMessageType" in src_dict:
                wire_nulls.append("greetingMessageType")
            preamble = d.pop("preamble", None)
            if preamble.__class__ is not str and preamble is not None:
                wrong_type(preamble, "str")
            lang = d.pop("lang", None)
            if lang is not None:
                lang = Language.from_wire(lang)
            poke_messages: list[str] | None = d.pop("pokeMessages", None)
            real_time = d.pop("realTime", None)
            if real_time.__class__ is not bool and real_time is not None:
                wrong_type(real_time, "bool")
            silence_threshold = d.pop("silenceThreshold", None)
            if silence_threshold.__class__ is not int and silence_threshold is not None:
                wrong_type(silence_threshold, "int")
            interrupt = d.pop("interrupt", None)
            if interrupt.__class__ is not bool and interrupt is not None:
                wrong_type(interrupt, "bool")
            outcome: None | str = d.pop("outcome", None)
            if outcome is None and "outcome" in src_dict:
                wire_nulls.append("outcome")
            outcome_response_shape = d.pop("outcomeResponseShape", None)
            if outcome_response_shape is not None:
                outcome_response_shape = OutcomeResponseShape.from_dict(outcome_response_shape)
            webhook_url: None | str = d.pop("webhookUrl", None)
            if webhook_url is None and "webhookUrl" in src_dict:
                wire_nulls.append("webhookUrl")
            webhook_auth = d.pop("webhookAuth", None)
            if webhook_auth is not None:
                webhook_auth = WebhookAuth.from_dict(webhook_auth)
            voice_id = d.pop("voiceId", None)
            if voice_id.__class__ is not str and voice_id is not None:
                wrong_type(voice_id, "str")
            description = d.pop("description", None)
            if description.__class__ is not str and description is not None:
                wrong_type(description, "str")
            is_template = d.pop("isTemplate", None)
            if is_template.__class__ is not bool and is_template is not None:
                wrong_type(is_template, "bool")
            icon = d.pop("icon", None)
            if icon.__class__ is not str and icon is not None:
                wrong_type(icon, "str")
            tools = d.pop("tools", None)
            if tools is not None:
                tools = AgentTools.from_dict(tools)
            params = d.pop("params", None)
            if params is not None:
                params = Params.from_dict(params)
            alignment = d.pop("alignment", None)
            if alignment is not None:
                alignment = Alignment.from_dict(alignment)
            knowledge_base_items_ids: list[str] | None = d.pop("knowledgeBaseItemsIds", None)
            web_tools_ids: list[str] | None = d.pop("webToolsIds", None)
            voice_dictionary_ids: list[str] | None = d.pop("voiceDictionaryIds", None)
            user_inactivity_timeout = d.pop("userInactivityTimeout", None)
            if (
                user_inactivity_timeout.__class__ is not float
                and user_inactivity_timeout.__class__ is not int
                and user_inactivity_timeout is not None
            ):
                wrong_type(user_inactivity_timeout, "float")
            max_call_duration = d.pop("maxCallDuration", None)
            if (
                max_call_duration.__class__ is not float
                and max_call_duration.__class__ is not int
                and max_call_duration is not None
            ):
                wrong_type(max_call_duration, "float")
            response_delay = d.pop("responseDelay", None)
            if (
                response_delay.__class__ is not float
                and response_delay.__class__ is not int
                and response_delay is not None
            ):
                wrong_type(response_delay, "float")
            background_noise = d.pop("backgroundNoise", None)
            if background_noise.__class__ is not bool and background_noise is not None:
                wrong_type(background_noise, "bool")
            wait_for_user_to_speak_first = d.pop("waitForUserToSpeakFirst", None)
            if (
                wait_for_user_to_speak_first.__class__ is not int
                and wait_for_user_to_speak_first is not None
            ):
                wrong_type(wait_for_user_to_speak_first, "int")
            thinking_voice = d.pop("thinkingVoice", None)
            if thinking_voice.__class__ is not bool and thinking_voice is not None:
                wrong_type(thinking_voice, "bool")
            speaker_identification = d.pop("speakerIdentification", None)
            if speaker_identification.__class__ is not bool and speaker_identification is not None:
                wrong_type(speaker_identification, "bool")
            llm_config = d.pop("llmConfig", None)
            if llm_config is not None:
                llm_config = LlmConfig.from_dict(llm_config)
            web_tools_overrides = d.pop("webToolsOverrides", None)
            if web_tools_overrides is not None:
                web_tools_overrides = WebToolsOverrides.from_dict(web_tools_overrides)
            agentic_rag = d.pop("agenticRag", None)
            if agentic_rag.__class__ is not bool and agentic_rag is not None:
                wrong_type(agentic_rag, "bool")
            language_dialect_switcher = d.pop("languageDialectSwitcher", None)
            if (
                language_dialect_switcher.__class__ is not bool
                and language_dialect_switcher is not None
            ):
                wrong_type(language_dialect_switcher, "bool")
            noise_cancellation = d.pop("noiseCancellation", None)
            if noise_cancellation.__class__ is not str and noise_cancellation is not None:
                wrong_type(noise_cancellation, "str")
            cancel_noise_per: None | str = d.pop("cancelNoisePer", None)
            if cancel_noise_per is None and "cancelNoisePer" in src_dict:
                wire_nulls.append("cancelNoisePer")
            min_interruption_duration = d.pop("minInterruptionDuration", None)
            if (
                min_interruption_duration.__class__ is not float
                and min_interruption_duration.__class__ is not int
                and min_interruption_duration is not None
            ):
                wrong_type(min_interruption_duration, "float")
            vad_activation_threshold = d.pop("vadActivationThreshold", None)
            if (
                vad_activation_threshold.__class__ is not float
                and vad_activation_threshold.__class__ is not int
                and vad_activation_threshold is not None
            ):
                wrong_type(vad_activation_threshold, "float")
            enable_auto_gain_control = d.pop("enableAutoGainControl", None)
            if (
                enable_auto_gain_control.__class__ is not bool
                and enable_auto_gain_control is not None
            ):
                wrong_type(enable_auto_gain_control, "bool")
            send_denoised_to_stt = d.pop("sendDenoisedToStt", None)
            if send_denoised_to_stt.__class__ is not bool and send_denoised_to_stt is not None:
                wrong_type(send_denoised_to_stt, "bool")
            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                agent_name,
                greeting_message,
                greeting_message_type,
                preamble,
                lang,
                poke_messages,
                real_time,
                silence_threshold,
                interrupt,
                outcome,
                outcome_response_shape,
                webhook_url,
                webhook_auth,
                voice_id,
                description,
                is_template,
                icon,
                tools,
                params,
                alignment,
                knowledge_base_items_ids,
                web_tools_ids,
                voice_dictionary_ids,
                user_inactivity_timeout,
                max_call_duration,
                response_delay,
                background_noise,
                wait_for_user_to_speak_first,
                thinking_voice,
                speaker_identification,
                llm_config,
                web_tools_overrides,
                agentic_rag,
                language_dialect_switcher,
                noise_cancellation,
                cancel_noise_per,
                min_interruption_duration,
                vad_activation_threshold,
                enable_auto_gain_control,
                send_denoised_to_stt,
                additional_properties=d,
                wire_nulls=wire_nulls,
            )
        except (ModelParseError, *PARSE_FAILURES) as error:
            raise parse_failure(error, src_dict, d, cls._JSON_KEYS) from error
        return instance_


# The documented constraints, checked before a request is sent (hamsa._rules). Outside the
# class body, where a field could be called `field` or `items`.
AgentDetails._RULES = Rules(
    field("agentName", STRING),
    field("greetingMessage", STRING, null=True),
    field("greetingMessageType", STRING, null=True),
    field("preamble", STRING),
    field("lang", ENUM, one_of("ar", "en")),
    field("pokeMessages", LIST, ARRAY),
    field("realTime", BOOLEAN),
    field("silenceThreshold", INTEGER, number(minimum=1)),
    field("interrupt", BOOLEAN),
    field("outcome", STRING, null=True),
    field("outcomeResponseShape", model("OutcomeResponseShape")),
    field("webhookUrl", STRING, URI, null=True),
    field("webhookAuth", model("WebhookAuth")),
    field("voiceId", STRING),
    field("description", STRING),
    field("isTemplate", BOOLEAN),
    field("icon", STRING),
    field("tools", model("AgentTools")),
    field("params", model("Params")),
    field("alignment", model("Alignment")),
    field("knowledgeBaseItemsIds", LIST, ARRAY),
    field("webToolsIds", LIST, ARRAY),
    field("voiceDictionaryIds", LIST, ARRAY),
    field("userInactivityTimeout", NUMBER, number(minimum=5, maximum=30)),
    field("maxCallDuration", NUMBER, number(minimum=30, maximum=600)),
    field("responseDelay", NUMBER, number(minimum=100, maximum=1500)),
    field("backgroundNoise", BOOLEAN),
    field("waitForUserToSpeakFirst", INTEGER, number(minimum=0, maximum=2)),
    field("thinkingVoice", BOOLEAN),
    field("speakerIdentification", BOOLEAN),
    field("llmConfig", model("LlmConfig")),
    field("webToolsOverrides", model("WebToolsOverrides")),
    field("agenticRag", BOOLEAN),
    field("languageDialectSwitcher", BOOLEAN),
    field("noiseCancellation", STRING),
    field("cancelNoisePer", STRING, null=True),
    field("minInterruptionDuration", NUMBER, number(minimum=0.2, maximum=1.5)),
    field("vadActivationThreshold", NUMBER, number(minimum=0.2, maximum=0.9)),
    field("enableAutoGainControl", BOOLEAN),
    field("sendDenoisedToStt", BOOLEAN),
    extra="open",
)

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa._model import OpenModel
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure, wrong_type
from hamsa._redact import masked_mapping
from hamsa._rules import BOOLEAN, INTEGER, NUMBER, STRING, RequestModel, Rules, field, number


@_attrs_define(repr=False)
class CallSettings(RequestModel, OpenModel):
    """Audio and turn-taking behaviour during a call.
    The numeric limits are the ones documented for the same settings in v1."""

    noise_cancellation: str | None = None
    """Noise-suppression mode, e.g. `telephony_optimized`.
    No list of values is documented, and the examples disagree on the spelling, so it is passed through as given.
    """
    cancel_noise_per: None | str = None
    """Scope at which noise suppression is applied, e.g. `conversation`."""
    interrupt: bool | None = None
    """Whether the caller can cut the agent off while it is speaking."""
    response_delay: float | None = None
    """Pause before the agent replies, in milliseconds; 100 to 1500."""
    min_interruption_duration: float | None = None
    """Seconds the caller must keep talking before it counts as interrupting the agent; 0.2 to 1.5."""
    vad_activation_threshold: float | None = None
    """Confidence the voice-activity detector needs before treating sound as speech; 0.2 to 0.9."""
    user_inactivity_timeout: float | None = None
    """Seconds of caller silence before the agent reacts (pokes or ends the call); 5 to 30."""
    max_call_duration: float | None = None
    """Upper limit on a call's length, in seconds; 30 to 600."""
    silence_threshold: int | None = None
    """How long a pause, in milliseconds, counts as the end of the caller's turn; at least 1."""
    background_noise: bool | None = None
    """Adds background ambience behind the agent's voice."""
    enable_auto_gain_control: bool | None = None
    """Evens out the loudness of the incoming audio."""
    send_denoised_to_stt: bool | None = None
    """Sends the noise-suppressed audio, rather than the original, to speech recognition."""
    wait_for_user_to_speak_first: int | None = None
    """Setting (an integer from 0 to 2) for whether the agent waits for the caller to talk before greeting; 0 by default."""
    thinking_voice: bool | None = None
    """Plays a filler sound while the agent works out its reply."""
    speaker_identification: bool | None = None
    """Tells apart different speakers on the caller's side."""
    agentic_rag: bool | None = None
    """Lets the agent decide by itself when to search its knowledge base."""
    language_dialect_switcher: bool | None = None
    """Lets the agent follow the caller when they switch language or dialect."""
    gender_detection: bool | None = None
    """Lets the agent infer the caller's gender, e.g. to address them correctly."""
    smart_call_end: bool | None = None
    """Lets the agent hang up by itself once the conversation is over."""
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "noiseCancellation",
        "cancelNoisePer",
        "interrupt",
        "responseDelay",
        "minInterruptionDuration",
        "vadActivationThreshold",
        "userInactivityTimeout",
        "maxCallDuration",
        "silenceThreshold",
        "backgroundNoise",
        "enableAutoGainControl",
        "sendDenoisedToStt",
        "waitForUserToSpeakFirst",
        "thinkingVoice",
        "speakerIdentification",
        "agenticRag",
        "languageDialectSwitcher",
        "genderDetection",
        "smartCallEnd",
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
        if self.noise_cancellation is not None:
            field_dict["noiseCancellation"] = self.noise_cancellation
        if self.cancel_noise_per is not None:
            field_dict["cancelNoisePer"] = self.cancel_noise_per
        if self.interrupt is not None:
            field_dict["interrupt"] = self.interrupt
        if self.response_delay is not None:
            field_dict["responseDelay"] = self.response_delay
        if self.min_interruption_duration is not None:
            field_dict["minInterruptionDuration"] = self.min_interruption_duration
        if self.vad_activation_threshold is not None:
            field_dict["vadActivationThreshold"] = self.vad_activation_threshold
        if self.user_inactivity_timeout is not None:
            field_dict["userInactivityTimeout"] = self.user_inactivity_timeout
        if self.max_call_duration is not None:
            field_dict["maxCallDuration"] = self.max_call_duration
        if self.silence_threshold is not None:
            field_dict["silenceThreshold"] = self.silence_threshold
        if self.background_noise is not None:
            field_dict["backgroundNoise"] = self.background_noise
        if self.enable_auto_gain_control is not None:
            field_dict["enableAutoGainControl"] = self.enable_auto_gain_control
        if self.send_denoised_to_stt is not None:
            field_dict["sendDenoisedToStt"] = self.send_denoised_to_stt
        if self.wait_for_user_to_speak_first is not None:
            field_dict["waitForUserToSpeakFirst"] = self.wait_for_user_to_speak_first
        if self.thinking_voice is not None:
            field_dict["thinkingVoice"] = self.thinking_voice
        if self.speaker_identification is not None:
            field_dict["speakerIdentification"] = self.speaker_identification
        if self.agentic_rag is not None:
            field_dict["agenticRag"] = self.agentic_rag
        if self.language_dialect_switcher is not None:
            field_dict["languageDialectSwitcher"] = self.language_dialect_switcher
        if self.gender_detection is not None:
            field_dict["genderDetection"] = self.gender_detection
        if self.smart_call_end is not None:
            field_dict["smartCallEnd"] = self.smart_call_end
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
            noise_cancellation = d.pop("noiseCancellation", None)
            if noise_cancellation.__class__ is not str and noise_cancellation is not None:
                wrong_type(noise_cancellation, "str")
            cancel_noise_per: None | str = d.pop("cancelNoisePer", None)
            if cancel_noise_per is None and "cancelNoisePer" in src_dict:
                wire_nulls.append("cancelNoisePer")
            interrupt = d.pop("interrupt", None)
            if interrupt.__class__ is not bool and interrupt is not None:
                wrong_type(interrupt, "bool")
            response_delay = d.pop("responseDelay", None)
            if (
                response_delay.__class__ is not float
                and response_delay.__class__ is not int
                and response_delay is not None
            ):
                wrong_type(response_delay, "float")
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
            silence_threshold = d.pop("silenceThreshold", None)
            if silence_threshold.__class__ is not int and silence_threshold is not None:
                wrong_type(silence_threshold, "int")
            background_noise = d.pop("backgroundNoise", None)
            if background_noise.__class__ is not bool and background_noise is not None:
                wrong_type(background_noise, "bool")
            enable_auto_gain_control = d.pop("enableAutoGainControl", None)
            if (
                enable_auto_gain_control.__class__ is not bool
                and enable_auto_gain_control is not None
            ):
                wrong_type(enable_auto_gain_control, "bool")
            send_denoised_to_stt = d.pop("sendDenoisedToStt", None)
            if send_denoised_to_stt.__class__ is not bool and send_denoised_to_stt is not None:
                wrong_type(send_denoised_to_stt, "bool")
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
            agentic_rag = d.pop("agenticRag", None)
            if agentic_rag.__class__ is not bool and agentic_rag is not None:
                wrong_type(agentic_rag, "bool")
            language_dialect_switcher = d.pop("languageDialectSwitcher", None)
            if (
                language_dialect_switcher.__class__ is not bool
                and language_dialect_switcher is not None
            ):
                wrong_type(language_dialect_switcher, "bool")
            gender_detection = d.pop("genderDetection", None)
            if gender_detection.__class__ is not bool and gender_detection is not None:
                wrong_type(gender_detection, "bool")
            smart_call_end = d.pop("smartCallEnd", None)
            if smart_call_end.__class__ is not bool and smart_call_end is not None:
                wrong_type(smart_call_end, "bool")
            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                noise_cancellation,
                cancel_noise_per,
                interrupt,
                response_delay,
                min_interruption_duration,
                vad_activation_threshold,
                user_inactivity_timeout,
                max_call_duration,
                silence_threshold,
                background_noise,
                enable_auto_gain_control,
                send_denoised_to_stt,
                wait_for_user_to_speak_first,
                thinking_voice,
                speaker_identification,
                agentic_rag,
                language_dialect_switcher,
                gender_detection,
                smart_call_end,
                additional_properties=d,
                wire_nulls=wire_nulls,
            )
        except (ModelParseError, *PARSE_FAILURES) as error:
            raise parse_failure(error, src_dict, d, cls._JSON_KEYS) from error
        return instance_


# The documented constraints, checked before a request is sent (hamsa._rules). Outside the
# class body, where a field could be called `field` or `items`.
CallSettings._RULES = Rules(
    field("noiseCancellation", STRING),
    field("cancelNoisePer", STRING, null=True),
    field("interrupt", BOOLEAN),
    field("responseDelay", NUMBER, number(minimum=100, maximum=1500)),
    field("minInterruptionDuration", NUMBER, number(minimum=0.2, maximum=1.5)),
    field("vadActivationThreshold", NUMBER, number(minimum=0.2, maximum=0.9)),
    field("userInactivityTimeout", NUMBER, number(minimum=5, maximum=30)),
    field("maxCallDuration", NUMBER, number(minimum=30, maximum=600)),
    field("silenceThreshold", INTEGER, number(minimum=1)),
    field("backgroundNoise", BOOLEAN),
    field("enableAutoGainControl", BOOLEAN),
    field("sendDenoisedToStt", BOOLEAN),
    field("waitForUserToSpeakFirst", INTEGER, number(minimum=0, maximum=2)),
    field("thinkingVoice", BOOLEAN),
    field("speakerIdentification", BOOLEAN),
    field("agenticRag", BOOLEAN),
    field("languageDialectSwitcher", BOOLEAN),
    field("genderDetection", BOOLEAN),
    field("smartCallEnd", BOOLEAN),
    extra="open",
)

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa import _constraints
from hamsa._constraints import Violation
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure

from ..types import UNSET, Unset

T = TypeVar("T", bound="CallSettings")


@_attrs_define
class CallSettings:
    """Audio and turn-taking behaviour during a call. The numeric limits are the ones documented
    for the same settings in v1.

    """

    noise_cancellation: str | Unset = UNSET
    """ Noise-suppression mode, e.g. `telephony_optimized`. No list of values is documented, and
    the examples disagree on the spelling, so it is passed through as given.
     """
    cancel_noise_per: None | str | Unset = UNSET
    """ Scope at which noise suppression is applied, e.g. `conversation`. """
    interrupt: bool | Unset = UNSET
    """ Whether the caller can cut the agent off while it is speaking. """
    response_delay: float | Unset = UNSET
    """ Pause before the agent replies, in milliseconds; 100 to 1500. """
    min_interruption_duration: float | Unset = UNSET
    """ Seconds the caller must keep talking before it counts as interrupting the agent; 0.2 to
    1.5. """
    vad_activation_threshold: float | Unset = UNSET
    """ Confidence the voice-activity detector needs before treating sound as speech; 0.2 to
    0.9. """
    user_inactivity_timeout: float | Unset = UNSET
    """ Seconds of caller silence before the agent reacts (pokes or ends the call); 5 to 30. """
    max_call_duration: float | Unset = UNSET
    """ Upper limit on a call's length, in seconds; 30 to 600. """
    silence_threshold: int | Unset = UNSET
    """ How long a pause, in milliseconds, counts as the end of the caller's turn; at least 1.
    """
    background_noise: bool | Unset = UNSET
    """ Adds background ambience behind the agent's voice. """
    enable_auto_gain_control: bool | Unset = UNSET
    """ Evens out the loudness of the incoming audio. """
    send_denoised_to_stt: bool | Unset = UNSET
    """ Sends the noise-suppressed audio, rather than the original, to speech recognition. """
    wait_for_user_to_speak_first: int | Unset = UNSET
    """ Setting (an integer from 0 to 2) for whether the agent waits for the caller to talk
    before greeting; 0 by default. """
    thinking_voice: bool | Unset = UNSET
    """ Plays a filler sound while the agent works out its reply. """
    speaker_identification: bool | Unset = UNSET
    """ Tells apart different speakers on the caller's side. """
    agentic_rag: bool | Unset = UNSET
    """ Lets the agent decide by itself when to search its knowledge base. """
    language_dialect_switcher: bool | Unset = UNSET
    """ Lets the agent follow the caller when they switch language or dialect. """
    gender_detection: bool | Unset = UNSET
    """ Lets the agent infer the caller's gender, e.g. to address them correctly. """
    smart_call_end: bool | Unset = UNSET
    """ Lets the agent hang up by itself once the conversation is over. """
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
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields the API sent that this SDK version does not know; sent back unchanged."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON-ready dict the API expects (camelCase keys)."""
        noise_cancellation = self.noise_cancellation

        cancel_noise_per: None | str | Unset
        if isinstance(self.cancel_noise_per, Unset):
            cancel_noise_per = UNSET
        else:
            cancel_noise_per = self.cancel_noise_per

        interrupt = self.interrupt

        response_delay = self.response_delay

        min_interruption_duration = self.min_interruption_duration

        vad_activation_threshold = self.vad_activation_threshold

        user_inactivity_timeout = self.user_inactivity_timeout

        max_call_duration = self.max_call_duration

        silence_threshold = self.silence_threshold

        background_noise = self.background_noise

        enable_auto_gain_control = self.enable_auto_gain_control

        send_denoised_to_stt = self.send_denoised_to_stt

        wait_for_user_to_speak_first = self.wait_for_user_to_speak_first

        thinking_voice = self.thinking_voice

        speaker_identification = self.speaker_identification

        agentic_rag = self.agentic_rag

        language_dialect_switcher = self.language_dialect_switcher

        gender_detection = self.gender_detection

        smart_call_end = self.smart_call_end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if noise_cancellation is not UNSET:
            field_dict["noiseCancellation"] = noise_cancellation
        if cancel_noise_per is not UNSET:
            field_dict["cancelNoisePer"] = cancel_noise_per
        if interrupt is not UNSET:
            field_dict["interrupt"] = interrupt
        if response_delay is not UNSET:
            field_dict["responseDelay"] = response_delay
        if min_interruption_duration is not UNSET:
            field_dict["minInterruptionDuration"] = min_interruption_duration
        if vad_activation_threshold is not UNSET:
            field_dict["vadActivationThreshold"] = vad_activation_threshold
        if user_inactivity_timeout is not UNSET:
            field_dict["userInactivityTimeout"] = user_inactivity_timeout
        if max_call_duration is not UNSET:
            field_dict["maxCallDuration"] = max_call_duration
        if silence_threshold is not UNSET:
            field_dict["silenceThreshold"] = silence_threshold
        if background_noise is not UNSET:
            field_dict["backgroundNoise"] = background_noise
        if enable_auto_gain_control is not UNSET:
            field_dict["enableAutoGainControl"] = enable_auto_gain_control
        if send_denoised_to_stt is not UNSET:
            field_dict["sendDenoisedToStt"] = send_denoised_to_stt
        if wait_for_user_to_speak_first is not UNSET:
            field_dict["waitForUserToSpeakFirst"] = wait_for_user_to_speak_first
        if thinking_voice is not UNSET:
            field_dict["thinkingVoice"] = thinking_voice
        if speaker_identification is not UNSET:
            field_dict["speakerIdentification"] = speaker_identification
        if agentic_rag is not UNSET:
            field_dict["agenticRag"] = agentic_rag
        if language_dialect_switcher is not UNSET:
            field_dict["languageDialectSwitcher"] = language_dialect_switcher
        if gender_detection is not UNSET:
            field_dict["genderDetection"] = gender_detection
        if smart_call_end is not UNSET:
            field_dict["smartCallEnd"] = smart_call_end

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from API JSON; unknown keys land in additional_properties."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            # dict() would accept a list of pairs
            raise parse_failure(TypeError("expected a JSON object"), src_dict, {}, cls._JSON_KEYS)
        d = dict(src_dict)
        try:
            noise_cancellation = d.pop("noiseCancellation", UNSET)

            cancel_noise_per: None | str | Unset = d.pop("cancelNoisePer", UNSET)

            interrupt = d.pop("interrupt", UNSET)

            response_delay = d.pop("responseDelay", UNSET)

            min_interruption_duration = d.pop("minInterruptionDuration", UNSET)

            vad_activation_threshold = d.pop("vadActivationThreshold", UNSET)

            user_inactivity_timeout = d.pop("userInactivityTimeout", UNSET)

            max_call_duration = d.pop("maxCallDuration", UNSET)

            silence_threshold = d.pop("silenceThreshold", UNSET)

            background_noise = d.pop("backgroundNoise", UNSET)

            enable_auto_gain_control = d.pop("enableAutoGainControl", UNSET)

            send_denoised_to_stt = d.pop("sendDenoisedToStt", UNSET)

            wait_for_user_to_speak_first = d.pop("waitForUserToSpeakFirst", UNSET)

            thinking_voice = d.pop("thinkingVoice", UNSET)

            speaker_identification = d.pop("speakerIdentification", UNSET)

            agentic_rag = d.pop("agenticRag", UNSET)

            language_dialect_switcher = d.pop("languageDialectSwitcher", UNSET)

            gender_detection = d.pop("genderDetection", UNSET)

            smart_call_end = d.pop("smartCallEnd", UNSET)

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
            )
        except (ModelParseError, *PARSE_FAILURES) as error:
            raise parse_failure(error, src_dict, d, cls._JSON_KEYS) from error
        return instance_

    def collect_violations(
        self, prefix: str = "", out: list[Violation] | None = None
    ) -> list[Violation]:
        """Every documented constraint this value breaks, each named by its field path."""
        out = [] if out is None else out
        if not isinstance(self.noise_cancellation, Unset):
            if not (type(self.noise_cancellation) is str):
                _constraints.check_type(
                    out,
                    prefix + "noise_cancellation",
                    self.noise_cancellation,
                    expected="string",
                    nullable=False,
                )

        if not isinstance(self.cancel_noise_per, Unset):
            if not (type(self.cancel_noise_per) is str or self.cancel_noise_per is None):
                _constraints.check_type(
                    out,
                    prefix + "cancel_noise_per",
                    self.cancel_noise_per,
                    expected="string",
                    nullable=True,
                )

        if not isinstance(self.interrupt, Unset):
            if not (type(self.interrupt) is bool):
                _constraints.check_type(
                    out, prefix + "interrupt", self.interrupt, expected="boolean", nullable=False
                )

        if not isinstance(self.response_delay, Unset):
            if not (type(self.response_delay) in (int, float)):
                _constraints.check_type(
                    out,
                    prefix + "response_delay",
                    self.response_delay,
                    expected="number",
                    nullable=False,
                )
            if not (
                isinstance(self.response_delay, int | float)
                and 100 <= self.response_delay
                and self.response_delay <= 1500
            ):
                _constraints.check_number(
                    out, prefix + "response_delay", self.response_delay, minimum=100, maximum=1500
                )

        if not isinstance(self.min_interruption_duration, Unset):
            if not (type(self.min_interruption_duration) in (int, float)):
                _constraints.check_type(
                    out,
                    prefix + "min_interruption_duration",
                    self.min_interruption_duration,
                    expected="number",
                    nullable=False,
                )
            if not (
                isinstance(self.min_interruption_duration, int | float)
                and 0.2 <= self.min_interruption_duration
                and self.min_interruption_duration <= 1.5
            ):
                _constraints.check_number(
                    out,
                    prefix + "min_interruption_duration",
                    self.min_interruption_duration,
                    minimum=0.2,
                    maximum=1.5,
                )

        if not isinstance(self.vad_activation_threshold, Unset):
            if not (type(self.vad_activation_threshold) in (int, float)):
                _constraints.check_type(
                    out,
                    prefix + "vad_activation_threshold",
                    self.vad_activation_threshold,
                    expected="number",
                    nullable=False,
                )
            if not (
                isinstance(self.vad_activation_threshold, int | float)
                and 0.2 <= self.vad_activation_threshold
                and self.vad_activation_threshold <= 0.9
            ):
                _constraints.check_number(
                    out,
                    prefix + "vad_activation_threshold",
                    self.vad_activation_threshold,
                    minimum=0.2,
                    maximum=0.9,
                )

        if not isinstance(self.user_inactivity_timeout, Unset):
            if not (type(self.user_inactivity_timeout) in (int, float)):
                _constraints.check_type(
                    out,
                    prefix + "user_inactivity_timeout",
                    self.user_inactivity_timeout,
                    expected="number",
                    nullable=False,
                )
            if not (
                isinstance(self.user_inactivity_timeout, int | float)
                and 5 <= self.user_inactivity_timeout
                and self.user_inactivity_timeout <= 30
            ):
                _constraints.check_number(
                    out,
                    prefix + "user_inactivity_timeout",
                    self.user_inactivity_timeout,
                    minimum=5,
                    maximum=30,
                )

        if not isinstance(self.max_call_duration, Unset):
            if not (type(self.max_call_duration) in (int, float)):
                _constraints.check_type(
                    out,
                    prefix + "max_call_duration",
                    self.max_call_duration,
                    expected="number",
                    nullable=False,
                )
            if not (
                isinstance(self.max_call_duration, int | float)
                and 30 <= self.max_call_duration
                and self.max_call_duration <= 600
            ):
                _constraints.check_number(
                    out,
                    prefix + "max_call_duration",
                    self.max_call_duration,
                    minimum=30,
                    maximum=600,
                )

        if not isinstance(self.silence_threshold, Unset):
            if not (type(self.silence_threshold) is int):
                _constraints.check_type(
                    out,
                    prefix + "silence_threshold",
                    self.silence_threshold,
                    expected="integer",
                    nullable=False,
                )
            if not (
                isinstance(self.silence_threshold, int | float) and 1 <= self.silence_threshold
            ):
                _constraints.check_number(
                    out, prefix + "silence_threshold", self.silence_threshold, minimum=1
                )

        if not isinstance(self.background_noise, Unset):
            if not (type(self.background_noise) is bool):
                _constraints.check_type(
                    out,
                    prefix + "background_noise",
                    self.background_noise,
                    expected="boolean",
                    nullable=False,
                )

        if not isinstance(self.enable_auto_gain_control, Unset):
            if not (type(self.enable_auto_gain_control) is bool):
                _constraints.check_type(
                    out,
                    prefix + "enable_auto_gain_control",
                    self.enable_auto_gain_control,
                    expected="boolean",
                    nullable=False,
                )

        if not isinstance(self.send_denoised_to_stt, Unset):
            if not (type(self.send_denoised_to_stt) is bool):
                _constraints.check_type(
                    out,
                    prefix + "send_denoised_to_stt",
                    self.send_denoised_to_stt,
                    expected="boolean",
                    nullable=False,
                )

        if not isinstance(self.wait_for_user_to_speak_first, Unset):
            if not (type(self.wait_for_user_to_speak_first) is int):
                _constraints.check_type(
                    out,
                    prefix + "wait_for_user_to_speak_first",
                    self.wait_for_user_to_speak_first,
                    expected="integer",
                    nullable=False,
                )
            if not (
                isinstance(self.wait_for_user_to_speak_first, int | float)
                and 0 <= self.wait_for_user_to_speak_first
                and self.wait_for_user_to_speak_first <= 2
            ):
                _constraints.check_number(
                    out,
                    prefix + "wait_for_user_to_speak_first",
                    self.wait_for_user_to_speak_first,
                    minimum=0,
                    maximum=2,
                )

        if not isinstance(self.thinking_voice, Unset):
            if not (type(self.thinking_voice) is bool):
                _constraints.check_type(
                    out,
                    prefix + "thinking_voice",
                    self.thinking_voice,
                    expected="boolean",
                    nullable=False,
                )

        if not isinstance(self.speaker_identification, Unset):
            if not (type(self.speaker_identification) is bool):
                _constraints.check_type(
                    out,
                    prefix + "speaker_identification",
                    self.speaker_identification,
                    expected="boolean",
                    nullable=False,
                )

        if not isinstance(self.agentic_rag, Unset):
            if not (type(self.agentic_rag) is bool):
                _constraints.check_type(
                    out,
                    prefix + "agentic_rag",
                    self.agentic_rag,
                    expected="boolean",
                    nullable=False,
                )

        if not isinstance(self.language_dialect_switcher, Unset):
            if not (type(self.language_dialect_switcher) is bool):
                _constraints.check_type(
                    out,
                    prefix + "language_dialect_switcher",
                    self.language_dialect_switcher,
                    expected="boolean",
                    nullable=False,
                )

        if not isinstance(self.gender_detection, Unset):
            if not (type(self.gender_detection) is bool):
                _constraints.check_type(
                    out,
                    prefix + "gender_detection",
                    self.gender_detection,
                    expected="boolean",
                    nullable=False,
                )

        if not isinstance(self.smart_call_end, Unset):
            if not (type(self.smart_call_end) is bool):
                _constraints.check_type(
                    out,
                    prefix + "smart_call_end",
                    self.smart_call_end,
                    expected="boolean",
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

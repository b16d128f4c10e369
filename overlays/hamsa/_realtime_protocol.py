"""Hamsa's realtime WebSocket protocol with no I/O: the messages, the checks a request passes
before it is sent, and how the answer to a request is read frame by frame.

The sync and async sessions only move frames; everything they agree on lives here once.
Messages are ``{"type": ..., "payload": {...}}`` JSON text frames; TTS audio comes as binary
frames between ``ack`` and ``end``; an STT transcript comes as a plain-text frame (not JSON).
"""

from __future__ import annotations

import base64
import dataclasses
import json
import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ._audio import read_wav
from ._exceptions import RealtimeError, RequestValidationError, Violation
from ._redact import redact_json, redact_text

__all__ = [
    "MAX_TTS_TEXT",
    "REALTIME_PATH",
    "AckMessage",
    "EndMessage",
    "ErrorMessage",
    "InfoMessage",
    "RealtimeMessage",
    "ResponseMessage",
    "SttExchange",
    "Transcript",
    "TtsExchange",
    "parse_frame",
    "realtime_error",
    "stt_request",
    "tts_request",
]

REALTIME_PATH = "/v1/realtime/ws"
MAX_TTS_TEXT = 2000


@dataclasses.dataclass(frozen=True, slots=True)
class RealtimeMessage:
    """A JSON message from the server; ``payload`` is kept whole (unknown fields too)."""

    type: str
    payload: Mapping[str, Any]

    @property
    def message(self) -> str | None:
        """The payload's human-readable ``message``, when it has one."""
        text = self.payload.get("message")
        return text if isinstance(text, str) else None


class InfoMessage(RealtimeMessage):
    """Sent once on connect (``session.info``)."""


class AckMessage(RealtimeMessage):
    """A TTS request was accepted; audio frames follow."""


class EndMessage(RealtimeMessage):
    """The last message of a TTS answer."""


class ErrorMessage(RealtimeMessage):
    """The server refused or failed a request; raised as hamsa.RealtimeError."""


class ResponseMessage(RealtimeMessage):
    """A JSON answer; an STT transcript may come this way as ``payload.text``."""


@dataclasses.dataclass(frozen=True, slots=True)
class Transcript:
    """A plain-text frame: the STT answer."""

    text: str


_MESSAGE_CLASSES: dict[str, type[RealtimeMessage]] = {
    "info": InfoMessage,
    "ack": AckMessage,
    "end": EndMessage,
    "error": ErrorMessage,
    "response": ResponseMessage,
}


def parse_frame(frame: str) -> RealtimeMessage | Transcript:
    """A text frame as a typed message. A frame that is not a ``{type, payload}`` object is
    transcript text; an unknown ``type`` is kept as a plain RealtimeMessage, never refused."""
    try:
        data = json.loads(frame)
    except (ValueError, RecursionError):
        return Transcript(frame)
    if not isinstance(data, dict) or not isinstance(data.get("type"), str):
        return Transcript(frame)
    payload = data.get("payload")
    if not isinstance(payload, Mapping):
        payload = {} if payload is None else {"value": payload}
    kind = data["type"]
    return _MESSAGE_CLASSES.get(kind, RealtimeMessage)(kind, payload)


def realtime_error(message: ErrorMessage, secrets: Iterable[str]) -> RealtimeError:
    """The RealtimeError for an error frame, with ``secrets`` masked in its message."""
    secrets = tuple(secrets)
    text = message.message or json.dumps(dict(message.payload), default=str) or "(no message)"
    payload = redact_json(dict(message.payload), secrets=secrets)
    return RealtimeError(redact_text(text, secrets), payload=payload)


class TtsExchange:
    """Reads the answer to one TTS request: ``ack``, binary audio frames, then ``end``."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        self.ack: AckMessage | None = None
        self.end: EndMessage | None = None
        self.chunks = 0
        self.size = 0
        self.failed = False  # answered with an error frame
        self.superseded = False  # abandoned unread for a later request on the session
        self._secrets = tuple(secrets)

    @property
    def done(self) -> bool:
        return self.end is not None or self.failed

    def accept(self, frame: str | bytes) -> bytes | None:
        """The audio this frame carries, or None for a control message. An error frame raises
        RealtimeError; messages unrelated to TTS (a late info...) are skipped."""
        if isinstance(frame, bytes):
            self.chunks += 1
            self.size += len(frame)
            return frame
        message = parse_frame(frame)
        if isinstance(message, ErrorMessage):
            self.failed = True
            raise realtime_error(message, self._secrets)
        if isinstance(message, AckMessage):
            self.ack = message
        elif isinstance(message, EndMessage):
            self.end = message
        return None


class SttExchange:
    """Reads the answer to one STT request: a plain-text transcript frame (or, leniently, a
    ``response`` message whose payload has ``text``)."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        self.transcript: str | None = None
        self.failed = False
        self.superseded = False
        self._secrets = tuple(secrets)

    @property
    def done(self) -> bool:
        return self.transcript is not None or self.failed

    def accept(self, frame: str | bytes) -> str | None:
        if isinstance(frame, bytes):
            return None  # audio left over from nothing we asked for: not a transcript
        message = parse_frame(frame)
        if isinstance(message, ErrorMessage):
            self.failed = True
            raise realtime_error(message, self._secrets)
        if isinstance(message, Transcript):
            self.transcript = message.text
        elif isinstance(message, ResponseMessage):
            text = message.payload.get("text", message.payload.get("transcription"))
            if isinstance(text, str):
                self.transcript = text
        return self.transcript


# --- requests --------------------------------------------------------------------------------


def tts_request(
    *,
    text: object,
    speaker: object,
    dialect: object,
    language_id: object,
    mulaw: object,
    unknown: Mapping[str, object],
) -> str:
    """The ``tts`` message to send, after every documented check (RequestValidationError)."""
    problems = _unknown(unknown, "session.tts()", _TTS_FIELDS)
    if not isinstance(text, str):
        problems.append(Violation("text", text, "must be a str"))
    elif not text.strip():
        problems.append(Violation("text", text, "must not be empty"))
    elif len(text) > MAX_TTS_TEXT:
        shown = text[:40] + "..."
        problems.append(
            Violation("text", shown, f"must be at most {MAX_TTS_TEXT} characters, got {len(text)}")
        )
    problems += _str_field("speaker", speaker, required=True)
    problems += _str_field("dialect", dialect, required=False)
    problems += _str_field("language_id", language_id, required=False)
    if mulaw is not None and not isinstance(mulaw, bool):
        problems.append(Violation("mulaw", mulaw, "must be a bool"))
    _raise(problems)
    payload = {"text": text, "speaker": speaker, "dialect": dialect, "languageId": language_id}
    payload = {key: value for key, value in payload.items() if value is not None}
    if mulaw is not None:
        payload["mulaw"] = mulaw
    return json.dumps({"type": "tts", "payload": payload}, ensure_ascii=False)


def stt_request(
    *,
    audio: object,
    samples: object,
    language: object,
    is_eos_enabled: object,
    eos_threshold: object,
    unknown: Mapping[str, object],
) -> str:
    """The ``stt`` message to send. ``audio`` is read as ``client.stt.transcribe`` reads it
    (hamsa._audio: WAV only); ``samples`` are 16 kHz mono PCM floats in [-1, 1] (the
    protocol's ``audioList``)."""
    problems = _unknown(unknown, "session.stt()", _STT_FIELDS)
    payload: dict[str, Any] = {}
    if (audio is None) == (samples is None):
        problems.append(
            Violation("audio", None, "pass exactly one of audio= (WAV) or samples= (floats)")
        )
    elif audio is not None:
        wav = read_wav(audio, field="audio")  # type: ignore[arg-type]  # checked inside
        payload["audioBase64"] = base64.b64encode(wav).decode("ascii")
    else:
        checked = _samples(samples, problems)
        if checked is not None:
            payload["audioList"] = checked
    problems += _str_field("language", language, required=False)
    if is_eos_enabled is not None and not isinstance(is_eos_enabled, bool):
        problems.append(Violation("is_eos_enabled", is_eos_enabled, "must be a bool"))
    if eos_threshold is not None and (
        isinstance(eos_threshold, bool)
        or not isinstance(eos_threshold, int | float)
        or not 0.0 <= eos_threshold <= 1.0
    ):
        problems.append(Violation("eos_threshold", eos_threshold, "must be between 0.0 and 1.0"))
    _raise(problems)
    for key, value in (
        ("language", language),
        ("isEosEnabled", is_eos_enabled),
        ("eosThreshold", eos_threshold),
    ):
        if value is not None:
            payload[key] = value
    return json.dumps({"type": "stt", "payload": payload})


_TTS_FIELDS = ("text", "speaker", "dialect", "language_id", "mulaw")
_STT_FIELDS = ("audio", "samples", "language", "is_eos_enabled", "eos_threshold")


def _unknown(unknown: Mapping[str, object], where: str, allowed: Sequence[str]) -> list[Violation]:
    listed = ", ".join(allowed)
    return [
        Violation(name, value, f"is not a field of {where}; the fields are: {listed}")
        for name, value in unknown.items()
    ]


def _str_field(name: str, value: object, *, required: bool) -> list[Violation]:
    if value is None:
        return [Violation(name, value, "is required")] if required else []
    if not isinstance(value, str) or not value.strip():
        return [Violation(name, value, "must be a non-empty str")]
    return []


def _samples(samples: object, problems: list[Violation]) -> list[float] | None:
    if isinstance(samples, str | bytes) or not isinstance(samples, Sequence):
        problems.append(Violation("samples", samples, "must be a sequence of floats"))
        return None
    if not samples:
        problems.append(Violation("samples", [], "must not be empty"))
        return None
    for index, sample in enumerate(samples):
        if (
            isinstance(sample, bool)
            or not isinstance(sample, int | float)
            or not math.isfinite(sample)
            or not -1.0 <= sample <= 1.0
        ):
            problems.append(Violation(f"samples[{index}]", sample, "must be a float in [-1, 1]"))
            return None
    return [float(sample) for sample in samples]


def _raise(problems: list[Violation]) -> None:
    if problems:
        raise RequestValidationError(problems)

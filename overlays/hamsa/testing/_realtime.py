"""MockHamsa's realtime WebSocket (/v1/realtime/ws): Hamsa's protocol on top of _ws_server.

On connect: an ``info`` message. ``tts``: ``ack``, the synthesised WAV in several binary frames,
``end``. ``stt``: a plain-text transcript frame. A bad request: ``{type: "error"}``. An idle
connection is closed after ``idle_timeout``; the server pings every ``ping_interval``.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import socket
import threading
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlsplit

import attrs

from ._realtime_audio import split, synthesize, transcribe_samples, transcribe_wav
from ._realtime_faults import RealtimeFault, RealtimeFaultQueue

if TYPE_CHECKING:
    from ._ws_server import WebSocketPeer

__all__ = ["REALTIME_PATH", "RealtimeEndpoint", "RealtimeRequest"]

REALTIME_PATH = "/v1/realtime/ws"
MAX_TEXT = 2000
UNSUPPORTED_AUDIO = "Error generating transcription: Audio format not supported"
_TTS_FIELDS = {"text", "speaker", "dialect", "languageId", "mulaw"}
_STT_FIELDS = {"audioBase64", "audioList", "language", "isEosEnabled", "eosThreshold"}


@attrs.frozen
class RealtimeRequest:
    """A request that reached the mock's WebSocket (see MockHamsa.realtime_messages)."""

    connection: int  # 1 for the first connection the mock accepted, 2 for the next...
    type: str
    payload: Mapping[str, Any]
    fault: str | None = None  # the injected fault that answered it, if any


class _BadRequest(Exception):
    pass


class RealtimeEndpoint:
    """Serves upgraded connections. ``lock`` is MockHamsa's; ``api_key`` None accepts any."""

    def __init__(
        self,
        *,
        lock: threading.RLock,
        api_key: Callable[[], str | None],
        ping_interval: float | None,
        idle_timeout: float,
        chunk_size: int,
        log: Callable[[str], None] | None,
    ) -> None:
        self._lock = lock
        self._api_key = api_key
        self._ping_interval = ping_interval
        self._idle_timeout = idle_timeout
        self._chunk_size = chunk_size
        self._log = log
        self.faults = RealtimeFaultQueue()
        self.messages: list[RealtimeRequest] = []
        self.pongs = 0
        self._connections = 0

    # --- connection -----------------------------------------------------------------------------

    def serve(self, sock: socket.socket, raw_request: bytes, stopping: threading.Event) -> None:
        from ._ws_server import Closed, WebSocketPeer  # websockets loads on the first upgrade

        peer = WebSocketPeer.handshake(
            sock, raw_request, check=self._refusal, ping_interval=self._ping_interval,
            stopping=stopping,
        )  # fmt: skip
        if peer is None:
            return
        with self._lock:
            self._connections += 1
            connection = self._connections
        self._note(f"WS {REALTIME_PATH} -> 101 (connection {connection})")
        try:
            peer.send_text(_message("info", message="Connected to realtime WebSocket server"))
            while True:
                frame = peer.receive(idle_timeout=self._idle_timeout)
                if frame is None:
                    peer.close(1000, "Connection idle timeout")
                    return
                if not self._answer(peer, connection, frame):
                    return
        except Closed:
            pass
        finally:
            with self._lock:
                self.pongs += peer.pongs

    def _refusal(self, request: Any) -> tuple[int, str] | None:
        target = urlsplit(request.path)
        if target.path != REALTIME_PATH:
            return 404, f"No WebSocket at {target.path}: connect to {REALTIME_PATH}."
        query = parse_qs(target.query)
        key = request.headers.get("X-Api-Key") or (query.get("api_key") or [""])[0]
        if not key:
            return 401, "Missing API key: send an X-Api-Key header or an api_key query parameter."
        expected = self._api_key()
        if expected is not None and key != expected:
            return 401, "Invalid API key."
        return None

    # --- requests -------------------------------------------------------------------------------

    def _answer(self, peer: WebSocketPeer, connection: int, frame: str | bytes) -> bool:
        """Answer one request; False once the connection is gone (an injected close or stall)."""
        try:
            kind, payload = _request(frame)
        except _BadRequest as error:
            peer.send_text(_message("error", message=str(error)))
            return True
        with self._lock:
            fault = self.faults.take(kind)
            self.messages.append(
                RealtimeRequest(connection, kind, payload, None if fault is None else fault.kind)
            )
        self._note(f"WS {kind}" + ("" if fault is None else f" ({fault.kind} injected)"))
        if fault is not None and fault.kind == "error":
            peer.send_text(_message("error", message=fault.message))
            return True
        try:
            answer = _tts(payload) if kind == "tts" else _stt(payload)
        except _BadRequest as error:
            peer.send_text(_message("error", message=str(error)))
            return True
        if isinstance(answer, str):  # a transcript
            if fault is not None:
                return _interrupt(peer, fault)
            peer.send_text(answer)
            return True
        peer.send_text(_message("ack", message="Real time text to speach connection establesh"))
        for index, chunk in enumerate(split(answer, chunk_size=self._chunk_size)):
            if fault is not None and index == fault.after_chunks:
                return _interrupt(peer, fault)
            peer.send_binary(chunk)
        peer.send_text(_message("end", message="End of TTS stream"))
        return True

    def _note(self, line: str) -> None:
        if self._log is not None:
            self._log(line)


def _interrupt(peer: WebSocketPeer, fault: RealtimeFault) -> bool:
    if fault.kind == "stall":
        peer.stall(fault.seconds)
    elif fault.code is None:
        peer.drop()
    else:
        peer.close(fault.code, fault.reason)
    return False


def _message(kind: str, **payload: Any) -> str:
    return json.dumps({"type": kind, "payload": payload})


def _request(frame: str | bytes) -> tuple[str, dict[str, Any]]:
    if isinstance(frame, bytes):
        raise _BadRequest("Send requests as JSON text frames, not binary.")
    try:
        data = json.loads(frame)
    except ValueError:
        raise _BadRequest("Invalid JSON message.") from None
    if not isinstance(data, dict) or data.get("type") not in ("tts", "stt"):
        raise _BadRequest("Unknown message type: send {type: 'tts' | 'stt', payload}.")
    payload = data.get("payload")
    if not isinstance(payload, dict):
        raise _BadRequest("payload must be an object.")
    allowed = _TTS_FIELDS if data["type"] == "tts" else _STT_FIELDS
    unknown = sorted(set(payload) - allowed)
    if unknown:
        raise _BadRequest(f"Unknown field(s) {', '.join(unknown)} in a {data['type']} request.")
    return data["type"], payload


def _tts(payload: Mapping[str, Any]) -> bytes:
    text = payload.get("text")
    if not isinstance(text, str) or not text.strip():
        raise _BadRequest("text is required.")
    if len(text) > MAX_TEXT:
        raise _BadRequest(f"text must be at most {MAX_TEXT} characters.")
    if not isinstance(payload.get("speaker"), str) or not payload["speaker"]:
        raise _BadRequest("speaker is required.")
    for name in ("dialect", "languageId"):
        if name in payload and not isinstance(payload[name], str):
            raise _BadRequest(f"{name} must be a string.")
    mulaw = payload.get("mulaw", False)
    if not isinstance(mulaw, bool):
        raise _BadRequest("mulaw must be a boolean.")
    return synthesize(text, mulaw=mulaw)


def _stt(payload: Mapping[str, Any]) -> str:
    if ("audioBase64" in payload) == ("audioList" in payload):
        raise _BadRequest("Send exactly one of audioBase64 or audioList.")
    threshold = payload.get("eosThreshold", 0.3)
    if isinstance(threshold, bool) or not isinstance(threshold, int | float):
        raise _BadRequest("eosThreshold must be a number.")
    if not isinstance(payload.get("isEosEnabled", False), bool):
        raise _BadRequest("isEosEnabled must be a boolean.")
    if "audioList" in payload:
        samples = payload["audioList"]
        if not isinstance(samples, list) or not all(_is_sample(s) for s in samples):
            raise _BadRequest("audioList must be a list of numbers.")
        return transcribe_samples(samples)
    try:
        audio = base64.b64decode(str(payload["audioBase64"]), validate=True)
    except (binascii.Error, ValueError):
        raise _BadRequest(UNSUPPORTED_AUDIO) from None
    transcript = transcribe_wav(audio)
    if transcript is None:
        raise _BadRequest(UNSUPPORTED_AUDIO)
    return transcript


def _is_sample(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)

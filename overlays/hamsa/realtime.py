"""hamsa.realtime: the types of ``client.realtime`` sessions, for annotations and ``isinstance``.

    with client.realtime.connect() as session:  # a hamsa.realtime.RealtimeSession
        session.tts(text="...", speaker="Ali").write_to("speech.wav")

Importing this module loads no WebSocket code; opening a session does.
"""

from __future__ import annotations

from ._realtime_async import AsyncRealtime, AsyncRealtimeSession, AsyncTTSStream
from ._realtime_protocol import (
    AckMessage,
    EndMessage,
    ErrorMessage,
    InfoMessage,
    RealtimeMessage,
    ResponseMessage,
    Transcript,
)
from ._realtime_sync import Realtime, RealtimeSession, TTSStream

__all__ = [
    "AckMessage",
    "AsyncRealtime",
    "AsyncRealtimeSession",
    "AsyncTTSStream",
    "EndMessage",
    "ErrorMessage",
    "InfoMessage",
    "Realtime",
    "RealtimeMessage",
    "RealtimeSession",
    "ResponseMessage",
    "TTSStream",
    "Transcript",
]

"""The mock's speech: WAV audio it synthesises for TTS and the transcripts it makes for STT.

Synthesised WAVs carry their text in a private "hmsa" RIFF chunk, so transcribing the mock's
own TTS output gives the text back: a round trip a test can assert on.
"""

from __future__ import annotations

import hashlib
import struct

__all__ = ["SAMPLE_RATE", "split", "synthesize", "transcribe_samples", "transcribe_wav"]

SAMPLE_RATE = 16000  # the protocol's audioList rate
_MULAW_RATE = 8000
_SECONDS_PER_CHARACTER = 0.02
_TEXT_CHUNK = b"hmsa"


def synthesize(text: str, *, mulaw: bool = False) -> bytes:
    """A WAV of noise-like audio, 20 ms per character: 16-bit PCM at 16 kHz, or 8-bit
    mu-law at 8 kHz (format 7)."""
    rate, width, audio_format = (_MULAW_RATE, 1, 7) if mulaw else (SAMPLE_RATE, 2, 1)
    size = max(1, round(len(text) * _SECONDS_PER_CHARACTER * rate)) * width
    seed = hashlib.sha256(text.encode()).digest()
    data = (seed * (size // len(seed) + 1))[:size]
    fmt = struct.pack("<HHIIHH", audio_format, 1, rate, rate * width, width, 8 * width)
    body = (
        b"WAVE" + _chunk(b"fmt ", fmt) + _chunk(_TEXT_CHUNK, text.encode()) + _chunk(b"data", data)
    )
    return b"RIFF" + struct.pack("<I", len(body)) + body


def split(audio: bytes, *, chunk_size: int, at_least: int = 3) -> list[bytes]:
    """``audio`` in frames of at most ``chunk_size`` bytes, and at least ``at_least`` frames."""
    size = max(1, min(chunk_size, -(-len(audio) // at_least)))
    return [audio[start : start + size] for start in range(0, len(audio), size)]


def transcribe_wav(audio: bytes) -> str | None:
    """The transcript of a WAV, or None when ``audio`` is not one."""
    if len(audio) < 12 or audio[:4] != b"RIFF" or audio[8:12] != b"WAVE":
        return None
    chunks = dict(_chunks(audio[12:]))
    if _TEXT_CHUNK in chunks:
        return chunks[_TEXT_CHUNK].decode(errors="replace")
    fmt, data = chunks.get(b"fmt "), chunks.get(b"data", b"")
    if fmt is None or len(fmt) < 16:
        return None
    byte_rate = struct.unpack_from("<I", fmt, 8)[0]
    return _describe(len(data) / byte_rate if byte_rate else 0.0)


def transcribe_samples(samples: list[float]) -> str:
    return _describe(len(samples) / SAMPLE_RATE)


def _describe(seconds: float) -> str:
    return f"mock transcript of {seconds:.2f} s of audio"


def _chunk(name: bytes, data: bytes) -> bytes:
    padding = b"\0" if len(data) % 2 else b""
    return name + struct.pack("<I", len(data)) + data + padding


def _chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    found, offset = [], 0
    while offset + 8 <= len(data):
        name, size = data[offset : offset + 4], struct.unpack_from("<I", data, offset + 4)[0]
        found.append((name, data[offset + 8 : offset + 8 + size]))
        offset += 8 + size + (size % 2)
    return found

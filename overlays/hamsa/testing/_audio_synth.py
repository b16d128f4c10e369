"""The audio MockHamsa speaks and hears: a small valid WAV synthesised from the text (a tone
whose length follows the text), and the checks the STT endpoint applies to what it receives."""

from __future__ import annotations

import io
import math
import struct
import wave

__all__ = ["SAMPLE_RATE", "synthesise_wav", "wav_seconds"]

SAMPLE_RATE = 16_000
_SECONDS_PER_CHARACTER = 0.02
_MAX_SECONDS = 3.0


def synthesise_wav(text: str, *, rate: int = SAMPLE_RATE) -> bytes:
    """16-bit mono PCM: a soft 440 Hz tone, 20 ms per character of ``text`` (at most 3 s)."""
    seconds = min(max(len(text), 1) * _SECONDS_PER_CHARACTER, _MAX_SECONDS)
    frames = int(rate * seconds)
    samples = (int(3000 * math.sin(2 * math.pi * 440 * i / rate)) for i in range(frames))
    out = io.BytesIO()
    with wave.open(out, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(b"".join(struct.pack("<h", s) for s in samples))
    return out.getvalue()


def wav_seconds(data: bytes) -> float | None:
    """The duration of a WAV file, or None when ``data`` is not one ``wave`` can read."""
    try:
        with wave.open(io.BytesIO(data), "rb") as wav:
            return wav.getnframes() / float(wav.getframerate() or 1)
    except (wave.Error, EOFError, struct.error):
        return None

"""Audio a caller hands to the SDK (STT, voice cloning, realtime): a path, bytes or a binary file.

Everything is checked before any I/O to Hamsa: a wrong type, a missing path, a text-mode file or
audio that isn't WAV fails as a RequestValidationError naming the field, never as the
FileNotFoundError/TypeError a user would otherwise see halfway through a request.
"""

from __future__ import annotations

import base64
import io
import os
import typing

from ._exceptions import RequestValidationError, Violation

__all__ = ["AudioInput", "is_wav", "read_wav", "wav_base64"]

AudioInput = str | os.PathLike[str] | bytes | bytearray | memoryview | typing.BinaryIO

_ACCEPTED = "must be WAV audio: a path to a .wav file, its bytes, or a file opened in binary mode"
_NOT_WAV = "must be WAV audio (a RIFF/WAVE header); got {what}"


def is_wav(data: bytes) -> bool:
    """True when `data` starts with a RIFF/WAVE header."""
    return len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WAVE"


def read_wav(audio: AudioInput, *, field: str = "audio") -> bytes:
    """The bytes of the WAV `audio` holds; a file object is read from its current position and
    left open (the caller owns it)."""
    data = _read(audio, field)
    if not is_wav(data):
        raise _error(field, _shown(audio), _NOT_WAV.format(what=_sniff(data)))
    return data


def wav_base64(audio: AudioInput, field: str) -> str:
    """The WAV ``audio`` base64-encoded, for a body property the spec marks
    ``x-hamsa-input: wav-base64`` (``stt.transcribe(audio)``); refused before any I/O when it
    isn't WAV, naming ``field``."""
    return base64.b64encode(read_wav(audio, field=field)).decode("ascii")


def _read(audio: object, field: str) -> bytes:
    if isinstance(audio, (bytes, bytearray, memoryview)):
        return bytes(audio)
    if isinstance(audio, (str, os.PathLike)):
        return _read_path(audio, field)
    if isinstance(audio, io.TextIOBase):
        raise _error(field, audio, "is a file opened in text mode: open the WAV file with 'rb'")
    read = getattr(audio, "read", None)
    if callable(read):
        try:
            data = read()
        except (OSError, ValueError) as exc:  # closed or unreadable file
            raise _error(
                field, audio, f"could not be read ({type(exc).__name__}): {_ACCEPTED}"
            ) from None
        if isinstance(data, str):
            raise _error(field, audio, "is a file opened in text mode: open the WAV file with 'rb'")
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise _error(field, audio, f"read() returned {type(data).__name__}: {_ACCEPTED}")
        return bytes(data)
    raise _error(field, audio, f"{_ACCEPTED}, not {type(audio).__name__}")


def _read_path(path: str | os.PathLike[str], field: str) -> bytes:
    try:
        fspath = os.fspath(path)
    except TypeError:
        raise _error(field, path, _ACCEPTED) from None
    if not isinstance(fspath, str):
        raise _error(field, path, _ACCEPTED)
    if fspath == "":
        raise _error(field, fspath, f"is an empty path: {_ACCEPTED}")
    try:
        with open(fspath, "rb") as f:
            return f.read()
    except FileNotFoundError:
        raise _error(field, fspath, "no such file: pass the path of a WAV file") from None
    except IsADirectoryError:
        raise _error(field, fspath, "is a directory: pass the path of a WAV file") from None
    except (OSError, ValueError) as exc:  # permissions, NUL in the path...
        raise _error(field, fspath, f"could not be read ({type(exc).__name__})") from None


def _error(field: str, value: object, constraint: str) -> RequestValidationError:
    return RequestValidationError([Violation(field, value, constraint)])


def _shown(audio: object) -> object:
    """What the error shows as the value: the path for a path, a size for raw bytes
    (repeating audio bytes in an error is noise)."""
    if isinstance(audio, (bytes, bytearray, memoryview)):
        return _Bytes(len(bytes(audio)))
    if isinstance(audio, os.PathLike):
        return os.fspath(audio)
    return audio


def _sniff(data: bytes) -> str:
    if not data:
        return "empty audio"
    head = data[:4]
    for magic, name in _KNOWN:
        if head.startswith(magic):
            return f"{name} data"
    return f"data starting {data[:8]!r}"


_KNOWN = (
    (b"ID3", "MP3"),
    (b"\xff\xfb", "MP3"),
    (b"\xff\xf3", "MP3"),
    (b"OggS", "Ogg"),
    (b"fLaC", "FLAC"),
    (b"RIFF", "RIFF (not WAVE)"),
)


class _Bytes:
    def __init__(self, size: int) -> None:
        self.size = size

    def __repr__(self) -> str:
        return f"<{self.size} bytes>"

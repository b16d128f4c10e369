"""client.tts: the generated text-to-speech operations (hamsa._resources.tts), plus what no
spec can say: ``generate(to=path)`` writes the WAV atomically, ``stream()`` hands the audio
over chunk by chunk as it arrives, and ``preload=True`` preloads a cloned voice first.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from types import TracebackType
from typing import overload

import httpx

from .._base_client import NOT_GIVEN, AsyncAPIClient, NotGiven, RequestOptions, SyncAPIClient
from .._download import (
    adownload,
    aiter_chunks,
    astream_to_file,
    download,
    iter_chunks,
    stream_to_file,
)
from .._download import writable_destination as destination
from .._resources import tts as _generated
from .._resources.voices import AsyncVoices, Voices
from ..v1.models.dialect import Dialect
from ..v1.models.speaker import Speaker
from ._declared import ExtraBody, ExtraHeaders, ExtraQuery
from ._params import Retries, Timeout

__all__ = ["AsyncAudioStream", "AsyncTts", "AudioStream", "Tts"]

_STREAM = "text-to-speech stream"


class AudioStream:
    """The audio of ``client.tts.stream()``: iterate it for the chunks as they arrive, or
    ``write_to(path)``. The request is sent when you start reading, once; the arguments were
    checked when ``stream()`` was called."""

    def __init__(self, client: SyncAPIClient, options: RequestOptions) -> None:
        self._client = client
        self._options = options
        self._response: httpx.Response | None = None

    def __iter__(self) -> Iterator[bytes]:
        if self._response is not None:
            raise RuntimeError("this audio stream was already read; call tts.stream() again")
        self._response = self._client.request(self._options, stream=True)
        return iter_chunks(self._response, _STREAM)

    def write_to(self, to: str | os.PathLike[str]) -> Path:
        """Write the whole audio to ``to`` atomically (no file there if the stream breaks)."""
        return stream_to_file(iter(self), destination(to))

    def close(self) -> None:
        if self._response is not None:
            self._response.close()

    def __enter__(self) -> AudioStream:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncAudioStream:
    """The audio of ``AsyncHamsa().tts.stream()``: ``async for chunk in ...``, or
    ``await write_to(path)``."""

    def __init__(
        self, client: AsyncAPIClient, options: RequestOptions, preload: str | None = None
    ) -> None:
        self._client = client
        self._options = options
        self._preload = preload
        self._response: httpx.Response | None = None

    async def _chunks(self) -> AsyncIterator[bytes]:
        if self._response is not None:
            raise RuntimeError("this audio stream was already read; call tts.stream() again")
        if self._preload is not None:
            await AsyncVoices(self._client).preload(voice_id=self._preload)
        self._response = await self._client.request(self._options, stream=True)
        async for chunk in aiter_chunks(self._response, _STREAM):
            yield chunk

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self._chunks()

    async def write_to(self, to: str | os.PathLike[str]) -> Path:
        """Write the whole audio to ``to`` atomically (no file there if the stream breaks)."""
        return await astream_to_file(self._chunks(), destination(to))

    async def aclose(self) -> None:
        if self._response is not None:
            await self._response.aclose()

    async def __aenter__(self) -> AsyncAudioStream:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()


class Tts(_generated.Tts):
    """client.tts: realtime speech (whole or streamed) and text-to-speech jobs."""

    @overload
    def generate(
        self,
        *,
        text: str,
        speaker: Speaker | str,
        dialect: Dialect | str | NotGiven = NOT_GIVEN,
        mulaw: bool | NotGiven = NOT_GIVEN,
        to: None = None,
        preload: bool = False,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
        extra_headers: ExtraHeaders = None,
        extra_query: ExtraQuery = None,
        extra_body: ExtraBody = None,
    ) -> bytes: ...

    @overload
    def generate(
        self,
        *,
        text: str,
        speaker: Speaker | str,
        dialect: Dialect | str | NotGiven = NOT_GIVEN,
        mulaw: bool | NotGiven = NOT_GIVEN,
        to: str | os.PathLike[str],
        preload: bool = False,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
        extra_headers: ExtraHeaders = None,
        extra_query: ExtraQuery = None,
        extra_body: ExtraBody = None,
    ) -> Path: ...

    def generate(
        self,
        *,
        text: str,
        speaker: Speaker | str,
        dialect: Dialect | str | NotGiven = NOT_GIVEN,
        mulaw: bool | NotGiven = NOT_GIVEN,
        to: str | os.PathLike[str] | None = None,
        preload: bool = False,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
        extra_headers: ExtraHeaders = None,
        extra_query: ExtraQuery = None,
        extra_body: ExtraBody = None,
    ) -> bytes | Path:
        """The WAV audio of ``text`` (``POST /v1/realtime/tts``): its bytes, or, with
        ``to=path``, written there atomically (returned as a Path; no file is left behind if
        the download breaks). ``preload=True`` first preloads ``speaker``, a cloned voice's id.
        """
        options = _generated._generate_options(
            text, speaker, dialect, mulaw, timeout, max_retries, extra_headers, extra_query,
            extra_body,
        )  # fmt: skip
        if to is not None:
            destination(to)  # refused before the preload request, not after
        if preload:
            Voices(self._client).preload(voice_id=str(speaker))
        if to is None:
            return self._client.request(options).content
        return download(self._client, options, to)  # what every x-hamsa-download does

    def stream(  # type: ignore[override]
        self,
        *,
        text: str,
        speaker: Speaker | str,
        dialect: Dialect | str | NotGiven = NOT_GIVEN,
        mulaw: bool | NotGiven = NOT_GIVEN,
        preload: bool = False,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
        extra_headers: ExtraHeaders = None,
        extra_query: ExtraQuery = None,
        extra_body: ExtraBody = None,
    ) -> AudioStream:
        """The WAV audio of ``text`` as it is made (``POST /v1/realtime/tts-stream``):
        ``for chunk in client.tts.stream(...)``, or ``.write_to(path)``. The arguments are
        checked now; the request is sent when reading starts."""
        options = _generated._stream_options(
            text, speaker, dialect, mulaw, timeout, max_retries, extra_headers, extra_query,
            extra_body,
        )  # fmt: skip
        if preload:
            Voices(self._client).preload(voice_id=str(speaker))
        return AudioStream(self._client, options)


class AsyncTts(_generated.AsyncTts):
    """AsyncHamsa().tts: see Tts."""

    @overload
    async def generate(
        self,
        *,
        text: str,
        speaker: Speaker | str,
        dialect: Dialect | str | NotGiven = NOT_GIVEN,
        mulaw: bool | NotGiven = NOT_GIVEN,
        to: None = None,
        preload: bool = False,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
        extra_headers: ExtraHeaders = None,
        extra_query: ExtraQuery = None,
        extra_body: ExtraBody = None,
    ) -> bytes: ...

    @overload
    async def generate(
        self,
        *,
        text: str,
        speaker: Speaker | str,
        dialect: Dialect | str | NotGiven = NOT_GIVEN,
        mulaw: bool | NotGiven = NOT_GIVEN,
        to: str | os.PathLike[str],
        preload: bool = False,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
        extra_headers: ExtraHeaders = None,
        extra_query: ExtraQuery = None,
        extra_body: ExtraBody = None,
    ) -> Path: ...

    async def generate(
        self,
        *,
        text: str,
        speaker: Speaker | str,
        dialect: Dialect | str | NotGiven = NOT_GIVEN,
        mulaw: bool | NotGiven = NOT_GIVEN,
        to: str | os.PathLike[str] | None = None,
        preload: bool = False,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
        extra_headers: ExtraHeaders = None,
        extra_query: ExtraQuery = None,
        extra_body: ExtraBody = None,
    ) -> bytes | Path:
        """The WAV audio of ``text``; see Tts.generate."""
        options = _generated._generate_options(
            text, speaker, dialect, mulaw, timeout, max_retries, extra_headers, extra_query,
            extra_body,
        )  # fmt: skip
        if to is not None:
            destination(to)
        if preload:
            await AsyncVoices(self._client).preload(voice_id=str(speaker))
        if to is None:
            return (await self._client.request(options)).content
        return await adownload(self._client, options, to)

    def stream(  # type: ignore[override]
        self,
        *,
        text: str,
        speaker: Speaker | str,
        dialect: Dialect | str | NotGiven = NOT_GIVEN,
        mulaw: bool | NotGiven = NOT_GIVEN,
        preload: bool = False,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
        extra_headers: ExtraHeaders = None,
        extra_query: ExtraQuery = None,
        extra_body: ExtraBody = None,
    ) -> AsyncAudioStream:
        """The WAV audio of ``text`` as it is made: ``async for chunk in ...``, or
        ``await ....write_to(path)``. With ``preload=True`` the cloned voice ``speaker`` is
        preloaded when reading starts."""
        options = _generated._stream_options(
            text, speaker, dialect, mulaw, timeout, max_retries, extra_headers, extra_query,
            extra_body,
        )  # fmt: skip
        return AsyncAudioStream(self._client, options, str(speaker) if preload else None)

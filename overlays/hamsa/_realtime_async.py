"""client.realtime: a session on Hamsa's realtime WebSocket, for hamsa.AsyncHamsa
(hamsa._realtime_async) and for hamsa.Hamsa (hamsa._realtime_sync, which `nox -s generate`
writes from the async module with unasync). The protocol is in _realtime_protocol; this module
only moves frames, and what differs between asyncio and threads is in _realtime_io_*, so what
is said here holds for both (``async with``/``async for`` are ``with``/``for`` in sync code)."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Sequence
from types import TracebackType
from typing import IO, TYPE_CHECKING, Never, Self

import httpx

from . import _realtime_io_async as io
from ._base_client import NOT_GIVEN, NotGiven
from ._exceptions import (
    APIConnectionError,
    APITimeoutError,
    ClientClosedError,
    HamsaError,
    RealtimeError,
)
from ._realtime_protocol import (
    AckMessage,
    EndMessage,
    ErrorMessage,
    InfoMessage,
    SttExchange,
    TtsExchange,
    parse_frame,
    realtime_error,
    stt_request,
    tts_request,
)

if TYPE_CHECKING:
    from websockets.asyncio.client import ClientConnection

    from ._audio import AudioInput
    from ._base_client import AsyncAPIClient
    from ._realtime_connection import ConnectionSettings

__all__ = ["AsyncRealtime", "AsyncRealtimeSession", "AsyncTTSStream"]

_Exchange = TtsExchange | SttExchange


class AsyncRealtime:
    """``client.realtime``: streaming TTS and STT over one WebSocket connection."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    def connect(
        self,
        *,
        reconnect: bool = False,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        ping_interval: float | None = 20.0,
        ping_timeout: float | None = 20.0,
    ) -> AsyncRealtimeSession:
        """A session, opened by its ``async with`` block (or ``open()``), closed at its end.
        Requests on a session run one after another: use one session per task or thread.

        Args:
            reconnect: Open a new connection for a request when the server has closed the
                previous one (it closes idle connections after 60 minutes). A request already
                sent is never sent again.
            timeout: The client's by default: ``connect`` bounds opening the connection,
                ``read`` the wait for each frame of an answer.
            ping_interval: Seconds between our keepalive pings; None: no pings.
            ping_timeout: A ping unanswered this long marks the connection dead (APITimeoutError).
        """
        from ._realtime_connection import connection_settings

        settings = connection_settings(
            self._client, timeout=timeout, ping_interval=ping_interval, ping_timeout=ping_timeout
        )
        return AsyncRealtimeSession(settings, reconnect=reconnect)


class AsyncRealtimeSession:
    """One realtime connection; requests on it run one after another."""

    def __init__(self, settings: ConnectionSettings, *, reconnect: bool) -> None:
        self._settings = settings
        self._reconnect = reconnect
        self._ws: ClientConnection | None = None
        self._info: InfoMessage | None = None
        self._current: _Exchange | None = None
        self._closed = False
        self._lost = ""  # why the last connection ended, for the next error
        self._lock = io.new_lock()

    def __repr__(self) -> str:
        state = "closed" if self._closed else "open" if self._ws is not None else "not open"
        return f"{type(self).__name__}({self._settings.url!r}, {state})"

    @property
    def info(self) -> InfoMessage | None:
        """The ``info`` message the server sent when the connection opened."""
        return self._info

    # --- lifetime -------------------------------------------------------------------------------

    async def open(self) -> Self:
        """Open the connection (the ``async with`` block does it) and read the server's ``info``."""
        if self._closed:
            raise ClientClosedError("this realtime session was closed: connect() again")
        if self._ws is None:
            self._ws = await self._open()
        return self

    async def close(self) -> None:
        self._closed = True
        await self._drop()

    async def __aenter__(self) -> Self:
        return await self.open()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()

    async def _open(self) -> ClientConnection:
        from websockets.exceptions import ConnectionClosed

        from ._realtime_connection import connect_options, is_failure, log, open_error

        settings = self._settings
        log(settings, "connecting")
        try:
            ws = await io.open_connection(settings.url, connect_options(settings))
        except Exception as error:
            if not is_failure(error):
                raise
            raise open_error(error, settings) from None
        try:
            frame = await io.receive(ws, min(settings.open_timeout, settings.read_timeout))
        except TimeoutError:
            return ws  # a server that doesn't greet with `info` is not waited on for long
        except ConnectionClosed as error:
            raise open_error(error, settings) from None
        if isinstance(frame, str):
            message = parse_frame(frame)
            if isinstance(message, InfoMessage):
                self._info = message
            elif isinstance(message, ErrorMessage):
                await ws.close()
                raise realtime_error(message, settings.secrets)
        log(settings, "connected")
        return ws

    async def _drop(self) -> None:
        ws, self._ws, self._current = self._ws, None, None
        if ws is not None:
            from ._realtime_connection import silence_error

            try:
                await ws.close()
            except Exception as error:  # closing a broken connection may fail: it is gone anyway
                silence_error(error)

    # --- requests -------------------------------------------------------------------------------

    def tts(
        self,
        *,
        text: str,
        speaker: str,
        dialect: str | None = None,
        language_id: str | None = None,
        mulaw: bool | None = None,
        **unknown: Never,
    ) -> AsyncTTSStream:
        """Stream speech for ``text`` (at most 2000 characters): ``async for`` the returned
        stream for audio chunks as they arrive, or ``write_to(path)``. Checked before anything
        is sent; the request goes out when the stream is first read."""
        request = tts_request(
            text=text,
            speaker=speaker,
            dialect=dialect,
            language_id=language_id,
            mulaw=mulaw,
            unknown=unknown,
        )
        return AsyncTTSStream(self, request, TtsExchange(self._settings.secrets))

    async def stt(
        self,
        *,
        audio: AudioInput | None = None,
        samples: Sequence[float] | None = None,
        language: str | None = None,
        is_eos_enabled: bool | None = None,
        eos_threshold: float | None = None,
        **unknown: Never,
    ) -> str:
        """The transcript of ``audio`` (WAV: a path, bytes or a binary file, as for
        ``client.stt.transcribe``) or of ``samples`` (16 kHz mono PCM floats)."""
        request = stt_request(
            audio=audio,
            samples=samples,
            language=language,
            is_eos_enabled=is_eos_enabled,
            eos_threshold=eos_threshold,
            unknown=unknown,
        )
        exchange = SttExchange(self._settings.secrets)
        async with self._lock:  # sent and answered as one step
            await self._send(exchange, request)
            while exchange.transcript is None:
                exchange.accept(await self._receive(exchange, "waiting for an STT transcript"))
            return exchange.transcript

    async def _send(self, exchange: _Exchange, request: str) -> None:
        """Send ``request`` (the caller holds the lock)."""
        from websockets.exceptions import ConnectionClosed

        await self._finish_current()
        ws = await self._connection()
        try:
            await ws.send(request)
        except ConnectionClosed as error:
            # Not sent (websockets refuses before writing): safe to send on a new connection.
            self._lost = str(self._translate_closed(error, "before the request was sent"))
            await self._drop()
            ws = await self._connection()
            try:
                await ws.send(request)
            except ConnectionClosed as again:
                await self._drop()
                raise self._translate_closed(again, "sending a request") from None
        self._current = exchange

    async def _connection(self) -> ClientConnection:
        from websockets.protocol import State

        if self._closed:
            raise ClientClosedError("this realtime session was closed: connect() again")
        if self._ws is not None and self._ws.state is not State.OPEN:
            self._lost = "the server closed the realtime connection"
            await self._drop()
        if self._ws is None:
            if self._lost and not self._reconnect:
                raise APIConnectionError(
                    f"{self._lost}; connect() again, or use connect(reconnect=True)"
                )
            self._ws = await self._open()
        return self._ws

    async def _finish_current(self) -> None:
        """Read what is left of an abandoned answer, so the next request's frames are its own."""
        exchange = self._current
        if exchange is None or exchange.done:
            return
        exchange.superseded = True
        while not exchange.done:
            try:
                exchange.accept(await self._receive(exchange, "finishing the previous request"))
            except RealtimeError:
                pass  # the abandoned request's error, not the next one's

    async def _receive(self, exchange: _Exchange, during: str) -> str | bytes:
        """The next frame for ``exchange`` (the caller holds the lock)."""
        from websockets.exceptions import ConnectionClosed

        if self._ws is None or self._current is not exchange:
            raise ClientClosedError(f"this request's connection was closed ({during})")
        timeout = self._settings.read_timeout
        try:
            return await io.receive(self._ws, timeout)
        except TimeoutError:
            self._lost = f"no frame from the realtime WebSocket for {timeout} s {during}"
            await self._drop()
            raise APITimeoutError(self._lost) from None
        except ConnectionClosed as error:
            translated = self._translate_closed(error, during)
            self._lost = str(translated)
            await self._drop()
            raise translated from None

    def _translate_closed(self, error: Exception, during: str) -> APIConnectionError:
        from websockets.exceptions import ConnectionClosed

        from ._realtime_connection import closed_error

        assert isinstance(error, ConnectionClosed)
        return closed_error(error, self._settings, during)


class AsyncTTSStream(AsyncIterator[bytes]):
    """The audio of one TTS request, chunk by chunk, until the server's ``end``."""

    def __init__(self, session: AsyncRealtimeSession, request: str, exchange: TtsExchange) -> None:
        self._session = session
        self._request: str | None = request
        self._exchange = exchange

    @property
    def ack(self) -> AckMessage | None:
        return self._exchange.ack

    @property
    def end(self) -> EndMessage | None:
        """The ``end`` message, once the stream is finished."""
        return self._exchange.end

    @property
    def chunks(self) -> int:
        """Audio frames received so far."""
        return self._exchange.chunks

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> bytes:
        exchange, session = self._exchange, self._session
        async with session._lock:
            if self._request is not None:
                request, self._request = self._request, None
                await session._send(exchange, request)
            while True:
                if exchange.superseded:
                    raise HamsaError(
                        "this TTS stream was abandoned: another request started on its session "
                        "before it was read to the end"
                    )
                if exchange.done:
                    raise StopAsyncIteration
                chunk = exchange.accept(await session._receive(exchange, "during a TTS stream"))
                if chunk is not None:
                    return chunk

    async def read(self) -> bytes:
        """All the (remaining) audio, once ``end`` arrives."""
        return b"".join([chunk async for chunk in self])

    async def write_to(self, file: str | os.PathLike[str] | IO[bytes]) -> int:
        """Write the (remaining) audio to a path or a binary file as it arrives; returns the
        number of bytes written."""
        if isinstance(file, str | os.PathLike):
            with open(file, "wb") as opened:
                return await self.write_to(opened)
        written = 0
        async for chunk in self:
            file.write(chunk)
            written += len(chunk)
        return written

"""client.realtime on hamsa.AsyncHamsa: the same protocol under asyncio, faults as HamsaErrors,
and 20 concurrent sessions on one client."""

from __future__ import annotations

import asyncio
import io
import time
from pathlib import Path

import pytest
from hamsa import (
    APIConnectionError,
    APITimeoutError,
    AsyncHamsa,
    HamsaError,
    RealtimeError,
    RequestValidationError,
)
from hamsa.testing import MockHamsa

from .conftest import KEY


async def test_tts_streams_in_order_and_stt_transcribes(
    async_client: AsyncHamsa, mock: MockHamsa, tmp_path: Path
) -> None:
    async with async_client, async_client.realtime.connect() as session:
        assert session.info is not None and session.info.type == "info"
        stream = session.tts(text="async speech", speaker="Ali", language_id="ar")
        chunks = [chunk async for chunk in stream]
        assert len(chunks) >= 3 and stream.end is not None and stream.ack is not None
        audio = b"".join(chunks)
        assert await session.stt(audio=audio) == "async speech"
        written = await session.tts(text="to disk", speaker="Ali").write_to(tmp_path / "a.wav")
        assert written == (tmp_path / "a.wav").stat().st_size
        assert await session.stt(audio=tmp_path / "a.wav") == "to disk"
        assert await session.stt(audio=io.BytesIO(audio)) == "async speech"
        assert await session.stt(samples=[0.5] * 8000) == "mock transcript of 0.50 s of audio"
    assert {m.connection for m in mock.realtime_messages} == {1}


async def test_a_bad_request_fails_before_anything_is_sent(
    async_client: AsyncHamsa, mock: MockHamsa
) -> None:
    async with async_client.realtime.connect() as session:
        with pytest.raises(RequestValidationError, match="at most 2000 characters"):
            session.tts(text="x" * 2001, speaker="Ali")
        with pytest.raises(RequestValidationError, match="audio"):
            await session.stt(audio=b"OggS not a wav")
    assert mock.realtime_messages == []


async def test_an_error_frame_is_a_realtime_error(
    async_client: AsyncHamsa, mock: MockHamsa
) -> None:
    mock.fail_next_realtime(message="Audio format not supported")
    async with async_client.realtime.connect() as session:
        with pytest.raises(RealtimeError, match="Audio format not supported"):
            await session.stt(samples=[0.0])
        assert await session.tts(text="goes on", speaker="Ali").read()


async def test_a_close_mid_stream_and_a_stall_are_hamsa_errors(mock: MockHamsa) -> None:
    client = mock.async_client(timeout=0.3)
    mock.close_next_realtime("tts", after_chunks=1, code=1011, reason="crashed")
    async with client.realtime.connect(reconnect=True, ping_interval=None) as session:
        with pytest.raises(APIConnectionError, match="crashed"):
            await session.tts(text="broken " * 30, speaker="Ali").read()
        mock.stall_next_realtime("stt", seconds=30)
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            await session.stt(samples=[0.0])
        assert time.monotonic() - started < 5.0
        assert await session.stt(samples=[0.0]) == "mock transcript of 0.00 s of audio"


async def test_the_keepalive_finds_a_dead_connection(mock: MockHamsa) -> None:
    mock.stall_next_realtime("stt", seconds=30)
    client = mock.async_client(timeout=30.0)
    async with client.realtime.connect(ping_interval=0.1, ping_timeout=0.2) as session:
        started = time.monotonic()
        with pytest.raises(APITimeoutError, match="ping"):
            await session.stt(samples=[0.0])
        assert time.monotonic() - started < 5.0


async def test_twenty_concurrent_sessions(mock: MockHamsa) -> None:
    async with mock.async_client(timeout=10.0) as client:

        async def one(index: int) -> tuple[str, str]:
            text = f"session number {index}"
            async with client.realtime.connect() as session:
                audio = await session.tts(text=text, speaker="Ali").read()
                return text, await session.stt(audio=audio)

        results = await asyncio.gather(*(one(index) for index in range(20)))
    assert all(text == transcript for text, transcript in results)
    assert len({m.connection for m in mock.realtime_messages}) == 20


async def test_concurrent_requests_on_one_session_do_not_mix_answers(mock: MockHamsa) -> None:
    async with mock.async_client(timeout=5.0) as client:
        async with client.realtime.connect() as session:
            texts = [f"shared session {index}" for index in range(5)]

            async def transcribe(text: str) -> str:
                from hamsa.testing._realtime_audio import synthesize

                return await session.stt(audio=synthesize(text))

            assert await asyncio.gather(*(transcribe(t) for t in texts)) == texts


async def test_a_closed_session_refuses_requests(mock: MockHamsa) -> None:
    client = mock.async_client()
    async with client.realtime.connect() as session:
        pass
    with pytest.raises(HamsaError, match="closed"):
        await session.stt(samples=[0.0])


async def test_a_wrong_key_is_refused_before_any_request() -> None:
    with MockHamsa(api_key=KEY) as mock:
        client = AsyncHamsa(api_key="hk_wrong_0000000000000", base_url=mock.base_url)
        with pytest.raises(HamsaError) as caught:
            async with client.realtime.connect():
                pass
    assert getattr(caught.value, "status_code", None) == 401

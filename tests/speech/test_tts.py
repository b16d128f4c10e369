"""client.tts: realtime speech as bytes, as a file written atomically, or as a stream of chunks;
cloned voices preloaded in the same call; arguments checked before anything is sent."""

from __future__ import annotations

import io
import wave
from pathlib import Path
from typing import Any

import hamsa
import httpx
import pytest

from .conftest import Speech


def duration(wav: bytes) -> float:
    with wave.open(io.BytesIO(wav), "rb") as audio:
        return audio.getnframes() / audio.getframerate()


def test_generate_returns_the_wav_the_text_became(speech: Speech) -> None:
    short = speech.run(lambda c: c.tts.generate(text="Hi", speaker="Amjad", dialect="pls"))
    long = speech.run(lambda c: c.tts.generate(text="Hello " * 20, speaker="Amjad"))

    assert short[:4] == b"RIFF" and short[8:12] == b"WAVE"
    assert duration(long) > duration(short) > 0
    sent = speech.mock.requests[-2]
    assert (sent.method, sent.path) == ("POST", "/v1/realtime/tts")
    assert sent.json == {"text": "Hi", "speaker": "Amjad", "dialect": "pls"}


def test_generate_to_a_path_writes_the_file_and_returns_it(speech: Speech, tmp_path: Path) -> None:
    target = tmp_path / "hello.wav"

    written = speech.run(lambda c: c.tts.generate(text="Hello", speaker="Ali", to=target))

    assert written == target
    assert duration(target.read_bytes()) > 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hello.wav"]


def test_a_broken_download_leaves_no_file_behind(speech: Speech, tmp_path: Path) -> None:
    target = tmp_path / "hello.wav"
    target_before = list(tmp_path.iterdir())
    speech.mock.reset_next("POST", "/v1/realtime/tts")

    with pytest.raises(hamsa.APIConnectionError):
        speech.run(lambda c: c.tts.generate(text="Hello " * 30, speaker="Ali", to=target))

    assert list(tmp_path.iterdir()) == target_before == []


def test_an_unwritable_destination_is_refused_before_the_request(
    speech: Speech, tmp_path: Path
) -> None:
    before = len(speech.mock.requests)

    with pytest.raises(hamsa.RequestValidationError, match=r"to = .*does not exist"):
        speech.run(lambda c: c.tts.generate(text="x", speaker="Ali", to=tmp_path / "no" / "a.wav"))

    assert len(speech.mock.requests) == before


def test_stream_yields_the_audio_and_can_write_it(speech: Speech, tmp_path: Path) -> None:
    chunks = speech.chunks(speech.client.tts.stream(text="Hello there", speaker="Ali"))
    whole = speech.run(lambda c: c.tts.generate(text="Hello there", speaker="Ali"))
    written = speech.run(
        lambda c: c.tts.stream(text="Hello there", speaker="Ali").write_to(tmp_path / "s.wav")
    )

    assert chunks and all(isinstance(chunk, bytes) for chunk in chunks)
    assert b"".join(chunks) == whole == written.read_bytes()
    assert speech.mock.requests[-1].path == "/v1/realtime/tts-stream"


def test_stream_checks_its_arguments_before_any_request(speech: Speech) -> None:
    before = len(speech.mock.requests)

    with pytest.raises(hamsa.RequestValidationError, match="text"):
        speech.client.tts.stream(text="", speaker="Ali")

    assert len(speech.mock.requests) == before


def test_an_unknown_speaker_name_is_sent_as_given(speech: Speech) -> None:
    # Speakers are an open enum: a name the docs don't list yet still goes through.
    audio = speech.run(lambda c: c.tts.generate(text="Hi", speaker="Zaid", dialect="xyz"))

    assert audio[:4] == b"RIFF"
    assert speech.mock.requests[-1].json["speaker"] == "Zaid"


def test_a_cloned_voice_is_preloaded_in_the_same_call(speech: Speech) -> None:
    voice = speech.run(
        lambda c: c.voices.clone(
            name="Support voice",
            audio_url="https://cdn.example.com/voice.wav",
            audio_transcription="Hello, I am your assistant.",
            language="en",
            tags=["female", "conversational"],
        )
    )
    with pytest.raises(hamsa.BadRequestError, match="not preloaded"):
        speech.run(lambda c: c.tts.generate(text="Hi", speaker=voice.id))

    audio = speech.run(lambda c: c.tts.generate(text="Hi", speaker=voice.id, preload=True))

    assert audio[:4] == b"RIFF"
    paths = [r.path for r in speech.mock.requests[-2:]]
    assert paths == ["/v2/tts/voices/custom/preload", "/v1/realtime/tts"]
    assert speech.mock.requests[-2].json == {"voiceId": voice.id}


def test_a_streamed_cloned_voice_is_preloaded_when_reading_starts(speech: Speech) -> None:
    voice = speech.run(
        lambda c: c.voices.clone(
            name="Streamed voice",
            audio_url="https://cdn.example.com/voice.wav",
            audio_transcription="Hello, I am your assistant.",
            language="en",
            tags=["female", "calm"],
        )
    )
    before = len(speech.mock.requests)

    stream = speech.client.tts.stream(text="Hi there", speaker=voice.id, preload=True)
    assert len(speech.mock.requests) == before  # nothing is sent until reading starts
    audio = b"".join(speech.chunks(stream))

    assert audio[:4] == b"RIFF"
    paths = [r.path for r in speech.mock.requests[before:]]
    assert paths == ["/v2/tts/voices/custom/preload", "/v1/realtime/tts-stream"]
    assert speech.mock.requests[before].json == {"voiceId": voice.id}


def test_a_stream_is_read_once_and_a_second_read_is_a_hamsa_error(speech: Speech) -> None:
    stream = speech.client.tts.stream(text="Once", speaker="Ali")
    assert speech.chunks(stream)
    sent = len(speech.mock.requests)

    with pytest.raises(hamsa.HamsaError, match=r"already read; call tts\.stream again"):
        speech.chunks(stream)

    assert len(speech.mock.requests) == sent


def test_an_unwritable_destination_is_refused_before_the_preload(
    speech: Speech, tmp_path: Path
) -> None:
    before = len(speech.mock.requests)

    with pytest.raises(hamsa.RequestValidationError, match=r"to = .*does not exist"):
        speech.run(
            lambda c: c.tts.generate(
                text="x", speaker="Ali", preload=True, to=tmp_path / "no" / "a.wav"
            )
        )

    assert len(speech.mock.requests) == before


# --- chunk by chunk: a transport that hands the body over in pieces ------------------------------


class Producer:
    """A chunked body that records when each piece is handed to the client."""

    def __init__(self, pieces: list[bytes]) -> None:
        self.pieces = pieces
        self.events: list[str] = []

    def __iter__(self) -> Any:
        for index, piece in enumerate(self.pieces):
            self.events.append(f"sent {index}")
            yield piece

    async def __aiter__(self) -> Any:
        for index, piece in enumerate(self.pieces):
            self.events.append(f"sent {index}")
            yield piece


PIECES = [b"RIFF\x00\x00\x00\x00WAVE", b"fmt chunk....", b"data..."]


def test_the_sync_stream_hands_over_each_chunk_as_it_arrives() -> None:
    producer = Producer(PIECES)
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=iter(producer)))
    client = hamsa.Hamsa(api_key="hk_test_stream", http_client=httpx.Client(transport=transport))

    for index, chunk in enumerate(client.tts.stream(text="Hi", speaker="Ali")):
        producer.events.append(f"read {index}: {chunk!r}")

    assert producer.events == [
        event for i, piece in enumerate(PIECES) for event in (f"sent {i}", f"read {i}: {piece!r}")
    ]


def test_the_async_stream_hands_over_each_chunk_as_it_arrives() -> None:
    import asyncio

    producer = Producer(PIECES)

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=producer.__aiter__())

    async def main() -> None:
        transport = httpx.MockTransport(answer)
        client = hamsa.AsyncHamsa(
            api_key="hk_test_stream", http_client=httpx.AsyncClient(transport=transport)
        )
        index = 0
        async for chunk in client.tts.stream(text="Hi", speaker="Ali"):
            producer.events.append(f"read {index}: {chunk!r}")
            index += 1
        await client.aclose()

    asyncio.run(main())

    assert producer.events == [
        event for i, piece in enumerate(PIECES) for event in (f"sent {i}", f"read {i}: {piece!r}")
    ]


def test_mock_hamsa_streams_the_tts_audio_in_chunks(speech: Speech) -> None:
    """The mock answers /v1/realtime/tts-stream as the API does: chunked, as it is made."""
    with httpx.Client(base_url=speech.mock.base_url) as raw:
        with raw.stream(
            "POST",
            "/v1/realtime/tts-stream",
            json={"text": "Hello there", "speaker": "Ali"},
            headers={"Authorization": "Token test-key-0123456789"},
        ) as response:
            body = response.read()
    assert response.status_code == 200
    assert response.headers.get("transfer-encoding") == "chunked"
    assert "content-length" not in response.headers
    assert body[:4] == b"RIFF" and body[8:12] == b"WAVE"

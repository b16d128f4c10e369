"""client.realtime on hamsa.Hamsa, against MockHamsa's WebSocket: TTS streams, STT from every
audio input, requests checked before sending, several requests on one connection."""

from __future__ import annotations

import io
import pickle
import wave
from pathlib import Path

import hamsa
import pytest
from hamsa import Hamsa, HamsaError, RealtimeError, RequestValidationError
from hamsa.testing import MockHamsa

TEXT = "مرحبا بك في خدمة همسة. Welcome to Hamsa's realtime speech."


def _wav(seconds: float, rate: int = 16000) -> bytes:
    """A silent WAV made with the standard library: audio that did not come from the mock."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(b"\0\0" * int(seconds * rate))
    return buffer.getvalue()


def test_the_server_info_is_available_once_connected(client: Hamsa) -> None:
    with client.realtime.connect() as session:
        assert session.info is not None
        assert session.info.type == "info"
        assert session.info.message == "Connected to realtime WebSocket server"


def test_tts_chunks_arrive_in_order_and_end_at_end(client: Hamsa, mock: MockHamsa) -> None:
    with client.realtime.connect() as session:
        stream = session.tts(text=TEXT, speaker="Ali", dialect="pls", language_id="ar")
        chunks = list(stream)
        assert stream.end is not None and stream.end.message == "End of TTS stream"
        assert stream.ack is not None
        assert len(chunks) >= 3 and stream.chunks == len(chunks)
        audio = b"".join(chunks)
        # In order: the chunks rebuild one well-formed WAV whose length its header states.
        with wave.open(io.BytesIO(audio)) as read:
            assert read.getframerate() == 16000 and read.getnframes() > 0
        # ...and the mock transcribes its own audio back to the text it was made from.
        assert session.stt(audio=audio) == TEXT
    (sent,) = [m for m in mock.realtime_messages if m.type == "tts"]
    assert sent.payload == {"text": TEXT, "speaker": "Ali", "dialect": "pls", "languageId": "ar"}


def test_mulaw_audio_is_asked_for_and_received(client: Hamsa, mock: MockHamsa) -> None:
    with client.realtime.connect() as session:
        audio = session.tts(text="mulaw please", speaker="Ali", mulaw=True).read()
    assert mock.realtime_messages[-1].payload["mulaw"] is True
    assert int.from_bytes(audio[20:22], "little") == 7  # WAV format 7: mu-law


def test_write_to_saves_the_stream_to_a_path_or_a_file(client: Hamsa, tmp_path: Path) -> None:
    target = tmp_path / "speech.wav"
    with client.realtime.connect() as session:
        written = session.tts(text="to a path", speaker="Ali").write_to(target)
        buffer = io.BytesIO()
        session.tts(text="to a file", speaker="Ali").write_to(buffer)
        assert written == target.stat().st_size > 44
        assert session.stt(audio=target) == "to a path"
        assert session.stt(audio=buffer.getvalue()) == "to a file"


@pytest.mark.parametrize(
    "kind", ["path-str", "path", "bytes", "bytearray", "memoryview", "binary-file", "samples"]
)
def test_stt_takes_every_audio_input(
    client: Hamsa, mock: MockHamsa, tmp_path: Path, kind: str
) -> None:
    wav = _wav(0.5)
    file = tmp_path / "clip.wav"
    file.write_bytes(wav)
    with client.realtime.connect() as session:
        if kind == "samples":
            transcript = session.stt(samples=[0.0, 0.25, -0.25, 1.0] * 4000, language="ar")
        else:
            audio = {
                "path-str": str(file),
                "path": file,
                "bytes": wav,
                "bytearray": bytearray(wav),
                "memoryview": memoryview(wav),
                "binary-file": file.open("rb"),
            }[kind]
            transcript = session.stt(audio=audio, language="ar", is_eos_enabled=True)
    seconds = "1.00" if kind == "samples" else "0.50"  # 16000 samples at 16 kHz; the WAV's 0.5 s
    assert transcript == f"mock transcript of {seconds} s of audio"
    sent = mock.realtime_messages[-1].payload
    assert ("audioList" in sent) == (kind == "samples")
    assert ("audioBase64" in sent) == (kind != "samples")


def test_two_requests_share_one_connection(client: Hamsa, mock: MockHamsa) -> None:
    with client.realtime.connect() as session:
        first = session.tts(text="first", speaker="Ali").read()
        second = session.tts(text="second", speaker="Ali").read()
        assert session.stt(audio=first) == "first"
        assert session.stt(audio=second) == "second"
    assert [m.connection for m in mock.realtime_messages] == [1, 1, 1, 1]


def test_an_abandoned_stream_does_not_leak_into_the_next_request(client: Hamsa) -> None:
    with client.realtime.connect() as session:
        stream = session.tts(text="read only a little of this " * 20, speaker="Ali")
        next(stream)
        assert session.stt(audio=_wav(0.25)) == "mock transcript of 0.25 s of audio"
        with pytest.raises(HamsaError, match="abandoned"):
            next(stream)
        assert session.tts(text="after", speaker="Ali").read()


def test_an_error_frame_is_a_realtime_error_and_the_session_goes_on(
    client: Hamsa, mock: MockHamsa
) -> None:
    mock.fail_next_realtime("stt", message="Error generating transcription: busy")
    with client.realtime.connect() as session:
        with pytest.raises(RealtimeError) as caught:
            session.stt(audio=_wav(0.1))
        assert session.tts(text="still here", speaker="Ali").read()
    error = caught.value
    assert isinstance(error, HamsaError)
    assert error.message == "Error generating transcription: busy"
    assert "busy" in str(error)
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is RealtimeError and copy.message == error.message
    assert str(copy) == str(error)


def test_the_server_refusing_audio_is_a_realtime_error(client: Hamsa) -> None:
    # A RIFF/WAVE header with no fmt chunk: it passes the SDK's check, the server refuses it.
    with client.realtime.connect() as session, pytest.raises(RealtimeError) as caught:
        session.stt(audio=b"RIFF\x04\x00\x00\x00WAVE")
    assert caught.value.message == "Error generating transcription: Audio format not supported"


@pytest.mark.parametrize(
    ("call", "field", "hint"),
    [
        (lambda s: s.tts(text="x" * 2001, speaker="Ali"), "text", "at most 2000 characters"),
        (lambda s: s.tts(text="", speaker="Ali"), "text", "must not be empty"),
        (lambda s: s.tts(text="hi", speaker=""), "speaker", "non-empty str"),
        (lambda s: s.tts(text="hi", speaker="Ali", mulaw="yes"), "mulaw", "must be a bool"),
        (lambda s: s.tts(text="hi", speaker="Ali", dialekt="pls"), "dialekt", "dialect"),
        (lambda s: s.stt(audio=b"ID3\x04 an mp3"), "audio", "MP3"),
        (lambda s: s.stt(audio="/no/such/clip.wav"), "audio", "no such file"),
        (lambda s: s.stt(), "audio", "exactly one of"),
        (lambda s: s.stt(samples=[0.5, 2.0]), "samples[1]", "[-1, 1]"),
        (lambda s: s.stt(samples=[0.1], eos_threshold=1.5), "eos_threshold", "0.0 and 1.0"),
        (lambda s: s.stt(samples=[0.1], languge="ar"), "languge", "language"),
    ],
)
def test_a_bad_request_fails_before_anything_is_sent(
    client: Hamsa, mock: MockHamsa, call: object, field: str, hint: str
) -> None:
    with client.realtime.connect() as session:
        with pytest.raises(RequestValidationError) as caught:
            stream = call(session)  # type: ignore[operator]
            list(stream)
        assert [v.path for v in caught.value.violations] == [field]
        assert hint in str(caught.value)
    assert mock.realtime_messages == []


def test_text_of_exactly_2000_characters_is_sent(client: Hamsa) -> None:
    with client.realtime.connect() as session:
        assert session.tts(text="ب" * 2000, speaker="Ali").read()


def test_a_closed_session_refuses_new_requests(client: Hamsa) -> None:
    with client.realtime.connect() as session:
        pass
    with pytest.raises(HamsaError, match="closed"):
        session.tts(text="late", speaker="Ali").read()


@pytest.mark.parametrize(
    ("base_url", "url"),
    [
        ("https://api.tryhamsa.com", "wss://api.tryhamsa.com/v1/realtime/ws"),
        ("http://127.0.0.1:4010/", "ws://127.0.0.1:4010/v1/realtime/ws"),
        ("https://proxy.example/hamsa", "wss://proxy.example/hamsa/v1/realtime/ws"),
    ],
)
def test_the_websocket_url_follows_the_base_url(base_url: str, url: str) -> None:
    session = Hamsa(api_key="hk_url_0123456789", base_url=base_url).realtime.connect()
    assert url in repr(session)  # connect() itself opens nothing


@pytest.mark.parametrize(
    "options", [{"ping_interval": 0}, {"ping_timeout": "5"}, {"timeout": None}]
)
def test_unusable_connection_options_are_configuration_errors(options: dict[str, object]) -> None:
    client = Hamsa(api_key="hk_url_0123456789", base_url="http://127.0.0.1:9")
    with pytest.raises(hamsa.ConfigurationError):
        client.realtime.connect(**options)  # type: ignore[arg-type]

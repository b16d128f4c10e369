"""client.stt.transcribe: WAV audio from a path, bytes or a binary file, checked and
base64-encoded by the SDK; anything that isn't WAV is refused before any request; both
documented response shapes give the text."""

from __future__ import annotations

import base64
import io
import json
from pathlib import Path
from typing import Any

import hamsa
import httpx
import pytest
from hamsa._audio import read_wav
from hamsa.testing._audio_synth import synthesise_wav

from .conftest import Speech

WAV = synthesise_wav("a short recording")


def test_a_path_is_read_encoded_and_transcribed(speech: Speech, tmp_path: Path) -> None:
    path = tmp_path / "hello.wav"
    path.write_bytes(WAV)

    text = speech.run(lambda c: c.stt.transcribe(path, language="en"))

    assert text == "Welcome to Hamsa"
    sent = speech.mock.requests[-1]
    assert (sent.method, sent.path) == ("POST", "/v1/realtime/stt")
    assert base64.b64decode(sent.json["audioBase64"]) == WAV
    assert sent.json["language"] == "en"


@pytest.mark.parametrize(
    "make",
    [bytes, bytearray, memoryview, io.BytesIO],
    ids=["bytes", "bytearray", "memoryview", "binary-file"],
)
def test_bytes_and_binary_files_are_accepted(speech: Speech, make: Any) -> None:
    audio = make(WAV)
    text = speech.run(lambda c: c.stt.transcribe(audio=audio))

    assert text == "مرحباً بكم في همسة"  # the mock's Arabic transcript (language defaults to ar)
    assert base64.b64decode(speech.mock.requests[-1].json["audioBase64"]) == WAV


def test_a_file_opened_in_binary_mode_is_read_from_disk(speech: Speech, tmp_path: Path) -> None:
    path = tmp_path / "a.wav"
    path.write_bytes(WAV)
    with path.open("rb") as audio:
        assert speech.run(lambda c: c.stt.transcribe(audio, language="en")) == "Welcome to Hamsa"


MP3 = b"ID3\x04\x00\x00\x00\x00\x00\x00" + b"\x00" * 32


@pytest.mark.parametrize(
    ("audio", "says"),
    [
        (MP3, "got MP3 data"),
        (b"RIFF\x00\x00\x00\x00AVI LIST", "RIFF/WAVE"),
        (b"", "empty audio"),
        ("missing.wav", "no such file"),
        ("text-file", "text mode"),
        (12345, "not int"),
    ],
    ids=["mp3", "riff-not-wave", "empty", "missing-path", "text-file", "number"],
)
def test_anything_but_wav_is_refused_before_any_request(
    speech: Speech, audio: Any, says: str, tmp_path: Path
) -> None:
    if audio == "missing.wav":
        audio = tmp_path / "missing.wav"
    if audio == "text-file":
        audio = io.StringIO("RIFF....WAVE")
    before = len(speech.mock.requests)

    with pytest.raises(hamsa.RequestValidationError) as raised:
        speech.run(lambda c: c.stt.transcribe(audio))

    assert len(speech.mock.requests) == before
    assert says in str(raised.value)
    assert str(raised.value).startswith("audio = ")
    assert "WAV" in str(raised.value)


def test_a_text_mode_file_of_a_real_wav_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.wav"
    path.write_bytes(WAV)
    with path.open("r", encoding="latin-1") as text_file:
        with pytest.raises(hamsa.RequestValidationError, match=r"text mode.*'rb'"):
            read_wav(text_file)


def test_read_wav_names_the_field_it_checks() -> None:
    with pytest.raises(hamsa.RequestValidationError, match=r"^voice_sample = "):
        read_wav(MP3, field="voice_sample")
    assert read_wav(io.BytesIO(WAV)) == WAV


@pytest.mark.parametrize(
    "body",
    [{"text": "مرحبا"}, {"success": True, "message": "ok", "data": {"text": "مرحبا"}}],
    ids=["documented-text", "envelope"],
)
def test_both_documented_response_shapes_give_the_text(body: dict[str, Any]) -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
    client = hamsa.Hamsa(api_key="hk_test_stt", http_client=httpx.Client(transport=transport))

    assert client.stt.transcribe(WAV) == "مرحبا"


def test_a_response_without_a_transcript_is_a_response_error() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json={"success": True}))
    client = hamsa.Hamsa(api_key="hk_test_stt", http_client=httpx.Client(transport=transport))

    with pytest.raises(hamsa.APIResponseValidationError, match="no transcript"):
        client.stt.transcribe(WAV)


def test_the_raw_twin_takes_the_same_audio_and_sends_the_documented_body(speech: Speech) -> None:
    encoded = base64.b64encode(WAV).decode()

    raw = speech.run(lambda c: c.stt.with_raw_response.transcribe(WAV, eos_threshold=0.5))

    assert raw.status_code == 200
    assert raw.parsed == json.loads(raw.http_response.content)["text"]
    assert json.loads(raw.http_response.request.content) == {
        "audioBase64": encoded,
        "eosThreshold": 0.5,
    }


def test_the_eos_threshold_range_is_checked_before_sending(speech: Speech) -> None:
    before = len(speech.mock.requests)
    with pytest.raises(hamsa.RequestValidationError, match=r"eos_threshold|eosThreshold"):
        speech.run(lambda c: c.stt.transcribe(WAV, eos_threshold=1.5))
    assert len(speech.mock.requests) == before

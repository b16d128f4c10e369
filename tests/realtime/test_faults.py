"""Faults on the realtime WebSocket become HamsaErrors, within the timeouts: MockHamsa's injected
faults (error frame, close mid-stream, stall), keepalive, idle close and reconnect, and a
scripted rogue server for the protocol's edges."""

from __future__ import annotations

import json
import time

import pytest
from hamsa import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    Hamsa,
    HamsaError,
    RealtimeError,
)
from hamsa.testing import MockHamsa
from websockets.sync.server import ServerConnection

from ._rogue_server import rogue_server
from .conftest import KEY

# Bounds for "within the timeout": generous next to the 0.3 s the clients below allow, tiny
# next to the 60 s a default client would wait.
PROMPT = 5.0


def _tts(session: object) -> bytes:
    return session.tts(text="a stream to break " * 10, speaker="Ali").read()  # type: ignore[attr-defined]


def test_an_injected_error_frame_is_a_realtime_error(client: Hamsa, mock: MockHamsa) -> None:
    mock.fail_next_realtime("tts", message="Speaker not found")
    with client.realtime.connect() as session, pytest.raises(RealtimeError) as caught:
        _tts(session)
    assert caught.value.message == "Speaker not found"
    assert mock.realtime_messages[-1].fault == "error"


@pytest.mark.parametrize("code", [1011, None], ids=["close-frame", "dropped-tcp"])
def test_a_close_mid_stream_is_a_connection_error(
    client: Hamsa, mock: MockHamsa, code: int | None
) -> None:
    mock.close_next_realtime("tts", after_chunks=2, code=code, reason="synthesis crashed")
    received: list[bytes] = []
    with client.realtime.connect() as session:
        stream = session.tts(text="a stream to break " * 10, speaker="Ali")
        with pytest.raises(APIConnectionError) as caught:
            for chunk in stream:
                received.append(chunk)
    assert len(received) == 2  # what arrived before the close was delivered, in order
    assert not isinstance(caught.value, APITimeoutError)
    if code is None:
        assert "without a close frame" in str(caught.value)
    else:
        assert "code 1011" in str(caught.value) and "synthesis crashed" in str(caught.value)


def test_a_close_before_the_transcript_is_a_connection_error(
    client: Hamsa, mock: MockHamsa
) -> None:
    mock.close_next_realtime("stt", code=1001, reason="going away")
    with client.realtime.connect() as session, pytest.raises(APIConnectionError, match="1001"):
        session.stt(samples=[0.0] * 160)


def test_a_stall_is_a_timeout_error_within_the_read_timeout(mock: MockHamsa) -> None:
    mock.stall_next_realtime("tts", after_chunks=1, seconds=30)
    client = mock.client(timeout=0.3)
    with client.realtime.connect(ping_interval=None) as session:
        started = time.monotonic()
        with pytest.raises(APITimeoutError, match=r"no frame .* for 0\.3 s"):
            _tts(session)
        assert time.monotonic() - started < PROMPT


def test_a_dead_connection_is_found_by_the_keepalive(mock: MockHamsa) -> None:
    # The read timeout is long: only the unanswered pings can end the wait early.
    mock.stall_next_realtime("stt", seconds=30)
    client = mock.client(timeout=30.0)
    with client.realtime.connect(ping_interval=0.1, ping_timeout=0.2) as session:
        started = time.monotonic()
        with pytest.raises(APITimeoutError, match=r"no answer to a ping within 0\.2 s"):
            session.stt(samples=[0.0] * 160)
        assert time.monotonic() - started < PROMPT


def test_the_servers_pings_are_answered(mock: MockHamsa, client: Hamsa) -> None:
    with client.realtime.connect(ping_interval=None) as session:
        time.sleep(0.3)  # the mock pings every 0.05 s
        assert session.tts(text="still alive", speaker="Ali").read()
    deadline = time.monotonic() + PROMPT
    while mock.realtime_pongs == 0 and time.monotonic() < deadline:
        time.sleep(0.02)  # counted when the mock's side of the connection ends
    assert mock.realtime_pongs >= 2


def test_an_idle_close_needs_reconnect_for_the_next_request() -> None:
    with MockHamsa(api_key=KEY, realtime_idle_timeout=0.2) as mock:
        client = mock.client(timeout=2.0)
        with client.realtime.connect() as session:
            assert session.tts(text="before", speaker="Ali").read()
            time.sleep(0.8)  # well past the 0.2 s idle close, even on a loaded machine
            with pytest.raises(APIConnectionError, match=r"reconnect=True"):
                session.tts(text="after", speaker="Ali").read()
        with client.realtime.connect(reconnect=True) as session:
            assert session.tts(text="before", speaker="Ali").read()
            time.sleep(0.8)  # well past the 0.2 s idle close, even on a loaded machine
            assert session.stt(audio=session.tts(text="after", speaker="Ali").read()) == "after"
            assert session.info is not None
        connections = [m.connection for m in mock.realtime_messages]
    assert connections == [1, 2, 3, 3]  # a new connection for the request after the idle close


def test_a_request_cut_off_is_not_sent_again_even_with_reconnect(mock: MockHamsa) -> None:
    mock.close_next_realtime("tts", after_chunks=1)
    client = mock.client(timeout=2.0)
    with client.realtime.connect(reconnect=True) as session:
        with pytest.raises(APIConnectionError):
            _tts(session)
        assert len(mock.realtime_messages) == 1  # never repeated behind the caller's back
        assert session.tts(text="next one", speaker="Ali").read()  # a new request reconnects
    assert [m.connection for m in mock.realtime_messages] == [1, 2]


def test_a_wrong_key_is_an_authentication_error(mock: MockHamsa) -> None:
    client = Hamsa(api_key="hk_wrong_key_000000000000", base_url=mock.base_url)
    with pytest.raises(AuthenticationError) as caught:
        client.realtime.connect().open()
    assert caught.value.status_code == 401
    assert "Invalid API key" in str(caught.value)


def test_no_server_is_a_connection_error() -> None:
    with MockHamsa() as mock:
        base_url = mock.base_url
    client = Hamsa(api_key=KEY, base_url=base_url, timeout=1.0)
    with pytest.raises(APIConnectionError) as caught:
        with client.realtime.connect():
            pass
    assert "/v1/realtime/ws" in str(caught.value)


# --- a scripted server: edges MockHamsa doesn't produce ------------------------------------------


def _json(kind: str, **payload: object) -> str:
    return json.dumps({"type": kind, "payload": payload})


def test_a_server_without_info_and_with_json_transcripts_is_accepted() -> None:
    def script(ws: ServerConnection) -> None:
        # No `info`; an unknown message type and audio before `ack` are taken in stride.
        for request in ws:
            kind = json.loads(request)["type"]
            if kind == "stt":
                ws.send(_json("response", text="from a response message"))
            else:
                ws.send(_json("progress", percent=10))
                ws.send(b"\x01\x02")
                ws.send(_json("ack"))
                ws.send(b"\x03")
                ws.send(_json("end"))

    with rogue_server(script) as base_url:
        client = Hamsa(api_key=KEY, base_url=base_url, timeout=0.5)
        with client.realtime.connect() as session:
            assert session.info is None
            assert session.tts(text="hi", speaker="Ali").read() == b"\x01\x02\x03"
            assert session.stt(samples=[0.0]) == "from a response message"


def test_an_error_frame_on_connect_is_a_realtime_error() -> None:
    def script(ws: ServerConnection) -> None:
        ws.send(_json("error", message="Insufficient balance"))
        ws.recv()

    with rogue_server(script) as base_url:
        client = Hamsa(api_key=KEY, base_url=base_url, timeout=0.5)
        with pytest.raises(RealtimeError, match="Insufficient balance"):
            client.realtime.connect().open()


def test_a_close_between_requests_is_reported_with_its_reason() -> None:
    def script(ws: ServerConnection) -> None:
        ws.send(_json("info", message="hello"))
        ws.recv()
        ws.send("first transcript")
        ws.close(4000, "quota exhausted")

    with rogue_server(script) as base_url:
        client = Hamsa(api_key=KEY, base_url=base_url, timeout=0.5)
        with client.realtime.connect() as session:
            assert session.stt(samples=[0.0]) == "first transcript"
            time.sleep(0.1)
            with pytest.raises(HamsaError) as caught:
                session.stt(samples=[0.0])
    assert isinstance(caught.value, APIConnectionError)
    assert "reconnect=True" in str(caught.value)


def test_a_refused_upgrade_becomes_the_status_error() -> None:
    with rogue_server(lambda ws: None, refuse=(429, "Too many connections")) as base_url:
        client = Hamsa(api_key=KEY, base_url=base_url, timeout=0.5)
        with pytest.raises(HamsaError) as caught:
            client.realtime.connect().open()
    assert getattr(caught.value, "status_code", None) == 429
    assert "Too many connections" in str(caught.value)


@pytest.mark.parametrize(
    ("path", "headers", "status"),
    [
        ("/v1/realtime/ws", {}, 401),  # no key at all
        ("/v1/realtime/other", {"X-Api-Key": KEY}, 404),
    ],
)
def test_the_mock_refuses_upgrades_the_api_would_refuse(
    mock: MockHamsa, path: str, headers: dict[str, str], status: int
) -> None:
    from websockets.exceptions import InvalidStatus
    from websockets.sync.client import connect

    url = mock.base_url.replace("http://", "ws://") + path
    with pytest.raises(InvalidStatus) as caught:
        connect(url, additional_headers=headers, open_timeout=2, legacy=True)
    assert caught.value.response.status_code == status


def test_the_mock_takes_the_key_as_a_query_parameter(mock: MockHamsa) -> None:
    from websockets.sync.client import connect

    with connect(f"{mock.realtime_url}?api_key={KEY}", open_timeout=2) as ws:
        assert json.loads(ws.recv(timeout=2))["type"] == "info"

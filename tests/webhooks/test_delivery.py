"""MockHamsa delivers webhook events as its calls progress, to loopback receivers only."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import hamsa
import pytest
from hamsa.testing import MockHamsa
from hamsa.webhooks import CallAnswered, CallEnded, CallStarted, TranscriptionUpdate

KEY, SECRET = "Token", "receiver-secret-1234"
ORDER = [
    "call.started",
    "call.answered",
    "transcription.update",
    "transcription.update",
    "call.ended",
]


class Receiver:
    """A loopback HTTP endpoint that records what it was sent; `answer` picks the status."""

    def __init__(self, answer: Callable[[int], int] = lambda n: 204) -> None:
        self.received: list[tuple[bytes, dict[str, str]]] = []
        self.answer = answer
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.received.append((body, dict(self.headers.items())))
                self.send_response(receiver.answer(len(receiver.received)))
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_port}/hamsa/webhooks"

    def events(self) -> list[hamsa.webhooks.WebhookEvent]:
        return [
            hamsa.webhooks.unwrap(body, headers, auth_key=KEY, auth_secret=SECRET)
            for body, headers in self.received
        ]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    yield r
    r.close()


@pytest.fixture
def mock() -> Iterator[MockHamsa]:
    with MockHamsa(webhook_retry_delay=0.01) as m:
        yield m


def test_an_app_receives_the_call_lifecycle_in_order_verified_and_typed(
    mock: MockHamsa, receiver: Receiver
) -> None:
    client = mock.client(webhook_auth_key=KEY, webhook_auth_secret=SECRET)
    agent = client.voice_agents.create(
        name="Support",
        webhook_url=receiver.url,
        webhook_auth={"auth_key": KEY, "auth_secret": SECRET},
    )
    call = client.calls.start(
        to_number="+15551234567", voice_agent_id=agent.id, params={"candidate_name": "John"}
    )
    assert client.conversations.wait(call.id, poll_interval=0).status == "COMPLETED"
    deliveries = mock.wait_for_deliveries(len(ORDER), timeout=10)
    assert [d.event_type for d in deliveries] == ORDER
    assert all(d.ok and d.attempt == 1 and d.call_id == call.id for d in deliveries)

    events = [client.webhooks.unwrap(body, headers) for body, headers in receiver.received]
    assert [e.type for e in events] == ORDER
    assert [type(e) for e in events] == [
        CallStarted,
        CallAnswered,
        TranscriptionUpdate,
        TranscriptionUpdate,
        CallEnded,
    ]
    assert {e.call_id for e in events} == {call.id}
    assert {e.agent_id for e in events} == {agent.id}
    ended = events[-1]
    assert isinstance(ended, CallEnded)
    assert ended.conversation_id == call.id
    assert ended.recording_url and ended.recording_url.endswith(f"{call.id}.mp3")
    assert [speaker for speaker, _ in ended.transcript] == ["Agent", "User"]
    assert ended.outcome["candidate_name"] == "John"
    assert ended.raw["data"]["data"]["conversationId"] == call.id  # documented nesting
    timestamps = [e.timestamp for e in events]
    assert timestamps == sorted(timestamps)  # type: ignore[type-var]
    assert len({e.key for e in events}) == len(events)
    # The header the mock sent is exactly `<authKey> <authSecret>`; its records don't keep it.
    assert {headers["Authorization"] for _, headers in receiver.received} == {f"{KEY} {SECRET}"}
    assert SECRET not in repr(mock.webhook_deliveries)


def test_the_calls_own_webhook_url_and_auth_win_over_the_agents(mock: MockHamsa) -> None:
    agent_side, call_side = Receiver(), Receiver()
    try:
        client = mock.client()
        agent = client.voice_agents.create(
            name="A", webhook_url=agent_side.url, webhook_auth={"auth_key": KEY, "auth_secret": "x"}
        )
        call = client.calls.start(
            to_number="+15551234567",
            voice_agent_id=agent.id,
            webhook_url=call_side.url,
            webhook_auth={"auth_key": KEY, "auth_secret": SECRET},
        )
        client.conversations.wait(call.id, poll_interval=0)
        mock.wait_for_deliveries(len(ORDER), timeout=10)
        assert agent_side.received == []
        assert [e.type for e in call_side.events()] == ORDER  # verified with the call's secret
        # Another call without its own URL goes to the agent's, with the agent's auth.
        other = client.calls.start(to_number="+15551234567", voice_agent_id=agent.id)
        client.conversations.get(other.id)
        mock.wait_for_deliveries(len(ORDER) + 3, timeout=10)
        assert {h["Authorization"] for _, h in agent_side.received} == {f"{KEY} x"}
    finally:
        agent_side.close()
        call_side.close()


def test_a_failed_delivery_is_retried_and_every_attempt_recorded() -> None:
    flaky = Receiver(answer=lambda n: 503 if n <= 2 else 200)
    try:
        with MockHamsa(webhook_retries=2, webhook_retry_delay=0.01) as mock:
            client = mock.client()
            agent = client.voice_agents.create(
                name="A",
                webhook_url=flaky.url,
                webhook_auth={"auth_key": KEY, "auth_secret": SECRET},
            )
            call = client.calls.start(to_number="+15551234567", voice_agent_id=agent.id)
            client.conversations.get(call.id)  # PENDING -> IN_PROGRESS
            deliveries = mock.wait_for_deliveries(3, timeout=10)
        first = [(d.event_type, d.attempt, d.status) for d in deliveries[:3]]
        assert first == [
            ("call.started", 1, 503),
            ("call.started", 2, 503),
            ("call.started", 3, 200),
        ]
        assert [e.type for e in flaky_events(flaky)][:3] == ["call.started"] * 3
    finally:
        flaky.close()


def flaky_events(receiver: Receiver) -> list[hamsa.webhooks.WebhookEvent]:
    return receiver.events()


def test_a_delivery_that_keeps_failing_is_given_up_after_the_retries() -> None:
    down = Receiver(answer=lambda n: 500)
    try:
        with MockHamsa(webhook_retries=1, webhook_retry_delay=0.01) as mock:
            client = mock.client()
            agent = client.voice_agents.create(name="A", webhook_url=down.url)
            call = client.calls.start(to_number="+15551234567", voice_agent_id=agent.id)
            client.conversations.get(call.id)
            deliveries = mock.wait_for_deliveries(3, timeout=10)  # started, answered, update
        assert [(d.event_type, d.attempt) for d in deliveries] == [
            ("call.started", 1),
            ("call.started", 2),
            ("call.answered", 1),
            ("call.answered", 2),
            ("transcription.update", 1),
            ("transcription.update", 2),
        ]
        assert not any(d.ok for d in deliveries)
        assert all("Authorization" not in h for _, h in down.received)  # no webhookAuth: none sent
    finally:
        down.close()


def test_an_unreachable_receiver_is_recorded_with_its_error() -> None:
    gone = Receiver()
    gone.close()  # nothing listens on its port any more
    with MockHamsa(webhook_retries=0) as mock:
        client = mock.client()
        agent = client.voice_agents.create(name="A", webhook_url=gone.url)
        call = client.calls.start(to_number="+15551234567", voice_agent_id=agent.id)
        client.conversations.get(call.id)
        first, *_ = mock.wait_for_deliveries(1, timeout=10)
    assert first.status is None and first.error and not first.ok


@pytest.mark.parametrize(
    "url", ["https://example.com/hook", "http://10.0.0.8/hook", "http://192.168.1.2:8080/h"]
)
def test_non_loopback_urls_are_refused_never_contacted(url: str) -> None:
    with MockHamsa(webhook_retries=3) as mock:
        client = mock.client()
        agent = client.voice_agents.create(name="A", webhook_url=url)
        call = client.calls.start(to_number="+15551234567", voice_agent_id=agent.id)
        client.conversations.get(call.id)
        deliveries = mock.wait_for_deliveries(3, timeout=10)
    assert len(deliveries) == 3  # one attempt each: a refusal is not retried
    assert all(d.status is None and "loopback" in (d.error or "") for d in deliveries)


def test_no_webhook_url_means_no_deliveries(mock: MockHamsa) -> None:
    client = mock.client()
    agent = client.voice_agents.create(name="A")
    call = client.calls.start(to_number="+15551234567", voice_agent_id=agent.id)
    client.conversations.wait(call.id, poll_interval=0)
    with pytest.raises(TimeoutError):
        mock.wait_for_deliveries(1, timeout=0.3)
    assert mock.webhook_deliveries == []


def test_a_receiver_that_calls_the_mock_back_does_not_deadlock(mock: MockHamsa) -> None:
    client = mock.client()
    seen: list[str] = []

    def answer(n: int) -> int:
        # While handling a delivery, the app reads the conversation from the mock.
        body, _headers = callback.received[-1]
        event = hamsa.webhooks.parse(body)
        seen.append(client.conversations.get(event.call_id or "").status or "")
        return 200

    callback = Receiver(answer=answer)
    try:
        agent = client.voice_agents.create(name="A", webhook_url=callback.url)
        call = client.calls.start(to_number="+15551234567", voice_agent_id=agent.id)
        client.conversations.wait(call.id, poll_interval=0)
        deliveries = mock.wait_for_deliveries(len(ORDER), timeout=10)
    finally:
        callback.close()
    assert [d.event_type for d in deliveries] == ORDER
    assert len(seen) == len(ORDER)


def test_calls_that_are_not_answered_send_started_and_ended_only(receiver: Receiver) -> None:
    with MockHamsa(final_status="NO_ANSWER") as mock:
        client = mock.client()
        agent = client.voice_agents.create(name="A", webhook_url=receiver.url)
        call = client.calls.start(to_number="+15551234567", voice_agent_id=agent.id)
        mock.set_conversation_status(call.id, "NO_ANSWER")
        deliveries = mock.wait_for_deliveries(2, timeout=10)
    assert [d.event_type for d in deliveries] == ["call.started", "call.ended"]
    ended = hamsa.webhooks.parse(receiver.received[-1][0])
    assert isinstance(ended, CallEnded) and ended.transcript == [] and ended.recording_url is None

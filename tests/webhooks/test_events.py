"""hamsa.webhooks.unwrap: typed events from the documented payloads (spec/v1.yaml `webhooks:`)."""

from __future__ import annotations

import copy
import json
import pickle
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import hamsa
import hamsa.testing
import pytest
import yaml
from hamsa import webhooks
from hamsa.webhooks import (
    CallAnswered,
    CallEnded,
    CallStarted,
    ToolExecuted,
    TranscriptionUpdate,
    UnknownEvent,
)

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "webhooks"
KEY, SECRET = "Token", "s3cr3t-webhook-value"
HEADERS = {"Authorization": f"{KEY} {SECRET}"}
TYPES = {
    "call.started": CallStarted,
    "call.answered": CallAnswered,
    "transcription.update": TranscriptionUpdate,
    "tool.executed": ToolExecuted,
    "call.ended": CallEnded,
}


def fixture(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((FIXTURES / f"{name}.json").read_text())
    return loaded


def unwrap(payload: Any, **options: Any) -> webhooks.WebhookEvent:
    body = payload if isinstance(payload, str | bytes) else json.dumps(payload)
    return webhooks.unwrap(body, HEADERS, auth_key=KEY, auth_secret=SECRET, **options)


def test_the_spec_declares_every_documented_event_with_these_examples() -> None:
    spec = yaml.safe_load((ROOT / "spec" / "v1.yaml").read_text())
    assert set(spec["webhooks"]) == set(TYPES)
    for name, item in spec["webhooks"].items():
        content = item["post"]["requestBody"]["content"]["application/json"]
        (example,) = content["examples"].values()
        assert example["value"] == fixture(name), name
        assert example["value"]["eventType"] == name


@pytest.mark.parametrize("name", TYPES)
def test_every_documented_event_parses_into_its_type(name: str) -> None:
    payload = fixture(name)
    for body in (json.dumps(payload), json.dumps(payload).encode()):
        event = unwrap(body)
        assert type(event) is TYPES[name]
        assert event.type == name
        assert event.call_id == payload["callId"]
        assert event.agent_name == payload["agentName"]
        assert event.timestamp == datetime.fromisoformat(payload["timestamp"])
        assert event.raw == payload


def _describe(event: webhooks.WebhookEvent) -> str:
    match event:
        case CallStarted(call_id=call_id):
            return f"started {call_id}"
        case CallAnswered():
            return "answered"
        case TranscriptionUpdate(speaker=speaker, text=text):
            return f"{speaker}: {text}"
        case ToolExecuted(tool_name=tool):
            return f"tool {tool}"
        case CallEnded(recording_url=url, transcript=turns):
            return f"ended {url} {len(turns)}"
        case UnknownEvent(type=other):
            return f"unknown {other}"
    raise AssertionError(event)


def test_events_work_with_match_class_patterns() -> None:
    described = [_describe(unwrap(fixture(name))) for name in TYPES]
    assert described == [
        "started 4f7c2a9e-1b3d-4c8e-9a6f-2d5b8e1c7a30",
        "answered",
        "Agent: Hi John, this is Acme Corp calling about your application.",
        "tool check_application_status",
        "ended https://recordings.example.com/4f7c2a9e.mp3 4",
    ]


def test_call_ended_flattens_the_documented_double_nesting() -> None:
    event = unwrap(fixture("call.ended"))
    assert isinstance(event, CallEnded)
    assert event.conversation_id == "4f7c2a9e-1b3d-4c8e-9a6f-2d5b8e1c7a30"
    assert event.recording_url == "https://recordings.example.com/4f7c2a9e.mp3"
    assert event.transcript[:2] == [
        ("Agent", "Hi John, this is Acme Corp calling about your application."),
        ("User", "Hi, yes, I was expecting your call."),
    ]
    # outcomeResult echoes every param sent (the documented "what you send" example) ...
    sent = json.loads((FIXTURES / "params_echo_send.example.json").read_text())["params"]
    assert sent.items() <= event.outcome.items()
    # ... plus the outcome fields extracted from the call.
    assert event.outcome["interview_scheduled"] is True
    assert event.raw["data"]["data"]["conversationRecording"] == event.recording_url


def test_call_ended_without_the_double_nesting_reads_the_same() -> None:
    nested = fixture("call.ended")
    flat = copy.deepcopy(nested)
    flat["data"] = {"timestamp": nested["data"]["timestamp"], **nested["data"]["data"]}
    one, other = unwrap(nested), unwrap(flat)
    assert isinstance(one, CallEnded) and isinstance(other, CallEnded)
    assert (one.conversation_id, one.recording_url, one.transcript, one.outcome) == (
        other.conversation_id,
        other.recording_url,
        other.transcript,
        other.outcome,
    )
    assert other.raw == flat


def test_call_ended_with_no_details_still_parses() -> None:
    payload = {**fixture("call.ended"), "data": {}}
    event = unwrap(payload)
    assert isinstance(event, CallEnded)
    assert (event.recording_url, event.transcript, event.outcome) == (None, [], {})


@pytest.mark.parametrize(
    "payload",
    [
        {
            **{k: v for k, v in json.loads((FIXTURES / "call.started.json").read_text()).items()},
            "eventType": "call.transferred",
            "data": {"to": "+15550001111"},
        },
        {"eventType": "job.completed", "jobId": "abc", "data": [1, 2]},
        {"callId": "no-event-type"},
    ],
)
def test_an_unknown_event_type_gives_unknown_event_with_the_whole_payload(payload: Any) -> None:
    event = unwrap(payload)
    assert type(event) is UnknownEvent
    assert event.type == payload.get("eventType", "")
    assert event.raw == payload
    assert event.data == payload.get("data")


@pytest.mark.parametrize(
    "body", [b"{not json", b"", "\ud800", b"\xff\xfe", b"[1, 2]", b'"call.ended"', b"null"]
)
def test_a_malformed_body_raises_a_hamsa_error_not_a_value_error(body: Any) -> None:
    with pytest.raises(hamsa.HamsaError) as caught:
        unwrap(body)
    assert isinstance(caught.value, hamsa.WebhookPayloadError)
    assert not isinstance(caught.value, ValueError)
    assert SECRET not in str(caught.value)


def test_a_known_event_with_wrongly_typed_fields_raises_a_payload_error() -> None:
    payload = {**fixture("call.ended"), "data": {"data": "not an object"}}
    with pytest.raises(hamsa.WebhookPayloadError):
        unwrap(payload)
    with pytest.raises(hamsa.WebhookPayloadError):
        unwrap({**fixture("call.started"), "timestamp": "yesterday"})


def test_stale_events_are_refused_when_a_tolerance_is_set() -> None:
    now = datetime(2025, 6, 12, 9, 20, tzinfo=UTC)  # 2.5 minutes after the call.ended example
    payload = fixture("call.ended")
    assert isinstance(unwrap(payload, now=now), CallEnded)  # no tolerance: any age
    assert isinstance(unwrap(payload, tolerance=timedelta(minutes=5), now=now), CallEnded)
    assert isinstance(unwrap(payload, tolerance=300, now=now), CallEnded)
    for tolerance in (timedelta(minutes=1), 60, 60.0):
        with pytest.raises(hamsa.WebhookVerificationError, match="older than the tolerance"):
            unwrap(payload, tolerance=tolerance, now=now)
    with pytest.raises(hamsa.WebhookVerificationError, match="no valid timestamp"):
        unwrap({k: v for k, v in payload.items() if k != "timestamp"}, tolerance=300, now=now)


def test_the_tolerance_uses_the_real_clock_by_default() -> None:
    fresh = hamsa.testing.webhook_event("call.started", auth_key=KEY, auth_secret=SECRET)
    assert isinstance(unwrap(fresh.body, tolerance=30), CallStarted)
    old = hamsa.testing.webhook_event(
        "call.started",
        auth_key=KEY,
        auth_secret=SECRET,
        timestamp=datetime.now(UTC) - timedelta(hours=1),
    )
    with pytest.raises(hamsa.WebhookVerificationError):
        unwrap(old.body, tolerance=timedelta(minutes=5))


def test_deduplication_keys_are_stable_and_distinct() -> None:
    events = [unwrap(fixture(name)) for name in TYPES]
    again = [unwrap(json.dumps(fixture(name)).encode()) for name in TYPES]
    assert [e.key for e in events] == [e.key for e in again]  # a redelivery: same keys
    assert len({e.key for e in events}) == len(events)
    started = events[0]
    assert started.key == (
        "4f7c2a9e-1b3d-4c8e-9a6f-2d5b8e1c7a30:call.started:2025-06-12T09:15:02.120Z"
    )
    later = unwrap({**fixture("transcription.update"), "timestamp": "2025-06-12T09:15:10.000Z"})
    assert later.key != events[2].key  # the same type later in the call is another event
    assert unwrap({"eventType": "x.y", "callId": "c", "timestamp": "t"}).key == "c:x.y:t"


def test_events_survive_copy_and_pickle_and_compare_by_value() -> None:
    for name in TYPES:
        event = unwrap(fixture(name))
        assert pickle.loads(pickle.dumps(event)) == event
        assert copy.deepcopy(event) == event


def test_webhook_event_builds_a_valid_delivery_for_unit_tests(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    built = hamsa.testing.webhook_event(
        "call.ended",
        call_id="call-1",
        auth_key=KEY,
        auth_secret=SECRET,
        transcript=[("Agent", "Hello"), ("User", "Hi")],
        outcome={"booked": True},
    )
    assert SECRET not in repr(built)
    event = unwrap(built.body)
    assert isinstance(event, CallEnded)
    assert (event.call_id, event.transcript, event.outcome) == (
        "call-1",
        [("Agent", "Hello"), ("User", "Hi")],
        {"booked": True},
    )
    assert built.payload["data"]["data"]["conversationId"] == "call-1"  # documented nesting
    webhooks.verify(built.headers, auth_key=KEY, auth_secret=SECRET)
    # With the client's environment variables, the defaults match the client.
    monkeypatch.setenv("HAMSA_WEBHOOK_AUTH_KEY", "Bearer")
    monkeypatch.setenv("HAMSA_WEBHOOK_AUTH_SECRET", "env-secret")
    from_env = hamsa.testing.webhook_event("tool.executed")
    assert isinstance(
        hamsa.Hamsa(api_key="k").webhooks.unwrap(from_env.body, from_env.headers), ToolExecuted
    )
    for name in TYPES:
        assert (
            type(unwrap(hamsa.testing.webhook_event(name, auth_secret=SECRET, auth_key=KEY).body))
            is TYPES[name]
        )

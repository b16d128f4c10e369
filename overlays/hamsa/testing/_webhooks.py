"""Webhooks in hamsa.testing: the events a mock call sends as it moves through its lifecycle, the
background sender that POSTs them (loopback only), and webhook_event() for users' unit tests."""

from __future__ import annotations

import ipaddress
import json
import os
import queue
import threading
import time
import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, Final
from urllib.parse import urlsplit

import attrs
import httpx

from ._state import MockCall, timestamp

__all__ = [
    "DEFAULT_WEBHOOK_SECRET",
    "WebhookDelivery",
    "WebhookRequest",
    "WebhookSender",
    "lifecycle_events",
    "webhook_event",
]

DEFAULT_WEBHOOK_KEY: Final = "Token"
DEFAULT_WEBHOOK_SECRET: Final = "hamsa-test-webhook-secret"
EVENT_TYPES: Final = (
    "call.started",
    "call.answered",
    "transcription.update",
    "tool.executed",
    "call.ended",
)
RECORDINGS_URL: Final = "https://example.com/hamsa-mock/recordings"
USER_REPLY: Final = "Yes, that works for me. Thank you!"
REDACTED: Final = "REDACTED"


# --- payloads ----------------------------------------------------------------------------------


def _envelope(
    event_type: str,
    *,
    call_id: str,
    when: str,
    project_id: str,
    agent_id: str | None,
    agent_name: str | None,
    data: dict[str, Any],
) -> dict[str, Any]:
    payload: dict[str, Any] = {"eventType": event_type, "callId": call_id, "timestamp": when}
    payload["projectId"] = project_id
    if agent_id is not None:
        payload["agentId"] = agent_id
    if agent_name is not None:
        payload["agentName"] = agent_name
    payload["data"] = data
    return payload


def _call_ended_data(
    when: str,
    *,
    conversation_id: str,
    transcript: list[tuple[str, str]],
    outcome: dict[str, Any],
    recording_url: str | None,
) -> dict[str, Any]:
    # As documented: the details nest once more, in data.data.
    return {
        "timestamp": when,
        "data": {
            "conversationId": conversation_id,
            "conversationRecording": recording_url,
            "transcription": [{speaker: text} for speaker, text in transcript],
            "outcomeResult": outcome,
        },
    }


def _greeting(call: MockCall) -> str:
    greeting = call.agent_details.get("greetingMessage")
    name = call.agent_details.get("agentName") or "your assistant"
    return greeting if isinstance(greeting, str) and greeting else f"Hi! This is {name}."


def lifecycle_events(
    call: MockCall, status: str, *, project_id: str, final_statuses: frozenset[str]
) -> list[dict[str, Any]]:
    """The events a call's move to ``status`` sends, in order (the mock's own choice of
    contents where Hamsa documents none)."""
    when = timestamp(datetime.now(UTC))
    agent_name = call.agent_details.get("agentName")
    common: dict[str, Any] = {
        "call_id": call.id,
        "when": when,
        "project_id": project_id,
        "agent_id": call.voice_agent_id,
        "agent_name": agent_name if isinstance(agent_name, str) else None,
    }
    events: list[dict[str, Any]] = []
    previous = [state for state, _ in call.history[:-1]]
    if "IN_PROGRESS" not in previous and status != "PENDING":
        events.append(_envelope("call.started", data={"timestamp": when}, **common))
    if status == "IN_PROGRESS":
        greeting = {"timestamp": when, "speaker": "Agent", "text": _greeting(call)}
        events.append(_envelope("call.answered", data={"timestamp": when}, **common))
        events.append(_envelope("transcription.update", data=greeting, **common))
    if status in final_statuses:
        answered = "IN_PROGRESS" in previous and status == "COMPLETED"
        transcript = [("Agent", _greeting(call)), ("User", USER_REPLY)] if answered else []
        if answered:
            reply = {"timestamp": when, "speaker": "User", "text": USER_REPLY}
            events.append(_envelope("transcription.update", data=reply, **common))
        params = call.agent_details.get("params")
        outcome = {**(params if isinstance(params, dict) else {}), "status": status}
        data = _call_ended_data(
            when,
            conversation_id=call.id,
            transcript=transcript,
            outcome=outcome,
            recording_url=f"{RECORDINGS_URL}/{call.id}.mp3" if answered else None,
        )
        events.append(_envelope("call.ended", data=data, **common))
    return events


@attrs.frozen
class WebhookRequest:
    """A delivery as your endpoint receives it: the JSON ``body`` and the ``headers``."""

    body: bytes
    headers: dict[str, str] = attrs.field(repr=False)  # holds the secret
    payload: dict[str, Any] = attrs.field(repr=False)


def webhook_event(
    event_type: str,
    *,
    call_id: str | None = None,
    timestamp: datetime | str | None = None,
    data: Mapping[str, Any] | None = None,
    auth_key: str | None = None,
    auth_secret: str | None = None,
    project_id: str = "00000000-0000-4000-8000-00000000a001",
    agent_id: str = "00000000-0000-4000-8000-00000000a002",
    agent_name: str = "Support",
    transcript: list[tuple[str, str]] | None = None,
    outcome: Mapping[str, Any] | None = None,
    recording_url: str | None = "https://example.com/recordings/call.mp3",
) -> WebhookRequest:
    """A valid delivery of ``event_type`` for your unit tests: body bytes plus headers with
    ``Authorization: <auth_key> <auth_secret>``.

    The secrets default to HAMSA_WEBHOOK_AUTH_KEY / HAMSA_WEBHOOK_AUTH_SECRET, else "Token" /
    "hamsa-test-webhook-secret". ``data`` replaces the event's ``data`` as given; for
    ``call.ended`` it is otherwise built (documented ``data.data`` nesting) from
    ``transcript``, ``outcome`` and ``recording_url``. Any ``event_type`` is accepted, so
    you can test your handling of types you don't know yet.
    """
    key = (
        auth_key
        if auth_key is not None
        else os.environ.get("HAMSA_WEBHOOK_AUTH_KEY", DEFAULT_WEBHOOK_KEY)
    )
    secret = (
        auth_secret
        if auth_secret is not None
        else os.environ.get("HAMSA_WEBHOOK_AUTH_SECRET", DEFAULT_WEBHOOK_SECRET)
    )
    if isinstance(timestamp, datetime):
        when = _iso(timestamp)
    else:
        when = timestamp if timestamp is not None else _iso(datetime.now(UTC))
    call = call_id if call_id is not None else str(uuid.uuid4())
    if data is not None:
        body_data = dict(data)
    elif event_type == "call.ended":
        turns = transcript if transcript is not None else [("Agent", "Hi!"), ("User", "Hello.")]
        body_data = _call_ended_data(
            when,
            conversation_id=call,
            transcript=turns,
            outcome=dict(outcome or {}),
            recording_url=recording_url,
        )
    elif event_type == "transcription.update":
        body_data = {"timestamp": when, "speaker": "Agent", "text": "Hi!"}
    elif event_type == "tool.executed":
        body_data = {"timestamp": when, "toolName": "lookup", "parameters": {}, "result": {}}
    else:
        body_data = {"timestamp": when}
    payload = _envelope(
        event_type,
        call_id=call,
        when=when,
        project_id=project_id,
        agent_id=agent_id,
        agent_name=agent_name,
        data=body_data,
    )
    headers = {"Content-Type": "application/json", "Authorization": _authorization(key, secret)}
    return WebhookRequest(json.dumps(payload).encode("utf-8"), headers, payload)


def _iso(moment: datetime) -> str:
    return timestamp(moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC))


def _authorization(key: str | None, secret: str) -> str:
    return f"{key} {secret}" if key else secret


# --- delivery ----------------------------------------------------------------------------------


@attrs.frozen
class WebhookDelivery:
    """One attempt to deliver one event: ``status`` is the receiver's HTTP status (None when no
    answer came: ``error`` says why). The Authorization header is not kept."""

    event_type: str
    call_id: str
    url: str
    attempt: int  # 1 for the first try
    status: int | None
    error: str | None
    payload: dict[str, Any] = attrs.field(repr=False)

    @property
    def ok(self) -> bool:
        return self.status is not None and 200 <= self.status < 300


def is_loopback_url(url: str) -> bool:
    """http(s) to 127.0.0.0/8, ::1 or localhost: the only places the mock delivers to."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        return False
    if parts.scheme not in ("http", "https"):
        return False
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@attrs.frozen
class _Job:
    url: str
    authorization: str | None
    payload: dict[str, Any]


class WebhookSender:
    """POSTs events from one background thread, in the order they were queued (so in order
    per call), retrying a failed delivery ``retries`` times; never blocks the mock's lock."""

    def __init__(self, *, retries: int, retry_delay: float, timeout: float) -> None:
        if retries < 0:
            raise ValueError(f"webhook_retries must be >= 0, got {retries!r}")
        self._retries = retries
        self._retry_delay = retry_delay
        self._timeout = timeout
        self._queue: queue.Queue[_Job | None] = queue.Queue()
        self._deliveries: list[WebhookDelivery] = []
        self._settled = 0  # events delivered, or given up on
        self._changed = threading.Condition()
        self._thread: threading.Thread | None = None
        self._start_lock = threading.Lock()

    def send(self, url: str, authorization: str | None, payload: dict[str, Any]) -> None:
        self._ensure_running()
        self._queue.put(_Job(url, authorization, payload))

    @property
    def deliveries(self) -> list[WebhookDelivery]:
        with self._changed:
            return list(self._deliveries)

    def wait(self, count: int, timeout: float) -> list[WebhookDelivery]:
        deadline = time.monotonic() + timeout
        with self._changed:
            while self._settled < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(
                        f"{self._settled} webhook event(s) settled within {timeout} s, "
                        f"expected {count}; attempts so far: {self._deliveries!r}"
                    )
                self._changed.wait(left)
            return list(self._deliveries)

    def stop(self) -> None:
        thread = self._thread
        if thread is not None and thread.is_alive():
            self._queue.put(None)
            thread.join(timeout=self._timeout * (self._retries + 1) + 1)
        self._thread = None

    def _ensure_running(self) -> None:
        with self._start_lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(
                    target=self._run, name="MockHamsa-webhooks", daemon=True
                )
                self._thread.start()

    def _run(self) -> None:
        # trust_env=False: a proxy from the environment must not see loopback deliveries.
        with httpx.Client(timeout=self._timeout, trust_env=False) as http:
            while True:
                job = self._queue.get()
                if job is None:
                    return
                self._deliver(http, job)

    def _deliver(self, http: httpx.Client, job: _Job) -> None:
        headers = {"Content-Type": "application/json", "User-Agent": "hamsa-mock-webhooks"}
        if job.authorization is not None:
            headers["Authorization"] = job.authorization
        body = json.dumps(job.payload).encode("utf-8")
        event_type = str(job.payload.get("eventType"))
        call_id = str(job.payload.get("callId"))
        attempts = 1 if not is_loopback_url(job.url) else self._retries + 1
        for attempt in range(1, attempts + 1):
            status: int | None = None
            error: str | None = None
            if not is_loopback_url(job.url):
                error = "refused: MockHamsa delivers webhooks to loopback hosts only"
            else:
                try:
                    status = http.post(job.url, content=body, headers=headers).status_code
                except httpx.HTTPError as failure:
                    error = f"{type(failure).__name__}: {failure}"
            record = WebhookDelivery(
                event_type, call_id, job.url, attempt, status, error, job.payload
            )
            done = record.ok or attempt == attempts
            with self._changed:
                self._deliveries.append(record)
                if done:
                    self._settled += 1
                self._changed.notify_all()
            if done:
                return
            time.sleep(self._retry_delay)

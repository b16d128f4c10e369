"""hamsa.webhooks: verify Hamsa's webhook deliveries and parse them into typed events.

    import hamsa
    from hamsa.webhooks import CallEnded

    event = hamsa.webhooks.unwrap(body, headers, auth_key="Token", auth_secret=SECRET)
    match event:
        case CallEnded(recording_url=url):
            ...

Hamsa sends every event as a JSON POST with the header ``Authorization: <authKey> <authSecret>``
(the agent's or the call's ``webhookAuth``). The events and their shapes are declared in the
``webhooks:`` section of spec/v1.yaml; the models they parse with are generated from it
(hamsa.v1.models.*WebhookEvent). This module is loaded only when used: ``import hamsa`` does not.
"""

from __future__ import annotations

import hmac
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeAlias

import attrs

from ._exceptions import HamsaError, WebhookPayloadError, WebhookVerificationError
from ._json import loads
from ._parsing import PARSE_FAILURES, ModelParseError
from .v1.models.call_ended_data import CallEndedData
from .v1.models.call_ended_details import CallEndedDetails
from .v1.models.call_ended_webhook_event import CallEndedWebhookEvent
from .v1.models.tool_executed_data import ToolExecutedData
from .v1.models.transcription_update_data import TranscriptionUpdateData
from .v1.models.webhook_event import WebhookEvent as WebhookEnvelope
from .v1.models.webhook_event_data import WebhookEventData

if TYPE_CHECKING:
    from ._base_client import _BaseAPIClient

__all__ = [
    "AUTH_KEY_ENV",
    "AUTH_SECRET_ENV",
    "CallAnswered",
    "CallEnded",
    "CallStarted",
    "Event",
    "MissingWebhookSecretError",
    "ToolExecuted",
    "TranscriptionUpdate",
    "UnknownEvent",
    "WebhookEvent",
    "WebhookPayloadError",
    "WebhookVerificationError",
    "Webhooks",
    "unwrap",
    "verify",
]

AUTH_KEY_ENV = "HAMSA_WEBHOOK_AUTH_KEY"
AUTH_SECRET_ENV = "HAMSA_WEBHOOK_AUTH_SECRET"

HeadersLike: TypeAlias = Mapping[str, str] | Iterable[tuple[str, str]] | Any
"""A dict, httpx.Headers, starlette/werkzeug headers, or a list of (name, value) pairs."""


class MissingWebhookSecretError(HamsaError, ValueError):
    """No webhook secret to verify with: a configuration error, not a bad delivery."""

    def __init__(self) -> None:
        super().__init__(
            "No webhook secret: pass auth_secret=... (client: webhook_auth_secret=...) or set "
            f"{AUTH_SECRET_ENV} (and {AUTH_KEY_ENV}, the word before it, e.g. 'Token')."
        )


# --- verification ------------------------------------------------------------------------------


def _header_values(headers: HeadersLike, name: str) -> list[str]:
    """Every value of header `name` (case-insensitive), from any common headers object."""
    wanted = name.lower()
    items: Iterable[Any]
    if isinstance(headers, Mapping) or callable(getattr(headers, "items", None)):
        getter = getattr(headers, "get_list", None) or getattr(headers, "getlist", None)
        if callable(getter):  # httpx.Headers / starlette / werkzeug keep repeated headers apart
            values = list(getter(name)) or list(getter(wanted))
            if values:
                return [_text(v) for v in values]
        items = headers.items()  # type: ignore[union-attr]  # checked just above
    else:
        items = headers
    found = []
    for pair in items:
        key, value = pair
        if _text(key).lower() == wanted:
            found.append(_text(value))
    return found


def _text(value: object) -> str:
    if isinstance(value, bytes | bytearray):
        return bytes(value).decode("latin-1")
    return str(value)


def _expected(auth_key: str | None, auth_secret: str | None) -> str:
    if not auth_secret:
        raise MissingWebhookSecretError()
    return f"{auth_key.strip()} {auth_secret}" if auth_key and auth_key.strip() else auth_secret


def verify(headers: HeadersLike, *, auth_key: str | None, auth_secret: str | None) -> None:
    """Check a delivery's ``Authorization: <auth_key> <auth_secret>`` header, in constant time.

    ``headers`` is any mapping of the request's headers (names match case-insensitively) or
    a list of (name, value) pairs. Raises hamsa.WebhookVerificationError when the header is
    missing, repeated or different; its message never contains either value.
    """
    expected = _expected(auth_key, auth_secret)
    values = _header_values(headers, "Authorization")
    if not values:
        raise WebhookVerificationError("The webhook request has no Authorization header.")
    if len(values) > 1:
        raise WebhookVerificationError(
            "The webhook request has more than one Authorization header."
        )
    received = values[0].strip()
    # Compared as bytes: compare_digest refuses non-ASCII str, and a sender may use any bytes.
    if not hmac.compare_digest(received.encode("utf-8"), expected.encode("utf-8")):
        raise WebhookVerificationError(
            "The webhook request's Authorization header does not match the configured "
            "webhook auth key and secret."
        )


# --- events ------------------------------------------------------------------------------------


def _parse_timestamp(value: object) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


@attrs.frozen(kw_only=True)
class Event:
    """What every event carries (the documented envelope). ``raw`` is the whole payload."""

    type: str
    call_id: str | None = None
    timestamp: datetime | None = None
    project_id: str | None = None
    agent_id: str | None = None
    agent_name: str | None = None
    raw: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)

    @property
    def key(self) -> str:
        """Stable across redeliveries of one event: "<call id>:<event type>:<timestamp>".
        Store it to skip an event you have handled already."""
        stamp = self.raw.get("timestamp")
        return f"{self.call_id or ''}:{self.type}:{stamp if isinstance(stamp, str) else ''}"


@attrs.frozen(kw_only=True)
class CallStarted(Event):
    """``call.started``: the call started. ``data`` holds what Hamsa sent (not documented)."""

    type: Literal["call.started"] = "call.started"
    data: WebhookEventData | None = None


@attrs.frozen(kw_only=True)
class CallAnswered(Event):
    """``call.answered``: the person called picked up."""

    type: Literal["call.answered"] = "call.answered"
    data: WebhookEventData | None = None


@attrs.frozen(kw_only=True)
class TranscriptionUpdate(Event):
    """``transcription.update``: a new line of the transcript (``speaker``/``text`` are not
    documented by Hamsa; None when absent)."""

    type: Literal["transcription.update"] = "transcription.update"
    speaker: str | None = None
    text: str | None = None
    data: TranscriptionUpdateData | None = None


@attrs.frozen(kw_only=True)
class ToolExecuted(Event):
    """``tool.executed``: the agent ran a tool (the fields of ``data`` are not documented)."""

    type: Literal["tool.executed"] = "tool.executed"
    tool_name: str | None = None
    parameters: dict[str, Any] = attrs.field(factory=dict)
    result: Any = None
    data: ToolExecutedData | None = None


@attrs.frozen(kw_only=True)
class CallEnded(Event):
    """``call.ended``: the call is over. The documented ``data.data`` nesting is flattened:
    ``conversation_id``, ``recording_url``, ``transcript`` as (speaker, text) turns and
    ``outcome`` (the params the call started with, plus the extracted outcome fields)."""

    type: Literal["call.ended"] = "call.ended"
    conversation_id: str | None = None
    recording_url: str | None = None
    transcript: list[tuple[str, str]] = attrs.field(factory=list)
    outcome: dict[str, Any] = attrs.field(factory=dict)
    ended_at: datetime | None = None
    details: CallEndedDetails | None = None


@attrs.frozen(kw_only=True)
class UnknownEvent(Event):
    """An event type this SDK version does not know; ``raw`` keeps the whole payload."""

    data: Any = None


WebhookEvent: TypeAlias = (
    CallStarted | CallAnswered | TranscriptionUpdate | ToolExecuted | CallEnded | UnknownEvent
)


def _str_or_none(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _envelope(payload: dict[str, Any]) -> dict[str, Any]:
    model = WebhookEnvelope.from_dict(payload)
    return {
        "call_id": _str_or_none(model.call_id),
        "timestamp": _parse_timestamp(payload.get("timestamp")),
        "project_id": _str_or_none(model.project_id),
        "agent_id": _str_or_none(model.agent_id),
        "agent_name": _str_or_none(model.agent_name),
        "raw": payload,
    }


def _object(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _turns(items: object) -> list[tuple[str, str]]:
    """[{"Agent": "Hi"}, {"User": "Hello"}] -> [("Agent", "Hi"), ("User", "Hello")]."""
    turns: list[tuple[str, str]] = []
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict):
            turns.extend((str(speaker), str(text)) for speaker, text in item.items())
    return turns


def _call_ended(payload: dict[str, Any], common: dict[str, Any]) -> CallEnded:
    data = _object(payload.get("data"))
    # Documented: the details sit in data.data. Accept them one level up too.
    inner = data.get("data")
    details_dict = inner if isinstance(inner, dict) else data
    CallEndedData.from_dict(data)  # checks the documented types
    CallEndedWebhookEvent.from_dict(payload)
    details = CallEndedDetails.from_dict(details_dict)
    recording = details_dict.get("conversationRecording") or details_dict.get("recordingUrl")
    return CallEnded(
        **common,
        conversation_id=_str_or_none(details.conversation_id) or common["call_id"],
        recording_url=_str_or_none(recording),
        transcript=_turns(details_dict.get("transcription")),
        outcome=dict(_object(details_dict.get("outcomeResult"))),
        ended_at=_parse_timestamp(data.get("timestamp")) or common["timestamp"],
        details=details,
    )


def _build(payload: dict[str, Any]) -> WebhookEvent:
    event_type = payload.get("eventType")
    if event_type not in _KNOWN:
        return UnknownEvent(
            type=event_type if isinstance(event_type, str) else "",
            call_id=_str_or_none(payload.get("callId")),
            timestamp=_parse_timestamp(payload.get("timestamp")),
            project_id=_str_or_none(payload.get("projectId")),
            agent_id=_str_or_none(payload.get("agentId")),
            agent_name=_str_or_none(payload.get("agentName")),
            raw=payload,
            data=payload.get("data"),
        )
    common = _envelope(payload)
    data = payload.get("data")
    if event_type == "call.ended":
        return _call_ended(payload, common)
    if event_type == "transcription.update":
        update = TranscriptionUpdateData.from_dict(_object(data))
        return TranscriptionUpdate(
            **common,
            speaker=_str_or_none(update.speaker),
            text=_str_or_none(update.text),
            data=update,
        )
    if event_type == "tool.executed":
        tool = ToolExecutedData.from_dict(_object(data))
        return ToolExecuted(
            **common,
            tool_name=_str_or_none(tool.tool_name),
            parameters=dict(_object(_object(data).get("parameters"))),
            result=_object(data).get("result"),
            data=tool,
        )
    plain = WebhookEventData.from_dict(_object(data)) if isinstance(data, dict) else None
    if event_type == "call.started":
        return CallStarted(**common, data=plain)
    return CallAnswered(**common, data=plain)


_KNOWN: frozenset[str] = frozenset(
    {"call.started", "call.answered", "transcription.update", "tool.executed", "call.ended"}
)


def parse(body: bytes | bytearray | memoryview | str) -> WebhookEvent:
    """Parse a delivery's body into its typed event, without verifying it (use unwrap).

    Raises WebhookPayloadError for a body that is not a JSON object, or whose documented
    fields have the wrong type; an unknown event type gives UnknownEvent.
    """
    try:
        payload = loads(body.encode("utf-8") if isinstance(body, str) else bytes(body))
    except (ValueError, UnicodeDecodeError, TypeError):
        raise WebhookPayloadError("The webhook body is not valid JSON.") from None
    if not isinstance(payload, dict):
        raise WebhookPayloadError(
            f"The webhook body is JSON but not an object (got {type(payload).__name__})."
        )
    try:
        return _build(payload)
    except ModelParseError as error:
        raise WebhookPayloadError(f"The webhook body does not match its event: {error}") from None
    except PARSE_FAILURES as error:
        raise WebhookPayloadError(
            f"The webhook body does not match its event: {type(error).__name__}"
        ) from None


def _tolerance(tolerance: timedelta | float | None) -> timedelta | None:
    if tolerance is None:
        return None
    window = tolerance if isinstance(tolerance, timedelta) else timedelta(seconds=tolerance)
    if window < timedelta(0):
        raise ValueError("tolerance must not be negative")
    return window


def _check_fresh(event: WebhookEvent, window: timedelta | None, now: datetime | None) -> None:
    if window is None:
        return
    if event.timestamp is None:
        raise WebhookVerificationError(
            "The webhook event has no valid timestamp, so its age can't be checked."
        )
    age = (now or datetime.now(UTC)) - event.timestamp
    if age > window:
        raise WebhookVerificationError(
            f"The webhook event is {age.total_seconds():.0f} s old, older than the tolerance "
            f"of {window.total_seconds():g} s."
        )


def unwrap(
    body: bytes | bytearray | memoryview | str,
    headers: HeadersLike,
    *,
    auth_key: str | None,
    auth_secret: str | None,
    tolerance: timedelta | float | None = None,
    now: datetime | None = None,
) -> WebhookEvent:
    """Verify a delivery (see verify), then parse its body into a typed event.

    Args:
        body: The raw request body, bytes or str.
        headers: The request's headers (any mapping, or (name, value) pairs).
        auth_key: The word before the secret (the webhookAuth ``authKey``), e.g. "Token".
        auth_secret: The webhookAuth ``authSecret``.
        tolerance: Refuse (WebhookVerificationError) events older than this (a timedelta or
            seconds); None, the default, accepts any age.
        now: The current time, for tests (default: the system clock).

    Returns CallStarted, CallAnswered, TranscriptionUpdate, ToolExecuted, CallEnded, or
    UnknownEvent for an event type this SDK version does not know.
    """
    window = _tolerance(tolerance)
    verify(headers, auth_key=auth_key, auth_secret=auth_secret)
    event = parse(body)
    _check_fresh(event, window, now)
    return event


class Webhooks:
    """``client.webhooks``: unwrap and verify with the secrets set on the client
    (``webhook_auth_key``/``webhook_auth_secret``, or HAMSA_WEBHOOK_AUTH_KEY/_SECRET)."""

    _MASK: ClassVar[str] = "***"

    def __init__(self, client: _BaseAPIClient[Any]) -> None:
        self._client = client

    def __repr__(self) -> str:
        configured = self._secret() is not None
        return (
            f"Webhooks(auth_key={self._key()!r}, auth_secret={self._MASK if configured else None})"
        )

    def _key(self) -> str | None:
        key: str | None = getattr(self._client, "_webhook_auth_key", None)
        return key

    def _secret(self) -> str | None:
        secret: str | None = getattr(self._client, "_webhook_auth_secret", None)
        return secret

    def verify(self, headers: HeadersLike) -> None:
        """hamsa.webhooks.verify with the client's webhook secrets."""
        verify(headers, auth_key=self._key(), auth_secret=self._secret())

    def unwrap(
        self,
        body: bytes | bytearray | memoryview | str,
        headers: HeadersLike,
        *,
        tolerance: timedelta | float | None = None,
        now: datetime | None = None,
    ) -> WebhookEvent:
        """hamsa.webhooks.unwrap with the client's webhook secrets."""
        return unwrap(
            body,
            headers,
            auth_key=self._key(),
            auth_secret=self._secret(),
            tolerance=tolerance,
            now=now,
        )

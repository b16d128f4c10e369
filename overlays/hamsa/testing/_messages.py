"""What MockHamsa receives and answers: requests, responses, the API's JSON envelopes, and the
error a handler raises to answer with an error envelope."""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping, Sequence
from http import HTTPStatus
from typing import Any, Literal, TypeVar

import attrs

__all__ = [
    "ApiError",
    "MockRequest",
    "MockResponse",
    "RecordedRequest",
    "error_body",
    "json_copy",
    "message_key_for",
    "ok",
]

JSON_CONTENT_TYPE = "application/json"


@attrs.frozen
class MockResponse:
    """One HTTP answer: a status, a body and extra headers.

    ``body`` is JSON (None: no body), or bytes sent as they are, e.g. a file download, with
    ``content_type`` naming their media type.
    """

    status: int
    body: Any = None
    headers: Mapping[str, str] = attrs.field(factory=dict)
    content_type: str = JSON_CONTENT_TYPE
    chunks: int = 0
    """More than 0: sent with ``Transfer-Encoding: chunked`` in this many pieces, each flushed
    as it is written (a streamed answer, such as /v1/realtime/tts-stream's audio)."""

    def encode(self) -> bytes:
        if self.body is None:
            return b""
        if isinstance(self.body, bytes):
            return self.body
        text = json.dumps(self.body, ensure_ascii=False, allow_nan=False)
        try:
            return text.encode()
        except UnicodeEncodeError:
            # A lone surrogate ("\ud800", valid in a JSON string) has no UTF-8 form: escape it.
            return json.dumps(self.body, allow_nan=False).encode()


T = TypeVar("T")
_ATOMS = (str, int, float, bool, type(None))


def json_copy(value: T) -> T:
    """A deep copy of JSON data. The mock copies what it stores and what it answers on every
    request; copy.deepcopy's memo and dispatch cost several times more for plain JSON."""
    kind = type(value)
    if kind is dict:
        return {key: json_copy(item) for key, item in value.items()}  # type: ignore[attr-defined,return-value]
    if kind is list:
        return [json_copy(item) for item in value]  # type: ignore[attr-defined,return-value]
    if kind in _ATOMS:
        return value
    return copy.deepcopy(value)


def _reject_constant(name: str) -> Any:
    # Python's json accepts NaN and Infinity; JSON (and so the real API) does not.
    raise ValueError(f"{name} is not valid JSON")


@attrs.frozen
class MockRequest:
    """One HTTP request as a route handler sees it."""

    method: str
    path: str  # without the query string, still percent-encoded
    query: Mapping[str, str]  # the first value of each query parameter
    headers: Mapping[str, str]  # case-insensitive
    body: bytes
    path_params: Mapping[str, str] = attrs.field(factory=dict)  # decoded
    query_lists: Mapping[str, Sequence[str]] = attrs.field(factory=dict)  # every value, in order

    def json(self) -> Any:
        """The body parsed as JSON; an empty or malformed body answers 400."""
        if not self.body.strip():
            raise ApiError(400, "The request body must be a JSON object.", "InvalidRequestBody")
        try:
            return json.loads(self.body, parse_constant=_reject_constant)
        except (ValueError, RecursionError) as error:
            raise ApiError(
                400, f"The request body is not valid JSON: {error}", "InvalidJson"
            ) from None

    def json_or_none(self) -> Any:
        """The body parsed as JSON, or None when there is none or it is not JSON."""
        try:
            return self.json()
        except ApiError:
            return None


@attrs.frozen
class RecordedRequest:
    """A request that reached MockHamsa (see MockHamsa.requests), with every secret masked.

    ``Authorization`` reads ``"Token REDACTED"`` (the scheme word kept), and so does any other
    credential header; a query parameter or body field holding a secret reads ``"REDACTED"``:
    each field the spec marks ``format: password`` at any depth (``llm.apiKey``,
    ``webhookAuth.authSecret``, a web tool's ``authToken``...) and a web tool's credential
    headers (``httpHeaders.Authorization``, ``X-API-Key``...). Those values are masked wherever
    else they appear too. ``sent(secret)`` tells whether the request carried a secret without
    the request keeping it.
    """

    method: str
    path: str
    query: Mapping[str, str]
    headers: Mapping[str, str]
    json: Any  # the parsed body; None when there was none or it was not JSON
    status: int  # the status MockHamsa answered (or began to answer, for a dropped connection)
    fault: Literal["fail", "reset"] | None = None  # the injected fault that answered, if any
    secret_digests: frozenset[bytes] = attrs.field(factory=frozenset, repr=False, eq=False)
    """Keyed digests of the secrets this request carried (see ``sent``)."""

    def sent(self, secret: str) -> bool:
        """True when this request carried ``secret``: the API key (with or without its scheme
        word), or a value under a secret field or credential header anywhere in it."""
        from ._masking import digest

        return isinstance(secret, str) and bool(secret) and digest(secret) in self.secret_digests


def message_key_for(status: int) -> str:
    """A messageKey for a bare HTTP status: 429 -> "TooManyRequests"."""
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        return f"Http{status}"
    return "".join(word[:1].upper() + word[1:] for word in phrase.replace("-", " ").split())


def error_body(message: str, message_key: str, **extra: Any) -> dict[str, Any]:
    """The documented error envelope."""
    return {"success": False, "message": message, "messageKey": message_key, **extra}


class ApiError(Exception):
    """Raised by a route handler to answer with the error envelope."""

    def __init__(
        self,
        status: int,
        message: str,
        message_key: str,
        *,
        errors: Sequence[Mapping[str, str]] = (),
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.message_key = message_key
        self.errors = [dict(item) for item in errors]
        self.headers = dict(headers or {})

    def response(self) -> MockResponse:
        extra = {"errors": self.errors} if self.errors else {}
        body = error_body(self.message, self.message_key, **extra)
        return MockResponse(self.status, body, self.headers)


def ok(data: Any = None, *, message: str | None, message_key: str | None = None) -> MockResponse:
    """A 200 with the success envelope; ``message`` and ``data`` left out when None."""
    body: dict[str, Any] = {"success": True}
    if message is not None:
        body["message"] = message
    if message_key is not None:
        body["messageKey"] = message_key
    if data is not None:
        body["data"] = data
    return MockResponse(200, body)

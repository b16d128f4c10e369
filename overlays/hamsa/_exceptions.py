"""The one error tree every hamsa operation raises.

Everything stored on an error, and every str()/repr() of it, is redacted:
errors end up in logs, tracebacks and bug reports.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from ._redact import find_secret_values, is_secret_key, redact_json, redact_text

if TYPE_CHECKING:
    import httpx

__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "HamsaError",
    "InternalServerError",
    "MissingAPIKeyError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RealtimeError",
    "RequestValidationError",
    "UnprocessableEntityError",
    "Violation",
    "WebhookPayloadError",
    "WebhookVerificationError",
    "make_status_error",
]

_REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid")
_EXCERPT_LIMIT = 200
_VALUE_REPR_LIMIT = 80


class HamsaError(Exception):
    """Base of every error raised by hamsa."""

    def __reduce__(self) -> tuple[object, ...]:
        # Exception's own pickling calls cls(*args), which fits no subclass with keyword-only
        # fields (NotFoundError needs response=): rebuild from the message and the fields.
        return (_rebuild, (type(self), self.args, self.__dict__))


def _rebuild(
    cls: type[HamsaError], args: tuple[object, ...], state: dict[str, object]
) -> HamsaError:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class MissingAPIKeyError(HamsaError):
    """No API key was given and none is set in the environment."""

    def __init__(self) -> None:
        super().__init__(
            "No Hamsa API key: pass api_key=... to the client "
            "or set the HAMSA_API_KEY environment variable."
        )


class ConfigurationError(HamsaError, ValueError):
    """A client setting or a per-call option is unusable (a timeout that never ends, a negative
    retry budget, an API key that isn't text...). Raised before anything is sent; the message
    never repeats the API key."""


class ClientClosedError(HamsaError, RuntimeError):
    """The client was closed, or an AsyncHamsa whose pool you supplied is used from another
    event loop: create a new client."""


# --- request side ------------------------------------------------------------


@dataclasses.dataclass(frozen=True, slots=True)
class Withheld:
    """Stands in a Violation for a value that may be a secret: only its type is kept."""

    type_name: str

    @classmethod
    def of(cls, value: object) -> Withheld:
        return value if isinstance(value, Withheld) else cls(type(value).__name__)

    def __repr__(self) -> str:
        return f"<{self.type_name}>"


@dataclasses.dataclass(frozen=True, slots=True)  # not attrs: see _base_client.RequestOptions
class Violation:
    """One documented constraint a request breaks."""

    path: str  # e.g. "call_settings.max_call_duration"
    value: object
    constraint: str  # e.g. "must be between 30 and 600"

    def __post_init__(self) -> None:
        # A secret field's value (say, a key that is too long) is never kept, only its type:
        # errors end up in logs and bug reports.
        if is_secret_key(self.path.rsplit(".", 1)[-1]) and self.value not in (None, ""):
            object.__setattr__(self, "value", Withheld.of(self.value))

    def __str__(self) -> str:
        return f"{self.path} = {_describe_value(self.value)}: {self.constraint}"


def _describe_value(value: object) -> str:
    text = repr(value)
    if len(text) > _VALUE_REPR_LIMIT:
        text = text[: _VALUE_REPR_LIMIT - 3] + "..."
    return text


class RequestValidationError(HamsaError, ValueError):
    """A request breaks documented constraints; raised before anything is sent."""

    violations: list[Violation]

    def __init__(self, violations: Iterable[Violation]) -> None:
        self.violations = list(violations)
        super().__init__("\n".join(str(v) for v in self.violations))


# --- network -------------------------------------------------------------------


class APIConnectionError(HamsaError):
    """The server could not be reached, or the connection failed mid-request."""

    request: httpx.Request | None

    def __init__(
        self, message: str = "Connection error.", *, request: httpx.Request | None = None
    ) -> None:
        self.request = request
        super().__init__(message)


class APITimeoutError(APIConnectionError):
    """A connect, write, read or pool timeout expired."""

    def __init__(
        self, message: str = "Request timed out.", *, request: httpx.Request | None = None
    ) -> None:
        super().__init__(message, request=request)


# --- HTTP status ---------------------------------------------------------------


class APIStatusError(HamsaError):
    """The server answered with a non-2xx status (after any retries)."""

    status_code: int
    message: str
    message_key: str | None
    body: object
    request_id: str | None
    response: httpx.Response

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object = None,
        message_key: str | None = None,
    ) -> None:
        echoed = find_secret_values(body)
        self.response = response
        self.status_code = response.status_code
        self.message = redact_text(message, echoed)
        self.message_key = None if message_key is None else redact_text(message_key, echoed)
        self.body = redact_json(body, secrets=echoed)
        self.request_id = _request_id(response.headers)
        super().__init__(self._summary())

    def _summary(self) -> str:
        text = f"HTTP {self.status_code}: {self.message}"
        if self.message_key:
            text += f" (messageKey: {self.message_key})"
        if self.request_id:
            text += f" [request id: {self.request_id}]"
        return text

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code}, "
            f"message={self.message!r}, message_key={self.message_key!r}, "
            f"request_id={self.request_id!r})"
        )


class BadRequestError(APIStatusError):
    """HTTP 400."""


class AuthenticationError(APIStatusError):
    """HTTP 401: missing or wrong API key, or the wrong auth scheme."""


class PermissionDeniedError(APIStatusError):
    """HTTP 403."""


class NotFoundError(APIStatusError):
    """HTTP 404."""


class ConflictError(APIStatusError):
    """HTTP 409."""


class UnprocessableEntityError(APIStatusError):
    """HTTP 422."""


class RateLimitError(APIStatusError):
    """HTTP 429."""


class InternalServerError(APIStatusError):
    """HTTP 5xx."""


_ERROR_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def make_status_error(response: httpx.Response, *, secrets: Iterable[str] = ()) -> APIStatusError:
    """Build the error for a non-2xx response whose body has been read.

    `secrets` (e.g. the client's API key) are scrubbed from the message and
    body too, in case the server echoes them back.
    """
    body = _parse_json(response)
    known = (*secrets, *find_secret_values(body))
    message, message_key = _envelope_fields(body)
    if message is None:
        reason = response.reason_phrase or f"HTTP {response.status_code}"
        excerpt = _text_excerpt(response.text) if body is None else ""
        message = f"{reason}: {excerpt}" if excerpt else reason
    if response.status_code >= 500:
        error_class: type[APIStatusError] = InternalServerError
    else:
        error_class = _ERROR_BY_STATUS.get(response.status_code, APIStatusError)
    return error_class(
        redact_text(message, known),
        response=response,
        body=redact_json(body, secrets=known),
        message_key=None if message_key is None else redact_text(message_key, known),
    )


def _parse_json(response: httpx.Response) -> object:
    if not response.content:
        return None
    try:
        return response.json()
    except (ValueError, RecursionError):  # not JSON (an HTML page from a proxy...), or hostile
        return None


def _envelope_fields(body: object) -> tuple[str | None, str | None]:
    if not isinstance(body, Mapping):
        return None, None
    message = _message_text(body.get("message") or body.get("error"))
    message_key = body.get("messageKey")
    return (message, message_key if isinstance(message_key, str) and message_key else None)


def _message_text(message: object) -> str | None:
    """The server's message in any JSON shape: a list of texts (a validation error's usual
    form) joined, anything else as compact JSON, cut to a readable length."""
    if message is None or message == "" or message == [] or message == {}:
        return None
    if isinstance(message, str):
        return message
    if isinstance(message, list) and all(isinstance(item, str) for item in message):
        text = "; ".join(message)
    else:
        text = json.dumps(message, ensure_ascii=False, default=str)
    return text if len(text) <= 2 * _EXCERPT_LIMIT else text[: 2 * _EXCERPT_LIMIT] + "…"


_SCRIPT_OR_STYLE = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>")


def _text_excerpt(text: str) -> str:
    # HTML error pages are mostly markup; keep only the words a person would read.
    words = _TAG.sub(" ", _SCRIPT_OR_STYLE.sub(" ", text)).split()
    excerpt = " ".join(words)
    if len(excerpt) > _EXCERPT_LIMIT:
        excerpt = excerpt[: _EXCERPT_LIMIT - 3] + "..."
    return excerpt


def _request_id(headers: Mapping[str, str]) -> str | None:
    for name in _REQUEST_ID_HEADERS:
        value = headers.get(name)
        if value:
            return value
    return None


# --- responses -----------------------------------------------------------------


class APIResponseValidationError(HamsaError):
    """A 2xx response that could not be parsed into the documented shape."""

    path: str
    response: httpx.Response | None
    body: object

    def __init__(
        self,
        message: str,
        *,
        path: str,
        response: httpx.Response | None = None,
        body: object = None,
    ) -> None:
        echoed = find_secret_values(body)
        self.path = path  # e.g. "data.callSettings.maxCallDuration"
        self.response = response
        self.body = redact_json(body, secrets=echoed)
        text = redact_text(message, echoed)
        super().__init__(f"{path}: {text}" if path else text)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(path={self.path!r}, message={str(self)!r})"


# --- realtime ------------------------------------------------------------------


class RealtimeError(HamsaError):
    """The realtime WebSocket answered a request with an error frame; ``message`` is the
    server's. (A closed or dead connection is an APIConnectionError / APITimeoutError.)"""

    message: str
    payload: object

    def __init__(self, message: str, *, payload: object = None) -> None:
        echoed = find_secret_values(payload)
        self.message = redact_text(message, echoed)
        self.payload = redact_json(payload, secrets=echoed)
        super().__init__(f"Realtime error: {self.message}")

    def __reduce__(self) -> tuple[type[RealtimeError], tuple[str], dict[str, object]]:
        return (type(self), (self.message,), {"payload": self.payload})


# --- webhooks ------------------------------------------------------------------


class WebhookVerificationError(HamsaError):
    """A webhook delivery failed verification: a missing or wrong Authorization header, or an
    event older than the tolerance. Answer it with 401; the message never holds a secret."""


class WebhookPayloadError(HamsaError):
    """A verified webhook delivery whose body is not a JSON object of the documented shape."""

"""What the sync and async realtime sessions share about the connection itself: where and how
to connect (the client's key, base URL, timeouts), a websockets logger that never shows the
key, and the translation of every websockets failure into the hamsa error tree.

Imported only when a realtime session is used: this is where `websockets` is loaded.
"""

from __future__ import annotations

import dataclasses
import logging
from typing import TYPE_CHECKING, Any

import httpx
from websockets.exceptions import ConnectionClosed, InvalidStatus, InvalidURI, WebSocketException

from ._base_client import NOT_GIVEN, NotGiven, _coerce_timeout, _shared_ssl_context, _user_agent
from ._exceptions import (
    APIConnectionError,
    APITimeoutError,
    ConfigurationError,
    HamsaError,
    make_status_error,
)
from ._logs import logger
from ._realtime_protocol import REALTIME_PATH
from ._redact import redact_text

if TYPE_CHECKING:
    from ._base_client import _BaseAPIClient

    _LoggerAdapter = logging.LoggerAdapter[logging.Logger]
else:
    _LoggerAdapter = logging.LoggerAdapter

__all__ = [
    "ConnectionSettings",
    "closed_error",
    "connect_options",
    "connection_settings",
    "is_failure",
    "log",
    "open_error",
    "silence_error",
    "websocket_url",
]

# Audio frames can be large; websockets' 1 MiB default would close the connection on one.
_MAX_MESSAGE_BYTES = 16 * 1024 * 1024
_KEEPALIVE_TIMEOUT_REASON = "keepalive ping timeout"
_CLOSE_TIMEOUT = 1.0


@dataclasses.dataclass(frozen=True, slots=True)
class ConnectionSettings:
    url: str
    headers: dict[str, str]  # holds the key: never logged or shown
    secrets: tuple[str, ...]
    open_timeout: float
    read_timeout: float
    ping_interval: float | None
    ping_timeout: float | None

    def __repr__(self) -> str:
        return f"ConnectionSettings(url={self.url!r})"


def websocket_url(base_url: str) -> str:
    """https://host/prefix -> wss://host/prefix/v1/realtime/ws (http -> ws)."""
    scheme, _, rest = base_url.partition("://")
    return f"{'wss' if scheme == 'https' else 'ws'}://{rest.rstrip('/')}{REALTIME_PATH}"


def connection_settings(
    client: _BaseAPIClient[Any],
    *,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ping_interval: float | None,
    ping_timeout: float | None,
) -> ConnectionSettings:
    for name, value in (("ping_interval", ping_interval), ("ping_timeout", ping_timeout)):
        if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
            raise ConfigurationError(f"{name} must be seconds (a number) or None, got {value!r}")
        if value is not None and not 0 < value < float("inf"):
            raise ConfigurationError(f"{name} must be a positive number of seconds, got {value!r}")
    chosen = _coerce_timeout(client.timeout if isinstance(timeout, NotGiven) else timeout)
    headers = {
        **{k: v for k, v in client._default_headers.items() if k.lower() != "x-api-key"},
        "User-Agent": _user_agent(),
        "X-Api-Key": client.api_key,
    }
    assert chosen.connect is not None and chosen.read is not None  # _coerce_timeout's promise
    return ConnectionSettings(
        url=websocket_url(client.base_url),
        headers=headers,
        secrets=(client.api_key,),
        open_timeout=chosen.connect,
        read_timeout=chosen.read,
        ping_interval=ping_interval,
        ping_timeout=ping_timeout,
    )


class _RedactingLogger(_LoggerAdapter):
    """websockets' own debug lines (handshake headers included) with the key masked."""

    def __init__(self, secrets: tuple[str, ...]) -> None:
        super().__init__(logging.getLogger("hamsa.realtime.websockets"), {})
        self._secrets = secrets

    def log(self, level: int, msg: object, *args: Any, **kwargs: Any) -> None:
        if not self.isEnabledFor(level):
            return
        try:
            text = str(msg) % args if args else str(msg)
        except (TypeError, ValueError):
            text = f"{msg} {args}"
        self.logger.log(level, "%s", redact_text(text, self._secrets), **kwargs)


def connect_options(settings: ConnectionSettings) -> dict[str, Any]:
    """Keyword arguments for websockets' connect() (sync and asyncio alike)."""
    options: dict[str, Any] = {
        "additional_headers": settings.headers,
        "user_agent_header": None,  # ours is in the headers
        "open_timeout": settings.open_timeout,
        "ping_interval": settings.ping_interval,
        "ping_timeout": settings.ping_timeout,
        # How long a close waits for the server's answer: short, or a dead connection would
        # hold the caller this long on top of the ping timeout.
        "close_timeout": min(_CLOSE_TIMEOUT, settings.open_timeout),
        "max_size": _MAX_MESSAGE_BYTES,
        "logger": _RedactingLogger(settings.secrets),
    }
    if settings.url.startswith("wss://"):
        options["ssl"] = _shared_ssl_context()  # httpx's CA bundle, loaded once per process
    return options


def log(settings: ConnectionSettings, message: str, *args: object) -> None:
    if logger.isEnabledFor(logging.INFO):
        text = message % args if args else message
        logger.info("realtime %s: %s", settings.url, redact_text(text, settings.secrets))


def open_error(error: BaseException, settings: ConnectionSettings) -> HamsaError:
    """The hamsa error for a failure to open the connection."""
    where = f"opening the realtime WebSocket {settings.url}"
    if isinstance(error, InvalidStatus):
        response = error.response
        http_response = httpx.Response(
            response.status_code,
            headers=list(response.headers.raw_items()),
            content=bytes(response.body or b""),
            request=httpx.Request("GET", settings.url.replace("ws", "http", 1)),
        )
        return make_status_error(http_response, secrets=settings.secrets)
    if isinstance(error, InvalidURI):
        return ConfigurationError(redact_text(f"{where}: {error}", settings.secrets))
    if isinstance(error, TimeoutError):
        return APITimeoutError(f"{where} timed out after {settings.open_timeout} s")
    if isinstance(error, ConnectionClosed):
        return closed_error(error, settings, "before the server's first message")
    text = redact_text(f"{where} failed: {type(error).__name__}: {error}", settings.secrets)
    return APIConnectionError(text)


def closed_error(
    error: ConnectionClosed, settings: ConnectionSettings, during: str
) -> APIConnectionError:
    """The hamsa error for a connection found closed (by the server, a dead network, or the
    keepalive that gave up on an unanswered ping)."""
    sent, received = error.sent, error.rcvd
    if received is None and sent is not None and sent.reason == _KEEPALIVE_TIMEOUT_REASON:
        return APITimeoutError(
            f"the realtime connection is dead: no answer to a ping within "
            f"{settings.ping_timeout} s ({during})"
        )
    if received is not None:
        reason = f", {received.reason!r}" if received.reason else ""
        what = f"the server closed the realtime connection (code {received.code}{reason})"
    elif sent is not None:
        what = f"the realtime connection was closed (code {sent.code})"
    else:
        what = "the realtime connection was lost without a close frame"
    return APIConnectionError(redact_text(f"{what} {during}", settings.secrets))


def is_failure(error: BaseException) -> bool:
    """Failures of the connection itself (as opposed to bugs), to translate."""
    return isinstance(error, WebSocketException | OSError | TimeoutError)


def silence_error(error: BaseException) -> None:
    """For cleanup paths: a failure while closing an already broken connection is expected."""
    logger.debug("realtime: ignored while closing: %s", type(error).__name__)

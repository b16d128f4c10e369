"""The "hamsa" logger and the few lines the runtime writes to it.

The library never configures logging for the application; HAMSA_LOG=debug|info
is an opt-in shortcut that adds one stderr handler to the "hamsa" logger.
Everything logged passes through _redact first.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import httpx

from ._redact import find_secret_values, redact_headers, redact_json, redact_text

if TYPE_CHECKING:
    import httpx

__all__ = [
    "ENV_VAR",
    "configure_from_env",
    "log_giving_up",
    "log_request",
    "log_response",
    "log_retry",
    "logger",
]

ENV_VAR = "HAMSA_LOG"
_ENV_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
_BODY_LOG_LIMIT = 4000

logger = logging.getLogger("hamsa")
# Without a handler, Python's last-resort handler would print our warnings.
logger.addHandler(logging.NullHandler())


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to the *current* sys.stderr, so test capture and redirects work."""

    def emit(self, record: logging.LogRecord) -> None:
        self.stream = sys.stderr
        super().emit(record)


def configure_from_env() -> None:
    """Apply HAMSA_LOG; safe to call at every client construction."""
    level = _ENV_LEVELS.get(os.environ.get(ENV_VAR, "").strip().lower())
    if level is None:
        return
    logger.setLevel(level)
    if not any(isinstance(handler, _StderrHandler) for handler in logger.handlers):
        handler = _StderrHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)


def log_request(
    request: httpx.Request, *, attempt: int, body: object, secrets: Iterable[str] = ()
) -> None:
    if not logger.isEnabledFor(logging.DEBUG):
        return
    logger.debug("request: %s %s (attempt %d)", request.method, request.url, attempt + 1)
    logger.debug("request headers: %s", redact_headers(request.headers))
    if body is not None:
        known = (*secrets, *find_secret_values(body))
        logger.debug("request body: %s", _dump(redact_json(body, secrets=known)))


def log_response(response: httpx.Response, *, elapsed: float, secrets: Iterable[str] = ()) -> None:
    if not logger.isEnabledFor(logging.INFO):
        return
    request = response.request
    logger.info(
        "response: %s %s -> %d (%.3f s)",
        request.method,
        request.url,
        response.status_code,
        elapsed,
    )
    if not logger.isEnabledFor(logging.DEBUG):
        return
    logger.debug("response headers: %s", redact_headers(response.headers))
    try:
        content = response.content
    except httpx.ResponseNotRead:
        logger.debug("response body: (streamed, not logged)")
        return
    if content:
        logger.debug("response body: %s", _response_body(response, tuple(secrets)))


def log_retry(request: httpx.Request, *, failure: str, delay: float, reason: str) -> None:
    logger.info(
        "retrying %s %s after %s in %.3f s (%s)",
        request.method,
        request.url,
        failure,
        delay,
        reason,
    )


def log_giving_up(request: httpx.Request, *, failure: str, reason: str) -> None:
    logger.info("%s %s failed with %s; %s", request.method, request.url, failure, reason)


def _response_body(response: httpx.Response, secrets: tuple[str, ...]) -> str:
    try:
        data: Any = response.json()
    except (ValueError, RecursionError):  # not JSON, or nested too deeply to decode
        return _truncate(redact_text(response.text, secrets))
    return _dump(redact_json(data, secrets=(*secrets, *find_secret_values(data))))


def _dump(data: object) -> str:
    return _truncate(json.dumps(data, ensure_ascii=False, default=str))


def _truncate(text: str) -> str:
    if len(text) <= _BODY_LOG_LIMIT:
        return text
    return f"{text[:_BODY_LOG_LIMIT]}... ({len(text)} chars)"

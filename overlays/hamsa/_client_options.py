"""Checks of the clients' own settings (Hamsa(...), client.with_options(...)): each wrong type or
value is a ConfigurationError naming the setting, raised when the client is made, not a raw
AttributeError then or an httpx error at the first request. Secrets are never repeated."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import httpx

from ._exceptions import ConfigurationError

__all__ = ["checked_auth_scheme", "checked_base_url", "checked_headers", "text_option"]

# RFC 9110 token: what a header name (and an auth scheme word) may be made of.
_TOKEN = re.compile(r"[-!#$%&'*+.^_`|~0-9A-Za-z]+")
# What httpx sends as a header value: printable ASCII, spaces and tabs.
_HEADER_VALUE = re.compile(r"[\t\x20-\x7e]*")


def text_option(name: str, value: object, *, secret: bool = False) -> str | None:
    """``value`` if it is text or None."""
    if value is None or isinstance(value, str):
        return value
    shown = type(value).__name__ if secret else f"{type(value).__name__}: {value!r}"
    raise ConfigurationError(f"{name} must be a str, got {shown}")


def checked_base_url(url: str) -> str:
    if not url.startswith(("http://", "https://")):
        raise ConfigurationError(f"base_url must start with http:// or https://, got {url!r}")
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError) as error:
        raise ConfigurationError(f"base_url {url!r} is not a valid URL: {error}") from None
    if not parsed.host:
        raise ConfigurationError(f"base_url {url!r} names no host, e.g. https://api.tryhamsa.com")
    return url


def checked_auth_scheme(value: object) -> str:
    scheme = value.strip() if isinstance(value, str) else ""
    if not _TOKEN.fullmatch(scheme):
        raise ConfigurationError(f"auth_scheme must be one word such as 'Token', got {value!r}")
    return scheme


def checked_headers(name: str, headers: object) -> dict[str, str]:
    """A copy of ``headers``: a mapping of header names to text httpx can send."""
    if headers is None:
        return {}
    if not isinstance(headers, Mapping):
        raise ConfigurationError(
            f"{name} must be a mapping of header names to text, got {type(headers).__name__}"
        )
    checked: dict[str, str] = {}
    for key, value in headers.items():
        if not isinstance(key, str) or not _TOKEN.fullmatch(key):
            raise ConfigurationError(f"{name} has a key that is no header name: {key!r}")
        if not isinstance(value, str) or not _HEADER_VALUE.fullmatch(value):
            raise ConfigurationError(
                f"{name}[{key!r}] must be printable ASCII text, got {_describe(value)}"
            )
        checked[key] = value
    return checked


def _describe(value: Any) -> str:
    # A header value may be a credential (X-API-Key): show its type and length, never it.
    if isinstance(value, str):
        return f"a str of {len(value)} characters with one that isn't"
    return type(value).__name__

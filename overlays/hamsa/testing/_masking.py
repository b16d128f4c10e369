"""What MockHamsa keeps of a request's secrets: masked text, and keyed digests to check against.

A recorded request must be safe to print, log or dump into a test report, so every secret is
replaced before it is stored: the API key (Authorization, or any credential header), each
value the specs mark ``format: password`` at any depth (``llm.apiKey``,
``webhookAuth.authSecret``, a web tool's ``authToken``...), a web tool's credential headers
(``httpHeaders.Authorization``, ``X-API-Key``...), and those same values wherever else they
show up (a path, a free-text field). A test that must know a secret was sent asks
``RecordedRequest.sent(secret)``, which compares digests keyed per process: the digests can't be
reversed or matched against a list of guesses made elsewhere.
"""

from __future__ import annotations

import functools
import hashlib
import secrets
from collections.abc import Iterable, Mapping
from typing import Any

from .._redact import is_secret_key, is_unset, masked_credential

__all__ = ["REDACTED", "MaskedParts", "digest"]

REDACTED = "REDACTED"
_MIN_SCRUBBED = 6
# Per process: a digest means nothing outside it.
_DIGEST_KEY = secrets.token_bytes(32)


def digest(secret: str) -> bytes:
    return hashlib.blake2b(
        secret.encode("utf-8", "surrogatepass"), key=_DIGEST_KEY, digest_size=16
    ).digest()


@functools.lru_cache(maxsize=4096)  # every key of every body asks; the same few names recur
def _is_secret_name(name: str) -> bool:
    """A header, query parameter or JSON key that holds a credential."""
    squashed = name.lower().replace("-", "").replace("_", "")
    return is_secret_key(name) or squashed.endswith("apikey") or squashed.endswith("token")


class MaskedParts:
    """A request's headers, query, path and JSON body with every secret masked, and the
    digests of the secrets found."""

    def __init__(
        self,
        *,
        path: str,
        headers: Iterable[tuple[str, str]],
        query: Mapping[str, str],
        body: Any,
    ) -> None:
        found: set[str] = set()
        header_items = list(headers)
        for name, value in header_items:
            if _is_secret_name(name):
                found.update(_credential_values(value))
        for name, value in query.items():
            if _is_secret_name(name):
                found.add(value)
        try:
            _collect(body, found)
        except RecursionError:
            body = None
        found.discard("")
        # Longest first, so a secret that contains another is masked whole. A very short one
        # ("k", a test's key) is masked where it was sent, not elsewhere: every "k" of a path
        # would go.
        self._secrets = sorted(
            (value for value in found if len(value) >= _MIN_SCRUBBED), key=len, reverse=True
        )
        self.digests = frozenset(digest(value) for value in found)
        self.path = self._scrub(path)
        self.headers = [(name, self._header(name, value)) for name, value in header_items]
        self.query = {
            name: REDACTED if _is_secret_name(name) and value else self._scrub(value)
            for name, value in query.items()
        }
        try:
            self.json: Any = self._mask(body)
        except RecursionError:  # parsed, but too deep to walk: not kept at all
            self.json = None

    def _scrub(self, text: str) -> str:
        for secret in self._secrets:
            if secret in text:
                text = text.replace(secret, REDACTED)
        return text

    def _header(self, name: str, value: str) -> str:
        if not _is_secret_name(name):
            return self._scrub(value)
        # The scheme word stays: a wrong one ("Bearer" for "Token") is a common cause of 401s.
        return masked_credential(value, REDACTED)

    def _mask(self, data: Any) -> Any:
        kind = type(data)
        if kind is dict:
            return {
                key: (
                    REDACTED
                    if isinstance(key, str) and _is_secret_name(key) and not is_unset(value)
                    else self._mask(value)
                )
                for key, value in data.items()
            }
        if kind is list:
            return [self._mask(item) for item in data]
        if kind is str and self._secrets:
            return self._scrub(data)
        return data


def _credential_values(value: str) -> list[str]:
    """``"Token abc"`` -> the whole value and ``"abc"``: either may be what a test holds."""
    value = value.strip()
    _, _, credentials = value.partition(" ")
    return [value, credentials.strip()] if credentials.strip() else [value]


def _collect(data: Any, found: set[str]) -> None:
    if isinstance(data, dict):
        for key, value in data.items():
            if isinstance(key, str) and _is_secret_name(key) and not is_unset(value):
                if isinstance(value, str):
                    found.update(_credential_values(value))
                else:
                    _collect_all(value, found)
            else:
                _collect(value, found)
    elif isinstance(data, list):
        for item in data:
            _collect(item, found)


def _collect_all(data: Any, found: set[str]) -> None:
    """Every string under a secret key holding an object or a list: all of it is masked."""
    if isinstance(data, str):
        found.add(data)
    elif isinstance(data, dict):
        for value in data.values():
            _collect_all(value, found)
    elif isinstance(data, list):
        for item in data:
            _collect_all(item, found)

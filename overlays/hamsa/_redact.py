"""Masking of secrets before they reach a repr, a log line or an exception.

Every function returns a copy; inputs are never mutated, because callers keep
using the originals to send the real request.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ._secret_fields import SECRET_FIELDS

MASK = "***"

# Every field the specs mark `format: password`, in wire and Python spelling (generated), and
# the usual token names an API may add before the spec marks them.
_SECRET_KEYS = SECRET_FIELDS | {"accesstoken", "access_token", "refreshtoken", "refresh_token"}
# Header names whose values are credentials, in a web tool's httpHeaders as in our requests.
_CREDENTIAL_HEADERS = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "x-api-key",
        "api-key",
        "x-auth-token",
        "x-access-token",
        "token",
        "cookie",
        "set-cookie",
    }
)
# Below this length the last four characters would give away too much of the key.
_MIN_KEY_LENGTH_TO_HINT = 12


def is_secret_key(name: str) -> bool:
    """True for a JSON key whose value is a secret (apiKey, authSecret, ...), and for a
    credential header's name (Authorization, X-API-Key, ...) used as a key, as in a web tool's
    httpHeaders."""
    lowered = name.lower()
    return lowered in _SECRET_KEYS or lowered in _CREDENTIAL_HEADERS


def mask_api_key(api_key: str | None) -> str:
    """ "***abcd": enough to tell two keys apart, never enough to use one."""
    if not api_key or len(api_key) < _MIN_KEY_LENGTH_TO_HINT:
        return MASK
    return MASK + api_key[-4:]


def redact_text(text: str, secrets: Iterable[str]) -> str:
    """Replace every occurrence of each known secret value in free text."""
    # Longest first, so a secret that contains another is masked whole.
    for secret in sorted((s for s in secrets if s), key=len, reverse=True):
        text = text.replace(secret, MASK)
    return text


def find_secret_values(data: object) -> set[str]:
    """String values stored under secret keys, at any depth.

    Used to scrub a secret the server echoed into free text (an error message)
    as well as into its own field.
    """
    found: set[str] = set()
    if isinstance(data, Mapping):
        for key, value in data.items():
            if isinstance(key, str) and is_secret_key(key) and isinstance(value, str):
                if value:
                    found.add(value)
            else:
                found |= find_secret_values(value)
    elif isinstance(data, list | tuple):
        for item in data:
            found |= find_secret_values(item)
    return found


def redact_json(data: object, *, secrets: Iterable[str] = ()) -> Any:
    """Copy of JSON-like data with secret keys masked and known secrets scrubbed.

    None and "" are kept: they show "not set", which is useful and not secret.
    """
    return _redact(data, tuple(secrets))


def _redact(data: object, secrets: tuple[str, ...]) -> Any:
    if isinstance(data, Mapping):
        return {
            key: (
                MASK
                if isinstance(key, str) and is_secret_key(key) and not is_unset(value)
                else _redact(value, secrets)
            )
            for key, value in data.items()
        }
    if isinstance(data, list):
        return [_redact(item, secrets) for item in data]
    if isinstance(data, tuple):
        return tuple(_redact(item, secrets) for item in data)
    if isinstance(data, str) and secrets:
        return redact_text(data, secrets)
    return data


def is_unset(value: object) -> bool:
    return value is None or (isinstance(value, str) and value == "")


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """Copy of headers with credentials masked; the auth scheme word is kept.

    Keeping "Token"/"Bearer" matters: a wrong scheme is a common cause of 401s.
    """
    redacted: dict[str, str] = {}
    for name, value in headers.items():
        lowered = name.lower()
        if lowered in _CREDENTIAL_HEADERS:
            redacted[name] = masked_credential(value)
        elif lowered.replace("-", "").replace("_", "").endswith("apikey"):
            redacted[name] = MASK
        else:
            redacted[name] = value
    return redacted


def masked_credential(value: str, mask: str = MASK) -> str:
    """A credential header's value masked, its scheme word kept: "Token abc" -> "Token ***"."""
    scheme, _, credentials = value.strip().partition(" ")
    return f"{scheme} {mask}" if credentials else mask


def masked_mapping(value: Mapping[str, Any]) -> str:
    """repr() of a model's additional_properties: a secret-named key shows it is set, never
    what it holds (an unknown "apiKey", an "Authorization" header...)."""
    return repr(redact_json(value))


def mask_secret(value: object) -> str:
    """repr() of a secret model field: shows whether it is set, never what it is."""
    if value is None or is_unset(value) or value == "":
        return repr(value) if value is None or value == "" else "UNSET"
    return repr(MASK)

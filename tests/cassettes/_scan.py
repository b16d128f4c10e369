"""A check of committed cassettes for secrets, independent of the code that scrubs them.

It reads the YAML vcrpy wrote, not the scrubber's intentions, so a scrubbing bug, a cassette
edited by hand or one recorded without the hooks is caught all the same.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import yaml

from ._scrub import AUTHORIZATION_PLACEHOLDER, REDACTED

# Written out again rather than imported from _scrub: the scan must not share its mistakes.
CREDENTIAL_HEADERS = frozenset({"authorization", "proxy-authorization"})
# Every `format: password` field of the specs (both spellings), and the credential headers a
# web tool's httpHeaders map may hold.
SECRET_KEYS = frozenset(
    {
        "apikey",
        "api_key",
        "authsecret",
        "auth_secret",
        "authtoken",
        "auth_token",
        "twilioauthtoken",
        "twilio_auth_token",
        "x-api-key",
        "authorization",
        "proxy-authorization",
    }
)
# "apiKey": "..." in text that is not JSON (a truncated or non-JSON body). authToken also finds
# twilioAuthToken; an Authorization value may start with its scheme ("Bearer ...").
_SECRET_IN_TEXT = re.compile(
    r"""["']?(api_?key|auth_?secret|auth_?token|x-api-key)["']?\s*[:=]\s*["']?"""
    r"""(?!REDACTED\b)([^\s"',}]+)""",
    re.IGNORECASE,
)
_SCHEME = r"(?:(?:Token|Bearer|Basic)\s+)?"
_AUTHORIZATION_IN_TEXT = re.compile(
    r"""["']?((?:proxy-)?authorization)["']?\s*[:=]\s*["']?"""
    rf"""(?!{_SCHEME}REDACTED\b){_SCHEME}([^\s"',}}]+)""",
    re.IGNORECASE,
)


def find_secrets(path: Path, *, known_secrets: Iterable[str] = ()) -> list[str]:
    """Every secret found in the cassette at ``path``, described; empty when clean."""
    text = path.read_text(encoding="utf-8")
    known_secrets = tuple(secret for secret in known_secrets if secret)
    found = [
        f"{path.name}: contains the known secret {_hint(secret)}"
        for secret in known_secrets
        if secret and secret in text
    ]
    try:
        cassette = yaml.safe_load(text)
    except yaml.YAMLError as error:
        return [*found, f"{path.name}: not readable as YAML ({error})"]
    interactions = cassette.get("interactions") if isinstance(cassette, dict) else None
    if not isinstance(interactions, list):
        return [*found, f"{path.name}: no `interactions` list; not a vcrpy cassette"]
    for number, interaction in enumerate(interactions):
        where = f"{path.name} interaction {number}"
        request = interaction.get("request") or {}
        response = interaction.get("response") or {}
        found += _header_problems(request.get("headers"), f"{where} request")
        found += _header_problems(response.get("headers"), f"{where} response")
        for body, part in ((request.get("body"), "request"), (response.get("body"), "response")):
            found += _body_problems(body, f"{where} {part} body", known_secrets)
    return found


def _header_problems(headers: Any, where: str) -> Iterator[str]:
    if not isinstance(headers, dict):
        return
    for name, values in headers.items():
        if str(name).lower() not in CREDENTIAL_HEADERS:
            continue
        for value in values if isinstance(values, list) else [values]:
            if value != AUTHORIZATION_PLACEHOLDER:
                yield f"{where}: header {name} is {_hint(str(value))}, not the placeholder"


def _body_problems(body: Any, where: str, known_secrets: tuple[str, ...]) -> Iterator[str]:
    if isinstance(body, dict):  # a response body is {"string": ...}
        body = body.get("string")
    if body is None:
        return
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else str(body)
    if not text:
        return
    if isinstance(body, bytes):
        # Binary bodies are base64 (!!binary) in the file, where the text search can't see them.
        for secret in known_secrets:
            if secret in text:
                yield f"{where}: contains the known secret {_hint(secret)}"
    try:
        data = json.loads(text)
    except ValueError:
        for pattern in (_SECRET_IN_TEXT, _AUTHORIZATION_IN_TEXT):
            for match in pattern.finditer(text):
                yield f"{where}: {match.group(1)} is {_hint(match.group(2))}, not redacted"
        return
    for key_path, value in _secret_values(data, "$"):
        if value not in (None, "", REDACTED):
            yield f"{where}: {key_path} is {_hint(str(value))}, not {REDACTED!r}"


def _secret_values(data: Any, path: str) -> Iterator[tuple[str, Any]]:
    if isinstance(data, dict):
        for key, value in data.items():
            if isinstance(key, str) and key.lower() in SECRET_KEYS:
                yield f"{path}.{key}", value
            else:
                yield from _secret_values(value, f"{path}.{key}")
    elif isinstance(data, list):
        for index, item in enumerate(data):
            yield from _secret_values(item, f"{path}[{index}]")


def _hint(secret: str) -> str:
    """Enough to find it in the file, not enough to leak it again in the test report."""
    return f"{secret[:4]}...({len(secret)} chars)" if len(secret) > 8 else "a short value"

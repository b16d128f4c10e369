"""What vcrpy may write to a cassette: secrets masked, personal values replaced, before saving.

The hooks run on every request and response before vcrpy stores it (``before_record_request``
/ ``before_record_response``), and vcrpy also runs the request hook on each request it looks up
during replay, so a scrubbed cassette still matches the unscrubbed request the SDK sends.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

REDACTED = "REDACTED"
AUTHORIZATION_PLACEHOLDER = "Token REDACTED"
CREDENTIAL_HEADERS = frozenset({"authorization", "proxy-authorization"})
# JSON keys whose values are secrets, compared lower-cased: every field the specs mark
# `format: password` (llm/llmConfig.apiKey, webhookAuth.authSecret, a web tool's
# toolSettings.authToken, test-api-tool's apiKey and authToken, twilioAuthToken), in wire and
# Python spelling, and the credential headers a web tool's httpHeaders may hold.
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
        *CREDENTIAL_HEADERS,
    }
)
# Response headers that could carry a session or a key and that no test needs.
DROPPED_RESPONSE_HEADERS = frozenset({"set-cookie", "authorization", "proxy-authorization"})


def is_secret_key(name: object) -> bool:
    return isinstance(name, str) and name.lower() in SECRET_KEYS


class Scrubber:
    """The two vcrpy hooks.

    ``secrets``: values masked wherever they appear (the API key in use, for instance).
    ``replacements``: live value -> placeholder, for what identifies a real account or person
    when recording against the real API (the agent id, the phone numbers dialled), so the
    committed cassette holds the same placeholders the tests send on replay.
    """

    def __init__(
        self, *, secrets: tuple[str, ...] = (), replacements: Mapping[str, str] | None = None
    ) -> None:
        # Longest first, so a value that contains another is replaced whole.
        self._secrets = tuple(sorted((s for s in secrets if s), key=len, reverse=True))
        self._replacements = {
            live: fake
            for live, fake in sorted((replacements or {}).items(), key=lambda i: -len(i[0]))
            if live and live != fake
        }

    def request(self, request: Any) -> Any:
        """before_record_request: vcrpy hands over its own deep copy of the request."""
        for name, value in list(request.headers.items()):
            if name.lower() in CREDENTIAL_HEADERS:
                request.headers[name] = AUTHORIZATION_PLACEHOLDER
            elif isinstance(value, str):
                request.headers[name] = self._scrub_text(value)  # e.g. Host
        request.uri = self._scrub_uri(request.uri)
        body = request.body
        if body:
            request.body = self._scrub_body(body)
        return request

    def response(self, response: dict[str, Any]) -> dict[str, Any]:
        """before_record_response: a deep copy; gzip is already decoded (decode_compressed_response)."""
        headers: dict[str, list[str]] = {}
        for name, values in response.get("headers", {}).items():
            if name.lower() in DROPPED_RESPONSE_HEADERS:
                continue
            headers[name] = [self._scrub_text(value) for value in values]
        body = response.get("body", {}).get("string")
        if body:
            scrubbed = self._scrub_body(body)
            response["body"]["string"] = scrubbed
            for name in headers:
                if name.lower() == "content-length":
                    headers[name] = [str(len(scrubbed))]
        response["headers"] = headers
        return response

    def _scrub_uri(self, uri: str) -> str:
        for live, fake in self._replacements.items():
            uri = uri.replace(live, fake).replace(quote(live, safe=""), quote(fake, safe=""))
        for secret in self._secrets:
            uri = uri.replace(secret, REDACTED).replace(quote(secret, safe=""), REDACTED)
        return uri

    def _scrub_body(self, body: bytes | str) -> bytes:
        raw = body.encode() if isinstance(body, str) else bytes(body)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            return self._scrub_bytes(raw)  # a file such as the export workbook: kept binary
        try:
            data = json.loads(text)
        except ValueError:
            return self._scrub_text(text).encode()
        scrubbed = self._scrub_json(data)
        if scrubbed == data:
            return raw  # byte-for-byte what was sent or received
        return json.dumps(scrubbed, ensure_ascii=False, separators=(",", ":")).encode()

    def _scrub_json(self, data: Any) -> Any:
        if isinstance(data, dict):
            return {
                key: (
                    REDACTED
                    if is_secret_key(key) and value not in (None, "")
                    else self._scrub_json(value)
                )
                for key, value in data.items()
            }
        if isinstance(data, list):
            return [self._scrub_json(item) for item in data]
        if isinstance(data, str):
            return self._scrub_text(data)
        return data

    def _scrub_bytes(self, raw: bytes) -> bytes:
        """Only the secrets are masked in binary content: a placeholder of another length would
        corrupt the file, and an identifier inside it is not a secret."""
        for secret in self._secrets:
            raw = raw.replace(secret.encode(), REDACTED.encode())
        return raw

    def _scrub_text(self, text: str) -> str:
        for live, fake in self._replacements.items():
            text = text.replace(live, fake)
        for secret in self._secrets:
            text = text.replace(secret, REDACTED)
        return text

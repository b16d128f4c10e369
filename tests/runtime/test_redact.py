"""Secrets are masked in copies of headers and JSON; the originals stay intact."""

from __future__ import annotations

import copy

from hamsa._redact import mask_api_key, redact_headers, redact_json, redact_text


def test_secret_keys_are_masked_at_any_depth_and_any_case() -> None:
    data = {
        "agentName": "Support",
        "llmConfig": {"provider": "OpenAI", "apiKey": "sk-one"},
        "llm": {"API_KEY": "sk-two"},
        "webhookAuth": {"authKey": "X-Signature", "AuthSecret": "whsec-three"},
        "tools": [{"auth_secret": "four", "name": "lookup"}],
    }
    original = copy.deepcopy(data)

    redacted = redact_json(data)

    assert redacted == {
        "agentName": "Support",
        "llmConfig": {"provider": "OpenAI", "apiKey": "***"},
        "llm": {"API_KEY": "***"},
        "webhookAuth": {"authKey": "X-Signature", "AuthSecret": "***"},
        "tools": [{"auth_secret": "***", "name": "lookup"}],
    }
    assert data == original  # the real request still needs the real values


def test_unset_secrets_stay_visible_as_unset() -> None:
    assert redact_json({"apiKey": None, "authSecret": ""}) == {"apiKey": None, "authSecret": ""}


def test_known_secret_values_are_scrubbed_from_free_text() -> None:
    data = {"message": "key sk-one is invalid", "items": ("sk-one",)}
    assert redact_json(data, secrets=["sk-one"]) == {
        "message": "key *** is invalid",
        "items": ("***",),
    }
    assert redact_text("a sk-one-long b sk-one", ["sk-one", "sk-one-long"]) == "a *** b ***"


def test_authorization_header_keeps_its_scheme_and_hides_the_key() -> None:
    headers = {"Authorization": "Token hk_secret", "X-Api-Key": "hk_secret", "Accept": "*/*"}

    redacted = redact_headers(headers)

    assert redacted == {"Authorization": "Token ***", "X-Api-Key": "***", "Accept": "*/*"}
    assert headers["Authorization"] == "Token hk_secret"
    assert redact_headers({"authorization": "hk_secret"}) == {"authorization": "***"}


def test_api_key_mask_shows_at_most_the_last_four_characters() -> None:
    assert mask_api_key("hk_live_0123456789abcd") == "***abcd"
    assert mask_api_key("short") == "***"
    assert mask_api_key(None) == "***"

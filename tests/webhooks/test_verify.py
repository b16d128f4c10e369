"""hamsa.webhooks.verify: the Authorization header Hamsa sends is `<authKey> <authSecret>`."""

from __future__ import annotations

import hmac
from typing import Any

import hamsa
import httpx
import pytest
from hamsa import webhooks

KEY = "Token"
SECRET = "whsec-7f3a9c1e5b2d4f60"


def _no_secret_in(error: BaseException, *secrets: str) -> None:
    for text in (str(error), repr(error), repr(error.args)):
        for secret in secrets:
            assert secret not in text


def test_the_right_header_is_accepted() -> None:
    webhooks.verify({"Authorization": f"{KEY} {SECRET}"}, auth_key=KEY, auth_secret=SECRET)


@pytest.mark.parametrize(
    ("received", "why"),
    [
        (f"Bearer {SECRET}", "a Bearer look-alike with the right secret"),
        (f"{KEY} {SECRET}x", "a wrong secret"),
        (f"{KEY} wrong-secret-0000", "another secret"),
        (f"Basic {SECRET}", "a wrong key"),
        (SECRET, "the secret without its key"),
        (f"{KEY}  {SECRET[:-1]}", "a secret one character short"),
        ("", "an empty header"),
    ],
)
def test_a_wrong_header_is_refused_without_naming_either_secret(received: str, why: str) -> None:
    with pytest.raises(hamsa.WebhookVerificationError) as caught:
        webhooks.verify({"Authorization": received}, auth_key=KEY, auth_secret=SECRET)
    assert isinstance(caught.value, hamsa.HamsaError), why
    _no_secret_in(caught.value, SECRET, received or SECRET)


def test_a_missing_header_is_refused() -> None:
    with pytest.raises(hamsa.WebhookVerificationError, match="no Authorization header"):
        webhooks.verify({"Content-Type": "application/json"}, auth_key=KEY, auth_secret=SECRET)


def test_a_repeated_header_is_refused() -> None:
    pairs = [("Authorization", f"{KEY} {SECRET}"), ("authorization", f"{KEY} other")]
    with pytest.raises(hamsa.WebhookVerificationError) as caught:
        webhooks.verify(pairs, auth_key=KEY, auth_secret=SECRET)
    _no_secret_in(caught.value, SECRET, "other")


def _starlette(value: str) -> Any:
    from starlette.datastructures import Headers

    return Headers(raw=[(b"authorization", value.encode())])


def _werkzeug(value: str) -> Any:
    from werkzeug.datastructures import Headers

    return Headers([("Authorization", value)])


def _werkzeug_environ(value: str) -> Any:
    from werkzeug.datastructures import EnvironHeaders

    return EnvironHeaders({"HTTP_AUTHORIZATION": value, "CONTENT_TYPE": "application/json"})


HEADER_KINDS = {
    "dict": lambda v: {"Authorization": v},
    "lowercase dict": lambda v: {"authorization": v},
    "uppercase dict": lambda v: {"AUTHORIZATION": v},
    "httpx.Headers": lambda v: httpx.Headers({"authorization": v}),
    "starlette Headers": _starlette,
    "werkzeug Headers": _werkzeug,
    "werkzeug EnvironHeaders": _werkzeug_environ,
    "list of pairs": lambda v: [("Content-Type", "application/json"), ("Authorization", v)],
    "list of byte pairs": lambda v: [(b"authorization", v.encode())],
}


@pytest.mark.parametrize("kind", HEADER_KINDS)
def test_any_headers_object_works_and_names_match_case_insensitively(kind: str) -> None:
    make = HEADER_KINDS[kind]
    webhooks.verify(make(f"{KEY} {SECRET}"), auth_key=KEY, auth_secret=SECRET)
    with pytest.raises(hamsa.WebhookVerificationError):
        webhooks.verify(make(f"Bearer {SECRET}"), auth_key=KEY, auth_secret=SECRET)


def test_the_comparison_is_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    compared: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        compared.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    webhooks.verify({"Authorization": f"{KEY} {SECRET}"}, auth_key=KEY, auth_secret=SECRET)
    assert compared == [(f"{KEY} {SECRET}".encode(), f"{KEY} {SECRET}".encode())]


def test_no_configured_secret_is_a_configuration_error_not_a_pass() -> None:
    with pytest.raises(webhooks.MissingWebhookSecretError) as caught:
        webhooks.verify({"Authorization": "Token x"}, auth_key="Token", auth_secret=None)
    assert not isinstance(caught.value, hamsa.WebhookVerificationError)
    assert isinstance(caught.value, hamsa.HamsaError)


def test_unwrap_verifies_before_it_parses() -> None:
    with pytest.raises(hamsa.WebhookVerificationError):
        webhooks.unwrap(
            b"not json", {"Authorization": "Token nope"}, auth_key=KEY, auth_secret=SECRET
        )


def test_the_client_verifies_with_its_own_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    client = hamsa.Hamsa(api_key="k", webhook_auth_key=KEY, webhook_auth_secret=SECRET)
    client.webhooks.verify({"authorization": f"{KEY} {SECRET}"})
    with pytest.raises(hamsa.WebhookVerificationError):
        client.webhooks.verify({"authorization": f"Bearer {SECRET}"})
    for text in (repr(client), repr(client.webhooks), str(vars(client.webhooks))):
        assert SECRET not in text
    # with_options keeps them
    client.with_options(max_retries=0).webhooks.verify({"authorization": f"{KEY} {SECRET}"})

    monkeypatch.setenv("HAMSA_WEBHOOK_AUTH_KEY", "Bearer")
    monkeypatch.setenv("HAMSA_WEBHOOK_AUTH_SECRET", "from-env-secret")
    from_env = hamsa.Hamsa(api_key="k")
    from_env.webhooks.verify({"Authorization": "Bearer from-env-secret"})
    assert "from-env-secret" not in repr(from_env.webhooks)


def test_a_client_without_webhook_secrets_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HAMSA_WEBHOOK_AUTH_KEY", raising=False)
    monkeypatch.delenv("HAMSA_WEBHOOK_AUTH_SECRET", raising=False)
    with pytest.raises(webhooks.MissingWebhookSecretError, match="HAMSA_WEBHOOK_AUTH_SECRET"):
        hamsa.Hamsa(api_key="k").webhooks.unwrap(b"{}", {"Authorization": "Token x"})


def test_async_clients_unwrap_too() -> None:
    client = hamsa.AsyncHamsa(api_key="k", webhook_auth_key=KEY, webhook_auth_secret=SECRET)
    delivery = hamsa.testing.webhook_event("call.started", auth_key=KEY, auth_secret=SECRET)
    assert isinstance(client.webhooks.unwrap(delivery.body, delivery.headers), webhooks.CallStarted)

"""Every non-2xx status becomes one typed error, populated from Hamsa's envelope."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest
import respx
from hamsa._exceptions import (
    APIResponseValidationError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    HamsaError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestValidationError,
    UnprocessableEntityError,
    Violation,
    make_status_error,
)

from ._support import API_KEY, Harness

STATUS_CLASSES = [
    (400, BadRequestError),
    (401, AuthenticationError),
    (403, PermissionDeniedError),
    (404, NotFoundError),
    (409, ConflictError),
    (418, APIStatusError),
    (422, UnprocessableEntityError),
    (429, RateLimitError),
    (500, InternalServerError),
    (502, InternalServerError),
    (503, InternalServerError),
]

NGINX_502 = """<html>
<head><title>502 Bad Gateway</title>
<style>body { font-family: sans-serif; }</style></head>
<body>
<center><h1>502   Bad Gateway</h1></center>
<hr><center>nginx</center>
""" + ("<!-- padding to look like a real proxy page -->\n" * 40) + "</body></html>"


@pytest.mark.parametrize(("status", "error_class"), STATUS_CLASSES)
def test_each_status_raises_its_class_with_envelope_fields(
    make_client: Callable[..., Harness],
    api: respx.MockRouter,
    status: int,
    error_class: type[APIStatusError],
) -> None:
    envelope = {"success": False, "message": "Voice agent not found", "messageKey": "agent.nf"}
    api.get("/v1/voice-agents/abc").respond(
        status, json=envelope, headers={"x-request-id": "req_123"}
    )
    harness = make_client(max_retries=0)

    with pytest.raises(APIStatusError) as caught:
        harness.request("GET", "/v1/voice-agents/abc")

    error = caught.value
    assert type(error) is error_class
    assert isinstance(error, HamsaError)
    assert error.status_code == status
    assert error.message == "Voice agent not found"
    assert error.message_key == "agent.nf"
    assert error.body == envelope
    assert error.request_id == "req_123"
    assert error.response.status_code == status
    assert f"HTTP {status}" in str(error)
    assert "Voice agent not found" in str(error)


def test_html_502_from_a_proxy_gives_a_short_readable_message(
    make_client: Callable[..., Harness], api: respx.MockRouter
) -> None:
    api.get("/v1/voice-agents").respond(502, text=NGINX_502, headers={"content-type": "text/html"})
    harness = make_client(max_retries=0)

    with pytest.raises(InternalServerError) as caught:
        harness.request("GET", "/v1/voice-agents")

    error = caught.value
    assert error.status_code == 502
    assert error.body is None
    assert error.message_key is None
    excerpt = error.message.removeprefix("Bad Gateway: ")
    assert "502 Bad Gateway" in excerpt and "nginx" in excerpt
    assert len(excerpt) <= 200
    assert "<" not in excerpt and "font-family" not in excerpt
    assert "\n" not in excerpt and "  " not in excerpt


def test_a_200_with_success_false_is_not_an_error(
    make_client: Callable[..., Harness], api: respx.MockRouter
) -> None:
    # Older doc pages show this pair; the HTTP status is authoritative.
    api.get("/v1/voice-agents/abc").respond(200, json={"success": False, "message": "success"})
    harness = make_client()

    response = harness.request("GET", "/v1/voice-agents/abc")

    assert response.status_code == 200
    assert response.json()["success"] is False


def test_request_id_header_is_optional_and_alternate_names_work() -> None:
    request = httpx.Request("GET", "https://api.tryhamsa.com/v1/x")
    plain = make_status_error(httpx.Response(404, json={}, request=request))
    alternate = make_status_error(
        httpx.Response(404, json={}, headers={"request-id": "r-9"}, request=request)
    )
    assert plain.request_id is None
    assert plain.message == "Not Found"  # falls back to the reason phrase
    assert alternate.request_id == "r-9"


def test_server_echoed_secrets_never_reach_str_repr_or_body(
    make_client: Callable[..., Harness], api: respx.MockRouter
) -> None:
    llm_key, webhook_secret = "sk-proj-LLMSECRET-9f8e7d", "whsec_WEBHOOK_SECRET_42"
    api.post("/v2/voice-agents").respond(
        400,
        json={
            "success": False,
            "message": f"invalid apiKey {llm_key} for token {API_KEY}",
            "messageKey": "llm.invalid_key",
            "data": {
                "llm": {"provider": "openai", "apiKey": llm_key},
                "webhookAuth": {"authKey": "X-Sig", "authSecret": webhook_secret},
            },
        },
    )
    harness = make_client()

    with pytest.raises(BadRequestError) as caught:
        harness.request("POST", "/v2/voice-agents", json={"name": "Support"})

    error = caught.value
    rendered = [str(error), repr(error), repr(error.body), str(error.args)]
    for secret in (llm_key, webhook_secret, API_KEY):
        assert all(secret not in text for text in rendered), secret
    assert isinstance(error.body, dict)
    assert error.body["data"]["llm"] == {"provider": "openai", "apiKey": "***"}
    assert error.body["data"]["webhookAuth"]["authSecret"] == "***"
    assert error.message == "invalid apiKey *** for token ***"


def test_request_validation_error_lists_every_violation_one_per_line() -> None:
    error = RequestValidationError(
        [
            Violation("call_settings.max_call_duration", 601, "must be between 30 and 600"),
            Violation("voice.lang", "xx", "must be one of 'en', 'ar'"),
        ]
    )

    assert isinstance(error, HamsaError)
    assert isinstance(error, ValueError)  # `except ValueError` keeps working for users
    assert str(error).splitlines() == [
        "call_settings.max_call_duration = 601: must be between 30 and 600",
        "voice.lang = 'xx': must be one of 'en', 'ar'",
    ]
    assert error.violations[0].value == 601


def test_violation_of_a_secret_field_does_not_print_the_secret() -> None:
    error = RequestValidationError([Violation("llm.api_key", "sk-123456789", "too long")])
    assert "sk-123456789" not in str(error)
    assert str(error) == "llm.api_key = <str>: too long"  # the type, never the value
    assert "sk-123456789" not in repr(error.violations)


def test_response_validation_error_names_the_path_and_redacts_the_body() -> None:
    body = {"data": {"llmConfig": {"apiKey": "sk-abcdef"}, "callSettings": {}}}
    error = APIResponseValidationError(
        "expected an int, got 'lots'",
        path="data.callSettings.maxCallDuration",
        body=body,
    )
    assert str(error) == "data.callSettings.maxCallDuration: expected an int, got 'lots'"
    assert error.path == "data.callSettings.maxCallDuration"
    assert "sk-abcdef" not in repr(error.body)
    assert body["data"]["llmConfig"]["apiKey"] == "sk-abcdef"  # caller's data untouched

"""Answers a well-behaved server wouldn't send still end in a HamsaError that keeps the detail."""

from __future__ import annotations

import pytest
import respx
from hamsa import APIResponseValidationError, BadRequestError, Hamsa, InternalServerError

BASE_URL = "https://api.hamsa.test"
DEEP = b"[" * 200_000 + b"]" * 200_000


@pytest.fixture
def client() -> Hamsa:
    return Hamsa(api_key="hk_hostile_0123456789", base_url=BASE_URL, max_retries=0)


@pytest.mark.parametrize(
    ("message", "shown"),
    [
        (["name must be a string", "callSettings.maxCallDuration must be <= 600"], "; "),
        ({"field": "toNumber", "problem": "not E.164"}, '"field": "toNumber"'),
    ],
)
def test_an_error_message_in_any_json_shape_is_kept(
    client: Hamsa, message: object, shown: str
) -> None:
    with respx.mock(base_url=BASE_URL) as api:
        api.get("/v1/voice-agents/conversation/c-1").respond(
            400, json={"success": False, "message": message}
        )
        with pytest.raises(BadRequestError) as caught:
            client.conversations.get("c-1")
    text = str(caught.value)
    assert shown in text
    assert "Bad Request" not in text  # the server's words, not the reason phrase


def test_a_2xx_body_nested_too_deeply_is_a_response_error(client: Hamsa) -> None:
    with respx.mock(base_url=BASE_URL) as api:
        api.get("/v1/voice-agents/conversation/c-1").respond(
            200, content=DEEP, headers={"Content-Type": "application/json"}
        )
        with pytest.raises(APIResponseValidationError, match="nests too deeply"):
            client.conversations.get("c-1")


def test_an_error_body_nested_too_deeply_still_gives_the_status_error(client: Hamsa) -> None:
    with respx.mock(base_url=BASE_URL) as api:
        api.get("/v1/voice-agents/conversation/c-1").respond(
            500, content=DEEP, headers={"Content-Type": "application/json"}
        )
        with pytest.raises(InternalServerError):
            client.conversations.get("c-1")


def test_a_body_nested_too_deeply_is_a_response_error_with_debug_logging(
    client: Hamsa, caplog: pytest.LogCaptureFixture
) -> None:
    """HAMSA_LOG=debug logs response bodies: logging must not be what breaks on one."""
    caplog.set_level("DEBUG", logger="hamsa")
    with respx.mock(base_url=BASE_URL) as api:
        api.get("/v1/voice-agents/conversation/c-1").respond(
            200, content=DEEP, headers={"Content-Type": "application/json"}
        )
        with pytest.raises(APIResponseValidationError, match="nests too deeply"):
            client.conversations.get("c-1")

"""mock.requests keeps no secret in clear: the API key, every ``format: password`` field at any
depth, a web tool's credential headers, and those values anywhere else in the request, are
masked in every attribute; ``request.sent(secret)`` still tells a test that a secret went out."""

from __future__ import annotations

import pickle

import attrs
import httpx
import pytest
from hamsa.testing import MockHamsa, RecordedRequest

API_KEY = "hk-recorded-key-0123456789"
LLM_KEY = "sk-recorded-llm-key-4242"
WEBHOOK_SECRET = "whsec-recorded-4242"
TOOL_TOKEN = "tool-recorded-token-4242"
HEADER_SECRET = "hdr-recorded-secret-4242"
HEADER_API_KEY = "hdr-recorded-api-key-4242"
SECRETS = (API_KEY, LLM_KEY, WEBHOOK_SECRET, TOOL_TOKEN, HEADER_SECRET, HEADER_API_KEY)


def every_text(request: RecordedRequest) -> list[str]:
    """What a user may print of a recorded request: its repr, and each attribute's."""
    texts = [repr(request), str(request), repr(pickle.loads(pickle.dumps(request)))]
    for field in attrs.fields(RecordedRequest):
        value = getattr(request, field.name)
        texts += [repr(value), str(value)]
    texts += [f"{name}: {value}" for name, value in request.headers.items()]
    return texts


def leaks(requests: list[RecordedRequest]) -> list[str]:
    return [t for r in requests for t in every_text(r) if any(s in t for s in SECRETS)]


@pytest.fixture
def mock() -> MockHamsa:
    with MockHamsa(api_key=API_KEY) as running:
        yield running


def test_agent_secrets_are_masked_and_can_still_be_checked(mock: MockHamsa) -> None:
    with mock.client() as client:
        client.voice_agents.create(
            name=f"Support (not {LLM_KEY})",  # a secret pasted elsewhere is masked there too
            llm={"provider": "openai", "model": "gpt-4.1", "api_key": LLM_KEY},
            webhook_url="https://hooks.example.com/hamsa",
            webhook_auth={"auth_key": "Bearer", "auth_secret": WEBHOOK_SECRET},
        )
    [created] = mock.requests
    assert leaks(mock.requests) == []
    assert created.headers["Authorization"] == "Token REDACTED"
    assert created.json["llm"] == {"provider": "openai", "model": "gpt-4.1", "apiKey": "REDACTED"}
    assert created.json["webhookAuth"] == {"authKey": "Bearer", "authSecret": "REDACTED"}
    assert created.json["name"] == "Support (not REDACTED)"
    assert created.sent(LLM_KEY) and created.sent(WEBHOOK_SECRET)
    assert created.sent(API_KEY) and created.sent(f"Token {API_KEY}")
    assert not created.sent("sk-some-other-key") and not created.sent("")
    assert not created.sent("REDACTED")


def test_web_tool_headers_and_tokens_are_masked(mock: MockHamsa) -> None:
    with mock.client() as client:
        client.v1.web_tools.create_web_tool(
            body={
                "type": "FUNCTION",
                "name": "lookup_order",
                "description": "Looks up an order.",
                "async": False,
                "toolSettings": {
                    "serverUrl": "https://api.example.com/orders",
                    "methodType": "GET",
                    "authToken": TOOL_TOKEN,
                    "httpHeaders": {
                        "Authorization": f"Bearer {HEADER_SECRET}",
                        "X-API-Key": HEADER_API_KEY,
                        "Accept": "application/json",
                    },
                },
            }
        )
    [created] = mock.requests
    assert leaks(mock.requests) == []
    settings = created.json["toolSettings"]
    assert settings["authToken"] == "REDACTED"
    assert settings["httpHeaders"] == {
        "Authorization": "REDACTED",
        "X-API-Key": "REDACTED",
        "Accept": "application/json",  # not a credential: kept
    }
    assert created.sent(TOOL_TOKEN) and created.sent(HEADER_API_KEY)
    assert created.sent(HEADER_SECRET) and created.sent(f"Bearer {HEADER_SECRET}")


def test_credential_headers_query_parameters_and_paths_are_masked(mock: MockHamsa) -> None:
    httpx.get(
        f"{mock.base_url}/v1/voice-agents/{API_KEY}",
        params={"apiKey": HEADER_API_KEY, "note": f"key={HEADER_API_KEY}"},
        headers={"Authorization": f"Token {API_KEY}", "X-Api-Key": HEADER_SECRET},
    )
    httpx.get(f"{mock.base_url}/v2/voice-agents", headers={"Authorization": API_KEY})
    by_id, no_scheme = mock.requests
    assert leaks(mock.requests) == []
    assert by_id.path == "/v1/voice-agents/REDACTED"
    assert by_id.query == {"apiKey": "REDACTED", "note": "key=REDACTED"}
    assert by_id.headers["X-Api-Key"] == "REDACTED"
    assert by_id.sent(HEADER_SECRET) and by_id.sent(HEADER_API_KEY)
    assert no_scheme.status == 401
    assert no_scheme.headers["Authorization"] == "REDACTED"  # no scheme: the whole value
    assert no_scheme.sent(API_KEY)


def test_the_request_log_line_shows_the_masked_path() -> None:
    lines: list[str] = []
    with MockHamsa(log=lines.append) as mock:
        httpx.get(f"{mock.base_url}/v1/voice-agents/{API_KEY}", headers={"X-Api-Key": API_KEY})
    assert lines == ["GET /v1/voice-agents/REDACTED -> 401"]


def test_secrets_in_unknown_and_nested_fields_are_masked(mock: MockHamsa) -> None:
    httpx.post(
        f"{mock.base_url}/v2/voice-agents",
        headers={"Authorization": f"Token {API_KEY}"},
        json={
            "name": "x",
            "extra": [{"twilioAuthToken": TOOL_TOKEN}, {"apiKey": {"nested": [LLM_KEY]}}],
            "params": {"note": f"{WEBHOOK_SECRET}", "authSecret": WEBHOOK_SECRET},
        },
    )
    [sent] = mock.requests
    assert leaks(mock.requests) == []
    assert sent.json["extra"] == [{"twilioAuthToken": "REDACTED"}, {"apiKey": "REDACTED"}]
    assert sent.json["params"] == {"note": "REDACTED", "authSecret": "REDACTED"}
    assert sent.sent(TOOL_TOKEN) and sent.sent(LLM_KEY) and sent.sent(WEBHOOK_SECRET)


def test_a_short_key_is_masked_where_it_was_sent_only() -> None:
    with MockHamsa() as mock, mock.client(api_key="a") as client:
        client.voice_agents.create(name="a voice agent")
    [created] = mock.requests
    assert (created.path, created.json) == ("/v2/voice-agents", {"name": "a voice agent"})
    assert created.headers["Authorization"] == "Token REDACTED"
    assert created.sent("a")


def test_a_started_calls_repr_masks_its_webhook_secret_and_inline_agent_key(
    mock: MockHamsa,
) -> None:
    with mock.client() as client:
        agent = client.voice_agents.create(name="Support")
        saved = client.calls.start(
            to_number="+15551234567",
            voice_agent_id=agent.id,
            webhook_url="https://hooks.example.com/hamsa",
            webhook_auth={"auth_key": "Bearer", "auth_secret": WEBHOOK_SECRET},
        )
        inline = client.calls.start(
            to_number="+15551234567",
            agent={
                "name": "Inline",
                "llm": {"provider": "openai", "model": "gpt-4.1", "api_key": LLM_KEY},
            },
        )
    calls = mock.conversations
    shown = [repr(calls), str(calls), repr(calls[saved.id]), repr(calls[inline.id])]
    assert [text for text in shown if any(s in text for s in SECRETS)] == []
    assert "'authSecret': '***'" in repr(calls[saved.id])
    assert calls[saved.id].webhook_auth == {"authKey": "Bearer", "authSecret": WEBHOOK_SECRET}


@pytest.mark.parametrize("depth", [700, 900])
def test_a_body_too_deep_to_walk_is_refused_and_not_kept(mock: MockHamsa, depth: int) -> None:
    nested = ('{"apiKey":"' + LLM_KEY + '","a":') * depth + "1" + "}" * depth
    answer = httpx.post(
        f"{mock.base_url}/v2/voice-agents",
        content=f'{{"name":"x","params":{nested}}}'.encode(),
        headers={"Authorization": f"Token {API_KEY}", "Content-Type": "application/json"},
    )
    assert (answer.status_code, answer.json()["messageKey"]) == (
        400,
        "InvalidRequestBody",
    ), answer.text
    [refused] = mock.requests
    assert (refused.status, refused.json) == (400, None)
    assert leaks(mock.requests) == []

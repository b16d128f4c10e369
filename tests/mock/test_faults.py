"""Faults injected with MockHamsa, over a real loopback socket, against the documented retry
behaviour of hamsa.Hamsa and hamsa.AsyncHamsa:

- GET and PATCH are retried after a 429, a 5xx or a dropped connection;
- a POST (create agent, start call) is retried only after a 429 with Retry-After, which proves
  the request was turned away; after a 500 or a connection dropped mid-response it is not,
  because the server may have acted on it: a second start-call would dial the person twice.

The mock's request log proves how many requests arrived. Retry waits are recorded, not slept.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import hamsa
import pytest
from hamsa.testing import MockHamsa
from sdk_harness import Sdk

AGENT_TEMPLATE = "/v1/voice-agents/{voiceAgentId}"
CALL_PATH = "/v1/voice-agents/call"
CONVERSATION_TEMPLATE = "/v1/voice-agents/conversation/{conversationId}"


@pytest.fixture
def mock() -> Iterator[MockHamsa]:
    with MockHamsa() as server:
        yield server


@pytest.fixture
def sdk(make_sdk: Callable[..., Sdk], mock: MockHamsa) -> Sdk:
    sdk = make_sdk(base_url=mock.base_url, api_key=mock.api_key, max_retries=2)
    sdk.client._random = lambda: 0.5  # fixed jitter: backoff waits are predictable
    return sdk


@pytest.fixture
def agent_id(mock: MockHamsa) -> str:
    return str(mock.add_agent(name="Support").id)


def arrived(mock: MockHamsa, method: str) -> list[tuple[int, str | None]]:
    return [(r.status, r.fault) for r in mock.requests if r.method == method]


def start_call(agent_id: str) -> Callable[[hamsa.Hamsa | hamsa.AsyncHamsa], object]:
    return lambda c: c.calls.start(to_number="+15551234567", voice_agent_id=agent_id)


# --- 429 with Retry-After: wait as told, then retry (even a POST) ---------------------------------


def test_a_patch_answered_429_waits_retry_after_and_retries(
    sdk: Sdk, mock: MockHamsa, agent_id: str
) -> None:
    mock.fail_next("PATCH", AGENT_TEMPLATE, status=429, headers={"Retry-After": "2"})

    agent = sdk.run(lambda c: c.voice_agents.update(agent_id, name="Renamed"))

    assert agent.name == "Renamed"
    assert sdk.sleeps == [2.0]
    assert arrived(mock, "PATCH") == [(429, "fail"), (200, None)]


def test_a_start_call_answered_429_with_retry_after_is_retried_once_processed(
    sdk: Sdk, mock: MockHamsa, agent_id: str
) -> None:
    mock.fail_next("POST", CALL_PATH, status=429, headers={"Retry-After": "2"})

    call = sdk.run(start_call(agent_id))

    assert sdk.sleeps == [2.0]
    assert arrived(mock, "POST") == [(429, "fail"), (200, None)]
    assert list(mock.conversations) == [call.id]  # one call placed, not two


def test_a_429_without_retry_after_is_not_retried_for_a_post(
    sdk: Sdk, mock: MockHamsa, agent_id: str
) -> None:
    mock.fail_next("POST", CALL_PATH, status=429)

    with pytest.raises(hamsa.RateLimitError):
        sdk.run(start_call(agent_id))

    assert arrived(mock, "POST") == [(429, "fail")]
    assert mock.conversations == {}


# --- 500 then 200: idempotent requests recover, POSTs don't repeat ---------------------------------


def test_a_patch_answered_500_succeeds_on_the_retry(
    sdk: Sdk, mock: MockHamsa, agent_id: str
) -> None:
    mock.fail_next("PATCH", AGENT_TEMPLATE, status=500)

    agent = sdk.run(lambda c: c.voice_agents.update(agent_id, call_settings={"interrupt": False}))

    assert agent.call_settings.interrupt is False
    assert sdk.sleeps == [0.375]  # backoff 0.5 s, equal jitter at 0.5
    assert arrived(mock, "PATCH") == [(500, "fail"), (200, None)]


def test_a_get_answered_500_succeeds_on_the_retry(sdk: Sdk, mock: MockHamsa, agent_id: str) -> None:
    call = sdk.run(start_call(agent_id))
    mock.fail_next("GET", CONVERSATION_TEMPLATE, status=503, times=2)

    conversation = sdk.run(lambda c: c.conversations.get(call.id))

    assert conversation.status == "IN_PROGRESS"  # the failed GETs did not move the call on
    assert arrived(mock, "GET") == [(503, "fail"), (503, "fail"), (200, None)]


@pytest.mark.parametrize("status", [500, 502, 503])
def test_a_create_answered_5xx_is_not_retried(sdk: Sdk, mock: MockHamsa, status: int) -> None:
    mock.fail_next("POST", "/v2/voice-agents", status=status)

    with pytest.raises(hamsa.InternalServerError) as caught:
        sdk.run(lambda c: c.voice_agents.create(name="Support"))

    assert caught.value.status_code == status
    assert arrived(mock, "POST") == [(status, "fail")]
    assert sdk.sleeps == []


def test_a_start_call_answered_500_is_not_retried(sdk: Sdk, mock: MockHamsa, agent_id: str) -> None:
    mock.fail_next("POST", CALL_PATH, status=500)

    with pytest.raises(hamsa.InternalServerError):
        sdk.run(start_call(agent_id))

    assert arrived(mock, "POST") == [(500, "fail")]
    assert sdk.sleeps == []


# --- the connection dropped midway through the response ---------------------------------------------


def test_a_get_whose_connection_drops_is_retried(sdk: Sdk, mock: MockHamsa, agent_id: str) -> None:
    call = sdk.run(start_call(agent_id))
    mock.reset_next("GET", CONVERSATION_TEMPLATE)

    conversation = sdk.run(lambda c: c.conversations.get(call.id))

    # The dropped GET was processed (a poll), so the retry sees the next step.
    assert conversation.status == "COMPLETED"
    assert arrived(mock, "GET") == [(200, "reset"), (200, None)]
    assert len(sdk.sleeps) == 1


def test_a_patch_whose_connection_drops_is_retried(
    sdk: Sdk, mock: MockHamsa, agent_id: str
) -> None:
    mock.reset_next("PATCH", f"/v1/voice-agents/{agent_id}")

    agent = sdk.run(lambda c: c.voice_agents.update(agent_id, name="Renamed"))

    assert agent.name == "Renamed"
    assert arrived(mock, "PATCH") == [(200, "reset"), (200, None)]


def test_a_start_call_whose_connection_drops_is_not_retried(
    sdk: Sdk, mock: MockHamsa, agent_id: str
) -> None:
    mock.reset_next("POST", CALL_PATH)

    with pytest.raises(hamsa.APIConnectionError) as caught:
        sdk.run(start_call(agent_id))

    assert not isinstance(caught.value, hamsa.APITimeoutError)
    assert arrived(mock, "POST") == [(200, "reset")]
    assert sdk.sleeps == []
    # Why: the call was placed although the client never saw the answer.
    (placed,) = mock.conversations.values()
    assert placed.to_number == "+15551234567"


def test_a_create_whose_connection_drops_is_not_retried(sdk: Sdk, mock: MockHamsa) -> None:
    mock.reset_next("POST", "/v2/voice-agents")

    with pytest.raises(hamsa.APIConnectionError):
        sdk.run(lambda c: c.voice_agents.create(name="Support"))

    assert arrived(mock, "POST") == [(200, "reset")]
    assert len(mock.agents) == 1


def test_a_reset_without_processing_leaves_no_trace(sdk: Sdk, mock: MockHamsa) -> None:
    mock.reset_next("POST", "/v2/voice-agents", process=False)

    with pytest.raises(hamsa.APIConnectionError):
        sdk.run(lambda c: c.voice_agents.create(name="Support"))

    assert arrived(mock, "POST") == [(500, "reset")]
    assert mock.agents == {}


# --- the hooks themselves -------------------------------------------------------------------------


def test_faults_match_method_and_path_and_are_used_up(sdk: Sdk, mock: MockHamsa) -> None:
    mock.fail_next("PATCH", "/v2/voice-agents", status=418)  # another method: never matches
    mock.fail_next(None, None, status=500, times=2, body={"message": "down"})

    with pytest.raises(hamsa.InternalServerError) as first:
        sdk.run(lambda c: c.voice_agents.create(name="One"))
    with pytest.raises(hamsa.InternalServerError):
        sdk.run(lambda c: c.voice_agents.create(name="Two"))
    agent = sdk.run(lambda c: c.voice_agents.create(name="Three"))

    assert first.value.message == "down"
    assert [a.name for a in mock.agents.values()] == [agent.name]
    mock.clear_faults()
    assert sdk.run(lambda c: c.voice_agents.create(name="Four")).name == "Four"
    with pytest.raises(ValueError, match="times"):
        mock.fail_next("GET", None, times=0)


# --- answers that are not the documented JSON ---------------------------------------------------

V2_AGENT = "/v2/voice-agents/{voiceAgentId}"
PROXY_502 = (
    b"<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1>"
    b"</center><hr><center>nginx</center>" + b"<!-- padding -->" * 200 + b"</body></html>"
)


def test_malformed_json_in_a_200_raises_a_response_error_without_retrying(
    sdk: Sdk, mock: MockHamsa, agent_id: str
) -> None:
    mock.fail_next("GET", V2_AGENT, status=200, body=b'{"success": tr')

    with pytest.raises(hamsa.APIResponseValidationError) as caught:
        sdk.run(lambda c: c.voice_agents.get(agent_id))

    assert "expected a JSON body" in str(caught.value)
    assert caught.value.response.status_code == 200
    assert arrived(mock, "GET") == [(200, "fail")]  # a 200 is an answer: never retried


@pytest.mark.parametrize("status", [200, 201])
def test_an_empty_success_body_raises_a_response_error(
    sdk: Sdk, mock: MockHamsa, agent_id: str, status: int
) -> None:
    mock.fail_next("GET", V2_AGENT, status=status, body=b"")

    with pytest.raises(hamsa.APIResponseValidationError):
        sdk.run(lambda c: c.voice_agents.get(agent_id))

    assert arrived(mock, "GET") == [(status, "fail")]


def test_an_empty_error_body_still_raises_the_status_error(sdk: Sdk, mock: MockHamsa) -> None:
    mock.fail_next("POST", "/v2/voice-agents", status=400, body=b"")

    with pytest.raises(hamsa.BadRequestError) as caught:
        sdk.run(lambda c: c.voice_agents.create(name="Support"))

    assert caught.value.status_code == 400
    assert arrived(mock, "POST") == [(400, "fail")]


def test_an_html_502_page_is_retried_for_a_get_and_then_succeeds(
    sdk: Sdk, mock: MockHamsa, agent_id: str
) -> None:
    mock.fail_next("GET", V2_AGENT, status=502, body=PROXY_502, content_type="text/html")

    agent = sdk.run(lambda c: c.voice_agents.get(agent_id))

    assert agent.name == "Support"
    assert arrived(mock, "GET") == [(502, "fail"), (200, None)]


def test_an_html_502_page_that_persists_raises_a_short_status_error(
    sdk: Sdk, mock: MockHamsa, agent_id: str
) -> None:
    mock.fail_next("GET", V2_AGENT, status=502, body=PROXY_502, content_type="text/html", times=3)

    with pytest.raises(hamsa.InternalServerError) as caught:
        sdk.run(lambda c: c.voice_agents.get(agent_id))

    assert caught.value.status_code == 502
    message = str(caught.value)
    assert "502" in message and "padding" not in message and len(message) < 400
    assert arrived(mock, "GET") == [(502, "fail")] * 3  # max_retries=2: three attempts

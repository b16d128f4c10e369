"""client.conversations: get, wait for the end of a call, terminate (never retried)."""

from __future__ import annotations

import copy
from typing import Any

import hamsa
import httpx
import pytest
import respx
from hamsa.v1.models import CallStatus, Conversation
from sdk_harness import Sdk, example

CONVERSATION_ID = "849e77c6-5cb3-479a-a985-7fab630e2c78"
PATH = f"/v1/voice-agents/conversation/{CONVERSATION_ID}"


def conversation_with(status: str) -> dict[str, Any]:
    body = copy.deepcopy(example("v1_get_conversation.response"))
    body["data"]["status"] = status
    return body


def test_get_returns_the_typed_conversation(sdk: Sdk, api: respx.MockRouter) -> None:
    route = api.get(PATH).respond(200, json=example("v1_get_conversation.response"))

    conversation = sdk.run(lambda c: c.conversations.get(CONVERSATION_ID))

    assert route.call_count == 1
    assert isinstance(conversation, Conversation)
    assert conversation.status is CallStatus.COMPLETED
    assert conversation.call_duration == 125
    assert conversation.call_params.user_number == "+1234567890"
    assert conversation.logs[0].id == "log_123"


def test_an_unknown_status_is_kept_not_fatal(sdk: Sdk, api: respx.MockRouter) -> None:
    api.get(PATH).respond(200, json=conversation_with("ON_HOLD"))

    conversation = sdk.run(lambda c: c.conversations.get(CONVERSATION_ID))

    assert conversation.status == "ON_HOLD"
    assert not conversation.status.is_known


def test_wait_polls_until_the_call_has_ended(sdk: Sdk, api: respx.MockRouter) -> None:
    route = api.get(PATH).mock(
        side_effect=[
            httpx.Response(200, json=conversation_with("PENDING")),
            httpx.Response(200, json=conversation_with("IN_PROGRESS")),
            httpx.Response(200, json=conversation_with("NO_ANSWER")),
        ]
    )

    done = sdk.run(lambda c: c.conversations.wait(CONVERSATION_ID, poll_interval=1.5))

    assert done.status is CallStatus.NO_ANSWER
    assert route.call_count == 3
    assert sdk.sleeps == [1.5, 1.5]


def test_wait_gives_up_after_max_wait(sdk: Sdk, api: respx.MockRouter) -> None:
    api.get(PATH).respond(200, json=conversation_with("IN_PROGRESS"))

    with pytest.raises(hamsa.APITimeoutError, match="had not finished after 4 s"):
        sdk.run(lambda c: c.conversations.wait(CONVERSATION_ID, poll_interval=2, max_wait=4))
    assert sdk.sleeps == [2, 2]


def test_terminate_is_a_get_that_is_never_retried(sdk: Sdk, api: respx.MockRouter) -> None:
    route = api.get(f"{PATH}/terminate").respond(503, json={"message": "busy"})

    with pytest.raises(hamsa.InternalServerError):
        sdk.run(lambda c: c.conversations.terminate(CONVERSATION_ID))

    assert route.call_count == 1  # a plain GET would have been tried 3 times
    assert sdk.sleeps == []


def test_terminate_returns_the_envelope(sdk: Sdk, api: respx.MockRouter) -> None:
    api.get(f"{PATH}/terminate").respond(200, json=example("v1_terminate_conversation.response"))

    envelope = sdk.run(lambda c: c.conversations.terminate(CONVERSATION_ID))

    assert envelope.success is True
    assert envelope.message_key == "ConversationTerminatedSuccessfully"


def test_get_is_retried_like_any_get(sdk: Sdk, api: respx.MockRouter) -> None:
    route = api.get(PATH).mock(
        side_effect=[
            httpx.Response(502, text="<html>bad gateway</html>"),
            httpx.Response(200, json=example("v1_get_conversation.response")),
        ]
    )

    conversation = sdk.run(lambda c: c.conversations.get(CONVERSATION_ID))

    assert conversation.id == CONVERSATION_ID
    assert route.call_count == 2

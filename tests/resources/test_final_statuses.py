"""client.conversations.wait() stops at the CallStatus values the spec marks final
(x-hamsa-final), read from the generated operation table hamsa._operations."""

from __future__ import annotations

import copy
from typing import Any

import httpx
import pytest
import respx
from hamsa import _operations
from hamsa._polling import final_values
from sdk_harness import Sdk, example

CONVERSATION_ID = "849e77c6-5cb3-479a-a985-7fab630e2c78"
PATH = f"/v1/voice-agents/conversation/{CONVERSATION_ID}"


def conversation_with(status: str) -> httpx.Response:
    body: dict[str, Any] = copy.deepcopy(example("v1_get_conversation.response"))
    body["data"]["status"] = status
    return httpx.Response(200, json=body)


def with_new_final_status(status: str) -> tuple[_operations.StatusEnum, ...]:
    """The table as a spec adding ``status`` to CallStatus and to its x-hamsa-final would
    generate it."""
    return tuple(
        (
            enum._replace(values=(*enum.values, status), final=(*enum.final, status))
            if (enum.version, enum.schema) == ("v1", "CallStatus")
            else enum
        )
        for enum in _operations.STATUS_ENUMS
    )


def test_the_final_statuses_are_the_ones_wait_always_stopped_at() -> None:
    assert final_values("v1", "CallStatus") == {
        "COMPLETED",
        "NO_ANSWER",
        "FAILED",
        "FORWARDED",
        "TERMINATED",
    }


def test_a_status_the_table_does_not_mark_final_keeps_wait_polling(
    sdk: Sdk, api: respx.MockRouter
) -> None:
    route = api.get(PATH).mock(
        side_effect=[
            conversation_with("PENDING"),
            conversation_with("VOICEMAIL"),
            conversation_with("COMPLETED"),
        ]
    )

    done = sdk.run(lambda c: c.conversations.wait(CONVERSATION_ID, poll_interval=1))

    assert done.status == "COMPLETED"
    assert route.call_count == 3


def test_wait_stops_at_a_final_status_added_to_the_table(
    sdk: Sdk, api: respx.MockRouter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_operations, "STATUS_ENUMS", with_new_final_status("VOICEMAIL"))
    route = api.get(PATH).mock(
        side_effect=[
            conversation_with("PENDING"),
            conversation_with("VOICEMAIL"),
            conversation_with("COMPLETED"),
        ]
    )

    done = sdk.run(lambda c: c.conversations.wait(CONVERSATION_ID, poll_interval=1))

    assert done.status == "VOICEMAIL"  # an SDK that doesn't know the value keeps it as sent
    assert route.call_count == 2
    assert sdk.sleeps == [1]

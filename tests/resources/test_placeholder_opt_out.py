"""create and update take strict_placeholders=False for templating the SDK can't read."""

from __future__ import annotations

import json

import pytest
import respx
from hamsa import Hamsa, PlaceholderWarning, RequestValidationError
from sdk_harness import example

BASE_URL = "https://api.hamsa.test"
TEXTS = ["{{#items}}- {{name}}{{/items}}", "Hello {{ اسم العميل }}"]


@pytest.mark.parametrize("text", TEXTS)
def test_create_refuses_unreadable_placeholders_unless_told_not_to(text: str) -> None:
    with (
        Hamsa(api_key="hk_placeholders_0123456789", base_url=BASE_URL) as client,
        respx.mock(base_url=BASE_URL) as api,
    ):
        route = api.post("/v2/voice-agents").respond(
            200, json=example("v2_create_voice_agent.response")
        )
        with pytest.raises(RequestValidationError, match="malformed placeholder"):
            client.voice_agents.create(name="Support", conversation={"preamble": text})
        assert not route.called

        with pytest.warns(PlaceholderWarning, match="sent as written") as caught:
            client.voice_agents.create(
                name="Support", conversation={"preamble": text}, strict_placeholders=False
            )
        assert caught[0].filename == __file__  # points at the caller
        sent = json.loads(route.calls.last.request.content)
        assert sent["conversation"]["preamble"] == text
        assert "strict_placeholders" not in sent and "strictPlaceholders" not in sent


def test_update_takes_the_same_opt_out() -> None:
    with (
        Hamsa(api_key="hk_placeholders_0123456789", base_url=BASE_URL) as client,
        respx.mock(base_url=BASE_URL) as api,
    ):
        route = api.patch("/v1/voice-agents/agent-1").respond(
            200, json=example("v1_update_voice_agent.response")
        )
        with pytest.raises(RequestValidationError, match="malformed placeholder"):
            client.voice_agents.update("agent-1", conversation={"preamble": TEXTS[0]})
        with pytest.warns(PlaceholderWarning):
            client.voice_agents.update(
                "agent-1", conversation={"preamble": TEXTS[0]}, strict_placeholders=False
            )
    assert json.loads(route.calls.last.request.content)["preamble"] == TEXTS[0]

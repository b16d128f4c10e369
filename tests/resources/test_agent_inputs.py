"""Agent inputs that need more than one field's constraints: {{placeholders}} and the outcome
response shape, as a user of the resources meets them."""

from __future__ import annotations

import dataclasses
import json
from typing import Literal

import hamsa
import pytest
import respx
from sdk_harness import Sdk, example


@dataclasses.dataclass
class Outcome:
    """What to extract from the call."""

    booked: bool
    reason: Literal["price", "timing", "other"] | None = None
    score: int = dataclasses.field(default=0, metadata={"description": "0 to 10"})


def test_malformed_placeholders_fail_create_before_sending(sdk: Sdk, api: respx.MockRouter) -> None:
    route = api.post("/v2/voice-agents")
    with pytest.raises(hamsa.RequestValidationError) as caught:
        sdk.run(
            lambda c: c.voice_agents.create(
                name="x", conversation={"greeting_message": "Hi {{name}!", "preamble": "ok"}
            )
        )
    assert [v.path for v in caught.value.violations] == ["conversation.greeting_message"]
    assert "single brace" in caught.value.violations[0].constraint
    assert not route.called


def test_unfilled_placeholders_are_fine_on_create(sdk: Sdk, api: respx.MockRouter) -> None:
    route = api.post("/v2/voice-agents").respond(
        200, json=example("v2_create_voice_agent.response")
    )
    sdk.run(lambda c: c.voice_agents.create(name="x", conversation={"preamble": "For {{name}}"}))
    assert (
        json.loads(route.calls.last.request.content)["conversation"]["preamble"] == "For {{name}}"
    )


def test_an_inline_agent_needs_a_value_for_every_placeholder(
    sdk: Sdk, api: respx.MockRouter
) -> None:
    route = api.post("/v1/voice-agents/call")
    agent = {"conversation": {"greeting_message": "Hi {{name}}, about {{topic}}"}}
    with pytest.raises(hamsa.RequestValidationError) as caught:
        sdk.run(
            lambda c: c.calls.start(to_number="+15551234567", agent=agent, params={"name": "Sara"})
        )
    assert [v.path for v in caught.value.violations] == ["params.topic"]
    assert "{{topic}}" in caught.value.violations[0].constraint
    assert not route.called


def test_missing_values_can_be_relaxed_to_a_warning(sdk: Sdk, api: respx.MockRouter) -> None:
    route = api.post("/v1/voice-agents/call").respond(200, json=example("v1_start_call.response"))
    agent = {"conversation": {"greeting_message": "Hi {{name}}"}}
    with pytest.warns(hamsa.PlaceholderWarning, match="name"):
        sdk.run(
            lambda c: c.calls.start(
                to_number="+15551234567", agent=agent, strict_placeholders=False
            )
        )
    assert route.call_count == 1


def test_outcome_shape_from_a_dataclass_is_sent_in_the_documented_shape(
    sdk: Sdk, api: respx.MockRouter
) -> None:
    route = api.post("/v2/voice-agents").respond(
        200, json=example("v2_create_voice_agent.response")
    )
    sdk.run(lambda c: c.voice_agents.create(name="x", outcome_response_shape=Outcome))
    shape = json.loads(route.calls.last.request.content)["outcomeResponseShape"]
    assert shape["type"] == "object"
    assert shape["required"] == ["booked"]
    assert shape["properties"]["booked"]["type"] == "boolean"
    assert shape["properties"]["reason"]["enum"] == ["price", "timing", "other"]
    assert shape["properties"]["score"] == {"type": "integer", "description": "0 to 10"}


def test_a_malformed_outcome_shape_is_reported_with_the_other_violations(
    sdk: Sdk, api: respx.MockRouter
) -> None:
    with pytest.raises(hamsa.RequestValidationError) as caught:
        sdk.run(
            lambda c: c.voice_agents.update(
                "a1",
                outcome_response_shape={"type": "object", "properties": {"x": {}}},
                call_settings={"max_call_duration": 5},
            )
        )
    paths = {v.path for v in caught.value.violations}
    assert "call_settings.max_call_duration" in paths
    assert any(p.startswith("outcome_response_shape.properties.x") for p in paths)

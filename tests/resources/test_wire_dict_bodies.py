"""The per-version clients take a body as its model or as the wire dict the README shows; the
dict is checked like the model (unknown keys refused with the closest name) before any I/O."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import hamsa
import pytest
from hamsa.testing import MockHamsa
from sdk_harness import Sdk

API_KEY = "hk_wire_dict_0123456789"


@pytest.fixture
def mock() -> Iterator[MockHamsa]:
    with MockHamsa(api_key=API_KEY) as server:
        yield server


@pytest.fixture
def sdk(make_sdk: Callable[..., Sdk], mock: MockHamsa) -> Sdk:
    return make_sdk(base_url=mock.base_url, api_key=mock.api_key)


def test_v1_update_takes_the_wire_dict(sdk: Sdk, mock: MockHamsa) -> None:
    agent = sdk.run(lambda c: c.voice_agents.create(name="Support"))
    body = {"agentName": "Renamed", "maxCallDuration": 120}

    sdk.run(lambda c: c.v1.voice_agents.update_voice_agent(agent.id, body=body))

    assert mock.requests[-1].json == body
    assert sdk.run(lambda c: c.voice_agents.get(agent.id)).name == "Renamed"


def test_v2_create_takes_the_wire_dict(sdk: Sdk, mock: MockHamsa) -> None:
    body = {"name": "Wire", "callSettings": {"maxCallDuration": 120}}
    created = sdk.run(lambda c: c.v2.voice_agents.create_voice_agent(body=body))
    assert mock.requests[-1].json == body
    assert created.data.name == "Wire"


@pytest.mark.parametrize(
    ("body", "path", "hint"),
    [
        ({"agentName": "x", "maxCallDurration": 120}, "max_call_durration", "max_call_duration"),
        ({"maxCallDuration": 5}, "max_call_duration", "between 30 and 600"),
    ],
)
def test_a_bad_wire_dict_fails_before_sending(
    sdk: Sdk, mock: MockHamsa, body: dict[str, Any], path: str, hint: str
) -> None:
    agent = sdk.run(lambda c: c.voice_agents.create(name="Support"))
    sent = len(mock.requests)
    with pytest.raises(hamsa.RequestValidationError) as caught:
        sdk.run(lambda c: c.v1.voice_agents.update_voice_agent(agent.id, body=body))
    assert path in str(caught.value) and hint in str(caught.value)
    assert len(mock.requests) == sent


@pytest.mark.parametrize("body", [None, "agentName=x", ["agentName", "x"], 5])
def test_a_body_of_the_wrong_type_is_a_request_error(sdk: Sdk, mock: MockHamsa, body: Any) -> None:
    with pytest.raises(hamsa.RequestValidationError) as caught:
        sdk.run(lambda c: c.v1.voice_agents.update_voice_agent("agent-1", body=body))
    assert "UpdateVoiceAgentRequest or a dict" in str(caught.value)
    assert len(mock.requests) == 0


@pytest.mark.parametrize("value", [5, 2.5, {"Single Prompt": 1}, b"Single Prompt"])
def test_a_list_filter_of_the_wrong_type_is_a_request_error(
    sdk: Sdk, mock: MockHamsa, value: Any
) -> None:
    def listing(c: Any) -> Any:
        return c.voice_agents.list(type=value)

    with pytest.raises(hamsa.RequestValidationError) as caught:
        sdk.run(listing)
    assert [v.path for v in caught.value.violations] == ["type"]
    assert len(mock.requests) == 0

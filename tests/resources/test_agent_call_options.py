"""client.voice_agents is generated like every resource: each of its methods (create, get,
list on v2; update, clone on v1) takes the per-call options, and the raw twin is the same call."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import hamsa
import pytest
from hamsa.testing import MockHamsa
from sdk_harness import Sdk

EXTRAS: dict[str, Any] = {
    "extra_headers": {"X-Trace-Id": "trace-7"},
    "extra_query": {"debug": "1"},
}


@pytest.fixture
def mock() -> Iterator[MockHamsa]:
    with MockHamsa() as server:
        yield server


@pytest.fixture
def sdk(make_sdk: Callable[..., Sdk], mock: MockHamsa) -> Sdk:
    return make_sdk(base_url=mock.base_url, api_key=mock.api_key)


def _calls(agent_id: str) -> dict[str, Callable[[Any], Any]]:
    return {
        "create": lambda c: c.voice_agents.create(name="Support", **EXTRAS),
        "get": lambda c: c.voice_agents.get(agent_id, **EXTRAS),
        "update": lambda c: c.voice_agents.update(agent_id, name="Renamed", **EXTRAS),
        "clone": lambda c: c.voice_agents.clone(agent_id, name="Copy", **EXTRAS),
        "list": lambda c: c.voice_agents.with_raw_response.list(page_size=5, **EXTRAS),
    }


@pytest.mark.parametrize("method", ["create", "get", "update", "clone", "list"])
def test_every_agent_method_sends_the_per_call_extras(
    sdk: Sdk, mock: MockHamsa, method: str
) -> None:
    agent = sdk.run(lambda c: c.voice_agents.create(name="Support"))
    before = len(mock.requests)

    sdk.run(_calls(agent.id)[method])

    sent = mock.requests[before:]
    assert len(sent) == 1
    assert sent[0].headers.get("x-trace-id") == "trace-7"
    assert sent[0].query.get("debug") == "1"


def test_extra_body_reaches_the_flat_v1_update(sdk: Sdk, mock: MockHamsa) -> None:
    agent = sdk.run(lambda c: c.voice_agents.create(name="Support"))

    updated = sdk.run(
        lambda c: c.voice_agents.update(
            agent.id, call_settings={"max_call_duration": 90}, extra_body={"realTime": True}
        )
    )

    body = mock.requests[-1].json
    assert mock.requests[-1].path == f"/v1/voice-agents/{agent.id}"
    assert body["maxCallDuration"] == 90 and body["realTime"] is True
    assert isinstance(updated, hamsa.VoiceAgent) and updated.api_version == "v1"


def test_the_raw_twin_of_get_returns_the_unified_agent(sdk: Sdk) -> None:
    agent = sdk.run(lambda c: c.voice_agents.create(name="Support"))

    raw = sdk.run(lambda c: c.voice_agents.with_raw_response.get(agent.id))

    assert raw.status_code == 200
    assert isinstance(raw.parsed, hamsa.VoiceAgent)
    assert (raw.parsed.id, raw.parsed.api_version) == (agent.id, "v2")

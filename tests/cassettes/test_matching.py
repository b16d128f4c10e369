"""A request the SDK builds differently from the recorded one fails instead of replaying.

Requests are matched on method, path, query and body: a change in how the SDK serializes a
call must show up as a failing cassette test, not be answered by a stale recording.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from vcr.errors import CannotOverwriteExistingCassetteException

from ._operations import entry
from ._support import AGENT_ID, DEFAULT_BASE_URL, TEST_API_KEY, Sdk, Target

pytestmark = [pytest.mark.block_network]
REPLAY = Target(mode="replay", base_url=DEFAULT_BASE_URL, api_key=TEST_API_KEY)
# The fields the table's voice_agents.update entry sends (its cassette holds that request).
UPDATE_FIELDS = {
    name: value
    for name, value in entry("voice_agents.update").arguments(REPLAY).items()
    if name != "agent_id"
}


# Each test pins record_mode="none" whatever --record-mode says: these requests must never be
# recorded, even while the cassettes are being re-recorded.


@pytest.fixture
def replay_sdk() -> Iterator[Sdk]:
    made = Sdk("sync", REPLAY)
    yield made
    made.close()


@pytest.mark.vcr(record_mode="none")
@pytest.mark.default_cassette("voice_agents.update")
def test_the_recorded_request_replays(replay_sdk: Sdk) -> None:
    agent = replay_sdk.run(lambda c: c.voice_agents.update(AGENT_ID, **UPDATE_FIELDS))

    assert agent.api_version == "v1"


@pytest.mark.vcr(record_mode="none")
@pytest.mark.default_cassette("voice_agents.update")
def test_a_different_body_does_not_replay(replay_sdk: Sdk) -> None:
    fields = {**UPDATE_FIELDS, "name": "Another name"}

    with pytest.raises(CannotOverwriteExistingCassetteException):
        replay_sdk.run(lambda c: c.voice_agents.update(AGENT_ID, **fields))


@pytest.mark.vcr(record_mode="none")
@pytest.mark.default_cassette("voice_agents.update")
def test_a_different_path_does_not_replay(replay_sdk: Sdk) -> None:
    with pytest.raises(CannotOverwriteExistingCassetteException):
        replay_sdk.run(lambda c: c.voice_agents.update("another-agent", **UPDATE_FIELDS))


@pytest.mark.vcr(record_mode="none")
@pytest.mark.default_cassette("voice_agents.clone")
def test_a_different_query_does_not_replay(replay_sdk: Sdk) -> None:
    with pytest.raises(CannotOverwriteExistingCassetteException):
        replay_sdk.run(lambda c: c.voice_agents.clone("another-agent", name="Support (copy)"))

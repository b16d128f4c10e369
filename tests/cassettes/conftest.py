"""vcrpy (through pytest-recording) for the cassette tests.

By default, and in CI, the record mode is "none": every request is answered from
tests/cassettes/recorded and a request that isn't there fails the test; nothing reaches a network.

- ``pytest --record-mode=once tests/cassettes`` with HAMSA_API_KEY set records the missing
  cassettes against the real API (HAMSA_BASE_URL, or https://api.tryhamsa.com).
- ``python tests/cassettes/record_from_examples.py`` synthesizes them from the API docs'
  examples with a loopback server (HAMSA_CASSETTE_SOURCE=docs-examples): how the committed
  cassettes were made, since no real API is reachable where they were written.

Whatever the source, the scrubbing hooks run before anything is written.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest

from ._examples_server import EXAMPLES_HOST, ExamplesServer
from ._scrub import Scrubber
from ._support import (
    CASSETTES,
    DEFAULT_BASE_URL,
    DOCS_EXAMPLES,
    SOURCE_ENV,
    TEST_API_KEY,
    Kind,
    Sdk,
    Target,
    live_target,
)


@pytest.fixture(scope="session")
def recording_target(record_mode: str) -> Iterator[Target]:
    """Where requests go when a cassette is missing (record_mode is pytest-recording's)."""
    if os.environ.get(SOURCE_ENV) == DOCS_EXAMPLES:
        with ExamplesServer() as server:
            yield Target(mode="docs-examples", base_url=server.url, api_key=TEST_API_KEY)
    elif record_mode == "none":
        # Replay only: the URL is never contacted (vcrpy answers, and matching ignores host).
        yield Target(mode="replay", base_url=DEFAULT_BASE_URL, api_key=TEST_API_KEY)
    else:
        yield live_target()


@pytest.fixture(scope="session")
def vcr_config(recording_target: Target) -> dict[str, Any]:
    replacements = recording_target.replacements()
    if recording_target.mode == "docs-examples":
        # The loopback server's port changes on every run: a fixed name keeps re-synthesized
        # cassettes byte for byte the same (replay ignores the host anyway).
        replacements[recording_target.base_url.split("://", 1)[1]] = EXAMPLES_HOST
    scrubber = Scrubber(secrets=recording_target.secrets(), replacements=replacements)
    return {
        # Host and scheme are left out: cassettes recorded anywhere replay against any base URL.
        # The body is in: a request the SDK builds differently no longer replays.
        "match_on": ("method", "path", "query", "body"),
        "before_record_request": scrubber.request,
        "before_record_response": scrubber.response,
        # Stored as text, so the scrubber (and the secret scan) can read the JSON.
        "decode_compressed_response": True,
    }


@pytest.fixture(scope="module")
def vcr_cassette_dir() -> str:
    return str(CASSETTES)


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> Kind:
    return request.param  # type: ignore[no-any-return]


@pytest.fixture
def sdk(kind: Kind, recording_target: Target) -> Iterator[Sdk]:
    made = Sdk(kind, recording_target)
    yield made
    made.close()

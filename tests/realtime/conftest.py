"""Fixtures for the realtime tests: a MockHamsa whose WebSocket pings often and whose clients
give up fast, so faults show within a fraction of a second."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hamsa import AsyncHamsa, Hamsa
from hamsa.testing import MockHamsa

# Long enough to look like a real key (the last four characters of a long key may be shown).
KEY = "hk_live_realtime_secret_0123456789abcdef"


@pytest.fixture
def mock() -> Iterator[MockHamsa]:
    with MockHamsa(api_key=KEY, realtime_ping_interval=0.05) as server:
        yield server


@pytest.fixture
def client(mock: MockHamsa) -> Iterator[Hamsa]:
    with mock.client(timeout=2.0) as built:
        yield built


@pytest.fixture
async def async_client(mock: MockHamsa) -> AsyncHamsa:
    return mock.async_client(timeout=2.0)

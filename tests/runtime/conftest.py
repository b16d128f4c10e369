"""Fixtures for the runtime tests."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import respx

from ._support import BASE_URL, Harness, Kind, LoopbackServer


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> Kind:
    return request.param  # type: ignore[no-any-return]


@pytest.fixture
def make_client(kind: Kind) -> Iterator[Callable[..., Harness]]:
    harnesses: list[Harness] = []

    def factory(**client_kwargs: Any) -> Harness:
        harness = Harness(kind, **client_kwargs)
        harnesses.append(harness)
        return harness

    yield factory
    for harness in harnesses:
        harness.close()


@pytest.fixture
def api() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE_URL, assert_all_called=False) as router:
        yield router


@pytest.fixture(autouse=True)
def hermetic_environment(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Neither the developer's shell nor an earlier test may configure a client."""
    for name in ("HAMSA_API_KEY", "HAMSA_BASE_URL", "HAMSA_LOG"):
        monkeypatch.delenv(name, raising=False)
    logger = logging.getLogger("hamsa")
    handlers, level = list(logger.handlers), logger.level
    yield
    logger.handlers[:] = handlers
    logger.setLevel(level)


@pytest.fixture
def make_server() -> Iterator[Callable[..., LoopbackServer]]:
    servers: list[LoopbackServer] = []

    def factory(*, delay: float = 0.0) -> LoopbackServer:
        server = LoopbackServer(delay=delay)
        server.start()
        servers.append(server)
        return server

    yield factory
    for server in servers:
        server.stop()

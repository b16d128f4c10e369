"""Fixtures shared by the user-level tests: a sync/async client harness and a mocked API."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
import respx
from sdk_harness import API_KEY, BASE_URL, Kind, Sdk


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> Kind:
    return request.param  # type: ignore[no-any-return]


@pytest.fixture
def make_sdk(kind: Kind) -> Iterator[Callable[..., Sdk]]:
    """Clients with the test key and base URL unless overridden (None: read the env)."""
    made: list[Sdk] = []

    def factory(**client_kwargs: Any) -> Sdk:
        client_kwargs.setdefault("api_key", API_KEY)
        client_kwargs.setdefault("base_url", BASE_URL)
        sdk = Sdk(kind, **client_kwargs)
        made.append(sdk)
        return sdk

    yield factory
    for sdk in made:
        sdk.shutdown()


@pytest.fixture
def sdk(make_sdk: Callable[..., Sdk]) -> Sdk:
    return make_sdk()


@pytest.fixture
def api() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE_URL, assert_all_called=False) as router:
        yield router


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    """A test file must not leave an event loop marked running in this thread: every later
    async test on the same worker would fail ("cannot be called from a running event loop").
    Checked where a file ends, once its fixtures are gone (Playwright's sync API keeps a loop
    running while its browser fixture lives)."""
    yield
    if nextitem is not None and nextitem.path == item.path:
        return
    import asyncio.events

    if asyncio.events._get_running_loop() is not None:
        asyncio.events._set_running_loop(None)
        pytest.fail(f"{item.path.name} left an asyncio event loop running", pytrace=False)


@pytest.fixture(autouse=True)
def hermetic_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """The developer's shell must not configure the clients under test."""
    for name in ("HAMSA_API_KEY", "HAMSA_BASE_URL", "HAMSA_LOG"):
        monkeypatch.delenv(name, raising=False)


# Tiers that spawn tools (the generator, mkdocs and Chromium, Prism): `nox -s quick` skips them.
_SLOW_TIERS = {"generation", "docs", "contract"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if _SLOW_TIERS & set(item.path.parts):
            item.add_marker(pytest.mark.slow)
    # The slow tiers first (a stable sort keeps each file's own order): pytest-xdist hands out
    # files in this order, and starting the longest ones first balances the two workers.
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)

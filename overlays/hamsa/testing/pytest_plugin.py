"""pytest plugin: the ``hamsa_mock`` fixture, a started hamsa.testing.MockHamsa per test.

While the test runs, HAMSA_BASE_URL and HAMSA_API_KEY point at the mock, so code that builds
``hamsa.Hamsa()`` from the environment talks to it and never places a real call. Options go
on a marker::

    @pytest.mark.hamsa_mock(api_key="sk-test", call_duration=5.0, final_status="NO_ANSWER")
    def test_my_app(hamsa_mock): ...
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from ._mock import MockHamsa

__all__ = ["hamsa_mock"]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "hamsa_mock(**options): keyword arguments for the hamsa_mock fixture's MockHamsa "
        "(api_key, auth_scheme, call_duration, final_status, ...)",
    )


@pytest.fixture
def hamsa_mock(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MockHamsa]:
    """A started MockHamsa, with HAMSA_BASE_URL/HAMSA_API_KEY set to it; stopped afterwards."""
    # Imported here: pytest loads this plugin in every session, most of which never use it.
    from ._mock import MockHamsa

    marker = request.node.get_closest_marker("hamsa_mock")
    options = dict(marker.kwargs) if marker is not None else {}
    with MockHamsa(**options) as mock:
        monkeypatch.setenv("HAMSA_BASE_URL", mock.base_url)
        monkeypatch.setenv("HAMSA_API_KEY", mock.api_key)
        yield mock

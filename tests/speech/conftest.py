"""A MockHamsa and a sync or async client on it, behind one blocking ``run``."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from hamsa.testing import MockHamsa

PROJECT_ID = "ae6d58c6-c6bd-4ae0-ad74-b8b39c29928b"


class Speech:
    """``run(lambda c: c.tts.generate(...))`` on a Hamsa or AsyncHamsa pointed at the mock."""

    def __init__(self, mock: MockHamsa, kind: str, **options: Any) -> None:
        self.mock = mock
        self.kind = kind
        self._loop = asyncio.new_event_loop() if kind == "async" else None
        options.setdefault("project_id", PROJECT_ID)
        self.client: Any = (
            mock.client(**options) if kind == "sync" else mock.async_client(**options)
        )

    def run(self, operation: Callable[[Any], Any]) -> Any:
        result = operation(self.client)
        if self._loop is None:
            return result
        return self._loop.run_until_complete(result) if inspect.isawaitable(result) else result

    def chunks(self, stream: Any) -> list[bytes]:
        """Every chunk of a tts.stream() result, read as the user reads it."""
        if self._loop is None:
            return list(stream)

        async def read() -> list[bytes]:
            return [chunk async for chunk in stream]

        return self._loop.run_until_complete(read())

    def close(self) -> None:
        if self._loop is None:
            self.client.close()
        else:
            self._loop.run_until_complete(self.client.aclose())
            self._loop.close()


@pytest.fixture(scope="module")
def mock() -> Iterator[MockHamsa]:
    with MockHamsa() as server:
        yield server


@pytest.fixture(params=["sync", "async"])
def speech(request: pytest.FixtureRequest, mock: MockHamsa) -> Iterator[Speech]:
    sdk = Speech(mock, request.param)
    yield sdk
    sdk.close()

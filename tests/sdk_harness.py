"""A hamsa.Hamsa or hamsa.AsyncHamsa behind one blocking interface, plus the documented example
payloads, shared by the user-level tests."""

from __future__ import annotations

import asyncio
import inspect
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

import hamsa
import httpx
import respx

API_KEY = "hk_live_resources_0123456789abcdef"
BASE_URL = "https://api.tryhamsa.com"
EXAMPLES = Path(__file__).parent / "fixtures" / "examples"
USER_AGENT = "hamsa-sdk/{} python/{}.{}.{}".format(hamsa.__version__, *sys.version_info[:3])
DEFAULT_TIMEOUT = {"connect": 5.0, "read": 60.0, "write": 60.0, "pool": 60.0}

Kind = Literal["sync", "async"]
Operation = Callable[[Any], Any]


def example(name: str) -> dict[str, Any]:
    """A documented payload from the API reference, e.g. "v2_create_voice_agent.response"."""
    data: dict[str, Any] = json.loads((EXAMPLES / f"{name}.json").read_text())
    return data


def sent_json(route: respx.Route) -> Any:
    return json.loads(route.calls.last.request.content)


def new_http_client(kind: Kind, **kwargs: Any) -> httpx.Client | httpx.AsyncClient:
    """A user-owned pool of the kind the sync or async client takes."""
    return httpx.Client(**kwargs) if kind == "sync" else httpx.AsyncClient(**kwargs)


class Sdk:
    """A hamsa.Hamsa or hamsa.AsyncHamsa behind one blocking interface.

    ``run(lambda c: c.voice_agents.create(...))`` calls the operation on the client and, for the
    async client, awaits it, so a test body reads the same for both. Retry waits are recorded,
    not slept.
    """

    def __init__(self, kind: Kind, **client_kwargs: Any) -> None:
        self.kind = kind
        self.sleeps: list[float] = []
        self._runner = asyncio.Runner() if kind == "async" else None
        self.client: hamsa.Hamsa | hamsa.AsyncHamsa
        if kind == "sync":
            self.client = hamsa.Hamsa(**client_kwargs)
            self.client._sleep = self.sleeps.append
        else:
            self.client = hamsa.AsyncHamsa(**client_kwargs)

            async def record_sleep(seconds: float) -> None:
                self.sleeps.append(seconds)

            self.client._sleep = record_sleep

    def run(self, operation: Operation) -> Any:
        result = operation(self.client)
        if self._runner is None:
            assert not inspect.isawaitable(result)
            return result
        assert inspect.iscoroutine(result), "async resources must return coroutines"
        return self._runner.run(result)

    def wait(self, awaitable: Any) -> Any:
        assert self._runner is not None
        return self._runner.run(awaitable)

    def use_as_context_manager(self) -> Any:
        """Enter and leave the client with `with` / `async with`; returns what `as` bound."""
        if isinstance(self.client, hamsa.Hamsa):
            with self.client as bound:
                return bound
        client = self.client

        async def enter_and_exit() -> Any:
            async with client as bound:
                return bound

        return self.wait(enter_and_exit())

    def close_http_client(self, http_client: httpx.Client | httpx.AsyncClient) -> None:
        if isinstance(http_client, httpx.Client):
            http_client.close()
        else:
            self.wait(http_client.aclose())

    def close_client(self) -> None:
        """client.close() / await client.aclose()."""
        if isinstance(self.client, hamsa.Hamsa):
            self.client.close()
        else:
            self.wait(self.client.aclose())

    def shutdown(self) -> None:
        self.close_client()
        if self._runner is not None:
            self._runner.close()

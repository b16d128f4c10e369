"""The Hamsa API v1 client: one attribute per tag, over hamsa's shared runtime."""

from functools import cached_property
from typing import TYPE_CHECKING

from hamsa._base_client import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from .api.calls import AsyncCalls, Calls
    from .api.conversations import AsyncConversations, Conversations
    from .api.voice_agents import AsyncVoiceAgents, VoiceAgents


class Client:
    """Sync operations of the Hamsa API v1, grouped by tag.

    Usually reached as ``hamsa.Hamsa().v1``; any hamsa runtime client works.
    """

    def __init__(self, runtime: SyncAPIClient) -> None:
        self._runtime = runtime

    @cached_property
    def calls(self) -> "Calls":
        from .api.calls import Calls  # noqa: PLC0415  (lazy by design)

        return Calls(self._runtime)

    @cached_property
    def voice_agents(self) -> "VoiceAgents":
        from .api.voice_agents import VoiceAgents  # noqa: PLC0415  (lazy by design)

        return VoiceAgents(self._runtime)

    @cached_property
    def conversations(self) -> "Conversations":
        from .api.conversations import Conversations  # noqa: PLC0415  (lazy by design)

        return Conversations(self._runtime)


class AsyncClient:
    """Async operations of the Hamsa API v1, grouped by tag.

    Usually reached as ``hamsa.AsyncHamsa().v1``; any hamsa runtime client works.
    """

    def __init__(self, runtime: AsyncAPIClient) -> None:
        self._runtime = runtime

    @cached_property
    def calls(self) -> "AsyncCalls":
        from .api.calls import AsyncCalls  # noqa: PLC0415  (lazy by design)

        return AsyncCalls(self._runtime)

    @cached_property
    def voice_agents(self) -> "AsyncVoiceAgents":
        from .api.voice_agents import AsyncVoiceAgents  # noqa: PLC0415  (lazy by design)

        return AsyncVoiceAgents(self._runtime)

    @cached_property
    def conversations(self) -> "AsyncConversations":
        from .api.conversations import AsyncConversations  # noqa: PLC0415  (lazy by design)

        return AsyncConversations(self._runtime)

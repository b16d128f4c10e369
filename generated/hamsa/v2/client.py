"""The Hamsa API v2 client: one attribute per tag, over hamsa's shared runtime."""

from functools import cached_property
from typing import TYPE_CHECKING

from hamsa._base_client import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from .api.jobs import AsyncJobs, Jobs
    from .api.voice_agents import AsyncVoiceAgents, VoiceAgents
    from .api.voices import AsyncVoices, Voices
    from .api.web_tools import AsyncWebTools, WebTools


class Client:
    """Sync operations of the Hamsa API v2, grouped by tag.

    Usually reached as ``hamsa.Hamsa().v2``; any hamsa runtime client works.
    """

    def __init__(self, runtime: SyncAPIClient) -> None:
        self._runtime = runtime

    @cached_property
    def voice_agents(self) -> "VoiceAgents":
        from .api.voice_agents import VoiceAgents  # noqa: PLC0415  (lazy by design)

        return VoiceAgents(self._runtime)

    @cached_property
    def web_tools(self) -> "WebTools":
        from .api.web_tools import WebTools  # noqa: PLC0415  (lazy by design)

        return WebTools(self._runtime)

    @cached_property
    def jobs(self) -> "Jobs":
        from .api.jobs import Jobs  # noqa: PLC0415  (lazy by design)

        return Jobs(self._runtime)

    @cached_property
    def voices(self) -> "Voices":
        from .api.voices import Voices  # noqa: PLC0415  (lazy by design)

        return Voices(self._runtime)


class AsyncClient:
    """Async operations of the Hamsa API v2, grouped by tag.

    Usually reached as ``hamsa.AsyncHamsa().v2``; any hamsa runtime client works.
    """

    def __init__(self, runtime: AsyncAPIClient) -> None:
        self._runtime = runtime

    @cached_property
    def voice_agents(self) -> "AsyncVoiceAgents":
        from .api.voice_agents import AsyncVoiceAgents  # noqa: PLC0415  (lazy by design)

        return AsyncVoiceAgents(self._runtime)

    @cached_property
    def web_tools(self) -> "AsyncWebTools":
        from .api.web_tools import AsyncWebTools  # noqa: PLC0415  (lazy by design)

        return AsyncWebTools(self._runtime)

    @cached_property
    def jobs(self) -> "AsyncJobs":
        from .api.jobs import AsyncJobs  # noqa: PLC0415  (lazy by design)

        return AsyncJobs(self._runtime)

    @cached_property
    def voices(self) -> "AsyncVoices":
        from .api.voices import AsyncVoices  # noqa: PLC0415  (lazy by design)

        return AsyncVoices(self._runtime)

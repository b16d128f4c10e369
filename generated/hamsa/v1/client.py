"""The Hamsa API v1 client: one attribute per tag, over hamsa's shared runtime."""

from functools import cached_property
from typing import TYPE_CHECKING

from hamsa._base_client import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from .api.ai_content import AiContent, AsyncAiContent
    from .api.analytics import Analytics, AsyncAnalytics
    from .api.calls import AsyncCalls, Calls
    from .api.conversations import AsyncConversations, Conversations
    from .api.jobs import AsyncJobs, Jobs
    from .api.knowledge_base import AsyncKnowledgeBase, KnowledgeBase
    from .api.phone_numbers import AsyncPhoneNumbers, PhoneNumbers
    from .api.statistics import AsyncStatistics, Statistics
    from .api.stt import AsyncStt, Stt
    from .api.tts import AsyncTts, Tts
    from .api.voice_agents import AsyncVoiceAgents, VoiceAgents
    from .api.voice_dictionaries import AsyncVoiceDictionaries, VoiceDictionaries
    from .api.web_calls import AsyncWebCalls, WebCalls
    from .api.web_tools import AsyncWebTools, WebTools


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

    @cached_property
    def analytics(self) -> "Analytics":
        from .api.analytics import Analytics  # noqa: PLC0415  (lazy by design)

        return Analytics(self._runtime)

    @cached_property
    def web_tools(self) -> "WebTools":
        from .api.web_tools import WebTools  # noqa: PLC0415  (lazy by design)

        return WebTools(self._runtime)

    @cached_property
    def knowledge_base(self) -> "KnowledgeBase":
        from .api.knowledge_base import KnowledgeBase  # noqa: PLC0415  (lazy by design)

        return KnowledgeBase(self._runtime)

    @cached_property
    def voice_dictionaries(self) -> "VoiceDictionaries":
        from .api.voice_dictionaries import VoiceDictionaries  # noqa: PLC0415  (lazy by design)

        return VoiceDictionaries(self._runtime)

    @cached_property
    def phone_numbers(self) -> "PhoneNumbers":
        from .api.phone_numbers import PhoneNumbers  # noqa: PLC0415  (lazy by design)

        return PhoneNumbers(self._runtime)

    @cached_property
    def jobs(self) -> "Jobs":
        from .api.jobs import Jobs  # noqa: PLC0415  (lazy by design)

        return Jobs(self._runtime)

    @cached_property
    def tts(self) -> "Tts":
        from .api.tts import Tts  # noqa: PLC0415  (lazy by design)

        return Tts(self._runtime)

    @cached_property
    def stt(self) -> "Stt":
        from .api.stt import Stt  # noqa: PLC0415  (lazy by design)

        return Stt(self._runtime)

    @cached_property
    def ai_content(self) -> "AiContent":
        from .api.ai_content import AiContent  # noqa: PLC0415  (lazy by design)

        return AiContent(self._runtime)

    @cached_property
    def statistics(self) -> "Statistics":
        from .api.statistics import Statistics  # noqa: PLC0415  (lazy by design)

        return Statistics(self._runtime)

    @cached_property
    def web_calls(self) -> "WebCalls":
        from .api.web_calls import WebCalls  # noqa: PLC0415  (lazy by design)

        return WebCalls(self._runtime)


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

    @cached_property
    def analytics(self) -> "AsyncAnalytics":
        from .api.analytics import AsyncAnalytics  # noqa: PLC0415  (lazy by design)

        return AsyncAnalytics(self._runtime)

    @cached_property
    def web_tools(self) -> "AsyncWebTools":
        from .api.web_tools import AsyncWebTools  # noqa: PLC0415  (lazy by design)

        return AsyncWebTools(self._runtime)

    @cached_property
    def knowledge_base(self) -> "AsyncKnowledgeBase":
        from .api.knowledge_base import AsyncKnowledgeBase  # noqa: PLC0415  (lazy by design)

        return AsyncKnowledgeBase(self._runtime)

    @cached_property
    def voice_dictionaries(self) -> "AsyncVoiceDictionaries":
        from .api.voice_dictionaries import (
            AsyncVoiceDictionaries,
        )  # noqa: PLC0415  (lazy by design)

        return AsyncVoiceDictionaries(self._runtime)

    @cached_property
    def phone_numbers(self) -> "AsyncPhoneNumbers":
        from .api.phone_numbers import AsyncPhoneNumbers  # noqa: PLC0415  (lazy by design)

        return AsyncPhoneNumbers(self._runtime)

    @cached_property
    def jobs(self) -> "AsyncJobs":
        from .api.jobs import AsyncJobs  # noqa: PLC0415  (lazy by design)

        return AsyncJobs(self._runtime)

    @cached_property
    def tts(self) -> "AsyncTts":
        from .api.tts import AsyncTts  # noqa: PLC0415  (lazy by design)

        return AsyncTts(self._runtime)

    @cached_property
    def stt(self) -> "AsyncStt":
        from .api.stt import AsyncStt  # noqa: PLC0415  (lazy by design)

        return AsyncStt(self._runtime)

    @cached_property
    def ai_content(self) -> "AsyncAiContent":
        from .api.ai_content import AsyncAiContent  # noqa: PLC0415  (lazy by design)

        return AsyncAiContent(self._runtime)

    @cached_property
    def statistics(self) -> "AsyncStatistics":
        from .api.statistics import AsyncStatistics  # noqa: PLC0415  (lazy by design)

        return AsyncStatistics(self._runtime)

    @cached_property
    def web_calls(self) -> "AsyncWebCalls":
        from .api.web_calls import AsyncWebCalls  # noqa: PLC0415  (lazy by design)

        return AsyncWebCalls(self._runtime)

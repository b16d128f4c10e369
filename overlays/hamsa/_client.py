"""hamsa.Hamsa and hamsa.AsyncHamsa: the runtime plus the resources and per-version clients."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ._base_client import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from .resources.analytics import Analytics, AsyncAnalytics
    from .resources.calls import AsyncCalls, Calls
    from .resources.conversations import AsyncConversations, Conversations
    from .resources.knowledge_base import AsyncKnowledgeBase, KnowledgeBase
    from .resources.phone_numbers import AsyncPhoneNumbers, PhoneNumbers
    from .resources.voice_agents import AsyncVoiceAgents, VoiceAgents
    from .resources.voice_dictionaries import AsyncVoiceDictionaries, VoiceDictionaries
    from .resources.web_tools import AsyncWebTools, WebTools
    from .v1 import AsyncClient as V1AsyncClient
    from .v1 import Client as V1Client
    from .v2 import AsyncClient as V2AsyncClient
    from .v2 import Client as V2Client

__all__ = ["AsyncHamsa", "Hamsa"]

# Resources and the generated packages import on first use: `import hamsa` stays fast, and a
# user of client.calls never loads the v2 models.


class Hamsa(SyncAPIClient):
    """The Hamsa API client.

    Args:
        api_key: Falls back to HAMSA_API_KEY; a missing key raises MissingAPIKeyError.
        base_url: Falls back to HAMSA_BASE_URL, then https://api.tryhamsa.com.
        timeout: Seconds or an httpx.Timeout; finite (default 5 s connect, 60 s read).
        max_retries: Retry budget for safe retries (default 2); per call too.
        http_client: Your own httpx.Client (auth is still applied).
        default_headers: Sent with every request.
        auth_scheme: "Token" (default) or e.g. "Bearer".
    """

    @cached_property
    def voice_agents(self) -> VoiceAgents:
        from .resources.voice_agents import VoiceAgents

        return VoiceAgents(self)

    @cached_property
    def calls(self) -> Calls:
        from .resources.calls import Calls

        return Calls(self)

    @cached_property
    def conversations(self) -> Conversations:
        from .resources.conversations import Conversations

        return Conversations(self)

    @cached_property
    def web_tools(self) -> WebTools:
        from .resources.web_tools import WebTools

        return WebTools(self)

    @cached_property
    def knowledge_base(self) -> KnowledgeBase:
        from .resources.knowledge_base import KnowledgeBase

        return KnowledgeBase(self)

    @cached_property
    def voice_dictionaries(self) -> VoiceDictionaries:
        from .resources.voice_dictionaries import VoiceDictionaries

        return VoiceDictionaries(self)

    @cached_property
    def phone_numbers(self) -> PhoneNumbers:
        from .resources.phone_numbers import PhoneNumbers

        return PhoneNumbers(self)

    @cached_property
    def analytics(self) -> Analytics:
        from .resources.analytics import Analytics

        return Analytics(self)

    @cached_property
    def v1(self) -> V1Client:
        """The generated API v1 client (exact v1 shapes), sharing this client's runtime."""
        from .v1 import Client

        return Client(self)

    @cached_property
    def v2(self) -> V2Client:
        """The generated API v2 client (exact v2 shapes), sharing this client's runtime."""
        from .v2 import Client

        return Client(self)


class AsyncHamsa(AsyncAPIClient):
    """The async Hamsa API client; same arguments and behaviour as Hamsa."""

    @cached_property
    def voice_agents(self) -> AsyncVoiceAgents:
        from .resources.voice_agents import AsyncVoiceAgents

        return AsyncVoiceAgents(self)

    @cached_property
    def calls(self) -> AsyncCalls:
        from .resources.calls import AsyncCalls

        return AsyncCalls(self)

    @cached_property
    def conversations(self) -> AsyncConversations:
        from .resources.conversations import AsyncConversations

        return AsyncConversations(self)

    @cached_property
    def web_tools(self) -> AsyncWebTools:
        from .resources.web_tools import AsyncWebTools

        return AsyncWebTools(self)

    @cached_property
    def knowledge_base(self) -> AsyncKnowledgeBase:
        from .resources.knowledge_base import AsyncKnowledgeBase

        return AsyncKnowledgeBase(self)

    @cached_property
    def voice_dictionaries(self) -> AsyncVoiceDictionaries:
        from .resources.voice_dictionaries import AsyncVoiceDictionaries

        return AsyncVoiceDictionaries(self)

    @cached_property
    def phone_numbers(self) -> AsyncPhoneNumbers:
        from .resources.phone_numbers import AsyncPhoneNumbers

        return AsyncPhoneNumbers(self)

    @cached_property
    def analytics(self) -> AsyncAnalytics:
        from .resources.analytics import AsyncAnalytics

        return AsyncAnalytics(self)

    @cached_property
    def v1(self) -> V1AsyncClient:
        """The generated API v1 client (exact v1 shapes), sharing this client's runtime."""
        from .v1 import AsyncClient

        return AsyncClient(self)

    @cached_property
    def v2(self) -> V2AsyncClient:
        """The generated API v2 client (exact v2 shapes), sharing this client's runtime."""
        from .v2 import AsyncClient

        return AsyncClient(self)

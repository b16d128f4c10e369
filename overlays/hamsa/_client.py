"""hamsa.Hamsa and hamsa.AsyncHamsa: the runtime plus the resources and per-version clients.

The resources (client.voice_agents, client.web_tools, ...) come from the generated mixins in
hamsa._resources, one per x-hamsa-resource of the specs; none is listed here by hand.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ._resources import AsyncResources, SyncResources

if TYPE_CHECKING:
    from ._realtime_async import AsyncRealtime
    from ._realtime_sync import Realtime
    from .v1 import AsyncClient as V1AsyncClient
    from .v1 import Client as V1Client
    from .v2 import AsyncClient as V2AsyncClient
    from .v2 import Client as V2Client

__all__ = ["AsyncHamsa", "Hamsa"]

# Resources and the generated packages import on first use: `import hamsa` stays fast, and a
# user of client.calls never loads the v2 models.


class Hamsa(SyncResources):
    """The Hamsa API client.

    Args:
        api_key: Falls back to HAMSA_API_KEY; a missing key raises MissingAPIKeyError.
        base_url: Falls back to HAMSA_BASE_URL, then https://api.tryhamsa.com.
        timeout: Seconds or an httpx.Timeout; finite (default 5 s connect, 60 s read).
        max_retries: Retry budget for safe retries (default 2); per call too.
        http_client: Your own httpx.Client (auth is still applied).
        default_headers: Sent with every request.
        auth_scheme: "Token" (default) or e.g. "Bearer".
        project_id: The projectId of the methods that need one (jobs, voices, statistics);
            falls back to HAMSA_PROJECT_ID.
    """

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

    @property  # not a cached resource: no HTTP operations (like client.webhooks)
    def realtime(self) -> Realtime:
        """Streaming TTS and STT on Hamsa's WebSocket: ``with client.realtime.connect() as s:``."""
        from ._realtime_sync import Realtime  # websockets loads only when realtime is used

        return Realtime(self)


class AsyncHamsa(AsyncResources):
    """The async Hamsa API client; same arguments and behaviour as Hamsa."""

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

    @property
    def realtime(self) -> AsyncRealtime:
        """Streaming TTS and STT on Hamsa's WebSocket: ``async with client.realtime.connect()``."""
        from ._realtime_async import AsyncRealtime

        return AsyncRealtime(self)

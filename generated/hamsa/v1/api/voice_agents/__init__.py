"""Operations tagged ``voice_agents`` in the Hamsa API v1."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

import httpx
from hamsa._base_client import NOT_GIVEN, AsyncAPIClient, NotGiven, SyncAPIClient

from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.clone_voice_agent_request import CloneVoiceAgentRequest
    from ...models.create_voice_agent_request import CreateVoiceAgentRequest
    from ...models.error_response import ErrorResponse as ErrorResponse
    from ...models.update_voice_agent_request import UpdateVoiceAgentRequest
    from ...models.voice_agent_page_response import VoiceAgentPageResponse
    from ...models.voice_agent_response import VoiceAgentResponse


# Loaded on first access (module __getattr__ below): name -> module, relative to this package.
_LAZY: dict[str, str] = {
    "CloneVoiceAgentRequest": "...models.clone_voice_agent_request",
    "CreateVoiceAgentRequest": "...models.create_voice_agent_request",
    "ErrorResponse": "...models.error_response",
    "UpdateVoiceAgentRequest": "...models.update_voice_agent_request",
    "VoiceAgentPageResponse": "...models.voice_agent_page_response",
    "VoiceAgentResponse": "...models.voice_agent_response",
    "clone_voice_agent": ".clone_voice_agent",
    "get_voice_agent": ".get_voice_agent",
    "update_voice_agent": ".update_voice_agent",
    "list_voice_agents": ".list_voice_agents",
    "create_voice_agent": ".create_voice_agent",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    loaded = importlib.import_module(module, __name__)
    value = loaded if module == "." + name else getattr(loaded, name)
    globals()[name] = value  # later lookups skip this hook
    return value


class VoiceAgents:
    """Operations tagged ``voice_agents`` (API v1)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def clone_voice_agent(
        self,
        *,
        body: CloneVoiceAgentRequest | dict[str, Any],
        voice_agent_id: str,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VoiceAgentResponse:
        """Clone a voice agent

        Copies the agent named by the `voiceAgentId` query parameter into a new agent and returns the copy.
        `agentName` in the body names the copy.

        ``POST /v1/voice-agents/clone`` (API v1)

        Args:
            voice_agent_id (str):
            body (CloneVoiceAgentRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            VoiceAgentResponse
        """

        from . import clone_voice_agent as _clone_voice_agent

        return _clone_voice_agent.sync(
            body=body,
            voice_agent_id=voice_agent_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def clone_voice_agent_with_response(
        self,
        *,
        body: CloneVoiceAgentRequest | dict[str, Any],
        voice_agent_id: str,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[VoiceAgentResponse]:
        """Like ``clone_voice_agent``, plus the status, headers and raw bytes."""
        from . import clone_voice_agent as _clone_voice_agent

        return _clone_voice_agent.sync_detailed(
            body=body,
            voice_agent_id=voice_agent_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_voice_agent(
        self,
        voice_agent_id: str,
        *,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VoiceAgentResponse:
        """Get a voice agent

        Returns one saved agent in the flat v1 shape.

        Deprecated: a documentation mirror labels this endpoint deprecated.
        It is still described because no v1 replacement exists; the v2 get (`GET /v2/voice-agents/{id}`) returns the same agent in the nested shape.

        ``GET /v1/voice-agents/{voice_agent_id}`` (API v1)

        Args:
            voice_agent_id (str):
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            VoiceAgentResponse
        """

        from . import get_voice_agent as _get_voice_agent

        return _get_voice_agent.sync(
            voice_agent_id=voice_agent_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_voice_agent_with_response(
        self,
        voice_agent_id: str,
        *,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[VoiceAgentResponse]:
        """Like ``get_voice_agent``, plus the status, headers and raw bytes."""
        from . import get_voice_agent as _get_voice_agent

        return _get_voice_agent.sync_detailed(
            voice_agent_id=voice_agent_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update_voice_agent(
        self,
        voice_agent_id: str,
        *,
        body: UpdateVoiceAgentRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VoiceAgentResponse:
        """Update a voice agent

        Changes an existing agent.
        Only the fields present in the body are changed; every field is optional.
        Returns the agent as stored after the change.

        ``PATCH /v1/voice-agents/{voice_agent_id}`` (API v1)

        Args:
            voice_agent_id (str):
            body (UpdateVoiceAgentRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            VoiceAgentResponse
        """

        from . import update_voice_agent as _update_voice_agent

        return _update_voice_agent.sync(
            voice_agent_id=voice_agent_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update_voice_agent_with_response(
        self,
        voice_agent_id: str,
        *,
        body: UpdateVoiceAgentRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[VoiceAgentResponse]:
        """Like ``update_voice_agent``, plus the status, headers and raw bytes."""
        from . import update_voice_agent as _update_voice_agent

        return _update_voice_agent.sync_detailed(
            voice_agent_id=voice_agent_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_voice_agents(
        self,
        *,
        skip: int | Unset = UNSET,
        take: int | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VoiceAgentPageResponse:
        """List voice agents

        Returns one page of the project's voice agents, with counters.

        Paging quirk: `skip` is the 1-based number of the page to return, not a number of records to skip, and `take` is the page size.
        `skip=2&take=10` returns agents 11 to 20.

        ``GET /v1/voice-agents`` (API v1)

        Args:
            skip (int | Unset):
            take (int | Unset):
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            VoiceAgentPageResponse
        """

        from . import list_voice_agents as _list_voice_agents

        return _list_voice_agents.sync(
            skip=skip, take=take, client=self._client, timeout=timeout, max_retries=max_retries
        )

    def list_voice_agents_with_response(
        self,
        *,
        skip: int | Unset = UNSET,
        take: int | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[VoiceAgentPageResponse]:
        """Like ``list_voice_agents``, plus the status, headers and raw bytes."""
        from . import list_voice_agents as _list_voice_agents

        return _list_voice_agents.sync_detailed(
            skip=skip, take=take, client=self._client, timeout=timeout, max_retries=max_retries
        )

    def create_voice_agent(
        self,
        *,
        body: CreateVoiceAgentRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VoiceAgentResponse:
        """Create a voice agent

        Creates a voice agent from a flat v1 description and returns it as stored.

        Only `agentName` is required; every other setting falls back to the service default stated in its description.

        ``POST /v1/voice-agents`` (API v1)

        Args:
            body (CreateVoiceAgentRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            VoiceAgentResponse
        """

        from . import create_voice_agent as _create_voice_agent

        return _create_voice_agent.sync(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    def create_voice_agent_with_response(
        self,
        *,
        body: CreateVoiceAgentRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[VoiceAgentResponse]:
        """Like ``create_voice_agent``, plus the status, headers and raw bytes."""
        from . import create_voice_agent as _create_voice_agent

        return _create_voice_agent.sync_detailed(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )


class AsyncVoiceAgents:
    """Async operations tagged ``voice_agents`` (API v1)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def clone_voice_agent(
        self,
        *,
        body: CloneVoiceAgentRequest | dict[str, Any],
        voice_agent_id: str,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VoiceAgentResponse:
        """Clone a voice agent

        Copies the agent named by the `voiceAgentId` query parameter into a new agent and returns the copy.
        `agentName` in the body names the copy.

        ``POST /v1/voice-agents/clone`` (API v1)

        Args:
            voice_agent_id (str):
            body (CloneVoiceAgentRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            VoiceAgentResponse
        """

        from . import clone_voice_agent as _clone_voice_agent

        return await _clone_voice_agent.asyncio(
            body=body,
            voice_agent_id=voice_agent_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def clone_voice_agent_with_response(
        self,
        *,
        body: CloneVoiceAgentRequest | dict[str, Any],
        voice_agent_id: str,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[VoiceAgentResponse]:
        """Like ``clone_voice_agent``, plus the status, headers and raw bytes."""
        from . import clone_voice_agent as _clone_voice_agent

        return await _clone_voice_agent.asyncio_detailed(
            body=body,
            voice_agent_id=voice_agent_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_voice_agent(
        self,
        voice_agent_id: str,
        *,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VoiceAgentResponse:
        """Get a voice agent

        Returns one saved agent in the flat v1 shape.

        Deprecated: a documentation mirror labels this endpoint deprecated.
        It is still described because no v1 replacement exists; the v2 get (`GET /v2/voice-agents/{id}`) returns the same agent in the nested shape.

        ``GET /v1/voice-agents/{voice_agent_id}`` (API v1)

        Args:
            voice_agent_id (str):
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            VoiceAgentResponse
        """

        from . import get_voice_agent as _get_voice_agent

        return await _get_voice_agent.asyncio(
            voice_agent_id=voice_agent_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_voice_agent_with_response(
        self,
        voice_agent_id: str,
        *,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[VoiceAgentResponse]:
        """Like ``get_voice_agent``, plus the status, headers and raw bytes."""
        from . import get_voice_agent as _get_voice_agent

        return await _get_voice_agent.asyncio_detailed(
            voice_agent_id=voice_agent_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def update_voice_agent(
        self,
        voice_agent_id: str,
        *,
        body: UpdateVoiceAgentRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VoiceAgentResponse:
        """Update a voice agent

        Changes an existing agent.
        Only the fields present in the body are changed; every field is optional.
        Returns the agent as stored after the change.

        ``PATCH /v1/voice-agents/{voice_agent_id}`` (API v1)

        Args:
            voice_agent_id (str):
            body (UpdateVoiceAgentRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            VoiceAgentResponse
        """

        from . import update_voice_agent as _update_voice_agent

        return await _update_voice_agent.asyncio(
            voice_agent_id=voice_agent_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def update_voice_agent_with_response(
        self,
        voice_agent_id: str,
        *,
        body: UpdateVoiceAgentRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[VoiceAgentResponse]:
        """Like ``update_voice_agent``, plus the status, headers and raw bytes."""
        from . import update_voice_agent as _update_voice_agent

        return await _update_voice_agent.asyncio_detailed(
            voice_agent_id=voice_agent_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def list_voice_agents(
        self,
        *,
        skip: int | Unset = UNSET,
        take: int | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VoiceAgentPageResponse:
        """List voice agents

        Returns one page of the project's voice agents, with counters.

        Paging quirk: `skip` is the 1-based number of the page to return, not a number of records to skip, and `take` is the page size.
        `skip=2&take=10` returns agents 11 to 20.

        ``GET /v1/voice-agents`` (API v1)

        Args:
            skip (int | Unset):
            take (int | Unset):
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            VoiceAgentPageResponse
        """

        from . import list_voice_agents as _list_voice_agents

        return await _list_voice_agents.asyncio(
            skip=skip, take=take, client=self._client, timeout=timeout, max_retries=max_retries
        )

    async def list_voice_agents_with_response(
        self,
        *,
        skip: int | Unset = UNSET,
        take: int | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[VoiceAgentPageResponse]:
        """Like ``list_voice_agents``, plus the status, headers and raw bytes."""
        from . import list_voice_agents as _list_voice_agents

        return await _list_voice_agents.asyncio_detailed(
            skip=skip, take=take, client=self._client, timeout=timeout, max_retries=max_retries
        )

    async def create_voice_agent(
        self,
        *,
        body: CreateVoiceAgentRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VoiceAgentResponse:
        """Create a voice agent

        Creates a voice agent from a flat v1 description and returns it as stored.

        Only `agentName` is required; every other setting falls back to the service default stated in its description.

        ``POST /v1/voice-agents`` (API v1)

        Args:
            body (CreateVoiceAgentRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            VoiceAgentResponse
        """

        from . import create_voice_agent as _create_voice_agent

        return await _create_voice_agent.asyncio(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    async def create_voice_agent_with_response(
        self,
        *,
        body: CreateVoiceAgentRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[VoiceAgentResponse]:
        """Like ``create_voice_agent``, plus the status, headers and raw bytes."""
        from . import create_voice_agent as _create_voice_agent

        return await _create_voice_agent.asyncio_detailed(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

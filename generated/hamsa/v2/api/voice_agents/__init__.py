"""Operations tagged ``voice_agents`` in the Hamsa API v2."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

import httpx
from hamsa._base_client import NOT_GIVEN, AsyncAPIClient, NotGiven, SyncAPIClient

from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.create_voice_agent_request import CreateVoiceAgentRequest
    from ...models.error_response import ErrorResponse as ErrorResponse
    from ...models.language import Language
    from ...models.sort_order import SortOrder
    from ...models.update_voice_agent_request import UpdateVoiceAgentRequest
    from ...models.voice_agent_page_response import VoiceAgentPageResponse
    from ...models.voice_agent_response import VoiceAgentResponse
    from ...models.voice_agent_sort_field import VoiceAgentSortField
    from ...models.voice_agent_type import VoiceAgentType


# Loaded on first access (module __getattr__ below): name -> module, relative to this package.
_LAZY: dict[str, str] = {
    "CreateVoiceAgentRequest": "...models.create_voice_agent_request",
    "ErrorResponse": "...models.error_response",
    "Language": "...models.language",
    "SortOrder": "...models.sort_order",
    "UpdateVoiceAgentRequest": "...models.update_voice_agent_request",
    "VoiceAgentPageResponse": "...models.voice_agent_page_response",
    "VoiceAgentResponse": "...models.voice_agent_response",
    "VoiceAgentSortField": "...models.voice_agent_sort_field",
    "VoiceAgentType": "...models.voice_agent_type",
    "list_voice_agents": ".list_voice_agents",
    "create_voice_agent": ".create_voice_agent",
    "get_voice_agent": ".get_voice_agent",
    "update_voice_agent": ".update_voice_agent",
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
    """Operations tagged ``voice_agents`` (API v2)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list_voice_agents(
        self,
        *,
        skip: int | Unset = UNSET,
        take: int | Unset = UNSET,
        search: str | Unset = UNSET,
        sort_field: VoiceAgentSortField | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        type: list[VoiceAgentType] | Unset = UNSET,
        language: list[Language] | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VoiceAgentPageResponse:
        """List voice agents

        Returns one page of the project's voice agents, optionally searched, filtered by kind and language, and sorted.

        Pages are numbered: `skip` is a 1-based PAGE NUMBER, not a count of records to skip, so `skip=2&take=10` returns agents 11 to 20.
        `data.total` counts every agent and `data.filtered` those that match the filters.

        This response carries no `message`: the envelope holds only `success` and `data`.

        ``GET /v2/voice-agents`` (API v2)

        Args:
            skip (int | Unset):
            take (int | Unset):
            search (str | Unset):
            sort_field (VoiceAgentSortField | Unset): Field a list of voice agents can be sorted by; `createdAt` is the only one documented.
            sort_order (SortOrder | Unset): Sort direction, `asc` (oldest or smallest first) or `desc`.
            type (list[VoiceAgentType] | Unset):
            language (list[Language] | Unset):
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
            skip=skip,
            take=take,
            search=search,
            sort_field=sort_field,
            sort_order=sort_order,
            type=type,
            language=language,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_voice_agents_with_response(
        self,
        *,
        skip: int | Unset = UNSET,
        take: int | Unset = UNSET,
        search: str | Unset = UNSET,
        sort_field: VoiceAgentSortField | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        type: list[VoiceAgentType] | Unset = UNSET,
        language: list[Language] | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[VoiceAgentPageResponse]:
        """Like ``list_voice_agents``, plus the status, headers and raw bytes."""
        from . import list_voice_agents as _list_voice_agents

        return _list_voice_agents.sync_detailed(
            skip=skip,
            take=take,
            search=search,
            sort_field=sort_field,
            sort_order=sort_order,
            type=type,
            language=language,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create_voice_agent(
        self,
        *,
        body: CreateVoiceAgentRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VoiceAgentResponse:
        """Create a voice agent

        Creates a voice agent from the nested v2 description.
        Only `name` is required; anything left out takes the server's default.
        Returns the stored agent, including the fields the server fills in (identifier, timestamps, resolved voice and web tools).

        ``POST /v2/voice-agents`` (API v2)

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

    def get_voice_agent(
        self,
        voice_agent_id: str,
        *,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VoiceAgentResponse:
        """Get a voice agent

        Returns one voice agent, in the nested v2 shape, by its identifier.
        This response carries no `message`: the envelope holds only `success` and `data`.

        ``GET /v2/voice-agents/{voice_agent_id}`` (API v2)

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

        Changes an existing agent using the nested v2 shape.
        Every field is optional; only the fields present in the body are sent.
        The limits are the same as on create.
        Returns the agent as stored after the change, with `messageKey` `VoiceAgentUpdatedSuccessfully`.

        ``PATCH /v2/voice-agents/{voice_agent_id}`` (API v2)

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


class AsyncVoiceAgents:
    """Async operations tagged ``voice_agents`` (API v2)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list_voice_agents(
        self,
        *,
        skip: int | Unset = UNSET,
        take: int | Unset = UNSET,
        search: str | Unset = UNSET,
        sort_field: VoiceAgentSortField | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        type: list[VoiceAgentType] | Unset = UNSET,
        language: list[Language] | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VoiceAgentPageResponse:
        """List voice agents

        Returns one page of the project's voice agents, optionally searched, filtered by kind and language, and sorted.

        Pages are numbered: `skip` is a 1-based PAGE NUMBER, not a count of records to skip, so `skip=2&take=10` returns agents 11 to 20.
        `data.total` counts every agent and `data.filtered` those that match the filters.

        This response carries no `message`: the envelope holds only `success` and `data`.

        ``GET /v2/voice-agents`` (API v2)

        Args:
            skip (int | Unset):
            take (int | Unset):
            search (str | Unset):
            sort_field (VoiceAgentSortField | Unset): Field a list of voice agents can be sorted by; `createdAt` is the only one documented.
            sort_order (SortOrder | Unset): Sort direction, `asc` (oldest or smallest first) or `desc`.
            type (list[VoiceAgentType] | Unset):
            language (list[Language] | Unset):
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
            skip=skip,
            take=take,
            search=search,
            sort_field=sort_field,
            sort_order=sort_order,
            type=type,
            language=language,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def list_voice_agents_with_response(
        self,
        *,
        skip: int | Unset = UNSET,
        take: int | Unset = UNSET,
        search: str | Unset = UNSET,
        sort_field: VoiceAgentSortField | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        type: list[VoiceAgentType] | Unset = UNSET,
        language: list[Language] | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[VoiceAgentPageResponse]:
        """Like ``list_voice_agents``, plus the status, headers and raw bytes."""
        from . import list_voice_agents as _list_voice_agents

        return await _list_voice_agents.asyncio_detailed(
            skip=skip,
            take=take,
            search=search,
            sort_field=sort_field,
            sort_order=sort_order,
            type=type,
            language=language,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def create_voice_agent(
        self,
        *,
        body: CreateVoiceAgentRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VoiceAgentResponse:
        """Create a voice agent

        Creates a voice agent from the nested v2 description.
        Only `name` is required; anything left out takes the server's default.
        Returns the stored agent, including the fields the server fills in (identifier, timestamps, resolved voice and web tools).

        ``POST /v2/voice-agents`` (API v2)

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

    async def get_voice_agent(
        self,
        voice_agent_id: str,
        *,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VoiceAgentResponse:
        """Get a voice agent

        Returns one voice agent, in the nested v2 shape, by its identifier.
        This response carries no `message`: the envelope holds only `success` and `data`.

        ``GET /v2/voice-agents/{voice_agent_id}`` (API v2)

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

        Changes an existing agent using the nested v2 shape.
        Every field is optional; only the fields present in the body are sent.
        The limits are the same as on create.
        Returns the agent as stored after the change, with `messageKey` `VoiceAgentUpdatedSuccessfully`.

        ``PATCH /v2/voice-agents/{voice_agent_id}`` (API v2)

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

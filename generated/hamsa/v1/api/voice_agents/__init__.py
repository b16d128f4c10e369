"""Operations tagged ``voice_agents`` in the Hamsa API v1."""

import httpx
from hamsa._base_client import NOT_GIVEN, AsyncAPIClient, NotGiven, SyncAPIClient

from ...models.clone_voice_agent_request import CloneVoiceAgentRequest
from ...models.error_response import ErrorResponse as ErrorResponse
from ...models.update_voice_agent_request import UpdateVoiceAgentRequest
from ...models.voice_agent_response import VoiceAgentResponse
from ...types import UNSET as UNSET
from ...types import Response
from ...types import Unset as Unset
from . import clone_voice_agent as _clone_voice_agent
from . import update_voice_agent as _update_voice_agent


class VoiceAgents:
    """Operations tagged ``voice_agents`` (API v1)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def clone_voice_agent(
        self,
        *,
        body: CloneVoiceAgentRequest,
        voice_agent_id: str,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VoiceAgentResponse:
        """Clone a voice agent

        Copies the agent named by the `voiceAgentId` query parameter into a new agent and returns
        the copy. `agentName` in the body names the copy.

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
        body: CloneVoiceAgentRequest,
        voice_agent_id: str,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[VoiceAgentResponse]:
        """Like ``clone_voice_agent``, plus the status, headers and raw bytes."""
        return _clone_voice_agent.sync_detailed(
            body=body,
            voice_agent_id=voice_agent_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update_voice_agent(
        self,
        voice_agent_id: str,
        *,
        body: UpdateVoiceAgentRequest,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VoiceAgentResponse:
        """Update a voice agent

        Changes an existing agent. Only the fields present in the body are changed; every field is
        optional. Returns the agent as stored after the change.

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
        body: UpdateVoiceAgentRequest,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[VoiceAgentResponse]:
        """Like ``update_voice_agent``, plus the status, headers and raw bytes."""
        return _update_voice_agent.sync_detailed(
            voice_agent_id=voice_agent_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncVoiceAgents:
    """Async operations tagged ``voice_agents`` (API v1)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def clone_voice_agent(
        self,
        *,
        body: CloneVoiceAgentRequest,
        voice_agent_id: str,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VoiceAgentResponse:
        """Clone a voice agent

        Copies the agent named by the `voiceAgentId` query parameter into a new agent and returns
        the copy. `agentName` in the body names the copy.

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
        body: CloneVoiceAgentRequest,
        voice_agent_id: str,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[VoiceAgentResponse]:
        """Like ``clone_voice_agent``, plus the status, headers and raw bytes."""
        return await _clone_voice_agent.asyncio_detailed(
            body=body,
            voice_agent_id=voice_agent_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def update_voice_agent(
        self,
        voice_agent_id: str,
        *,
        body: UpdateVoiceAgentRequest,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VoiceAgentResponse:
        """Update a voice agent

        Changes an existing agent. Only the fields present in the body are changed; every field is
        optional. Returns the agent as stored after the change.

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
        body: UpdateVoiceAgentRequest,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[VoiceAgentResponse]:
        """Like ``update_voice_agent``, plus the status, headers and raw bytes."""
        return await _update_voice_agent.asyncio_detailed(
            voice_agent_id=voice_agent_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

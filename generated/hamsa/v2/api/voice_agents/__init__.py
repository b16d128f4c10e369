"""Operations tagged ``voice_agents`` in the Hamsa API v2."""

import httpx
from hamsa._base_client import NOT_GIVEN, AsyncAPIClient, NotGiven, SyncAPIClient

from ...models.create_voice_agent_request import CreateVoiceAgentRequest
from ...models.error_response import ErrorResponse as ErrorResponse
from ...models.voice_agent_response import VoiceAgentResponse
from ...types import UNSET as UNSET
from ...types import Response
from ...types import Unset as Unset
from . import create_voice_agent as _create_voice_agent


class VoiceAgents:
    """Operations tagged ``voice_agents`` (API v2)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create_voice_agent(
        self,
        *,
        body: CreateVoiceAgentRequest,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VoiceAgentResponse:
        """Create a voice agent

        Creates a voice agent from the nested v2 description. Only `name` is required; anything
        left out takes the server's default. Returns the stored agent, including the fields the
        server fills in (identifier, timestamps, resolved voice and web tools).

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

        return _create_voice_agent.sync(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    def create_voice_agent_with_response(
        self,
        *,
        body: CreateVoiceAgentRequest,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[VoiceAgentResponse]:
        """Like ``create_voice_agent``, plus the status, headers and raw bytes."""
        return _create_voice_agent.sync_detailed(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )


class AsyncVoiceAgents:
    """Async operations tagged ``voice_agents`` (API v2)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create_voice_agent(
        self,
        *,
        body: CreateVoiceAgentRequest,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VoiceAgentResponse:
        """Create a voice agent

        Creates a voice agent from the nested v2 description. Only `name` is required; anything
        left out takes the server's default. Returns the stored agent, including the fields the
        server fills in (identifier, timestamps, resolved voice and web tools).

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

        return await _create_voice_agent.asyncio(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    async def create_voice_agent_with_response(
        self,
        *,
        body: CreateVoiceAgentRequest,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[VoiceAgentResponse]:
        """Like ``create_voice_agent``, plus the status, headers and raw bytes."""
        return await _create_voice_agent.asyncio_detailed(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

"""Operations tagged ``web_calls`` in the Hamsa API v1."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

import httpx
from hamsa._base_client import NOT_GIVEN, AsyncAPIClient, NotGiven, SyncAPIClient

from ...types import UNSET as UNSET
from ...types import Response
from ...types import Unset as Unset

if TYPE_CHECKING:
    from ...models.error_response import ErrorResponse as ErrorResponse
    from ...models.participant_token_request import ParticipantTokenRequest
    from ...models.participant_token_response import ParticipantTokenResponse


# Loaded on first access (module __getattr__ below): name -> module, relative to this package.
_LAZY: dict[str, str] = {
    "ErrorResponse": "...models.error_response",
    "ParticipantTokenRequest": "...models.participant_token_request",
    "ParticipantTokenResponse": "...models.participant_token_response",
    "create_participant_token": ".create_participant_token",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    loaded = importlib.import_module(module, __name__)
    value = loaded if module == "." + name else getattr(loaded, name)
    globals()[name] = value  # later lookups skip this hook
    return value


class WebCalls:
    """Operations tagged ``web_calls`` (API v1)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create_participant_token(
        self,
        *,
        body: ParticipantTokenRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ParticipantTokenResponse:
        """Mint a web-call token

        A LiveKit access token with which a browser joins a web call with the agent; mint it on your backend so the API key never reaches the front end.
        Documented only by the official JS SDK's source, which sends `{voiceAgentId, params}` (the example's values are illustrative).

        ``POST /v1/voice-agents/room/participant-token`` (API v1)

        Args:
            body (ParticipantTokenRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            ParticipantTokenResponse
        """

        from . import create_participant_token as _create_participant_token

        return _create_participant_token.sync(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    def create_participant_token_with_response(
        self,
        *,
        body: ParticipantTokenRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[ParticipantTokenResponse]:
        """Like ``create_participant_token``, plus the status, headers and raw bytes."""
        from . import create_participant_token as _create_participant_token

        return _create_participant_token.sync_detailed(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )


class AsyncWebCalls:
    """Async operations tagged ``web_calls`` (API v1)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create_participant_token(
        self,
        *,
        body: ParticipantTokenRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ParticipantTokenResponse:
        """Mint a web-call token

        A LiveKit access token with which a browser joins a web call with the agent; mint it on your backend so the API key never reaches the front end.
        Documented only by the official JS SDK's source, which sends `{voiceAgentId, params}` (the example's values are illustrative).

        ``POST /v1/voice-agents/room/participant-token`` (API v1)

        Args:
            body (ParticipantTokenRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            ParticipantTokenResponse
        """

        from . import create_participant_token as _create_participant_token

        return await _create_participant_token.asyncio(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    async def create_participant_token_with_response(
        self,
        *,
        body: ParticipantTokenRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[ParticipantTokenResponse]:
        """Like ``create_participant_token``, plus the status, headers and raw bytes."""
        from . import create_participant_token as _create_participant_token

        return await _create_participant_token.asyncio_detailed(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

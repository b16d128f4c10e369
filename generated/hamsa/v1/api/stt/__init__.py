"""Operations tagged ``stt`` in the Hamsa API v1."""

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
    from ...models.realtime_stt_request import RealtimeSttRequest
    from ...models.realtime_stt_response import RealtimeSttResponse


# Loaded on first access (module __getattr__ below): name -> module, relative to this package.
_LAZY: dict[str, str] = {
    "ErrorResponse": "...models.error_response",
    "RealtimeSttRequest": "...models.realtime_stt_request",
    "RealtimeSttResponse": "...models.realtime_stt_response",
    "realtime_stt": ".realtime_stt",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    loaded = importlib.import_module(module, __name__)
    value = loaded if module == "." + name else getattr(loaded, name)
    globals()[name] = value  # later lookups skip this hook
    return value


class Stt:
    """Operations tagged ``stt`` (API v1)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def realtime_stt(
        self,
        *,
        body: RealtimeSttRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RealtimeSttResponse:
        """Transcribe WAV audio now

        Transcribes base64-encoded WAV audio (not streamed).
        `client.stt.transcribe(audio=...)` takes a path, bytes or a binary file, checks it is WAV and encodes it.
        The page documents `{text}`; the official LiveKit plugin reads the envelope `{success, data: {text}}`; both are accepted.

        ``POST /v1/realtime/stt`` (API v1)

        Args:
            body (RealtimeSttRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            RealtimeSttResponse
        """

        from . import realtime_stt as _realtime_stt

        return _realtime_stt.sync(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    def realtime_stt_with_response(
        self,
        *,
        body: RealtimeSttRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[RealtimeSttResponse]:
        """Like ``realtime_stt``, plus the status, headers and raw bytes."""
        from . import realtime_stt as _realtime_stt

        return _realtime_stt.sync_detailed(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )


class AsyncStt:
    """Async operations tagged ``stt`` (API v1)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def realtime_stt(
        self,
        *,
        body: RealtimeSttRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RealtimeSttResponse:
        """Transcribe WAV audio now

        Transcribes base64-encoded WAV audio (not streamed).
        `client.stt.transcribe(audio=...)` takes a path, bytes or a binary file, checks it is WAV and encodes it.
        The page documents `{text}`; the official LiveKit plugin reads the envelope `{success, data: {text}}`; both are accepted.

        ``POST /v1/realtime/stt`` (API v1)

        Args:
            body (RealtimeSttRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            RealtimeSttResponse
        """

        from . import realtime_stt as _realtime_stt

        return await _realtime_stt.asyncio(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    async def realtime_stt_with_response(
        self,
        *,
        body: RealtimeSttRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[RealtimeSttResponse]:
        """Like ``realtime_stt``, plus the status, headers and raw bytes."""
        from . import realtime_stt as _realtime_stt

        return await _realtime_stt.asyncio_detailed(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

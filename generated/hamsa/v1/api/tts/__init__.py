"""Operations tagged ``tts`` in the Hamsa API v1."""

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
    from ...models.job_result_response import JobResultResponse
    from ...models.realtime_tts_request import RealtimeTtsRequest
    from ...models.text_to_speech_job_request import TextToSpeechJobRequest


# Loaded on first access (module __getattr__ below): name -> module, relative to this package.
_LAZY: dict[str, str] = {
    "ErrorResponse": "...models.error_response",
    "JobResultResponse": "...models.job_result_response",
    "RealtimeTtsRequest": "...models.realtime_tts_request",
    "TextToSpeechJobRequest": "...models.text_to_speech_job_request",
    "create_text_to_speech_job": ".create_text_to_speech_job",
    "realtime_tts": ".realtime_tts",
    "realtime_tts_stream": ".realtime_tts_stream",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    loaded = importlib.import_module(module, __name__)
    value = loaded if module == "." + name else getattr(loaded, name)
    globals()[name] = value  # later lookups skip this hook
    return value


class Tts:
    """Operations tagged ``tts`` (API v1)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create_text_to_speech_job(
        self,
        *,
        body: TextToSpeechJobRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> JobResultResponse:
        """Start a text-to-speech job

        Turns text into speech in the background; the audio arrives at `webhookUrl` (`jobResponse.ttsMediaFile`), or wait with `client.jobs.wait`.

        ``POST /v1/jobs/text-to-speech`` (API v1)

        Args:
            body (TextToSpeechJobRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            JobResultResponse
        """

        from . import create_text_to_speech_job as _create_text_to_speech_job

        return _create_text_to_speech_job.sync(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    def create_text_to_speech_job_with_response(
        self,
        *,
        body: TextToSpeechJobRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[JobResultResponse]:
        """Like ``create_text_to_speech_job``, plus the status, headers and raw bytes."""
        from . import create_text_to_speech_job as _create_text_to_speech_job

        return _create_text_to_speech_job.sync_detailed(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    def realtime_tts(
        self,
        *,
        body: RealtimeTtsRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> bytes:
        """Speak text now

        Generates the whole audio of `text` (not streamed) and answers with a WAV file.
        `client.tts.generate(..., to=path)` writes it to a file atomically.

        ``POST /v1/realtime/tts`` (API v1)

        Args:
            body (RealtimeTtsRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            bytes
        """

        from . import realtime_tts as _realtime_tts

        return _realtime_tts.sync(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    def realtime_tts_with_response(
        self,
        *,
        body: RealtimeTtsRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[bytes]:
        """Like ``realtime_tts``, plus the status, headers and raw bytes."""
        from . import realtime_tts as _realtime_tts

        return _realtime_tts.sync_detailed(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    def realtime_tts_stream(
        self,
        *,
        body: RealtimeTtsRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> bytes:
        """Speak text, streamed

        Like `generate`, but the WAV audio is sent in chunks as it is made (chunked transfer), so playback can start early.
        `client.tts.stream(...)` yields the chunks.

        ``POST /v1/realtime/tts-stream`` (API v1)

        Args:
            body (RealtimeTtsRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            bytes
        """

        from . import realtime_tts_stream as _realtime_tts_stream

        return _realtime_tts_stream.sync(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    def realtime_tts_stream_with_response(
        self,
        *,
        body: RealtimeTtsRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[bytes]:
        """Like ``realtime_tts_stream``, plus the status, headers and raw bytes."""
        from . import realtime_tts_stream as _realtime_tts_stream

        return _realtime_tts_stream.sync_detailed(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )


class AsyncTts:
    """Async operations tagged ``tts`` (API v1)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create_text_to_speech_job(
        self,
        *,
        body: TextToSpeechJobRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> JobResultResponse:
        """Start a text-to-speech job

        Turns text into speech in the background; the audio arrives at `webhookUrl` (`jobResponse.ttsMediaFile`), or wait with `client.jobs.wait`.

        ``POST /v1/jobs/text-to-speech`` (API v1)

        Args:
            body (TextToSpeechJobRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            JobResultResponse
        """

        from . import create_text_to_speech_job as _create_text_to_speech_job

        return await _create_text_to_speech_job.asyncio(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    async def create_text_to_speech_job_with_response(
        self,
        *,
        body: TextToSpeechJobRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[JobResultResponse]:
        """Like ``create_text_to_speech_job``, plus the status, headers and raw bytes."""
        from . import create_text_to_speech_job as _create_text_to_speech_job

        return await _create_text_to_speech_job.asyncio_detailed(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    async def realtime_tts(
        self,
        *,
        body: RealtimeTtsRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> bytes:
        """Speak text now

        Generates the whole audio of `text` (not streamed) and answers with a WAV file.
        `client.tts.generate(..., to=path)` writes it to a file atomically.

        ``POST /v1/realtime/tts`` (API v1)

        Args:
            body (RealtimeTtsRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            bytes
        """

        from . import realtime_tts as _realtime_tts

        return await _realtime_tts.asyncio(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    async def realtime_tts_with_response(
        self,
        *,
        body: RealtimeTtsRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[bytes]:
        """Like ``realtime_tts``, plus the status, headers and raw bytes."""
        from . import realtime_tts as _realtime_tts

        return await _realtime_tts.asyncio_detailed(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    async def realtime_tts_stream(
        self,
        *,
        body: RealtimeTtsRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> bytes:
        """Speak text, streamed

        Like `generate`, but the WAV audio is sent in chunks as it is made (chunked transfer), so playback can start early.
        `client.tts.stream(...)` yields the chunks.

        ``POST /v1/realtime/tts-stream`` (API v1)

        Args:
            body (RealtimeTtsRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            bytes
        """

        from . import realtime_tts_stream as _realtime_tts_stream

        return await _realtime_tts_stream.asyncio(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    async def realtime_tts_stream_with_response(
        self,
        *,
        body: RealtimeTtsRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[bytes]:
        """Like ``realtime_tts_stream``, plus the status, headers and raw bytes."""
        from . import realtime_tts_stream as _realtime_tts_stream

        return await _realtime_tts_stream.asyncio_detailed(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

"""Operations tagged ``voices`` in the Hamsa API v2."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

import httpx
from hamsa._base_client import NOT_GIVEN, AsyncAPIClient, NotGiven, SyncAPIClient

from ...types import UNSET as UNSET
from ...types import Response
from ...types import Unset as Unset

if TYPE_CHECKING:
    from ...models.create_voice_request import CreateVoiceRequest
    from ...models.created_voice_response import CreatedVoiceResponse
    from ...models.error_response import ErrorResponse as ErrorResponse
    from ...models.extract_transcription_request import ExtractTranscriptionRequest
    from ...models.extracted_transcription_response import ExtractedTranscriptionResponse
    from ...models.preload_voice_request import PreloadVoiceRequest
    from ...models.preload_voice_response import PreloadVoiceResponse
    from ...models.preview_voice_request import PreviewVoiceRequest
    from ...models.voice_preview_response import VoicePreviewResponse


# Loaded on first access (module __getattr__ below): name -> module, relative to this package.
_LAZY: dict[str, str] = {
    "CreateVoiceRequest": "...models.create_voice_request",
    "CreatedVoiceResponse": "...models.created_voice_response",
    "ErrorResponse": "...models.error_response",
    "ExtractTranscriptionRequest": "...models.extract_transcription_request",
    "ExtractedTranscriptionResponse": "...models.extracted_transcription_response",
    "PreloadVoiceRequest": "...models.preload_voice_request",
    "PreloadVoiceResponse": "...models.preload_voice_response",
    "PreviewVoiceRequest": "...models.preview_voice_request",
    "VoicePreviewResponse": "...models.voice_preview_response",
    "create_tts_voice": ".create_tts_voice",
    "preview_tts_voice": ".preview_tts_voice",
    "extract_transcription_from_voice_audio": ".extract_transcription_from_voice_audio",
    "preload_custom_voice": ".preload_custom_voice",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    loaded = importlib.import_module(module, __name__)
    value = loaded if module == "." + name else getattr(loaded, name)
    globals()[name] = value  # later lookups skip this hook
    return value


class Voices:
    """Operations tagged ``voices`` (API v2)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create_tts_voice(
        self,
        *,
        body: CreateVoiceRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CreatedVoiceResponse:
        """Clone a voice

        Creates a text-to-speech voice from a recording and its transcript.
        Preload it (`client.voices.preload`) before using its id as a realtime speaker.

        ``POST /v2/tts/voices`` (API v2)

        Args:
            body (CreateVoiceRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            CreatedVoiceResponse
        """

        from . import create_tts_voice as _create_tts_voice

        return _create_tts_voice.sync(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    def create_tts_voice_with_response(
        self,
        *,
        body: CreateVoiceRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[CreatedVoiceResponse]:
        """Like ``create_tts_voice``, plus the status, headers and raw bytes."""
        from . import create_tts_voice as _create_tts_voice

        return _create_tts_voice.sync_detailed(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    def preview_tts_voice(
        self,
        *,
        body: PreviewVoiceRequest | dict[str, Any],
        project_id: str,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VoicePreviewResponse:
        """Preview a voice

        A sample of what a cloned voice would sound like.

        ``POST /v2/tts/voices/preview`` (API v2)

        Args:
            project_id (str):
            body (PreviewVoiceRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            VoicePreviewResponse
        """

        from . import preview_tts_voice as _preview_tts_voice

        return _preview_tts_voice.sync(
            body=body,
            project_id=project_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def preview_tts_voice_with_response(
        self,
        *,
        body: PreviewVoiceRequest | dict[str, Any],
        project_id: str,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[VoicePreviewResponse]:
        """Like ``preview_tts_voice``, plus the status, headers and raw bytes."""
        from . import preview_tts_voice as _preview_tts_voice

        return _preview_tts_voice.sync_detailed(
            body=body,
            project_id=project_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def extract_transcription_from_voice_audio(
        self,
        *,
        body: ExtractTranscriptionRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ExtractedTranscriptionResponse:
        """Transcribe a voice recording

        What a recording says, to send as `audioTranscription` when cloning.

        ``POST /v2/tts/voices/extract-transcription`` (API v2)

        Args:
            body (ExtractTranscriptionRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            ExtractedTranscriptionResponse
        """

        from . import (
            extract_transcription_from_voice_audio as _extract_transcription_from_voice_audio,
        )

        return _extract_transcription_from_voice_audio.sync(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    def extract_transcription_from_voice_audio_with_response(
        self,
        *,
        body: ExtractTranscriptionRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[ExtractedTranscriptionResponse]:
        """Like ``extract_transcription_from_voice_audio``, plus the status, headers and raw bytes."""
        from . import (
            extract_transcription_from_voice_audio as _extract_transcription_from_voice_audio,
        )

        return _extract_transcription_from_voice_audio.sync_detailed(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    def preload_custom_voice(
        self,
        *,
        body: PreloadVoiceRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PreloadVoiceResponse:
        """Preload a cloned voice

        Loads a cloned voice for realtime TTS, streaming TTS and the WebSocket; call it once per voice before using it (or pass `preload=True` to `client.tts.generate`/`stream`).

        ``POST /v2/tts/voices/custom/preload`` (API v2)

        Args:
            body (PreloadVoiceRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            PreloadVoiceResponse
        """

        from . import preload_custom_voice as _preload_custom_voice

        return _preload_custom_voice.sync(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    def preload_custom_voice_with_response(
        self,
        *,
        body: PreloadVoiceRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[PreloadVoiceResponse]:
        """Like ``preload_custom_voice``, plus the status, headers and raw bytes."""
        from . import preload_custom_voice as _preload_custom_voice

        return _preload_custom_voice.sync_detailed(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )


class AsyncVoices:
    """Async operations tagged ``voices`` (API v2)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create_tts_voice(
        self,
        *,
        body: CreateVoiceRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CreatedVoiceResponse:
        """Clone a voice

        Creates a text-to-speech voice from a recording and its transcript.
        Preload it (`client.voices.preload`) before using its id as a realtime speaker.

        ``POST /v2/tts/voices`` (API v2)

        Args:
            body (CreateVoiceRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            CreatedVoiceResponse
        """

        from . import create_tts_voice as _create_tts_voice

        return await _create_tts_voice.asyncio(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    async def create_tts_voice_with_response(
        self,
        *,
        body: CreateVoiceRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[CreatedVoiceResponse]:
        """Like ``create_tts_voice``, plus the status, headers and raw bytes."""
        from . import create_tts_voice as _create_tts_voice

        return await _create_tts_voice.asyncio_detailed(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    async def preview_tts_voice(
        self,
        *,
        body: PreviewVoiceRequest | dict[str, Any],
        project_id: str,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VoicePreviewResponse:
        """Preview a voice

        A sample of what a cloned voice would sound like.

        ``POST /v2/tts/voices/preview`` (API v2)

        Args:
            project_id (str):
            body (PreviewVoiceRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            VoicePreviewResponse
        """

        from . import preview_tts_voice as _preview_tts_voice

        return await _preview_tts_voice.asyncio(
            body=body,
            project_id=project_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def preview_tts_voice_with_response(
        self,
        *,
        body: PreviewVoiceRequest | dict[str, Any],
        project_id: str,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[VoicePreviewResponse]:
        """Like ``preview_tts_voice``, plus the status, headers and raw bytes."""
        from . import preview_tts_voice as _preview_tts_voice

        return await _preview_tts_voice.asyncio_detailed(
            body=body,
            project_id=project_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def extract_transcription_from_voice_audio(
        self,
        *,
        body: ExtractTranscriptionRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ExtractedTranscriptionResponse:
        """Transcribe a voice recording

        What a recording says, to send as `audioTranscription` when cloning.

        ``POST /v2/tts/voices/extract-transcription`` (API v2)

        Args:
            body (ExtractTranscriptionRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            ExtractedTranscriptionResponse
        """

        from . import (
            extract_transcription_from_voice_audio as _extract_transcription_from_voice_audio,
        )

        return await _extract_transcription_from_voice_audio.asyncio(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    async def extract_transcription_from_voice_audio_with_response(
        self,
        *,
        body: ExtractTranscriptionRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[ExtractedTranscriptionResponse]:
        """Like ``extract_transcription_from_voice_audio``, plus the status, headers and raw bytes."""
        from . import (
            extract_transcription_from_voice_audio as _extract_transcription_from_voice_audio,
        )

        return await _extract_transcription_from_voice_audio.asyncio_detailed(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    async def preload_custom_voice(
        self,
        *,
        body: PreloadVoiceRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PreloadVoiceResponse:
        """Preload a cloned voice

        Loads a cloned voice for realtime TTS, streaming TTS and the WebSocket; call it once per voice before using it (or pass `preload=True` to `client.tts.generate`/`stream`).

        ``POST /v2/tts/voices/custom/preload`` (API v2)

        Args:
            body (PreloadVoiceRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            PreloadVoiceResponse
        """

        from . import preload_custom_voice as _preload_custom_voice

        return await _preload_custom_voice.asyncio(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    async def preload_custom_voice_with_response(
        self,
        *,
        body: PreloadVoiceRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[PreloadVoiceResponse]:
        """Like ``preload_custom_voice``, plus the status, headers and raw bytes."""
        from . import preload_custom_voice as _preload_custom_voice

        return await _preload_custom_voice.asyncio_detailed(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

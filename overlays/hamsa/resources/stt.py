"""client.stt: the generated speech-to-text operation (hamsa._resources.stt), taking audio as
users hold it: ``transcribe(audio=...)`` accepts a path, bytes or a binary file of WAV audio,
checks it is WAV before anything is sent, base64-encodes it and returns the text, whichever of
the two documented response shapes (``{text}`` or ``{success, data: {text}}``) arrives.
"""

from __future__ import annotations

import base64

from .._audio import AudioInput, read_wav
from .._base_client import NOT_GIVEN, NotGiven
from .._exceptions import APIResponseValidationError
from .._resources import stt as _generated
from .._response import APIResponse
from ..v1.models.language import Language
from ..v1.models.realtime_stt_response import RealtimeSttResponse
from ..v1.types import Unset
from ._declared import ExtraBody, ExtraHeaders, ExtraQuery
from ._params import Retries, Timeout

__all__ = ["AsyncStt", "Stt", "transcript_of"]


def transcript_of(raw: APIResponse[RealtimeSttResponse]) -> str:
    """The text of either documented shape: ``{text}``, or the envelope ``{data: {text}}``."""
    response = raw.parsed
    if isinstance(response.text, str):
        return response.text
    data = response.data
    if data is not None and not isinstance(data, Unset) and isinstance(data.text, str):
        return data.text
    raise APIResponseValidationError(
        "the speech-to-text response has no transcript: expected {text} or {data: {text}}",
        path="text",
        response=raw.http_response,
    )


def _encoded(audio: AudioInput) -> str:
    return base64.b64encode(read_wav(audio, field="audio")).decode("ascii")


class Stt(_generated.Stt):
    """client.stt: transcribe WAV audio now."""

    def transcribe(  # type: ignore[override]
        self,
        audio: AudioInput,
        *,
        language: Language | str | NotGiven = NOT_GIVEN,
        is_eos_enabled: bool | NotGiven = NOT_GIVEN,
        eos_threshold: float | NotGiven = NOT_GIVEN,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
        extra_headers: ExtraHeaders = None,
        extra_query: ExtraQuery = None,
        extra_body: ExtraBody = None,
    ) -> str:
        """The transcript of ``audio`` (``POST /v1/realtime/stt``): a path, bytes or a file
        opened in binary mode, holding WAV audio. A non-WAV input is refused with
        hamsa.RequestValidationError before anything is sent."""
        raw = self.with_raw_response.transcribe(
            audio_base64=_encoded(audio),
            language=language,
            is_eos_enabled=is_eos_enabled,
            eos_threshold=eos_threshold,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return transcript_of(raw)


class AsyncStt(_generated.AsyncStt):
    """AsyncHamsa().stt: see Stt."""

    async def transcribe(  # type: ignore[override]
        self,
        audio: AudioInput,
        *,
        language: Language | str | NotGiven = NOT_GIVEN,
        is_eos_enabled: bool | NotGiven = NOT_GIVEN,
        eos_threshold: float | NotGiven = NOT_GIVEN,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
        extra_headers: ExtraHeaders = None,
        extra_query: ExtraQuery = None,
        extra_body: ExtraBody = None,
    ) -> str:
        """The transcript of WAV ``audio``; see Stt.transcribe."""
        raw = await self.with_raw_response.transcribe(
            audio_base64=_encoded(audio),
            language=language,
            is_eos_enabled=is_eos_enabled,
            eos_threshold=eos_threshold,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        return transcript_of(raw)

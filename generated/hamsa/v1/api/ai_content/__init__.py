"""Operations tagged ``ai_content`` in the Hamsa API v1."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

import httpx
from hamsa._base_client import NOT_GIVEN, AsyncAPIClient, NotGiven, SyncAPIClient

from ...types import UNSET as UNSET
from ...types import Response
from ...types import Unset as Unset

if TYPE_CHECKING:
    from ...models.ai_content_job_response import AiContentJobResponse
    from ...models.create_ai_content_request import CreateAiContentRequest
    from ...models.custom_ai_content_request import CustomAiContentRequest
    from ...models.error_response import ErrorResponse as ErrorResponse


# Loaded on first access (module __getattr__ below): name -> module, relative to this package.
_LAZY: dict[str, str] = {
    "AiContentJobResponse": "...models.ai_content_job_response",
    "CreateAiContentRequest": "...models.create_ai_content_request",
    "CustomAiContentRequest": "...models.custom_ai_content_request",
    "ErrorResponse": "...models.error_response",
    "get_ai_content": ".get_ai_content",
    "create_ai_content": ".create_ai_content",
    "create_custom_ai_content": ".create_custom_ai_content",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    loaded = importlib.import_module(module, __name__)
    value = loaded if module == "." + name else getattr(loaded, name)
    globals()[name] = value  # later lookups skip this hook
    return value


class AiContent:
    """Operations tagged ``ai_content`` (API v1)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get_ai_content(
        self,
        *,
        job_id: str,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AiContentJobResponse:
        """Get AI content

        An AI-content job with its parts in `jobResponse` once done.

        ``GET /v1/jobs/ai-content`` (API v1)

        Args:
            job_id (str):
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            AiContentJobResponse
        """

        from . import get_ai_content as _get_ai_content

        return _get_ai_content.sync(
            job_id=job_id, client=self._client, timeout=timeout, max_retries=max_retries
        )

    def get_ai_content_with_response(
        self,
        *,
        job_id: str,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[AiContentJobResponse]:
        """Like ``get_ai_content``, plus the status, headers and raw bytes."""
        from . import get_ai_content as _get_ai_content

        return _get_ai_content.sync_detailed(
            job_id=job_id, client=self._client, timeout=timeout, max_retries=max_retries
        )

    def create_ai_content(
        self,
        *,
        body: CreateAiContentRequest | dict[str, Any],
        job_id: str,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AiContentJobResponse:
        """Make AI content from a transcription

        Starts a job that writes the requested parts (summary, titles, FAQ...) from a transcription job's text.
        Wait for it with `client.jobs.wait`, then read it with `client.ai_content.get`.

        ``POST /v1/jobs/ai-content`` (API v1)

        Args:
            job_id (str):
            body (CreateAiContentRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            AiContentJobResponse
        """

        from . import create_ai_content as _create_ai_content

        return _create_ai_content.sync(
            body=body, job_id=job_id, client=self._client, timeout=timeout, max_retries=max_retries
        )

    def create_ai_content_with_response(
        self,
        *,
        body: CreateAiContentRequest | dict[str, Any],
        job_id: str,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[AiContentJobResponse]:
        """Like ``create_ai_content``, plus the status, headers and raw bytes."""
        from . import create_ai_content as _create_ai_content

        return _create_ai_content.sync_detailed(
            body=body, job_id=job_id, client=self._client, timeout=timeout, max_retries=max_retries
        )

    def create_custom_ai_content(
        self,
        *,
        body: CustomAiContentRequest | dict[str, Any],
        job_id: str,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AiContentJobResponse:
        """Make AI content with your own prompts

        Like `create`, with a prompt per part.

        ``POST /v1/jobs/ai-content/custom`` (API v1)

        Args:
            job_id (str):
            body (CustomAiContentRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            AiContentJobResponse
        """

        from . import create_custom_ai_content as _create_custom_ai_content

        return _create_custom_ai_content.sync(
            body=body, job_id=job_id, client=self._client, timeout=timeout, max_retries=max_retries
        )

    def create_custom_ai_content_with_response(
        self,
        *,
        body: CustomAiContentRequest | dict[str, Any],
        job_id: str,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[AiContentJobResponse]:
        """Like ``create_custom_ai_content``, plus the status, headers and raw bytes."""
        from . import create_custom_ai_content as _create_custom_ai_content

        return _create_custom_ai_content.sync_detailed(
            body=body, job_id=job_id, client=self._client, timeout=timeout, max_retries=max_retries
        )


class AsyncAiContent:
    """Async operations tagged ``ai_content`` (API v1)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get_ai_content(
        self,
        *,
        job_id: str,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AiContentJobResponse:
        """Get AI content

        An AI-content job with its parts in `jobResponse` once done.

        ``GET /v1/jobs/ai-content`` (API v1)

        Args:
            job_id (str):
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            AiContentJobResponse
        """

        from . import get_ai_content as _get_ai_content

        return await _get_ai_content.asyncio(
            job_id=job_id, client=self._client, timeout=timeout, max_retries=max_retries
        )

    async def get_ai_content_with_response(
        self,
        *,
        job_id: str,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[AiContentJobResponse]:
        """Like ``get_ai_content``, plus the status, headers and raw bytes."""
        from . import get_ai_content as _get_ai_content

        return await _get_ai_content.asyncio_detailed(
            job_id=job_id, client=self._client, timeout=timeout, max_retries=max_retries
        )

    async def create_ai_content(
        self,
        *,
        body: CreateAiContentRequest | dict[str, Any],
        job_id: str,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AiContentJobResponse:
        """Make AI content from a transcription

        Starts a job that writes the requested parts (summary, titles, FAQ...) from a transcription job's text.
        Wait for it with `client.jobs.wait`, then read it with `client.ai_content.get`.

        ``POST /v1/jobs/ai-content`` (API v1)

        Args:
            job_id (str):
            body (CreateAiContentRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            AiContentJobResponse
        """

        from . import create_ai_content as _create_ai_content

        return await _create_ai_content.asyncio(
            body=body, job_id=job_id, client=self._client, timeout=timeout, max_retries=max_retries
        )

    async def create_ai_content_with_response(
        self,
        *,
        body: CreateAiContentRequest | dict[str, Any],
        job_id: str,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[AiContentJobResponse]:
        """Like ``create_ai_content``, plus the status, headers and raw bytes."""
        from . import create_ai_content as _create_ai_content

        return await _create_ai_content.asyncio_detailed(
            body=body, job_id=job_id, client=self._client, timeout=timeout, max_retries=max_retries
        )

    async def create_custom_ai_content(
        self,
        *,
        body: CustomAiContentRequest | dict[str, Any],
        job_id: str,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AiContentJobResponse:
        """Make AI content with your own prompts

        Like `create`, with a prompt per part.

        ``POST /v1/jobs/ai-content/custom`` (API v1)

        Args:
            job_id (str):
            body (CustomAiContentRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            AiContentJobResponse
        """

        from . import create_custom_ai_content as _create_custom_ai_content

        return await _create_custom_ai_content.asyncio(
            body=body, job_id=job_id, client=self._client, timeout=timeout, max_retries=max_retries
        )

    async def create_custom_ai_content_with_response(
        self,
        *,
        body: CustomAiContentRequest | dict[str, Any],
        job_id: str,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[AiContentJobResponse]:
        """Like ``create_custom_ai_content``, plus the status, headers and raw bytes."""
        from . import create_custom_ai_content as _create_custom_ai_content

        return await _create_custom_ai_content.asyncio_detailed(
            body=body, job_id=job_id, client=self._client, timeout=timeout, max_retries=max_retries
        )

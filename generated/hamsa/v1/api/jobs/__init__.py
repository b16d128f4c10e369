"""Operations tagged ``jobs`` in the Hamsa API v1."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

import httpx
from hamsa._base_client import NOT_GIVEN, AsyncAPIClient, NotGiven, SyncAPIClient

from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error_response import ErrorResponse as ErrorResponse
    from ...models.get_job_response import GetJobResponse
    from ...models.job_id_response import JobIdResponse
    from ...models.job_summary_page_response import JobSummaryPageResponse
    from ...models.list_jobs_request import ListJobsRequest
    from ...models.transcribe_request import TranscribeRequest


# Loaded on first access (module __getattr__ below): name -> module, relative to this package.
_LAZY: dict[str, str] = {
    "ErrorResponse": "...models.error_response",
    "GetJobResponse": "...models.get_job_response",
    "JobIdResponse": "...models.job_id_response",
    "JobSummaryPageResponse": "...models.job_summary_page_response",
    "ListJobsRequest": "...models.list_jobs_request",
    "TranscribeRequest": "...models.transcribe_request",
    "transcribe": ".transcribe",
    "get_job": ".get_job",
    "list_jobs": ".list_jobs",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    loaded = importlib.import_module(module, __name__)
    value = loaded if module == "." + name else getattr(loaded, name)
    globals()[name] = value  # later lookups skip this hook
    return value


class Jobs:
    """Operations tagged ``jobs`` (API v1)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def transcribe(
        self,
        *,
        body: TranscribeRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> JobIdResponse:
        """Transcribe a media file

        Starts a background transcription of the audio or video at `mediaUrl`.
        The result arrives at `webhookUrl`, or wait for it with `client.jobs.wait(job_id)`.

        ``POST /v1/jobs/transcribe`` (API v1)

        Args:
            body (TranscribeRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            JobIdResponse
        """

        from . import transcribe as _transcribe

        return _transcribe.sync(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    def transcribe_with_response(
        self,
        *,
        body: TranscribeRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[JobIdResponse]:
        """Like ``transcribe``, plus the status, headers and raw bytes."""
        from . import transcribe as _transcribe

        return _transcribe.sync_detailed(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    def get_job(
        self,
        *,
        job_id: str,
        speaker: str | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetJobResponse:
        """Get a job

        A job and, once it is done, its result.
        This response has no `success` field.

        ``GET /v1/jobs`` (API v1)

        Args:
            job_id (str):
            speaker (str | Unset):
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            GetJobResponse
        """

        from . import get_job as _get_job

        return _get_job.sync(
            job_id=job_id,
            speaker=speaker,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_job_with_response(
        self,
        *,
        job_id: str,
        speaker: str | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[GetJobResponse]:
        """Like ``get_job``, plus the status, headers and raw bytes."""
        from . import get_job as _get_job

        return _get_job.sync_detailed(
            job_id=job_id,
            speaker=speaker,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_jobs(
        self,
        *,
        body: ListJobsRequest | dict[str, Any],
        project_id: str,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> JobSummaryPageResponse:
        """Search the project's jobs

        Jobs matching the body's filters, read page by page as you iterate.
        The body's `skip` is a 1-based page number and `take` the page size.

        ``POST /v1/jobs/all`` (API v1)

        Args:
            project_id (str):
            body (ListJobsRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            JobSummaryPageResponse
        """

        from . import list_jobs as _list_jobs

        return _list_jobs.sync(
            body=body,
            project_id=project_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_jobs_with_response(
        self,
        *,
        body: ListJobsRequest | dict[str, Any],
        project_id: str,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[JobSummaryPageResponse]:
        """Like ``list_jobs``, plus the status, headers and raw bytes."""
        from . import list_jobs as _list_jobs

        return _list_jobs.sync_detailed(
            body=body,
            project_id=project_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncJobs:
    """Async operations tagged ``jobs`` (API v1)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def transcribe(
        self,
        *,
        body: TranscribeRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> JobIdResponse:
        """Transcribe a media file

        Starts a background transcription of the audio or video at `mediaUrl`.
        The result arrives at `webhookUrl`, or wait for it with `client.jobs.wait(job_id)`.

        ``POST /v1/jobs/transcribe`` (API v1)

        Args:
            body (TranscribeRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            JobIdResponse
        """

        from . import transcribe as _transcribe

        return await _transcribe.asyncio(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    async def transcribe_with_response(
        self,
        *,
        body: TranscribeRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[JobIdResponse]:
        """Like ``transcribe``, plus the status, headers and raw bytes."""
        from . import transcribe as _transcribe

        return await _transcribe.asyncio_detailed(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    async def get_job(
        self,
        *,
        job_id: str,
        speaker: str | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetJobResponse:
        """Get a job

        A job and, once it is done, its result.
        This response has no `success` field.

        ``GET /v1/jobs`` (API v1)

        Args:
            job_id (str):
            speaker (str | Unset):
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            GetJobResponse
        """

        from . import get_job as _get_job

        return await _get_job.asyncio(
            job_id=job_id,
            speaker=speaker,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_job_with_response(
        self,
        *,
        job_id: str,
        speaker: str | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[GetJobResponse]:
        """Like ``get_job``, plus the status, headers and raw bytes."""
        from . import get_job as _get_job

        return await _get_job.asyncio_detailed(
            job_id=job_id,
            speaker=speaker,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def list_jobs(
        self,
        *,
        body: ListJobsRequest | dict[str, Any],
        project_id: str,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> JobSummaryPageResponse:
        """Search the project's jobs

        Jobs matching the body's filters, read page by page as you iterate.
        The body's `skip` is a 1-based page number and `take` the page size.

        ``POST /v1/jobs/all`` (API v1)

        Args:
            project_id (str):
            body (ListJobsRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            JobSummaryPageResponse
        """

        from . import list_jobs as _list_jobs

        return await _list_jobs.asyncio(
            body=body,
            project_id=project_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def list_jobs_with_response(
        self,
        *,
        body: ListJobsRequest | dict[str, Any],
        project_id: str,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[JobSummaryPageResponse]:
        """Like ``list_jobs``, plus the status, headers and raw bytes."""
        from . import list_jobs as _list_jobs

        return await _list_jobs.asyncio_detailed(
            body=body,
            project_id=project_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

"""Operations tagged ``jobs`` in the Hamsa API v2."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

import httpx
from hamsa._base_client import NOT_GIVEN, AsyncAPIClient, NotGiven, SyncAPIClient

from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.create_job_request import CreateJobRequest
    from ...models.error_response import ErrorResponse as ErrorResponse
    from ...models.generate_transcription_ai_content_request import (
        GenerateTranscriptionAiContentRequest,
    )
    from ...models.job_id_response import JobIdResponse
    from ...models.job_page_response import JobPageResponse
    from ...models.job_response import JobResponse
    from ...models.job_sort_field import JobSortField
    from ...models.list_jobs_order_by import ListJobsOrderBy


# Loaded on first access (module __getattr__ below): name -> module, relative to this package.
_LAZY: dict[str, str] = {
    "CreateJobRequest": "...models.create_job_request",
    "ErrorResponse": "...models.error_response",
    "GenerateTranscriptionAiContentRequest": "...models.generate_transcription_ai_content_request",
    "JobIdResponse": "...models.job_id_response",
    "JobPageResponse": "...models.job_page_response",
    "JobResponse": "...models.job_response",
    "JobSortField": "...models.job_sort_field",
    "ListJobsOrderBy": "...models.list_jobs_order_by",
    "list_jobs": ".list_jobs",
    "create_job": ".create_job",
    "generate_transcription_ai_content": ".generate_transcription_ai_content",
    "get_job": ".get_job",
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
    """Operations tagged ``jobs`` (API v2)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list_jobs(
        self,
        *,
        project_id: str,
        page: int,
        per_page: int,
        sort_by: JobSortField | Unset = UNSET,
        order_by: ListJobsOrderBy | Unset = UNSET,
        status: str | Unset = UNSET,
        type: str,
        search: str | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> JobPageResponse:
        """List the project's jobs

        Jobs of one type, page by page as you iterate (`page` and `perPage`; counted by `totalCount`).

        ``GET /v2/jobs`` (API v2)

        Args:
            project_id (str):
            page (int):
            per_page (int):
            sort_by (JobSortField | Unset): What the job list is sorted by.
            order_by (ListJobsOrderBy | Unset):
            status (str | Unset):
            type (str):
            search (str | Unset):
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            JobPageResponse
        """

        from . import list_jobs as _list_jobs

        return _list_jobs.sync(
            project_id=project_id,
            page=page,
            per_page=per_page,
            sort_by=sort_by,
            order_by=order_by,
            status=status,
            type=type,
            search=search,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_jobs_with_response(
        self,
        *,
        project_id: str,
        page: int,
        per_page: int,
        sort_by: JobSortField | Unset = UNSET,
        order_by: ListJobsOrderBy | Unset = UNSET,
        status: str | Unset = UNSET,
        type: str,
        search: str | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[JobPageResponse]:
        """Like ``list_jobs``, plus the status, headers and raw bytes."""
        from . import list_jobs as _list_jobs

        return _list_jobs.sync_detailed(
            project_id=project_id,
            page=page,
            per_page=per_page,
            sort_by=sort_by,
            order_by=order_by,
            status=status,
            type=type,
            search=search,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def create_job(
        self,
        *,
        body: CreateJobRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> JobIdResponse:
        """Create a transcription job

        Starts a background transcription (the only documented job `type`).
        Wait for it with `client.jobs.wait`.

        ``POST /v2/jobs`` (API v2)

        Args:
            body (CreateJobRequest): The request body; validated before sending.
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

        from . import create_job as _create_job

        return _create_job.sync(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    def create_job_with_response(
        self,
        *,
        body: CreateJobRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[JobIdResponse]:
        """Like ``create_job``, plus the status, headers and raw bytes."""
        from . import create_job as _create_job

        return _create_job.sync_detailed(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    def generate_transcription_ai_content(
        self,
        *,
        body: GenerateTranscriptionAiContentRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> JobIdResponse:
        """Transcribe and make AI content

        One job that transcribes the media and then writes one AI part from it.

        ``POST /v2/jobs/generate-transcription-ai-content`` (API v2)

        Args:
            body (GenerateTranscriptionAiContentRequest): The request body; validated before sending.
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

        from . import generate_transcription_ai_content as _generate_transcription_ai_content

        return _generate_transcription_ai_content.sync(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    def generate_transcription_ai_content_with_response(
        self,
        *,
        body: GenerateTranscriptionAiContentRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[JobIdResponse]:
        """Like ``generate_transcription_ai_content``, plus the status, headers and raw bytes."""
        from . import generate_transcription_ai_content as _generate_transcription_ai_content

        return _generate_transcription_ai_content.sync_detailed(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    def get_job(
        self,
        job_id: str,
        *,
        project_id: str,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> JobResponse:
        """Get a job (v2)

        A job of the project.
        (The page names the path parameter `id`.)

        ``GET /v2/jobs/view/{job_id}`` (API v2)

        Args:
            job_id (str):
            project_id (str):
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            JobResponse
        """

        from . import get_job as _get_job

        return _get_job.sync(
            job_id=job_id,
            project_id=project_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_job_with_response(
        self,
        job_id: str,
        *,
        project_id: str,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[JobResponse]:
        """Like ``get_job``, plus the status, headers and raw bytes."""
        from . import get_job as _get_job

        return _get_job.sync_detailed(
            job_id=job_id,
            project_id=project_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncJobs:
    """Async operations tagged ``jobs`` (API v2)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list_jobs(
        self,
        *,
        project_id: str,
        page: int,
        per_page: int,
        sort_by: JobSortField | Unset = UNSET,
        order_by: ListJobsOrderBy | Unset = UNSET,
        status: str | Unset = UNSET,
        type: str,
        search: str | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> JobPageResponse:
        """List the project's jobs

        Jobs of one type, page by page as you iterate (`page` and `perPage`; counted by `totalCount`).

        ``GET /v2/jobs`` (API v2)

        Args:
            project_id (str):
            page (int):
            per_page (int):
            sort_by (JobSortField | Unset): What the job list is sorted by.
            order_by (ListJobsOrderBy | Unset):
            status (str | Unset):
            type (str):
            search (str | Unset):
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            JobPageResponse
        """

        from . import list_jobs as _list_jobs

        return await _list_jobs.asyncio(
            project_id=project_id,
            page=page,
            per_page=per_page,
            sort_by=sort_by,
            order_by=order_by,
            status=status,
            type=type,
            search=search,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def list_jobs_with_response(
        self,
        *,
        project_id: str,
        page: int,
        per_page: int,
        sort_by: JobSortField | Unset = UNSET,
        order_by: ListJobsOrderBy | Unset = UNSET,
        status: str | Unset = UNSET,
        type: str,
        search: str | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[JobPageResponse]:
        """Like ``list_jobs``, plus the status, headers and raw bytes."""
        from . import list_jobs as _list_jobs

        return await _list_jobs.asyncio_detailed(
            project_id=project_id,
            page=page,
            per_page=per_page,
            sort_by=sort_by,
            order_by=order_by,
            status=status,
            type=type,
            search=search,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def create_job(
        self,
        *,
        body: CreateJobRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> JobIdResponse:
        """Create a transcription job

        Starts a background transcription (the only documented job `type`).
        Wait for it with `client.jobs.wait`.

        ``POST /v2/jobs`` (API v2)

        Args:
            body (CreateJobRequest): The request body; validated before sending.
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

        from . import create_job as _create_job

        return await _create_job.asyncio(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    async def create_job_with_response(
        self,
        *,
        body: CreateJobRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[JobIdResponse]:
        """Like ``create_job``, plus the status, headers and raw bytes."""
        from . import create_job as _create_job

        return await _create_job.asyncio_detailed(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    async def generate_transcription_ai_content(
        self,
        *,
        body: GenerateTranscriptionAiContentRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> JobIdResponse:
        """Transcribe and make AI content

        One job that transcribes the media and then writes one AI part from it.

        ``POST /v2/jobs/generate-transcription-ai-content`` (API v2)

        Args:
            body (GenerateTranscriptionAiContentRequest): The request body; validated before sending.
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

        from . import generate_transcription_ai_content as _generate_transcription_ai_content

        return await _generate_transcription_ai_content.asyncio(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    async def generate_transcription_ai_content_with_response(
        self,
        *,
        body: GenerateTranscriptionAiContentRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[JobIdResponse]:
        """Like ``generate_transcription_ai_content``, plus the status, headers and raw bytes."""
        from . import generate_transcription_ai_content as _generate_transcription_ai_content

        return await _generate_transcription_ai_content.asyncio_detailed(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    async def get_job(
        self,
        job_id: str,
        *,
        project_id: str,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> JobResponse:
        """Get a job (v2)

        A job of the project.
        (The page names the path parameter `id`.)

        ``GET /v2/jobs/view/{job_id}`` (API v2)

        Args:
            job_id (str):
            project_id (str):
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            JobResponse
        """

        from . import get_job as _get_job

        return await _get_job.asyncio(
            job_id=job_id,
            project_id=project_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_job_with_response(
        self,
        job_id: str,
        *,
        project_id: str,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[JobResponse]:
        """Like ``get_job``, plus the status, headers and raw bytes."""
        from . import get_job as _get_job

        return await _get_job.asyncio_detailed(
            job_id=job_id,
            project_id=project_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

from http import HTTPStatus
from typing import Any

import httpx
from hamsa._base_client import (
    NOT_GIVEN,
    AsyncAPIClient,
    NotGiven,
    RequestOptions,
    SyncAPIClient,
    path_segment,
)
from hamsa._constraints import check_query, raise_if_any
from hamsa._parsing import parse_json_response

from ...models.job_response import JobResponse
from ...types import UNSET, Response

METHOD = "GET"
PATH = "/v2/jobs/view/{job_id}"


def request_options(
    job_id: str,
    *,
    project_id: str,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    """The request this operation sends (raises RequestValidationError before any I/O)."""
    # Checked before the transforms below, which would fail on a wrong type with a bare
    # AttributeError/TypeError.
    _query_problems: list[Any] = []
    check_query(_query_problems, "project_id", project_id)
    raise_if_any(_query_problems)
    params: dict[str, Any] = {}

    params["projectId"] = project_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestOptions(
        method=METHOD,
        path=PATH.format(
            job_id=path_segment("job_id", job_id),
        ),
        params=params,
        timeout=timeout,
        max_retries=max_retries,
    )


def _parse(response: httpx.Response) -> JobResponse:
    return parse_json_response(response, JobResponse.from_dict)


def sync_detailed(
    job_id: str,
    *,
    client: SyncAPIClient,
    project_id: str,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Response[JobResponse]:
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
        Response[JobResponse]: status, headers, raw bytes and the parsed value.
    """

    response = client.request(
        request_options(
            job_id=job_id, project_id=project_id, timeout=timeout, max_retries=max_retries
        )
    )
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(response),
    )


def sync(
    job_id: str,
    *,
    client: SyncAPIClient,
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

    return _parse(
        client.request(
            request_options(
                job_id=job_id, project_id=project_id, timeout=timeout, max_retries=max_retries
            )
        )
    )


async def asyncio_detailed(
    job_id: str,
    *,
    client: AsyncAPIClient,
    project_id: str,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Response[JobResponse]:
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
        Response[JobResponse]: status, headers, raw bytes and the parsed value.
    """

    response = await client.request(
        request_options(
            job_id=job_id, project_id=project_id, timeout=timeout, max_retries=max_retries
        )
    )
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(response),
    )


async def asyncio(
    job_id: str,
    *,
    client: AsyncAPIClient,
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

    return _parse(
        await client.request(
            request_options(
                job_id=job_id, project_id=project_id, timeout=timeout, max_retries=max_retries
            )
        )
    )

from http import HTTPStatus
from typing import Any

import httpx
from hamsa._base_client import (
    NOT_GIVEN,
    AsyncAPIClient,
    NotGiven,
    RequestOptions,
    SyncAPIClient,
)
from hamsa._constraints import check_query, raise_if_any
from hamsa._parsing import parse_json_response

from ...models.get_job_response import GetJobResponse
from ...types import UNSET, Response, Unset

METHOD = "GET"
PATH = "/v1/jobs"


def request_options(
    *,
    job_id: str,
    speaker: str | Unset = UNSET,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    """The request this operation sends (raises RequestValidationError before any I/O)."""
    # Checked before the transforms below, which would fail on a wrong type with a bare
    # AttributeError/TypeError.
    _query_problems: list[Any] = []
    check_query(_query_problems, "job_id", job_id)
    check_query(_query_problems, "speaker", speaker)
    raise_if_any(_query_problems)
    params: dict[str, Any] = {}

    params["jobId"] = job_id

    params["speaker"] = speaker

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestOptions(
        method=METHOD,
        path=PATH,
        params=params,
        timeout=timeout,
        max_retries=max_retries,
    )


def _parse(response: httpx.Response) -> GetJobResponse:
    return parse_json_response(response, GetJobResponse.from_dict)


def sync_detailed(
    *,
    client: SyncAPIClient,
    job_id: str,
    speaker: str | Unset = UNSET,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Response[GetJobResponse]:
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
        Response[GetJobResponse]: status, headers, raw bytes and the parsed value.
    """

    response = client.request(
        request_options(job_id=job_id, speaker=speaker, timeout=timeout, max_retries=max_retries)
    )
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(response),
    )


def sync(
    *,
    client: SyncAPIClient,
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

    return _parse(
        client.request(
            request_options(
                job_id=job_id, speaker=speaker, timeout=timeout, max_retries=max_retries
            )
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncAPIClient,
    job_id: str,
    speaker: str | Unset = UNSET,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Response[GetJobResponse]:
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
        Response[GetJobResponse]: status, headers, raw bytes and the parsed value.
    """

    response = await client.request(
        request_options(job_id=job_id, speaker=speaker, timeout=timeout, max_retries=max_retries)
    )
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(response),
    )


async def asyncio(
    *,
    client: AsyncAPIClient,
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

    return _parse(
        await client.request(
            request_options(
                job_id=job_id, speaker=speaker, timeout=timeout, max_retries=max_retries
            )
        )
    )

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

from ...models.ai_content_job_response import AiContentJobResponse
from ...models.create_ai_content_request import CreateAiContentRequest
from ...types import UNSET, Response

METHOD = "POST"
PATH = "/v1/jobs/ai-content"


def request_options(
    *,
    body: CreateAiContentRequest | dict[str, Any],
    job_id: str,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    """The validated request this operation sends (raises RequestValidationError before any I/O)."""
    if isinstance(body, CreateAiContentRequest):
        body.validate()
    else:  # the wire dict the README shows, or a mistake: checked and worded in hamsa._wire
        from hamsa._wire import request_body

        body = request_body(CreateAiContentRequest, body)
    return checked_request_options(
        body=body, job_id=job_id, timeout=timeout, max_retries=max_retries
    )


def checked_request_options(
    *,
    body: CreateAiContentRequest | dict[str, Any],
    job_id: str,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    """The request for a body that was already validated, so the constraints are not checked
    twice: a model from hamsa._wire.build_model, or the JSON dict hamsa._wire.checked_wire
    passed as it stands."""
    json_body: Any = body if isinstance(body, dict) else body.to_wire()
    # Checked before the transforms below, which would fail on a wrong type with a bare
    # AttributeError/TypeError.
    _query_problems: list[Any] = []
    check_query(_query_problems, "job_id", job_id)
    raise_if_any(_query_problems)
    params: dict[str, Any] = {}

    params["jobId"] = job_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestOptions(
        method=METHOD,
        path=PATH,
        params=params,
        json=json_body,
        timeout=timeout,
        max_retries=max_retries,
    )


def _parse(response: httpx.Response) -> AiContentJobResponse:
    return parse_json_response(response, AiContentJobResponse.from_dict)


def sync_detailed(
    *,
    client: SyncAPIClient,
    body: CreateAiContentRequest | dict[str, Any],
    job_id: str,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Response[AiContentJobResponse]:
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
        Response[AiContentJobResponse]: status, headers, raw bytes and the parsed value.
    """

    response = client.request(
        request_options(body=body, job_id=job_id, timeout=timeout, max_retries=max_retries)
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

    return _parse(
        client.request(
            request_options(body=body, job_id=job_id, timeout=timeout, max_retries=max_retries)
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncAPIClient,
    body: CreateAiContentRequest | dict[str, Any],
    job_id: str,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Response[AiContentJobResponse]:
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
        Response[AiContentJobResponse]: status, headers, raw bytes and the parsed value.
    """

    response = await client.request(
        request_options(body=body, job_id=job_id, timeout=timeout, max_retries=max_retries)
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

    return _parse(
        await client.request(
            request_options(body=body, job_id=job_id, timeout=timeout, max_retries=max_retries)
        )
    )

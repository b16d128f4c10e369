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

from ...models.statistics_numbers_response import StatisticsNumbersResponse
from ...types import UNSET, Response

METHOD = "GET"
PATH = "/v1/projects/statistics/numbers"


def request_options(
    *,
    start_period: str,
    end_period: str,
    project_id: str,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    """The request this operation sends (raises RequestValidationError before any I/O)."""
    # Checked before the transforms below, which would fail on a wrong type with a bare
    # AttributeError/TypeError.
    _query_problems: list[Any] = []
    check_query(_query_problems, "start_period", start_period)
    check_query(_query_problems, "end_period", end_period)
    check_query(_query_problems, "project_id", project_id)
    raise_if_any(_query_problems)
    params: dict[str, Any] = {}

    params["startPeriod"] = start_period

    params["endPeriod"] = end_period

    params["projectId"] = project_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestOptions(
        method=METHOD,
        path=PATH,
        params=params,
        timeout=timeout,
        max_retries=max_retries,
    )


def _parse(response: httpx.Response) -> StatisticsNumbersResponse:
    return parse_json_response(response, StatisticsNumbersResponse.from_dict)


def sync_detailed(
    *,
    client: SyncAPIClient,
    start_period: str,
    end_period: str,
    project_id: str,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Response[StatisticsNumbersResponse]:
    """Usage totals

    Tokens, transcription time, price and requests over a period.

    ``GET /v1/projects/statistics/numbers`` (API v1)

    Args:
        start_period (str):  Example: 2025-01-01T00:00:00Z.
        end_period (str):  Example: 2025-01-31T23:59:59Z.
        project_id (str):
        timeout: Overrides the client's timeout for this call.
        max_retries: Overrides the client's retry budget for this call.

    Raises:
        hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
        hamsa.APIStatusError: The API answered with an error status (a subclass per status).
        hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
        hamsa.APIResponseValidationError: The response did not match the spec.

    Returns:
        Response[StatisticsNumbersResponse]: status, headers, raw bytes and the parsed value.
    """

    response = client.request(
        request_options(
            start_period=start_period,
            end_period=end_period,
            project_id=project_id,
            timeout=timeout,
            max_retries=max_retries,
        )
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
    start_period: str,
    end_period: str,
    project_id: str,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> StatisticsNumbersResponse:
    """Usage totals

    Tokens, transcription time, price and requests over a period.

    ``GET /v1/projects/statistics/numbers`` (API v1)

    Args:
        start_period (str):  Example: 2025-01-01T00:00:00Z.
        end_period (str):  Example: 2025-01-31T23:59:59Z.
        project_id (str):
        timeout: Overrides the client's timeout for this call.
        max_retries: Overrides the client's retry budget for this call.

    Raises:
        hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
        hamsa.APIStatusError: The API answered with an error status (a subclass per status).
        hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
        hamsa.APIResponseValidationError: The response did not match the spec.

    Returns:
        StatisticsNumbersResponse
    """

    return _parse(
        client.request(
            request_options(
                start_period=start_period,
                end_period=end_period,
                project_id=project_id,
                timeout=timeout,
                max_retries=max_retries,
            )
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncAPIClient,
    start_period: str,
    end_period: str,
    project_id: str,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Response[StatisticsNumbersResponse]:
    """Usage totals

    Tokens, transcription time, price and requests over a period.

    ``GET /v1/projects/statistics/numbers`` (API v1)

    Args:
        start_period (str):  Example: 2025-01-01T00:00:00Z.
        end_period (str):  Example: 2025-01-31T23:59:59Z.
        project_id (str):
        timeout: Overrides the client's timeout for this call.
        max_retries: Overrides the client's retry budget for this call.

    Raises:
        hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
        hamsa.APIStatusError: The API answered with an error status (a subclass per status).
        hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
        hamsa.APIResponseValidationError: The response did not match the spec.

    Returns:
        Response[StatisticsNumbersResponse]: status, headers, raw bytes and the parsed value.
    """

    response = await client.request(
        request_options(
            start_period=start_period,
            end_period=end_period,
            project_id=project_id,
            timeout=timeout,
            max_retries=max_retries,
        )
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
    start_period: str,
    end_period: str,
    project_id: str,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> StatisticsNumbersResponse:
    """Usage totals

    Tokens, transcription time, price and requests over a period.

    ``GET /v1/projects/statistics/numbers`` (API v1)

    Args:
        start_period (str):  Example: 2025-01-01T00:00:00Z.
        end_period (str):  Example: 2025-01-31T23:59:59Z.
        project_id (str):
        timeout: Overrides the client's timeout for this call.
        max_retries: Overrides the client's retry budget for this call.

    Raises:
        hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
        hamsa.APIStatusError: The API answered with an error status (a subclass per status).
        hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
        hamsa.APIResponseValidationError: The response did not match the spec.

    Returns:
        StatisticsNumbersResponse
    """

    return _parse(
        await client.request(
            request_options(
                start_period=start_period,
                end_period=end_period,
                project_id=project_id,
                timeout=timeout,
                max_retries=max_retries,
            )
        )
    )

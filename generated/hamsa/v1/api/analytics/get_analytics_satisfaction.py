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

from ...models.analytics_period import AnalyticsPeriod
from ...models.analytics_satisfaction_response import AnalyticsSatisfactionResponse
from ...types import UNSET, Response, Unset

METHOD = "GET"
PATH = "/v1/agent-analytics/satisfaction"


def request_options(
    *,
    voice_agent_id: str | Unset = UNSET,
    period: AnalyticsPeriod | Unset = UNSET,
    start_period: str | Unset = UNSET,
    end_period: str | Unset = UNSET,
    time_difference: str | Unset = UNSET,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    """The request this operation sends (raises RequestValidationError before any I/O)."""
    # Checked before the transforms below, which would fail on a wrong type with a bare
    # AttributeError/TypeError.
    _query_problems: list[Any] = []
    check_query(_query_problems, "voice_agent_id", voice_agent_id)
    check_query(_query_problems, "period", period, enum=AnalyticsPeriod)
    check_query(_query_problems, "start_period", start_period)
    check_query(_query_problems, "end_period", end_period)
    check_query(_query_problems, "time_difference", time_difference)
    raise_if_any(_query_problems)
    params: dict[str, Any] = {}

    params["voiceAgentId"] = voice_agent_id

    json_period: str | Unset = UNSET
    if not isinstance(period, Unset):
        json_period = period.value

    params["period"] = json_period

    params["startPeriod"] = start_period

    params["endPeriod"] = end_period

    params["timeDifference"] = time_difference

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestOptions(
        method=METHOD,
        path=PATH,
        params=params,
        timeout=timeout,
        max_retries=max_retries,
    )


def _parse(response: httpx.Response) -> AnalyticsSatisfactionResponse:
    return parse_json_response(response, AnalyticsSatisfactionResponse.from_dict)


def sync_detailed(
    *,
    client: SyncAPIClient,
    voice_agent_id: str | Unset = UNSET,
    period: AnalyticsPeriod | Unset = UNSET,
    start_period: str | Unset = UNSET,
    end_period: str | Unset = UNSET,
    time_difference: str | Unset = UNSET,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Response[AnalyticsSatisfactionResponse]:
    """Get satisfaction analytics

    Caller satisfaction and outcome scores (NPS, CSAT, sentiment, first-call resolution, escalations) over a period, for one agent or for all of the project's agents.

    ``GET /v1/agent-analytics/satisfaction`` (API v1)

    Args:
        voice_agent_id (str | Unset):
        period (AnalyticsPeriod | Unset): Time window of an analytics query or export.
                `CUSTOM` uses the `startPeriod` and `endPeriod` parameters.
        start_period (str | Unset):
        end_period (str | Unset):
        time_difference (str | Unset):
        timeout: Overrides the client's timeout for this call.
        max_retries: Overrides the client's retry budget for this call.

    Raises:
        hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
        hamsa.APIStatusError: The API answered with an error status (a subclass per status).
        hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
        hamsa.APIResponseValidationError: The response did not match the spec.

    Returns:
        Response[AnalyticsSatisfactionResponse]: status, headers, raw bytes and the parsed value.
    """

    response = client.request(
        request_options(
            voice_agent_id=voice_agent_id,
            period=period,
            start_period=start_period,
            end_period=end_period,
            time_difference=time_difference,
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
    voice_agent_id: str | Unset = UNSET,
    period: AnalyticsPeriod | Unset = UNSET,
    start_period: str | Unset = UNSET,
    end_period: str | Unset = UNSET,
    time_difference: str | Unset = UNSET,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> AnalyticsSatisfactionResponse:
    """Get satisfaction analytics

    Caller satisfaction and outcome scores (NPS, CSAT, sentiment, first-call resolution, escalations) over a period, for one agent or for all of the project's agents.

    ``GET /v1/agent-analytics/satisfaction`` (API v1)

    Args:
        voice_agent_id (str | Unset):
        period (AnalyticsPeriod | Unset): Time window of an analytics query or export.
                `CUSTOM` uses the `startPeriod` and `endPeriod` parameters.
        start_period (str | Unset):
        end_period (str | Unset):
        time_difference (str | Unset):
        timeout: Overrides the client's timeout for this call.
        max_retries: Overrides the client's retry budget for this call.

    Raises:
        hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
        hamsa.APIStatusError: The API answered with an error status (a subclass per status).
        hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
        hamsa.APIResponseValidationError: The response did not match the spec.

    Returns:
        AnalyticsSatisfactionResponse
    """

    return _parse(
        client.request(
            request_options(
                voice_agent_id=voice_agent_id,
                period=period,
                start_period=start_period,
                end_period=end_period,
                time_difference=time_difference,
                timeout=timeout,
                max_retries=max_retries,
            )
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncAPIClient,
    voice_agent_id: str | Unset = UNSET,
    period: AnalyticsPeriod | Unset = UNSET,
    start_period: str | Unset = UNSET,
    end_period: str | Unset = UNSET,
    time_difference: str | Unset = UNSET,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Response[AnalyticsSatisfactionResponse]:
    """Get satisfaction analytics

    Caller satisfaction and outcome scores (NPS, CSAT, sentiment, first-call resolution, escalations) over a period, for one agent or for all of the project's agents.

    ``GET /v1/agent-analytics/satisfaction`` (API v1)

    Args:
        voice_agent_id (str | Unset):
        period (AnalyticsPeriod | Unset): Time window of an analytics query or export.
                `CUSTOM` uses the `startPeriod` and `endPeriod` parameters.
        start_period (str | Unset):
        end_period (str | Unset):
        time_difference (str | Unset):
        timeout: Overrides the client's timeout for this call.
        max_retries: Overrides the client's retry budget for this call.

    Raises:
        hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
        hamsa.APIStatusError: The API answered with an error status (a subclass per status).
        hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
        hamsa.APIResponseValidationError: The response did not match the spec.

    Returns:
        Response[AnalyticsSatisfactionResponse]: status, headers, raw bytes and the parsed value.
    """

    response = await client.request(
        request_options(
            voice_agent_id=voice_agent_id,
            period=period,
            start_period=start_period,
            end_period=end_period,
            time_difference=time_difference,
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
    voice_agent_id: str | Unset = UNSET,
    period: AnalyticsPeriod | Unset = UNSET,
    start_period: str | Unset = UNSET,
    end_period: str | Unset = UNSET,
    time_difference: str | Unset = UNSET,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> AnalyticsSatisfactionResponse:
    """Get satisfaction analytics

    Caller satisfaction and outcome scores (NPS, CSAT, sentiment, first-call resolution, escalations) over a period, for one agent or for all of the project's agents.

    ``GET /v1/agent-analytics/satisfaction`` (API v1)

    Args:
        voice_agent_id (str | Unset):
        period (AnalyticsPeriod | Unset): Time window of an analytics query or export.
                `CUSTOM` uses the `startPeriod` and `endPeriod` parameters.
        start_period (str | Unset):
        end_period (str | Unset):
        time_difference (str | Unset):
        timeout: Overrides the client's timeout for this call.
        max_retries: Overrides the client's retry budget for this call.

    Raises:
        hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
        hamsa.APIStatusError: The API answered with an error status (a subclass per status).
        hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
        hamsa.APIResponseValidationError: The response did not match the spec.

    Returns:
        AnalyticsSatisfactionResponse
    """

    return _parse(
        await client.request(
            request_options(
                voice_agent_id=voice_agent_id,
                period=period,
                start_period=start_period,
                end_period=end_period,
                time_difference=time_difference,
                timeout=timeout,
                max_retries=max_retries,
            )
        )
    )

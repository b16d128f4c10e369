"""Operations tagged ``analytics`` in the Hamsa API v1."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

import httpx
from hamsa._base_client import NOT_GIVEN, AsyncAPIClient, NotGiven, SyncAPIClient

from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.analytics_overview_response import AnalyticsOverviewResponse
    from ...models.analytics_period import AnalyticsPeriod
    from ...models.analytics_satisfaction_response import AnalyticsSatisfactionResponse
    from ...models.error_response import ErrorResponse as ErrorResponse


# Loaded on first access (module __getattr__ below): name -> module, relative to this package.
_LAZY: dict[str, str] = {
    "AnalyticsOverviewResponse": "...models.analytics_overview_response",
    "AnalyticsPeriod": "...models.analytics_period",
    "AnalyticsSatisfactionResponse": "...models.analytics_satisfaction_response",
    "ErrorResponse": "...models.error_response",
    "get_analytics_overview": ".get_analytics_overview",
    "get_analytics_satisfaction": ".get_analytics_satisfaction",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    loaded = importlib.import_module(module, __name__)
    value = loaded if module == "." + name else getattr(loaded, name)
    globals()[name] = value  # later lookups skip this hook
    return value


class Analytics:
    """Operations tagged ``analytics`` (API v1)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get_analytics_overview(
        self,
        *,
        voice_agent_id: str | Unset = UNSET,
        period: AnalyticsPeriod | Unset = UNSET,
        start_period: str | Unset = UNSET,
        end_period: str | Unset = UNSET,
        time_difference: str | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AnalyticsOverviewResponse:
        """Get overview analytics

        Call volume and session figures over a period, for one agent or for all of the project's agents.

        Quirk: `callsOverTime[].count` is a number sent as a string (e.g. `"6"`); it is kept as a string.

        ``GET /v1/agent-analytics/overview`` (API v1)

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
            AnalyticsOverviewResponse
        """

        from . import get_analytics_overview as _get_analytics_overview

        return _get_analytics_overview.sync(
            voice_agent_id=voice_agent_id,
            period=period,
            start_period=start_period,
            end_period=end_period,
            time_difference=time_difference,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_analytics_overview_with_response(
        self,
        *,
        voice_agent_id: str | Unset = UNSET,
        period: AnalyticsPeriod | Unset = UNSET,
        start_period: str | Unset = UNSET,
        end_period: str | Unset = UNSET,
        time_difference: str | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[AnalyticsOverviewResponse]:
        """Like ``get_analytics_overview``, plus the status, headers and raw bytes."""
        from . import get_analytics_overview as _get_analytics_overview

        return _get_analytics_overview.sync_detailed(
            voice_agent_id=voice_agent_id,
            period=period,
            start_period=start_period,
            end_period=end_period,
            time_difference=time_difference,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_analytics_satisfaction(
        self,
        *,
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

        from . import get_analytics_satisfaction as _get_analytics_satisfaction

        return _get_analytics_satisfaction.sync(
            voice_agent_id=voice_agent_id,
            period=period,
            start_period=start_period,
            end_period=end_period,
            time_difference=time_difference,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_analytics_satisfaction_with_response(
        self,
        *,
        voice_agent_id: str | Unset = UNSET,
        period: AnalyticsPeriod | Unset = UNSET,
        start_period: str | Unset = UNSET,
        end_period: str | Unset = UNSET,
        time_difference: str | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[AnalyticsSatisfactionResponse]:
        """Like ``get_analytics_satisfaction``, plus the status, headers and raw bytes."""
        from . import get_analytics_satisfaction as _get_analytics_satisfaction

        return _get_analytics_satisfaction.sync_detailed(
            voice_agent_id=voice_agent_id,
            period=period,
            start_period=start_period,
            end_period=end_period,
            time_difference=time_difference,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncAnalytics:
    """Async operations tagged ``analytics`` (API v1)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get_analytics_overview(
        self,
        *,
        voice_agent_id: str | Unset = UNSET,
        period: AnalyticsPeriod | Unset = UNSET,
        start_period: str | Unset = UNSET,
        end_period: str | Unset = UNSET,
        time_difference: str | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AnalyticsOverviewResponse:
        """Get overview analytics

        Call volume and session figures over a period, for one agent or for all of the project's agents.

        Quirk: `callsOverTime[].count` is a number sent as a string (e.g. `"6"`); it is kept as a string.

        ``GET /v1/agent-analytics/overview`` (API v1)

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
            AnalyticsOverviewResponse
        """

        from . import get_analytics_overview as _get_analytics_overview

        return await _get_analytics_overview.asyncio(
            voice_agent_id=voice_agent_id,
            period=period,
            start_period=start_period,
            end_period=end_period,
            time_difference=time_difference,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_analytics_overview_with_response(
        self,
        *,
        voice_agent_id: str | Unset = UNSET,
        period: AnalyticsPeriod | Unset = UNSET,
        start_period: str | Unset = UNSET,
        end_period: str | Unset = UNSET,
        time_difference: str | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[AnalyticsOverviewResponse]:
        """Like ``get_analytics_overview``, plus the status, headers and raw bytes."""
        from . import get_analytics_overview as _get_analytics_overview

        return await _get_analytics_overview.asyncio_detailed(
            voice_agent_id=voice_agent_id,
            period=period,
            start_period=start_period,
            end_period=end_period,
            time_difference=time_difference,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_analytics_satisfaction(
        self,
        *,
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

        from . import get_analytics_satisfaction as _get_analytics_satisfaction

        return await _get_analytics_satisfaction.asyncio(
            voice_agent_id=voice_agent_id,
            period=period,
            start_period=start_period,
            end_period=end_period,
            time_difference=time_difference,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_analytics_satisfaction_with_response(
        self,
        *,
        voice_agent_id: str | Unset = UNSET,
        period: AnalyticsPeriod | Unset = UNSET,
        start_period: str | Unset = UNSET,
        end_period: str | Unset = UNSET,
        time_difference: str | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[AnalyticsSatisfactionResponse]:
        """Like ``get_analytics_satisfaction``, plus the status, headers and raw bytes."""
        from . import get_analytics_satisfaction as _get_analytics_satisfaction

        return await _get_analytics_satisfaction.asyncio_detailed(
            voice_agent_id=voice_agent_id,
            period=period,
            start_period=start_period,
            end_period=end_period,
            time_difference=time_difference,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

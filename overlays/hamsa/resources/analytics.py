"""client.analytics: call-volume and satisfaction figures over a period (API v1)."""

from __future__ import annotations

from datetime import datetime
from functools import cached_property
from typing import Any

from .._base_client import NOT_GIVEN, AsyncAPIClient, RequestOptions, SyncAPIClient
from .._response import APIResponse
from ..v1.api.analytics import get_analytics_overview as _overview
from ..v1.api.analytics import get_analytics_satisfaction as _satisfaction
from ..v1.models.analytics_overview import AnalyticsOverview
from ..v1.models.analytics_period import AnalyticsPeriod
from ..v1.models.analytics_satisfaction import AnalyticsSatisfaction
from ._envelope import data_response
from ._params import Retries, Timeout
from ._query import Query

Instant = datetime | int
Period = AnalyticsPeriod | str
Offset = int | float | str


def _query(
    voice_agent_id: str | None,
    period: Period | None,
    start_period: Instant | None,
    end_period: Instant | None,
    time_difference: Offset | None,
) -> dict[str, Any]:
    query = Query()
    query.uuid("voice_agent_id", voice_agent_id)
    query.period(AnalyticsPeriod, period, start_period, end_period)
    query.time_difference(time_difference)
    return query.checked()


def _overview_options(
    voice_agent_id: str | None,
    period: Period | None,
    start_period: Instant | None,
    end_period: Instant | None,
    time_difference: Offset | None,
    timeout: Timeout,
    max_retries: Retries,
) -> RequestOptions:
    query = _query(voice_agent_id, period, start_period, end_period, time_difference)
    return _overview.request_options(**query, timeout=timeout, max_retries=max_retries)


def _satisfaction_options(
    voice_agent_id: str | None,
    period: Period | None,
    start_period: Instant | None,
    end_period: Instant | None,
    time_difference: Offset | None,
    timeout: Timeout,
    max_retries: Retries,
) -> RequestOptions:
    query = _query(voice_agent_id, period, start_period, end_period, time_difference)
    return _satisfaction.request_options(**query, timeout=timeout, max_retries=max_retries)


class AnalyticsWithRawResponse:
    """Like client.analytics, but each method returns an APIResponse."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def overview(
        self,
        *,
        voice_agent_id: str | None = None,
        period: Period | None = None,
        start_period: Instant | None = None,
        end_period: Instant | None = None,
        time_difference: Offset | None = None,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> APIResponse[AnalyticsOverview]:
        options = _overview_options(
            voice_agent_id, period, start_period, end_period, time_difference, timeout, max_retries
        )
        return data_response(self._client.request(options), AnalyticsOverview.from_dict)

    def satisfaction(
        self,
        *,
        voice_agent_id: str | None = None,
        period: Period | None = None,
        start_period: Instant | None = None,
        end_period: Instant | None = None,
        time_difference: Offset | None = None,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> APIResponse[AnalyticsSatisfaction]:
        options = _satisfaction_options(
            voice_agent_id, period, start_period, end_period, time_difference, timeout, max_retries
        )
        return data_response(self._client.request(options), AnalyticsSatisfaction.from_dict)


class AsyncAnalyticsWithRawResponse:
    """Like AsyncHamsa().analytics, but each method returns an APIResponse."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def overview(
        self,
        *,
        voice_agent_id: str | None = None,
        period: Period | None = None,
        start_period: Instant | None = None,
        end_period: Instant | None = None,
        time_difference: Offset | None = None,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> APIResponse[AnalyticsOverview]:
        options = _overview_options(
            voice_agent_id, period, start_period, end_period, time_difference, timeout, max_retries
        )
        return data_response(await self._client.request(options), AnalyticsOverview.from_dict)

    async def satisfaction(
        self,
        *,
        voice_agent_id: str | None = None,
        period: Period | None = None,
        start_period: Instant | None = None,
        end_period: Instant | None = None,
        time_difference: Offset | None = None,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> APIResponse[AnalyticsSatisfaction]:
        options = _satisfaction_options(
            voice_agent_id, period, start_period, end_period, time_difference, timeout, max_retries
        )
        return data_response(await self._client.request(options), AnalyticsSatisfaction.from_dict)


class Analytics:
    """Figures over a period, for one agent (``voice_agent_id``) or all of the project's.

    ``period`` is an AnalyticsPeriod: ``"TODAY"`` (the API's default), ``"YESTERDAY"``,
    ``"LAST_HOUR"``, ``"THIS_WEEK"``, ``"THIS_MONTH"`` or ``"CUSTOM"``. Giving
    ``start_period``/``end_period`` (timezone-aware datetimes or UTC epoch milliseconds, sent
    as the documented strings) means ``"CUSTOM"``. ``time_difference`` is your offset from UTC
    (e.g. ``-3``) so that days are cut in your time zone.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AnalyticsWithRawResponse:
        return AnalyticsWithRawResponse(self._client)

    def overview(
        self,
        *,
        voice_agent_id: str | None = None,
        period: Period | None = None,
        start_period: Instant | None = None,
        end_period: Instant | None = None,
        time_difference: Offset | None = None,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> AnalyticsOverview:
        """Call volume and session figures (``GET /v1/agent-analytics/overview``)."""
        return self.with_raw_response.overview(
            voice_agent_id=voice_agent_id,
            period=period,
            start_period=start_period,
            end_period=end_period,
            time_difference=time_difference,
            timeout=timeout,
            max_retries=max_retries,
        ).parsed

    def satisfaction(
        self,
        *,
        voice_agent_id: str | None = None,
        period: Period | None = None,
        start_period: Instant | None = None,
        end_period: Instant | None = None,
        time_difference: Offset | None = None,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> AnalyticsSatisfaction:
        """NPS, CSAT, sentiment, first-call resolution and escalations
        (``GET /v1/agent-analytics/satisfaction``)."""
        return self.with_raw_response.satisfaction(
            voice_agent_id=voice_agent_id,
            period=period,
            start_period=start_period,
            end_period=end_period,
            time_difference=time_difference,
            timeout=timeout,
            max_retries=max_retries,
        ).parsed


class AsyncAnalytics:
    """Async analytics; see Analytics."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAnalyticsWithRawResponse:
        return AsyncAnalyticsWithRawResponse(self._client)

    async def overview(
        self,
        *,
        voice_agent_id: str | None = None,
        period: Period | None = None,
        start_period: Instant | None = None,
        end_period: Instant | None = None,
        time_difference: Offset | None = None,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> AnalyticsOverview:
        """Call volume and session figures; see Analytics.overview."""
        raw = await self.with_raw_response.overview(
            voice_agent_id=voice_agent_id,
            period=period,
            start_period=start_period,
            end_period=end_period,
            time_difference=time_difference,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw.parsed

    async def satisfaction(
        self,
        *,
        voice_agent_id: str | None = None,
        period: Period | None = None,
        start_period: Instant | None = None,
        end_period: Instant | None = None,
        time_difference: Offset | None = None,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> AnalyticsSatisfaction:
        """Satisfaction and outcome scores; see Analytics.satisfaction."""
        raw = await self.with_raw_response.satisfaction(
            voice_agent_id=voice_agent_id,
            period=period,
            start_period=start_period,
            end_period=end_period,
            time_difference=time_difference,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw.parsed

"""Operations tagged ``statistics`` in the Hamsa API v1."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

import httpx
from hamsa._base_client import NOT_GIVEN, AsyncAPIClient, NotGiven, SyncAPIClient

from ...types import UNSET as UNSET
from ...types import Response
from ...types import Unset as Unset

if TYPE_CHECKING:
    from ...models.error_response import ErrorResponse as ErrorResponse
    from ...models.statistics_chart_response import StatisticsChartResponse
    from ...models.statistics_numbers_response import StatisticsNumbersResponse


# Loaded on first access (module __getattr__ below): name -> module, relative to this package.
_LAZY: dict[str, str] = {
    "ErrorResponse": "...models.error_response",
    "StatisticsChartResponse": "...models.statistics_chart_response",
    "StatisticsNumbersResponse": "...models.statistics_numbers_response",
    "get_statistics_numbers": ".get_statistics_numbers",
    "get_statistics_chart": ".get_statistics_chart",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    loaded = importlib.import_module(module, __name__)
    value = loaded if module == "." + name else getattr(loaded, name)
    globals()[name] = value  # later lookups skip this hook
    return value


class Statistics:
    """Operations tagged ``statistics`` (API v1)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get_statistics_numbers(
        self,
        *,
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

        from . import get_statistics_numbers as _get_statistics_numbers

        return _get_statistics_numbers.sync(
            start_period=start_period,
            end_period=end_period,
            project_id=project_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_statistics_numbers_with_response(
        self,
        *,
        start_period: str,
        end_period: str,
        project_id: str,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[StatisticsNumbersResponse]:
        """Like ``get_statistics_numbers``, plus the status, headers and raw bytes."""
        from . import get_statistics_numbers as _get_statistics_numbers

        return _get_statistics_numbers.sync_detailed(
            start_period=start_period,
            end_period=end_period,
            project_id=project_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_statistics_chart(
        self,
        *,
        start_period: str,
        end_period: str,
        project_id: str,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> StatisticsChartResponse:
        """Usage over time

        Cost, requests, transcription and tokens over a period, as time series.

        ``GET /v1/projects/statistics/chart`` (API v1)

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
            StatisticsChartResponse
        """

        from . import get_statistics_chart as _get_statistics_chart

        return _get_statistics_chart.sync(
            start_period=start_period,
            end_period=end_period,
            project_id=project_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_statistics_chart_with_response(
        self,
        *,
        start_period: str,
        end_period: str,
        project_id: str,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[StatisticsChartResponse]:
        """Like ``get_statistics_chart``, plus the status, headers and raw bytes."""
        from . import get_statistics_chart as _get_statistics_chart

        return _get_statistics_chart.sync_detailed(
            start_period=start_period,
            end_period=end_period,
            project_id=project_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncStatistics:
    """Async operations tagged ``statistics`` (API v1)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get_statistics_numbers(
        self,
        *,
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

        from . import get_statistics_numbers as _get_statistics_numbers

        return await _get_statistics_numbers.asyncio(
            start_period=start_period,
            end_period=end_period,
            project_id=project_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_statistics_numbers_with_response(
        self,
        *,
        start_period: str,
        end_period: str,
        project_id: str,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[StatisticsNumbersResponse]:
        """Like ``get_statistics_numbers``, plus the status, headers and raw bytes."""
        from . import get_statistics_numbers as _get_statistics_numbers

        return await _get_statistics_numbers.asyncio_detailed(
            start_period=start_period,
            end_period=end_period,
            project_id=project_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_statistics_chart(
        self,
        *,
        start_period: str,
        end_period: str,
        project_id: str,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> StatisticsChartResponse:
        """Usage over time

        Cost, requests, transcription and tokens over a period, as time series.

        ``GET /v1/projects/statistics/chart`` (API v1)

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
            StatisticsChartResponse
        """

        from . import get_statistics_chart as _get_statistics_chart

        return await _get_statistics_chart.asyncio(
            start_period=start_period,
            end_period=end_period,
            project_id=project_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_statistics_chart_with_response(
        self,
        *,
        start_period: str,
        end_period: str,
        project_id: str,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[StatisticsChartResponse]:
        """Like ``get_statistics_chart``, plus the status, headers and raw bytes."""
        from . import get_statistics_chart as _get_statistics_chart

        return await _get_statistics_chart.asyncio_detailed(
            start_period=start_period,
            end_period=end_period,
            project_id=project_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

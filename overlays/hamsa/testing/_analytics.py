"""Analytics endpoints (v1): overview and satisfaction figures, computed from the calls the mock
started in the period, for one agent or for all.

The mock hears no speech, so what needs a transcript is 0 (messages and words per call) and
satisfaction is scored by outcome: a COMPLETED call counts as positive and resolved, a
FORWARDED one as neutral and escalated, any other ended call as negative.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import attrs

from ._conversations import calls_newest_first
from ._messages import MockRequest, MockResponse, ok
from ._periods import Window, read_window
from ._query import QueryReader
from ._state import MockCall, MockState

__all__ = ["get_analytics_overview", "get_analytics_satisfaction"]

# Where short calls end and long ones begin, in seconds (the API does not document its own).
SHORT_CALL_SECONDS = 60
LONG_CALL_SECONDS = 300


@attrs.frozen
class _Selection:
    every: list[MockCall]  # the agent's calls (or all calls), whenever they started
    calls: list[MockCall]  # those that started in the period
    window: Window


def _select(state: MockState, request: MockRequest) -> _Selection:
    query = QueryReader(request)
    agent_id = query.uuid("voiceAgentId")
    window = read_window(query, state.now())
    query.check()
    if agent_id is not None:
        state.agent(agent_id)  # 404 for an unknown agent
    every = [c for c in calls_newest_first(state) if agent_id in (None, c.voice_agent_id)]
    return _Selection(every, [c for c in every if c.created_at in window], window)


def _average(values: list[int]) -> float:
    return round(sum(values) / len(values), 2) if values else 0


def _over_time(selected: _Selection) -> list[dict[str, str]]:
    """Calls per hour of the caller's clock, as the API writes both (count as a string)."""
    offset = selected.window.offset
    counts = Counter((c.created_at + offset).strftime("%Y-%m-%d %H:00:00") for c in selected.calls)
    return [{"timeBucket": hour, "count": str(counts[hour])} for hour in sorted(counts)]


def get_analytics_overview(state: MockState, request: MockRequest) -> MockResponse:
    """GET /v1/agent-analytics/overview; this envelope carries no message."""
    selected = _select(state, request)
    calls = selected.calls
    durations = [c.call_duration for c in calls if c.call_duration is not None]
    data: dict[str, Any] = {
        "liveSessionsNumber": sum(c.status == "IN_PROGRESS" for c in selected.every),
        "totalSessionsNumber": len(calls),
        "averageSessionDuration": _average(durations),
        "averageMessagesPerSession": 0,
        "totalSessionDuration": sum(durations),
        "averageWordsPerAiResponse": 0,
        "forwardToHumanAgent": sum(c.status == "FORWARDED" for c in calls),
        "callsOverTime": _over_time(selected),
        "callsByDurationBuckets": {
            "shortDurationBucketCalls": sum(d < SHORT_CALL_SECONDS for d in durations),
            "mediumDurationBucketCalls": sum(
                SHORT_CALL_SECONDS <= d < LONG_CALL_SECONDS for d in durations
            ),
            "longDurationBucketCalls": sum(d >= LONG_CALL_SECONDS for d in durations),
        },
    }
    return ok(data, message=None)


def get_analytics_satisfaction(state: MockState, request: MockRequest) -> MockResponse:
    """GET /v1/agent-analytics/satisfaction; this envelope carries no message."""
    ended = [c for c in _select(state, request).calls if c.is_final]

    def share(count: int) -> float:
        return round(100 * count / len(ended), 2) if ended else 0

    positive = sum(c.status == "COMPLETED" for c in ended)
    neutral = sum(c.status == "FORWARDED" for c in ended)
    negative = len(ended) - positive - neutral
    data = {
        "npsScore": share(positive) - share(negative),
        "sentimentDistribution": {
            "positive": share(positive),
            "neutral": share(neutral),
            "negative": share(negative),
        },
        "csatScore": share(positive),
        "firstCallResolutionPercentage": share(positive),
        "escalationRate": share(neutral),
    }
    return ok(data, message=None)

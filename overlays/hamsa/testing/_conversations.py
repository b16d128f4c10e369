"""Reading many calls at once (v1): the lightweight conversation list and the Excel export.

Both show the started calls as they stand (with ``call_duration`` they follow the clock; in the
default polling mode only a GET of the conversation moves one on). Newest first.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ._calls import call_params
from ._messages import MockRequest, MockResponse, ok
from ._periods import epoch_ms, read_window
from ._query import QueryReader, page_slice
from ._state import MockCall, MockState, timestamp
from ._workbook import XLSX_CONTENT_TYPE, workbook

__all__ = ["CALL_STATUSES", "calls_newest_first", "export_conversations", "list_conversations"]

CALL_STATUSES = (
    "PENDING",
    "IN_PROGRESS",
    "COMPLETED",
    "NO_ANSWER",
    "FAILED",
    "FORWARDED",
    "TERMINATED",
)
EXPORT_STATUSES = ("COMPLETED", "PENDING", "FAILED", "IN_PROGRESS", "NO_ANSWER")
MAX_PER_PAGE = 200
EXPORT_COLUMNS = (
    "Conversation ID",
    "Created At",
    "Status",
    "Duration (s)",
    "Voice Agent ID",
    "Agent Name",
    "User Number",
    "Machine Number",
)


def calls_newest_first(state: MockState) -> list[MockCall]:
    """Every call, brought up to date with the clock."""
    return [state.call(call_id) for call_id in reversed(state.calls)]


def _agent_name(record: MockCall) -> str | None:
    name = record.agent_details.get("agentName")
    return name if isinstance(name, str) else None


def _summary(record: MockCall) -> dict[str, Any]:
    return {
        "id": record.id,
        "createdAt": timestamp(record.created_at),
        "status": record.status,
        "voiceAgentId": record.voice_agent_id,
        "agentName": _agent_name(record),
        "duration": record.call_duration,
        "channelType": "Telephone",  # sic: this list spells it so, get_conversation TELEPHONE
        "callParams": call_params(record),
    }


def list_conversations(state: MockState, request: MockRequest) -> MockResponse:
    """GET /v1/voice-agents/conversations/minimal-list: ``page``/``perPage`` (at most 200)."""
    query = QueryReader(request)
    agent_id = query.uuid("voiceAgentId")
    statuses = query.choices("status", CALL_STATUSES)
    start = query.epoch_ms("startTime")
    end = query.epoch_ms("endTime")
    page = query.page("page", 1)
    size = query.page("perPage", 100, maximum=MAX_PER_PAGE)
    if start is not None and end is not None and end < start:
        query.problem("endTime", "must not be earlier than startTime")
    query.check()
    calls = calls_newest_first(state)
    matching = [
        record
        for record in calls
        if (agent_id is None or record.voice_agent_id == agent_id)
        and (not statuses or record.status in statuses)
        and (start is None or epoch_ms(record.created_at) >= start)
        and (end is None or epoch_ms(record.created_at) <= end)
    ]
    data = {
        "total": len(calls),
        "filtered": len(matching),
        "calls": [_summary(record) for record in page_slice(matching, page, size)],
    }
    return ok(data, message="success")


def _rows(calls: Iterable[MockCall]) -> list[tuple[str | int | None, ...]]:
    rows: list[tuple[str | int | None, ...]] = [EXPORT_COLUMNS]
    for record in calls:
        numbers = call_params(record)
        rows.append(
            (
                record.id,
                timestamp(record.created_at),
                record.status,
                record.call_duration,
                record.voice_agent_id,
                _agent_name(record),
                numbers.get("userNumber"),
                numbers.get("machineNumber"),
            )
        )
    return rows


def export_conversations(state: MockState, request: MockRequest) -> MockResponse:
    """GET /v1/agent-analytics/conversations/export: one agent's calls in the period, as an
    .xlsx file (a header row, then one row per call), not a JSON envelope."""
    query = QueryReader(request)
    agent_id = query.uuid("voiceAgentId", required=True)
    status = query.choice("status", EXPORT_STATUSES)
    window = read_window(query, state.now())
    query.check()
    assert agent_id is not None  # required: check() answered 400 otherwise
    state.agent(agent_id)
    calls = [
        record
        for record in calls_newest_first(state)
        if record.voice_agent_id == agent_id
        and (status is None or record.status == status)
        and record.created_at in window
    ]
    return MockResponse(
        200,
        workbook("Conversations", _rows(calls)),
        headers={"Content-Disposition": 'attachment; filename="conversations.xlsx"'},
        content_type=XLSX_CONTENT_TYPE,
    )

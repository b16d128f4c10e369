"""Web-tool endpoints: v1 create/get/update/list and test-api-tool, v2 create/update/list.

Each tool is stored once, as the API returns it, and rendered in the shape each version
documents (v2 allows null where v1 leaves a field out). What the docs say the service does to a
tool is done here too: the request's ``toolSettings.timeOut`` (seconds) comes back as
``timeout`` in milliseconds, the JSON-Schema ``params`` come back as the flat map of arguments,
and an update raises ``version``. The id stays, so a tool reads back under the id it was
created with.

The rules that tie fields together (``async`` required for FUNCTION tools, ``async`` and
``params`` refused for MCP tools, each message type once) are the SDK's own checks.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from typing import Any, Final

from ..resources._checks import tool_rules
from ..v1.models.api_tool_test_request import ApiToolTestRequest
from ..v1.models.create_web_tool_request import CreateWebToolRequest as V1CreateRequest
from ..v1.models.update_web_tool_request import UpdateWebToolRequest as V1UpdateRequest
from ..v2.models.create_web_tool_request import CreateWebToolRequest as V2CreateRequest
from ..v2.models.update_web_tool_request import UpdateWebToolRequest as V2UpdateRequest
from ._messages import MockRequest, MockResponse, json_copy, ok
from ._query import QueryReader, page_slice
from ._state import MockState
from ._validation import invalid, parse_model, require_object

__all__ = [
    "create_web_tool_v1",
    "create_web_tool_v2",
    "get_web_tool",
    "list_web_tools_v1",
    "list_web_tools_v2",
    "run_api_tool_test",
    "update_web_tool_v1",
    "update_web_tool_v2",
]

TOOL_TYPES = ("FUNCTION", "MCP")
DEFAULT_TIMEOUT_MS: Final = 5000  # what the documented stored tools show
# v1 documents these as never null: a tool without them leaves them out of a v1 answer.
V1_NOT_NULL: Final = frozenset({"async", "toolSettings", "params"})
V2_NOT_NULL: Final = frozenset({"description"})
CREATED: Final = {
    "message": "Web tool created successfully",
    "message_key": "WebToolCreatedSuccessfully",
}
# The fields a request may set, per version (v1 has no collections).
V1_FIELDS: Final = frozenset(
    {"type", "name", "description", "async", "toolSettings", "messages", "params"}
)
V2_FIELDS: Final = V1_FIELDS | {"collectionId"}
TEST_EVENT: Final = {"event": "attempt", "data": {"message": "Starting API test..."}}

View = Callable[[Mapping[str, Any]], dict[str, Any]]


def v1_view(tool: Mapping[str, Any]) -> dict[str, Any]:
    return {k: json_copy(v) for k, v in tool.items() if v is not None or k not in V1_NOT_NULL}


def v2_view(tool: Mapping[str, Any]) -> dict[str, Any]:
    return {k: json_copy(v) for k, v in tool.items() if v is not None or k not in V2_NOT_NULL}


def _settings(given: Mapping[str, Any], current: Mapping[str, Any] | None) -> dict[str, Any]:
    """Request settings over the stored ones, key by key, in the stored spelling."""
    stored = dict(current or {"httpHeaders": {}, "pathParameters": {}, "authToken": None})
    stored.setdefault("timeout", DEFAULT_TIMEOUT_MS)
    for key, value in given.items():
        if key == "timeOut":
            stored["timeout"] = value * 1000
            if not math.isfinite(stored["timeout"]):  # JSON has no infinity to answer with
                raise invalid([{"field": "toolSettings.timeOut", "message": "is too large"}])
        else:
            stored[key] = json_copy(value)
    return stored


def _stored_params(given: Mapping[str, Any]) -> dict[str, Any]:
    """The arguments as stored tools show them: by name, not as a JSON Schema."""
    properties = given.get("properties")
    if isinstance(properties, dict):
        return json_copy(properties)
    return {k: json_copy(v) for k, v in given.items() if k not in ("type", "required")}


def _apply(tool: dict[str, Any], body: Mapping[str, Any], fields: frozenset[str]) -> None:
    for key, value in body.items():
        if key not in fields:
            continue
        if key == "toolSettings":
            tool[key] = _settings(value, tool.get(key))
        elif key == "params":
            tool[key] = _stored_params(value)
        else:
            tool[key] = json_copy(value)
    if tool["type"] == "MCP":  # neither applies to an MCP server
        tool["async"] = tool["params"] = None


def _create(
    state: MockState, request: MockRequest, model: Any, fields: frozenset[str]
) -> dict[str, Any]:
    body = require_object(request.json())
    parse_model(model, body, also=tool_rules(body, creating=True))
    tool: dict[str, Any] = {
        "id": state.new_id(),
        "persistentId": "c" + state.new_id().replace("-", "")[:24],  # cuid-style, as documented
        "version": 1,
        "name": body["name"],
        "type": body["type"],
        "userId": state.user_id,
        "projectId": state.project_id,
        "isActive": True,
        "async": None,
        "description": None,
        "collectionId": None,
        "toolSettings": None,
        "params": {},
        "messages": [],
    }
    _apply(tool, body, fields)
    state.web_tools[tool["id"]] = tool
    return tool


def _update(
    state: MockState, request: MockRequest, model: Any, fields: frozenset[str], id_param: str
) -> dict[str, Any]:
    tool = state.web_tool(request.path_params[id_param])
    body = require_object(request.json())
    # The MCP rules apply to the type the tool will have.
    parse_model(model, body, also=tool_rules({"type": tool["type"], **body}, creating=False))
    _apply(tool, body, fields)
    tool["version"] += 1
    return tool


def create_web_tool_v1(state: MockState, request: MockRequest) -> MockResponse:
    """POST /v1/voice-agents/web-tool."""
    return ok(v1_view(_create(state, request, V1CreateRequest, V1_FIELDS)), **CREATED)


def create_web_tool_v2(state: MockState, request: MockRequest) -> MockResponse:
    """POST /v2/voice-agents/web-tool."""
    return ok(v2_view(_create(state, request, V2CreateRequest, V2_FIELDS)), **CREATED)


def get_web_tool(state: MockState, request: MockRequest) -> MockResponse:
    """GET /v1/voice-agents/web-tool/{webToolId}."""
    return ok(v1_view(state.web_tool(request.path_params["webToolId"])), message="success")


def update_web_tool_v1(state: MockState, request: MockRequest) -> MockResponse:
    """PATCH /v1/voice-agents/web-tool/{webToolId}: only the fields sent change."""
    tool = _update(state, request, V1UpdateRequest, V1_FIELDS, "webToolId")
    return ok(
        v1_view(tool),
        message="Web tool updated successfully",
        message_key="WebToolUpdatedSuccessfully",
    )


def update_web_tool_v2(state: MockState, request: MockRequest) -> MockResponse:
    """PATCH /v2/voice-agents/web-tool/{id}: this envelope carries no message."""
    return ok(v2_view(_update(state, request, V2UpdateRequest, V2_FIELDS, "id")), message=None)


def _attached(state: MockState, agent_id: str) -> set[str]:
    """The ids and persistent ids of the tools an agent refers to in ``tools``."""
    refs = (state.agents.get(agent_id) or {}).get("tools") or []
    return {
        str(ref[key])
        for ref in refs
        if isinstance(ref, dict)
        for key in ("toolId", "persistentId")
        if ref.get(key) is not None
    }


def _page(state: MockState, query: QueryReader, view: View, *, v2: bool) -> dict[str, Any]:
    agent_id = query.uuid("voiceAgentId")
    active = query.flag("isActive")
    page = query.page("skip", 1)
    size = query.page("take", 10)
    collection = query.uuid("collectionId") if v2 else None
    uncategorized = query.flag("returnUncategorized") if v2 else None
    search = (query.text("search") or "").casefold() if v2 else ""
    kind = query.choice("type", TOOL_TYPES) if v2 else None
    query.check()
    if uncategorized and collection is not None:
        raise invalid([{"field": "returnUncategorized", "message": "cannot go with collectionId"}])
    attached = _attached(state, agent_id) if agent_id is not None else set()
    tools = list(reversed(state.web_tools.values()))  # newest first
    matching = [
        tool
        for tool in tools
        if (agent_id is None or {tool["id"], tool["persistentId"]} & attached)
        and (active is None or tool["isActive"] == active)
        and (collection is None or tool["collectionId"] == collection)
        and (not uncategorized or tool["collectionId"] is None)
        and search in tool["name"].casefold()
        and (kind is None or tool["type"] == kind)
    ]
    items = [view(tool) for tool in page_slice(matching, page, size)]
    return {"total": len(tools), "filtered": len(matching), "items": items}


def list_web_tools_v1(state: MockState, request: MockRequest) -> MockResponse:
    """GET /v1/voice-agents/web-tool/list: ``skip`` is the 1-based page number."""
    return ok(_page(state, QueryReader(request), v1_view, v2=False), message="success")


def list_web_tools_v2(state: MockState, request: MockRequest) -> MockResponse:
    """GET /v2/voice-agents/web-tool/list: also searches names and filters by type and
    collection; this envelope carries no message."""
    return ok(_page(state, QueryReader(request), v2_view, v2=True), message=None)


def run_api_tool_test(state: MockState, request: MockRequest) -> MockResponse:
    """POST /v1/voice-agents/web-tool/test-api-tool: checks the request, calls nothing (the mock
    never leaves the machine) and answers the documented event, outside any envelope."""
    parse_model(ApiToolTestRequest, require_object(request.json()))
    return MockResponse(200, json_copy(TEST_EVENT))

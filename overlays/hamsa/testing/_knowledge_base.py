"""Knowledge-base endpoints (v1): add items, list, get, rename, and remove one URL of an item.

Items are ready at once (status PROCESSED): the mock reads no documents or pages. An item is
``used`` while an agent lists it in ``knowledgeBaseItemsIds``.
"""

from __future__ import annotations

from typing import Any

from ..v1.models.create_knowledge_base_items_request import CreateKnowledgeBaseItemsRequest
from ..v1.models.delete_knowledge_base_item_url_request import DeleteKnowledgeBaseItemUrlRequest
from ..v1.models.update_knowledge_base_item_request import UpdateKnowledgeBaseItemRequest
from ._messages import ApiError, MockRequest, MockResponse, json_copy, ok
from ._query import QueryReader, page_slice
from ._state import MockState, timestamp
from ._validation import parse_model, require_object

__all__ = [
    "create_knowledge_base_items",
    "delete_knowledge_base_item_url",
    "get_knowledge_base_item",
    "list_knowledge_base_items",
    "render_item",
    "update_knowledge_base_item",
]


def _used(state: MockState, item_id: str) -> bool:
    return any(item_id in (a.get("knowledgeBaseItemsIds") or []) for a in state.agents.values())


def render_item(state: MockState, item: dict[str, Any]) -> dict[str, Any]:
    """The item as the API returns it, with whether an agent uses it now."""
    return {**json_copy(item), "used": _used(state, item["id"])}


def _store(state: MockState, given: dict[str, Any], now: str) -> dict[str, Any]:
    content = given.get("content")
    item = {
        "id": state.new_id(),
        "userId": state.user_id,
        "projectId": state.project_id,
        "itemName": given.get("itemName") or given.get("itemUrl") or "Untitled item",
        "fileSize": None,
        "type": given.get("type", "TEXT"),
        "status": "PROCESSED",
        "failureReason": None,
        "content": content,
        "itemUrl": given.get("itemUrl"),
        "itemUrls": list(given.get("itemUrls") or []),
        "wordsNumber": len(content.split()) if isinstance(content, str) else None,
        "extension": None,
        "createdAt": now,
        "updatedAt": now,
        "isActive": True,
    }
    state.knowledge_base[item["id"]] = item
    return item


def create_knowledge_base_items(state: MockState, request: MockRequest) -> MockResponse:
    """POST /v1/voice-agents/knowledge-base: stores every item, answers the first (the
    documented response holds one item)."""
    body = require_object(request.json())
    parse_model(CreateKnowledgeBaseItemsRequest, body)
    now = timestamp(state.now())
    stored = [_store(state, given, now) for given in body["items"]]
    return ok(render_item(state, stored[0]), message="success")


def get_knowledge_base_item(state: MockState, request: MockRequest) -> MockResponse:
    """GET /v1/voice-agents/knowledge-base/{knowledgeBaseItemId}."""
    item = state.knowledge_base_item(request.path_params["knowledgeBaseItemId"])
    return ok(render_item(state, item), message="Success")


def update_knowledge_base_item(state: MockState, request: MockRequest) -> MockResponse:
    """PATCH /v1/voice-agents/knowledge-base/{knowledgeBaseItemId}: a rename."""
    body = require_object(request.json())
    parse_model(UpdateKnowledgeBaseItemRequest, body)
    item = state.knowledge_base_item(request.path_params["knowledgeBaseItemId"])
    item["itemName"] = body["itemName"]
    item["updatedAt"] = timestamp(state.now())
    return ok(render_item(state, item), message="success")


def delete_knowledge_base_item_url(state: MockState, request: MockRequest) -> MockResponse:
    """DELETE /v1/voice-agents/knowledge-base/{knowledgeBaseItemId}/url, with the URL in a
    JSON body; the item stays. A URL the item doesn't have answers 404."""
    body = require_object(request.json())
    parse_model(DeleteKnowledgeBaseItemUrlRequest, body)
    item = state.knowledge_base_item(request.path_params["knowledgeBaseItemId"])
    url = body["url"]
    if url not in item["itemUrls"] and url != item["itemUrl"]:
        raise ApiError(404, f"The item has no URL {url}.", "URL_NOT_FOUND")
    item["itemUrls"] = [u for u in item["itemUrls"] if u != url]
    if item["itemUrl"] == url:
        item["itemUrl"] = None
    item["updatedAt"] = timestamp(state.now())
    return ok(
        message="URL deleted successfully from knowledge base item",
        message_key="URL_DELETED_SUCCESSFULLY",
    )


def list_knowledge_base_items(state: MockState, request: MockRequest) -> MockResponse:
    """GET /v1/voice-agents/knowledge-base/list: newest first; ``skip`` is the page number."""
    query = QueryReader(request)
    agent_id = query.uuid("voiceAgentId")
    active = query.flag("isActive")
    used = query.flag("used")
    page = query.page("skip", 1)
    size = query.page("take", 10)
    kinds = query.choices("type")
    query.check()
    attached = (state.agents.get(agent_id or "") or {}).get("knowledgeBaseItemsIds") or []
    items = list(reversed(state.knowledge_base.values()))
    matching = [
        item
        for item in items
        if (agent_id is None or item["id"] in attached)
        and (active is None or item["isActive"] == active)
        and (used is None or _used(state, item["id"]) == used)
        and (not kinds or item["type"] in kinds)
    ]
    data = {
        "total": len(items),
        "filtered": len(matching),
        "items": [render_item(state, item) for item in page_slice(matching, page, size)],
    }
    return ok(data, message="success")

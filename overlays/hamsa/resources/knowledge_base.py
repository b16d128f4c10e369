"""client.knowledge_base: the texts, documents and web pages agents can consult (API v1)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import cached_property
from typing import Any

import httpx

from .._base_client import NOT_GIVEN, AsyncAPIClient, RequestOptions, SyncAPIClient
from .._pagination import AsyncPaginator, Page, SyncPaginator
from .._response import APIResponse
from .._wire import checked_wire, wire_fields
from ..v1.api.knowledge_base import create_knowledge_base_items as _create
from ..v1.api.knowledge_base import delete_knowledge_base_item_url as _delete_url
from ..v1.api.knowledge_base import get_knowledge_base_item as _get
from ..v1.api.knowledge_base import list_knowledge_base_items as _list
from ..v1.api.knowledge_base import update_knowledge_base_item as _update
from ..v1.models.create_knowledge_base_items_request import CreateKnowledgeBaseItemsRequest
from ..v1.models.delete_knowledge_base_item_url_request import DeleteKnowledgeBaseItemUrlRequest
from ..v1.models.knowledge_base_item import KnowledgeBaseItem
from ..v1.models.knowledge_base_item_page import KnowledgeBaseItemPage
from ..v1.models.response_envelope import ResponseEnvelope
from ..v1.models.update_knowledge_base_item_request import UpdateKnowledgeBaseItemRequest
from ._envelope import data_response, json_response
from ._paging import check_paging, page_of
from ._params import Retries, Timeout
from ._query import Query

Items = Sequence[Mapping[str, Any] | Any]
Kinds = Iterable[str] | str


def _create_options(items: Items, timeout: Timeout, max_retries: Retries) -> RequestOptions:
    body = checked_wire(CreateKnowledgeBaseItemsRequest, wire_fields({"items": items}))
    return _create.checked_request_options(body=body, timeout=timeout, max_retries=max_retries)


def _update_options(
    item_id: str, item_name: str, timeout: Timeout, max_retries: Retries
) -> RequestOptions:
    body = checked_wire(UpdateKnowledgeBaseItemRequest, {"itemName": item_name})
    return _update.checked_request_options(
        item_id, body=body, timeout=timeout, max_retries=max_retries
    )


def _delete_url_options(
    item_id: str, url: str, timeout: Timeout, max_retries: Retries
) -> RequestOptions:
    body = checked_wire(DeleteKnowledgeBaseItemUrlRequest, {"url": url})
    return _delete_url.checked_request_options(
        item_id, body=body, timeout=timeout, max_retries=max_retries
    )


def _list_query(
    voice_agent_id: str | None, is_active: bool | None, used: bool | None, type: Kinds | None
) -> dict[str, Any]:
    query = Query()
    query.uuid("voice_agent_id", voice_agent_id)
    query.value("is_active", is_active, expected="boolean")
    query.text_flag("used", used)
    if type is not None:
        kinds = [type] if isinstance(type, str) else list(type)
        for index, kind in enumerate(kinds):
            if not isinstance(kind, str):
                query.problem(f"type[{index}]", kind, "must be a string such as 'TEXT'")
        query.kwargs["type_"] = kinds
    return query.checked()


def _list_options(
    query: Mapping[str, Any], page: int, page_size: int, timeout: Timeout, max_retries: Retries
) -> RequestOptions:
    # Documented as strings: skip (the 1-based page NUMBER, not an offset) and take.
    return _list.request_options(
        **query, skip=str(page), take=str(page_size), timeout=timeout, max_retries=max_retries
    )


def _item(response: httpx.Response) -> APIResponse[KnowledgeBaseItem]:
    return data_response(response, KnowledgeBaseItem.from_dict)


def _item_page(
    response: httpx.Response, page: int, page_size: int
) -> APIResponse[Page[KnowledgeBaseItem]]:
    def build(data: dict[str, Any]) -> Page[KnowledgeBaseItem]:
        parsed = KnowledgeBaseItemPage.from_dict(data)
        return page_of(
            parsed.items or [], page, page_size, total=parsed.total, filtered=parsed.filtered
        )

    return data_response(response, build)


def _envelope(response: httpx.Response) -> APIResponse[ResponseEnvelope]:
    return json_response(response, ResponseEnvelope.from_dict)


class KnowledgeBaseWithRawResponse:
    """Like client.knowledge_base, but each method returns an APIResponse."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self, items: Items, *, timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN
    ) -> APIResponse[KnowledgeBaseItem]:
        options = _create_options(items, timeout, max_retries)
        return _item(self._client.request(options))

    def get(
        self, item_id: str, *, timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN
    ) -> APIResponse[KnowledgeBaseItem]:
        options = _get.request_options(item_id, timeout=timeout, max_retries=max_retries)
        return _item(self._client.request(options))

    def update(
        self,
        item_id: str,
        *,
        item_name: str,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> APIResponse[KnowledgeBaseItem]:
        options = _update_options(item_id, item_name, timeout, max_retries)
        return _item(self._client.request(options))

    def delete_url(
        self,
        item_id: str,
        *,
        url: str,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> APIResponse[ResponseEnvelope]:
        options = _delete_url_options(item_id, url, timeout, max_retries)
        return _envelope(self._client.request(options))

    def list(
        self,
        *,
        voice_agent_id: str | None = None,
        is_active: bool | None = None,
        used: bool | None = None,
        type: Kinds | None = None,
        page: int = 1,
        page_size: int = 10,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> APIResponse[Page[KnowledgeBaseItem]]:
        """One page (``page`` is 1-based) of ``GET /v1/voice-agents/knowledge-base/list``."""
        query = _list_query(voice_agent_id, is_active, used, type)
        check_paging(page_size, page=page)
        options = _list_options(query, page, page_size, timeout, max_retries)
        return _item_page(self._client.request(options), page, page_size)


class AsyncKnowledgeBaseWithRawResponse:
    """Like AsyncHamsa().knowledge_base, but each method returns an APIResponse."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self, items: Items, *, timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN
    ) -> APIResponse[KnowledgeBaseItem]:
        options = _create_options(items, timeout, max_retries)
        return _item(await self._client.request(options))

    async def get(
        self, item_id: str, *, timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN
    ) -> APIResponse[KnowledgeBaseItem]:
        options = _get.request_options(item_id, timeout=timeout, max_retries=max_retries)
        return _item(await self._client.request(options))

    async def update(
        self,
        item_id: str,
        *,
        item_name: str,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> APIResponse[KnowledgeBaseItem]:
        options = _update_options(item_id, item_name, timeout, max_retries)
        return _item(await self._client.request(options))

    async def delete_url(
        self,
        item_id: str,
        *,
        url: str,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> APIResponse[ResponseEnvelope]:
        options = _delete_url_options(item_id, url, timeout, max_retries)
        return _envelope(await self._client.request(options))

    async def list(
        self,
        *,
        voice_agent_id: str | None = None,
        is_active: bool | None = None,
        used: bool | None = None,
        type: Kinds | None = None,
        page: int = 1,
        page_size: int = 10,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> APIResponse[Page[KnowledgeBaseItem]]:
        """One page (``page`` is 1-based) of ``GET /v1/voice-agents/knowledge-base/list``."""
        query = _list_query(voice_agent_id, is_active, used, type)
        check_paging(page_size, page=page)
        options = _list_options(query, page, page_size, timeout, max_retries)
        return _item_page(await self._client.request(options), page, page_size)


class KnowledgeBase:
    """The project's knowledge base: texts, documents and web pages agents can consult."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> KnowledgeBaseWithRawResponse:
        return KnowledgeBaseWithRawResponse(self._client)

    def create(
        self, items: Items, *, timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN
    ) -> KnowledgeBaseItem:
        """Add items (``POST /v1/voice-agents/knowledge-base``), each a dict such as
        ``{"item_name": ..., "type": "TEXT", "content": ...}`` (or ``item_url``/``item_urls``).

        The API answers with one item, as documented, even when several were sent.
        """
        return self.with_raw_response.create(items, timeout=timeout, max_retries=max_retries).parsed

    def get(
        self, item_id: str, *, timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN
    ) -> KnowledgeBaseItem:
        """One item (``GET /v1/voice-agents/knowledge-base/{knowledgeBaseItemId}``)."""
        return self.with_raw_response.get(item_id, timeout=timeout, max_retries=max_retries).parsed

    def update(
        self,
        item_id: str,
        *,
        item_name: str,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> KnowledgeBaseItem:
        """Rename an item (``PATCH``; the name is the only documented field, 1 to 250
        characters)."""
        return self.with_raw_response.update(
            item_id, item_name=item_name, timeout=timeout, max_retries=max_retries
        ).parsed

    def delete_url(
        self,
        item_id: str,
        *,
        url: str,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> ResponseEnvelope:
        """Remove one web address from a URL item; the item stays
        (``DELETE .../knowledge-base/{knowledgeBaseItemId}/url`` with a JSON body)."""
        return self.with_raw_response.delete_url(
            item_id, url=url, timeout=timeout, max_retries=max_retries
        ).parsed

    def list(
        self,
        *,
        voice_agent_id: str | None = None,
        is_active: bool | None = None,
        used: bool | None = None,
        type: Kinds | None = None,
        page_size: int = 10,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> SyncPaginator[KnowledgeBaseItem]:
        """Every item matching the filters (``GET /v1/voice-agents/knowledge-base/list``),
        fetched page by page as you iterate. ``type`` takes one kind (``"TEXT"``) or several;
        ``used`` whether the item is attached to an agent. Checked now, before any request."""
        query = _list_query(voice_agent_id, is_active, used, type)
        check_paging(page_size)
        client = self._client

        def fetch(page: int, size: int) -> Page[KnowledgeBaseItem]:
            options = _list_options(query, page, size, timeout, max_retries)
            return _item_page(client.request(options), page, size).parsed

        return SyncPaginator(fetch, page_size=page_size)


class AsyncKnowledgeBase:
    """The async knowledge base; see KnowledgeBase."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncKnowledgeBaseWithRawResponse:
        return AsyncKnowledgeBaseWithRawResponse(self._client)

    async def create(
        self, items: Items, *, timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN
    ) -> KnowledgeBaseItem:
        """Add items; see KnowledgeBase.create."""
        raw = await self.with_raw_response.create(items, timeout=timeout, max_retries=max_retries)
        return raw.parsed

    async def get(
        self, item_id: str, *, timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN
    ) -> KnowledgeBaseItem:
        """One item; see KnowledgeBase.get."""
        raw = await self.with_raw_response.get(item_id, timeout=timeout, max_retries=max_retries)
        return raw.parsed

    async def update(
        self,
        item_id: str,
        *,
        item_name: str,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> KnowledgeBaseItem:
        """Rename an item; see KnowledgeBase.update."""
        raw = await self.with_raw_response.update(
            item_id, item_name=item_name, timeout=timeout, max_retries=max_retries
        )
        return raw.parsed

    async def delete_url(
        self,
        item_id: str,
        *,
        url: str,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> ResponseEnvelope:
        """Remove one web address from a URL item; see KnowledgeBase.delete_url."""
        raw = await self.with_raw_response.delete_url(
            item_id, url=url, timeout=timeout, max_retries=max_retries
        )
        return raw.parsed

    def list(
        self,
        *,
        voice_agent_id: str | None = None,
        is_active: bool | None = None,
        used: bool | None = None,
        type: Kinds | None = None,
        page_size: int = 10,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> AsyncPaginator[KnowledgeBaseItem]:
        """Every matching item, page by page: ``async for item in
        client.knowledge_base.list()``; see KnowledgeBase.list."""
        query = _list_query(voice_agent_id, is_active, used, type)
        check_paging(page_size)
        client = self._client

        async def fetch(page: int, size: int) -> Page[KnowledgeBaseItem]:
            options = _list_options(query, page, size, timeout, max_retries)
            return _item_page(await client.request(options), page, size).parsed

        return AsyncPaginator(fetch, page_size=page_size)

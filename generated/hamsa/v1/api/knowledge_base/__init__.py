"""Operations tagged ``knowledge_base`` in the Hamsa API v1."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

import httpx
from hamsa._base_client import NOT_GIVEN, AsyncAPIClient, NotGiven, SyncAPIClient

from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.create_knowledge_base_items_request import CreateKnowledgeBaseItemsRequest
    from ...models.delete_knowledge_base_item_url_request import DeleteKnowledgeBaseItemUrlRequest
    from ...models.error_response import ErrorResponse as ErrorResponse
    from ...models.knowledge_base_item_page_response import KnowledgeBaseItemPageResponse
    from ...models.knowledge_base_item_response import KnowledgeBaseItemResponse
    from ...models.response_envelope import ResponseEnvelope
    from ...models.update_knowledge_base_item_request import UpdateKnowledgeBaseItemRequest


# Loaded on first access (module __getattr__ below): name -> module, relative to this package.
_LAZY: dict[str, str] = {
    "CreateKnowledgeBaseItemsRequest": "...models.create_knowledge_base_items_request",
    "DeleteKnowledgeBaseItemUrlRequest": "...models.delete_knowledge_base_item_url_request",
    "ErrorResponse": "...models.error_response",
    "KnowledgeBaseItemPageResponse": "...models.knowledge_base_item_page_response",
    "KnowledgeBaseItemResponse": "...models.knowledge_base_item_response",
    "ResponseEnvelope": "...models.response_envelope",
    "UpdateKnowledgeBaseItemRequest": "...models.update_knowledge_base_item_request",
    "create_knowledge_base_items": ".create_knowledge_base_items",
    "list_knowledge_base_items": ".list_knowledge_base_items",
    "get_knowledge_base_item": ".get_knowledge_base_item",
    "update_knowledge_base_item": ".update_knowledge_base_item",
    "delete_knowledge_base_item_url": ".delete_knowledge_base_item_url",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    loaded = importlib.import_module(module, __name__)
    value = loaded if module == "." + name else getattr(loaded, name)
    globals()[name] = value  # later lookups skip this hook
    return value


class KnowledgeBase:
    """Operations tagged ``knowledge_base`` (API v1)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create_knowledge_base_items(
        self,
        *,
        body: CreateKnowledgeBaseItemsRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> KnowledgeBaseItemResponse:
        """Create knowledge-base items

        Adds one or more items (text, a document or web pages) to the project's knowledge base, which voice agents can then consult.

        Quirk: the request takes a list of items, but the documented response shows a single item in `data`.

        ``POST /v1/voice-agents/knowledge-base`` (API v1)

        Args:
            body (CreateKnowledgeBaseItemsRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            KnowledgeBaseItemResponse
        """

        from . import create_knowledge_base_items as _create_knowledge_base_items

        return _create_knowledge_base_items.sync(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    def create_knowledge_base_items_with_response(
        self,
        *,
        body: CreateKnowledgeBaseItemsRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[KnowledgeBaseItemResponse]:
        """Like ``create_knowledge_base_items``, plus the status, headers and raw bytes."""
        from . import create_knowledge_base_items as _create_knowledge_base_items

        return _create_knowledge_base_items.sync_detailed(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    def list_knowledge_base_items(
        self,
        *,
        voice_agent_id: str | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        used: str | Unset = UNSET,
        skip: str | Unset = UNSET,
        take: str | Unset = UNSET,
        type: list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> KnowledgeBaseItemPageResponse:
        """List knowledge-base items

        Returns one page of the project's knowledge-base items, with counters.

        Quirks: `skip` is the 1-based number of the page to return (not an offset) and `take` the page size, and the page documents both, like the `used` filter, as strings; they are sent as strings (`skip="2"`).
        The page also mentions a name search whose parameter name is not visible in the archived copy, so it is not described.

        ``GET /v1/voice-agents/knowledge-base/list`` (API v1)

        Args:
            voice_agent_id (str | Unset):
            is_active (bool | Unset):
            used (str | Unset):
            skip (str | Unset):
            take (str | Unset):
            type (list[str] | Unset):
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            KnowledgeBaseItemPageResponse
        """

        from . import list_knowledge_base_items as _list_knowledge_base_items

        return _list_knowledge_base_items.sync(
            voice_agent_id=voice_agent_id,
            is_active=is_active,
            used=used,
            skip=skip,
            take=take,
            type=type,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_knowledge_base_items_with_response(
        self,
        *,
        voice_agent_id: str | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        used: str | Unset = UNSET,
        skip: str | Unset = UNSET,
        take: str | Unset = UNSET,
        type: list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[KnowledgeBaseItemPageResponse]:
        """Like ``list_knowledge_base_items``, plus the status, headers and raw bytes."""
        from . import list_knowledge_base_items as _list_knowledge_base_items

        return _list_knowledge_base_items.sync_detailed(
            voice_agent_id=voice_agent_id,
            is_active=is_active,
            used=used,
            skip=skip,
            take=take,
            type=type,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_knowledge_base_item(
        self,
        knowledge_base_item_id: str,
        *,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> KnowledgeBaseItemResponse:
        """Get a knowledge-base item

        Returns one knowledge-base item with its content, processing status and usage.

        ``GET /v1/voice-agents/knowledge-base/{knowledge_base_item_id}`` (API v1)

        Args:
            knowledge_base_item_id (str):
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            KnowledgeBaseItemResponse
        """

        from . import get_knowledge_base_item as _get_knowledge_base_item

        return _get_knowledge_base_item.sync(
            knowledge_base_item_id=knowledge_base_item_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get_knowledge_base_item_with_response(
        self,
        knowledge_base_item_id: str,
        *,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[KnowledgeBaseItemResponse]:
        """Like ``get_knowledge_base_item``, plus the status, headers and raw bytes."""
        from . import get_knowledge_base_item as _get_knowledge_base_item

        return _get_knowledge_base_item.sync_detailed(
            knowledge_base_item_id=knowledge_base_item_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update_knowledge_base_item(
        self,
        knowledge_base_item_id: str,
        *,
        body: UpdateKnowledgeBaseItemRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> KnowledgeBaseItemResponse:
        """Rename a knowledge-base item

        Changes the name of a knowledge-base item (the only documented field) and returns the item.

        ``PATCH /v1/voice-agents/knowledge-base/{knowledge_base_item_id}`` (API v1)

        Args:
            knowledge_base_item_id (str):
            body (UpdateKnowledgeBaseItemRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            KnowledgeBaseItemResponse
        """

        from . import update_knowledge_base_item as _update_knowledge_base_item

        return _update_knowledge_base_item.sync(
            knowledge_base_item_id=knowledge_base_item_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update_knowledge_base_item_with_response(
        self,
        knowledge_base_item_id: str,
        *,
        body: UpdateKnowledgeBaseItemRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[KnowledgeBaseItemResponse]:
        """Like ``update_knowledge_base_item``, plus the status, headers and raw bytes."""
        from . import update_knowledge_base_item as _update_knowledge_base_item

        return _update_knowledge_base_item.sync_detailed(
            knowledge_base_item_id=knowledge_base_item_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete_knowledge_base_item_url(
        self,
        knowledge_base_item_id: str,
        *,
        body: DeleteKnowledgeBaseItemUrlRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ResponseEnvelope:
        """Remove a URL from a knowledge-base item

        Removes one web address from a URL-type knowledge-base item; the item itself stays.

        Quirk: a DELETE that carries a JSON body, `{url}`, naming the address to remove.

        ``DELETE /v1/voice-agents/knowledge-base/{knowledge_base_item_id}/url`` (API v1)

        Args:
            knowledge_base_item_id (str):
            body (DeleteKnowledgeBaseItemUrlRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            ResponseEnvelope
        """

        from . import delete_knowledge_base_item_url as _delete_knowledge_base_item_url

        return _delete_knowledge_base_item_url.sync(
            knowledge_base_item_id=knowledge_base_item_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete_knowledge_base_item_url_with_response(
        self,
        knowledge_base_item_id: str,
        *,
        body: DeleteKnowledgeBaseItemUrlRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[ResponseEnvelope]:
        """Like ``delete_knowledge_base_item_url``, plus the status, headers and raw bytes."""
        from . import delete_knowledge_base_item_url as _delete_knowledge_base_item_url

        return _delete_knowledge_base_item_url.sync_detailed(
            knowledge_base_item_id=knowledge_base_item_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncKnowledgeBase:
    """Async operations tagged ``knowledge_base`` (API v1)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create_knowledge_base_items(
        self,
        *,
        body: CreateKnowledgeBaseItemsRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> KnowledgeBaseItemResponse:
        """Create knowledge-base items

        Adds one or more items (text, a document or web pages) to the project's knowledge base, which voice agents can then consult.

        Quirk: the request takes a list of items, but the documented response shows a single item in `data`.

        ``POST /v1/voice-agents/knowledge-base`` (API v1)

        Args:
            body (CreateKnowledgeBaseItemsRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            KnowledgeBaseItemResponse
        """

        from . import create_knowledge_base_items as _create_knowledge_base_items

        return await _create_knowledge_base_items.asyncio(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    async def create_knowledge_base_items_with_response(
        self,
        *,
        body: CreateKnowledgeBaseItemsRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[KnowledgeBaseItemResponse]:
        """Like ``create_knowledge_base_items``, plus the status, headers and raw bytes."""
        from . import create_knowledge_base_items as _create_knowledge_base_items

        return await _create_knowledge_base_items.asyncio_detailed(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    async def list_knowledge_base_items(
        self,
        *,
        voice_agent_id: str | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        used: str | Unset = UNSET,
        skip: str | Unset = UNSET,
        take: str | Unset = UNSET,
        type: list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> KnowledgeBaseItemPageResponse:
        """List knowledge-base items

        Returns one page of the project's knowledge-base items, with counters.

        Quirks: `skip` is the 1-based number of the page to return (not an offset) and `take` the page size, and the page documents both, like the `used` filter, as strings; they are sent as strings (`skip="2"`).
        The page also mentions a name search whose parameter name is not visible in the archived copy, so it is not described.

        ``GET /v1/voice-agents/knowledge-base/list`` (API v1)

        Args:
            voice_agent_id (str | Unset):
            is_active (bool | Unset):
            used (str | Unset):
            skip (str | Unset):
            take (str | Unset):
            type (list[str] | Unset):
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            KnowledgeBaseItemPageResponse
        """

        from . import list_knowledge_base_items as _list_knowledge_base_items

        return await _list_knowledge_base_items.asyncio(
            voice_agent_id=voice_agent_id,
            is_active=is_active,
            used=used,
            skip=skip,
            take=take,
            type=type,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def list_knowledge_base_items_with_response(
        self,
        *,
        voice_agent_id: str | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        used: str | Unset = UNSET,
        skip: str | Unset = UNSET,
        take: str | Unset = UNSET,
        type: list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[KnowledgeBaseItemPageResponse]:
        """Like ``list_knowledge_base_items``, plus the status, headers and raw bytes."""
        from . import list_knowledge_base_items as _list_knowledge_base_items

        return await _list_knowledge_base_items.asyncio_detailed(
            voice_agent_id=voice_agent_id,
            is_active=is_active,
            used=used,
            skip=skip,
            take=take,
            type=type,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_knowledge_base_item(
        self,
        knowledge_base_item_id: str,
        *,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> KnowledgeBaseItemResponse:
        """Get a knowledge-base item

        Returns one knowledge-base item with its content, processing status and usage.

        ``GET /v1/voice-agents/knowledge-base/{knowledge_base_item_id}`` (API v1)

        Args:
            knowledge_base_item_id (str):
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            KnowledgeBaseItemResponse
        """

        from . import get_knowledge_base_item as _get_knowledge_base_item

        return await _get_knowledge_base_item.asyncio(
            knowledge_base_item_id=knowledge_base_item_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get_knowledge_base_item_with_response(
        self,
        knowledge_base_item_id: str,
        *,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[KnowledgeBaseItemResponse]:
        """Like ``get_knowledge_base_item``, plus the status, headers and raw bytes."""
        from . import get_knowledge_base_item as _get_knowledge_base_item

        return await _get_knowledge_base_item.asyncio_detailed(
            knowledge_base_item_id=knowledge_base_item_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def update_knowledge_base_item(
        self,
        knowledge_base_item_id: str,
        *,
        body: UpdateKnowledgeBaseItemRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> KnowledgeBaseItemResponse:
        """Rename a knowledge-base item

        Changes the name of a knowledge-base item (the only documented field) and returns the item.

        ``PATCH /v1/voice-agents/knowledge-base/{knowledge_base_item_id}`` (API v1)

        Args:
            knowledge_base_item_id (str):
            body (UpdateKnowledgeBaseItemRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            KnowledgeBaseItemResponse
        """

        from . import update_knowledge_base_item as _update_knowledge_base_item

        return await _update_knowledge_base_item.asyncio(
            knowledge_base_item_id=knowledge_base_item_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def update_knowledge_base_item_with_response(
        self,
        knowledge_base_item_id: str,
        *,
        body: UpdateKnowledgeBaseItemRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[KnowledgeBaseItemResponse]:
        """Like ``update_knowledge_base_item``, plus the status, headers and raw bytes."""
        from . import update_knowledge_base_item as _update_knowledge_base_item

        return await _update_knowledge_base_item.asyncio_detailed(
            knowledge_base_item_id=knowledge_base_item_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def delete_knowledge_base_item_url(
        self,
        knowledge_base_item_id: str,
        *,
        body: DeleteKnowledgeBaseItemUrlRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ResponseEnvelope:
        """Remove a URL from a knowledge-base item

        Removes one web address from a URL-type knowledge-base item; the item itself stays.

        Quirk: a DELETE that carries a JSON body, `{url}`, naming the address to remove.

        ``DELETE /v1/voice-agents/knowledge-base/{knowledge_base_item_id}/url`` (API v1)

        Args:
            knowledge_base_item_id (str):
            body (DeleteKnowledgeBaseItemUrlRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            ResponseEnvelope
        """

        from . import delete_knowledge_base_item_url as _delete_knowledge_base_item_url

        return await _delete_knowledge_base_item_url.asyncio(
            knowledge_base_item_id=knowledge_base_item_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def delete_knowledge_base_item_url_with_response(
        self,
        knowledge_base_item_id: str,
        *,
        body: DeleteKnowledgeBaseItemUrlRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[ResponseEnvelope]:
        """Like ``delete_knowledge_base_item_url``, plus the status, headers and raw bytes."""
        from . import delete_knowledge_base_item_url as _delete_knowledge_base_item_url

        return await _delete_knowledge_base_item_url.asyncio_detailed(
            knowledge_base_item_id=knowledge_base_item_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

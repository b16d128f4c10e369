"""Operations tagged ``web_tools`` in the Hamsa API v2."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

import httpx
from hamsa._base_client import NOT_GIVEN, AsyncAPIClient, NotGiven, SyncAPIClient

from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.create_web_tool_request import CreateWebToolRequest
    from ...models.error_response import ErrorResponse as ErrorResponse
    from ...models.update_web_tool_request import UpdateWebToolRequest
    from ...models.web_tool_page_response import WebToolPageResponse
    from ...models.web_tool_response import WebToolResponse
    from ...models.web_tool_type import WebToolType


# Loaded on first access (module __getattr__ below): name -> module, relative to this package.
_LAZY: dict[str, str] = {
    "CreateWebToolRequest": "...models.create_web_tool_request",
    "ErrorResponse": "...models.error_response",
    "UpdateWebToolRequest": "...models.update_web_tool_request",
    "WebToolPageResponse": "...models.web_tool_page_response",
    "WebToolResponse": "...models.web_tool_response",
    "WebToolType": "...models.web_tool_type",
    "create_web_tool": ".create_web_tool",
    "update_web_tool": ".update_web_tool",
    "list_web_tools": ".list_web_tools",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    loaded = importlib.import_module(module, __name__)
    value = loaded if module == "." + name else getattr(loaded, name)
    globals()[name] = value  # later lookups skip this hook
    return value


class WebTools:
    """Operations tagged ``web_tools`` (API v2)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create_web_tool(
        self,
        *,
        body: CreateWebToolRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> WebToolResponse:
        """Create a web tool

        Creates a web tool: an HTTP endpoint (or MCP server) that agents can call during a conversation.
        `type` and `name` are required.
        Returns the stored tool, with `messageKey` `WebToolCreatedSuccessfully`.

        The request spells the timeout `toolSettings.timeOut` (apparently seconds) while the response spells it `toolSettings.timeout` (apparently milliseconds), so request and response use different settings schemas.
        Likewise `params` is sent as a JSON-Schema object (`{type, properties, required}`) but may come back in another shape.

        ``POST /v2/voice-agents/web-tool`` (API v2)

        Args:
            body (CreateWebToolRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            WebToolResponse
        """

        from . import create_web_tool as _create_web_tool

        return _create_web_tool.sync(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    def create_web_tool_with_response(
        self,
        *,
        body: CreateWebToolRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[WebToolResponse]:
        """Like ``create_web_tool``, plus the status, headers and raw bytes."""
        from . import create_web_tool as _create_web_tool

        return _create_web_tool.sync_detailed(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    def update_web_tool(
        self,
        id: str,
        *,
        body: UpdateWebToolRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> WebToolResponse:
        """Update a web tool

        Changes an existing web tool.
        Every field is optional; only the fields present in the body are sent, with the same limits as on create.
        Returns the tool as stored after the change.
        This response carries no `message`: the envelope holds only `success` and `data`.
        The timeout is `toolSettings.timeOut` in the body but `toolSettings.timeout` in the response.

        ``PATCH /v2/voice-agents/web-tool/{id}`` (API v2)

        Args:
            id (str):
            body (UpdateWebToolRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            WebToolResponse
        """

        from . import update_web_tool as _update_web_tool

        return _update_web_tool.sync(
            id=id, body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    def update_web_tool_with_response(
        self,
        id: str,
        *,
        body: UpdateWebToolRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[WebToolResponse]:
        """Like ``update_web_tool``, plus the status, headers and raw bytes."""
        from . import update_web_tool as _update_web_tool

        return _update_web_tool.sync_detailed(
            id=id, body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    def list_web_tools(
        self,
        *,
        is_active: bool | Unset = UNSET,
        return_uncategorized: bool | Unset = UNSET,
        voice_agent_id: str | Unset = UNSET,
        collection_id: str | Unset = UNSET,
        skip: int | Unset = UNSET,
        take: int | Unset = UNSET,
        search: str | Unset = UNSET,
        type: WebToolType | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> WebToolPageResponse:
        """List web tools

        Returns one page of the project's web tools, optionally filtered and searched.

        Pages are numbered: `skip` is a 1-based PAGE NUMBER, not a count of records to skip.
        `data.total` counts every tool and `data.filtered` those that match the filters.
        This response carries no `message`: the envelope holds only `success` and `data`.

        ``GET /v2/voice-agents/web-tool/list`` (API v2)

        Args:
            is_active (bool | Unset):
            return_uncategorized (bool | Unset):
            voice_agent_id (str | Unset):
            collection_id (str | Unset):
            skip (int | Unset):
            take (int | Unset):
            search (str | Unset):
            type (WebToolType | Unset): Kind of web tool: `FUNCTION` calls an HTTP endpoint; `MCP` connects to a Model Context Protocol server.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            WebToolPageResponse
        """

        from . import list_web_tools as _list_web_tools

        return _list_web_tools.sync(
            is_active=is_active,
            return_uncategorized=return_uncategorized,
            voice_agent_id=voice_agent_id,
            collection_id=collection_id,
            skip=skip,
            take=take,
            search=search,
            type=type,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_web_tools_with_response(
        self,
        *,
        is_active: bool | Unset = UNSET,
        return_uncategorized: bool | Unset = UNSET,
        voice_agent_id: str | Unset = UNSET,
        collection_id: str | Unset = UNSET,
        skip: int | Unset = UNSET,
        take: int | Unset = UNSET,
        search: str | Unset = UNSET,
        type: WebToolType | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[WebToolPageResponse]:
        """Like ``list_web_tools``, plus the status, headers and raw bytes."""
        from . import list_web_tools as _list_web_tools

        return _list_web_tools.sync_detailed(
            is_active=is_active,
            return_uncategorized=return_uncategorized,
            voice_agent_id=voice_agent_id,
            collection_id=collection_id,
            skip=skip,
            take=take,
            search=search,
            type=type,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncWebTools:
    """Async operations tagged ``web_tools`` (API v2)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create_web_tool(
        self,
        *,
        body: CreateWebToolRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> WebToolResponse:
        """Create a web tool

        Creates a web tool: an HTTP endpoint (or MCP server) that agents can call during a conversation.
        `type` and `name` are required.
        Returns the stored tool, with `messageKey` `WebToolCreatedSuccessfully`.

        The request spells the timeout `toolSettings.timeOut` (apparently seconds) while the response spells it `toolSettings.timeout` (apparently milliseconds), so request and response use different settings schemas.
        Likewise `params` is sent as a JSON-Schema object (`{type, properties, required}`) but may come back in another shape.

        ``POST /v2/voice-agents/web-tool`` (API v2)

        Args:
            body (CreateWebToolRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            WebToolResponse
        """

        from . import create_web_tool as _create_web_tool

        return await _create_web_tool.asyncio(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    async def create_web_tool_with_response(
        self,
        *,
        body: CreateWebToolRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[WebToolResponse]:
        """Like ``create_web_tool``, plus the status, headers and raw bytes."""
        from . import create_web_tool as _create_web_tool

        return await _create_web_tool.asyncio_detailed(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    async def update_web_tool(
        self,
        id: str,
        *,
        body: UpdateWebToolRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> WebToolResponse:
        """Update a web tool

        Changes an existing web tool.
        Every field is optional; only the fields present in the body are sent, with the same limits as on create.
        Returns the tool as stored after the change.
        This response carries no `message`: the envelope holds only `success` and `data`.
        The timeout is `toolSettings.timeOut` in the body but `toolSettings.timeout` in the response.

        ``PATCH /v2/voice-agents/web-tool/{id}`` (API v2)

        Args:
            id (str):
            body (UpdateWebToolRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            WebToolResponse
        """

        from . import update_web_tool as _update_web_tool

        return await _update_web_tool.asyncio(
            id=id, body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    async def update_web_tool_with_response(
        self,
        id: str,
        *,
        body: UpdateWebToolRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[WebToolResponse]:
        """Like ``update_web_tool``, plus the status, headers and raw bytes."""
        from . import update_web_tool as _update_web_tool

        return await _update_web_tool.asyncio_detailed(
            id=id, body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    async def list_web_tools(
        self,
        *,
        is_active: bool | Unset = UNSET,
        return_uncategorized: bool | Unset = UNSET,
        voice_agent_id: str | Unset = UNSET,
        collection_id: str | Unset = UNSET,
        skip: int | Unset = UNSET,
        take: int | Unset = UNSET,
        search: str | Unset = UNSET,
        type: WebToolType | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> WebToolPageResponse:
        """List web tools

        Returns one page of the project's web tools, optionally filtered and searched.

        Pages are numbered: `skip` is a 1-based PAGE NUMBER, not a count of records to skip.
        `data.total` counts every tool and `data.filtered` those that match the filters.
        This response carries no `message`: the envelope holds only `success` and `data`.

        ``GET /v2/voice-agents/web-tool/list`` (API v2)

        Args:
            is_active (bool | Unset):
            return_uncategorized (bool | Unset):
            voice_agent_id (str | Unset):
            collection_id (str | Unset):
            skip (int | Unset):
            take (int | Unset):
            search (str | Unset):
            type (WebToolType | Unset): Kind of web tool: `FUNCTION` calls an HTTP endpoint; `MCP` connects to a Model Context Protocol server.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            WebToolPageResponse
        """

        from . import list_web_tools as _list_web_tools

        return await _list_web_tools.asyncio(
            is_active=is_active,
            return_uncategorized=return_uncategorized,
            voice_agent_id=voice_agent_id,
            collection_id=collection_id,
            skip=skip,
            take=take,
            search=search,
            type=type,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def list_web_tools_with_response(
        self,
        *,
        is_active: bool | Unset = UNSET,
        return_uncategorized: bool | Unset = UNSET,
        voice_agent_id: str | Unset = UNSET,
        collection_id: str | Unset = UNSET,
        skip: int | Unset = UNSET,
        take: int | Unset = UNSET,
        search: str | Unset = UNSET,
        type: WebToolType | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[WebToolPageResponse]:
        """Like ``list_web_tools``, plus the status, headers and raw bytes."""
        from . import list_web_tools as _list_web_tools

        return await _list_web_tools.asyncio_detailed(
            is_active=is_active,
            return_uncategorized=return_uncategorized,
            voice_agent_id=voice_agent_id,
            collection_id=collection_id,
            skip=skip,
            take=take,
            search=search,
            type=type,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

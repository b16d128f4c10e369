"""Operations tagged ``web_tools`` in the Hamsa API v1."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

import httpx
from hamsa._base_client import NOT_GIVEN, AsyncAPIClient, NotGiven, SyncAPIClient

from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.api_tool_test_event import ApiToolTestEvent
    from ...models.api_tool_test_request import ApiToolTestRequest
    from ...models.create_web_tool_request import CreateWebToolRequest
    from ...models.error_response import ErrorResponse as ErrorResponse
    from ...models.update_web_tool_request import UpdateWebToolRequest
    from ...models.web_tool_page_response import WebToolPageResponse
    from ...models.web_tool_response import WebToolResponse


# Loaded on first access (module __getattr__ below): name -> module, relative to this package.
_LAZY: dict[str, str] = {
    "ApiToolTestEvent": "...models.api_tool_test_event",
    "ApiToolTestRequest": "...models.api_tool_test_request",
    "CreateWebToolRequest": "...models.create_web_tool_request",
    "ErrorResponse": "...models.error_response",
    "UpdateWebToolRequest": "...models.update_web_tool_request",
    "WebToolPageResponse": "...models.web_tool_page_response",
    "WebToolResponse": "...models.web_tool_response",
    "create_web_tool": ".create_web_tool",
    "list_web_tools": ".list_web_tools",
    "test_api_tool": ".test_api_tool",
    "get_web_tool": ".get_web_tool",
    "update_web_tool": ".update_web_tool",
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
    """Operations tagged ``web_tools`` (API v1)."""

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

        Registers an HTTP API (a `FUNCTION` tool) or an MCP server (an `MCP` tool) that voice agents can call during a conversation, and returns it.

        Quirk: the request names the timeout `toolSettings.timeOut`, while the stored tool returns it as `toolSettings.timeout`; the two settings objects are therefore separate schemas (`WebToolSettingsInput` and `WebToolSettings`).

        ``POST /v1/voice-agents/web-tool`` (API v1)

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

    def list_web_tools(
        self,
        *,
        voice_agent_id: str | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        skip: int | Unset = UNSET,
        take: int | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> WebToolPageResponse:
        """List web tools

        Returns one page of the project's web tools, with counters.

        Paging quirk: `skip` is the 1-based number of the page to return, not a number of records to skip, and `take` is the page size.
        The archived page is cut off after the first filters; only the parameters visible in it are described.

        ``GET /v1/voice-agents/web-tool/list`` (API v1)

        Args:
            voice_agent_id (str | Unset):
            is_active (bool | Unset):
            skip (int | Unset):
            take (int | Unset):
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
            voice_agent_id=voice_agent_id,
            is_active=is_active,
            skip=skip,
            take=take,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_web_tools_with_response(
        self,
        *,
        voice_agent_id: str | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        skip: int | Unset = UNSET,
        take: int | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[WebToolPageResponse]:
        """Like ``list_web_tools``, plus the status, headers and raw bytes."""
        from . import list_web_tools as _list_web_tools

        return _list_web_tools.sync_detailed(
            voice_agent_id=voice_agent_id,
            is_active=is_active,
            skip=skip,
            take=take,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def test_api_tool(
        self,
        *,
        body: ApiToolTestRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ApiToolTestEvent:
        """Test an API tool

        Calls an HTTP API the way a `FUNCTION` web tool would, to check that it is reachable and configured correctly, before (or without) saving it as a tool.

        Quirk: the answer is not the usual envelope.
        The only documented example is a single progress event `{event: "attempt", data: {message}}`, which suggests the result is streamed as a series of such events; nothing more is documented.

        ``POST /v1/voice-agents/web-tool/test-api-tool`` (API v1)

        Args:
            body (ApiToolTestRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            ApiToolTestEvent
        """

        from . import test_api_tool as _test_api_tool

        return _test_api_tool.sync(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    def test_api_tool_with_response(
        self,
        *,
        body: ApiToolTestRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[ApiToolTestEvent]:
        """Like ``test_api_tool``, plus the status, headers and raw bytes."""
        from . import test_api_tool as _test_api_tool

        return _test_api_tool.sync_detailed(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    def get_web_tool(
        self,
        web_tool_id: str,
        *,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> WebToolResponse:
        """Get a web tool

        Returns one web tool with its settings, parameters and messages.

        ``GET /v1/voice-agents/web-tool/{web_tool_id}`` (API v1)

        Args:
            web_tool_id (str):
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

        from . import get_web_tool as _get_web_tool

        return _get_web_tool.sync(
            web_tool_id=web_tool_id, client=self._client, timeout=timeout, max_retries=max_retries
        )

    def get_web_tool_with_response(
        self,
        web_tool_id: str,
        *,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[WebToolResponse]:
        """Like ``get_web_tool``, plus the status, headers and raw bytes."""
        from . import get_web_tool as _get_web_tool

        return _get_web_tool.sync_detailed(
            web_tool_id=web_tool_id, client=self._client, timeout=timeout, max_retries=max_retries
        )

    def update_web_tool(
        self,
        web_tool_id: str,
        *,
        body: UpdateWebToolRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> WebToolResponse:
        """Update a web tool

        Changes an existing web tool.
        Only the fields present in the body are changed; every field is optional.
        Returns the tool as stored after the change.

        Quirk: as on create, the request spells the timeout `toolSettings.timeOut` while the returned tool spells it `toolSettings.timeout`.

        ``PATCH /v1/voice-agents/web-tool/{web_tool_id}`` (API v1)

        Args:
            web_tool_id (str):
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
            web_tool_id=web_tool_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update_web_tool_with_response(
        self,
        web_tool_id: str,
        *,
        body: UpdateWebToolRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[WebToolResponse]:
        """Like ``update_web_tool``, plus the status, headers and raw bytes."""
        from . import update_web_tool as _update_web_tool

        return _update_web_tool.sync_detailed(
            web_tool_id=web_tool_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncWebTools:
    """Async operations tagged ``web_tools`` (API v1)."""

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

        Registers an HTTP API (a `FUNCTION` tool) or an MCP server (an `MCP` tool) that voice agents can call during a conversation, and returns it.

        Quirk: the request names the timeout `toolSettings.timeOut`, while the stored tool returns it as `toolSettings.timeout`; the two settings objects are therefore separate schemas (`WebToolSettingsInput` and `WebToolSettings`).

        ``POST /v1/voice-agents/web-tool`` (API v1)

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

    async def list_web_tools(
        self,
        *,
        voice_agent_id: str | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        skip: int | Unset = UNSET,
        take: int | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> WebToolPageResponse:
        """List web tools

        Returns one page of the project's web tools, with counters.

        Paging quirk: `skip` is the 1-based number of the page to return, not a number of records to skip, and `take` is the page size.
        The archived page is cut off after the first filters; only the parameters visible in it are described.

        ``GET /v1/voice-agents/web-tool/list`` (API v1)

        Args:
            voice_agent_id (str | Unset):
            is_active (bool | Unset):
            skip (int | Unset):
            take (int | Unset):
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
            voice_agent_id=voice_agent_id,
            is_active=is_active,
            skip=skip,
            take=take,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def list_web_tools_with_response(
        self,
        *,
        voice_agent_id: str | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        skip: int | Unset = UNSET,
        take: int | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[WebToolPageResponse]:
        """Like ``list_web_tools``, plus the status, headers and raw bytes."""
        from . import list_web_tools as _list_web_tools

        return await _list_web_tools.asyncio_detailed(
            voice_agent_id=voice_agent_id,
            is_active=is_active,
            skip=skip,
            take=take,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def test_api_tool(
        self,
        *,
        body: ApiToolTestRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ApiToolTestEvent:
        """Test an API tool

        Calls an HTTP API the way a `FUNCTION` web tool would, to check that it is reachable and configured correctly, before (or without) saving it as a tool.

        Quirk: the answer is not the usual envelope.
        The only documented example is a single progress event `{event: "attempt", data: {message}}`, which suggests the result is streamed as a series of such events; nothing more is documented.

        ``POST /v1/voice-agents/web-tool/test-api-tool`` (API v1)

        Args:
            body (ApiToolTestRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            ApiToolTestEvent
        """

        from . import test_api_tool as _test_api_tool

        return await _test_api_tool.asyncio(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    async def test_api_tool_with_response(
        self,
        *,
        body: ApiToolTestRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[ApiToolTestEvent]:
        """Like ``test_api_tool``, plus the status, headers and raw bytes."""
        from . import test_api_tool as _test_api_tool

        return await _test_api_tool.asyncio_detailed(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    async def get_web_tool(
        self,
        web_tool_id: str,
        *,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> WebToolResponse:
        """Get a web tool

        Returns one web tool with its settings, parameters and messages.

        ``GET /v1/voice-agents/web-tool/{web_tool_id}`` (API v1)

        Args:
            web_tool_id (str):
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

        from . import get_web_tool as _get_web_tool

        return await _get_web_tool.asyncio(
            web_tool_id=web_tool_id, client=self._client, timeout=timeout, max_retries=max_retries
        )

    async def get_web_tool_with_response(
        self,
        web_tool_id: str,
        *,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[WebToolResponse]:
        """Like ``get_web_tool``, plus the status, headers and raw bytes."""
        from . import get_web_tool as _get_web_tool

        return await _get_web_tool.asyncio_detailed(
            web_tool_id=web_tool_id, client=self._client, timeout=timeout, max_retries=max_retries
        )

    async def update_web_tool(
        self,
        web_tool_id: str,
        *,
        body: UpdateWebToolRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> WebToolResponse:
        """Update a web tool

        Changes an existing web tool.
        Only the fields present in the body are changed; every field is optional.
        Returns the tool as stored after the change.

        Quirk: as on create, the request spells the timeout `toolSettings.timeOut` while the returned tool spells it `toolSettings.timeout`.

        ``PATCH /v1/voice-agents/web-tool/{web_tool_id}`` (API v1)

        Args:
            web_tool_id (str):
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
            web_tool_id=web_tool_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def update_web_tool_with_response(
        self,
        web_tool_id: str,
        *,
        body: UpdateWebToolRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[WebToolResponse]:
        """Like ``update_web_tool``, plus the status, headers and raw bytes."""
        from . import update_web_tool as _update_web_tool

        return await _update_web_tool.asyncio_detailed(
            web_tool_id=web_tool_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

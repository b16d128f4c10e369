"""client.web_tools: the HTTP APIs and MCP servers agents can call, on the v1 endpoints.

All five methods use API v1, so one model, hamsa.v1.models.WebTool, comes back everywhere.
The v2 web-tool endpoints stay reachable through client.v2.web_tools.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any, Unpack

import httpx

from .._base_client import NOT_GIVEN, AsyncAPIClient, RequestOptions, SyncAPIClient
from .._exceptions import RequestValidationError, Violation
from .._pagination import AsyncPaginator, Page, SyncPaginator
from .._response import APIResponse
from .._wire import checked_wire, wire_fields
from ..v1.api.web_tools import create_web_tool as _create
from ..v1.api.web_tools import get_web_tool as _get
from ..v1.api.web_tools import list_web_tools as _list
from ..v1.api.web_tools import test_api_tool as _test
from ..v1.api.web_tools import update_web_tool as _update
from ..v1.models.api_tool_test_event import ApiToolTestEvent
from ..v1.models.api_tool_test_request import ApiToolTestRequest
from ..v1.models.create_web_tool_request import CreateWebToolRequest
from ..v1.models.update_web_tool_request import UpdateWebToolRequest
from ..v1.models.web_tool import WebTool
from ..v1.models.web_tool_page import WebToolPage
from ..v1.models.web_tool_type import WebToolType
from ._agent_checks import together
from ._envelope import data_response, json_response
from ._paging import check_paging, page_of
from ._params import ApiToolTestFields, Retries, Timeout, WebToolFields, WebToolSettingsFields
from ._query import Query


def tool_rules(body: Mapping[str, Any], *, creating: bool) -> list[Violation]:
    """The documented rules that tie fields together, which no single field's schema says."""
    problems: list[Violation] = []
    kind = body.get("type")
    if creating and kind == WebToolType.FUNCTION and "async" not in body:
        problems.append(Violation("async_", None, "is required for FUNCTION tools"))
    if kind == WebToolType.MCP:
        for key, name in (("async", "async_"), ("params", "params")):
            if key in body:
                problems.append(Violation(name, body[key], "is not allowed for MCP tools"))
    settings = body.get("toolSettings")
    if isinstance(settings, Mapping) and "timeout" in settings:
        # The stored tool reports `timeout` (another unit); a request spells it timeOut.
        problems.append(
            Violation(
                "tool_settings.timeout",
                settings["timeout"],
                "unknown in a request: the tool's timeout is tool_settings.time_out",
            )
        )
    messages = body.get("messages")
    if isinstance(messages, list):
        seen: set[str] = set()
        for index, message in enumerate(messages):
            kind_of_message = message.get("type") if isinstance(message, Mapping) else None
            if not isinstance(kind_of_message, str):
                continue  # the schema check words a missing or non-string type
            if kind_of_message in seen:
                problems.append(
                    Violation(
                        f"messages[{index}].type", kind_of_message, "may appear once per tool"
                    )
                )
            seen.add(kind_of_message)
    return problems


def _create_options(
    fields: Mapping[str, Any], timeout: Timeout, max_retries: Retries
) -> RequestOptions:
    body = wire_fields(fields)
    model = together(
        tool_rules(body, creating=True), lambda: checked_wire(CreateWebToolRequest, body)
    )
    return _create.checked_request_options(body=model, timeout=timeout, max_retries=max_retries)


def _update_options(
    web_tool_id: str, fields: Mapping[str, Any], timeout: Timeout, max_retries: Retries
) -> RequestOptions:
    body = wire_fields(fields)
    model = together(
        tool_rules(body, creating=False), lambda: checked_wire(UpdateWebToolRequest, body)
    )
    return _update.checked_request_options(
        web_tool_id, body=model, timeout=timeout, max_retries=max_retries
    )


def _test_options(
    fields: Mapping[str, Any], timeout: Timeout, max_retries: Retries
) -> RequestOptions:
    body = wire_fields({("timeout" if k == "tool_timeout" else k): v for k, v in fields.items()})
    try:
        model = checked_wire(ApiToolTestRequest, body)
    except RequestValidationError as error:
        # The body's `timeout` is the tool_timeout keyword (timeout= is this call's own).
        raise RequestValidationError(
            [
                Violation("tool_timeout", v.value, v.constraint) if v.path == "timeout" else v
                for v in error.violations
            ]
        ) from error
    return _test.checked_request_options(body=model, timeout=timeout, max_retries=max_retries)


def _list_query(voice_agent_id: str | None, is_active: bool | None) -> dict[str, Any]:
    query = Query()
    query.uuid("voice_agent_id", voice_agent_id)
    query.value("is_active", is_active, expected="boolean")
    return query.checked()


def _list_options(
    query: Mapping[str, Any], page: int, page_size: int, timeout: Timeout, max_retries: Retries
) -> RequestOptions:
    # `skip` is the 1-based page NUMBER here, not an offset.
    return _list.request_options(
        **query, skip=page, take=page_size, timeout=timeout, max_retries=max_retries
    )


def _tool(response: httpx.Response) -> APIResponse[WebTool]:
    return data_response(response, WebTool.from_dict)


def _tool_page(response: httpx.Response, page: int, page_size: int) -> APIResponse[Page[WebTool]]:
    def build(data: dict[str, Any]) -> Page[WebTool]:
        parsed = WebToolPage.from_dict(data)
        return page_of(
            parsed.items or [], page, page_size, total=parsed.total, filtered=parsed.filtered
        )

    return data_response(response, build)


def _test_event(response: httpx.Response) -> APIResponse[ApiToolTestEvent]:
    return json_response(response, ApiToolTestEvent.from_dict)


class WebToolsWithRawResponse:
    """Like client.web_tools, but each method returns an APIResponse."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        type: str,
        name: str,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
        **fields: Unpack[WebToolSettingsFields],
    ) -> APIResponse[WebTool]:
        body = {"type": type, "name": name, **fields}
        return _tool(self._client.request(_create_options(body, timeout, max_retries)))

    def get(
        self, web_tool_id: str, *, timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN
    ) -> APIResponse[WebTool]:
        options = _get.request_options(web_tool_id, timeout=timeout, max_retries=max_retries)
        return _tool(self._client.request(options))

    def update(
        self,
        web_tool_id: str,
        *,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
        **fields: Unpack[WebToolFields],
    ) -> APIResponse[WebTool]:
        options = _update_options(web_tool_id, fields, timeout, max_retries)
        return _tool(self._client.request(options))

    def test(
        self,
        *,
        project_id: str,
        server_url: str,
        method: str,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
        **fields: Unpack[ApiToolTestFields],
    ) -> APIResponse[ApiToolTestEvent]:
        body = {"project_id": project_id, "server_url": server_url, "method": method, **fields}
        return _test_event(self._client.request(_test_options(body, timeout, max_retries)))

    def list(
        self,
        *,
        voice_agent_id: str | None = None,
        is_active: bool | None = None,
        page: int = 1,
        page_size: int = 10,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> APIResponse[Page[WebTool]]:
        """One page (``page`` is 1-based) of ``GET /v1/voice-agents/web-tool/list``."""
        query = _list_query(voice_agent_id, is_active)
        check_paging(page_size, page=page)
        options = _list_options(query, page, page_size, timeout, max_retries)
        return _tool_page(self._client.request(options), page, page_size)


class AsyncWebToolsWithRawResponse:
    """Like AsyncHamsa().web_tools, but each method returns an APIResponse."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        type: str,
        name: str,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
        **fields: Unpack[WebToolSettingsFields],
    ) -> APIResponse[WebTool]:
        body = {"type": type, "name": name, **fields}
        return _tool(await self._client.request(_create_options(body, timeout, max_retries)))

    async def get(
        self, web_tool_id: str, *, timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN
    ) -> APIResponse[WebTool]:
        options = _get.request_options(web_tool_id, timeout=timeout, max_retries=max_retries)
        return _tool(await self._client.request(options))

    async def update(
        self,
        web_tool_id: str,
        *,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
        **fields: Unpack[WebToolFields],
    ) -> APIResponse[WebTool]:
        options = _update_options(web_tool_id, fields, timeout, max_retries)
        return _tool(await self._client.request(options))

    async def test(
        self,
        *,
        project_id: str,
        server_url: str,
        method: str,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
        **fields: Unpack[ApiToolTestFields],
    ) -> APIResponse[ApiToolTestEvent]:
        body = {"project_id": project_id, "server_url": server_url, "method": method, **fields}
        return _test_event(await self._client.request(_test_options(body, timeout, max_retries)))

    async def list(
        self,
        *,
        voice_agent_id: str | None = None,
        is_active: bool | None = None,
        page: int = 1,
        page_size: int = 10,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> APIResponse[Page[WebTool]]:
        """One page (``page`` is 1-based) of ``GET /v1/voice-agents/web-tool/list``."""
        query = _list_query(voice_agent_id, is_active)
        check_paging(page_size, page=page)
        options = _list_options(query, page, page_size, timeout, max_retries)
        return _tool_page(await self._client.request(options), page, page_size)


class WebTools:
    """Web tools: HTTP APIs (``FUNCTION``) and MCP servers (``MCP``) agents can call.

    Every method uses API v1 and returns hamsa.v1.models.WebTool. The v2 web-tool endpoints
    (create, update and list in the v2 shape) stay reachable through client.v2.web_tools.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> WebToolsWithRawResponse:
        return WebToolsWithRawResponse(self._client)

    def create(
        self,
        *,
        type: str,
        name: str,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
        **fields: Unpack[WebToolSettingsFields],
    ) -> WebTool:
        """Create a tool (``POST /v1/voice-agents/web-tool``).

        ``type`` is ``"FUNCTION"`` (an HTTP API; ``async_`` is then required) or ``"MCP"``
        (``async_`` and ``params`` not allowed). ``tool_settings`` is a dict such as
        ``{"server_url": ..., "method_type": "POST", "time_out": 15, "http_headers": {...}}``
        (header names and path parameters are sent as written); ``params`` is the JSON schema
        of the tool's arguments, sent as written; ``messages`` a list of ``{"type", "content"}``
        with each type at most once.

        Raises:
            hamsa.RequestValidationError: a documented rule is broken; nothing was sent.
        """
        return self.with_raw_response.create(
            type=type, name=name, timeout=timeout, max_retries=max_retries, **fields
        ).parsed

    def get(
        self, web_tool_id: str, *, timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN
    ) -> WebTool:
        """One tool (``GET /v1/voice-agents/web-tool/{webToolId}``)."""
        return self.with_raw_response.get(
            web_tool_id, timeout=timeout, max_retries=max_retries
        ).parsed

    def update(
        self,
        web_tool_id: str,
        *,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
        **fields: Unpack[WebToolFields],
    ) -> WebTool:
        """Change some fields of a tool (``PATCH /v1/voice-agents/web-tool/{webToolId}``);
        the fields left out keep their values. Same fields as ``create``."""
        return self.with_raw_response.update(
            web_tool_id, timeout=timeout, max_retries=max_retries, **fields
        ).parsed

    def test(
        self,
        *,
        project_id: str,
        server_url: str,
        method: str,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
        **fields: Unpack[ApiToolTestFields],
    ) -> ApiToolTestEvent:
        """Call an HTTP API the way a FUNCTION tool would
        (``POST /v1/voice-agents/web-tool/test-api-tool``) and return the event it answers.

        ``method`` is ``"GET"``, ``"POST"``, ... (hamsa.v1.models.HttpMethod).
        ``tool_timeout`` is the tested call's timeout (the body's ``timeout``); ``timeout=`` is
        this request's own, as everywhere. ``http_headers``, ``query_params`` and ``body`` are
        sent as written.
        """
        return self.with_raw_response.test(
            project_id=project_id,
            server_url=server_url,
            method=method,
            timeout=timeout,
            max_retries=max_retries,
            **fields,
        ).parsed

    def list(
        self,
        *,
        voice_agent_id: str | None = None,
        is_active: bool | None = None,
        page_size: int = 10,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> SyncPaginator[WebTool]:
        """Every tool matching the filters (``GET /v1/voice-agents/web-tool/list``), fetched
        page by page as you iterate. Filters and ``page_size`` are checked now."""
        query = _list_query(voice_agent_id, is_active)
        check_paging(page_size)
        client = self._client

        def fetch(page: int, size: int) -> Page[WebTool]:
            options = _list_options(query, page, size, timeout, max_retries)
            return _tool_page(client.request(options), page, size).parsed

        return SyncPaginator(fetch, page_size=page_size)


class AsyncWebTools:
    """Async web tools; see WebTools (the v2 endpoints: client.v2.web_tools)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncWebToolsWithRawResponse:
        return AsyncWebToolsWithRawResponse(self._client)

    async def create(
        self,
        *,
        type: str,
        name: str,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
        **fields: Unpack[WebToolSettingsFields],
    ) -> WebTool:
        """Create a tool; see WebTools.create."""
        raw = await self.with_raw_response.create(
            type=type, name=name, timeout=timeout, max_retries=max_retries, **fields
        )
        return raw.parsed

    async def get(
        self, web_tool_id: str, *, timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN
    ) -> WebTool:
        """One tool; see WebTools.get."""
        raw = await self.with_raw_response.get(
            web_tool_id, timeout=timeout, max_retries=max_retries
        )
        return raw.parsed

    async def update(
        self,
        web_tool_id: str,
        *,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
        **fields: Unpack[WebToolFields],
    ) -> WebTool:
        """Change some fields of a tool; see WebTools.update."""
        raw = await self.with_raw_response.update(
            web_tool_id, timeout=timeout, max_retries=max_retries, **fields
        )
        return raw.parsed

    async def test(
        self,
        *,
        project_id: str,
        server_url: str,
        method: str,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
        **fields: Unpack[ApiToolTestFields],
    ) -> ApiToolTestEvent:
        """Test an HTTP API; see WebTools.test."""
        raw = await self.with_raw_response.test(
            project_id=project_id,
            server_url=server_url,
            method=method,
            timeout=timeout,
            max_retries=max_retries,
            **fields,
        )
        return raw.parsed

    def list(
        self,
        *,
        voice_agent_id: str | None = None,
        is_active: bool | None = None,
        page_size: int = 10,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> AsyncPaginator[WebTool]:
        """Every matching tool, page by page: ``async for tool in client.web_tools.list()``."""
        query = _list_query(voice_agent_id, is_active)
        check_paging(page_size)
        client = self._client

        async def fetch(page: int, size: int) -> Page[WebTool]:
            options = _list_options(query, page, size, timeout, max_retries)
            return _tool_page(await client.request(options), page, size).parsed

        return AsyncPaginator(fetch, page_size=page_size)

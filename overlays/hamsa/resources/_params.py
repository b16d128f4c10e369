"""Keyword arguments shared by the resources, written once as TypedDicts (PEP 692)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypedDict

import httpx

from .._base_client import NotGiven

Timeout = float | httpx.Timeout | NotGiven
"""Per-call ``timeout=``: seconds or an httpx.Timeout; NOT_GIVEN keeps the client's."""
Retries = int | NotGiven
"""Per-call ``max_retries=``; NOT_GIVEN keeps the client's budget."""


class AgentFields(TypedDict, total=False):
    """The unified agent's fields but its name, as ``create`` takes them besides ``name``.

    Nested values are plain dicts with snake_case keys, or the matching hamsa.v2 model objects.
    """

    type: str
    conversation: Mapping[str, Any] | Any
    voice: Mapping[str, Any] | Any
    llm: Mapping[str, Any] | Any
    call_settings: Mapping[str, Any] | Any
    tools: Sequence[Mapping[str, Any] | Any]
    knowledge_base_items_ids: Sequence[str]
    voice_dictionary_ids: Sequence[str]
    phone_number: Mapping[str, Any] | Any
    webhook_url: str | None
    webhook_auth: Mapping[str, Any] | Any
    workflow: Mapping[str, Any] | Any
    outcome_response_shape: Mapping[str, Any] | Any


class AgentUpdateFields(AgentFields, total=False):
    """What ``update`` takes: every agent field, the name included (create takes it apart)."""

    name: str


class WebToolSettingsFields(TypedDict, total=False):
    """The optional fields of a web tool, as ``client.web_tools.create`` takes them."""

    description: str
    async_: bool
    """``async`` on the wire: the agent keeps talking while the tool runs (FUNCTION only)."""
    tool_settings: Mapping[str, Any] | Any
    """``{"server_url", "method_type", "auth_token", "time_out", "http_headers",
    "path_parameters"}``; header names and path parameters are sent as written."""
    messages: Sequence[Mapping[str, Any] | Any]
    """``[{"type", "content"}]``, each type at most once."""
    params: Mapping[str, Any] | Any
    """The JSON schema of the tool's arguments, sent as written."""


class WebToolFields(WebToolSettingsFields, total=False):
    """Every field of a web tool, all optional, as ``client.web_tools.update`` takes them."""

    type: str
    """``"FUNCTION"`` or ``"MCP"`` (hamsa.v1.models.WebToolType)."""
    name: str


class ApiToolTestFields(TypedDict, total=False):
    """The optional fields of ``client.web_tools.test``."""

    api_key: str
    user_id: str
    auth_prefix: str
    auth_token: str
    tool_timeout: float
    """The tested call's timeout (``timeout`` in the body; ``timeout=`` is this request's)."""
    http_headers: Mapping[str, str]
    query_params: Mapping[str, str]
    body: Mapping[str, Any]

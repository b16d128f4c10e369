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
    strict_placeholders: bool
    """Not an agent field: False turns malformed {{placeholders}} in the texts (templating
    syntax such as ``{{#items}}``, names with spaces) into a PlaceholderWarning instead of an
    error, as in ``calls.start``. Default True."""


class AgentUpdateFields(AgentFields, total=False):
    """What ``update`` takes: every agent field, the name included (create takes it apart)."""

    name: str

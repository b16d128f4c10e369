"""Keyword arguments shared by the resources, written once as TypedDicts (PEP 692)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, TypedDict

import httpx

from .._base_client import NotGiven

if TYPE_CHECKING:
    # The generated TypedDicts of API v2's request objects: editors complete their keys.
    from ..v2.models import (
        CallSettings,
        Conversation,
        Llm,
        OutcomeResponseShape,
        PhoneNumberRef,
        Voice,
        WebhookAuth,
        WebToolRef,
        Workflow,
    )
    from ..v2.params import (
        CallSettingsParam,
        ConversationParam,
        LlmParam,
        OutcomeResponseShapeParam,
        PhoneNumberRefParam,
        VoiceParam,
        WebhookAuthParam,
        WebToolRefParam,
        WorkflowParam,
    )

Timeout = float | httpx.Timeout | NotGiven
"""Per-call ``timeout=``: seconds or an httpx.Timeout; NOT_GIVEN keeps the client's."""
Retries = int | NotGiven
"""Per-call ``max_retries=``; NOT_GIVEN keeps the client's budget."""


class AgentFields(TypedDict, total=False):
    """The unified agent's fields but its name, as ``create`` takes them besides ``name``.

    Nested values are plain dicts with snake_case keys, or the matching hamsa.v2 model objects.
    """

    type: str
    conversation: ConversationParam | Conversation
    voice: VoiceParam | Voice
    llm: LlmParam | Llm
    call_settings: CallSettingsParam | CallSettings
    tools: Sequence[WebToolRefParam | WebToolRef]
    knowledge_base_items_ids: Sequence[str]
    voice_dictionary_ids: Sequence[str]
    phone_number: PhoneNumberRefParam | PhoneNumberRef
    webhook_url: str | None
    webhook_auth: WebhookAuthParam | WebhookAuth
    workflow: WorkflowParam | Workflow
    outcome_response_shape: OutcomeResponseShapeParam | OutcomeResponseShape
    strict_placeholders: bool
    """Not an agent field: False turns malformed {{placeholders}} in the texts (templating
    syntax such as ``{{#items}}``, names with spaces) into a PlaceholderWarning instead of an
    error, as in ``calls.start``. Default True."""


class AgentUpdateFields(AgentFields, total=False):
    """What ``update`` takes: every agent field, the name included (create takes it apart)."""

    name: str

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa._model import OpenModel
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure, wrong_type
from hamsa._redact import masked_mapping
from hamsa._rules import (
    ARRAY,
    EACH_UUID,
    ENUM,
    LIST,
    OTHER,
    STRING,
    URI,
    UUID,
    RequestModel,
    Rules,
    field,
    list_of,
    model,
    one_of,
)

from ..models.account import Account
from ..models.call_settings import CallSettings
from ..models.conversation import Conversation
from ..models.llm import Llm
from ..models.outcome_response_shape import OutcomeResponseShape
from ..models.phone_number_ref import PhoneNumberRef
from ..models.resolved_web_tool import ResolvedWebTool
from ..models.voice import Voice
from ..models.voice_agent_type import VoiceAgentType
from ..models.web_tool_ref import WebToolRef
from ..models.webhook_auth import WebhookAuth
from ..models.workflow import Workflow


@_attrs_define(repr=False)
class VoiceAgent(RequestModel, OpenModel):
    """A voice agent as the API returns it, in the nested v2 shape."""

    id: str
    """Unique identifier of the agent."""
    call_settings: CallSettings
    """Audio and turn-taking behaviour during a call.
    The numeric limits are the ones documented for the same settings in v1."""
    type: VoiceAgentType | None = None
    """Kind of agent: `Single Prompt` is driven by one prompt (the preamble); `Flow Agent` follows the graph in `workflow`."""
    name: str | None = None
    """Display name of the agent."""
    conversation: Conversation | None = None
    """What the agent says and how it is instructed."""
    voice: Voice | None = None
    """How the agent sounds and which language it speaks."""
    llm: Llm | None = None
    """Which large language model drives the agent, and how to reach it."""
    tools: list[WebToolRef] | None = None
    """Web tools attached to the agent, as references."""
    knowledge_base_items_ids: list[str] | None = None
    """Knowledge-base items the agent may consult."""
    voice_dictionary_ids: list[str] | None = None
    """Pronunciation dictionaries applied to the agent's speech."""
    phone_number: PhoneNumberRef | None = None
    """Phone number the agent is attached to."""
    webhook_url: None | str = None
    """Address that receives the agent's event notifications; null when none is set."""
    webhook_auth: WebhookAuth | None = None
    """Credentials Hamsa attaches when it calls your webhook.
    The v2 page does not show the fields; `authKey` and `authSecret` are the ones v1 documents (sent as `Authorization: <authKey> <authSecret>`).
    Treat the secret as a secret."""
    workflow: Workflow | None = None
    """Conversation graph of a `Flow Agent`: its nodes, the edges between them and the custom variables it extracts; ignored for `Single Prompt` agents.
    Only the fields the documented example shows are declared; any other key is kept as sent."""
    outcome_response_shape: OutcomeResponseShape | None = None
    """OpenAPI/JSON-Schema style description of the structured result to extract from a finished conversation.
    Nested levels use the same keys (`type`, `properties`, `required`, `items`, `description`); they are kept as free-form objects here rather than a recursive schema.
    """
    resolved_web_tools: list[ResolvedWebTool] | None = None
    """Full definitions of the attached web tools, filled in by the server."""
    created_at: datetime.datetime | None = None
    """When the agent was created (ISO 8601)."""
    updated_at: datetime.datetime | None = None
    """When the agent was last changed (ISO 8601)."""
    account: Account | None = None
    """Account the agent belongs to, as far as the response shows it."""
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "id",
        "callSettings",
        "type",
        "name",
        "conversation",
        "voice",
        "llm",
        "tools",
        "knowledgeBaseItemsIds",
        "voiceDictionaryIds",
        "phoneNumber",
        "webhookUrl",
        "webhookAuth",
        "workflow",
        "outcomeResponseShape",
        "resolvedWebTools",
        "createdAt",
        "updatedAt",
        "account",
    )
    _REQUIRED_JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "id",
        "callSettings",
    )
    _INPUT_REQUIRED_JSON_KEYS: ClassVar[tuple[str, ...]] = ()
    """Also request input (x-hamsa-request-checks), where the fields every answer has are optional."""
    additional_properties: dict[str, Any] = _attrs_field(
        factory=dict, kw_only=True, repr=masked_mapping
    )
    """Fields the API sent that this SDK version does not know; sent back unchanged."""
    _READ_ONLY: ClassVar[frozenset[str]] = frozenset(
        ["account", "created_at", "id", "resolved_web_tools", "updated_at"]
    )
    _wire_nulls: Sequence[str] = _attrs_field(
        default=(), kw_only=True, repr=False, alias="wire_nulls"
    )
    """The JSON keys that came as null: to_wire sends them back, other None fields stay out."""

    def to_wire(self) -> dict[str, Any]:
        """This model as the JSON-ready dict the API sends and accepts (camelCase keys)."""
        call_settings = self.call_settings.to_wire()
        tools: list[dict[str, Any]] | None = None
        if not self.tools is None:
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_wire()
                tools.append(tools_item)

        resolved_web_tools: list[dict[str, Any]] | None = None
        if not self.resolved_web_tools is None:
            resolved_web_tools = []
            for resolved_web_tools_item_data in self.resolved_web_tools:
                resolved_web_tools_item = resolved_web_tools_item_data.to_wire()
                resolved_web_tools.append(resolved_web_tools_item)

        created_at: str | None = None
        if not self.created_at is None:
            created_at = self.created_at.isoformat()
        updated_at: str | None = None
        if not self.updated_at is None:
            updated_at = self.updated_at.isoformat()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["callSettings"] = call_settings
        if self.type is not None:
            field_dict["type"] = self.type.value
        if self.name is not None:
            field_dict["name"] = self.name
        if self.conversation is not None:
            field_dict["conversation"] = self.conversation.to_wire()
        if self.voice is not None:
            field_dict["voice"] = self.voice.to_wire()
        if self.llm is not None:
            field_dict["llm"] = self.llm.to_wire()
        if tools is not None:
            field_dict["tools"] = tools
        if self.knowledge_base_items_ids is not None:
            field_dict["knowledgeBaseItemsIds"] = self.knowledge_base_items_ids
        if self.voice_dictionary_ids is not None:
            field_dict["voiceDictionaryIds"] = self.voice_dictionary_ids
        if self.phone_number is not None:
            field_dict["phoneNumber"] = self.phone_number.to_wire()
        if self.webhook_url is not None:
            field_dict["webhookUrl"] = self.webhook_url
        if self.webhook_auth is not None:
            field_dict["webhookAuth"] = self.webhook_auth.to_wire()
        if self.workflow is not None:
            field_dict["workflow"] = self.workflow.to_wire()
        if self.outcome_response_shape is not None:
            field_dict["outcomeResponseShape"] = self.outcome_response_shape.to_wire()
        if resolved_web_tools is not None:
            field_dict["resolvedWebTools"] = resolved_web_tools
        if created_at is not None:
            field_dict["createdAt"] = created_at
        if updated_at is not None:
            field_dict["updatedAt"] = updated_at
        if self.account is not None:
            field_dict["account"] = self.account.to_wire()
        for key in self._wire_nulls:
            field_dict.setdefault(key, None)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from API JSON; unknown keys land in additional_properties."""
        # __class__, not type(): a field may be called `type`, and its local would shadow it.
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            # dict() would accept a list of pairs
            raise parse_failure(TypeError("expected a JSON object"), src_dict, {}, cls._JSON_KEYS)
        d = dict(src_dict)
        # Only a nullable field tells null from absent; a per-key scan of every object would
        # cost more than the rest of a parse.
        wire_nulls: list[str] = []
        try:
            id = d.pop("id")
            if id.__class__ is not str:
                wrong_type(id, "str")
            call_settings = CallSettings.from_dict(d.pop("callSettings"))
            type = d.pop("type", None)
            if type is not None:
                type = VoiceAgentType.from_wire(type)
            name = d.pop("name", None)
            if name.__class__ is not str and name is not None:
                wrong_type(name, "str")
            conversation = d.pop("conversation", None)
            if conversation is not None:
                conversation = Conversation.from_dict(conversation)
            voice = d.pop("voice", None)
            if voice is not None:
                voice = Voice.from_dict(voice)
            llm = d.pop("llm", None)
            if llm is not None:
                llm = Llm.from_dict(llm)
            _tools = d.pop("tools", None)
            tools: list[WebToolRef] | None = None
            if _tools is not None:
                tools = []
                for tools_item_data in _tools:
                    tools_item = WebToolRef.from_dict(tools_item_data)

                    tools.append(tools_item)
            knowledge_base_items_ids: list[str] | None = d.pop("knowledgeBaseItemsIds", None)
            voice_dictionary_ids: list[str] | None = d.pop("voiceDictionaryIds", None)
            phone_number = d.pop("phoneNumber", None)
            if phone_number is not None:
                phone_number = PhoneNumberRef.from_dict(phone_number)
            webhook_url: None | str = d.pop("webhookUrl", None)
            if webhook_url is None and "webhookUrl" in src_dict:
                wire_nulls.append("webhookUrl")
            webhook_auth = d.pop("webhookAuth", None)
            if webhook_auth is not None:
                webhook_auth = WebhookAuth.from_dict(webhook_auth)
            workflow = d.pop("workflow", None)
            if workflow is not None:
                workflow = Workflow.from_dict(workflow)
            outcome_response_shape = d.pop("outcomeResponseShape", None)
            if outcome_response_shape is not None:
                outcome_response_shape = OutcomeResponseShape.from_dict(outcome_response_shape)
            _resolved_web_tools = d.pop("resolvedWebTools", None)
            resolved_web_tools: list[ResolvedWebTool] | None = None
            if _resolved_web_tools is not None:
                resolved_web_tools = []
                for resolved_web_tools_item_data in _resolved_web_tools:
                    resolved_web_tools_item = ResolvedWebTool.from_dict(
                        resolved_web_tools_item_data
                    )

                    resolved_web_tools.append(resolved_web_tools_item)
            created_at = d.pop("createdAt", None)
            if created_at is not None:
                created_at = datetime.datetime.fromisoformat(created_at)
            updated_at = d.pop("updatedAt", None)
            if updated_at is not None:
                updated_at = datetime.datetime.fromisoformat(updated_at)
            account = d.pop("account", None)
            if account is not None:
                account = Account.from_dict(account)
            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                id,
                call_settings,
                type,
                name,
                conversation,
                voice,
                llm,
                tools,
                knowledge_base_items_ids,
                voice_dictionary_ids,
                phone_number,
                webhook_url,
                webhook_auth,
                workflow,
                outcome_response_shape,
                resolved_web_tools,
                created_at,
                updated_at,
                account,
                additional_properties=d,
                wire_nulls=wire_nulls,
            )
        except (ModelParseError, *PARSE_FAILURES) as error:
            raise parse_failure(error, src_dict, d, cls._JSON_KEYS) from error
        return instance_


# The documented constraints, checked before a request is sent (hamsa._rules). Outside the
# class body, where a field could be called `field` or `items`.
VoiceAgent._RULES = Rules(
    field("id", STRING, UUID),
    field("callSettings", model("CallSettings")),
    field("type", ENUM, one_of("Single Prompt", "Flow Agent")),
    field("name", STRING),
    field("conversation", model("Conversation")),
    field("voice", model("Voice")),
    field("llm", model("Llm")),
    field("tools", list_of("WebToolRef"), ARRAY),
    field("knowledgeBaseItemsIds", LIST, ARRAY, EACH_UUID),
    field("voiceDictionaryIds", LIST, ARRAY, EACH_UUID),
    field("phoneNumber", model("PhoneNumberRef")),
    field("webhookUrl", STRING, URI, null=True),
    field("webhookAuth", model("WebhookAuth")),
    field("workflow", model("Workflow")),
    field("outcomeResponseShape", model("OutcomeResponseShape")),
    field("resolvedWebTools", list_of("ResolvedWebTool"), ARRAY),
    field("createdAt", OTHER),
    field("updatedAt", OTHER),
    field("account", model("Account")),
    extra="open",
)

from __future__ import annotations

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
    STRING,
    URI,
    RequestModel,
    Rules,
    field,
    length,
    list_of,
    model,
    one_of,
)

from ..models.call_settings import CallSettings
from ..models.conversation import Conversation
from ..models.llm import Llm
from ..models.outcome_response_shape import OutcomeResponseShape
from ..models.phone_number_ref import PhoneNumberRef
from ..models.voice import Voice
from ..models.voice_agent_type import VoiceAgentType
from ..models.web_tool_ref import WebToolRef
from ..models.webhook_auth import WebhookAuth
from ..models.workflow import Workflow


@_attrs_define(repr=False)
class UpdateVoiceAgentRequest(RequestModel, OpenModel):
    """Changes to a voice agent in the nested v2 shape.
    Every field is optional and only the fields given are sent; the limits are those of create."""

    name: str | None = None
    """Display name of the agent; at most 150 characters."""
    type: VoiceAgentType | None = None
    """Kind of agent: `Single Prompt` is driven by one prompt (the preamble); `Flow Agent` follows the graph in `workflow`."""
    conversation: Conversation | None = None
    """What the agent says and how it is instructed."""
    voice: Voice | None = None
    """How the agent sounds and which language it speaks."""
    llm: Llm | None = None
    """Which large language model drives the agent, and how to reach it."""
    call_settings: CallSettings | None = None
    """Audio and turn-taking behaviour during a call.
    The numeric limits are the ones documented for the same settings in v1."""
    tools: list[WebToolRef] | None = None
    """Web tools the agent may call."""
    knowledge_base_items_ids: list[str] | None = None
    """Knowledge-base items the agent may consult."""
    voice_dictionary_ids: list[str] | None = None
    """Pronunciation dictionaries applied to the agent's speech."""
    phone_number: PhoneNumberRef | None = None
    """Phone number the agent is attached to."""
    webhook_url: str | None = None
    """Address that receives the agent's event notifications."""
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
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "name",
        "type",
        "conversation",
        "voice",
        "llm",
        "callSettings",
        "tools",
        "knowledgeBaseItemsIds",
        "voiceDictionaryIds",
        "phoneNumber",
        "webhookUrl",
        "webhookAuth",
        "workflow",
        "outcomeResponseShape",
    )
    _REQUIRED_JSON_KEYS: ClassVar[tuple[str, ...]] = ()
    additional_properties: dict[str, Any] = _attrs_field(
        factory=dict, kw_only=True, repr=masked_mapping
    )
    """Fields the API sent that this SDK version does not know; sent back unchanged."""
    _wire_nulls: Sequence[str] = _attrs_field(
        default=(), kw_only=True, repr=False, alias="wire_nulls"
    )
    """The JSON keys that came as null: to_wire sends them back, other None fields stay out."""

    def to_wire(self) -> dict[str, Any]:
        """This model as the JSON-ready dict the API sends and accepts (camelCase keys)."""
        type: str | None = None
        if not self.type is None:
            type = self.type.value

        conversation: dict[str, Any] | None = None
        if not self.conversation is None:
            conversation = self.conversation.to_wire()
        voice: dict[str, Any] | None = None
        if not self.voice is None:
            voice = self.voice.to_wire()
        llm: dict[str, Any] | None = None
        if not self.llm is None:
            llm = self.llm.to_wire()
        call_settings: dict[str, Any] | None = None
        if not self.call_settings is None:
            call_settings = self.call_settings.to_wire()
        tools: list[dict[str, Any]] | None = None
        if not self.tools is None:
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_wire()
                tools.append(tools_item)

        knowledge_base_items_ids: list[str] | None = None
        if not self.knowledge_base_items_ids is None:
            knowledge_base_items_ids = self.knowledge_base_items_ids

        voice_dictionary_ids: list[str] | None = None
        if not self.voice_dictionary_ids is None:
            voice_dictionary_ids = self.voice_dictionary_ids

        phone_number: dict[str, Any] | None = None
        if not self.phone_number is None:
            phone_number = self.phone_number.to_wire()
        webhook_auth: dict[str, Any] | None = None
        if not self.webhook_auth is None:
            webhook_auth = self.webhook_auth.to_wire()
        workflow: dict[str, Any] | None = None
        if not self.workflow is None:
            workflow = self.workflow.to_wire()
        outcome_response_shape: dict[str, Any] | None = None
        if not self.outcome_response_shape is None:
            outcome_response_shape = self.outcome_response_shape.to_wire()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        if self.name is not None:
            field_dict["name"] = self.name
        if type is not None:
            field_dict["type"] = type
        if conversation is not None:
            field_dict["conversation"] = conversation
        if voice is not None:
            field_dict["voice"] = voice
        if llm is not None:
            field_dict["llm"] = llm
        if call_settings is not None:
            field_dict["callSettings"] = call_settings
        if tools is not None:
            field_dict["tools"] = tools
        if knowledge_base_items_ids is not None:
            field_dict["knowledgeBaseItemsIds"] = knowledge_base_items_ids
        if voice_dictionary_ids is not None:
            field_dict["voiceDictionaryIds"] = voice_dictionary_ids
        if phone_number is not None:
            field_dict["phoneNumber"] = phone_number
        if self.webhook_url is not None:
            field_dict["webhookUrl"] = self.webhook_url
        if webhook_auth is not None:
            field_dict["webhookAuth"] = webhook_auth
        if workflow is not None:
            field_dict["workflow"] = workflow
        if outcome_response_shape is not None:
            field_dict["outcomeResponseShape"] = outcome_response_shape
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
        try:
            name = d.pop("name", None)
            if name.__class__ is not str and name is not None:
                wrong_type(name, "str")
            _type = d.pop("type", None)
            type: VoiceAgentType | None
            if _type is None:
                type = None
            else:
                type = VoiceAgentType.from_wire(_type)

            _conversation = d.pop("conversation", None)
            conversation: Conversation | None
            if _conversation is None:
                conversation = None
            else:
                conversation = Conversation.from_dict(_conversation)

            _voice = d.pop("voice", None)
            voice: Voice | None
            if _voice is None:
                voice = None
            else:
                voice = Voice.from_dict(_voice)

            _llm = d.pop("llm", None)
            llm: Llm | None
            if _llm is None:
                llm = None
            else:
                llm = Llm.from_dict(_llm)

            _call_settings = d.pop("callSettings", None)
            call_settings: CallSettings | None
            if _call_settings is None:
                call_settings = None
            else:
                call_settings = CallSettings.from_dict(_call_settings)

            _tools = d.pop("tools", None)
            tools: list[WebToolRef] | None = None
            if _tools is not None:
                tools = []
                for tools_item_data in _tools:
                    tools_item = WebToolRef.from_dict(tools_item_data)

                    tools.append(tools_item)

            knowledge_base_items_ids: list[str] | None = d.pop("knowledgeBaseItemsIds", None)

            voice_dictionary_ids: list[str] | None = d.pop("voiceDictionaryIds", None)

            _phone_number = d.pop("phoneNumber", None)
            phone_number: PhoneNumberRef | None
            if _phone_number is None:
                phone_number = None
            else:
                phone_number = PhoneNumberRef.from_dict(_phone_number)

            webhook_url = d.pop("webhookUrl", None)
            if webhook_url.__class__ is not str and webhook_url is not None:
                wrong_type(webhook_url, "str")
            _webhook_auth = d.pop("webhookAuth", None)
            webhook_auth: WebhookAuth | None
            if _webhook_auth is None:
                webhook_auth = None
            else:
                webhook_auth = WebhookAuth.from_dict(_webhook_auth)

            _workflow = d.pop("workflow", None)
            workflow: Workflow | None
            if _workflow is None:
                workflow = None
            else:
                workflow = Workflow.from_dict(_workflow)

            _outcome_response_shape = d.pop("outcomeResponseShape", None)
            outcome_response_shape: OutcomeResponseShape | None
            if _outcome_response_shape is None:
                outcome_response_shape = None
            else:
                outcome_response_shape = OutcomeResponseShape.from_dict(_outcome_response_shape)

            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                name,
                type,
                conversation,
                voice,
                llm,
                call_settings,
                tools,
                knowledge_base_items_ids,
                voice_dictionary_ids,
                phone_number,
                webhook_url,
                webhook_auth,
                workflow,
                outcome_response_shape,
                additional_properties=d,
            )
        except (ModelParseError, *PARSE_FAILURES) as error:
            raise parse_failure(error, src_dict, d, cls._JSON_KEYS) from error
        return instance_


# The documented constraints, checked before a request is sent (hamsa._rules). Outside the
# class body, where a field could be called `field` or `items`.
UpdateVoiceAgentRequest._RULES = Rules(
    field("name", STRING, length(max_length=150)),
    field("type", ENUM, one_of("Single Prompt", "Flow Agent")),
    field("conversation", model("Conversation")),
    field("voice", model("Voice")),
    field("llm", model("Llm")),
    field("callSettings", model("CallSettings")),
    field("tools", list_of("WebToolRef"), ARRAY),
    field("knowledgeBaseItemsIds", LIST, ARRAY, EACH_UUID),
    field("voiceDictionaryIds", LIST, ARRAY, EACH_UUID),
    field("phoneNumber", model("PhoneNumberRef")),
    field("webhookUrl", STRING, URI),
    field("webhookAuth", model("WebhookAuth")),
    field("workflow", model("Workflow")),
    field("outcomeResponseShape", model("OutcomeResponseShape")),
    extra="open",
)

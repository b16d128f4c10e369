from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa._model import OpenModel
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure
from hamsa._redact import masked_mapping

from ..models.conversation_voice_agent_voice_agent_knowledge_bases_item import (
    ConversationVoiceAgentVoiceAgentKnowledgeBasesItem,
)
from ..models.conversation_voice_agent_voice_agent_web_tools_item import (
    ConversationVoiceAgentVoiceAgentWebToolsItem,
)
from ..models.conversation_voice_agent_web_tools import ConversationVoiceAgentWebTools


@_attrs_define(repr=False)
class ConversationVoiceAgent(OpenModel):
    """The web tools and knowledge base the agent used in this conversation."""

    voice_agent_web_tools: list[ConversationVoiceAgentVoiceAgentWebToolsItem] | None = None
    """Web tools linked to the agent, each wrapping the tool record."""
    web_tools: ConversationVoiceAgentWebTools | None = None
    """Web tools by key, as the service stores them."""
    voice_agent_knowledge_bases: list[ConversationVoiceAgentVoiceAgentKnowledgeBasesItem] | None = (
        None
    )
    """Knowledge-base items linked to the agent, each wrapping the item."""
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "voiceAgentWebTools",
        "webTools",
        "voiceAgentKnowledgeBases",
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
        voice_agent_web_tools: list[dict[str, Any]] | None = None
        if not self.voice_agent_web_tools is None:
            voice_agent_web_tools = []
            for voice_agent_web_tools_item_data in self.voice_agent_web_tools:
                voice_agent_web_tools_item = voice_agent_web_tools_item_data.to_wire()
                voice_agent_web_tools.append(voice_agent_web_tools_item)

        voice_agent_knowledge_bases: list[dict[str, Any]] | None = None
        if not self.voice_agent_knowledge_bases is None:
            voice_agent_knowledge_bases = []
            for voice_agent_knowledge_bases_item_data in self.voice_agent_knowledge_bases:
                voice_agent_knowledge_bases_item = voice_agent_knowledge_bases_item_data.to_wire()
                voice_agent_knowledge_bases.append(voice_agent_knowledge_bases_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if voice_agent_web_tools is not None:
            field_dict["voiceAgentWebTools"] = voice_agent_web_tools
        if self.web_tools is not None:
            field_dict["webTools"] = self.web_tools.to_wire()
        if voice_agent_knowledge_bases is not None:
            field_dict["voiceAgentKnowledgeBases"] = voice_agent_knowledge_bases
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
            _voice_agent_web_tools = d.pop("voiceAgentWebTools", None)
            voice_agent_web_tools: list[ConversationVoiceAgentVoiceAgentWebToolsItem] | None = None
            if _voice_agent_web_tools is not None:
                voice_agent_web_tools = []
                for voice_agent_web_tools_item_data in _voice_agent_web_tools:
                    voice_agent_web_tools_item = (
                        ConversationVoiceAgentVoiceAgentWebToolsItem.from_dict(
                            voice_agent_web_tools_item_data
                        )
                    )

                    voice_agent_web_tools.append(voice_agent_web_tools_item)
            web_tools = d.pop("webTools", None)
            if web_tools is not None:
                web_tools = ConversationVoiceAgentWebTools.from_dict(web_tools)
            _voice_agent_knowledge_bases = d.pop("voiceAgentKnowledgeBases", None)
            voice_agent_knowledge_bases: (
                list[ConversationVoiceAgentVoiceAgentKnowledgeBasesItem] | None
            ) = None
            if _voice_agent_knowledge_bases is not None:
                voice_agent_knowledge_bases = []
                for voice_agent_knowledge_bases_item_data in _voice_agent_knowledge_bases:
                    voice_agent_knowledge_bases_item = (
                        ConversationVoiceAgentVoiceAgentKnowledgeBasesItem.from_dict(
                            voice_agent_knowledge_bases_item_data
                        )
                    )

                    voice_agent_knowledge_bases.append(voice_agent_knowledge_bases_item)
            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                voice_agent_web_tools,
                web_tools,
                voice_agent_knowledge_bases,
                additional_properties=d,
            )
        except (ModelParseError, *PARSE_FAILURES) as error:
            raise parse_failure(error, src_dict, d, cls._JSON_KEYS) from error
        return instance_

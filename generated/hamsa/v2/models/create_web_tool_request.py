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
    BOOLEAN,
    ENUM,
    STRING,
    UUID,
    RequestModel,
    Rules,
    field,
    length,
    list_of,
    model,
    one_of,
)

from ..models.web_tool_message import WebToolMessage
from ..models.web_tool_parameters import WebToolParameters
from ..models.web_tool_settings_request import WebToolSettingsRequest
from ..models.web_tool_type import WebToolType


@_attrs_define(repr=False)
class CreateWebToolRequest(RequestModel, OpenModel):
    """Description of a new web tool.
    `type` and `name` are required, as for v1 web tools (the archived page hides the flags; a third-party copy of the reference marks `type`, and every documented example names the tool).
    """

    type: WebToolType
    """Kind of web tool: `FUNCTION` calls an HTTP endpoint; `MCP` connects to a Model Context Protocol server."""
    name: str
    """Name of the tool; 1 to 250 characters."""
    description: str | None = None
    """What the tool does, for the model deciding when to call it; 1 to 1000 characters."""
    collection_id: str | None = None
    """Collection (folder) the tool is filed under."""
    async_: bool | None = None
    """Whether the agent carries on talking instead of waiting for the result.
    Required for `FUNCTION` tools and not allowed for `MCP` tools."""
    tool_settings: WebToolSettingsRequest | None = None
    """Where and how the tool is called, as sent when creating or changing a tool.
    Note the spelling `timeOut`: the response spells it `timeout` (see WebToolSettings).
    `serverUrl` and `methodType` are required, after a third-party copy of the reference (the archived page hides the nested flags); every documented example sends both.
    """
    messages: list[WebToolMessage] | None = None
    """What the agent says around a call; each message type at most once."""
    params: WebToolParameters | None = None
    """JSON-Schema (OpenAPI style) description of the arguments the agent passes to the tool, as sent in requests: `{type: "object", properties: {...}, required: [...]}`.
    Not allowed for `MCP` tools."""
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "type",
        "name",
        "description",
        "collectionId",
        "async",
        "toolSettings",
        "messages",
        "params",
    )
    _REQUIRED_JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "type",
        "name",
    )
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
        type = self.type.value
        messages: list[dict[str, Any]] | None = None
        if not self.messages is None:
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_wire()
                messages.append(messages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = type
        field_dict["name"] = self.name
        if self.description is not None:
            field_dict["description"] = self.description
        if self.collection_id is not None:
            field_dict["collectionId"] = self.collection_id
        if self.async_ is not None:
            field_dict["async"] = self.async_
        if self.tool_settings is not None:
            field_dict["toolSettings"] = self.tool_settings.to_wire()
        if messages is not None:
            field_dict["messages"] = messages
        if self.params is not None:
            field_dict["params"] = self.params.to_wire()
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
            type = WebToolType.from_wire(d.pop("type"))
            name = d.pop("name")
            if name.__class__ is not str:
                wrong_type(name, "str")
            description = d.pop("description", None)
            if description.__class__ is not str and description is not None:
                wrong_type(description, "str")
            collection_id = d.pop("collectionId", None)
            if collection_id.__class__ is not str and collection_id is not None:
                wrong_type(collection_id, "str")
            async_ = d.pop("async", None)
            if async_.__class__ is not bool and async_ is not None:
                wrong_type(async_, "bool")
            tool_settings = d.pop("toolSettings", None)
            if tool_settings is not None:
                tool_settings = WebToolSettingsRequest.from_dict(tool_settings)
            _messages = d.pop("messages", None)
            messages: list[WebToolMessage] | None = None
            if _messages is not None:
                messages = []
                for messages_item_data in _messages:
                    messages_item = WebToolMessage.from_dict(messages_item_data)

                    messages.append(messages_item)
            params = d.pop("params", None)
            if params is not None:
                params = WebToolParameters.from_dict(params)
            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                type,
                name,
                description,
                collection_id,
                async_,
                tool_settings,
                messages,
                params,
                additional_properties=d,
            )
        except (ModelParseError, *PARSE_FAILURES) as error:
            raise parse_failure(error, src_dict, d, cls._JSON_KEYS) from error
        return instance_


# The documented constraints, checked before a request is sent (hamsa._rules). Outside the
# class body, where a field could be called `field` or `items`.
CreateWebToolRequest._RULES = Rules(
    field("type", ENUM, one_of("FUNCTION", "MCP")),
    field("name", STRING, length(min_length=1, max_length=250)),
    field("description", STRING, length(min_length=1, max_length=1000)),
    field("collectionId", STRING, UUID),
    field("async", BOOLEAN, name="async_"),
    field("toolSettings", model("WebToolSettingsRequest")),
    field("messages", list_of("WebToolMessage"), ARRAY),
    field("params", model("WebToolParameters")),
    extra="open",
)

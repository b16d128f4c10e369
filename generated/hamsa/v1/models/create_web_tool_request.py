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
from ..models.web_tool_settings_input import WebToolSettingsInput
from ..models.web_tool_type import WebToolType


@_attrs_define(repr=False)
class CreateWebToolRequest(RequestModel, OpenModel):
    """A new web tool.
    `type` and `name` are required.
    For `FUNCTION` tools `async` is required; for `MCP` tools `async` and `params` are not allowed (the docs state both rules; the service enforces them).
    """

    type: WebToolType
    """Kind of web tool: `FUNCTION` calls an HTTP API, `MCP` connects to an MCP server."""
    name: str
    """Display name of the tool; 1 to 250 characters."""
    description: str | None = None
    """What the tool does, which helps the agent decide when to use it; 1 to 1000 characters."""
    async_: bool | None = None
    """Whether the agent goes on talking instead of waiting for the result.
    Required for `FUNCTION` tools, not allowed for `MCP` tools."""
    tool_settings: WebToolSettingsInput | None = None
    """Where and how the tool's API is called, as sent when creating or updating a tool.

    Quirk: the timeout is spelled `timeOut` here but `timeout` in the stored tool (`WebToolSettings`).
    `serverUrl` and `methodType` are required here after a third-party copy of the reference (the archived page hides the nested fields' flags); every documented example sends both.
    """
    messages: list[WebToolMessage] | None = None
    """Messages tied to the tool; each message type may appear once."""
    params: WebToolParameters | None = None
    """JSON-Schema style description of the arguments the agent passes to the tool, e.g. `{type: object, properties: {location: {type: string, description: ...}}, required: [location]}`.
    Not allowed for `MCP` tools."""
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "type",
        "name",
        "description",
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
            async_ = d.pop("async", None)
            if async_.__class__ is not bool and async_ is not None:
                wrong_type(async_, "bool")
            tool_settings = d.pop("toolSettings", None)
            if tool_settings is not None:
                tool_settings = WebToolSettingsInput.from_dict(tool_settings)
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
    field("async", BOOLEAN, name="async_"),
    field("toolSettings", model("WebToolSettingsInput")),
    field("messages", list_of("WebToolMessage"), ARRAY),
    field("params", model("WebToolParameters")),
    extra="open",
)

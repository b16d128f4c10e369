from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa._model import OpenModel
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure, wrong_type
from hamsa._redact import masked_mapping

from ..models.stored_web_tool_params import StoredWebToolParams
from ..models.web_tool_message import WebToolMessage
from ..models.web_tool_settings import WebToolSettings
from ..models.web_tool_type import WebToolType


@_attrs_define(repr=False)
class WebTool(OpenModel):
    """A web tool as the API returns it."""

    id: str | None = None
    """Identifier of this version of the tool."""
    persistent_id: str | None = None
    """Identifier shared by all versions of the tool (a UUID or a cuid-style id)."""
    version: int | None = None
    """Version number of the tool."""
    name: str | None = None
    """Name of the tool."""
    type: WebToolType | None = None
    """Kind of web tool: `FUNCTION` calls an HTTP endpoint; `MCP` connects to a Model Context Protocol server."""
    user_id: str | None = None
    """User who owns the tool."""
    project_id: str | None = None
    """Project the tool belongs to."""
    is_active: bool | None = None
    """Whether the tool can currently be used."""
    async_: bool | None = None
    """Whether the agent carries on talking instead of waiting for the result; not set for `MCP` tools."""
    description: str | None = None
    """What the tool does."""
    collection_id: None | str = None
    """Collection (folder) the tool is filed under; null when it is in none."""
    tool_settings: None | WebToolSettings = None
    """Where and how the tool is called; may be null for a tool created without settings."""
    params: None | StoredWebToolParams = None
    """The tool's arguments, in the response shape; may be null (e.g. `MCP` tools)."""
    messages: list[WebToolMessage] | None = None
    """What the agent says around a call."""
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "id",
        "persistentId",
        "version",
        "name",
        "type",
        "userId",
        "projectId",
        "isActive",
        "async",
        "description",
        "collectionId",
        "toolSettings",
        "params",
        "messages",
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
        tool_settings: dict[str, Any] | None
        if self.tool_settings is None:
            tool_settings = None
        elif isinstance(self.tool_settings, WebToolSettings):
            tool_settings = self.tool_settings.to_wire()
        else:
            tool_settings = self.tool_settings
        params: dict[str, Any] | None
        if self.params is None:
            params = None
        elif isinstance(self.params, StoredWebToolParams):
            params = self.params.to_wire()
        else:
            params = self.params
        messages: list[dict[str, Any]] | None = None
        if not self.messages is None:
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_wire()
                messages.append(messages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            field_dict["id"] = self.id
        if self.persistent_id is not None:
            field_dict["persistentId"] = self.persistent_id
        if self.version is not None:
            field_dict["version"] = self.version
        if self.name is not None:
            field_dict["name"] = self.name
        if self.type is not None:
            field_dict["type"] = self.type.value
        if self.user_id is not None:
            field_dict["userId"] = self.user_id
        if self.project_id is not None:
            field_dict["projectId"] = self.project_id
        if self.is_active is not None:
            field_dict["isActive"] = self.is_active
        if self.async_ is not None:
            field_dict["async"] = self.async_
        if self.description is not None:
            field_dict["description"] = self.description
        if self.collection_id is not None:
            field_dict["collectionId"] = self.collection_id
        if tool_settings is not None:
            field_dict["toolSettings"] = tool_settings
        if params is not None:
            field_dict["params"] = params
        if messages is not None:
            field_dict["messages"] = messages
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
            id = d.pop("id", None)
            if id.__class__ is not str and id is not None:
                wrong_type(id, "str")
            persistent_id = d.pop("persistentId", None)
            if persistent_id.__class__ is not str and persistent_id is not None:
                wrong_type(persistent_id, "str")
            version = d.pop("version", None)
            if version.__class__ is not int and version is not None:
                wrong_type(version, "int")
            name = d.pop("name", None)
            if name.__class__ is not str and name is not None:
                wrong_type(name, "str")
            type = d.pop("type", None)
            if type is not None:
                type = WebToolType.from_wire(type)
            user_id = d.pop("userId", None)
            if user_id.__class__ is not str and user_id is not None:
                wrong_type(user_id, "str")
            project_id = d.pop("projectId", None)
            if project_id.__class__ is not str and project_id is not None:
                wrong_type(project_id, "str")
            is_active = d.pop("isActive", None)
            if is_active.__class__ is not bool and is_active is not None:
                wrong_type(is_active, "bool")
            async_: bool | None = d.pop("async", None)
            if async_ is None and "async" in src_dict:
                wire_nulls.append("async")
            description = d.pop("description", None)
            if description.__class__ is not str and description is not None:
                wrong_type(description, "str")
            collection_id: None | str = d.pop("collectionId", None)
            if collection_id is None and "collectionId" in src_dict:
                wire_nulls.append("collectionId")

            def _parse_tool_settings(data: object) -> None | WebToolSettings:
                if data is None:
                    return data
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tool_settings_type_0 = WebToolSettings.from_dict(data)

                    return tool_settings_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | WebToolSettings, data)

            tool_settings = _parse_tool_settings(d.pop("toolSettings", None))
            if tool_settings is None and "toolSettings" in src_dict:
                wire_nulls.append("toolSettings")

            def _parse_params(data: object) -> None | StoredWebToolParams:
                if data is None:
                    return data
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    params_type_0 = StoredWebToolParams.from_dict(data)

                    return params_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | StoredWebToolParams, data)

            params = _parse_params(d.pop("params", None))
            if params is None and "params" in src_dict:
                wire_nulls.append("params")
            _messages = d.pop("messages", None)
            messages: list[WebToolMessage] | None = None
            if _messages is not None:
                messages = []
                for messages_item_data in _messages:
                    messages_item = WebToolMessage.from_dict(messages_item_data)

                    messages.append(messages_item)
            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                id,
                persistent_id,
                version,
                name,
                type,
                user_id,
                project_id,
                is_active,
                async_,
                description,
                collection_id,
                tool_settings,
                params,
                messages,
                additional_properties=d,
                wire_nulls=wire_nulls,
            )
        except (ModelParseError, *PARSE_FAILURES) as error:
            raise parse_failure(error, src_dict, d, cls._JSON_KEYS) from error
        return instance_

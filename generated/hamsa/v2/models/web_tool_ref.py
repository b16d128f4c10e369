from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa._model import OpenModel
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure, wrong_type
from hamsa._redact import masked_mapping
from hamsa._rules import INTEGER, STRING, RequestModel, Rules, field, model

from ..models.tool_overrides import ToolOverrides
from ..models.tool_test_result import ToolTestResult


@_attrs_define(repr=False)
class WebToolRef(RequestModel, OpenModel):
    """A web tool attached to the agent.
    All fields are optional; they are known from the v2 update example, since the create page shows an empty object.
    """

    persistent_id: str | None = None
    """Stable identifier of the tool that survives new versions, e.g. `tool_123`."""
    tool_id: str | None = None
    """Identifier of the tool (a UUID in the examples)."""
    version: int | None = None
    """Version of the tool to use."""
    tool_type: str | None = None
    """Kind of tool, e.g. `FUNCTION`."""
    node_id: str | None = None
    """Workflow node the tool belongs to, for flow agents."""
    test_result: ToolTestResult | None = None
    """Result of the last test run of the web tool.
    Its structure is not documented."""
    overrides: ToolOverrides | None = None
    """Settings of the web tool changed for this agent only.
    Their structure is not documented."""
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "persistentId",
        "toolId",
        "version",
        "toolType",
        "nodeId",
        "testResult",
        "overrides",
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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.persistent_id is not None:
            field_dict["persistentId"] = self.persistent_id
        if self.tool_id is not None:
            field_dict["toolId"] = self.tool_id
        if self.version is not None:
            field_dict["version"] = self.version
        if self.tool_type is not None:
            field_dict["toolType"] = self.tool_type
        if self.node_id is not None:
            field_dict["nodeId"] = self.node_id
        if self.test_result is not None:
            field_dict["testResult"] = self.test_result.to_wire()
        if self.overrides is not None:
            field_dict["overrides"] = self.overrides.to_wire()
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
            persistent_id = d.pop("persistentId", None)
            if persistent_id.__class__ is not str and persistent_id is not None:
                wrong_type(persistent_id, "str")
            tool_id = d.pop("toolId", None)
            if tool_id.__class__ is not str and tool_id is not None:
                wrong_type(tool_id, "str")
            version = d.pop("version", None)
            if version.__class__ is not int and version is not None:
                wrong_type(version, "int")
            tool_type = d.pop("toolType", None)
            if tool_type.__class__ is not str and tool_type is not None:
                wrong_type(tool_type, "str")
            node_id = d.pop("nodeId", None)
            if node_id.__class__ is not str and node_id is not None:
                wrong_type(node_id, "str")
            test_result = d.pop("testResult", None)
            if test_result is not None:
                test_result = ToolTestResult.from_dict(test_result)
            overrides = d.pop("overrides", None)
            if overrides is not None:
                overrides = ToolOverrides.from_dict(overrides)
            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                persistent_id,
                tool_id,
                version,
                tool_type,
                node_id,
                test_result,
                overrides,
                additional_properties=d,
            )
        except (ModelParseError, *PARSE_FAILURES) as error:
            raise parse_failure(error, src_dict, d, cls._JSON_KEYS) from error
        return instance_


# The documented constraints, checked before a request is sent (hamsa._rules). Outside the
# class body, where a field could be called `field` or `items`.
WebToolRef._RULES = Rules(
    field("persistentId", STRING),
    field("toolId", STRING),
    field("version", INTEGER),
    field("toolType", STRING),
    field("nodeId", STRING),
    field("testResult", model("ToolTestResult")),
    field("overrides", model("ToolOverrides")),
    extra="open",
)

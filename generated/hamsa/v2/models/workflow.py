from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa._model import OpenModel
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure
from hamsa._redact import masked_mapping
from hamsa._rules import ARRAY, RequestModel, Rules, field, list_of

from ..models.workflow_custom_variable import WorkflowCustomVariable
from ..models.workflow_edge import WorkflowEdge
from ..models.workflow_node import WorkflowNode


@_attrs_define(repr=False)
class Workflow(RequestModel, OpenModel):
    """Conversation graph of a `Flow Agent`: its nodes, the edges between them and the custom variables it extracts; ignored for `Single Prompt` agents.
    Only the fields the documented example shows are declared; any other key is kept as sent."""

    nodes: list[WorkflowNode] | None = None
    """Steps of the conversation; the entry point is the node of type `start`."""
    edges: list[WorkflowEdge] | None = None
    """Connections between nodes."""
    custom_variables: list[WorkflowCustomVariable] | None = None
    """Values the agent extracts from the conversation and can reuse."""
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "nodes",
        "edges",
        "customVariables",
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
        nodes: list[dict[str, Any]] | None = None
        if not self.nodes is None:
            nodes = []
            for nodes_item_data in self.nodes:
                nodes_item = nodes_item_data.to_wire()
                nodes.append(nodes_item)

        edges: list[dict[str, Any]] | None = None
        if not self.edges is None:
            edges = []
            for edges_item_data in self.edges:
                edges_item = edges_item_data.to_wire()
                edges.append(edges_item)

        custom_variables: list[dict[str, Any]] | None = None
        if not self.custom_variables is None:
            custom_variables = []
            for custom_variables_item_data in self.custom_variables:
                custom_variables_item = custom_variables_item_data.to_wire()
                custom_variables.append(custom_variables_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if nodes is not None:
            field_dict["nodes"] = nodes
        if edges is not None:
            field_dict["edges"] = edges
        if custom_variables is not None:
            field_dict["customVariables"] = custom_variables
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
            _nodes = d.pop("nodes", None)
            nodes: list[WorkflowNode] | None = None
            if _nodes is not None:
                nodes = []
                for nodes_item_data in _nodes:
                    nodes_item = WorkflowNode.from_dict(nodes_item_data)

                    nodes.append(nodes_item)
            _edges = d.pop("edges", None)
            edges: list[WorkflowEdge] | None = None
            if _edges is not None:
                edges = []
                for edges_item_data in _edges:
                    edges_item = WorkflowEdge.from_dict(edges_item_data)

                    edges.append(edges_item)
            _custom_variables = d.pop("customVariables", None)
            custom_variables: list[WorkflowCustomVariable] | None = None
            if _custom_variables is not None:
                custom_variables = []
                for custom_variables_item_data in _custom_variables:
                    custom_variables_item = WorkflowCustomVariable.from_dict(
                        custom_variables_item_data
                    )

                    custom_variables.append(custom_variables_item)
            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                nodes,
                edges,
                custom_variables,
                additional_properties=d,
            )
        except (ModelParseError, *PARSE_FAILURES) as error:
            raise parse_failure(error, src_dict, d, cls._JSON_KEYS) from error
        return instance_


# The documented constraints, checked before a request is sent (hamsa._rules). Outside the
# class body, where a field could be called `field` or `items`.
Workflow._RULES = Rules(
    field("nodes", list_of("WorkflowNode"), ARRAY),
    field("edges", list_of("WorkflowEdge"), ARRAY),
    field("customVariables", list_of("WorkflowCustomVariable"), ARRAY),
    extra="open",
)

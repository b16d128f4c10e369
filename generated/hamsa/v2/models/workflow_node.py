from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa._model import OpenModel
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure, wrong_type
from hamsa._redact import masked_mapping
from hamsa._rules import ARRAY, STRING, RequestModel, Rules, field, list_of, model

from ..models.workflow_node_metadata import WorkflowNodeMetadata
from ..models.workflow_position import WorkflowPosition
from ..models.workflow_transition import WorkflowTransition


@_attrs_define(repr=False)
class WorkflowNode(RequestModel, OpenModel):
    """One step of a flow agent's conversation."""

    id: str | None = None
    """Identifier of the node, unique within the workflow."""
    type: str | None = None
    """Kind of node, e.g. `start` for the entry point.
    Only `start` is shown in the documentation, so no list is enforced."""
    label: str | None = None
    """Name of the node as shown in the flow editor."""
    message: str | None = None
    """What the agent says, or is told to do, at this node."""
    message_type: str | None = None
    """How `message` is used, e.g. `prompt` (an instruction for the model rather than fixed text).
    Only `prompt` is shown, so no list is enforced."""
    position: WorkflowPosition | None = None
    """Where a node is drawn on the flow editor's canvas."""
    metadata: WorkflowNodeMetadata | None = None
    """Bookkeeping data of a node."""
    transitions: list[WorkflowTransition] | None = None
    """Ways out of this node to other nodes."""
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "id",
        "type",
        "label",
        "message",
        "messageType",
        "position",
        "metadata",
        "transitions",
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
        transitions: list[dict[str, Any]] | None = None
        if not self.transitions is None:
            transitions = []
            for transitions_item_data in self.transitions:
                transitions_item = transitions_item_data.to_wire()
                transitions.append(transitions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            field_dict["id"] = self.id
        if self.type is not None:
            field_dict["type"] = self.type
        if self.label is not None:
            field_dict["label"] = self.label
        if self.message is not None:
            field_dict["message"] = self.message
        if self.message_type is not None:
            field_dict["messageType"] = self.message_type
        if self.position is not None:
            field_dict["position"] = self.position.to_wire()
        if self.metadata is not None:
            field_dict["metadata"] = self.metadata.to_wire()
        if transitions is not None:
            field_dict["transitions"] = transitions
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
            id = d.pop("id", None)
            if id.__class__ is not str and id is not None:
                wrong_type(id, "str")
            type = d.pop("type", None)
            if type.__class__ is not str and type is not None:
                wrong_type(type, "str")
            label = d.pop("label", None)
            if label.__class__ is not str and label is not None:
                wrong_type(label, "str")
            message = d.pop("message", None)
            if message.__class__ is not str and message is not None:
                wrong_type(message, "str")
            message_type = d.pop("messageType", None)
            if message_type.__class__ is not str and message_type is not None:
                wrong_type(message_type, "str")
            position = d.pop("position", None)
            if position is not None:
                position = WorkflowPosition.from_dict(position)
            metadata = d.pop("metadata", None)
            if metadata is not None:
                metadata = WorkflowNodeMetadata.from_dict(metadata)
            _transitions = d.pop("transitions", None)
            transitions: list[WorkflowTransition] | None = None
            if _transitions is not None:
                transitions = []
                for transitions_item_data in _transitions:
                    transitions_item = WorkflowTransition.from_dict(transitions_item_data)

                    transitions.append(transitions_item)
            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                id,
                type,
                label,
                message,
                message_type,
                position,
                metadata,
                transitions,
                additional_properties=d,
            )
        except (ModelParseError, *PARSE_FAILURES) as error:
            raise parse_failure(error, src_dict, d, cls._JSON_KEYS) from error
        return instance_


# The documented constraints, checked before a request is sent (hamsa._rules). Outside the
# class body, where a field could be called `field` or `items`.
WorkflowNode._RULES = Rules(
    field("id", STRING),
    field("type", STRING),
    field("label", STRING),
    field("message", STRING),
    field("messageType", STRING),
    field("position", model("WorkflowPosition")),
    field("metadata", model("WorkflowNodeMetadata")),
    field("transitions", list_of("WorkflowTransition"), ARRAY),
    extra="open",
)

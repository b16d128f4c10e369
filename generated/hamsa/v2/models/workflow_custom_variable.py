from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa._model import OpenModel
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure, wrong_type
from hamsa._redact import masked_mapping
from hamsa._rules import ARRAY, LIST, STRING, RequestModel, Rules, field


@_attrs_define(repr=False)
class WorkflowCustomVariable(RequestModel, OpenModel):
    """A named value the flow agent extracts from the conversation and can reuse."""

    id: str | None = None
    """Identifier of the variable, unique within the workflow."""
    name: str | None = None
    """Name used to refer to the variable, e.g. `customer_name`."""
    data_type: str | None = None
    """Type of the value, e.g. `string`.
    Only `string` is shown in the documentation, so no list is enforced."""
    description: str | None = None
    """What the variable holds; may be empty."""
    default_value: str | None = None
    """Value used until one is extracted, as text."""
    extraction_prompt: str | None = None
    """Instruction telling the model how to find the value in the conversation; may be empty."""
    enum_values: list[str] | None = None
    """Values the variable is limited to; empty when any value is allowed."""
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "id",
        "name",
        "dataType",
        "description",
        "defaultValue",
        "extractionPrompt",
        "enumValues",
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
        if self.id is not None:
            field_dict["id"] = self.id
        if self.name is not None:
            field_dict["name"] = self.name
        if self.data_type is not None:
            field_dict["dataType"] = self.data_type
        if self.description is not None:
            field_dict["description"] = self.description
        if self.default_value is not None:
            field_dict["defaultValue"] = self.default_value
        if self.extraction_prompt is not None:
            field_dict["extractionPrompt"] = self.extraction_prompt
        if self.enum_values is not None:
            field_dict["enumValues"] = self.enum_values
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
            name = d.pop("name", None)
            if name.__class__ is not str and name is not None:
                wrong_type(name, "str")
            data_type = d.pop("dataType", None)
            if data_type.__class__ is not str and data_type is not None:
                wrong_type(data_type, "str")
            description = d.pop("description", None)
            if description.__class__ is not str and description is not None:
                wrong_type(description, "str")
            default_value = d.pop("defaultValue", None)
            if default_value.__class__ is not str and default_value is not None:
                wrong_type(default_value, "str")
            extraction_prompt = d.pop("extractionPrompt", None)
            if extraction_prompt.__class__ is not str and extraction_prompt is not None:
                wrong_type(extraction_prompt, "str")
            enum_values: list[str] | None = d.pop("enumValues", None)
            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                id,
                name,
                data_type,
                description,
                default_value,
                extraction_prompt,
                enum_values,
                additional_properties=d,
            )
        except (ModelParseError, *PARSE_FAILURES) as error:
            raise parse_failure(error, src_dict, d, cls._JSON_KEYS) from error
        return instance_


# The documented constraints, checked before a request is sent (hamsa._rules). Outside the
# class body, where a field could be called `field` or `items`.
WorkflowCustomVariable._RULES = Rules(
    field("id", STRING),
    field("name", STRING),
    field("dataType", STRING),
    field("description", STRING),
    field("defaultValue", STRING),
    field("extractionPrompt", STRING),
    field("enumValues", LIST, ARRAY),
    extra="open",
)

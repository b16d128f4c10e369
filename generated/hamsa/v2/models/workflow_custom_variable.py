from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa import _constraints
from hamsa._constraints import ABSENT, Violation
from hamsa._model import Model
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure, wrong_type
from hamsa._redact import masked_mapping


@_attrs_define(repr=False)
class WorkflowCustomVariable(Model):
    """A named value the flow agent extracts from the conversation and can reuse."""

    id: str | None = None
    """ Identifier of the variable, unique within the workflow. """
    name: str | None = None
    """ Name used to refer to the variable, e.g. `customer_name`. """
    data_type: str | None = None
    """ Type of the value, e.g. `string`.
    Only `string` is shown in the documentation, so no list is enforced. """
    description: str | None = None
    """ What the variable holds; may be empty. """
    default_value: str | None = None
    """ Value used until one is extracted, as text. """
    extraction_prompt: str | None = None
    """ Instruction telling the model how to find the value in the conversation; may be empty. """
    enum_values: list[str] | None = None
    """ Values the variable is limited to; empty when any value is allowed. """
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
        id = self.id

        name = self.name

        data_type = self.data_type

        description = self.description

        default_value = self.default_value

        extraction_prompt = self.extraction_prompt

        enum_values: list[str] | None = None
        if not self.enum_values is None:
            enum_values = self.enum_values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not None:
            field_dict["id"] = id
        if name is not None:
            field_dict["name"] = name
        if data_type is not None:
            field_dict["dataType"] = data_type
        if description is not None:
            field_dict["description"] = description
        if default_value is not None:
            field_dict["defaultValue"] = default_value
        if extraction_prompt is not None:
            field_dict["extractionPrompt"] = extraction_prompt
        if enum_values is not None:
            field_dict["enumValues"] = enum_values
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

    def collect_violations(
        self, prefix: str = "", out: list[Violation] | None = None
    ) -> list[Violation]:
        """Every documented constraint this value breaks, each named by its field path."""
        out = [] if out is None else out
        v: Any
        v = self.id
        if v is not None and not (type(v) is str):
            _constraints.check_type(out, prefix + "id", v, "string", False)

        if v is None and "id" in self._wire_nulls:
            _constraints.check_type(out, prefix + "id", None, "string", False)

        v = self.name
        if v is not None and not (type(v) is str):
            _constraints.check_type(out, prefix + "name", v, "string", False)

        if v is None and "name" in self._wire_nulls:
            _constraints.check_type(out, prefix + "name", None, "string", False)

        v = self.data_type
        if v is not None and not (type(v) is str):
            _constraints.check_type(out, prefix + "data_type", v, "string", False)

        if v is None and "dataType" in self._wire_nulls:
            _constraints.check_type(out, prefix + "data_type", None, "string", False)

        v = self.description
        if v is not None and not (type(v) is str):
            _constraints.check_type(out, prefix + "description", v, "string", False)

        if v is None and "description" in self._wire_nulls:
            _constraints.check_type(out, prefix + "description", None, "string", False)

        v = self.default_value
        if v is not None and not (type(v) is str):
            _constraints.check_type(out, prefix + "default_value", v, "string", False)

        if v is None and "defaultValue" in self._wire_nulls:
            _constraints.check_type(out, prefix + "default_value", None, "string", False)

        v = self.extraction_prompt
        if v is not None and not (type(v) is str):
            _constraints.check_type(out, prefix + "extraction_prompt", v, "string", False)

        if v is None and "extractionPrompt" in self._wire_nulls:
            _constraints.check_type(out, prefix + "extraction_prompt", None, "string", False)

        v = self.enum_values
        if v is not None and not (type(v) is list):
            _constraints.check_type(out, prefix + "enum_values", v, "array", False)

        if v is None and "enumValues" in self._wire_nulls:
            _constraints.check_type(out, prefix + "enum_values", None, "array", False)

        return out

    @classmethod
    def _wire_ok(cls, d: Mapping[str, Any]) -> bool:
        """True when `d` (camelCase JSON) is a valid body that from_dict/to_dict would send unchanged.
        False sends it the slow way, which checks and words every problem."""
        v = d.get("id", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str):
                return False
        v = d.get("name", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str):
                return False
        v = d.get("dataType", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str):
                return False
        v = d.get("description", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str):
                return False
        v = d.get("defaultValue", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str):
                return False
        v = d.get("extractionPrompt", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str):
                return False
        v = d.get("enumValues", ABSENT)
        if v is not ABSENT:
            if not (type(v) is list):
                return False
        return True

    @classmethod
    def _fields_wire(cls, f: Mapping[str, Any]) -> dict[str, Any] | None:
        """The body for the SDK's snake_case keyword arguments `f`, checked as _wire_ok checks it.
        None when only the slow path (hamsa._wire) can build and check it."""
        w: dict[str, Any] = {}
        v = f.get("id", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str):
                return None
            w["id"] = v
        v = f.get("name", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str):
                return None
            w["name"] = v
        v = f.get("data_type", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str):
                return None
            w["dataType"] = v
        v = f.get("description", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str):
                return None
            w["description"] = v
        v = f.get("default_value", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str):
                return None
            w["defaultValue"] = v
        v = f.get("extraction_prompt", ABSENT)
        if v is not ABSENT:
            if not (type(v) is str):
                return None
            w["extractionPrompt"] = v
        v = f.get("enum_values", ABSENT)
        if v is not ABSENT:
            if not (type(v) is list):
                return None
            w["enumValues"] = v
        if len(w) != len(f):
            return None
        return w

    def validate(self) -> None:
        """Raise hamsa.RequestValidationError listing every broken constraint, if any."""
        _constraints.raise_if_any(self.collect_violations())

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

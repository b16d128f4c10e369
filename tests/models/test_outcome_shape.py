"""outcome_response_shape: the documented OpenAPI-style shape, from a dict or a Python type."""

from __future__ import annotations

import copy
import dataclasses
import datetime
import enum
import json
import os
import subprocess
import sys
from typing import Any, Literal, NotRequired, Required, TypedDict

import pytest
from fuzz_budget import examples
from hamsa import RequestValidationError
from hamsa._outcome_shape import SHAPE_TYPES, to_outcome_shape
from hypothesis import given, settings
from hypothesis import strategies as st

PROPERTY = settings(max_examples=examples(200), deadline=None)

DOCUMENTED = {
    "type": "object",
    "properties": {"test": {"type": "number", "description": "Hello world from Hamsa AI!"}},
    "required": ["test"],
}


def violations_of(value: Any, **kwargs: Any) -> list[tuple[str, str]]:
    with pytest.raises(RequestValidationError) as caught:
        to_outcome_shape(value, **kwargs)
    assert isinstance(caught.value, ValueError)
    return [(v.path, v.constraint) for v in caught.value.violations]


def paths_of(value: Any) -> list[str]:
    return [path for path, _ in violations_of(value)]


def refs_or_titles(shape: Any) -> list[str]:
    """Every "$ref", "$defs" or "title" keyword anywhere in a shape (property names aside)."""
    found: list[str] = []
    if isinstance(shape, dict):
        found += [key for key in shape if key in ("$ref", "$defs", "title")]
        for key, value in shape.items():
            if key == "properties":
                for sub in value.values():
                    found += refs_or_titles(sub)
            elif isinstance(value, dict):
                found += refs_or_titles(value)
    return found


# --- shape dicts -------------------------------------------------------------------------------


def test_the_documented_example_is_accepted_as_is() -> None:
    assert to_outcome_shape(DOCUMENTED) == DOCUMENTED


def test_the_result_is_a_fresh_plain_json_copy() -> None:
    given_shape = {
        "type": "object",
        "properties": {"tags": {"type": "array", "items": {"type": "string"}}},
        "required": ("tags",),
    }
    before = copy.deepcopy(given_shape)
    shape = to_outcome_shape(given_shape)
    shape["properties"]["tags"]["items"]["type"] = "number"
    assert given_shape == before
    assert shape["required"] == ["tags"]
    assert json.loads(json.dumps(shape)) == shape


def test_an_empty_dict_means_no_shape() -> None:
    # The documented v2 create/update payloads send "outcomeResponseShape": {}.
    assert to_outcome_shape({}) == {}


def test_unknown_json_schema_keywords_are_kept() -> None:
    shape = {
        "type": "object",
        "description": "What the call achieved",
        "properties": {
            "status": {"type": "string", "enum": ["done", "callback"], "format": "x-status"},
            "score": {"type": "integer", "minimum": 1, "maximum": 5, "examples": [3]},
        },
        "additionalProperties": False,
    }
    assert to_outcome_shape(shape) == shape


def test_a_generated_shape_model_is_accepted() -> None:
    from hamsa.v2.models.outcome_response_shape import OutcomeResponseShape

    model = OutcomeResponseShape.from_dict(DOCUMENTED)
    assert to_outcome_shape(model) == DOCUMENTED


def test_nested_objects_and_arrays_are_checked_at_every_level() -> None:
    shape = {
        "type": "object",
        "properties": {
            "orders": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {"sku": {"type": "strin"}, "qty": {"description": "count"}},
                },
            }
        },
    }
    assert violations_of(shape) == [
        (
            "outcome_response_shape.properties.orders.items.properties.sku.type",
            "must be one of object, array, string, number, integer, boolean",
        ),
        (
            "outcome_response_shape.properties.orders.items.properties.qty.type",
            "is required: one of object, array, string, number, integer, boolean",
        ),
    ]


@pytest.mark.parametrize(
    ("shape", "path", "says"),
    [
        ({"properties": {}}, "outcome_response_shape.type", "is required"),
        ({"type": "date"}, "outcome_response_shape.type", "must be one of"),
        ({"type": ["string", "null"]}, "outcome_response_shape.type", "must be one of"),
        (
            {"type": "object", "properties": {"a": {"type": "string"}}, "required": ["b"]},
            "outcome_response_shape.required",
            "'b'",
        ),
        ({"type": "object", "required": "a"}, "outcome_response_shape.required", "list"),
        ({"type": "object", "properties": ["a"]}, "outcome_response_shape.properties", "map"),
        (
            {"type": "object", "properties": {"a": "string"}},
            "outcome_response_shape.properties.a",
            "must be a shape",
        ),
        ({"type": "array", "items": "string"}, "outcome_response_shape.items", "must be a shape"),
        ({"type": "string", "properties": {}}, "outcome_response_shape.properties", "'object'"),
        ({"type": "string", "items": {"type": "string"}}, "outcome_response_shape.items", "array"),
        ({"type": "number", "required": []}, "outcome_response_shape.required", "'object'"),
        ({"type": "string", "description": 5}, "outcome_response_shape.description", "text"),
        ({"type": "string", "enum": []}, "outcome_response_shape.enum", "non-empty"),
        ({"type": "string", "enum": ["a", 1]}, "outcome_response_shape.enum", "1 is not"),
        ({"type": "integer", "enum": [True]}, "outcome_response_shape.enum", "True is not"),
        ({"$ref": "#/$defs/A", "type": "object"}, "outcome_response_shape.$ref", "not supported"),
        ({"type": "string", "default": object()}, "outcome_response_shape.default", "JSON"),
    ],
)
def test_each_malformed_level_is_named_by_its_path(
    shape: dict[str, Any], path: str, says: str
) -> None:
    found = violations_of(shape)
    assert any(where == path and says in constraint for where, constraint in found), found


def test_every_problem_is_reported_at_once() -> None:
    shape = {
        "type": "object",
        "properties": {"a": {"type": "nope"}, "b": {}},
        "required": ["a", "c"],
    }
    assert paths_of(shape) == [
        "outcome_response_shape.properties.a.type",
        "outcome_response_shape.properties.b.type",
        "outcome_response_shape.required",
    ]


def test_the_path_can_name_an_inline_agent() -> None:
    assert paths_of({"type": "?"}) == ["outcome_response_shape.type"]
    found = violations_of({"type": "?"}, path="agent.outcome_response_shape")
    assert [path for path, _ in found] == ["agent.outcome_response_shape.type"]


def test_the_error_message_names_the_field_and_the_problem() -> None:
    with pytest.raises(RequestValidationError) as caught:
        to_outcome_shape({"type": "object", "properties": {"test": {"type": "float"}}})
    assert str(caught.value) == (
        "outcome_response_shape.properties.test.type = 'float': "
        "must be one of object, array, string, number, integer, boolean"
    )


@pytest.mark.parametrize(
    "value", [None, 5, "object", ["type", "object"], int, object, json.dumps(DOCUMENTED)]
)
def test_anything_else_is_refused_naming_what_is_accepted(value: Any) -> None:
    ((path, says),) = violations_of(value)
    assert path == "outcome_response_shape"
    assert "shape dict" in says
    assert "dataclass" in says and "TypedDict" in says and "pydantic" in says


# --- dataclasses --------------------------------------------------------------------------------


class Priority(enum.Enum):
    LOW = "low"
    HIGH = "high"


class Stars(enum.IntEnum):
    ONE = 1
    FIVE = 5


@dataclasses.dataclass
class OrderLine:
    """One product the caller ordered."""

    sku: str
    """The product's stock-keeping unit."""
    quantity: int = 1


@dataclasses.dataclass
class CallOutcome:
    satisfied: bool
    score: float = dataclasses.field(metadata={"description": "Satisfaction from 0 to 1"})
    priority: Priority
    stars: Stars
    channel: Literal["phone", "email"]
    lines: list[OrderLine]
    tags: list[str] = dataclasses.field(default_factory=list)
    follow_up: str | None = None
    callback_at: str | None = dataclasses.field(
        default=None, metadata={"description": "ISO time to call back"}
    )
    reason: Literal["price", "quality"] | None = None


def test_a_dataclass_becomes_an_object_shape() -> None:
    assert to_outcome_shape(CallOutcome) == {
        "type": "object",
        "properties": {
            "satisfied": {"type": "boolean"},
            "score": {"type": "number", "description": "Satisfaction from 0 to 1"},
            "priority": {"type": "string", "enum": ["low", "high"]},
            "stars": {"type": "integer", "enum": [1, 5]},
            "channel": {"type": "string", "enum": ["phone", "email"]},
            "lines": {
                "type": "array",
                "items": {
                    "type": "object",
                    "description": "One product the caller ordered.",
                    "properties": {
                        "sku": {
                            "type": "string",
                            "description": "The product's stock-keeping unit.",
                        },
                        "quantity": {"type": "integer"},
                    },
                    "required": ["sku"],
                },
            },
            "tags": {"type": "array", "items": {"type": "string"}},
            "follow_up": {"type": "string"},
            "callback_at": {"type": "string", "description": "ISO time to call back"},
            "reason": {"type": "string", "enum": ["price", "quality"]},
        },
        "required": ["satisfied", "score", "priority", "stars", "channel", "lines"],
    }


@dataclasses.dataclass
class MaybeRating:
    rating: int | None  # no default, but it may be None: the model may leave it out


def test_optional_fields_are_not_required_even_without_a_default() -> None:
    assert to_outcome_shape(MaybeRating) == {
        "type": "object",
        "properties": {"rating": {"type": "integer"}},
    }


@dataclasses.dataclass
class Customer:
    name: str


@dataclasses.dataclass
class Ticket:
    customer: Customer = dataclasses.field(metadata={"description": "Who called"})


def test_a_fields_description_wins_over_its_types() -> None:
    shape = to_outcome_shape(Ticket)
    assert shape["properties"]["customer"] == {
        "type": "object",
        "description": "Who called",
        "properties": {"name": {"type": "string"}},
        "required": ["name"],
    }
    assert "description" not in shape  # no docstring: dataclasses' own signature is not used


@dataclasses.dataclass
class Node:
    label: str
    children: list[Node]


@dataclasses.dataclass
class Untyped:
    data: dict[str, int]
    when: datetime.date
    either: int | str
    anything: list  # type: ignore[type-arg]


def test_types_the_shape_cannot_express_are_refused_by_field() -> None:
    found = violations_of(Untyped)
    assert [path for path, _ in found] == [
        "outcome_response_shape.properties.data",
        "outcome_response_shape.properties.when",
        "outcome_response_shape.properties.either",
        "outcome_response_shape.properties.anything",
    ]
    assert "unions other than T | None" in found[2][1]
    assert "element type" in found[3][1]


def test_a_recursive_dataclass_is_refused() -> None:
    ((path, says),) = violations_of(Node)
    assert path == "outcome_response_shape.properties.children.items"
    assert "Node -> Node" in says


def test_a_dataclass_instance_is_refused_with_a_hint() -> None:
    assert violations_of(Customer(name="Sara")) == [
        ("outcome_response_shape", "pass the class itself, not an instance of it")
    ]


@dataclasses.dataclass
class BadDescription:
    x: int = dataclasses.field(metadata={"description": 5})


def test_a_non_text_metadata_description_is_refused() -> None:
    assert paths_of(BadDescription) == ["outcome_response_shape.properties.x.description"]


def test_a_type_hint_that_cannot_be_resolved_is_reported() -> None:
    @dataclasses.dataclass
    class Wrapper:
        inner: LocalOnly  # type: ignore[name-defined]  # noqa: F821

    ((path, says),) = violations_of(Wrapper)
    assert path == "outcome_response_shape"
    assert "Wrapper" in says and "LocalOnly" in says and "module level" in says


def test_a_locally_defined_dataclass_works() -> None:
    @dataclasses.dataclass
    class LocalOutcome:
        """Local."""

        amount: float
        """How much."""

    assert to_outcome_shape(LocalOutcome) == {
        "type": "object",
        "description": "Local.",
        "properties": {"amount": {"type": "number", "description": "How much."}},
        "required": ["amount"],
    }


# --- TypedDicts ----------------------------------------------------------------------------------


class Address(TypedDict):
    city: str
    zip: NotRequired[str]


class Lead(TypedDict, total=False):
    """A sales lead."""

    email: Required[str]
    phone: str
    address: Address
    budget: int | None


def test_a_typeddict_becomes_an_object_shape_with_its_required_keys() -> None:
    assert to_outcome_shape(Lead) == {
        "type": "object",
        "description": "A sales lead.",
        "properties": {
            "email": {"type": "string"},
            "phone": {"type": "string"},
            "address": {
                "type": "object",
                "properties": {"city": {"type": "string"}, "zip": {"type": "string"}},
                "required": ["city"],
            },
            "budget": {"type": "integer"},
        },
        "required": ["email"],
    }


class Flags(TypedDict):
    urgent: bool
    note: str | None


def test_a_typeddict_key_that_may_be_none_is_not_required() -> None:
    assert to_outcome_shape(Flags)["required"] == ["urgent"]


# --- pydantic (optional: only when the user has it) -----------------------------------------------


def test_the_module_never_imports_pydantic() -> None:
    code = (
        "import dataclasses, sys\n"
        "from hamsa._outcome_shape import to_outcome_shape\n"
        "@dataclasses.dataclass\n"
        "class A:\n"
        "    x: int\n"
        "to_outcome_shape(A)\n"
        "to_outcome_shape({'type': 'string'})\n"
        "assert 'pydantic' not in sys.modules, 'pydantic was imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, env=dict(os.environ))


def test_a_pydantic_model_is_inlined_into_the_documented_shape() -> None:
    pydantic = pytest.importorskip("pydantic")

    class Contact(pydantic.BaseModel):  # type: ignore[misc, name-defined]
        """How to reach the caller."""

        email: str = pydantic.Field(description="Work email")
        phone: str | None = None

    class Summary(pydantic.BaseModel):  # type: ignore[misc, name-defined]
        resolved: bool
        topic: Literal["billing", "support"]
        kind: Literal["call"]
        priority: Priority
        contact: Contact
        others: list[Contact] = pydantic.Field(default_factory=list)
        rating: int | None = pydantic.Field(default=None, description="1 to 5")

    shape = to_outcome_shape(Summary)
    contact = {
        "type": "object",
        "description": "How to reach the caller.",
        "properties": {
            "email": {"type": "string", "description": "Work email"},
            "phone": {"type": "string"},
        },
        "required": ["email"],
    }
    assert refs_or_titles(shape) == []
    assert shape["type"] == "object"
    assert shape["required"] == ["resolved", "topic", "kind", "priority", "contact"]
    props = shape["properties"]
    assert props["resolved"] == {"type": "boolean"}
    assert props["topic"] == {"type": "string", "enum": ["billing", "support"]}
    assert props["kind"] == {"type": "string", "enum": ["call"]}
    assert props["priority"] == {"type": "string", "enum": ["low", "high"]}
    assert props["contact"] == contact
    assert props["others"]["items"] == contact
    assert props["rating"] == {"type": "integer", "description": "1 to 5"}


def test_a_pydantic_field_that_may_be_none_is_not_required() -> None:
    pydantic = pytest.importorskip("pydantic")

    class Maybe(pydantic.BaseModel):  # type: ignore[misc, name-defined]
        value: int | None

    assert to_outcome_shape(Maybe) == {
        "type": "object",
        "properties": {"value": {"type": "integer"}},
    }


def test_pydantic_aliases_are_the_property_names() -> None:
    pydantic = pytest.importorskip("pydantic")

    class Aliased(pydantic.BaseModel):  # type: ignore[misc, name-defined]
        first_name: str = pydantic.Field(alias="firstName")

    assert to_outcome_shape(Aliased) == {
        "type": "object",
        "properties": {"firstName": {"type": "string"}},
        "required": ["firstName"],
    }


def test_a_recursive_pydantic_model_is_refused() -> None:
    pydantic = pytest.importorskip("pydantic")

    class Tree(pydantic.BaseModel):  # type: ignore[misc, name-defined]
        children: list[Tree]

    Tree.model_rebuild(_types_namespace={"Tree": Tree})
    ((path, says),) = violations_of(Tree)
    assert path.startswith("outcome_response_shape")
    assert "shapes cannot recurse" in says


def test_a_pydantic_union_is_refused_by_field() -> None:
    pydantic = pytest.importorskip("pydantic")

    class Mixed(pydantic.BaseModel):  # type: ignore[misc, name-defined]
        value: int | str

    assert violations_of(Mixed) == [
        (
            "outcome_response_shape.properties.value",
            "unions other than T | None are not supported",
        )
    ]


def test_a_pydantic_instance_is_refused_with_a_hint() -> None:
    pydantic = pytest.importorskip("pydantic")

    class Point(pydantic.BaseModel):  # type: ignore[misc, name-defined]
        x: int

    assert violations_of(Point(x=1)) == [
        ("outcome_response_shape", "pass the class itself, not an instance of it")
    ]


def test_a_dataclass_may_nest_a_pydantic_model() -> None:
    pydantic = pytest.importorskip("pydantic")

    class Inner(pydantic.BaseModel):  # type: ignore[misc, name-defined]
        x: int

    # Built with real type objects: this module's postponed annotations could not name Inner.
    outer = dataclasses.make_dataclass("Outer", [("inner", Inner)])
    assert to_outcome_shape(outer)["properties"]["inner"] == {
        "type": "object",
        "properties": {"x": {"type": "integer"}},
        "required": ["x"],
    }


# --- properties -----------------------------------------------------------------------------------

descriptions = st.none() | st.text(max_size=10)
prop_names = st.text(alphabet="abcxyz_", min_size=1, max_size=6)
LEAF_TYPES = [kind for kind in SHAPE_TYPES if kind not in ("object", "array")]


def _leaf(kind: str, description: str | None) -> dict[str, Any]:
    shape: dict[str, Any] = {"type": kind}
    if description is not None:
        shape["description"] = description
    return shape


def _object(properties: dict[str, Any], required: list[str]) -> dict[str, Any]:
    shape: dict[str, Any] = {"type": "object", "properties": properties}
    if required:
        shape["required"] = required
    return shape


@st.composite
def _objects(draw: st.DrawFn, children: st.SearchStrategy[dict[str, Any]]) -> dict[str, Any]:
    properties = draw(st.dictionaries(prop_names, children, max_size=4))
    required = (
        draw(st.lists(st.sampled_from(sorted(properties)), unique=True)) if properties else []
    )
    return _object(properties, required)


valid_shapes = st.recursive(
    st.builds(_leaf, st.sampled_from(LEAF_TYPES), descriptions),
    lambda children: _objects(children) | children.map(lambda s: {"type": "array", "items": s}),
    max_leaves=12,
)


def _levels(shape: dict[str, Any], path: str = "outcome_response_shape") -> list[list[str]]:
    """The key path of every level in a shape, with its dotted error path last."""
    found = [[path]]
    for name, sub in shape.get("properties", {}).items():
        for keys in _levels(sub, f"{path}.properties.{name}"):
            found.append(["properties", name, *keys])
    if "items" in shape:
        for keys in _levels(shape["items"], f"{path}.items"):
            found.append(["items", *keys])
    return found


@PROPERTY
@given(valid_shapes)
def test_any_valid_shape_comes_back_unchanged_and_as_json(shape: dict[str, Any]) -> None:
    result = to_outcome_shape(shape)
    assert result == shape
    assert json.loads(json.dumps(result)) == result
    assert to_outcome_shape(result) == result


@PROPERTY
@given(valid_shapes, st.data())
def test_a_level_without_a_type_is_reported_at_exactly_its_path(
    shape: dict[str, Any], data: st.DataObject
) -> None:
    *keys, path = data.draw(st.sampled_from(_levels(shape)))
    broken = copy.deepcopy(shape)
    level = broken
    for key in keys:
        level = level[key]
    del level["type"]
    if not broken:
        return  # {} at the top is the documented "no shape"
    assert paths_of(broken) == [f"{path}.type"]

"""``outcome_response_shape``: the structured result to extract from a finished conversation.

The API takes it in an OpenAPI/JSON-Schema style, recursive shape::

    {"type": "object",
     "properties": {"test": {"type": "number", "description": "Hello world from Hamsa AI!"}},
     "required": ["test"]}

to_outcome_shape() accepts that dict (checked, and returned as a fresh plain-JSON copy), or
builds it from a Python type: a dataclass, a TypedDict or, when the user has pydantic, a
pydantic model class. pydantic is never imported by this module: a pydantic class can only
exist once the user has imported pydantic themselves.

Rules, the same for every source:

* every level has a ``type``: object, array, string, number, integer or boolean;
* ``properties`` (objects only) maps names to shapes; ``items`` (arrays only) is a shape;
  ``required`` (objects only) lists names that exist under ``properties``;
* ``description``, ``enum``, ``format`` and other JSON-Schema keywords are kept as given
  (they must be JSON data); ``$ref`` is refused: the API wants every level written out;
* ``{}`` at the top is accepted and returned as ``{}``: the documented v2 payloads send it to
  mean "no structured outcome".

From a Python type, a field is required when it has no default and its type is not
``T | None`` (the documented shape has no null type). str, int, float and bool map to
string, integer, number and boolean; ``list[T]`` to an array; ``Literal[...]`` and Enum
classes to an ``enum``; nested dataclasses and TypedDicts to nested objects. A field's
``description`` comes from ``dataclasses.field(metadata={"description": ...})`` or else from
the string literal written under the field (an attribute docstring); a class docstring
describes its object.
"""

from __future__ import annotations

import ast
import dataclasses
import enum
import inspect
import sys
import textwrap
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Literal, NotRequired, Required, Union

from ._exceptions import RequestValidationError, Violation

__all__ = ["SHAPE_TYPES", "to_outcome_shape"]

SHAPE_TYPES: typing.Final = ("object", "array", "string", "number", "integer", "boolean")
DEFAULT_PATH: typing.Final = "outcome_response_shape"
ACCEPTED: typing.Final = (
    "must be a shape dict such as {'type': 'object', 'properties': {...}, 'required': [...]}, "
    "a dataclass class, a TypedDict class or a pydantic model class"
)
_TYPES_TEXT = ", ".join(SHAPE_TYPES)
_SUPPORTED_TYPES_TEXT = (
    "use str, int, float, bool, list[T], Literal[...], an Enum, a nested dataclass, "
    "TypedDict or pydantic model, or T | None"
)
_PRIMITIVES: typing.Final[dict[object, str]] = {
    str: "string",
    bool: "boolean",
    int: "integer",
    float: "number",
}
_SEQUENCE_ORIGINS: typing.Final = (list, tuple, Sequence)

Shape = dict[str, Any]


def to_outcome_shape(value: Any, *, path: str = DEFAULT_PATH) -> Shape:
    """``value`` as the documented outcomeResponseShape dict.

    Accepts a shape dict, a generated OutcomeResponseShape model, or a dataclass, TypedDict
    or pydantic model *class*. ``path`` names the field in error messages (e.g.
    ``"agent.outcome_response_shape"`` for an inline agent).

    Raises:
        hamsa.RequestValidationError: the shape is malformed, a type cannot be expressed as a
            shape, or ``value`` is none of the accepted kinds. Each Violation's path points at
            the offending level, e.g. ``outcome_response_shape.properties.test.type``.
    """
    out: list[Violation] = []
    shape = _convert(value, path, out)
    if out:
        raise RequestValidationError(out)
    return shape


def _convert(value: Any, path: str, out: list[Violation]) -> Shape:
    if isinstance(value, Mapping):
        return {} if not value else _checked(value, path, out)
    if isinstance(value, type):
        built = _from_class(value, path, out)
        # Checked again as a dict: whatever a type produced must pass the same rules.
        return _checked(built, path, out) if built is not None and not out else {}
    to_wire = getattr(value, "to_wire", None)
    if callable(to_wire):  # a generated hamsa.v1/v2 OutcomeResponseShape model
        return _convert(to_wire(), path, out)
    if dataclasses.is_dataclass(value) or _is_pydantic_model(type(value)):
        out.append(Violation(path, value, "pass the class itself, not an instance of it"))
    else:
        out.append(Violation(path, value, ACCEPTED))
    return {}


def _from_class(cls: type, path: str, out: list[Violation]) -> Shape | None:
    if _is_pydantic_model(cls):
        return _from_pydantic(cls, path, out)
    if dataclasses.is_dataclass(cls) or typing.is_typeddict(cls):
        return _object_from_fields(cls, path, out, stack=())
    out.append(Violation(path, cls, ACCEPTED))
    return None


# --- checking a shape dict ---------------------------------------------------------------


def _checked(shape: Mapping[Any, Any], path: str, out: list[Violation]) -> Shape:
    """A plain-JSON copy of one level, with every broken rule added to ``out``."""
    result: Shape = {}
    kind = shape.get("type")
    if "type" not in shape:
        out.append(Violation(f"{path}.type", None, f"is required: one of {_TYPES_TEXT}"))
    elif kind not in SHAPE_TYPES:
        out.append(Violation(f"{path}.type", kind, f"must be one of {_TYPES_TEXT}"))
    else:
        result["type"] = kind
    for key, item in shape.items():
        where = f"{path}.{key}"
        if not isinstance(key, str):
            out.append(Violation(where, key, "keys must be text"))
        elif key == "type":
            continue
        elif key == "properties":
            _only_for(kind, "object", where, item, out)
            result[key] = _checked_properties(item, where, out)
        elif key == "items":
            _only_for(kind, "array", where, item, out)
            if isinstance(item, Mapping):
                result[key] = _checked(item, where, out)
            else:
                out.append(Violation(where, item, "must be a shape (a dict with a 'type')"))
        elif key == "required":
            _only_for(kind, "object", where, item, out)
            result[key] = _checked_required(item, shape.get("properties"), where, out)
        elif key == "description" and not isinstance(item, str):
            out.append(Violation(where, item, "must be text"))
        elif key == "enum":
            result[key] = _checked_enum(item, kind, where, out)
        elif key == "$ref":
            out.append(Violation(where, item, "is not supported: write the referenced shape out"))
        else:
            result[key] = _json_copy(item, where, out)
    return result


def _only_for(kind: object, wanted: str, where: str, item: object, out: list[Violation]) -> None:
    if kind in SHAPE_TYPES and kind != wanted:
        out.append(Violation(where, item, f"only applies to type '{wanted}', not '{kind}'"))


def _checked_properties(item: object, where: str, out: list[Violation]) -> Shape:
    if not isinstance(item, Mapping):
        out.append(Violation(where, item, "must map each property name to its shape"))
        return {}
    properties: Shape = {}
    for name, sub in item.items():
        if not isinstance(name, str):
            out.append(Violation(f"{where}.{name}", name, "property names must be text"))
        elif not isinstance(sub, Mapping):
            out.append(Violation(f"{where}.{name}", sub, "must be a shape (a dict with a 'type')"))
        else:
            properties[name] = _checked(sub, f"{where}.{name}", out)
    return properties


def _checked_required(
    item: object, properties: object, where: str, out: list[Violation]
) -> list[str]:
    if not isinstance(item, list | tuple) or not all(isinstance(name, str) for name in item):
        out.append(Violation(where, item, "must be a list of property names"))
        return []
    names = list(dict.fromkeys(item))
    known = properties if isinstance(properties, Mapping) else {}
    unknown = [name for name in names if name not in known]
    if unknown:
        listed = ", ".join(repr(name) for name in unknown)
        out.append(Violation(where, item, f"names properties that are not defined: {listed}"))
    return names


def _checked_enum(item: object, kind: object, where: str, out: list[Violation]) -> list[Any]:
    if not isinstance(item, list | tuple) or not item:
        out.append(Violation(where, item, "must be a non-empty list of allowed values"))
        return []
    check = _VALUE_CHECKS.get(kind) if isinstance(kind, str) else None
    for value in item:
        if check is not None and not check(value):
            out.append(Violation(where, item, f"{value!r} is not of type '{kind}'"))
            break
    copied = _json_copy(list(item), where, out)
    assert isinstance(copied, list)
    return copied


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


_VALUE_CHECKS: dict[str, Callable[[object], bool]] = {
    "string": lambda value: isinstance(value, str),
    "integer": lambda value: isinstance(value, int) and not isinstance(value, bool),
    "number": _is_number,
    "boolean": lambda value: isinstance(value, bool),
    "object": lambda value: isinstance(value, Mapping),
    "array": lambda value: isinstance(value, list | tuple),
}


def _json_copy(value: object, where: str, out: list[Violation]) -> Any:
    if value is None or isinstance(value, str | bool | int | float):
        return value
    if isinstance(value, Mapping):
        copied: Shape = {}
        for key, item in value.items():
            if not isinstance(key, str):
                out.append(Violation(where, value, "keys must be text"))
                return None
            copied[key] = _json_copy(item, f"{where}.{key}", out)
        return copied
    if isinstance(value, list | tuple):
        return [_json_copy(item, where, out) for item in value]
    out.append(Violation(where, value, "must be JSON data (text, number, bool, list or dict)"))
    return None


# --- dataclasses and TypedDicts ------------------------------------------------------------


def _object_from_fields(
    cls: type, path: str, out: list[Violation], stack: tuple[type, ...]
) -> Shape:
    """The object shape of a dataclass or TypedDict; ``stack`` guards against recursion."""
    if cls in stack:
        chain = " -> ".join(item.__name__ for item in (*stack, cls))
        out.append(Violation(path, cls, f"refers to itself ({chain}); shapes cannot recurse"))
        return {}
    try:
        hints = typing.get_type_hints(cls, include_extras=True)
    except Exception as error:  # NameError for unresolvable forward references, and kin
        out.append(
            Violation(
                path,
                cls,
                f"could not resolve the type hints of {cls.__qualname__} ({error}); "
                "classes named in annotations must be importable, e.g. at module level",
            )
        )
        return {}
    docs = _attribute_docs(cls)
    properties: Shape = {}
    required: list[str] = []
    for name, hint, has_default, description in _fields(cls, hints, path, out):
        where = f"{path}.properties.{name}"
        wants, hint = _required_marker(hint)
        field_shape, optional = _shape_for(hint, where, out, (*stack, cls))
        description = description or docs.get(name)
        if description:
            field_shape = _with_description(field_shape, description)
        properties[name] = field_shape
        must = (not has_default) if wants is None else wants
        if must and not optional:
            required.append(name)
    shape: Shape = {"type": "object"}
    doc = _class_doc(cls)
    if doc:
        shape["description"] = doc
    shape["properties"] = properties
    if required:
        shape["required"] = required
    return shape


def _fields(
    cls: type, hints: Mapping[str, Any], path: str, out: list[Violation]
) -> list[tuple[str, Any, bool, str | None]]:
    """(name, type, has a default, metadata description) for each field of ``cls``."""
    if not dataclasses.is_dataclass(cls):  # a TypedDict
        required_keys: frozenset[str] = getattr(cls, "__required_keys__", frozenset())
        return [(name, hint, name not in required_keys, None) for name, hint in hints.items()]
    rows: list[tuple[str, Any, bool, str | None]] = []
    for field in dataclasses.fields(cls):
        has_default = (
            field.default is not dataclasses.MISSING
            or field.default_factory is not dataclasses.MISSING
        )
        description = field.metadata.get("description")
        if description is not None and not isinstance(description, str):
            where = f"{path}.properties.{field.name}.description"
            out.append(Violation(where, description, "metadata 'description' must be text"))
            description = None
        rows.append((field.name, hints.get(field.name, field.type), has_default, description))
    return rows


def _required_marker(hint: Any) -> tuple[bool | None, Any]:
    """TypedDict's Required[...] / NotRequired[...] (kept by include_extras), unwrapped.

    Read here rather than trusted from __required_keys__ alone: with postponed annotations
    Python 3.11 computes __required_keys__ from strings and can miss them.
    """
    origin = typing.get_origin(hint)
    if origin is typing.Annotated:
        marker, inner = _required_marker(typing.get_args(hint)[0])
        return marker, inner
    if origin is Required:
        return True, typing.get_args(hint)[0]
    if origin is NotRequired:
        return False, typing.get_args(hint)[0]
    return None, hint


def _shape_for(
    hint: Any, path: str, out: list[Violation], stack: tuple[type, ...]
) -> tuple[Shape, bool]:
    """The shape of one annotation, and whether it admits None."""
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin is typing.Annotated or origin is Required or origin is NotRequired:
        return _shape_for(args[0], path, out, stack)
    if isinstance(hint, typing.NewType):
        return _shape_for(hint.__supertype__, path, out, stack)
    if origin is Union or origin is types.UnionType:
        present = [arg for arg in args if arg is not type(None)]
        if len(present) == 1:
            shape, _ = _shape_for(present[0], path, out, stack)
            return shape, True
        out.append(Violation(path, hint, "unions other than T | None are not supported"))
        return {}, False
    if origin is Literal:
        values = [value for value in args if value is not None]
        return _enum_shape(values, hint, path, out), len(values) < len(args)
    if isinstance(hint, type) and hint in _PRIMITIVES:
        return {"type": _PRIMITIVES[hint]}, False
    if origin in _SEQUENCE_ORIGINS:
        element = _element_type(origin, args)
        if element is None:
            out.append(Violation(path, hint, "only list[T], Sequence[T] or tuple[T, ...]"))
            return {}, False
        items, _ = _shape_for(element, f"{path}.items", out, stack)
        return {"type": "array", "items": items}, False
    if hint in _SEQUENCE_ORIGINS:
        out.append(Violation(path, hint, "give the element type, e.g. list[str]"))
        return {}, False
    if isinstance(hint, type):
        return _shape_for_class(hint, path, out, stack), False
    out.append(Violation(path, hint, f"cannot be expressed as a shape; {_SUPPORTED_TYPES_TEXT}"))
    return {}, False


def _element_type(origin: object, args: tuple[Any, ...]) -> Any:
    if origin is tuple:
        return args[0] if len(args) == 2 and args[1] is Ellipsis else None
    return args[0] if len(args) == 1 else None


def _shape_for_class(cls: type, path: str, out: list[Violation], stack: tuple[type, ...]) -> Shape:
    if issubclass(cls, enum.Enum):
        return _enum_shape([member.value for member in cls], cls, path, out)
    if dataclasses.is_dataclass(cls) or typing.is_typeddict(cls):
        return _object_from_fields(cls, path, out, stack)
    if _is_pydantic_model(cls):
        return _from_pydantic(cls, path, out)
    out.append(Violation(path, cls, f"cannot be expressed as a shape; {_SUPPORTED_TYPES_TEXT}"))
    return {}


def _enum_shape(values: list[Any], source: object, path: str, out: list[Violation]) -> Shape:
    kind = _kind_of_values(values)
    if kind is None:
        out.append(
            Violation(path, source, "enum values must all be text, all numbers or all booleans")
        )
        return {}
    return {"type": kind, "enum": list(values)}


def _kind_of_values(values: Sequence[Any]) -> str | None:
    if not values:
        return None
    if all(isinstance(value, bool) for value in values):
        return "boolean"
    if all(isinstance(value, str) for value in values):
        return "string"
    if all(_VALUE_CHECKS["integer"](value) for value in values):
        return "integer"
    if all(_is_number(value) for value in values):
        return "number"
    return None


def _with_description(shape: Shape, description: str) -> Shape:
    # The field's own description wins over its type's (a nested class docstring).
    rest = {key: value for key, value in shape.items() if key not in ("type", "description")}
    head = {"type": shape["type"]} if "type" in shape else {}
    return {**head, "description": description, **rest}


def _class_doc(cls: type) -> str | None:
    doc = cls.__dict__.get("__doc__")
    if not isinstance(doc, str) or not doc.strip():
        return None
    if dataclasses.is_dataclass(cls) and doc.startswith(f"{cls.__name__}("):
        return None  # the signature dataclasses writes when a class has no docstring
    return inspect.cleandoc(doc)


def _attribute_docs(cls: type) -> dict[str, str]:
    """Field name -> the string literal written right under it, for ``cls`` and its bases.

    Best effort: classes without reachable source (defined in a REPL, say) have none.
    """
    docs: dict[str, str] = {}
    for klass in reversed(cls.__mro__):
        if klass is object or klass.__module__ in ("builtins", "typing"):
            continue
        docs.update(_own_attribute_docs(klass))
    return docs


def _own_attribute_docs(cls: type) -> dict[str, str]:
    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(cls)))
    except (OSError, TypeError, SyntaxError):
        return {}
    node = tree.body[0] if tree.body else None
    if not isinstance(node, ast.ClassDef):
        return {}
    docs: dict[str, str] = {}
    for field, after in zip(node.body, node.body[1:], strict=False):
        if (
            isinstance(field, ast.AnnAssign)
            and isinstance(field.target, ast.Name)
            and isinstance(after, ast.Expr)
            and isinstance(after.value, ast.Constant)
            and isinstance(after.value.value, str)
        ):
            docs[field.target.id] = inspect.cleandoc(after.value.value)
    return docs


# --- pydantic --------------------------------------------------------------------------------


def _is_pydantic_model(cls: object) -> bool:
    # Only a program that imported pydantic can hold a pydantic class: never import it here.
    module = sys.modules.get("pydantic")
    base = getattr(module, "BaseModel", None) if module is not None else None
    return isinstance(cls, type) and isinstance(base, type) and issubclass(cls, base)


def _from_pydantic(cls: type, path: str, out: list[Violation]) -> Shape:
    try:
        schema = getattr(cls, "model_json_schema")()  # noqa: B009 - pydantic is untyped here
    except Exception as error:  # pydantic raises its own errors for unschemable fields
        out.append(Violation(path, cls, f"pydantic could not describe {cls.__name__}: {error}"))
        return {}
    if not isinstance(schema, Mapping):
        out.append(Violation(path, cls, "model_json_schema() did not return a dict"))
        return {}
    defs = schema.get("$defs", {})
    shape, _ = _inline(schema, defs if isinstance(defs, Mapping) else {}, path, out, ())
    return shape


def _inline(
    node: Mapping[str, Any],
    defs: Mapping[str, Any],
    path: str,
    out: list[Violation],
    seen: tuple[str, ...],
) -> tuple[Shape, bool]:
    """One JSON-schema level in the documented shape, and whether it admits null.

    $ref into $defs is inlined; ``anyOf``/``oneOf`` of one type and null (pydantic's
    ``T | None``) becomes that type; ``const`` becomes a one-value ``enum``; titles and the
    null defaults of optional fields are dropped.
    """
    own = {key: value for key, value in node.items() if key not in ("title", "$defs")}
    base: Shape = {}
    nullable = False
    if "$ref" in own:
        base, nullable = _resolve(own.pop("$ref"), defs, path, out, seen)
    for combiner in ("allOf", "anyOf", "oneOf"):
        if combiner not in own:
            continue
        options = own.pop(combiner)
        chosen, admits_null = _single_option(options, combiner, path, out)
        nullable = nullable or admits_null
        if chosen is not None:
            base, more_null = _inline(chosen, defs, path, out, seen)
            nullable = nullable or more_null
    if isinstance(own.get("type"), list):  # ["string", "null"]
        kinds = [kind for kind in own["type"] if kind != "null"]
        nullable = nullable or len(kinds) < len(own["type"])
        own["type"] = kinds[0] if len(kinds) == 1 else kinds
    if "const" in own:
        own["enum"] = [own.pop("const")]
    if nullable and own.get("default", ...) is None:
        del own["default"]
    shape: Shape = {**base, **own}
    if "type" not in shape and isinstance(shape.get("enum"), list):
        kind = _kind_of_values(shape["enum"])
        if kind is not None:
            shape["type"] = kind
    _inline_children(shape, defs, path, out, seen)
    if "type" in shape:
        shape = {"type": shape["type"], **shape}
    return shape, nullable


def _inline_children(
    shape: Shape, defs: Mapping[str, Any], path: str, out: list[Violation], seen: tuple[str, ...]
) -> None:
    properties = shape.get("properties")
    if isinstance(properties, Mapping):
        converted: Shape = {}
        nullable_names: set[str] = set()
        for name, sub in properties.items():
            if isinstance(sub, Mapping):
                converted[name], admits_null = _inline(
                    sub, defs, f"{path}.properties.{name}", out, seen
                )
                if admits_null:
                    nullable_names.add(name)
            else:
                converted[name] = sub
        shape["properties"] = converted
        required = shape.get("required")
        if isinstance(required, list):
            kept = [name for name in required if name not in nullable_names]
            if kept:
                shape["required"] = kept
            else:
                del shape["required"]
    for key in ("items", "additionalProperties"):
        sub = shape.get(key)
        if isinstance(sub, Mapping):
            shape[key], _ = _inline(sub, defs, f"{path}.{key}", out, seen)
    prefix_items = shape.get("prefixItems")
    if isinstance(prefix_items, list):
        shape["prefixItems"] = [
            (
                _inline(sub, defs, f"{path}.prefixItems", out, seen)[0]
                if isinstance(sub, Mapping)
                else sub
            )
            for sub in prefix_items
        ]


def _resolve(
    ref: object, defs: Mapping[str, Any], path: str, out: list[Violation], seen: tuple[str, ...]
) -> tuple[Shape, bool]:
    prefix = "#/$defs/"
    name = ref[len(prefix) :] if isinstance(ref, str) and ref.startswith(prefix) else None
    target = defs.get(name) if name is not None else None
    if name is None or not isinstance(target, Mapping):
        out.append(Violation(path, ref, "refers to a definition that is not in $defs"))
        return {}, False
    if name in seen:
        chain = " -> ".join((*seen, name))
        out.append(Violation(path, ref, f"refers to itself ({chain}); shapes cannot recurse"))
        return {}, False
    return _inline(target, defs, path, out, (*seen, name))


def _single_option(
    options: object, combiner: str, path: str, out: list[Violation]
) -> tuple[Mapping[str, Any] | None, bool]:
    """The one non-null schema among ``options``, and whether null was one of them."""
    if not isinstance(options, list):
        out.append(Violation(path, options, f"'{combiner}' must be a list"))
        return None, False
    present = [
        option for option in options if not (isinstance(option, Mapping) and _is_null(option))
    ]
    admits_null = len(present) < len(options)
    if len(present) == 1 and isinstance(present[0], Mapping):
        return present[0], admits_null
    if not present:
        out.append(Violation(path, options, "a field that can only be null has no shape"))
    else:
        out.append(Violation(path, options, "unions other than T | None are not supported"))
    return None, admits_null


def _is_null(option: Mapping[str, Any]) -> bool:
    return option.get("type") == "null"

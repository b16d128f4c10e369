"""Emits each request model's `_RULES`: its documented constraints as one table, one
`field(...)` row per JSON field (hamsa._rules reads it).

A row says the field's shape, which tells the fast request paths (`_wire_ok`, `_fields_wire`)
what they may vouch for, and its checks, in the order collect_violations() reports them. The
shape is PLAIN unless said otherwise; a shape this file cannot describe is OTHER, which sends
the field the full way (from_dict, collect_violations, to_wire), where every problem is judged
and worded. An OTHER costs time, never correctness, so this file errs that way.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from openapi_python_client.parser.properties import (
    AnyProperty,
    BooleanProperty,
    EnumProperty,
    FloatProperty,
    IntProperty,
    ListProperty,
    ModelProperty,
    NoneProperty,
    StringProperty,
    UnionProperty,
)

# (helper, keyword arguments, nullable) as generate.py's _constraint_checker reads them.
Checks = Callable[[Any, Any], list[tuple[str, str, bool]]]

_PLAIN = (BooleanProperty, FloatProperty, IntProperty, StringProperty)


def raw_name(prop: Any) -> str:
    """The property's JSON key, as the spec spells it."""
    name = prop.name
    return str(name.get_untrusted_value() if hasattr(name, "get_untrusted_value") else name)


def _non_null(prop: Any) -> Any | None:
    """The property itself, or the one member of a `None | X` union; None for wider unions."""
    if not isinstance(prop, UnionProperty):
        return prop
    others = [p for p in prop.inner_properties if not isinstance(p, NoneProperty)]
    if len(others) == 1 and not isinstance(others[0], UnionProperty):
        return others[0]
    return None


def _nullable(prop: Any) -> bool:
    return isinstance(prop, UnionProperty) and any(
        isinstance(p, NoneProperty) for p in prop.inner_properties
    )


def _model_classes(prop: Any) -> list[str]:
    if isinstance(prop, ModelProperty):
        return [str(prop.class_info.name)]
    if isinstance(prop, UnionProperty):
        return [name for inner in prop.inner_properties for name in _model_classes(inner)]
    return []


def _names(classes: list[str]) -> str:
    return ", ".join(f'"{name}"' for name in classes)


def _kind(prop: Any) -> str | None:
    """The row's shape (None: PLAIN)."""
    kind = _non_null(prop)
    if isinstance(kind, _PLAIN):
        return None
    if isinstance(kind, AnyProperty):
        return "ANY"
    if isinstance(kind, EnumProperty):
        return "ENUM" if kind.value_type is str else "INT_ENUM"
    if isinstance(kind, ModelProperty):
        return f"model({_names(_model_classes(kind))})"
    if isinstance(kind, ListProperty):
        inner = kind.inner_property
        if isinstance(inner, _PLAIN):
            return "LIST"
        if isinstance(inner, AnyProperty):
            return "LIST_ANY"
        if isinstance(inner, EnumProperty) and inner.value_type is str:
            return "ENUM_LIST"
        if classes := _model_classes(inner):
            exact = isinstance(inner, ModelProperty)
            return f"list_of({_names(classes)}{'' if exact else ', exact=False'})"
        return "OTHER"
    # A union, a date, a file...: the full path judges it, and descends into its models.
    if isinstance(prop, ListProperty):
        classes = _model_classes(prop.inner_property)
        return f"other({_names(classes)}, each=True)" if classes else "OTHER"
    classes = _model_classes(prop)
    return f"other({_names(classes)})" if classes else "OTHER"


_TYPES = {"string": "STRING", "number": "NUMBER", "integer": "INTEGER", "boolean": "BOOLEAN"}
_TYPES["array"] = "ARRAY"
_CONSTANTS = {"check_uuid": "UUID", "check_each_uuid": "EACH_UUID", "check_uri": "URI"}
_CALLS = {
    "check_number": "number",
    "check_length": "length",
    "check_items": "items",
    "check_pattern": "pattern",
    "check_enum": "one_of",
    "check_each_enum": "each_one_of",
}
_UPPER_AFTER_WORD = re.compile(r"(?<=[a-z0-9])([A-Z])")


def _snake(name: str) -> str:
    """hamsa._rules._snake (restated: the generator runs without the SDK's runtime)."""
    return _UPPER_AFTER_WORD.sub(r"_\1", name).lower()


def literal(value: Any) -> str:
    """A Python literal as black writes it (double-quoted strings)."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # pydantic hands numbers back as floats; keep 30 as 30
    return json.dumps(value, ensure_ascii=False) if isinstance(value, str) else repr(value)


def _check(helper: str, args: str) -> str:
    if helper in _CONSTANTS:
        return _CONSTANTS[helper]
    return f"{_CALLS[helper]}({args})"


class RuleError(ValueError):
    pass


def field_row(model: Any, prop: Any, checks: Checks) -> str:
    """`field(...)` for one property."""
    key = raw_name(prop)
    nullable = _nullable(prop)
    parts = [f'"{key}"']
    if (kind := _kind(prop)) is not None:
        parts.append(kind)
    for helper, args, check_nullable in checks(model, prop):
        if helper == "check_type":
            if check_nullable != nullable:  # hamsa._rules words null from the row's `null`
                raise RuleError(
                    f"{model.class_info.name}.{key}: the schema's type and the parsed property "
                    "disagree on null"
                )
            parts.append(_TYPES[args])
        else:
            parts.append(_check(helper, args))
    if str(prop.python_name) != _snake(key):
        parts.append(f'name="{prop.python_name}"')
    if nullable:
        parts.append("null=True")
    return f"field({', '.join(parts)}),"


def rules_table(model: Any, checks: Checks) -> str:
    """The `Rules(...)` expression of a model's `_RULES`, one row per line."""
    extra = model.additional_properties
    rows = [field_row(model, prop, checks) for prop in model.required_properties]
    rows += [field_row(model, prop, checks) for prop in model.optional_properties]
    if extra is not None and extra is not False:
        rows.append(
            'extra="open",'
            if isinstance(extra, AnyProperty | StringProperty)
            else "extra=TYPED_EXTRA,"
        )
    return "\n".join(["Rules(", *("    " + row for row in rows), ")"])


_RULES_NAMES = re.compile(
    r"\b(?:[A-Z_]{3,}|Rules|field|number|length|items|pattern|one_of|each_one_of|model|list_of|other)\b(?=[(,)\n])"
)


def rules_imports(table: str) -> str:
    """The names `table` uses, for `from hamsa._rules import ...`."""
    return ", ".join(sorted({"RequestModel", *_RULES_NAMES.findall(table)}))

"""Emits each model's `_wire_ok(d)`: a yes/no test that a camelCase JSON dict is a valid
request body as it stands.

The SDK's request path (hamsa._wire.checked_wire) sends such a dict without building the model,
checking it and writing it back out. So `_wire_ok` may answer True only when the slow path,
`from_dict` + `collect_violations` + `to_dict`, would accept the dict and send the same JSON.
Whenever that is not obvious (a union of models, a date, a typed map, a value with no fast
test), it answers False and the slow path decides and words the errors. A False costs time,
never correctness, so this file errs that way.
"""

from __future__ import annotations

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

Checks = Callable[[Any, Any], list[tuple[str, str, str | None]]]

# Kinds whose from_dict is a plain assignment and whose to_dict writes the value back as is.
_PLAIN = (AnyProperty, BooleanProperty, FloatProperty, IntProperty, StringProperty)


def raw_name(prop: Any) -> str:
    """The property's JSON key, as the spec spells it."""
    name = prop.name
    return str(name.get_untrusted_value() if hasattr(name, "get_untrusted_value") else name)


def _value_test(prop: Any) -> str | None:
    """An expression over `v` that is true when v round-trips unchanged through this kind of
    property (not counting the spec's constraints); None when only the slow path can tell."""
    if isinstance(prop, _PLAIN):
        return ""
    if isinstance(prop, EnumProperty):
        # A StrEnum member or a plain str; the allowed values come with the constraint checks.
        return "isinstance(v, str)" if prop.value_type is str else "type(v) is int"
    if isinstance(prop, ModelProperty):
        return f"type(v) is dict and {prop.class_info.name}._wire_ok(v)"
    if isinstance(prop, ListProperty):
        inner = prop.inner_property
        if isinstance(inner, _PLAIN):
            return "type(v) is list"
        if isinstance(inner, EnumProperty) and inner.value_type is str:
            return "type(v) is list and all(isinstance(i, str) for i in v)"
        if isinstance(inner, ModelProperty):
            name = inner.class_info.name
            return f"type(v) is list and all(type(i) is dict and {name}._wire_ok(i) for i in v)"
        return None
    if isinstance(prop, UnionProperty):
        others = [p for p in prop.inner_properties if not isinstance(p, NoneProperty)]
        if len(others) == 1 and not isinstance(others[0], UnionProperty):
            return _value_test(others[0])
    return None


def _nullable(prop: Any) -> bool:
    return isinstance(prop, UnionProperty) and any(
        isinstance(p, NoneProperty) for p in prop.inner_properties
    )


def _property_lines(model: Any, prop: Any, checks: Checks) -> list[str]:
    key = raw_name(prop).replace("\\", "\\\\").replace('"', '\\"')
    test = _value_test(prop)
    if test is None:
        # Only the slow path can say; absent is fine unless the field is required.
        if prop.required:
            return ["return False"]
        return [f'if "{key}" in d:', "    return False"]
    accepts = [test] if test else []
    calls = []
    for check, kwargs, accept in checks(model, prop):
        if accept and _nullable(prop):
            accept = accept.replace(" or {v} is None", "")  # None is let through above
        if accept and not any(accept.replace("{v}", "v") in known for known in accepts):
            accepts.append(accept.replace("{v}", "v"))
        elif accept:
            continue  # implied by the value test, e.g. `type(v) is list`
        else:
            calls.append(f'_constraints.{check}(out, "", v{", " if kwargs else ""}{kwargs})')
    if not accepts and not calls:
        accepts.append("v is not UNSET")  # anything JSON-ready goes, but not the sentinel
    guards = ["v is not ABSENT"] if not prop.required else []
    if _nullable(prop):
        guards.append("v is not None")
    lines = [f'v = d.get("{key}", ABSENT)']
    if prop.required:
        lines += ["if v is ABSENT:", "    return False"]
    body: list[str] = []
    if accepts:
        test_line = " and ".join(f"({a})" if " or " in a else a for a in accepts)
        body += [f"if not ({test_line}):", "    return False"]
    body += calls
    if guards:
        lines.append(f"if {' and '.join(guards)}:")
        lines += ["    " + line for line in body]
    else:
        lines += body
    return lines


def wire_ok_body(model: Any, checks: Checks) -> str:
    """The statements of `_wire_ok(cls, d)`, each on its own line, unindented."""
    extra = model.additional_properties
    if extra is not None and not isinstance(extra, AnyProperty | StringProperty):
        return "return False  # typed additional properties: from_dict converts them"
    lines: list[str] = []
    for prop in model.required_properties + model.optional_properties:
        lines += _property_lines(model, prop, checks)
    if extra is None:
        lines += ["if not d.keys() <= set(cls._JSON_KEYS):", "    return False"]
    if any("(out," in line for line in lines):
        return "\n".join(["out: list[Violation] = []", *lines, "return not out"])
    return "\n".join([*lines, "return True"])

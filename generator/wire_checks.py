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

Checks = Callable[[Any, Any], list[tuple[str, str, str | None]]]

# Kinds whose from_dict is a plain assignment and whose to_dict writes the value back as is.
_PLAIN = (AnyProperty, BooleanProperty, FloatProperty, IntProperty, StringProperty)


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


def _value_test(prop: Any) -> str | None:
    """An expression over `v` that is true when v round-trips unchanged through this kind of
    property (not counting the spec's constraints); None when only the slow path can tell."""
    kind = _non_null(prop)
    if isinstance(kind, _PLAIN):
        return ""
    if isinstance(kind, EnumProperty):
        # A StrEnum member or a plain str; the allowed values come with the constraint checks.
        return "isinstance(v, str)" if kind.value_type is str else "type(v) is int"
    if isinstance(kind, ModelProperty):
        return f"type(v) is dict and {kind.class_info.name}._wire_ok(v)"
    if isinstance(kind, ListProperty):
        inner = kind.inner_property
        if isinstance(inner, _PLAIN):
            return "type(v) is list"
        if isinstance(inner, EnumProperty) and inner.value_type is str:
            return "type(v) is list and all(isinstance(i, str) for i in v)"
        if isinstance(inner, ModelProperty):
            name = inner.class_info.name
            return f"type(v) is list and all(type(i) is dict and {name}._wire_ok(i) for i in v)"
    return None


def _nullable(prop: Any) -> bool:
    return isinstance(prop, UnionProperty) and any(
        isinstance(p, NoneProperty) for p in prop.inner_properties
    )


def _tests(model: Any, prop: Any, checks: Checks, fail: str, copying: bool) -> list[str] | None:
    """Statements that `return {fail}` unless a present, non-null `v` passes the property's
    tests; None when only the slow path can judge this kind of property. `copying`: the
    caller recurses into nested models itself, so their _wire_ok is left out."""
    test = _value_test(prop)
    if test is None:
        return None
    if copying and "_wire_ok(" in test:
        test = ""
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
    if not accepts and not calls and not copying:
        accepts.append("v is not UNSET")  # anything JSON-ready goes, but not the sentinel
    lines = []
    if accepts:
        test_line = " and ".join(f"({a})" if " or " in a else a for a in accepts)
        lines += [f"if not ({test_line}):", f"    return {fail}"]
    return lines + calls


def _indent(lines: list[str], depth: int = 1) -> list[str]:
    return ["    " * depth + line for line in lines]


# Models that are response shapes also checked as request input (`x-hamsa-request-checks`):
# their required fields (what every answer carries) are not required of input. generate.py
# fills this per API version before rendering.
INPUT_OPTIONAL: set[str] = set()


def _required(model: Any, prop: Any) -> bool:
    return bool(prop.required) and str(model.class_info.name) not in INPUT_OPTIONAL


def _property_lines(model: Any, prop: Any, checks: Checks) -> list[str]:
    key = raw_name(prop).replace("\\", "\\\\").replace('"', '\\"')
    tests = _tests(model, prop, checks, "False", copying=False)
    if tests is None:
        # Only the slow path can say; absent is fine unless the field is required.
        if _required(model, prop):
            return ["return False"]
        return [f'if "{key}" in d:', "    return False"]
    guards = ["v is not ABSENT"] if not _required(model, prop) else []
    if _nullable(prop):
        guards.append("v is not None")
    lines = [f'v = d.get("{key}", ABSENT)']
    if _required(model, prop):
        lines += ["if v is ABSENT:", "    return False"]
    if guards:
        return [*lines, f"if {' and '.join(guards)}:", *_indent(tests)]
    return lines + tests


def wire_ok_body(model: Any, checks: Checks) -> str:
    """The statements of `_wire_ok(cls, d)`, each on its own line, unindented."""
    extra = model.additional_properties
    if extra is not None and not isinstance(extra, (AnyProperty, StringProperty)):
        return "return False  # typed additional properties: from_dict converts them"
    lines: list[str] = []
    for prop in model.required_properties + model.optional_properties:
        lines += _property_lines(model, prop, checks)
    if extra is None:
        lines += ["if not d.keys() <= set(cls._JSON_KEYS):", "    return False"]
    if any("(out," in line for line in lines):
        return "\n".join(["out: list[Violation] = []", *lines, "return not out"])
    return "\n".join([*lines, "return True"])


# --- `_fields_wire(f)`: the SDK's snake_case keyword arguments straight to a checked body ----
# The same tests as _wire_ok, applied while copying: one pass instead of a snake->camel copy
# (hamsa._wire.wire_fields) followed by _wire_ok. None means "cannot vouch": the caller then
# takes the old path, which handles every other input (model objects, camelCase keys, unknown
# fields, user-keyed maps) and words the errors.

_UPPER_AFTER_WORD = re.compile(r"(?<=[a-z0-9])([A-Z])")
_SCALAR_TEST = "(v is None or type(v) in (str, int, float, bool))"


def _snake(name: str) -> str:
    """hamsa._agent_mapping.to_snake, the name users pass a field by (restated: the generator
    runs without the SDK's runtime installed)."""
    return _UPPER_AFTER_WORD.sub(r"_\1", name).lower()


def _copy_lines(prop: Any) -> list[str] | None:
    """Statements turning a present, non-null `v` into its wire value (None: only the slow
    path can)."""
    kind = _non_null(prop)
    if isinstance(kind, AnyProperty):
        return [f"if not {_SCALAR_TEST}:", "    return None"]  # a dict here would be renamed
    if isinstance(kind, (*_PLAIN, EnumProperty)):
        return []
    if isinstance(kind, ModelProperty):
        name = kind.class_info.name
        return [
            "if type(v) is not dict:",
            "    return None",
            f"v = {name}._fields_wire(v)",
            "if v is None:",
            "    return None",
        ]
    if isinstance(kind, ListProperty):
        inner = kind.inner_property
        if isinstance(inner, (BooleanProperty, FloatProperty, IntProperty, StringProperty)):
            return []
        if isinstance(inner, EnumProperty) and inner.value_type is str:
            return []
        if isinstance(inner, ModelProperty):
            name = inner.class_info.name
            return [
                "if type(v) is not list:",
                "    return None",
                f"v = [{name}._fields_wire(i) if type(i) is dict else None for i in v]",
                "if None in v:",
                "    return None",
            ]
    return None


def _field_lines(model: Any, prop: Any, checks: Checks) -> list[str]:
    key = raw_name(prop)
    snake = _snake(key)
    tests = _tests(model, prop, checks, "None", copying=True)
    copy = _copy_lines(prop)
    if tests is None or copy is None or not (key.isidentifier() and snake.isidentifier()):
        return (
            ["return None"]
            if _required(model, prop)
            else [f'if "{snake}" in f:', "    return None"]
        )
    work = tests + copy or [f"if not {_SCALAR_TEST}:", "    return None"]
    if _nullable(prop):
        work = ["if v is not None:", *_indent(work)]
    lines = [f'v = f.get("{snake}", ABSENT)']
    if _required(model, prop):
        return [*lines, "if v is ABSENT:", "    return None", *work, f'w["{key}"] = v']
    return [*lines, "if v is not ABSENT:", *_indent([*work, f'w["{key}"] = v'])]


def fields_wire_body(model: Any, checks: Checks) -> str:
    """The statements of `_fields_wire(cls, f)`, each on its own line, unindented."""
    extra = model.additional_properties
    if extra is not None and not isinstance(extra, (AnyProperty, StringProperty)):
        return "return None  # typed additional properties: from_dict converts them"
    lines: list[str] = ["w: dict[str, Any] = {}"]
    for prop in model.required_properties + model.optional_properties:
        lines += _field_lines(model, prop, checks)
    # A key we did not copy (an unknown field, a camelCase spelling, NOT_GIVEN...): slow path.
    lines += ["if len(w) != len(f):", "    return None"]
    if any("(out," in line for line in lines):
        return "\n".join(["out: list[Violation] = []", *lines, "return None if out else w"])
    return "\n".join([*lines, "return w"])

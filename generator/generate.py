"""Regenerate the typed clients in generated/hamsa/{v1,v2} from spec/{v1,v2}.yaml.

    python generator/generate.py            # regenerate generated/ in place (atomically)
    python generator/generate.py --check    # exit 1 if generated/ differs from what spec/ produces
    python generator/generate.py --spec-dir DIR --output DIR   # elsewhere, e.g. for tests

openapi-python-client renders each spec with our templates (generator/templates, which override
upstream files of the same name), then ruff removes unused imports and black formats; a file
whose rendering has not changed since the last run reuses its formatted bytes (generated/
.generate-manifest.json records the hashes). Output goes
to a staging directory first and replaces generated/hamsa only when every step succeeded, so a
failed run never leaves half-written code behind.

Beside the clients, hamsa/_operations.py holds the operation table that
generator/sdk_operations.py reads from the specs' x-hamsa-* extensions, as data.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import importlib.metadata
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any, NamedTuple

from mock_examples import operation_examples
from mock_examples import render_module as render_examples
from openapi_python_client import Project
from openapi_python_client import strings as _upstream_strings
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.properties import (
    AnyProperty,
    BooleanProperty,
    FloatProperty,
    IntProperty,
    ListProperty,
    ModelProperty,
    NoneProperty,
    StringProperty,
    UnionProperty,
)
from openapi_python_client.strings import PythonIdentifier
from resource_shapes import (
    Params,
    ShapeError,
    class_name,
    compose_method,
    operation_shape,
    result_functions,
)
from ruamel.yaml import YAML
from sdk_operations import load_documents, operation_table, render_module, snake_case, status_enums
from wire_checks import literal, raw_name, rules_imports, rules_table

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "generator" / "templates"
TARGET = ROOT / "generated" / "hamsa"
OVERLAY_RESOURCES = ROOT / "overlays" / "hamsa" / "resources"
VERSIONS = ("v1", "v2")
LINE_LENGTH = "100"

_MODEL_IMPORT = re.compile(r"from \.\.models\.(\w+) import (\w+)")


class GenerationError(RuntimeError):
    pass


# Upstream suffixes every builtin's name with "_" (`type_`, `format_`), so `agent.type` was an
# AttributeError while `create(type=...)` worked. Attribute and argument names are the wire
# name's snake_case; only keywords get "_" (iskeyword, upstream), plus the few names the
# generated code itself must not see shadowed (annotations, `self`, the datetime module).
_upstream_strings.RESERVED_WORDS = {
    *("self", "cls", "true", "false", "datetime", "builtins"),
    *("bool", "bytes", "dict", "float", "int", "list", "object", "str", "tuple", "set"),
}


def _import_graph(models: Iterable[Any]) -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for model in models:
        deps = {m.group(1) for line in model.lazy_imports or () if (m := _MODEL_IMPORT.match(line))}
        graph[str(model.class_info.module_name)] = deps
    return graph


def _reaches(graph: dict[str, set[str]], start: str, goal: str) -> bool:
    seen, stack = set(), [start]
    while stack:
        node = stack.pop()
        if node == goal:
            return True
        if node not in seen:
            seen.add(node)
            stack.extend(graph.get(node, ()))
    return False


def _import_splitter(models: list[Any]) -> Callable[[Any, bool], list[str]]:
    """Upstream defers every model import into function bodies; that doubles parse time.

    We hoist an import to module level unless it closes an import cycle, which only deferral
    can break.
    """
    graph = _import_graph(models)

    def split(model: Any, cyclic: bool) -> list[str]:
        own = str(model.class_info.module_name)
        picked = []
        for line in sorted(model.lazy_imports or ()):
            match = _MODEL_IMPORT.match(line)
            in_cycle = bool(match) and _reaches(graph, match.group(1), own)
            if in_cycle == cyclic:
                picked.append(line)
        return picked

    return split


def _resolve(document: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        node: Any = document
        for part in schema["$ref"].removeprefix("#/").split("/"):
            node = node[part]
        schema = node
    return schema


def _model_schema(document: dict[str, Any], model: Any) -> dict[str, Any]:
    # Prefer the spec's own text (model.data went through _without_uuid_format).
    for root in model.roots:
        ref = str(root.get_untrusted_value() if hasattr(root, "get_untrusted_value") else root)
        if ref.startswith("/components/schemas/"):
            return _resolve(document, {"$ref": "#" + ref})
    return model.data.model_dump(mode="json", by_alias=True, exclude_none=True)


def _property_schema(document: dict[str, Any], model: Any, name: str) -> dict[str, Any] | None:
    raw = _resolve(document, _model_schema(document, model))
    for part in [raw, *(_resolve(document, p) for p in raw.get("allOf") or [])]:
        if name in part.get("properties", {}):
            return _resolve(document, part["properties"][name])
    return None


def _raw_property(document: dict[str, Any], model: Any, name: str) -> dict[str, Any]:
    """The property's own node, before $ref resolution drops siblings such as readOnly."""
    raw = _resolve(document, _model_schema(document, model))
    for part in [raw, *(_resolve(document, p) for p in raw.get("allOf") or [])]:
        node = part.get("properties", {}).get(name)
        if isinstance(node, dict):
            return node
    return {}


_NUMBER_KEYS = {
    "minimum": "minimum",
    "maximum": "maximum",
    "exclusiveMinimum": "exclusive_minimum",
    "exclusiveMaximum": "exclusive_maximum",
}
_LENGTH_KEYS = {"minLength": "min_length", "maxLength": "max_length"}
_ITEMS_KEYS = {"minItems": "min_items", "maxItems": "max_items"}


def _literal(value: Any) -> str:
    # pydantic hands numbers back as floats; keep 30 as 30 so the code reads like the spec.
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return repr(value)


def _kwargs(schema: dict[str, Any], keys: dict[str, str]) -> str:
    return ", ".join(f"{py}={_literal(schema[key])}" for key, py in keys.items() if key in schema)


def _constraint_checker(
    document: dict[str, Any],
) -> Callable[[Any, Any], list[tuple[str, str, bool]]]:
    """(hamsa._constraints helper, arguments, nullable) triples read from the property's
    schema, in the order the checks are reported; hamsa._rules pairs each helper with its
    quick accept."""

    def checks(model: Any, prop: Any) -> list[tuple[str, str, bool]]:
        schema = _property_schema(document, model, raw_name(prop))
        if schema is None:
            return []
        members = [_resolve(document, m) for m in schema.get("anyOf") or schema.get("oneOf") or []]
        # An open enum (`anyOf: [<enum>, {type: string}]`: documented values, others allowed)
        # types the documented values without refusing the others.
        open_enum = any(m.get("type") == "string" and set(m) <= {"type"} for m in members)
        for member in members or [schema]:
            if member.get("type") == "null":
                continue
            found: list[tuple[str, str, bool]] = []
            if kwargs := _kwargs(member, _NUMBER_KEYS):
                found.append(("check_number", kwargs, False))
            if kwargs := _kwargs(member, _LENGTH_KEYS):
                found.append(("check_length", kwargs, False))
            if member.get("format") == "uuid":
                found.append(("check_uuid", "", False))
            if "pattern" in member:
                found.append(("check_pattern", literal(member["pattern"]), False))
            if "enum" in member and not open_enum:
                found.append(("check_enum", ", ".join(map(literal, member["enum"])), False))
            if kwargs := _kwargs(member, _ITEMS_KEYS):
                found.append(("check_items", kwargs, False))
            items = _resolve(document, member.get("items", {}))
            if "enum" in items:
                found.append(("check_each_enum", ", ".join(map(literal, items["enum"])), False))
            if items.get("format") == "uuid":
                found.append(("check_each_uuid", "", False))
            if typed := _primitive_type(schema, members):
                found.insert(0, ("check_type", *typed))
            if member.get("format") == "uri":
                found.append(("check_uri", "", False))
            if found:
                return found
        return []

    return checks


_PRIMITIVES = ("string", "number", "integer", "boolean", "array")


def _primitive_type(
    schema: dict[str, Any], members: list[dict[str, Any]]
) -> tuple[str, bool] | None:
    """The JSON type a primitive field must have, and whether null is allowed, so "300" for a
    number, or null where the spec has no null, fails before sending.

    Models and enums are checked by their own code; only plain scalars and arrays land here."""
    types: list[Any] = []
    for part in members or [schema]:
        declared = part.get("type")
        types += declared if isinstance(declared, list) else [declared]
    kinds = [t for t in types if t != "null"]
    formats = {part.get("format") for part in members or [schema]}
    if formats & {"date", "date-time"}:
        return None  # a datetime/date attribute; from_dict's fromisoformat checks the string
    if len(kinds) == 1 and kinds[0] in _PRIMITIVES and "enum" not in schema:
        return str(kinds[0]), "null" in types
    return None


def _secret_checker(document: dict[str, Any]) -> Callable[[Any, Any], bool]:
    """Fields the spec marks `format: password` (API keys, webhook secrets) stay out of reprs."""

    def is_secret(model: Any, prop: Any) -> bool:
        schema = _property_schema(document, model, raw_name(prop)) or {}
        members = [_resolve(document, m) for m in schema.get("anyOf") or []] or [schema]
        return any(member.get("format") == "password" for member in members)

    return is_secret


def _model_classes(prop: Any) -> list[str]:
    if isinstance(prop, ModelProperty):
        return [str(prop.class_info.name)]
    if isinstance(prop, UnionProperty):
        return [name for inner in prop.inner_properties for name in _model_classes(inner)]
    return []


def _request_models(openapi: Any, document: dict[str, Any]) -> set[str]:
    """Class names of the models a request can reach: the request bodies, the schemas marked
    `x-hamsa-request-checks: true` (checked as request input by the overlay), and what they
    nest. Only these get a `_RULES` table (hamsa._rules.RequestModel): a response-only
    model never checks a constraint."""
    by_name = {str(m.class_info.name): m for m in openapi.models}
    stack = [
        name
        for collection in openapi.endpoint_collections_by_tag.values()
        for endpoint in collection.endpoints
        for body in endpoint.bodies
        for name in _model_classes(body.prop) + nested_models(body.prop)[1]
    ]
    stack += [
        name
        for name, model in by_name.items()
        if _model_schema(document, model).get("x-hamsa-request-checks") is True
    ]
    seen: set[str] = set()
    while stack:
        name = stack.pop()
        if name in seen or name not in by_name:
            continue
        seen.add(name)
        model = by_name[name]
        for prop in model.required_properties + model.optional_properties:
            stack += nested_models(prop)[1]
    return seen


def nested_models(prop: Any) -> tuple[str, list[str]]:
    """Which nested models collect_violations() must descend into, and how."""
    if isinstance(prop, ListProperty):
        classes = _model_classes(prop.inner_property)
        return ("list", classes) if classes else ("", [])
    classes = _model_classes(prop)
    return ("one", classes) if classes else ("", [])


def binary_media_type(operation: dict[str, Any]) -> str | None:
    """The media type of a 2xx response that is a file rather than JSON, if any."""
    for status, response in sorted(operation.get("responses", {}).items()):
        if str(status).startswith("2"):
            for media_type in response.get("content", {}):
                if "json" not in media_type:
                    return str(media_type)
    return None


def success_prop(endpoint: Any) -> Any:
    """The property parsed from the operation's 2xx response; errors go through hamsa's runtime."""
    for response in endpoint.responses.patterns:
        low, high = response.status_code.range
        if 200 <= low and high < 300:
            return response.prop
    return None


def _without_uuid_format(node: Any) -> Any:
    """The parser is given ids as plain strings: a response id that isn't a UUID (the docs'
    examples have "<string>" and cuid-style ids) must not fail a parse. Requests still get the
    UUID check, from the original document, through collect_violations()."""
    if isinstance(node, dict):
        return {
            k: _without_uuid_format(v)
            for k, v in node.items()
            if not (k == "format" and v == "uuid")
        }
    if isinstance(node, list):
        return [_without_uuid_format(v) for v in node]
    return node


def _refs(node: Any) -> set[str]:
    """The component schema names `node` refers to, at any depth."""
    if isinstance(node, dict):
        found = {str(node["$ref"]).rsplit("/", 1)[-1]} if "$ref" in node else set()
        return found.union(*(_refs(value) for value in node.values()))
    if isinstance(node, list):
        return set().union(*(_refs(value) for value in node))
    return set()


def _request_schemas(document: dict[str, Any]) -> set[str]:
    """The component schemas a request can carry: the request bodies and the schemas marked
    x-hamsa-request-checks, and everything they refer to."""
    schemas = (document.get("components") or {}).get("schemas") or {}
    stack = [
        name
        for item in (document.get("paths") or {}).values()
        for op in item.values()
        if isinstance(op, dict)
        for name in _refs(op.get("requestBody", {}))
    ]
    stack += [n for n, s in schemas.items() if s.get("x-hamsa-request-checks") is True]
    seen: set[str] = set()
    while stack:
        name = stack.pop()
        if name not in seen and name in schemas:
            seen.add(name)
            stack += _refs(schemas[name])
    return seen


def _open_enum_ref(node: dict[str, Any], schemas: dict[str, Any]) -> dict[str, Any] | None:
    """`node` without its open-enum spelling: `anyOf: [<string enum>, {type: string}]` (and
    maybe null) becomes the enum itself (or the enum or null)."""
    members = node.get("anyOf")
    if not isinstance(members, list) or {"type": "string"} not in members:
        return None
    refs = [m for m in members if isinstance(m, dict) and set(m) == {"$ref"}]
    rest = [m for m in members if m not in refs and m != {"type": "string"}]
    if len(refs) != 1 or rest not in ([], [{"type": "null"}]):
        return None
    target = schemas.get(str(refs[0]["$ref"]).rsplit("/", 1)[-1]) or {}
    if target.get("type") != "string" or "enum" not in target:
        return None
    others = {k: v for k, v in node.items() if k != "anyOf"}
    return {**others, "anyOf": [refs[0], *rest]} if rest else {**others, **refs[0]}


def _enum_typed(document: dict[str, Any]) -> dict[str, Any]:
    """The document the parser is given, where a response field's open enum is typed by the
    enum alone: generated enums keep values they don't know (str_enum.py.jinja), so the
    spec's `anyOf: [<enum>, {type: string}]` would only add a `| str` that splits one status
    concept into two types. Request fields keep the `| str`: users may send any string there."""
    schemas = (document.get("components") or {}).get("schemas") or {}
    requests = _request_schemas(document)

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            node = {k: walk(v) for k, v in node.items()}
            return _open_enum_ref(node, schemas) or node
        if isinstance(node, list):
            return [walk(v) for v in node]
        return node

    return {
        **document,
        "components": {
            **document.get("components", {}),
            "schemas": {
                name: schema if name in requests else walk(schema)
                for name, schema in schemas.items()
            },
        },
    }


_SENTENCE_END = re.compile(r"(?<=[.!?])(?<!e\.g\.)(?<!i\.e\.)(?<!\bvs\.)\s+(?=[A-Z`\"'(])")
_BLOCK_LINE = re.compile(r"^\s*([-*+] |\d+[.)] |\||```)")


def sentences(text: str, hang: int = 0) -> str:
    """Docstring text one sentence per line, never cut mid-sentence: editors and the docs site
    reflow a paragraph, but show a hard break where wordwrap() put one. Lists, tables and code
    keep their lines. `hang` indents the lines after the first (an Args entry's continuation)."""
    out: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text.strip()):
        lines = paragraph.splitlines()
        if any(_BLOCK_LINE.match(line) for line in lines):
            out.append("\n".join(line.rstrip() for line in lines))
        else:
            out.append("\n".join(_SENTENCE_END.split(" ".join(line.strip() for line in lines))))
    joined = "\n\n".join(out)
    return joined.replace("\n", "\n" + " " * hang) if hang else joined


_PRIMITIVE_GUARDS = {
    "StringProperty": ("{v}.__class__ is not str", "str"),
    "IntProperty": ("{v}.__class__ is not int", "int"),
    "BooleanProperty": ("{v}.__class__ is not bool", "bool"),
    "FloatProperty": ("{v}.__class__ is not float and {v}.__class__ is not int", "float"),
}


def type_guard(prop: Any) -> tuple[str, str] | None:
    """(condition, expected type) under which a parsed primitive field has the wrong JSON type
    (`"name": 123` for a string), or None for a field that needs no test. A nullable primitive
    (a union with null) is tested too; any other union is the spec's declared inconsistency."""
    allow_none = False
    if isinstance(prop, UnionProperty):
        inner = [p for p in prop.inner_properties if type(p).__name__ != "NoneProperty"]
        if len(inner) != 1 or len(inner) == len(prop.inner_properties):
            return None
        prop, allow_none = inner[0], True
    guard = _PRIMITIVE_GUARDS.get(type(prop).__name__)
    if guard is None:
        return None
    condition, expected = guard
    return condition + (" and {v} is not None" if allow_none else ""), expected


_TYPES_IMPORT = re.compile(r"^from \.\.types import .*\n", re.MULTILINE)
_ISINSTANCE_UNSET = re.compile(r"isinstance\(([\w.]+), Unset\)")


def _none_for_unset(source: str) -> str:
    """A model module with None where upstream writes UNSET/Unset.

    A field the server may omit reads as `X | None`, never `X | Unset`: users and their type
    checkers handle None. Presence is not lost: from_dict records the keys that came as null
    (`_wire_nulls`) and to_dict sends those back, so an absent key stays absent. The property
    templates are shared with the endpoint modules, whose query arguments keep UNSET (not given
    is not null there), hence a rewrite of the model modules rather than of the templates."""
    lines = []
    for line in _TYPES_IMPORT.sub("", source).splitlines(keepends=True):
        if "| Unset" in line:
            annotation = line.split("=", 1)[0]
            # `None | str | Unset` is already optional; anything else gains `| None`.
            none = re.search(r"\bNone\b", annotation.split(":", 1)[-1].split("->")[-1])
            line = line.replace(" | Unset", "" if none else " | None")
        line = _ISINSTANCE_UNSET.sub(r"\1 is None", line)
        line = line.replace(".to_dict()", ".to_wire()")  # upstream's nested-model calls
        lines.append(re.sub(r"\bUNSET\b", "None", line).replace("Unset", "None"))
    return "".join(lines)


def json_keys(props: list[Any]) -> str:
    """The inside of a tuple of the properties' JSON keys, one per line (as black writes it)."""
    if not props:
        return ""
    if len(props) == 1:
        return f"{json.dumps(raw_name(props[0]))},"
    keys = "".join(f"        {json.dumps(raw_name(prop))},\n" for prop in props)
    return f"\n{keys}    "


_AS_IS = (StringProperty, IntProperty, FloatProperty, BooleanProperty, NoneProperty, AnyProperty)


def as_is(prop: Any) -> bool:
    """A union whose members go to the wire as they are (`None | str`), or a list of them:
    to_wire reads it straight from the model, without upstream's per-member branches or a
    local copy."""
    if isinstance(prop, ListProperty):
        return isinstance(prop.inner_property, _AS_IS)
    return isinstance(prop, UnionProperty) and all(
        isinstance(inner, _AS_IS) for inner in prop.inner_properties
    )


def _split_call(line: str, indent: int) -> list[str]:
    """`line` (a statement ending in a call) split as black's right-hand split does: at the
    bracket of the call that ends it, then one argument per line, inner calls alike. A line
    with strings or other shapes is left to black."""
    limit = int(LINE_LENGTH)
    if indent + len(line) <= limit or not line.endswith(")") or any(q in line for q in "\"'#"):
        return [line]
    depth, start = 0, -1
    for index in range(len(line) - 1, -1, -1):
        depth += {")": 1, "(": -1}.get(line[index], 0)
        if depth == 0:
            start = index
            break
    if start <= 0 or not (line[start - 1].isalnum() or line[start - 1] == "_"):
        return [line]
    head, body, inner = line[: start + 1], line[start + 1 : -1], " " * (indent + 4)
    if indent + 4 + len(body) <= limit:
        return [head, inner + body, " " * indent + ")"]
    args, depth, begin = [], 0, 0
    for index, char in enumerate(body):
        depth += {"(": 1, "[": 1, "{": 1, ")": -1, "]": -1, "}": -1}.get(char, 0)
        if char == "," and depth == 0:
            args.append(body[begin:index].strip())
            begin = index + 1
    args.append(body[begin:].strip())
    if len(args) == 1:
        nested = _split_call(body, indent + 4)
        return [head, inner + nested[0], *nested[1:], " " * indent + ")"]
    lines = [head]
    for arg in args:
        split = _split_call(arg + ",", indent + 4) if arg.endswith(")") else [arg + ","]
        lines += [inner + split[0], *split[1:]]
    return [*lines, " " * indent + ")"]


def black_call(text: str, indent: int) -> str:
    """A statement that ends in a call, as black writes it at this indent (the templates join
    argument lists over several lines)."""
    line = re.sub(r"\(\s+", "(", re.sub(r",\s*\n\s*", ", ", text.strip()))
    # The first line is indented here too: jinja's lstrip_blocks drops what precedes the tag.
    return " " * indent + "\n".join(_split_call(line, indent))


def guard_line(condition: str, indent: int) -> str:
    """`if condition:` as black writes it at this indent, so black has nothing to redo."""
    limit = int(LINE_LENGTH)
    if indent + len(f"if {condition}:") <= limit:
        return f"if {condition}:"
    if indent + 4 + len(condition) <= limit:
        return f"if (\n    {condition}\n):"
    first, *rest = condition.split(" and ")
    return "\n".join(["if (", f"    {first}", *(f"    and {part}" for part in rest), "):"])


def _request_model(endpoint: Any) -> tuple[str, str] | None:
    """(module, class) of the generated model of the operation's JSON request body, if any."""
    if len(endpoint.bodies) != 1 or not isinstance(endpoint.bodies[0].prop, ModelProperty):
        return None
    info = endpoint.bodies[0].prop.class_info
    return str(info.module_name), str(info.name)


def _render(
    version: str, spec_dir: Path, out_dir: Path
) -> tuple[dict[str, dict[str, Any]], dict[str, tuple[str, str]], dict[str, Any], list[str]]:
    config_file = ConfigFile.load_from_path(ROOT / "generator" / f"config.{version}.yaml")
    spec_path = spec_dir / f"{version}.yaml"
    config = Config.from_sources(
        config_file, MetaType.NONE, spec_path, "utf-8", overwrite=True, output_path=out_dir
    )
    document = YAML(typ="safe").load(spec_path.read_bytes())
    openapi = GeneratorData.from_dict(_without_uuid_format(_enum_typed(document)), config=config)
    if not isinstance(openapi, GeneratorData):
        raise GenerationError(f"{spec_path}: {openapi.header}\n{openapi.detail}")
    project = Project(openapi=openapi, config=config, custom_template_path=TEMPLATES)
    operations = {
        op["operationId"]: op
        for item in document.get("paths", {}).values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }
    input_optional = {
        str(model.class_info.name)
        for model in openapi.models
        if _model_schema(document, model).get("x-hamsa-request-checks") is True
    }
    split = _import_splitter(openapi.models)
    checks = _constraint_checker(document)
    project.env.filters["sentences"] = sentences
    project.env.filters["black_call"] = black_call
    project.env.tests["nullable_optional"] = lambda prop: (
        not prop.required and "None" in prop.get_type_string().as_unembedded_code()
    )
    project.env.globals.update(
        api_version=version,
        hoisted_imports=lambda model: split(model, False),
        deferred_imports=lambda model: split(model, True),
        rules_table=lambda model: rules_table(model, checks),
        rules_imports=rules_imports,
        type_guard=type_guard,
        guard_line=guard_line,
        as_is=as_is,
        json_keys=json_keys,
        request_models=_request_models(openapi, document),
        input_optional=input_optional,
        read_only_fields=lambda model: sorted(
            str(prop.python_name)
            for prop in model.required_properties + model.optional_properties
            if _raw_property(document, model, raw_name(prop)).get("readOnly") is True
        ),
        is_secret=_secret_checker(document),
        endpoint_success_prop=success_prop,
        binary_media_type=binary_media_type,
        spec_operation=lambda endpoint: operations[str(endpoint.name)],
        spec_document=document,
    )
    errors = project.build()
    if errors:
        details = "\n".join(f"{e.level}: {e.header}: {e.detail}" for e in errors)
        raise GenerationError(f"{spec_path} did not generate cleanly:\n{details}")
    for module in (out_dir / "models").glob("*.py"):
        if module.name != "__init__.py":
            module.write_text(_none_for_unset(module.read_text(encoding="utf-8")), encoding="utf-8")
    # What the friendly resources need of each operation, as plain data for the main process.
    shapes = {}
    models = {}
    params = Params(version, openapi.models)
    for tag, collection in openapi.endpoint_collections_by_tag.items():
        for endpoint in collection.endpoints:
            raw = operations[str(endpoint.name)]
            if (model := _request_model(endpoint)) is not None:
                models[str(endpoint.name)] = (f"hamsa.{version}.models.{model[0]}", model[1])
            shapes[str(endpoint.name)] = operation_shape(
                document,
                raw,
                endpoint,
                str(tag),
                str(PythonIdentifier(str(endpoint.name), config.field_prefix)),
                version,
                success_prop(endpoint),
                binary_media_type(raw) is not None,
                params,
            )
    return shapes, models, params.data(), _open_models(version, openapi.models)


def _open_models(version: str, models: Iterable[Any]) -> list[str]:
    """The models whose schema declares ``additionalProperties`` (a map, or an object the API
    lets grow, like a workflow node): unknown keys are the user's data there, while in every
    other model they are typos the SDK refuses before sending (hamsa/_open_models.py)."""
    return sorted(
        f"hamsa.{version}.models.{m.class_info.module_name}.{m.class_info.name}"
        for m in models
        if m.data.additionalProperties not in (None, False)
    )


def _secret_fields(node: Any, found: set[str]) -> set[str]:
    """The names of the properties the specs mark ``format: password``, at any depth."""
    if isinstance(node, dict):
        for name, prop in (node.get("properties") or {}).items():
            if isinstance(prop, dict) and prop.get("format") == "password":
                found.add(str(name))
        for value in node.values():
            _secret_fields(value, found)
    elif isinstance(node, list):
        for value in node:
            _secret_fields(value, found)
    return found


def _write_secret_fields(package: Path, spec_dir: Path) -> None:
    """hamsa/_secret_fields.py: the keys whose values hamsa._redact masks everywhere (logs,
    reprs, errors, cassettes), derived from the specs so a new secret field is masked the day
    it is declared."""
    found: set[str] = set()
    for _, document in load_documents(spec_dir):
        _secret_fields(document, found)
    names = {n.lower() for n in found} | {snake_case(n) for n in found}
    rows = "".join(f"        {name!r},\n" for name in sorted(names))
    (package / "_secret_fields.py").write_text(
        '"""The fields the specs mark `format: password`, lower-cased wire and snake_case names.\n'
        'Generated by generator/generate.py from spec/; do not edit."""\n\n'
        f"SECRET_FIELDS: frozenset[str] = frozenset(\n    {{\n{rows}    }}\n)\n",
        encoding="utf-8",
    )


def _write_open_models(package: Path, names: Iterable[str]) -> None:
    rows = "".join(f"        {name!r},\n" for name in sorted(names))
    (package / "_open_models.py").write_text(
        '"""The request models that take keys beyond their declared fields: their schema says\n'
        "additionalProperties. Generated by generator/generate.py from spec/; do not edit.\n"
        'hamsa._unknown_keys reads it to tell a typo from user data."""\n\n'
        f"OPEN_MODELS: frozenset[str] = frozenset(\n    {{\n{rows}    }}\n)\n",
        encoding="utf-8",
    )


# Hand-written async modules whose sync twin is written from them (unasync: async/await dropped,
# Async* names and the listed ones replaced), so the two can't drift apart.
SYNC_TWINS = {
    "_realtime_async.py": (
        "_realtime_sync.py",
        {
            "AsyncRealtime": "Realtime",
            "AsyncRealtimeSession": "RealtimeSession",
            "AsyncTTSStream": "TTSStream",
            "_realtime_io_async": "_realtime_io_sync",
            "asyncio": "sync",  # websockets.asyncio.client -> websockets.sync.client
        },
    ),
}


def _write_sync_twins(package: Path) -> None:
    import unasync

    with tempfile.TemporaryDirectory() as tmp:
        for source, (twin, names) in SYNC_TWINS.items():
            given = Path(tmp) / "_async" / source
            given.parent.mkdir(exist_ok=True)
            given.write_bytes((OVERLAY_RESOURCES.parent / source).read_bytes())
            rule = unasync.Rule("/_async/", "/_sync/", additional_replacements=names)
            unasync.unasync_files([str(given)], [rule])
            written = (Path(tmp) / "_sync" / source).read_text(encoding="utf-8")
            header = (
                f"# Generated by generator/generate.py from overlays/hamsa/{source} (unasync); "
                "do not edit.\n"
            )
            (package / twin).write_text(header + written, encoding="utf-8")


def _run(*args: str) -> None:
    result = subprocess.run(args, capture_output=True, text=True)
    if result.returncode != 0:
        raise GenerationError(f"{' '.join(args)} failed:\n{result.stdout}{result.stderr}")


def _format(files: list[str]) -> None:
    # Explicit file lists: when given a directory, both tools skip paths under .gitignore'd or
    # default-excluded folders (.nox, build, ...), and output must not depend on where it lands.
    # --isolated: output depends on the pinned tools, not on repo lint settings. --preview: only
    # preview ruff removes unused imports from __init__.py files. black's fast mode skips its
    # own re-parse of its output (same bytes, a third of the time); the generated code is
    # imported, type-checked and tested afterwards anyway.
    if not files:
        return
    ruff = [
        sys.executable,
        "-m",
        "ruff",
        "check",
        "--isolated",
        "--quiet",
        "--fix",
        "--unsafe-fixes",
    ]
    _run(*ruff, "--preview", "--select", "F401,I", "--line-length", LINE_LENGTH, *files)
    # black through its API in our own pool, biggest files first: the CLI's per-file scheduling
    # and cache bookkeeping cost a fifth more, and a big file started last idles the other core.
    ordered = sorted(files, key=lambda name: -Path(name).stat().st_size)
    with ProcessPoolExecutor(max_workers=2) as pool:
        list(pool.map(_black_file, ordered))


_BLANK_RUN = re.compile(r"\n(?:[ \t]*\n){2,}(?=([ \t]*))")
_TRAILING_SPACE = re.compile(r"[ \t]+$", re.MULTILINE)
_TOP_LEVEL_AFTER_BLOCK = re.compile(r"(\n[ ]{4}[^\n]*\S)\n\n(?=(?:class |def |async def |@))")
# Blank lines just inside an opening or before a closing bracket, which black drops.
_BLANK_IN_BRACKETS = re.compile(r"(?<=[(\[{])\n(?:[ \t]*\n)+|\n(?:[ \t]*\n)+(?=[ \t]*[)\]}])")


def _tidy(source: str) -> str:
    """The blank lines and trailing spaces of a rendering as black leaves them (at most two
    blank lines at module level, one inside a block, none at the edge of brackets). black formats a file it would change
    twice over (its second pass settles trailing commas), so a rendering it leaves alone
    costs half; the templates' jinja blocks leave runs of blank lines everywhere."""
    source = _TRAILING_SPACE.sub("", source)
    source = _BLANK_IN_BRACKETS.sub("\n", source)
    source = _BLANK_RUN.sub(lambda m: "\n\n\n" if not m.group(1) else "\n\n", source)
    # Two blank lines before a top-level def or class that ends an indented block.
    source = _TOP_LEVEL_AFTER_BLOCK.sub(r"\1\n\n\n", source)
    return source.rstrip("\n") + "\n"


def _black_file(path: str) -> None:
    import black  # only the formatting workers need it

    mode = black.Mode(line_length=int(LINE_LENGTH), target_versions={black.TargetVersion.PY311})
    source = _tidy(Path(path).read_text(encoding="utf-8"))
    try:
        formatted = black.format_file_contents(source, fast=True, mode=mode)
    except black.NothingChanged:
        formatted = source
    Path(path).write_text(formatted, encoding="utf-8")


# --- reusing formatted files -------------------------------------------------------------
# black is ~90% of a run. Both formatters work file by file, so a file whose rendering is
# byte-identical to last time formats to the same bytes: the manifest beside the package
# records, per file, the hash of the rendering and of the formatted file, and such a file is
# copied instead of formatted. A hand-edited file no longer matches its recorded hash, so it
# is formatted again and --check still reports it. Other tool versions void the manifest.

MANIFEST_NAME = ".generate-manifest.json"


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _tool_versions() -> dict[str, str]:
    return {
        name: importlib.metadata.version(name)
        for name in ("openapi-python-client", "black", "ruff")
    }


def _manifest_path(package: Path) -> Path:
    return package.parent / MANIFEST_NAME


def _load_manifest(package: Path) -> dict[str, list[str]]:
    try:
        data = json.loads(_manifest_path(package).read_text())
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("tools") != _tool_versions():
        return {}
    files = data.get("files")
    return files if isinstance(files, dict) else {}


def _reuse_formatted(package: Path, previous: Path | None) -> tuple[list[str], dict[str, str]]:
    """Copy last run's output over each rendering that has not changed; return the files
    still to format and the rendering hash of every file."""
    known = _load_manifest(previous) if previous is not None else {}
    to_format: list[str] = []
    rendered: dict[str, str] = {}
    for path in sorted(package.rglob("*.py")):
        name = path.relative_to(package).as_posix()
        rendered[name] = _sha(path.read_bytes())
        entry = known.get(name)
        old = previous / name if previous is not None else None
        if entry and entry[0] == rendered[name] and old is not None and old.is_file():
            formatted = old.read_bytes()
            if _sha(formatted) == entry[1]:
                path.write_bytes(formatted)
                continue
        to_format.append(str(path))
    return to_format, rendered


def _write_manifest(package: Path, rendered: dict[str, str]) -> None:
    files = {name: [raw, _sha((package / name).read_bytes())] for name, raw in rendered.items()}
    data = {"tools": _tool_versions(), "files": files}
    _manifest_path(package).write_text(json.dumps(data, indent=1, sort_keys=True) + "\n")


def _write_operations(package: Path, spec_dir: Path) -> None:
    """hamsa/_operations.py: the operation table (generator/sdk_operations.py) as data, formatted
    and checked like every other generated file."""
    try:
        documents = load_documents(spec_dir)
        source = render_module(operation_table(documents), status_enums(documents))
    except Exception as error:  # a malformed x-hamsa-* declaration, or an unreadable spec
        raise GenerationError(f"the operation table: {error}") from error
    (package / "_operations.py").write_text(source, encoding="utf-8")


def _write_examples(
    package: Path, spec_dir: Path, models: dict[tuple[str, str], tuple[str, str]]
) -> None:
    """hamsa/_examples.py: MockHamsa's answers for operations without a stateful handler
    (generator/mock_examples.py)."""
    try:
        source = render_examples(operation_examples(load_documents(spec_dir), models))
    except Exception as error:
        raise GenerationError(f"the mock examples: {error}") from error
    (package / "_examples.py").write_text(source, encoding="utf-8")


_MODEL_LINE = re.compile(r"^from hamsa\.(v\d+)\.models\.\w+ import (\w+)$")
_PARAMS_LINE = re.compile(r"^from hamsa\.(v\d+)\.params import (\w+)$")


def _versioned_imports(methods: list[dict[str, Any]]) -> list[str]:
    """The model imports of a resource's methods. A model or params name both versions define
    (a resource over v1 and v2 operations) is imported as V1Name / V2Name, and each method's
    text says the one of its own version."""
    versions: dict[str, set[str]] = {}
    for method in methods:
        for line in [*method["imports"], *method["type_imports"]]:
            if match := _MODEL_LINE.match(line) or _PARAMS_LINE.match(line):
                versions.setdefault(match[2], set()).add(match[1])
    clashing = {name for name, seen in versions.items() if len(seen) > 1}
    for method in methods:  # what its functions import when they run (resource.py.jinja)
        method["local_imports"] = sorted(method["imports"])
    if not clashing:
        return sorted({line for m in methods for line in m["imports"]})
    pattern = re.compile(r"\b(" + "|".join(sorted(clashing)) + r")\b")

    def aliased(line: str) -> str:
        match = _MODEL_LINE.match(line) or _PARAMS_LINE.match(line)
        if match and match[2] in clashing:
            return f"{line} as {match[1].upper()}{match[2]}"
        return line

    lines = set()
    for method in methods:
        prefix = method["version"].upper()

        def rename(value: Any, prefix: str = prefix) -> Any:
            if isinstance(value, str):
                return pattern.sub(lambda m: prefix + m[1], value)
            if isinstance(value, list | tuple):
                return type(value)(rename(v) for v in value)
            if isinstance(value, dict):
                return {
                    k: v if k in ("summary", "imports") else rename(v) for k, v in value.items()
                }
            return value

        # A type x-hamsa-result names (hamsa.VoiceAgent) is the runtime's, not a model's.
        own = ("annotation", "result") if method["result"].get("hooked") else ()
        for key, value in list(method.items()):
            if key not in (
                "summary", "imports", "local_imports", "type_imports", "module", "name", "alias",
                *own,
            ):  # fmt: skip
                method[key] = rename(value)
        method["type_imports"] = [aliased(line) for line in method["type_imports"]]
        local = [aliased(line) for line in method["imports"]]
        lines.update(local)
        method["local_imports"] = sorted(local)
    return sorted(lines)


def _templates() -> Any:
    """The jinja environment of our own templates (resources, params)."""
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    return Environment(
        loader=FileSystemLoader(TEMPLATES),
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )


def _final_statuses(method: dict[str, Any], enums: Any) -> None:
    """The status enum a wait method stops on: the one of the method's version with the
    status field's values, which must mark its final values (x-hamsa-final)."""
    wait = method["wait"]
    for enum in enums:
        if enum.version == method["version"] and set(enum.values) == set(wait["values"]):
            wait["schema"], wait["final"] = enum.schema, enum.final
            return
    raise GenerationError(
        f"{method['http']}: x-hamsa-wait on {wait['field']!r}, whose enum marks no final "
        "values: add x-hamsa-final to it"
    )


def _write_resources(
    package: Path, spec_dir: Path, shapes: dict[tuple[str, str], dict[str, Any]]
) -> None:
    """hamsa/_resources/: one module per friendly resource (resource.py.jinja) and the client
    mixins (resources_init.py.jinja). A resource with a hand-written module in
    overlays/hamsa/resources/ is served from that module, which may extend the generated one."""
    env = _templates()
    try:
        documents = load_documents(spec_dir)
        table = operation_table(documents)
        enums = status_enums(documents)
    except Exception as error:
        raise GenerationError(f"the operation table: {error}") from error
    by_resource: dict[str, list[Any]] = {}
    for op in table:
        if op.friendly:
            by_resource.setdefault(op.resource, []).append(op)
    out = package / "_resources"
    out.mkdir()
    listed: list[dict[str, Any]] = []
    rendered: list[dict[str, Any]] = []
    try:
        results = result_functions((OVERLAY_RESOURCES / "_results.py").read_text("utf-8"))
    except (OSError, SyntaxError, ShapeError) as error:
        raise GenerationError(f"hamsa/resources/_results.py: {error}") from error
    for resource in sorted(by_resource):
        ops = by_resource[resource]
        try:
            methods = [
                compose_method(op, shapes[(op.version, op.operation_id)], results) for op in ops
            ]
        except ShapeError as error:
            raise GenerationError(str(error)) from error
        for method in methods:
            if method["wait"]:
                _final_statuses(method, enums)
        imports = _versioned_imports(methods)
        overlay = (OVERLAY_RESOURCES / f"{resource}.py").is_file()
        info = {
            "name": resource,
            "class_name": class_name(resource),
            "title": f"The {resource.replace('_', ' ')} operations",
            "versions": sorted({op.version for op in ops}),
            "methods": methods,
            "imports": imports,
            "type_imports": sorted({line for m in methods for line in m["type_imports"]}),
            "overlay": overlay,
            "module": f"hamsa.resources.{resource}" if overlay else f"hamsa._resources.{resource}",
            "fields_dicts": sorted({m["fields_dict"] for m in methods if m["fields_dict"]}),
        }
        # A hand-written module that does not build on the generated one replaces it whole:
        # generating it anyway would ship a second, unused copy of the resource.
        overlay_path = OVERLAY_RESOURCES / f"{resource}.py"
        if not overlay or f"_resources.{resource}" in overlay_path.read_text(encoding="utf-8"):
            rendered.append(info)
        listed.append(info)
    # x-hamsa-before calls another resource's method: import it from where that one is served.
    served = {info["name"]: info for info in listed}
    for info in listed:
        for method in info["methods"]:
            if method["before"]:
                target = served[method["before"]["resource"]]
                method["before"].update(module=target["module"], class_name=target["class_name"])
    for info in rendered:
        source = env.get_template("resource.py.jinja").render(resource=info)
        (out / f"{info['name']}.py").write_text(source, encoding="utf-8")
    source = env.get_template("resources_init.py.jinja").render(resources=listed)
    (out / "__init__.py").write_text(source, encoding="utf-8")


def _write_params(package: Path, params: dict[str, dict[str, Any]]) -> None:
    """hamsa/<version>/params.py: the request objects' TypedDicts (params.py.jinja).
    Only type checkers import them: the resources import them under TYPE_CHECKING."""
    env = _templates()
    for version, data in params.items():
        source = env.get_template("params.py.jinja").render(version=version, **data)
        (package / version / "params.py").write_text(source, encoding="utf-8")


class Rendered(NamedTuple):
    package: Path
    formatted: int  # files ruff and black ran on; the rest were copied from `previous`
    total: int


def render_all(
    staging_root: Path, spec_dir: Path = ROOT / "spec", previous: Path | None = None
) -> Rendered:
    """Render and format both versions into staging_root/hamsa.

    ``previous`` is an earlier output (with its manifest) whose unchanged files are reused."""
    package = staging_root / "hamsa"
    # One process per version: rendering is CPU-bound Python, and the two are independent.
    with ProcessPoolExecutor(max_workers=len(VERSIONS)) as pool:
        jobs = [pool.submit(_render, v, spec_dir, package / v) for v in VERSIONS]
        package.mkdir(parents=True, exist_ok=True)
        _write_operations(package, spec_dir)  # while the workers render
        shapes: dict[tuple[str, str], dict[str, Any]] = {}
        models: dict[tuple[str, str], tuple[str, str]] = {}
        params: dict[str, dict[str, Any]] = {}
        open_models: list[str] = []
        for version, job in zip(VERSIONS, jobs, strict=True):
            try:
                version_shapes, version_models, params[version], version_open = job.result()
                open_models += version_open
                shapes.update({(version, op): shape for op, shape in version_shapes.items()})
                models.update({(version, op): model for op, model in version_models.items()})
            except GenerationError:
                raise
            except Exception as error:  # e.g. a YAML syntax error in the spec
                raise GenerationError(f"spec {version}: {error}") from error
    _write_resources(package, spec_dir, shapes)
    _write_params(package, params)
    _write_examples(package, spec_dir, models)
    _write_open_models(package, open_models)
    _write_secret_fields(package, spec_dir)
    _write_sync_twins(package)
    to_format, rendered = _reuse_formatted(package, previous)
    _format(to_format)
    _write_manifest(package, rendered)
    return Rendered(package, len(to_format), len(rendered))


def _tree(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def check(spec_dir: Path, target: Path) -> int:
    with tempfile.TemporaryDirectory(prefix=".generate-", dir=ROOT) as tmp:
        fresh = _tree(render_all(Path(tmp), spec_dir, previous=target).package)
    current = _tree(target) if target.exists() else {}
    if fresh == current:
        print("generated/ is up to date with spec/ and generator/.")
        return 0
    for name in sorted(set(fresh) | set(current)):
        old, new = current.get(name), fresh.get(name)
        if old == new:
            continue
        if old is None or new is None:
            print(f"{name}: {'missing' if old is None else 'not produced by spec'}")
            continue
        diff = difflib.unified_diff(
            old.decode().splitlines(),
            new.decode().splitlines(),
            f"generated/hamsa/{name} (committed)",
            f"generated/hamsa/{name} (from spec)",
            lineterm="",
            n=1,
        )
        print("\n".join(list(diff)[:40]))
    print("\ngenerated/ differs from spec/: run `nox -s generate` and commit the result.")
    return 1


def generate(spec_dir: Path, target: Path) -> None:
    # Stage beside the target so the final renames stay on one filesystem.
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".generate-", dir=target.parent))
    try:
        rendered = render_all(tmp, spec_dir, previous=target if target.exists() else None)
        staged = rendered.package
        if target.exists():
            target.rename(tmp / "previous")
        staged.rename(target)
        _manifest_path(staged).replace(_manifest_path(target))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(
        f"Regenerated {', '.join(f'hamsa.{v}' for v in VERSIONS)} in {target} (formatted "
        f"{rendered.formatted} of {rendered.total} files; the others rendered as last time)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report drift in generated/")
    parser.add_argument(
        "--spec-dir", type=Path, default=ROOT / "spec", help="holds v1.yaml, v2.yaml"
    )
    parser.add_argument(
        "--output", type=Path, default=TARGET, help="the hamsa package dir to write"
    )
    args = parser.parse_args(argv)
    try:
        if args.check:
            return check(args.spec_dir, args.output)
        generate(args.spec_dir, args.output)
    except GenerationError as error:
        print(f"generation failed, generated/ left untouched:\n{error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""What the friendly resources (hamsa/_resources/<resource>.py) need to know of each operation,
read from the parsed spec in the per-version render worker, as plain picklable data.

generate.py gathers the shapes of both versions, joins them with the operation table
(sdk_operations.py) and renders generator/templates/resource.py.jinja once per resource.
"""

from __future__ import annotations

import ast
import builtins
import keyword
import re
from collections.abc import Iterable, Mapping
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
from openapi_python_client.parser.properties.const import ConstProperty
from openapi_python_client.parser.properties.literal_enum_property import LiteralEnumProperty
from openapi_python_client.parser.properties.uuid import UuidProperty
from sdk_operations import snake_case

# The request-side extensions on a parameter or a body property (docs/spec-evolution.md).
TEXT_BOOLEAN = "x-hamsa-text-boolean"  # a string query parameter the SDK takes as a bool
POSITIONAL = "x-hamsa-positional"  # a body property taken positionally
KEYWORD = "x-hamsa-keyword"  # the keyword a body property is taken by, when not its own name
CHECK = "x-hamsa-check"  # on a request body schema: hamsa.resources._checks.<name>
PREPARE = "x-hamsa-prepare"  # on a request body schema: hamsa.resources._prepare.<function>
DEFAULT = "x-hamsa-default"  # a body property required on the wire, sent as this when left out
UNIFIED_AGENT = "x-hamsa-unified-agent"  # a body property taking a hamsa.VoiceAgent
INPUT = "x-hamsa-input"  # a parameter or body property taken in another form (instant, wav-base64)
AFTER = "x-hamsa-after"  # a query parameter that must not come before the one named
PERIOD = "x-hamsa-period"  # a period enum whose start/end parameters imply CUSTOM
PROJECT_ID = "x-hamsa-project-id"  # a projectId the client's project_id setting fills in


def _text(value: Any) -> str:
    """The spec's own text (the parser wraps names and summaries in UntrustedString)."""
    return str(value.get_untrusted_value() if hasattr(value, "get_untrusted_value") else value)


def friendly_name(wire: str) -> str:
    """The keyword for a wire name: its snake_case; a Python keyword gets a trailing _."""
    name = snake_case(wire)
    return f"{name}_" if keyword.iskeyword(name) else name


def _lead(description: Any) -> list[str]:
    """The first paragraph of an operation's description, one sentence per line (editors show
    docstrings as written: a line broken mid-sentence stays broken)."""
    if not isinstance(description, str) or not description.strip():
        return []
    paragraph = " ".join(description.strip().split("\n\n")[0].split())
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z`(])", paragraph)
    return [s.replace("\\", "\\\\").replace('"""', '\\"\\"\\"') for s in sentences]


def _resolve(document: Mapping[str, Any], node: Any) -> Any:
    while isinstance(node, Mapping) and "$ref" in node:
        target: Any = document
        for part in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


class Params:
    """The TypedDicts of one version's request objects (hamsa/<version>/params.py),
    so that editors and type checkers know the keys of ``call_settings={...}``: one per model a
    request takes, keyed by the snake_case of the wire names, as users write nested dicts."""

    def __init__(self, version: str, models: Iterable[Any] = ()) -> None:
        self.version = version
        self.imports: set[str] = set()
        self.dicts: dict[str, list[tuple[str, str, bool]] | None] = {}
        # The parser's finished models by class name: a property met before its schema was
        # processed may hold an early copy without its fields.
        self.models = {str(m.class_info.name): m for m in models}

    def canonical(self, prop: Any) -> Any:
        return self.models.get(str(prop.class_info.name), prop)

    def name_of(self, prop: Any, types: _Types) -> str:
        prop = self.canonical(prop)
        name = f"{prop.class_info.name}Param"
        if name not in self.dicts:
            self.dicts[name] = None  # taken first: a model may contain itself
            inner = _Types(self.version, self)
            fields = [
                (snake_case(_text(child.name)), inner.input(child), bool(child.required))
                for child in [*(prop.required_properties or []), *(prop.optional_properties or [])]
            ]
            self.dicts[name] = fields
            self.imports |= inner.imports
        types.type_imports.add(f"from hamsa.{self.version}.params import {name}")
        return name

    def data(self) -> dict[str, Any]:
        return {"imports": sorted(self.imports), "dicts": dict(sorted(self.dicts.items()))}


class _Types:
    """Python annotations (as text) for user input and for parsed values, with the model
    imports they need."""

    def __init__(self, version: str, params: Params | None = None) -> None:
        self.version = version
        self.params = params
        self.imports: set[str] = set()
        self.type_imports: set[str] = set()

    def _class(self, prop: Any) -> str:
        name = str(prop.class_info.name)
        module = str(prop.class_info.module_name)
        self.imports.add(f"from hamsa.{self.version}.models.{module} import {name}")
        return name

    def input(self, prop: Any) -> str:
        if isinstance(prop, ModelProperty):
            if self.params is None or _open(self.params.canonical(prop)):
                return f"{self._class(prop)} | Mapping[str, Any]"
            return f"{self._class(prop)} | {self.params.name_of(prop, self)}"
        if isinstance(prop, EnumProperty | LiteralEnumProperty):
            return f"{self._class(prop)} | str" if hasattr(prop, "class_info") else "str"
        if isinstance(prop, ListProperty):
            return f"Sequence[{self.input(prop.inner_property)}]"
        if isinstance(prop, UnionProperty):
            parts: list[str] = []
            for inner in prop.inner_properties:
                for part in self.input(inner).split(" | "):
                    if part not in parts:
                        parts.append(part)
            return " | ".join(parts)
        return self._primitive(prop)

    def _primitive(self, prop: Any) -> str:
        if isinstance(prop, StringProperty | UuidProperty):
            return "str"
        if isinstance(prop, BooleanProperty):
            return "bool"
        if isinstance(prop, IntProperty):
            return "int"
        if isinstance(prop, FloatProperty):
            return "float"
        if isinstance(prop, NoneProperty):
            return "None"
        if isinstance(prop, ConstProperty):
            return "Any"
        if isinstance(prop, AnyProperty):
            return "Any"
        return "Any"

    def output(self, prop: Any) -> tuple[str, str] | None:
        """(annotation, builder) of a parsed value, for a model or a list of models."""
        if isinstance(prop, ModelProperty):
            name = self._class(prop)
            return name, f"{name}.from_dict"
        if isinstance(prop, UnionProperty):
            models = [p for p in prop.inner_properties if isinstance(p, ModelProperty)]
            if len(models) == 1:
                return self.output(models[0])
        return None


def _open(prop: Any) -> bool:
    """A model whose keys are the user's own (params, headers): no TypedDict can list them."""
    return not (prop.required_properties or prop.optional_properties)


def _status_values(
    document: Mapping[str, Any], raw_op: Mapping[str, Any], envelope: str | None, field: str
) -> tuple[str, ...]:
    """The enum values of the status field a wait polls, read from the spec itself (the
    parsed property of an open enum, anyOf [enum, string], is not always an EnumProperty)."""
    responses = raw_op.get("responses") or {}
    ok = next((r for code, r in responses.items() if str(code).startswith("2")), {})
    content = (_resolve(document, ok).get("content") or {}).values()
    node = _resolve(document, next(iter(content), {}).get("schema") or {})
    for key in [*(envelope.split(".") if envelope else []), field]:
        node = _property(document, node, key)
    return _enum_of(document, node)


def _property(document: Mapping[str, Any], node: Any, key: str) -> Any:
    node = _resolve(document, node)
    if not isinstance(node, Mapping):
        return {}
    if key in (node.get("properties") or {}):
        return _resolve(document, node["properties"][key])
    for part in node.get("allOf") or []:
        found = _property(document, part, key)
        if found:
            return found
    return {}


def _enum_of(document: Mapping[str, Any], node: Any) -> tuple[str, ...]:
    node = _resolve(document, node)
    if not isinstance(node, Mapping):
        return ()
    if node.get("enum"):
        return tuple(str(v) for v in node["enum"] if v is not None)
    for member in [*(node.get("anyOf") or []), *(node.get("oneOf") or [])]:
        found = _enum_of(document, member)
        if found:
            return found
    return ()


def _child(prop: Any, wire: str) -> Any:
    if isinstance(prop, UnionProperty):
        models = [p for p in prop.inner_properties if isinstance(p, ModelProperty)]
        prop = models[0] if len(models) == 1 else None
    if not isinstance(prop, ModelProperty):
        return None
    for child in [*(prop.required_properties or []), *(prop.optional_properties or [])]:
        if _text(child.name) == wire:
            return child
    return None


def _at(prop: Any, path: str | None) -> Any:
    for wire in path.split(".") if path else []:
        prop = _child(prop, wire)
    return prop


def _query_param(
    document: Mapping[str, Any], raw: Mapping[str, Any], param: Any, types: _Types
) -> dict[str, Any]:
    wire = _text(param.name)
    schema = _resolve(document, raw.get("schema") or {})
    items = _resolve(document, schema.get("items") or {})
    prop = param
    enum_class = None
    if isinstance(prop, EnumProperty):
        enum_class = types._class(prop)
    elif isinstance(prop, ListProperty) and isinstance(prop.inner_property, EnumProperty):
        enum_class = types._class(prop.inner_property)
    if raw.get(PERIOD):
        period = raw[PERIOD]
        check = ("period", enum_class, friendly_name(period["start"]), friendly_name(period["end"]))
        annotation = f"{enum_class} | str"
    elif raw.get(INPUT) == "instant":
        check, annotation = ("instant", schema.get("type") == "string"), "datetime | int"
    elif raw.get(INPUT) == "utc-offset":
        check, annotation = ("utc_offset", ""), "int | float | str"
    elif raw.get(TEXT_BOOLEAN):
        check, annotation = ("text_flag", ""), "bool"
    elif enum_class and isinstance(prop, ListProperty):
        check = ("enums", enum_class)
        annotation = f"{enum_class} | str | Sequence[{enum_class} | str]"
    elif enum_class:
        check, annotation = ("enum", enum_class), f"{enum_class} | str"
    elif schema.get("type") == "array" and items.get("type") == "string":
        check, annotation = ("strings", ""), "str | Sequence[str]"
    elif schema.get("format") == "uuid":
        check, annotation = ("uuid", ""), "str"
    elif schema.get("type") == "string" and schema.get("pattern"):
        check, annotation = ("matching", repr(schema["pattern"])), "str"
    elif schema.get("type") in ("string", "boolean", "integer", "number"):
        check = ("value", schema["type"])
        annotation = {"string": "str", "boolean": "bool", "integer": "int", "number": "float"}[
            schema["type"]
        ]
    else:
        check, annotation = ("value", ""), types.input(prop)
    return {
        "wire": wire,
        "python": str(param.python_name),
        "friendly": raw.get(KEYWORD) or friendly_name(wire),
        "annotation": annotation,
        "check": check,
        "required": bool(param.required),
        "project": bool(raw.get(PROJECT_ID)),
        "schema_type": schema.get("type"),
        "default": schema.get("default"),
        "maximum": schema.get("maximum"),
        "positional": bool(raw.get(POSITIONAL)),
        "after": friendly_name(raw[AFTER]) if raw.get(AFTER) else None,
    }


def _body(
    document: Mapping[str, Any], raw_op: Mapping[str, Any], endpoint: Any, types: _Types
) -> dict[str, Any] | None:
    if len(endpoint.bodies) != 1:
        return None
    prop = endpoint.bodies[0].prop
    if not isinstance(prop, ModelProperty):
        return None
    content = (raw_op.get("requestBody") or {}).get("content") or {}
    raw_schema = _resolve(document, next(iter(content.values()), {}).get("schema") or {})
    raw_props = raw_schema.get("properties") or {}
    prepare = raw_schema.get(PREPARE) or {}
    fields = []
    for child in [*(prop.required_properties or []), *(prop.optional_properties or [])]:
        wire = _text(child.name)
        extras = _resolve(document, raw_props.get(wire) or {})
        own = raw_props.get(wire) or {}
        if prepare.get("fields") and not (child.required or own.get(POSITIONAL)):
            continue  # taken through **fields, typed by the prepare's TypedDict
        annotation = types.input(child)
        friendly = own.get(KEYWORD) or extras.get(KEYWORD) or friendly_name(wire)
        value = friendly
        if own.get(INPUT) == "wav-base64":
            types.imports.add("from hamsa._audio import AudioInput, wav_base64")
            annotation = "AudioInput"
            value = f'wav_base64({friendly}, "{friendly}")'
        if own.get(UNIFIED_AGENT):
            # Only for annotations: loading hamsa.VoiceAgent loads the v2 models.
            types.type_imports.add("from hamsa._agent import VoiceAgent")
            annotation = "VoiceAgent | Mapping[str, Any]"
        fields.append(
            {
                "wire": wire,
                "friendly": friendly,
                "value": value,
                "annotation": annotation,
                "required": bool(child.required) and DEFAULT not in own,
                "positional": bool(own.get(POSITIONAL) or extras.get(POSITIONAL)),
                "default": repr(own[DEFAULT]) if DEFAULT in own else None,
                "project": bool(own.get(PROJECT_ID) or extras.get(PROJECT_ID)),
            }
        )
    return {
        "model": types._class(prop),
        "fields": fields,
        "check": raw_schema.get(CHECK),
        "prepare": prepare.get("function"),
        "keywords": sorted((prepare.get("keywords") or {}).items()),
        # The method takes the body's optional fields as **fields: Unpack[<this TypedDict>].
        "fields_dict": prepare.get("fields"),
    }


def operation_shape(
    document: Mapping[str, Any],
    raw_op: Mapping[str, Any],
    endpoint: Any,
    tag_module: str,
    module: str,
    version: str,
    success: Any,
    binary: bool,
    params: Params | None = None,
) -> dict[str, Any]:
    """Everything the resource template needs of one operation, as plain data."""
    types = _Types(version, params)
    raw_params = {
        (p.get("name"), p.get("in")): p
        for p in (_resolve(document, p) for p in raw_op.get("parameters") or [])
    }
    path_params = [
        {
            "python": str(p.python_name),
            "friendly": raw_params.get((_text(p.name), "path"), {}).get(KEYWORD)
            or friendly_name(_text(p.name)),
        }
        for p in endpoint.path_parameters
    ]
    query = [
        _query_param(document, raw_params.get((_text(p.name), "query"), {}), p, types)
        for p in endpoint.query_parameters
    ]
    envelope = raw_op.get("x-hamsa-envelope")
    pagination = raw_op.get("x-hamsa-pagination") or {}
    hooked = bool(raw_op.get("x-hamsa-result"))  # compose_method sets the type and builder
    result: dict[str, Any]
    if binary:
        result = {"kind": "bytes", "annotation": "bytes"}
    elif pagination.get("style") in ("page", "offset"):
        page = _at(success, envelope)
        items = _at(page, pagination.get("items"))
        item = (
            types.output(items.inner_property)
            if isinstance(items, ListProperty) and not hooked
            else None
        ) or ("Any", "_any")
        result = {
            "kind": "page",
            "annotation": item[0],
            "build": item[1],
            "items": tuple(str(pagination["items"]).split(".")),
            "total": tuple(pagination["total"].split(".")) if pagination.get("total") else None,
            "filtered": (
                tuple(pagination["filtered"].split(".")) if pagination.get("filtered") else None
            ),
        }
    else:
        found = types.output(_at(success, envelope)) if success is not None and not hooked else None
        annotation, build = found or ("Any", "_any")
        result = {"kind": "value", "annotation": annotation, "build": build}
        wait = raw_op.get("x-hamsa-wait")
        if wait:
            values = _status_values(document, raw_op, envelope, wait["status"])
            if not values:
                raise ShapeError(
                    f"{_text(endpoint.name)}: x-hamsa-wait status {wait['status']!r} is not an "
                    "enum of the value it returns"
                )
            result["status"] = (friendly_name(wait["status"]), values)
    result["envelope"] = tuple(envelope.split(".")) if envelope else ()
    return {
        "operation_id": _text(endpoint.name),
        "module": f"hamsa.{version}.api.{tag_module}.{module}",
        "summary": _text(endpoint.summary or endpoint.name),
        "description": _lead(raw_op.get("description")),
        "method": str(endpoint.method).upper(),
        "path": str(endpoint.path),
        "path_params": path_params,
        "query": query,
        "body": _body(document, raw_op, endpoint, types),
        "result": result,
        "imports": sorted(types.imports),
        "type_imports": sorted(types.type_imports),
    }


# --- composing the friendly methods of a resource ----------------------------------------------

PER_CALL = (
    ("timeout", "Timeout"),
    ("max_retries", "Retries"),
    ("extra_headers", "ExtraHeaders"),
    ("extra_query", "ExtraQuery"),
    ("extra_body", "ExtraBody"),
)
RESERVED = frozenset({"self", "page", "page_size", *(name for name, _ in PER_CALL)})
DEFAULT_PAGE_SIZE = 10


class ShapeError(ValueError):
    pass


def class_name(resource: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in resource.split("_"))


def _optional(annotation: str) -> str:
    return f"{annotation} | NotGiven"


def result_functions(source: str, package: str = "hamsa.resources") -> dict[str, Any]:
    """The functions of hamsa/resources/_results.py (``source``) that x-hamsa-result may name:
    name -> (return annotation, the imports it needs, as that module imports them)."""
    tree = ast.parse(source)
    imported: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, *([node.module] if node.module else [])])
            for alias in node.names:
                line = f"from {base} import {alias.name}"
                imported[alias.asname or alias.name] = line + (
                    f" as {alias.asname}" if alias.asname else ""
                )
    found: dict[str, Any] = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and not node.name.startswith("_") and node.returns:
            names = {n.id for n in ast.walk(node.returns) if isinstance(n, ast.Name)}
            unknown = sorted(n for n in names if n not in imported and not hasattr(builtins, n))
            if unknown:
                raise ShapeError(f"_results.{node.name}: its return type needs {unknown} imported")
            lines = sorted(imported[n] for n in names if n in imported)
            found[node.name] = (ast.unparse(node.returns), lines)
    return found


def compose_method(
    op: Any, shape: Mapping[str, Any], results: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """One friendly method (op: an sdk_operations.Operation) as the template writes it;
    ``results``: result_functions() of hamsa/resources/_results.py."""
    where = f"{op.version} {op.operation_id} ({op.resource}.{op.method})"
    pagination = op.pagination if op.pagination and op.pagination.style != "none" else None
    paging_params = {pagination.page_param, pagination.size_param} - {None} if pagination else set()
    body_paged = bool(pagination and pagination.page_in == "body")
    body = shape["body"]
    path = [(p["friendly"], "str") for p in shape["path_params"]]
    fields = body["fields"] if body else []
    if body_paged:  # the paginator sends the page number and size in the body
        fields = [f for f in fields if f["wire"] not in paging_params]
    # A projectId the client's setting fills in is optional in the signature.
    fields = [{**f, "required": False} if f.get("project") else f for f in fields]
    query = [q for q in shape["query"] if q["wire"] not in paging_params]
    query = [{**q, "required": False} if q.get("project") else q for q in query]
    names = [name for name, _ in path]
    names += [f["friendly"] for f in fields] + [q["friendly"] for q in query]
    for name in names:
        if name in RESERVED or names.count(name) > 1:
            raise ShapeError(
                f"{where}: the keyword {name!r} is taken; give the body property an "
                "x-hamsa-keyword (docs/spec-evolution.md)"
            )
    positional = [(f["friendly"], f["annotation"]) for f in fields if f["positional"]]
    positional += [(q["friendly"], q["annotation"]) for q in query if q["positional"]]
    required = [(f["friendly"], f["annotation"]) for f in fields if f["required"]]
    required = [r for r in required if r not in positional]
    required += [(q["friendly"], q["annotation"]) for q in query if q["required"]]
    required = [r for r in required if r not in positional]
    optional = [(f["friendly"], _optional(f["annotation"])) for f in fields if not f["required"]]
    optional += [(q["friendly"], _optional(q["annotation"])) for q in query if not q["required"]]
    head = [f"{n}: {a}" for n, a in [*path, *positional]]
    keywords = [f"{n}: {a}" for n, a in required] + [f"{n}: {a} = NOT_GIVEN" for n, a in optional]
    sdk_keywords = body["keywords"] if body else []
    keywords += [f"{n}: bool = {d}" for n, d in sdk_keywords]
    before = None
    if op.before:
        if op.before.keyword in names or op.before.keyword in RESERVED:
            raise ShapeError(f"{where}: x-hamsa-before keyword {op.before.keyword!r} is taken")
        strays = [ours for _, ours in op.before.arguments if ours not in names]
        if strays:
            raise ShapeError(f"{where}: x-hamsa-before passes {strays}, no keyword of the method")
        keywords.append(f"{op.before.keyword}: bool = False")
        before = {
            "keyword": op.before.keyword,
            "resource": op.before.resource,
            "method": op.before.method,
            "arguments": ", ".join(f"{theirs}={ours}" for theirs, ours in op.before.arguments),
        }
    fields_dict = body.get("fields_dict") if body else None
    body_args = [(f["friendly"], _annotation_of(f, positional, required, optional)) for f in fields]
    if body and body_paged:
        body = {**body, "fields": fields}
    query_args = [(q["friendly"], _annotation_of(q, positional, required, optional)) for q in query]
    page_arg = size_arg = None
    default_size = DEFAULT_PAGE_SIZE
    for q in [] if body_paged else shape["query"]:
        if pagination and q["wire"] == pagination.page_param:
            page_arg = (q["python"], "str(page)" if q["schema_type"] == "string" else "page")
        if pagination and q["wire"] == pagination.size_param:
            size_arg = (q["python"], "str(size)" if q["schema_type"] == "string" else "size")
            if isinstance(q["default"], int) and not isinstance(q["default"], bool):
                default_size = q["default"]
    if pagination and pagination.page_size:
        default_size = pagination.page_size
    result = shape["result"]
    type_imports = list(shape["type_imports"])
    if op.result:
        if op.result not in (results or {}):
            raise ShapeError(
                f"{where}: x-hamsa-result {op.result!r} is no function of "
                "hamsa.resources._results with a return annotation"
            )
        annotation, lines = (results or {})[op.result]
        build = f"_results.{op.result}"
        result = {**result, "annotation": annotation, "build": build, "hooked": True}
        type_imports += lines
    kind = result["kind"]
    if kind == "bytes" and op.stream:
        kind = "stream"
    if kind == "page" and pagination and pagination.eager:
        kind = "eager"
    if kind == "page" and not pagination:
        kind = "value"
    checks = []
    periods = {part for q in query if q["check"][0] == "period" for part in q["check"][2:]}
    for q in query:
        check, detail = q["check"][:2]
        name, value = q["python"], q["friendly"]
        if q["required"]:
            checks.append(f'_query.required("{name}", {value})')
        if name in periods:
            continue  # checked with its period
        if check == "period":
            start, end = q["check"][2:]
            checks.append(
                f'_query.period({detail}, "{name}", {value}, "{start}", {start}, "{end}", {end})'
            )
        elif check == "instant":
            checks.append(f'_ms_{value} = _query.epoch_ms("{name}", {value}, as_text={detail})')
        elif check == "utc_offset":
            checks.append(f'_query.utc_offset("{name}", {value})')
        elif check == "value":
            checks.append(f'_query.value("{name}", {value}, expected="{detail or "string"}")')
        elif check == "matching":
            checks.append(f'_query.matching("{name}", {value}, {detail})')
        elif check in ("enum", "enums"):
            checks.append(f'_query.{check}("{name}", {detail}, {value})')
        else:
            checks.append(f'_query.{check}("{name}", {value})')
    for q in query:
        if q["after"]:
            start, end = q["after"], q["friendly"]
            checks.append(f'_query.ordered(("{start}", _ms_{start}), ("{end}", _ms_{end}))')
    max_size = None
    for q in shape["query"]:
        if pagination and q["wire"] == pagination.size_param:
            max_size = q["maximum"]
    renamed = {
        f["wire"]: f["friendly"] for f in fields if f["friendly"] != friendly_name(f["wire"])
    }
    return {
        "name": op.method,
        "alias": f"_{op.method}_op",
        "module": shape["module"],
        "summary": shape["summary"],
        "description": shape["description"],
        "http": f"{op.http_method} {op.path}",
        "version": op.version,
        "kind": kind,
        "result": result,
        "annotation": result["annotation"],
        "head": head,
        "keywords": keywords,
        "default_size": default_size,
        "path": path,
        "path_names": [n for n, _ in path],
        "path_python": [p["python"] for p in shape["path_params"]],
        "body": body,
        "body_args": body_args,
        "query_args": query_args,
        "query_checks": checks,
        "page_arg": page_arg,
        "size_arg": size_arg,
        "body_page": (
            (pagination.page_param, pagination.size_param) if pagination and body_paged else None
        ),
        "project_args": [f["friendly"] for f in fields if f.get("project")]
        + [q["friendly"] for q in query if q.get("project")],
        "renamed": renamed,
        "max_size": max_size,
        "sdk_keywords": [n for n, _ in sdk_keywords],
        "sdk_args": [(n, "bool") for n, _ in sdk_keywords],
        "defaults": [(f["wire"], f["default"]) for f in fields if f["default"] is not None],
        "deprecation": _deprecation(op),
        "wait": _wait(op, result),
        "user_keyed": sorted(
            f["wire"] for f in fields if f["wire"] in ("httpHeaders", "queryParams", "body")
        ),
        "before": before,
        "fields_dict": fields_dict,
        "fields_arg": [("fields", "Mapping[str, Any]")] if fields_dict else [],
        "imports": shape["imports"],
        "type_imports": type_imports,
    }


def _annotation_of(
    item: Mapping[str, Any],
    positional: list[tuple[str, str]],
    required: list[tuple[str, str]],
    optional: list[tuple[str, str]],
) -> str:
    for name, annotation in [*positional, *required, *optional]:
        if name == item["friendly"]:
            return annotation
    raise ShapeError(f"{item['friendly']}: no annotation")


def _deprecation(op: Any) -> str | None:
    if not op.deprecated:
        return None
    text = f"{op.resource}.{op.method} uses the deprecated {op.http_method} {op.path}"
    return f"{text}; use {op.instead} instead" if op.instead else text


def _wait(op: Any, result: Mapping[str, Any]) -> dict[str, Any] | None:
    if op.wait is None:
        return None
    field, values = result["status"]
    noun = op.resource[:-1] if op.resource.endswith("s") else op.resource
    return {"name": op.wait.method, "field": field, "values": values, "noun": noun}

"""What changed between two revisions of an OpenAPI spec, judged from an SDK user's side.

    python generator/spec_diff.py OLD NEW [--json PATH] [--markdown PATH]
    nox -s spec_diff -- spec/history/v1.2024-legacy-calendar.yaml spec/v1.yaml

The Markdown summary goes to stdout (and to --markdown PATH); --json PATH writes the full report.
The exit code is 0 for any successful diff, breaking or not: the report carries the verdict. It is
2 when a file can't be read or isn't an OpenAPI document.

What is compared, per operation (METHOD /path): the operation itself (and its operationId and
first tag, which name the generated function and module), its path/query/header/cookie
parameters, its request body and each response. Schemas are walked recursively through $ref,
allOf, anyOf/oneOf, items, properties and additionalProperties; a field is named by its path from
the body, e.g. ``PATCH /v1/voice-agents/{voiceAgentId} request body: tools.googleCalendar``
(``[]`` marks array items, ``*`` map values).

Classification. Data flows two ways, so the same edit can be harmless one way and breaking the
other. A REQUEST is what the user's code sends (the SDK checks it before sending); a RESPONSE is
what the user's code reads (the SDK is lenient: it never validates ranges in responses and its
enums are open, unknown values are kept).

Breaking, in either direction:
- an operation, parameter, request body, field or success (2xx) response removed;
- a renamed operationId or a changed first tag (the generated function is renamed or moved);
- a type change, except the direction-safe ones below.

Breaking in a request only:
- a new required field or parameter, a field/parameter/body that became required;
- a narrowed range: minimum/exclusiveMinimum/minLength/minItems added or raised,
  maximum/exclusiveMaximum/maxLength/maxItems added or lowered, a pattern, format, multipleOf or
  uniqueItems added or changed, additionalProperties closed;
- an enum value removed, or an enum restriction added to a free value;
- null no longer accepted; a type narrowed (e.g. string|integer -> string, any -> string).

Breaking in a response only:
- a field that became optional (it may now be missing), null newly possible;
- a type widened (e.g. integer -> number|string), or a format that decides the Python type
  (date, date-time, binary) changed.

Non-breaking: an added operation, an added optional field or parameter, any field added to a
response, a widened range in a request, an added enum value (in a request the user merely gains a
choice; in a response the SDK's open enums keep unknown values), any range or enum change in a
response (the SDK does not validate what it receives), null newly accepted in a request, a
request type widened, a response type narrowed. Descriptions, examples and other annotations are
ignored.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

Direction = Literal["request", "response"]
Schema = Any  # a JSON-Schema node: a mapping, or True/False
Document = Mapping[str, Any]

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
KINDS = (
    "operation",
    "parameter",
    "request-body",
    "response",
    "field",
    "type",
    "nullable",
    "enum",
    "constraint",
)
# Past this depth a schema is assumed to recurse in a way the $ref guard did not catch.
MAX_DEPTH = 40

# Lower bounds narrow when raised (or added); upper bounds narrow when lowered (or added).
_LOWER_BOUNDS = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")
_UPPER_BOUNDS = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")
# Any change to these is a narrowing unless the keyword was dropped.
_RESTRICTIONS = ("pattern", "format", "multipleOf")
# Formats that change the generated Python type (datetime, date, a file), not just a check.
_TYPED_FORMATS = frozenset({"date", "date-time", "binary"})


class SpecError(Exception):
    """The input is not a readable OpenAPI document."""


@dataclass(frozen=True, order=True)
class Change:
    """One difference. Sorted breaking first, then by where it is."""

    breaking_rank: int  # 0 for breaking so that sorting puts breaking changes first
    location: str
    kind: str
    detail: str

    @property
    def breaking(self) -> bool:
        return self.breaking_rank == 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "location": self.location,
            "detail": self.detail,
            "breaking": self.breaking,
        }


def change(kind: str, location: str, detail: str, *, breaking: bool) -> Change:
    return Change(0 if breaking else 1, location, kind, detail)


@dataclass(frozen=True)
class SpecInfo:
    file: str
    title: str
    version: str

    def as_dict(self) -> dict[str, str]:
        return {"file": self.file, "title": self.title, "version": self.version}


@dataclass(frozen=True)
class Report:
    old: SpecInfo
    new: SpecInfo
    changes: tuple[Change, ...]

    @property
    def breaking(self) -> bool:
        return any(c.breaking for c in self.changes)

    def as_dict(self) -> dict[str, Any]:
        return {
            "old": self.old.as_dict(),
            "new": self.new.as_dict(),
            "breaking": self.breaking,
            "changes": [c.as_dict() for c in self.changes],
        }

    def to_json(self) -> str:
        return json.dumps(self.as_dict(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


# --- loading ---------------------------------------------------------------------------------


def load_spec(path: Path) -> dict[str, Any]:
    """The parsed document (YAML 1.2, like the generator reads it; JSON works too)."""
    try:
        document = YAML(typ="safe").load(path.read_bytes())
    except (OSError, YAMLError) as error:
        raise SpecError(f"{path}: cannot read: {error}") from error
    if not isinstance(document, dict) or not isinstance(document.get("paths", {}), dict):
        raise SpecError(f"{path}: not an OpenAPI document (no top-level mapping with paths)")
    return document


def spec_info(document: Document, file: str) -> SpecInfo:
    info = document.get("info") or {}
    return SpecInfo(file, str(info.get("title", "")), str(info.get("version", "")))


def _follow(document: Document, node: Any) -> Any:
    """Resolve a local $ref chain (parameters, request bodies, responses)."""
    seen: set[str] = set()
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if ref in seen or not ref.startswith("#/"):
            break
        seen.add(ref)
        target: Any = document
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            target = target.get(part) if isinstance(target, Mapping) else None
        if target is None:
            raise SpecError(f"unresolvable $ref {ref}")
        node = target
    return node


# --- schemas, flattened ----------------------------------------------------------------------


@dataclass
class Flat:
    """What a schema allows, with $ref/allOf/anyOf/oneOf folded in; children stay unflattened."""

    types: frozenset[str] | None = None  # None: any type; "null" is tracked by `nullable`
    nullable: bool = False
    enum: frozenset[str] | None = None  # JSON-encoded values; None: unrestricted
    constraints: dict[str, Any] = field(default_factory=dict)
    properties: dict[str, Schema] = field(default_factory=dict)
    required: frozenset[str] = frozenset()
    items: Schema | None = None
    values: Schema | None = None  # additionalProperties as a schema (map values)
    closed: bool = False  # additionalProperties: false
    refs: frozenset[str] = frozenset()  # component refs expanded into this node
    opaque: str | None = None  # a recursive $ref that was not expanded again


def _encode(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str, ensure_ascii=False)


def _combine(a: Schema | None, b: Schema | None, how: str) -> Schema | None:
    if a is None or b is None:
        return a if b is None else b
    return {how: [a, b]}


def _intersect(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    if a is None or b is None:
        return a if b is None else b
    return a & b


def _unite(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    return None if a is None or b is None else a | b


def _all_of(a: Flat, b: Flat) -> Flat:
    """Both must hold: intersect what is allowed, unite the fields."""
    properties = dict(a.properties)
    for name, schema in b.properties.items():
        properties[name] = _combine(properties.get(name), schema, "allOf")
    return Flat(
        types=_intersect(a.types, b.types),
        nullable=a.nullable or b.nullable,
        enum=_intersect(a.enum, b.enum),
        constraints={**a.constraints, **b.constraints},
        properties=properties,
        required=a.required | b.required,
        items=_combine(a.items, b.items, "allOf"),
        values=_combine(a.values, b.values, "allOf"),
        closed=a.closed or b.closed,
        refs=a.refs | b.refs,
        opaque=a.opaque or b.opaque,
    )


def _any_of(a: Flat, b: Flat) -> Flat:
    """Either may hold: unite what is allowed; only shared requirements remain."""
    properties = dict(a.properties)
    for name, schema in b.properties.items():
        properties[name] = _combine(properties.get(name), schema, "anyOf")
    return Flat(
        types=_unite(a.types, b.types),
        nullable=a.nullable or b.nullable,
        enum=_unite(a.enum, b.enum),
        constraints={k: v for k, v in a.constraints.items() if b.constraints.get(k) == v},
        properties=properties,
        required=a.required & b.required,
        items=_combine(a.items, b.items, "anyOf"),
        values=_combine(a.values, b.values, "anyOf"),
        closed=a.closed and b.closed,
        refs=a.refs | b.refs,
        opaque=a.opaque or b.opaque,
    )


def _is_null_only(schema: Schema) -> bool:
    if not isinstance(schema, Mapping):
        return False
    kind = schema.get("type")
    return kind == "null" or kind == ["null"] or schema.get("enum") == [None]


def flatten(document: Document, schema: Schema, ancestors: frozenset[str] = frozenset()) -> Flat:
    """Fold a schema's composition keywords into one Flat; `ancestors` breaks $ref cycles."""
    if not isinstance(schema, Mapping):
        return Flat()  # true, or a missing schema: anything goes
    flat = _own_keywords(schema)
    ref = schema.get("$ref")
    if isinstance(ref, str):
        if ref in ancestors:
            return Flat(opaque=ref, refs=frozenset({ref}))
        target = flatten(document, _follow(document, {"$ref": ref}), ancestors | {ref})
        target.refs = target.refs | {ref}
        # OpenAPI 3.1 lets keywords sit beside $ref; they apply as well (allOf semantics).
        flat = _all_of(target, flat)
    for member in schema.get("allOf") or ():
        flat = _all_of(flat, flatten(document, member, ancestors))
    for keyword in ("anyOf", "oneOf"):
        members = schema.get(keyword) or ()
        if not members:
            continue
        options = [m for m in members if not _is_null_only(m)]
        union: Flat | None = None
        for member in options:
            option = flatten(document, member, ancestors)
            union = option if union is None else _any_of(union, option)
        if union is None:
            union = Flat(types=frozenset())
        union.nullable = union.nullable or len(options) < len(members)
        flat = _all_of(flat, union)
    return flat


def _own_keywords(schema: Mapping[str, Any]) -> Flat:
    flat = Flat()
    kind = schema.get("type")
    if isinstance(kind, str):
        kind = [kind]
    if isinstance(kind, list):
        flat.types = frozenset(str(t) for t in kind if t != "null")
        flat.nullable = "null" in kind
    if schema.get("nullable") is True:  # OpenAPI 3.0
        flat.nullable = True
    values = schema.get("enum")
    if "const" in schema:
        values = [schema["const"]]
    if isinstance(values, list):
        flat.enum = frozenset(_encode(v) for v in values if v is not None)
        flat.nullable = flat.nullable or None in values
    flat.constraints = {
        key: schema[key]
        for key in (*_LOWER_BOUNDS, *_UPPER_BOUNDS, *_RESTRICTIONS, "uniqueItems")
        if key in schema
    }
    properties = schema.get("properties")
    if isinstance(properties, Mapping):
        flat.properties = dict(properties)
    required = schema.get("required")
    if isinstance(required, list):
        flat.required = frozenset(str(name) for name in required)
    if "items" in schema:
        flat.items = schema["items"]
    extra = schema.get("additionalProperties")
    flat.closed = extra is False
    if isinstance(extra, Mapping) and extra:
        flat.values = extra
    return flat


# --- comparing -------------------------------------------------------------------------------


def _types_text(types: frozenset[str] | None) -> str:
    return "any" if types is None else "|".join(sorted(types)) or "nothing"


def _covers(wide: frozenset[str] | None, narrow: frozenset[str] | None) -> bool:
    """Does `wide` accept every value of a type in `narrow`? (an integer is a number)"""
    if wide is None:
        return True
    if narrow is None:
        return False
    return all(t in wide or (t == "integer" and "number" in wide) for t in narrow)


def _where(prefix: str, path: str) -> str:
    return f"{prefix}: {path}" if path else prefix


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


@dataclass(frozen=True)
class _Walk:
    document_old: Document
    document_new: Document
    direction: Direction
    prefix: str  # "PATCH /v1/... request body", "... response 200", "... query parameter x"


def compare_schemas(
    walk: _Walk,
    old: Schema,
    new: Schema,
    path: str = "",
    ancestors: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
) -> Iterator[Change]:
    """Every change between two schemas of one request/response position."""
    if path.count(".") + path.count("[]") > MAX_DEPTH:
        return
    a = flatten(walk.document_old, old, ancestors[0])
    b = flatten(walk.document_new, new, ancestors[1])
    if a.opaque or b.opaque:
        return  # a recursive reference: compared where it was first expanded
    where = _where(walk.prefix, path)
    request = walk.direction == "request"

    compatible = True
    if a.types != b.types:
        widened, narrowed = _covers(b.types, a.types), _covers(a.types, b.types)
        safe = widened if request else narrowed
        how = "widened" if widened else "narrowed" if narrowed else "changed"
        detail = f"{_types_text(a.types)} → {_types_text(b.types)} ({how})"
        yield change("type", where, detail, breaking=not safe)
        compatible = widened or narrowed

    if a.nullable != b.nullable:
        detail = "null now allowed" if b.nullable else "null no longer allowed"
        yield change("nullable", where, detail, breaking=b.nullable != request)

    yield from _enum_changes(where, a.enum, b.enum, request)
    yield from _constraint_changes(where, a, b, request)

    if not compatible:
        return  # e.g. object -> string: its fields are not "removed", the whole value changed
    children = (ancestors[0] | a.refs, ancestors[1] | b.refs)
    yield from _property_changes(walk, a, b, path, children)
    if a.items is not None and b.items is not None:
        yield from compare_schemas(walk, a.items, b.items, f"{path}[]", children)
    if a.values is not None and b.values is not None:
        yield from compare_schemas(walk, a.values, b.values, _join(path, "*"), children)


def _enum_changes(
    where: str, old: frozenset[str] | None, new: frozenset[str] | None, request: bool
) -> Iterator[Change]:
    if old == new:
        return
    if old is None and new is not None:
        values = ", ".join(sorted(new))
        yield change("enum", where, f"restricted to {values}", breaking=request)
        return
    if new is None:
        yield change("enum", where, "enum restriction removed", breaking=False)
        return
    assert old is not None
    for value in sorted(old - new):
        yield change("enum", where, f"value {value} removed", breaking=request)
    for value in sorted(new - old):
        # Open enums: an unknown value in a response is kept, never an error.
        yield change("enum", where, f"value {value} added", breaking=False)


def _bound_narrowed(key: str, old: Any, new: Any) -> bool:
    """Did this keyword's change make fewer values valid?"""
    if new is None:
        return False  # dropped
    if old is None:
        return bool(new) if isinstance(new, bool) else True  # added
    if isinstance(old, bool) or isinstance(new, bool):  # 3.0 exclusiveMinimum: true
        return bool(new) and not bool(old)
    if key in _LOWER_BOUNDS:
        return bool(new > old)
    if key in _UPPER_BOUNDS:
        return bool(new < old)
    return True  # pattern, format, multipleOf changed: assume the worst


def _constraint_changes(where: str, a: Flat, b: Flat, request: bool) -> Iterator[Change]:
    for key in sorted(set(a.constraints) | set(b.constraints)):
        old, new = a.constraints.get(key), b.constraints.get(key)
        if old == new:
            continue
        narrowed = _bound_narrowed(key, old, new)
        how = "narrowed" if narrowed else "widened"
        if old is None:
            detail = f"{key} {_encode(new)} added ({how})"
        elif new is None:
            detail = f"{key} {_encode(old)} removed ({how})"
        else:
            detail = f"{key} {_encode(old)} → {_encode(new)} ({how})"
        if request:
            breaking = narrowed
        else:
            # Responses are not validated; only a format that picks the Python type matters.
            breaking = key == "format" and bool({old, new} & _TYPED_FORMATS)
        yield change("constraint", where, detail, breaking=breaking)
    if a.closed != b.closed:
        detail = "additionalProperties closed" if b.closed else "additionalProperties opened"
        yield change("constraint", where, detail, breaking=request and b.closed)


def _property_changes(
    walk: _Walk,
    a: Flat,
    b: Flat,
    path: str,
    ancestors: tuple[frozenset[str], frozenset[str]],
) -> Iterator[Change]:
    request = walk.direction == "request"
    for name in sorted(set(a.properties) | set(b.properties)):
        where = _where(walk.prefix, _join(path, name))
        if name not in b.properties:
            yield change("field", where, "removed", breaking=True)
            continue
        if name not in a.properties:
            if not request:
                yield change("field", where, "added", breaking=False)
            elif name in b.required:
                yield change("field", where, "added (required)", breaking=True)
            else:
                yield change("field", where, "added (optional)", breaking=False)
            continue
        was, now = name in a.required, name in b.required
        if was != now:
            # A request field that became required breaks callers; a response field that became
            # optional breaks readers.
            detail = "became required" if now else "became optional"
            yield change("field", where, detail, breaking=now == request)
        yield from compare_schemas(
            walk, a.properties[name], b.properties[name], _join(path, name), ancestors
        )


# --- operations ------------------------------------------------------------------------------


def _operations(document: Document) -> dict[tuple[str, str], tuple[dict[str, Any], list[Any]]]:
    """(METHOD, path) -> (operation, path-level parameters)."""
    found: dict[tuple[str, str], tuple[dict[str, Any], list[Any]]] = {}
    for path, item in (document.get("paths") or {}).items():
        item = _follow(document, item)
        if not isinstance(item, Mapping):
            continue
        shared = list(item.get("parameters") or [])
        for method in METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                found[(method.upper(), str(path))] = (operation, shared)
    return found


def _parameters(
    document: Document, operation: Mapping[str, Any], shared: Iterable[Any]
) -> dict[tuple[str, str], dict[str, Any]]:
    # Operation-level parameters override path-level ones with the same name and location.
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in [*shared, *(operation.get("parameters") or [])]:
        parameter = _follow(document, raw)
        if isinstance(parameter, Mapping) and "name" in parameter:
            found[(str(parameter.get("in", "query")), str(parameter["name"]))] = dict(parameter)
    return found


def _media_schema(content: Any) -> tuple[str | None, Schema | None]:
    """The JSON media type of a body, or else the first one, and its schema."""
    if not isinstance(content, Mapping) or not content:
        return None, None
    names = sorted(content)
    picked = next((n for n in names if n == "application/json"), None)
    picked = picked or next((n for n in names if "json" in n), names[0])
    media = content[picked]
    return picked, media.get("schema") if isinstance(media, Mapping) else None


def _tag(operation: Mapping[str, Any]) -> str | None:
    tags = operation.get("tags") or []
    return str(tags[0]) if tags else None


def _compare_operation(
    old_doc: Document,
    new_doc: Document,
    where: str,
    old: tuple[dict[str, Any], list[Any]],
    new: tuple[dict[str, Any], list[Any]],
) -> Iterator[Change]:
    (old_op, old_shared), (new_op, new_shared) = old, new
    if old_op.get("operationId") != new_op.get("operationId"):
        detail = (
            f"operationId {old_op.get('operationId')} → {new_op.get('operationId')}"
            " (the generated function is renamed)"
        )
        yield change("operation", where, detail, breaking=True)
    if _tag(old_op) != _tag(new_op):
        detail = f"tag {_tag(old_op)} → {_tag(new_op)} (the generated module moves)"
        yield change("operation", where, detail, breaking=True)

    old_params = _parameters(old_doc, old_op, old_shared)
    new_params = _parameters(new_doc, new_op, new_shared)
    for key in sorted(set(old_params) | set(new_params)):
        place = f"{where} {key[0]} parameter {key[1]}"
        if key not in new_params:
            yield change("parameter", place, "removed", breaking=True)
            continue
        required = bool(new_params[key].get("required")) or key[0] == "path"
        if key not in old_params:
            detail = "added (required)" if required else "added (optional)"
            yield change("parameter", place, detail, breaking=required)
            continue
        was = bool(old_params[key].get("required")) or key[0] == "path"
        if was != required:
            detail = "became required" if required else "became optional"
            yield change("parameter", place, detail, breaking=required)
        walk = _Walk(old_doc, new_doc, "request", place)
        yield from compare_schemas(
            walk, old_params[key].get("schema"), new_params[key].get("schema")
        )

    yield from _compare_request_body(old_doc, new_doc, where, old_op, new_op)
    yield from _compare_responses(old_doc, new_doc, where, old_op, new_op)


def _compare_request_body(
    old_doc: Document,
    new_doc: Document,
    where: str,
    old_op: Mapping[str, Any],
    new_op: Mapping[str, Any],
) -> Iterator[Change]:
    old_body = _follow(old_doc, old_op.get("requestBody"))
    new_body = _follow(new_doc, new_op.get("requestBody"))
    place = f"{where} request body"
    if old_body is None and new_body is None:
        return
    if new_body is None:
        yield change("request-body", place, "removed", breaking=True)
        return
    required = bool(new_body.get("required"))
    if old_body is None:
        detail = "added (required)" if required else "added (optional)"
        yield change("request-body", place, detail, breaking=required)
        return
    if bool(old_body.get("required")) != required:
        detail = "became required" if required else "became optional"
        yield change("request-body", place, detail, breaking=required)
    old_types, new_types = set(old_body.get("content") or ()), set(new_body.get("content") or ())
    for media in sorted(old_types - new_types):
        yield change("request-body", place, f"media type {media} removed", breaking=True)
    for media in sorted(new_types - old_types):
        yield change("request-body", place, f"media type {media} added", breaking=False)
    _, old_schema = _media_schema(old_body.get("content"))
    _, new_schema = _media_schema(new_body.get("content"))
    if old_schema is not None or new_schema is not None:
        walk = _Walk(old_doc, new_doc, "request", place)
        yield from compare_schemas(walk, old_schema, new_schema)


def _compare_responses(
    old_doc: Document,
    new_doc: Document,
    where: str,
    old_op: Mapping[str, Any],
    new_op: Mapping[str, Any],
) -> Iterator[Change]:
    old_responses = {str(k): v for k, v in (old_op.get("responses") or {}).items()}
    new_responses = {str(k): v for k, v in (new_op.get("responses") or {}).items()}
    for status in sorted(set(old_responses) | set(new_responses)):
        if status not in new_responses:
            # Losing the success response changes what the generated function returns.
            yield change(
                "response", where, f"status {status} removed", breaking=status.startswith("2")
            )
            continue
        if status not in old_responses:
            yield change("response", where, f"status {status} added", breaking=False)
            continue
        old_response = _follow(old_doc, old_responses[status]) or {}
        new_response = _follow(new_doc, new_responses[status]) or {}
        _, old_schema = _media_schema(old_response.get("content"))
        _, new_schema = _media_schema(new_response.get("content"))
        if old_schema is None and new_schema is None:
            continue
        walk = _Walk(old_doc, new_doc, "response", f"{where} response {status}")
        yield from compare_schemas(walk, old_schema, new_schema)


def diff_documents(old: Document, new: Document) -> list[Change]:
    """All changes from old to new, breaking first, then sorted by location."""
    old_ops, new_ops = _operations(old), _operations(new)
    changes: set[Change] = set()
    for key in sorted(set(old_ops) | set(new_ops)):
        where = f"{key[0]} {key[1]}"
        if key not in new_ops:
            changes.add(change("operation", where, "removed", breaking=True))
        elif key not in old_ops:
            changes.add(change("operation", where, "added", breaking=False))
        else:
            changes.update(_compare_operation(old, new, where, old_ops[key], new_ops[key]))
    return sorted(changes)


def diff_files(
    old: Path, new: Path, *, old_name: str | None = None, new_name: str | None = None
) -> Report:
    """Diff two spec files; the names shown in the report default to the paths as given."""
    old_doc, new_doc = load_spec(old), load_spec(new)
    try:
        changes = diff_documents(old_doc, new_doc)
    except SpecError as error:
        raise SpecError(f"{old} → {new}: {error}") from error
    return Report(
        spec_info(old_doc, old_name or str(old)),
        spec_info(new_doc, new_name or str(new)),
        tuple(changes),
    )


# --- Markdown --------------------------------------------------------------------------------


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(report: Report, *, heading_level: int = 1) -> str:
    """A summary line and a table of every change, breaking first."""
    hashes = "#" * heading_level
    old, new = report.old, report.new
    title = new.title or old.title or "spec"
    lines = [f"{hashes} {title}: {old.version} → {new.version}", ""]
    breaking = sum(c.breaking for c in report.changes)
    if not report.changes:
        lines.append(f"No API changes between `{old.file}` and `{new.file}`.")
        return "\n".join(lines) + "\n"
    verdict = "**Breaking**" if breaking else "**Not breaking**"
    lines.append(
        f"{verdict}: {breaking} breaking and {len(report.changes) - breaking} non-breaking "
        f"changes between `{old.file}` and `{new.file}`."
    )
    lines += ["", "| Breaking | Kind | Location | Change |", "|---|---|---|---|"]
    for item in report.changes:
        flag = "**breaking**" if item.breaking else "non-breaking"
        lines.append(f"| {flag} | {item.kind} | `{_cell(item.location)}` | {_cell(item.detail)} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path, help="the earlier revision")
    parser.add_argument("new", type=Path, help="the later revision")
    parser.add_argument("--json", type=Path, metavar="PATH", help="write the JSON report here")
    parser.add_argument("--markdown", type=Path, metavar="PATH", help="write the summary here")
    args = parser.parse_args(argv)
    try:
        report = diff_files(args.old, args.new)
    except SpecError as error:
        print(f"spec_diff: {error}", file=sys.stderr)
        return 2
    markdown = render_markdown(report)
    if args.json:
        args.json.write_text(report.to_json(), encoding="utf-8")
    if args.markdown:
        args.markdown.write_text(markdown, encoding="utf-8")
    sys.stdout.write(markdown)
    return 0


if __name__ == "__main__":
    sys.exit(main())

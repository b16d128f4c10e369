"""hamsa/_examples.py: what MockHamsa answers for an operation it has no stateful handler for.

For each operation of the specs: the 2xx status and media type it answers with, the documented
response example (the first one), or, when none is documented, a minimal body built from the
response schema (its required fields, with placeholder values of the right type); and what the
request must carry (the generated request-body model, required path and query parameters).
The wheel has no spec/, so this is generated into the package as data.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sdk_operations import HTTP_METHODS

_PLACEHOLDER_UUID = "00000000-0000-4000-8000-000000000000"
_FORMATS = {
    "uuid": _PLACEHOLDER_UUID,
    "date-time": "2026-01-01T00:00:00Z",
    "date": "2026-01-01",
    "uri": "https://example.com",
    "email": "user@example.com",
}


def _resolve(document: Mapping[str, Any], node: Any) -> Any:
    seen = 0
    while isinstance(node, Mapping) and "$ref" in node and seen < 50:
        target: Any = document
        for part in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target.get(part, {}) if isinstance(target, Mapping) else {}
        node, seen = target, seen + 1
    return node


def minimal_value(document: Mapping[str, Any], schema: Any, depth: int = 0) -> Any:
    """A value that satisfies ``schema``'s types, required fields and simple bounds."""
    schema = _resolve(document, schema)
    if not isinstance(schema, Mapping) or depth > 12:
        return None
    if "example" in schema:
        return schema["example"]
    if "const" in schema:
        return schema["const"]
    if schema.get("enum"):
        return schema["enum"][0]
    for key in ("oneOf", "anyOf"):
        members = [_resolve(document, m) for m in schema.get(key) or ()]
        usable = [m for m in members if isinstance(m, Mapping) and m.get("type") != "null"]
        if usable:
            return minimal_value(document, usable[0], depth + 1)
        if members:
            return None
    if schema.get("allOf"):
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = minimal_value(document, part, depth + 1)
            if isinstance(value, dict):
                merged.update(value)
        own = {k: v for k, v in schema.items() if k != "allOf"}
        if own.get("properties"):
            value = minimal_value(document, own, depth + 1)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if kind == "object" or (kind is None and "properties" in schema):
        properties = schema.get("properties") or {}
        return {
            name: minimal_value(document, properties.get(name, {}), depth + 1)
            for name in schema.get("required") or ()
        }
    if kind == "array":
        count = int(schema.get("minItems") or 0)
        return [minimal_value(document, schema.get("items", {}), depth + 1)] * count
    if kind == "string":
        text = _FORMATS.get(str(schema.get("format")), "string")
        return text.ljust(int(schema.get("minLength") or 0), "x")
    if kind in ("integer", "number"):
        low = schema.get("minimum", schema.get("exclusiveMinimum"))
        value = 0 if low is None else low + (1 if "exclusiveMinimum" in schema else 0)
        return int(value) if kind == "integer" else value
    if kind == "boolean":
        return False
    return None


def _success(document: Mapping[str, Any], op: Mapping[str, Any]) -> tuple[int, str | None, Any]:
    """(status, media type, body) of the operation's first documented 2xx response."""
    for status, response in sorted((op.get("responses") or {}).items(), key=lambda i: str(i[0])):
        if not str(status).startswith("2"):
            continue
        response = _resolve(document, response)
        content = (response or {}).get("content") or {}
        code = int(str(status).replace("X", "0"))
        if not content:
            return code, None, None
        media_type, media = next(iter(content.items()))
        media = media or {}
        if "example" in media:
            return code, media_type, media["example"]
        for example in (media.get("examples") or {}).values():
            example = _resolve(document, example)
            if isinstance(example, Mapping) and "value" in example:
                return code, media_type, example["value"]
        if "json" not in media_type:
            return code, media_type, ""
        return code, media_type, minimal_value(document, media.get("schema") or {})
    return 200, None, None


def operation_examples(
    documents: Iterable[tuple[str, Mapping[str, Any]]],
    request_models: Mapping[tuple[str, str], tuple[str, str]],
) -> dict[tuple[str, str], dict[str, Any]]:
    """One record per operation, keyed by (version, operationId)."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for version, document in documents:
        for item in (document.get("paths") or {}).values():
            for method in HTTP_METHODS:
                op = item.get(method) if isinstance(item, Mapping) else None
                if not isinstance(op, Mapping) or "operationId" not in op:
                    continue
                params = [
                    _resolve(document, p)
                    for p in [*(item.get("parameters") or ()), *(op.get("parameters") or ())]
                ]
                status, media_type, body = _success(document, op)
                key = (version, str(op["operationId"]))
                model = request_models.get(key)
                found[key] = {
                    "status": status,
                    "media_type": media_type,
                    "body": body,
                    "request_model": list(model) if model else None,
                    "body_required": bool((op.get("requestBody") or {}).get("required")),
                    "required_query": sorted(
                        str(p["name"])
                        for p in params
                        if isinstance(p, Mapping) and p.get("in") == "query" and p.get("required")
                    ),
                }
    return found


_HEAD = '''"""What MockHamsa answers for each operation of spec/v1.yaml and spec/v2.yaml when it has no
stateful handler for it: the documented 2xx response example (or a minimal body built from the
response schema) and what the request must carry.

Generated by generator/mock_examples.py; do not edit. Data only.
"""

from typing import Any

'''


def render_module(examples: Mapping[tuple[str, str], Mapping[str, Any]]) -> str:
    rows = "".join(f"    {key!r}: {dict(value)!r},\n" for key, value in sorted(examples.items()))
    return _HEAD + f"EXAMPLES: dict[tuple[str, str], dict[str, Any]] = {{\n{rows}}}\n"

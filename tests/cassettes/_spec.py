"""What spec/v1.yaml and spec/v2.yaml declare for a request, for both suites.

Prism (tests/contract) validates each request against the spec, with two blind spots: it lets
query parameters and body fields the spec does not declare through (the specs never say
``additionalProperties: false``), and it matches query parameter names ignoring case. So a
misspelled name would pass it. ``request_problems`` closes that gap, and checks the requests the
committed cassettes hold, which nothing validated when they were synthesized.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

ROOT = Path(__file__).resolve().parents[2]
SPECS = {"v1": ROOT / "spec" / "v1.yaml", "v2": ROOT / "spec" / "v2.yaml"}
HTTP_METHODS = ("get", "put", "post", "patch", "delete", "head", "options", "trace")
_PLACEHOLDER = re.compile(r"\{\w+\}")


@functools.cache
def load_spec(spec: Path) -> Any:
    return yaml.load(spec.read_text(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def spec_of(path: str) -> Path:
    """The spec a request path belongs to: /v1/... or /v2/..."""
    version = path.strip("/").split("/", 1)[0]
    assert version in SPECS, f"{path}: not an API v1 or v2 path"
    return SPECS[version]


def path_pattern(template: str) -> re.Pattern[str]:
    return re.compile("[^/]+".join(re.escape(part) for part in _PLACEHOLDER.split(template)))


def spec_template(spec: Path, method: str, path: str) -> str:
    """The path template (as the spec writes it) a request went to; a literal path wins over a
    template (``/web-tool/list`` over ``/web-tool/{webToolId}``)."""
    matching = [
        template
        for template, item in load_spec(spec)["paths"].items()
        if method.lower() in item and path_pattern(template).fullmatch(path)
    ]
    assert matching, f"{spec.name} has no operation for {method} {path}"
    return min(matching, key=lambda template: len(_PLACEHOLDER.findall(template)))


def spec_operation(spec: Path, method: str, path: str) -> Any:
    return load_spec(spec)["paths"][spec_template(spec, method, path)][method.lower()]


def _resolve(document: Any, schema: Any) -> Any:
    while isinstance(schema, dict) and "$ref" in schema:
        schema = document["components"]["schemas"][schema["$ref"].split("/")[-1]]
    return schema


def query_names(spec: Path, method: str, path: str) -> set[str]:
    """The query parameters the spec declares for the operation, spelled as declared."""
    document = load_spec(spec)
    names = set()
    for parameter in spec_operation(spec, method, path).get("parameters", []):
        if "$ref" in parameter:
            parameter = document["components"]["parameters"][parameter["$ref"].split("/")[-1]]
        if parameter["in"] == "query":
            names.add(parameter["name"])
    return names


def undeclared_fields(document: Any, schema: Any, value: Any, where: str = "$") -> list[str]:
    """Keys of ``value`` that ``schema`` does not declare, at any depth.

    An object with ``properties`` takes only those keys, unless it also declares
    ``additionalProperties`` (a free-form map such as params or httpHeaders); of ``anyOf`` /
    ``oneOf`` alternatives, the one that fits best counts.
    """
    schema = _resolve(document, schema)
    if not isinstance(schema, dict):
        return []
    alternatives = schema.get("anyOf") or schema.get("oneOf")
    if alternatives:
        found = [undeclared_fields(document, option, value, where) for option in alternatives]
        return min(found, key=len)
    if isinstance(value, list):
        items = schema.get("items")
        return [
            problem
            for index, item in enumerate(value)
            for problem in undeclared_fields(document, items, item, f"{where}[{index}]")
        ]
    if not isinstance(value, dict):
        return []
    properties: dict[str, Any] = dict(schema.get("properties") or {})
    additional = schema.get("additionalProperties")
    for part in schema.get("allOf", []):
        part = _resolve(document, part)
        properties.update(part.get("properties") or {})
        additional = part.get("additionalProperties", additional)
    if not properties:
        return []  # a free-form object
    problems: list[str] = []
    for key, item in value.items():
        if key in properties:
            problems += undeclared_fields(document, properties[key], item, f"{where}.{key}")
        elif isinstance(additional, dict):
            problems += undeclared_fields(document, additional, item, f"{where}.{key}")
        elif additional is not True:
            problems.append(f"{where}.{key}")
    return problems


@functools.cache
def _registry(spec: Path) -> Registry[Any]:
    resource = Resource.from_contents(load_spec(spec), default_specification=DRAFT202012)
    return Registry().with_resource(spec.as_uri(), resource)


def _pointer(*parts: str) -> str:
    return "/".join(part.replace("~", "~0").replace("/", "~1") for part in parts)


def schema_errors(spec: Path, method: str, path: str, body: Any) -> list[str]:
    """Where ``body`` breaks the operation's JSON request schema (formats included)."""
    template = spec_template(spec, method, path)
    pointer = _pointer(
        "paths", template, method.lower(), "requestBody", "content", "application/json", "schema"
    )
    validator = Draft202012Validator(
        {"$ref": f"{spec.as_uri()}#/{pointer}"},
        registry=_registry(spec),
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )
    return [
        f"$.{'.'.join(map(str, error.absolute_path))}: {error.message}"
        for error in validator.iter_errors(body)
    ]


def request_problems(
    method: str, path: str, query: Iterable[str], body: bytes | str | None, *, validate: bool
) -> list[str]:
    """What the spec does not allow in a request: query parameters it does not declare (exact
    spelling), body fields it does not declare, and with ``validate`` any schema error."""
    spec = spec_of(path)
    problems = [
        f"query parameter {name!r} is not declared"
        for name in sorted(set(query) - query_names(spec, method, path))
    ]
    if body:
        data = json.loads(body)
        operation = spec_operation(spec, method, path)
        schema = operation["requestBody"]["content"]["application/json"]["schema"]
        problems += [
            f"body field {field} is not declared"
            for field in undeclared_fields(load_spec(spec), schema, data)
        ]
        if validate:
            problems += schema_errors(spec, method, path, data)
    return problems

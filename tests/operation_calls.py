"""The call that makes each operation's one request, derived from the spec, for the test tables.

The cassette table (tests/cassettes/_operations.py), the contract table (tests/contract) and
the examples server (tests/cassettes/_examples_server.py) are all built from this, so an
operation added to spec/ is covered by each of them without editing any. It derives the calls
the way the docs' example catalogue does (generator/render_docs.py, which it reuses):

- which method: the operation's row in hamsa._operations (the spec's x-hamsa-* declaration),
  the friendly ``client.<resource>.<method>`` when declared friendly, and always the generated
  ``client.<version>.<tag>.<operation>``;
- its arguments: the method's own signature, filled from the operation's documented request
  example (the docs' one; or a minimal body built from the request schema when none is
  documented) and its parameters' documented values. Ids and inputs the caller supplies stay
  ``Var``s, which each suite fills in with its own values.

Before that, ``prepare_body`` plants a test secret in every field the spec marks
``format: password`` (hamsa._secret_fields), in an object the example has or one the schema
offers beside it, and in any credential header of a headers map; and a documented ``"<string>"``
placeholder where a phone number belongs becomes a real-looking number.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import inspect
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any, NamedTuple

ROOT = Path(__file__).resolve().parents[1]
SPEC_DIR = ROOT / "spec"
if str(ROOT / "generator") not in sys.path:
    sys.path.insert(0, str(ROOT / "generator"))

import render_docs as docs  # noqa: E402
from mock_examples import minimal_value, operation_examples  # noqa: E402

Var = docs.Var
Argument = docs.Argument
CREDENTIAL_HEADERS = frozenset({"authorization", "proxy-authorization"})
PHONE_NUMBER = "+15551234567"  # a fictional 555 number
PHONE_PLACEHOLDER = "<string>"


def planted_secret(name: str) -> str:
    """The test secret planted in a field called ``name`` (wire or Python spelling)."""
    return f"test-secret-{docs.snake_case(name).replace('_', '-')}-4242"


HEADER_SECRET = planted_secret("authorization")


@functools.cache
def secret_fields() -> frozenset[str]:
    from hamsa._secret_fields import SECRET_FIELDS

    return frozenset(SECRET_FIELDS)


def planted_secrets() -> tuple[str, ...]:
    """Every value ``prepare_body`` may plant."""
    names = {docs.snake_case(name) for name in secret_fields()}
    return (*sorted(planted_secret(name) for name in names), HEADER_SECRET)


@dataclass(frozen=True)
class Body:
    """A generated operation's ``body=``: hamsa.<version>.models.<cls>.from_dict(payload)."""

    version: str
    cls: str
    payload: Any

    def build(self, fill: Callable[[Any], Any]) -> Any:
        models = __import__(f"hamsa.{self.version}.models", fromlist=[self.cls])
        return getattr(models, self.cls).from_dict(fill(self.payload))


@dataclass(frozen=True)
class DerivedCall:
    """``client.<target>(**arguments)``: one operation's one request."""

    version: str
    operation_id: str
    http_method: str
    path: str
    target: str  # "calls.start" (friendly) or "v1.calls.start_call" (generated)
    arguments: tuple[Argument, ...]
    record: Any  # the operation's row in hamsa._operations
    returns: str  # the method's return annotation
    raw_arguments: tuple[Argument, ...] | None = None
    """The raw twin's, where its signature differs (it takes the wire body's fields)."""
    raw_returns: str = ""
    variant: str = ""  # "" for the first documented request example, else which one
    takes: frozenset[str] = field(default_factory=frozenset)  # the keywords the method takes

    @property
    def generated(self) -> bool:
        return self.target.startswith(("v1.", "v2."))

    @property
    def resource(self) -> str:
        return self.target.rsplit(".", 1)[0]

    @property
    def method(self) -> str:
        return self.target.rsplit(".", 1)[1]


# --- the request body ---------------------------------------------------------------------------


def _object_node(walker: Any, schema: Any) -> dict[str, Any]:
    node, _ = walker.spec.deref(schema if isinstance(schema, Mapping) else {})
    node = walker._non_null(node)
    for key in ("oneOf", "anyOf"):  # the first alternative that is an object
        for option in node.get(key) or ():
            option, _ = walker.spec.deref(option)
            if walker.properties(option):
                return dict(option)
    return dict(node)


def _is_secret(walker: Any, name: str, schema: Any) -> bool:
    if schema is not None:
        node, _ = walker.spec.deref(schema)
        if walker._non_null(node).get("format") == "password":
            return True
    return name.lower() in secret_fields()


def _holds_secret(walker: Any, schema: Any) -> bool:
    properties = walker.properties(_object_node(walker, schema))
    return any(_is_secret(walker, name, sub) for name, sub in properties.items())


def _headers(value: dict[str, Any]) -> dict[str, Any]:
    planted = {
        key: f"Bearer {HEADER_SECRET}" if key.lower() in CREDENTIAL_HEADERS else item
        for key, item in value.items()
    }
    if not any(key.lower() in CREDENTIAL_HEADERS for key in planted):
        planted["Authorization"] = f"Bearer {HEADER_SECRET}"
    return planted


def plant(walker: Any, schema: Any, value: Any, depth: int = 0) -> Any:
    """``value`` with a test secret in each secret field, present or offered by the schema."""
    if depth > 10 or isinstance(value, Var):
        return value
    node = _object_node(walker, schema)
    if isinstance(value, list):
        return [plant(walker, node.get("items") or {}, item, depth + 1) for item in value]
    if not isinstance(value, dict):
        return value
    properties = walker.properties(node)
    planted: dict[str, Any] = {}
    for key, item in value.items():
        sub = properties.get(key)
        if isinstance(item, Var):
            planted[key] = item
        elif _is_secret(walker, key, sub) and isinstance(item, str | None):
            planted[key] = planted_secret(key)
        elif key.lower() in CREDENTIAL_HEADERS and isinstance(item, str):
            planted[key] = f"Bearer {HEADER_SECRET}"
        elif docs.snake_case(key).endswith("headers") and isinstance(item, dict):
            planted[key] = _headers(item)
        else:
            planted[key] = plant(walker, sub or {}, item, depth + 1)
    for key, sub in properties.items():
        if key in planted:
            continue
        if _is_secret(walker, key, sub):
            planted[key] = planted_secret(key)
        elif _holds_secret(walker, sub):
            minimal = minimal_value(walker.spec.document, sub)
            if isinstance(minimal, dict):
                planted[key] = plant(walker, sub, minimal, depth + 1)
    return planted


def _numbers(data: Any) -> Any:
    """The docs' "<string>" placeholder where a phone number belongs is no E.164 number (the
    spec's pattern, checked before sending): a real-looking one stands in."""
    if isinstance(data, dict):
        return {
            key: (
                PHONE_NUMBER
                if value == PHONE_PLACEHOLDER and key.lower().endswith("number")
                else _numbers(value)
            )
            for key, value in data.items()
        }
    if isinstance(data, list):
        return [_numbers(item) for item in data]
    return data


def _body_schema(op: Any) -> Any:
    request = op.operation.get("requestBody")
    content = docs._json_content(op.spec, request) if request else None
    return None if content is None else (content.get("schema") or {})


def request_bodies(op: Any, walker: Any) -> list[tuple[str, Any]]:
    """(variant, body) for each request body the operation is called with: the docs' own first
    (render_docs.example_body), then each further documented example; a minimal body built from
    the schema when none is documented. [("", None)] for an operation that takes no JSON body."""
    schema = _body_schema(op)
    if schema is None:
        return [("", None)]
    request = op.operation.get("requestBody")
    documented = [value for _, value in docs._example_values(docs._json_content(op.spec, request))]
    first = docs.example_body(op, walker) if documented else None
    if first in (None, {}):
        first = minimal_value(op.spec.document, schema)
    bodies = [("", first)]
    for number, value in enumerate(documented[1:], start=2):
        if value != first:
            bodies.append((f"example-{number}", value))
    return bodies


def prepare_body(op: Any, walker: Any, body: Any) -> Any:
    schema = _body_schema(op)
    if body is None or schema is None:
        return body
    return plant(walker, schema, _numbers(body))


# --- the calls -------------------------------------------------------------------------------------


def _signature_names(function: Any) -> frozenset[str]:
    return frozenset(inspect.signature(function).parameters)


def _takes(function: Any) -> frozenset[str]:
    """The keywords a method takes: its parameters and the keys of its ``**fields``."""
    names = set(_signature_names(function))
    for param in inspect.signature(function).parameters.values():
        if param.kind is param.VAR_KEYWORD:
            names |= docs._unpacked_fields(function, param.annotation)
    return frozenset(names)


def _returns(function: Any) -> str:
    return str(inspect.signature(function).return_annotation)


def _is_id(name: str) -> bool:
    return name.endswith("_id") or name.rstrip("_") == "id"


def param_value(op: Any, param: Mapping[str, Any] | None, name: str) -> Any:
    """The docs' value for a parameter (a Var for an id, the caller's); where they leave another
    one to the caller, a value built from its schema: any valid one if it is required, the
    first value of its enum (a list of one for an array) if not."""
    value = docs.param_value(op, param, name)
    if not isinstance(value, Var) or param is None or _is_id(name):
        return value
    schema, _ = op.spec.deref(param.get("schema") or {})
    if param.get("required"):
        built = minimal_value(op.spec.document, schema)
        return value if built is None else built
    items, _ = op.spec.deref(schema.get("items") or {})
    if schema.get("enum"):
        return schema["enum"][0]
    if items.get("enum"):
        return [items["enum"][0]]
    return value


def sends(value: Any) -> bool:
    """Whether an optional parameter's value is sent: a documented one, or an id (a Var the
    suite fills in)."""
    return not isinstance(value, Var) or _is_id(value.name)


def _with_query(op: Any, values: dict[str, Any], function: Any) -> dict[str, Any]:
    """The optional query parameters too, where the method takes one by the same name and the
    spec documents a value for it (or it is an id): so the call sends as much as the spec can
    check."""
    takes = _signature_names(function)
    for param in op.parameters:
        name = docs.snake_case(str(param["name"]))
        known = values.get(name)
        if param.get("in") != "query" or name not in takes:
            continue
        if name in values and not isinstance(known, Var):
            continue
        value = param_value(op, param, name)
        if sends(value):
            values[name] = value
    return values


def _friendly(op: Any, walker: Any, record: Any, variant: str, body: Any) -> DerivedCall:
    function = docs._friendly_method(record.resource, record.method, is_async=False)
    unified = record.resource == "voice_agents"
    values = docs.friendly_values(op, walker, function, unified=unified, body=body or {})
    arguments = docs.friendly_arguments(op, _with_query(op, values, function), function)
    raw = getattr(function.__self__.with_raw_response, record.method, None)
    raw_arguments = None
    if raw is not None and _signature_names(raw) != _signature_names(function):
        raw_values = docs.friendly_values(op, walker, raw, unified=unified, body=body or {})
        raw_arguments = tuple(docs.friendly_arguments(op, _with_query(op, raw_values, raw), raw))
    return DerivedCall(
        op.version,
        op.operation_id,
        op.method,
        op.path,
        f"{record.resource}.{record.method}",
        tuple(arguments),
        record,
        _returns(function),
        raw_arguments,
        _returns(raw) if raw is not None else "",
        variant,
        _takes(function),
    )


def _as_enum(version: str, annotation: str, value: Any) -> Any:
    """A documented string as the member of the enum the generated method's annotation names
    (the per-version clients take ``AnalyticsPeriod.CUSTOM``, not ``"CUSTOM"``)."""
    if isinstance(value, list):
        return [_as_enum(version, annotation, item) for item in value]
    if not isinstance(value, str):
        return value
    models = importlib.import_module(f"hamsa.{version}.models")
    for name in re.findall(r"\w+", annotation):
        enum = getattr(models, name, None)
        if isinstance(enum, type) and issubclass(enum, Enum):
            with contextlib.suppress(ValueError):
                return enum(value)
    return value


def _generated(op: Any, record: Any, variant: str, body: Any) -> DerivedCall:
    gen = docs.generated_call(op)
    client = getattr(docs._offline_client(False), op.version)
    parameters = inspect.signature(getattr(getattr(client, gen.attribute), gen.method)).parameters
    by_name = {str(p["name"]): p for p in op.parameters}
    params = {name: by_name[spec] for name, spec in gen.spec_names.items()}

    def value_of(name: str) -> Any:
        value = param_value(op, params.get(name), name)
        return _as_enum(op.version, str(parameters[name].annotation), value)

    arguments = [Argument(name, value_of(name), False) for name in gen.positional]
    for name in gen.keywords:
        if name not in params:
            continue
        value = value_of(name)
        if params[name].get("required") or sends(value):
            arguments.append(Argument(name, value, True))
    if gen.body_class is not None:
        payload = body if isinstance(body, dict) else {}
        arguments.append(Argument("body", Body(op.version, gen.body_class, payload), True))
    return DerivedCall(
        op.version,
        op.operation_id,
        op.method,
        op.path,
        f"{op.version}.{gen.attribute}.{gen.method}",
        tuple(arguments),
        record,
        gen.returns,
        None,
        f"Response[{gen.returns}]",
        variant,
    )


@functools.cache
def _records() -> dict[tuple[str, str], Any]:
    from hamsa._operations import OPERATIONS

    return {(row.version, row.operation_id): row for row in OPERATIONS}


def derive_calls(spec_dir: Path = SPEC_DIR, *, every_example: bool = True) -> list[DerivedCall]:
    """Each operation's calls: its friendly method (if declared) with the first request body,
    and its generated method with each documented one (only the first unless ``every_example``)."""
    with docs.checkout_package(ROOT):
        calls: list[DerivedCall] = []
        for spec in docs.load_specs(spec_dir):
            walker = docs.SchemaWalker(spec)
            for op in docs.operations(spec):
                record = _records()[(op.version, op.operation_id)]
                bodies = [
                    (variant, prepare_body(op, walker, body))
                    for variant, body in request_bodies(op, walker)
                ]
                if record.friendly:
                    calls.append(_friendly(op, walker, record, *bodies[0]))
                for variant, body in bodies if every_example else bodies[:1]:
                    calls.append(_generated(op, record, variant, body))
        return calls


# --- what the documented answers are ----------------------------------------------------------


@dataclass(frozen=True)
class Answer:
    """What an examples server answers ``method template`` with."""

    method: str
    template: str
    status: int
    media_type: str | None
    body: Any  # JSON data; "" for a file the docs do not show
    source: str  # where it comes from, said in the X-Cassette-Source header


class _Endpoint(NamedTuple):
    version: str
    method: str  # upper case
    template: str
    operation: Mapping[str, Any]

    @property
    def key(self) -> tuple[str, str]:
        return self.version, str(self.operation["operationId"])

    def success(self) -> Mapping[str, Any]:
        """The media of its first 2xx response ({} when it has none)."""
        for status, response in sorted((self.operation.get("responses") or {}).items()):
            if str(status).startswith("2"):
                for media in ((response or {}).get("content") or {}).values():
                    return media or {}
        return {}

    @property
    def documented(self) -> bool:
        media = self.success()
        return media.get("example") is not None or bool(media.get("examples"))

    @property
    def schema(self) -> str | None:
        """The response schema's $ref, which another endpoint may share."""
        ref = (self.success().get("schema") or {}).get("$ref")
        return str(ref) if ref else None


def documented_answers(spec_dir: Path = SPEC_DIR) -> list[Answer]:
    """Every operation's documented 2xx example (read as MockHamsa's generator/mock_examples.py
    reads it). Where the docs give none, another operation's example with the same response
    schema; failing that, a minimal body built from the schema."""
    documents = [(spec.version, spec.document) for spec in docs.load_specs(spec_dir)]
    examples = operation_examples(documents, {})
    endpoints = [
        _Endpoint(version, method.upper(), template, item[method])
        for version, document in documents
        for template, item in (document.get("paths") or {}).items()
        for method in docs.HTTP_METHODS
        if isinstance(item.get(method), dict)
    ]
    stand_ins: dict[tuple[str, str | None], _Endpoint] = {}
    for endpoint in endpoints:
        if endpoint.documented and endpoint.schema:
            stand_ins.setdefault((endpoint.version, endpoint.schema), endpoint)
    answers = []
    for endpoint in endpoints:
        example = examples[endpoint.key]
        body, media_type = example["body"], example["media_type"]
        stand_in = stand_ins.get((endpoint.version, endpoint.schema))
        if endpoint.documented:
            source = f"the documented example of {endpoint.version} {endpoint.key[1]}"
        elif media_type and "json" not in media_type:
            source = "no documented file; a small placeholder"
        elif stand_in is not None:
            body = examples[stand_in.key]["body"]
            schema = str(endpoint.schema).rsplit("/", 1)[-1]
            source = f"no documented example; {stand_in.key[1]}'s (same {schema})"
        else:
            source = "no documented example; a minimal body built from the response schema"
        answers.append(
            Answer(endpoint.method, endpoint.template, example["status"], media_type, body, source)
        )
    return answers


def fill(value: Any, lookup: Callable[[str], Any]) -> Any:
    """``value`` with each Var replaced by ``lookup(name)`` and each Body built, at any depth."""
    if isinstance(value, Var):
        return lookup(value.name)
    if isinstance(value, Body):
        return value.build(lambda payload: fill(payload, lookup))
    if isinstance(value, dict):
        return {key: fill(item, lookup) for key, item in value.items()}
    if isinstance(value, list):
        return [fill(item, lookup) for item in value]
    return value


def keyword_arguments(
    arguments: Sequence[Argument], lookup: Callable[[str], Any]
) -> dict[str, Any]:
    """The call's arguments by name (a positional one is passed by its name too)."""
    return {arg.name: fill(arg.value, lookup) for arg in arguments}

"""The curated specs in spec/ agree with the payloads Hamsa documents.

The documented request and response examples (copied verbatim into tests/fixtures/examples/) must
validate against the schema each operation declares, every key in them must be declared by that
schema, and the specs must embed exactly those examples. The negative cases show that the request
schemas really carry the documented limits, while the response schemas stay permissive.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, cast

import pytest
import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

REPO_ROOT = Path(__file__).resolve().parents[2]
SPEC_DIR = REPO_ROOT / "spec"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "examples"

V1 = "v1.yaml"
V2 = "v2.yaml"
V1_LEGACY = "history/v1.2024-legacy-calendar.yaml"

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class Case:
    """One documented payload: which spec, operation and side of the exchange it belongs to."""

    spec: str
    path: str
    method: str
    kind: str  # "request" (the JSON request body) or "response" (the 200 JSON body)
    fixture: str  # file stem in tests/fixtures/examples, also the name of the embedded example

    @property
    def id(self) -> str:
        return f"{self.fixture}.{self.kind}"

    @property
    def fixture_path(self) -> Path:
        return FIXTURES / f"{self.fixture}.{self.kind}.json"


def _both(spec: str, path: str, method: str, fixture: str) -> list[Case]:
    return [Case(spec, path, method, kind, fixture) for kind in ("request", "response")]


CASES = [
    *_both(V2, "/v2/voice-agents", "post", "v2_create_voice_agent"),
    *_both(V1, "/v1/voice-agents/call", "post", "v1_start_call"),
    *_both(V1, "/v1/voice-agents/{voiceAgentId}", "patch", "v1_update_voice_agent"),
    *_both(V1, "/v1/voice-agents/clone", "post", "v1_clone_voice_agent"),
    Case(
        V1,
        "/v1/voice-agents/conversation/{conversationId}",
        "get",
        "response",
        "v1_get_conversation",
    ),
    Case(
        V1,
        "/v1/voice-agents/conversation/{conversationId}/terminate",
        "get",
        "response",
        "v1_terminate_conversation",
    ),
    *_both(
        V1_LEGACY, "/v1/voice-agents/{voiceAgentId}", "patch", "v1_update_voice_agent_legacy_gcal"
    ),
]
CASE_IDS = [case.id for case in CASES]
ALL_SPECS = (V1, V2, V1_LEGACY)


# --------------------------------------------------------------------------------------------
# Loading and resolving


@cache
def load_spec(name: str) -> dict[str, Any]:
    with (SPEC_DIR / name).open(encoding="utf-8") as handle:
        spec = yaml.safe_load(handle)
    assert isinstance(spec, dict), name
    return spec


def spec_uri(name: str) -> str:
    return f"urn:hamsa-sdk:spec:{name}"


@cache
def registry(name: str) -> Registry[Any]:
    resource = Resource.from_contents(load_spec(name), default_specification=DRAFT202012)
    return cast(Registry[Any], Registry().with_resource(spec_uri(name), resource))


def load_fixture(case: Case) -> Any:
    return json.loads(case.fixture_path.read_text(encoding="utf-8"))


def pointer_token(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def deref(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """Follow a local `$ref` on an OpenAPI object (request body, response) to its target."""
    while "$ref" in node:
        ref = node["$ref"]
        assert ref.startswith("#/"), f"only local references are expected, got {ref}"
        target: Any = spec
        for token in ref[2:].split("/"):
            target = target[token.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def media_type_pointer(case: Case) -> list[str]:
    """JSON-pointer tokens of the application/json media type object for this case."""
    spec = load_spec(case.spec)
    operation = spec["paths"][case.path][case.method]
    if case.kind == "request":
        tokens = ["paths", case.path, case.method, "requestBody"]
        body = operation["requestBody"]
    else:
        tokens = ["paths", case.path, case.method, "responses", "200"]
        body = operation["responses"]["200"]
    assert "$ref" not in body, "the examples' bodies are expected inline in the operation"
    assert "application/json" in body["content"], case
    return [*tokens, "content", "application/json"]


def media_type(case: Case) -> dict[str, Any]:
    node: Any = load_spec(case.spec)
    for token in media_type_pointer(case):
        node = node[token]
    return cast(dict[str, Any], node)


def schema_ref(case: Case) -> dict[str, str]:
    """A schema that points at the operation's body schema inside the registered spec document."""
    pointer = "/".join(pointer_token(token) for token in [*media_type_pointer(case), "schema"])
    return {"$ref": f"{spec_uri(case.spec)}#/{pointer}"}


def validator(spec: str, schema: dict[str, Any]) -> Draft202012Validator:
    return Draft202012Validator(
        schema,
        registry=registry(spec),
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )


# The docs write `<string>` for "any string": a placeholder, not a value, so a string's pattern
# (a phone number's E.164) doesn't apply to it. Every other constraint still does.
DOC_PLACEHOLDER = "<string>"


def errors_for(case: Case, instance: Any) -> list[str]:
    found = validator(case.spec, schema_ref(case)).iter_errors(instance)
    return [
        f"{error.json_path}: {error.message}"
        for error in found
        if not (error.validator == "pattern" and error.instance == DOC_PLACEHOLDER)
    ]


# --------------------------------------------------------------------------------------------
# Walking an instance and its schema together


@dataclass
class Declared:
    """What a schema (after following $ref/allOf/anyOf/oneOf) declares about an object/array."""

    properties: dict[str, list[dict[str, Any]]]
    items: list[dict[str, Any]]
    closed: bool  # additionalProperties: false somewhere


def resolve(spec: str, schema: dict[str, Any]) -> dict[str, Any]:
    resolver = registry(spec).resolver(base_uri=spec_uri(spec))
    while "$ref" in schema:
        target: dict[str, Any] = resolver.lookup(schema["$ref"]).contents
        schema = target
    return schema


def declared(spec: str, schema: dict[str, Any]) -> Declared:
    result = Declared(properties={}, items=[], closed=False)
    pending = [schema]
    while pending:
        current = resolve(spec, pending.pop())
        for name, subschema in current.get("properties", {}).items():
            result.properties.setdefault(name, []).append(subschema)
        if isinstance(current.get("items"), dict):
            result.items.append(current["items"])
        if current.get("additionalProperties") is False:
            result.closed = True
        for keyword in ("allOf", "anyOf", "oneOf"):
            pending.extend(current.get(keyword, []))
    return result


def undeclared_paths(spec: str, instance: Any, schema: dict[str, Any], where: str) -> Iterator[str]:
    view = declared(spec, schema)
    if isinstance(instance, dict):
        free_form = not view.properties and not view.closed
        for key, value in instance.items():
            child = f"{where}.{key}" if where else key
            if key in view.properties:
                for subschema in view.properties[key]:
                    yield from undeclared_paths(spec, value, subschema, child)
            elif not free_form:
                yield child
    elif isinstance(instance, list):
        for index, value in enumerate(instance):
            for subschema in view.items:
                yield from undeclared_paths(spec, value, subschema, f"{where}[{index}]")


def iter_schemas(node: Any) -> Iterator[dict[str, Any]]:
    """Every schema object reachable in the document (components and inline), outside examples."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("examples", "example"):
                continue
            if key == "schema":
                yield from _schema_tree(value)
            elif key == "schemas":
                for schema in value.values():
                    yield from _schema_tree(schema)
            else:
                yield from iter_schemas(value)
    elif isinstance(node, list):
        for value in node:
            yield from iter_schemas(value)


def _schema_tree(schema: Any) -> Iterator[dict[str, Any]]:
    if not isinstance(schema, dict):
        return
    yield schema
    for subschema in schema.get("properties", {}).values():
        yield from _schema_tree(subschema)
    for keyword in ("items", "additionalProperties", "not"):
        yield from _schema_tree(schema.get(keyword))
    for keyword in ("allOf", "anyOf", "oneOf"):
        for subschema in schema.get(keyword, []):
            yield from _schema_tree(subschema)


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                yield path, method, item[method]


# --------------------------------------------------------------------------------------------
# 1. The documented examples validate


@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_documented_example_validates(case: Case) -> None:
    assert errors_for(case, load_fixture(case)) == []


# --------------------------------------------------------------------------------------------
# 2. Every key of the documented examples is declared


@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_every_documented_field_is_declared(case: Case) -> None:
    missing = sorted(set(undeclared_paths(case.spec, load_fixture(case), schema_ref(case), "")))
    assert missing == [], f"keys not declared in {case.spec}: {missing}"


# --------------------------------------------------------------------------------------------
# 3. The specs embed exactly the documented examples


@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_spec_embeds_documented_example_verbatim(case: Case) -> None:
    examples = media_type(case).get("examples", {})
    assert (
        case.fixture in examples
    ), f"{case.spec} {case.method} {case.path} lacks example {case.fixture}"
    assert examples[case.fixture]["value"] == load_fixture(case)


def embedded_examples(spec_name: str) -> Iterator[Case]:
    """A Case for every named example embedded in a spec's JSON request bodies and 200 responses."""
    spec = load_spec(spec_name)
    for path, method, operation in operations(spec):
        bodies = [("request", operation.get("requestBody", {}))]
        bodies += [("response", response) for response in operation.get("responses", {}).values()]
        for kind, body in bodies:
            for media in deref(spec, body).get("content", {}).values():
                for name in media.get("examples", {}):
                    yield Case(spec_name, path, method, kind, name)


@pytest.mark.parametrize("spec_name", ALL_SPECS)
def test_every_embedded_example_is_a_documented_fixture(spec_name: str) -> None:
    """Examples in the specs are only the documented payloads, verbatim, and they validate."""
    embedded = list(embedded_examples(spec_name))
    assert embedded
    for case in embedded:
        assert case.fixture_path.is_file(), f"{case} embeds an example with no fixture file"
        assert media_type(case)["examples"][case.fixture]["value"] == load_fixture(case), case
        assert errors_for(case, load_fixture(case)) == [], case


# --------------------------------------------------------------------------------------------
# 4. The request schemas enforce the documented limits; the response schemas stay permissive

UPDATE = Case(V1, "/v1/voice-agents/{voiceAgentId}", "patch", "request", "v1_update_voice_agent")
UPDATE_RESPONSE = Case(
    V1, "/v1/voice-agents/{voiceAgentId}", "patch", "response", "v1_update_voice_agent"
)
START_CALL = Case(V1, "/v1/voice-agents/call", "post", "request", "v1_start_call")
CREATE = Case(V2, "/v2/voice-agents", "post", "request", "v2_create_voice_agent")
CREATE_RESPONSE = Case(V2, "/v2/voice-agents", "post", "response", "v2_create_voice_agent")


def changed(case: Case, dotted: str, value: Any) -> Any:
    """The case's fixture with one field (a dotted path) replaced, or removed when value is `...`."""
    document = copy.deepcopy(load_fixture(case))
    *parents, last = dotted.split(".")
    target = document
    for key in parents:
        target = target.setdefault(key, {})
    if value is ...:
        del target[last]
    else:
        target[last] = value
    return document


INVALID_REQUESTS = [
    pytest.param(UPDATE, "maxCallDuration", 601, id="v1-update-maxCallDuration-601"),
    pytest.param(UPDATE, "maxCallDuration", 29, id="v1-update-maxCallDuration-29"),
    pytest.param(UPDATE, "lang", "fr", id="v1-update-lang-fr"),
    pytest.param(UPDATE, "userInactivityTimeout", 4.9, id="v1-update-userInactivityTimeout-4.9"),
    pytest.param(UPDATE, "responseDelay", 1501, id="v1-update-responseDelay-1501"),
    pytest.param(UPDATE, "waitForUserToSpeakFirst", 3, id="v1-update-waitForUserToSpeakFirst-3"),
    pytest.param(
        UPDATE, "waitForUserToSpeakFirst", 1.5, id="v1-update-waitForUserToSpeakFirst-not-integer"
    ),
    pytest.param(
        UPDATE, "minInterruptionDuration", 0.1, id="v1-update-minInterruptionDuration-0.1"
    ),
    pytest.param(
        UPDATE, "vadActivationThreshold", 0.95, id="v1-update-vadActivationThreshold-0.95"
    ),
    pytest.param(UPDATE, "silenceThreshold", 0, id="v1-update-silenceThreshold-0"),
    pytest.param(UPDATE, "tools.smartCallEnd", "yes", id="v1-update-tools-not-boolean"),
    pytest.param(START_CALL, "toNumber", ..., id="v1-start-call-without-toNumber"),
    pytest.param(
        START_CALL,
        "agentDetails.maxCallDuration",
        601,
        id="v1-start-call-agentDetails-maxCallDuration-601",
    ),
    pytest.param(CREATE, "name", "x" * 151, id="v2-create-name-151-chars"),
    pytest.param(CREATE, "name", ..., id="v2-create-without-name"),
    pytest.param(CREATE, "type", "Multi Prompt", id="v2-create-type-unknown"),
    pytest.param(CREATE, "voice.lang", "fr", id="v2-create-voice-lang-fr"),
    pytest.param(
        CREATE, "callSettings.maxCallDuration", 601, id="v2-create-callSettings-maxCallDuration-601"
    ),
    pytest.param(
        CREATE, "callSettings.silenceThreshold", 0, id="v2-create-callSettings-silenceThreshold-0"
    ),
]


@pytest.mark.parametrize(("case", "field", "value"), INVALID_REQUESTS)
def test_request_outside_documented_limits_is_rejected(case: Case, field: str, value: Any) -> None:
    errors = errors_for(case, changed(case, field, value))
    assert errors, f"{field}={value!r} should not validate"
    assert any(field.split(".")[-1] in error for error in errors), errors


VALID_REQUESTS = [
    pytest.param(CREATE, "name", "x" * 150, id="v2-create-name-150-chars"),
    pytest.param(UPDATE, "maxCallDuration", 600, id="v1-update-maxCallDuration-600"),
    pytest.param(UPDATE, "greetingMessage", None, id="v1-update-greetingMessage-null"),
    pytest.param(
        UPDATE, "greetingMessageType", "ANYTHING", id="v1-update-greetingMessageType-free-text"
    ),
]


@pytest.mark.parametrize(("case", "field", "value"), VALID_REQUESTS)
def test_request_at_documented_limits_is_accepted(case: Case, field: str, value: Any) -> None:
    assert errors_for(case, changed(case, field, value)) == []


LENIENT_RESPONSES = [
    pytest.param(UPDATE_RESPONSE, "data.lang", "fr", id="v1-agent-lang-unknown"),
    pytest.param(
        UPDATE_RESPONSE, "data.maxCallDuration", 9999, id="v1-agent-maxCallDuration-out-of-range"
    ),
    pytest.param(UPDATE_RESPONSE, "data.someNewField", {"x": 1}, id="v1-agent-unknown-field"),
    pytest.param(UPDATE_RESPONSE, "success", ..., id="v1-envelope-without-success"),
    pytest.param(CREATE_RESPONSE, "data.someNewField", [1, 2], id="v2-agent-unknown-field"),
    pytest.param(CREATE_RESPONSE, "message", ..., id="v2-envelope-without-message"),
]


@pytest.mark.parametrize(("case", "field", "value"), LENIENT_RESPONSES)
def test_response_schema_is_permissive(case: Case, field: str, value: Any) -> None:
    assert errors_for(case, changed(case, field, value)) == []


# --------------------------------------------------------------------------------------------
# 5. Structural rules the generator and the spec-diff rely on

REQUIRED_FIELDS = [
    pytest.param(CREATE, {"name"}, id="v2-create"),
    pytest.param(START_CALL, {"toNumber"}, id="v1-start-call"),
    pytest.param(UPDATE, set(), id="v1-update"),
    pytest.param(
        Case(V1, "/v1/voice-agents/clone", "post", "request", "v1_clone_voice_agent"),
        set(),
        id="v1-clone",
    ),
]


@pytest.mark.parametrize(("case", "required"), REQUIRED_FIELDS)
def test_only_documented_body_fields_are_required(case: Case, required: set[str]) -> None:
    schema = resolve(case.spec, media_type(case)["schema"])
    assert set(schema.get("required", [])) == required


@pytest.mark.parametrize(
    ("spec_name", "path", "method", "location"),
    [
        (V1, "/v1/voice-agents/{voiceAgentId}", "patch", "path"),
        (V1, "/v1/voice-agents/clone", "post", "query"),
        (V1_LEGACY, "/v1/voice-agents/{voiceAgentId}", "patch", "path"),
    ],
)
def test_voice_agent_id_parameter_is_required(
    spec_name: str, path: str, method: str, location: str
) -> None:
    parameters = load_spec(spec_name)["paths"][path][method]["parameters"]
    matches = [p for p in parameters if p["name"] == "voiceAgentId" and p["in"] == location]
    assert len(matches) == 1 and matches[0]["required"] is True


@pytest.mark.parametrize("spec_name", ALL_SPECS)
def test_every_property_is_described_and_no_defaults(spec_name: str) -> None:
    undescribed: list[str] = []
    with_default: list[str] = []
    for schema in iter_schemas(load_spec(spec_name)):
        for name, subschema in schema.get("properties", {}).items():
            if "description" not in subschema and "$ref" not in subschema:
                undescribed.append(name)
        if "default" in schema:
            with_default.append(repr(schema)[:80])
    assert undescribed == []
    # openapi-python-client always sends defaults, which would overwrite fields on a PATCH.
    assert with_default == []


@pytest.mark.parametrize("spec_name", ALL_SPECS)
def test_every_operation_is_secured(spec_name: str) -> None:
    spec = load_spec(spec_name)
    scheme = spec["components"]["securitySchemes"]["TokenAuth"]
    assert (scheme["type"], scheme["in"], scheme["name"]) == ("apiKey", "header", "Authorization")
    for path, method, operation in operations(spec):
        assert operation.get("security") == [{"TokenAuth": []}], (path, method)


def test_inline_call_agent_matches_update_body() -> None:
    schemas = load_spec(V1)["components"]["schemas"]
    assert schemas["AgentDetails"]["properties"] == schemas["UpdateVoiceAgentRequest"]["properties"]


def version_tuple(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def test_legacy_revision_is_an_older_v1() -> None:
    """spec/history keeps the revision seed 004 documents: older than v1, with the same
    operations, and the calendar-shaped PATCH that v1 has since replaced."""
    current, legacy = load_spec(V1), load_spec(V1_LEGACY)
    assert version_tuple(legacy["info"]["version"]) < version_tuple(current["info"]["version"])
    for path, item in legacy["paths"].items():
        assert set(item) <= set(current["paths"][path]), path
    legacy_body = legacy["components"]["schemas"]["UpdateVoiceAgentRequest"]["properties"]
    current_body = current["components"]["schemas"]["UpdateVoiceAgentRequest"]["properties"]
    assert "googleCalendarSettings" in legacy_body and "googleCalendarSettings" not in current_body

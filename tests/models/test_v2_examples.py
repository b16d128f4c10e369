"""spec/v2.yaml agrees with what Hamsa documents for the v2 agent and web-tool endpoints.

Covered: list/get/update voice agents (GET/PATCH /v2/voice-agents[/{voiceAgentId}]), the
`workflow` field, and the v2 web tools (create, update, list). As in test_documented_examples.py,
every documented payload (copied verbatim into tests/fixtures/examples/) validates against its
operation's schema, declares every key it uses, and is embedded in the spec verbatim; request
schemas carry the documented limits and response schemas stay lenient.

Every such payload also parses into the generated models and serializes back unchanged. The
models are this checkout's generated/ (check_generated proves it is what spec/ produces),
merged with overlays/ the way the package is assembled. The only normalisations
allowed on the way back are the documented ones:

* date-time values are parsed into datetimes and re-serialised with isoformat, so
  "2024-01-15T10:30:00Z" comes back as "2024-01-15T10:30:00+00:00": compared as instants.

Nothing else may change: no value, no number's type (5 stays 5, not 5.0), no unknown key (kept
in additional_properties), no placeholder such as "<string>".
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import pytest

from models.test_documented_examples import (
    FIXTURES,
    REPO_ROOT,
    V2,
    Case,
    changed,
    errors_for,
    load_fixture,
    load_spec,
    media_type,
    operations,
    pointer_token,
    resolve,
    schema_ref,
    spec_uri,
    undeclared_paths,
    validator,
)

LIST_AGENTS = "/v2/voice-agents"
AGENT = "/v2/voice-agents/{voiceAgentId}"
WEB_TOOL = "/v2/voice-agents/web-tool"
WEB_TOOL_ITEM = "/v2/voice-agents/web-tool/{id}"
WEB_TOOL_LIST = "/v2/voice-agents/web-tool/list"

LIST_AGENTS_RESPONSE = Case(V2, LIST_AGENTS, "get", "response", "v2_list_voice_agents")
GET_AGENT_RESPONSE = Case(V2, AGENT, "get", "response", "v2_get_voice_agent")
UPDATE_AGENT = Case(V2, AGENT, "patch", "request", "v2_update_voice_agent")
CREATE_AGENT = Case(V2, LIST_AGENTS, "post", "request", "v2_create_voice_agent")  # existing suite
CREATE_TOOL = Case(V2, WEB_TOOL, "post", "request", "v2_create_web_tool")
CREATE_TOOL_NO_SETTINGS = Case(V2, WEB_TOOL, "post", "request", "v2_create_web_tool_no_settings")
CREATE_TOOL_RESPONSE = Case(V2, WEB_TOOL, "post", "response", "v2_create_web_tool")
UPDATE_TOOL = Case(V2, WEB_TOOL_ITEM, "patch", "request", "v2_update_web_tool")
UPDATE_TOOL_RESPONSE = Case(V2, WEB_TOOL_ITEM, "patch", "response", "v2_update_web_tool")
LIST_TOOLS_RESPONSE = Case(V2, WEB_TOOL_LIST, "get", "response", "v2_list_web_tools")

CASES = [
    LIST_AGENTS_RESPONSE,
    GET_AGENT_RESPONSE,
    UPDATE_AGENT,
    CREATE_TOOL,
    CREATE_TOOL_NO_SETTINGS,
    CREATE_TOOL_RESPONSE,
    UPDATE_TOOL,
    UPDATE_TOOL_RESPONSE,
    LIST_TOOLS_RESPONSE,
]
CASE_IDS = [case.id for case in CASES]

# The `workflow` field's documented example is not a whole request: it lives on the Workflow
# schema (JSON Schema `examples`) rather than on an operation.
WORKFLOW_FIXTURE = FIXTURES / "v2_voice_agent_workflow_field.example.json"
WORKFLOW_REF = {"$ref": f"{spec_uri(V2)}#/components/schemas/Workflow"}

OPERATIONS = {
    ("get", LIST_AGENTS): ("list_voice_agents", "voice_agents"),
    ("get", AGENT): ("get_voice_agent", "voice_agents"),
    ("patch", AGENT): ("update_voice_agent", "voice_agents"),
    ("post", WEB_TOOL): ("create_web_tool", "web_tools"),
    ("patch", WEB_TOOL_ITEM): ("update_web_tool", "web_tools"),
    ("get", WEB_TOOL_LIST): ("list_web_tools", "web_tools"),
}


def spec() -> dict[str, Any]:
    return load_spec(V2)


def schemas() -> dict[str, Any]:
    return spec()["components"]["schemas"]  # type: ignore[no-any-return]


def workflow_example() -> Any:
    return json.loads(WORKFLOW_FIXTURE.read_text(encoding="utf-8"))


# --------------------------------------------------------------------------------------------
# 1. The documented examples validate, declare every key, and are embedded verbatim


@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_documented_example_validates(case: Case) -> None:
    assert errors_for(case, load_fixture(case)) == []


@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_every_documented_field_is_declared(case: Case) -> None:
    missing = sorted(set(undeclared_paths(case.spec, load_fixture(case), schema_ref(case), "")))
    assert missing == [], f"keys not declared in {case.spec}: {missing}"


@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_spec_embeds_documented_example_verbatim(case: Case) -> None:
    examples = media_type(case).get("examples", {})
    assert case.fixture in examples, f"{case.method} {case.path} lacks example {case.fixture}"
    assert examples[case.fixture]["value"] == load_fixture(case)


def test_these_operations_embed_exactly_the_documented_examples() -> None:
    """No documented example left out, none made up (the update-agent response is cut off in
    the archived page, so it has none)."""
    embedded = set()
    for path, method, operation in operations(spec()):
        if (method, path) not in OPERATIONS:
            continue
        bodies = [("request", operation.get("requestBody", {}))]
        bodies += [("response", operation["responses"]["200"])]
        for kind, body in bodies:
            for name in body.get("content", {}).get("application/json", {}).get("examples", {}):
                embedded.add((method, path, kind, name))
    assert embedded == {(c.method, c.path, c.kind, c.fixture) for c in CASES}


def test_workflow_example_is_embedded_validates_and_is_declared() -> None:
    example = workflow_example()
    assert schemas()["Workflow"]["examples"] == [example]
    assert [e.message for e in validator(V2, WORKFLOW_REF).iter_errors(example)] == []
    assert sorted(undeclared_paths(V2, example, WORKFLOW_REF, "workflow")) == []


@pytest.mark.parametrize("case", [UPDATE_AGENT, CREATE_AGENT], ids=["update", "create"])
def test_a_request_carrying_the_documented_workflow_validates(case: Case) -> None:
    body = changed(case, "workflow", workflow_example())
    assert errors_for(case, body) == []
    assert sorted(set(undeclared_paths(V2, body, schema_ref(case), ""))) == []


# --------------------------------------------------------------------------------------------
# 2. Requests carry the documented limits


INVALID_REQUESTS = [
    pytest.param(UPDATE_AGENT, "name", "x" * 151, id="update-agent-name-151-chars"),
    pytest.param(
        UPDATE_AGENT,
        "callSettings.maxCallDuration",
        601,
        id="update-agent-callSettings-maxCallDuration-601",
    ),
    pytest.param(
        UPDATE_AGENT,
        "callSettings.responseDelay",
        99,
        id="update-agent-callSettings-responseDelay-99",
    ),
    pytest.param(UPDATE_AGENT, "voice.lang", "fr", id="update-agent-voice-lang-fr"),
    pytest.param(UPDATE_AGENT, "type", "Multi Prompt", id="update-agent-type-unknown"),
    pytest.param(UPDATE_AGENT, "webhookUrl", 42, id="update-agent-webhookUrl-not-a-string"),
    pytest.param(
        UPDATE_AGENT, "knowledgeBaseItemsIds", ["not-a-uuid"], id="update-agent-kb-id-not-uuid"
    ),
    pytest.param(
        UPDATE_AGENT,
        "workflow.nodes",
        [{"position": {"x": "left"}}],
        id="update-agent-workflow-node-position-not-a-number",
    ),
    pytest.param(CREATE_TOOL, "type", ..., id="create-tool-without-type"),
    pytest.param(CREATE_TOOL, "name", ..., id="create-tool-without-name"),
    pytest.param(
        CREATE_TOOL, "toolSettings.serverUrl", ..., id="create-tool-settings-without-serverUrl"
    ),
    pytest.param(
        UPDATE_TOOL,
        "toolSettings",
        {"timeOut": 5},
        id="update-tool-settings-without-serverUrl-and-methodType",
    ),
    pytest.param(CREATE_TOOL, "type", "REST", id="create-tool-type-unknown"),
    pytest.param(CREATE_TOOL, "name", "", id="create-tool-name-empty"),
    pytest.param(CREATE_TOOL, "name", "x" * 251, id="create-tool-name-251-chars"),
    pytest.param(CREATE_TOOL, "description", "x" * 1001, id="create-tool-description-1001"),
    pytest.param(CREATE_TOOL, "collectionId", "folder-1", id="create-tool-collectionId-not-uuid"),
    pytest.param(CREATE_TOOL, "async", "no", id="create-tool-async-not-boolean"),
    pytest.param(
        CREATE_TOOL, "toolSettings.timeOut", "5", id="create-tool-toolSettings-timeOut-string"
    ),
    pytest.param(UPDATE_TOOL, "name", "x" * 251, id="update-tool-name-251-chars"),
    pytest.param(UPDATE_TOOL, "type", "REST", id="update-tool-type-unknown"),
]


@pytest.mark.parametrize(("case", "field", "value"), INVALID_REQUESTS)
def test_request_outside_documented_limits_is_rejected(case: Case, field: str, value: Any) -> None:
    errors = errors_for(case, changed(case, field, value))
    assert errors, f"{field}={value!r} should not validate"
    name = field.split(".")[-1]
    assert any(name in error for error in errors) or value is ..., errors


VALID_REQUESTS = [
    pytest.param(UPDATE_AGENT, "name", "x" * 150, id="update-agent-name-150-chars"),
    pytest.param(
        UPDATE_AGENT,
        "callSettings.maxCallDuration",
        600,
        id="update-agent-callSettings-maxCallDuration-600",
    ),
    pytest.param(CREATE_TOOL, "name", "x" * 250, id="create-tool-name-250-chars"),
    pytest.param(CREATE_TOOL, "description", "x" * 1000, id="create-tool-description-1000"),
    pytest.param(CREATE_TOOL, "type", "MCP", id="create-tool-type-mcp"),
    # No list of message types is documented (v2 shows REQUEST_START, v1 "system").
    pytest.param(
        CREATE_TOOL,
        "messages",
        [{"type": "REQUEST_FAILED", "content": "Sorry."}],
        id="create-tool-other-message-type",
    ),
]


@pytest.mark.parametrize(("case", "field", "value"), VALID_REQUESTS)
def test_request_at_documented_limits_is_accepted(case: Case, field: str, value: Any) -> None:
    assert errors_for(case, changed(case, field, value)) == []


@pytest.mark.parametrize(
    ("case", "required"),
    [
        pytest.param(UPDATE_AGENT, set(), id="update-agent"),
        pytest.param(CREATE_TOOL, {"type", "name"}, id="create-tool"),
        pytest.param(UPDATE_TOOL, set(), id="update-tool"),
    ],
)
def test_only_documented_body_fields_are_required(case: Case, required: set[str]) -> None:
    schema = resolve(V2, media_type(case)["schema"])
    assert set(schema.get("required", [])) == required
    if not required:
        assert errors_for(case, {}) == []


def test_update_agent_body_has_exactly_the_create_fields() -> None:
    create = schemas()["CreateVoiceAgentRequest"]["properties"]
    update = schemas()["UpdateVoiceAgentRequest"]["properties"]
    assert update == create


def test_update_tool_body_has_exactly_the_create_fields() -> None:
    create = schemas()["CreateWebToolRequest"]["properties"]
    update = schemas()["UpdateWebToolRequest"]["properties"]
    assert update == create


# --------------------------------------------------------------------------------------------
# 3. Query parameters: names as documented, page-number paging, limits


def parameter(path: str, method: str, name: str) -> tuple[int, dict[str, Any]]:
    for index, param in enumerate(spec()["paths"][path][method].get("parameters", [])):
        if param["name"] == name:
            return index, param
    raise AssertionError(f"{method} {path} has no parameter {name}")


def parameter_errors(path: str, method: str, name: str, value: Any) -> list[str]:
    index, _ = parameter(path, method, name)
    pointer = "/".join(
        pointer_token(token) for token in ("paths", path, method, "parameters", str(index))
    )
    schema = {"$ref": f"{spec_uri(V2)}#/{pointer}/schema"}
    return [error.message for error in validator(V2, schema).iter_errors(value)]


def test_list_agents_query_parameters_are_named_as_documented() -> None:
    names = [p["name"] for p in spec()["paths"][LIST_AGENTS]["get"]["parameters"]]
    assert names == ["skip", "take", "search", "sortField", "sortOrder", "type[]", "language[]"]
    for name in ("type[]", "language[]"):
        _, param = parameter(LIST_AGENTS, "get", name)
        assert (param["in"], param["style"], param["explode"]) == ("query", "form", True)
        assert param["schema"]["type"] == "array"
    assert not any(p.get("required") for p in spec()["paths"][LIST_AGENTS]["get"]["parameters"])


def test_list_tools_query_parameters_are_named_as_documented() -> None:
    names = {p["name"] for p in spec()["paths"][WEB_TOOL_LIST]["get"]["parameters"]}
    assert names == {
        "isActive",
        "returnUncategorized",
        "voiceAgentId",
        "collectionId",
        "skip",
        "take",
        "search",
        "type",
    }


@pytest.mark.parametrize("path", [LIST_AGENTS, WEB_TOOL_LIST])
def test_skip_is_documented_as_a_one_based_page_number(path: str) -> None:
    _, skip = parameter(path, "get", "skip")
    assert "1-based" in skip["description"] and "NOT an offset" in skip["description"]
    assert "1-based PAGE NUMBER" in spec()["paths"][path]["get"]["description"]


INVALID_QUERY = [
    pytest.param(LIST_AGENTS, "skip", 0, id="agents-skip-0"),
    pytest.param(LIST_AGENTS, "skip", 1.5, id="agents-skip-not-integer"),
    pytest.param(LIST_AGENTS, "take", 0, id="agents-take-0"),
    pytest.param(LIST_AGENTS, "sortField", "name", id="agents-sortField-unknown"),
    pytest.param(LIST_AGENTS, "sortOrder", "ascending", id="agents-sortOrder-unknown"),
    pytest.param(LIST_AGENTS, "type[]", ["Multi Prompt"], id="agents-type-unknown"),
    pytest.param(LIST_AGENTS, "language[]", ["fr"], id="agents-language-fr"),
    pytest.param(WEB_TOOL_LIST, "skip", 0, id="tools-skip-0"),
    pytest.param(WEB_TOOL_LIST, "take", 0, id="tools-take-0"),
    pytest.param(WEB_TOOL_LIST, "type", "REST", id="tools-type-unknown"),
]


@pytest.mark.parametrize(("path", "name", "value"), INVALID_QUERY)
def test_query_outside_documented_limits_is_rejected(path: str, name: str, value: Any) -> None:
    assert parameter_errors(path, "get", name, value)


VALID_QUERY = [
    pytest.param(LIST_AGENTS, "skip", 1, id="agents-skip-1"),
    pytest.param(LIST_AGENTS, "take", 10, id="agents-take-10"),
    pytest.param(LIST_AGENTS, "sortField", "createdAt", id="agents-sortField-createdAt"),
    pytest.param(LIST_AGENTS, "sortOrder", "desc", id="agents-sortOrder-desc"),
    pytest.param(LIST_AGENTS, "type[]", ["Single Prompt", "Flow Agent"], id="agents-types"),
    pytest.param(LIST_AGENTS, "language[]", ["ar", "en"], id="agents-languages"),
    pytest.param(WEB_TOOL_LIST, "skip", 1, id="tools-skip-1"),
    pytest.param(WEB_TOOL_LIST, "type", "MCP", id="tools-type-mcp"),
]


@pytest.mark.parametrize(("path", "name", "value"), VALID_QUERY)
def test_query_within_documented_limits_is_accepted(path: str, name: str, value: Any) -> None:
    assert parameter_errors(path, "get", name, value) == []


# --------------------------------------------------------------------------------------------
# 4. The documented quirks are encoded, and responses stay lenient


def test_web_tool_timeout_is_spelled_differently_in_requests_and_responses() -> None:
    request = schemas()["WebToolSettingsRequest"]["properties"]
    response = schemas()["WebToolSettings"]["properties"]
    assert "timeOut" in request and "timeout" not in request
    assert "timeout" in response and "timeOut" not in response
    # The documented payloads really use these spellings.
    assert "timeOut" in load_fixture(CREATE_TOOL)["toolSettings"]
    assert "timeout" in load_fixture(CREATE_TOOL_RESPONSE)["data"]["toolSettings"]


def test_web_tool_params_have_a_request_shape_and_a_free_form_response_shape() -> None:
    request = resolve(V2, schemas()["CreateWebToolRequest"]["properties"]["params"])
    assert set(request["properties"]) == {"type", "properties", "required"}
    stored = [
        resolve(V2, member) for member in schemas()["WebTool"]["properties"]["params"]["anyOf"]
    ]
    assert any(m.get("additionalProperties") is True and "properties" not in m for m in stored)


@pytest.mark.parametrize(
    "secret",
    [
        ("WebToolSettingsRequest", "authToken"),
        ("WebToolSettings", "authToken"),
    ],
    ids=lambda secret: ".".join(secret),
)
def test_web_tool_credentials_are_secrets(secret: tuple[str, str]) -> None:
    schema_name, field = secret
    assert schemas()[schema_name]["properties"][field]["format"] == "password"


@pytest.mark.parametrize(
    ("method", "path"), [("get", LIST_AGENTS), ("get", AGENT), ("get", WEB_TOOL_LIST)]
)
def test_responses_without_message_are_described_so(method: str, path: str) -> None:
    operation = spec()["paths"][path][method]
    assert "no `message`" in operation["description"]


LENIENT_RESPONSES = [
    pytest.param(LIST_AGENTS_RESPONSE, "data.someNewField", 1, id="agent-page-unknown-field"),
    pytest.param(LIST_AGENTS_RESPONSE, "data.total", ..., id="agent-page-without-total"),
    pytest.param(
        GET_AGENT_RESPONSE,
        "data.workflow",
        {"nodes": [{"type": "transfer", "extra": True}], "newKey": {}},
        id="agent-workflow-unknown-node-type-and-keys",
    ),
    pytest.param(CREATE_TOOL_RESPONSE, "data.toolSettings", None, id="tool-settings-null"),
    pytest.param(CREATE_TOOL_RESPONSE, "data.params", None, id="tool-params-null"),
    pytest.param(
        CREATE_TOOL_RESPONSE,
        "data.params",
        {"location": {"type": "string", "description": "The location"}},
        id="tool-params-flat-v1-shape",
    ),
    pytest.param(CREATE_TOOL_RESPONSE, "data.collectionId", None, id="tool-uncategorized"),
    pytest.param(CREATE_TOOL_RESPONSE, "data.async", None, id="tool-async-null-mcp"),
    pytest.param(CREATE_TOOL_RESPONSE, "data.toolSettings.authToken", None, id="tool-no-token"),
    pytest.param(
        CREATE_TOOL_RESPONSE,
        "data.messages",
        [{"type": "SOMETHING_NEW", "content": "x"}],
        id="tool-unknown-message-type",
    ),
    pytest.param(UPDATE_TOOL_RESPONSE, "data.someNewField", [1], id="tool-unknown-field"),
    pytest.param(LIST_TOOLS_RESPONSE, "data.page", 2, id="tool-page-unknown-field"),
]


@pytest.mark.parametrize(("case", "field", "value"), LENIENT_RESPONSES)
def test_response_schema_is_permissive(case: Case, field: str, value: Any) -> None:
    assert errors_for(case, changed(case, field, value)) == []


# --------------------------------------------------------------------------------------------
# 5. Operation names, tags, security, errors


@pytest.mark.parametrize(("method", "path"), sorted(OPERATIONS), ids=lambda x: str(x))
def test_operation_ids_and_tags(method: str, path: str) -> None:
    operation = spec()["paths"][path][method]
    operation_id, tag = OPERATIONS[(method, path)]
    assert operation["operationId"] == operation_id
    assert operation_id.isidentifier() and operation_id == operation_id.lower()
    assert operation["tags"] == [tag]
    assert operation["security"] == [{"TokenAuth": []}]
    for status, response in operation["responses"].items():
        if status != "200":
            assert response["$ref"].startswith("#/components/responses/"), status


def test_web_tools_tag_is_described() -> None:
    tags = {tag["name"]: tag for tag in spec()["tags"]}
    assert tags["web_tools"]["description"].strip()


@pytest.mark.parametrize(
    ("method", "path", "name"),
    [
        ("get", AGENT, "voiceAgentId"),
        ("patch", AGENT, "voiceAgentId"),
        ("patch", WEB_TOOL_ITEM, "id"),
    ],
)
def test_path_parameter_is_required(method: str, path: str, name: str) -> None:
    _, param = parameter(path, method, name)
    assert (param["in"], param["required"]) == ("path", True)


# --------------------------------------------------------------------------------------------
# 6. Round trip through models generated from the current spec

# (fixture file, generated model that parses it, model that is a request body)
ROUND_TRIPS = [
    ("v2_list_voice_agents.response.json", "VoiceAgentPageResponse", False),
    ("v2_get_voice_agent.response.json", "VoiceAgentResponse", False),
    ("v2_create_web_tool.response.json", "WebToolResponse", False),
    ("v2_update_web_tool.response.json", "WebToolResponse", False),
    ("v2_list_web_tools.response.json", "WebToolPageResponse", False),
    ("v2_update_voice_agent.request.json", "UpdateVoiceAgentRequest", True),
    ("v2_create_web_tool.request.json", "CreateWebToolRequest", True),
    ("v2_create_web_tool_no_settings.request.json", "CreateWebToolRequest", True),
    ("v2_update_web_tool.request.json", "UpdateWebToolRequest", True),
    ("v2_voice_agent_workflow_field.example.json", "Workflow", True),
]

_ROUND_TRIP_SCRIPT = textwrap.dedent("""
    import json, sys
    from pathlib import Path

    import hamsa
    import hamsa.v2.models as models

    fixtures, cases = Path(sys.argv[1]), json.loads(sys.argv[2])
    out = {"round_trips": {}, "violations": {}, "reprs": {}, "facts": {}}
    for name, model_name, is_request in cases:
        example = json.loads((fixtures / name).read_text())
        parsed = getattr(models, model_name).from_dict(example)
        out["round_trips"][name] = parsed.to_wire()
        out["reprs"][name] = repr(parsed)
        if is_request:
            out["violations"][name] = [str(v) for v in parsed.collect_violations()]

    def load(name):
        return json.loads((fixtures / name).read_text())

    tool = models.WebToolResponse.from_dict(load("v2_create_web_tool.response.json")).data
    page = models.VoiceAgentPageResponse.from_dict(load("v2_list_voice_agents.response.json"))
    flow = models.Workflow.from_dict(load("v2_voice_agent_workflow_field.example.json"))
    body = models.CreateWebToolRequest.from_dict(load("v2_create_web_tool.request.json"))
    out["facts"] = {
        "tool_settings": type(tool.tool_settings).__name__,
        "tool_timeout": tool.tool_settings.timeout,
        "request_timeout": body.tool_settings.time_out,
        "request_params": type(body.params).__name__,
        "request_param_names": sorted(body.params.properties.additional_properties),
        "first_agent": type(page.data.voice_agents[0]).__name__,
        "node_position": [flow.nodes[0].position.x, flow.nodes[0].position.y],
        "variable": flow.custom_variables[0].name,
    }

    agent = load("v2_update_voice_agent.request.json")
    bad = dict(agent, name="x" * 151, callSettings=dict(agent["callSettings"], maxCallDuration=601))
    try:
        models.UpdateVoiceAgentRequest.from_dict(bad).validate()
    except hamsa.RequestValidationError as error:
        out["facts"]["bad_update"] = str(error)
    print(json.dumps(out))
    """)


@pytest.fixture(scope="module")
def round_trip(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The round trips, run once against this checkout's generated/ merged with the overlay
    (that generated/ is what spec/ produces is check_generated's job)."""
    root = tmp_path_factory.mktemp("v2_platform")
    generated = REPO_ROOT / "generated" / "hamsa"
    merged = root / "merged" / "hamsa"
    shutil.copytree(
        REPO_ROOT / "overlays" / "hamsa", merged, ignore=shutil.ignore_patterns("__pycache__")
    )
    for item in generated.iterdir():  # hamsa.v1, hamsa.v2 and the module hamsa._operations
        if item.is_dir():
            shutil.copytree(item, merged / item.name)
        else:
            shutil.copyfile(item, merged / item.name)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(merged.parent)
    run = subprocess.run(
        [sys.executable, "-c", _ROUND_TRIP_SCRIPT, str(FIXTURES), json.dumps(ROUND_TRIPS)],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)  # type: ignore[no-any-return]


_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def differences(left: Any, right: Any, where: str = "") -> Iterator[tuple[str, Any, Any]]:
    if isinstance(left, dict) and isinstance(right, dict):
        for key in left.keys() | right.keys():
            yield from differences(left.get(key, ...), right.get(key, ...), f"{where}.{key}")
    elif isinstance(left, list) and isinstance(right, list) and len(left) == len(right):
        for index, (a, b) in enumerate(zip(left, right, strict=True)):
            yield from differences(a, b, f"{where}[{index}]")
    elif left != right or type(left) is not type(right):
        yield where, left, right


def same_instant(documented: Any, serialized: Any) -> bool:
    """The documented normalisation: a date-time re-serialised by isoformat ("Z" -> "+00:00")."""
    if not (isinstance(documented, str) and isinstance(serialized, str)):
        return False
    if not (_DATE_TIME.match(documented) and _DATE_TIME.match(serialized)):
        return False
    return datetime.fromisoformat(documented) == datetime.fromisoformat(serialized)


@pytest.mark.parametrize(
    ("fixture", "model"), [(name, model) for name, model, _ in ROUND_TRIPS], ids=lambda x: str(x)
)
def test_payload_parses_into_generated_models_and_serializes_back(
    round_trip: dict[str, Any], fixture: str, model: str
) -> None:
    documented = json.loads((FIXTURES / fixture).read_text(encoding="utf-8"))
    serialized = round_trip["round_trips"][fixture]
    unexplained = [
        (where, a, b)
        for where, a, b in differences(documented, serialized)
        if not same_instant(a, b)
    ]
    assert unexplained == [], f"{model} changed {fixture}"


def test_date_times_are_the_only_normalisation(round_trip: dict[str, Any]) -> None:
    serialized = round_trip["round_trips"]["v2_get_voice_agent.response.json"]["data"]
    assert serialized["createdAt"] == "2024-01-15T10:30:00+00:00"


@pytest.mark.parametrize(
    "fixture", [name for name, _, is_request in ROUND_TRIPS if is_request], ids=str
)
def test_documented_requests_pass_the_sdk_checks(round_trip: dict[str, Any], fixture: str) -> None:
    assert round_trip["violations"][fixture] == []


def test_generated_models_are_typed_where_the_spec_names_them(round_trip: dict[str, Any]) -> None:
    facts = round_trip["facts"]
    assert facts["tool_settings"] == "WebToolSettings" and facts["tool_timeout"] == 123
    assert facts["request_timeout"] == 5
    assert facts["request_params"] == "WebToolParameters"
    assert facts["request_param_names"] == ["location", "units"]
    assert facts["first_agent"] == "VoiceAgent"
    assert facts["node_position"] == [0, 0] and facts["variable"] == "customer_name"


def test_generated_update_body_enforces_the_limits(round_trip: dict[str, Any]) -> None:
    message = round_trip["facts"]["bad_update"]
    assert "name" in message and "max_call_duration" in message


def test_web_tool_auth_token_stays_out_of_reprs(round_trip: dict[str, Any]) -> None:
    assert "Bearer sk-..." not in round_trip["reprs"]["v2_create_web_tool.request.json"]
    assert "sk-..." not in round_trip["reprs"]["v2_update_voice_agent.request.json"]

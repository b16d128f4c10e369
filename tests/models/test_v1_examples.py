"""The v1 platform endpoints in spec/v1.yaml agree with the payloads Hamsa documents.

Covers the operations added for issue 9 (v1 half): voice agents (create, list, get), own-number
calls, the conversation list and export, agent analytics, web tools, the knowledge base, voice
dictionaries and phone numbers. For every documented example of these operations (copied verbatim
into tests/fixtures/examples/):

* it validates against the schema its operation declares, every key in it is declared, and the
  spec embeds it verbatim as a named example;
* it parses into the models generated from the spec and serializes back unchanged, and the
  request examples pass the generated models' own constraint checks.

The generated models are built from the current spec into a temporary directory (the committed
generated/ may lag behind spec/), and exercised in a subprocess whose `hamsa` package is the
hand-written overlay joined with that fresh output.

Normalisations allowed in the round trip (and nothing else):

* date-time values are re-serialized by Python's `datetime.isoformat()`, so
  "2024-01-15T10:30:00Z" comes back as "2024-01-15T10:30:00+00:00" and
  "2025-11-29T13:24:13.221Z" as "2025-11-29T13:24:13.221000+00:00". Such values are compared as
  parsed instants, and only where the spec declares `format: date-time`.

The documented quirks are pinned as well: 1-based `skip` paging (typed string where the docs say
so), `timeOut` in web-tool requests vs `timeout` in stored tools, string-typed numbers in analytics,
`Telephone` vs `TELEPHONE`, a DELETE with a JSON body, the Excel export, and the deprecated
endpoints.
"""

from __future__ import annotations

import datetime
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from models.test_documented_examples import (
    V1,
    Case,
    changed,
    declared,
    errors_for,
    load_fixture,
    load_spec,
    media_type,
    pointer_token,
    registry,
    resolve,
    schema_ref,
    spec_uri,
    undeclared_paths,
)

REPO_ROOT = Path(__file__).resolve().parents[2]
OVERLAYS = REPO_ROOT / "overlays"


def _request(path: str, method: str, fixture: str) -> Case:
    return Case(V1, path, method, "request", fixture)


def _response(path: str, method: str, fixture: str) -> Case:
    return Case(V1, path, method, "response", fixture)


AGENTS = "/v1/voice-agents"
AGENT = "/v1/voice-agents/{voiceAgentId}"
PHONE_CALL = "/v1/voice-agents/phone-number/call"
TWILIO_CALL = "/v1/voice-agents/twilio/call"
CONVERSATIONS = "/v1/voice-agents/conversations/minimal-list"
EXPORT = "/v1/agent-analytics/conversations/export"
OVERVIEW = "/v1/agent-analytics/overview"
SATISFACTION = "/v1/agent-analytics/satisfaction"
WEB_TOOLS = "/v1/voice-agents/web-tool"
WEB_TOOL_LIST = "/v1/voice-agents/web-tool/list"
WEB_TOOL = "/v1/voice-agents/web-tool/{webToolId}"
TEST_API_TOOL = "/v1/voice-agents/web-tool/test-api-tool"
KB = "/v1/voice-agents/knowledge-base"
KB_LIST = "/v1/voice-agents/knowledge-base/list"
KB_ITEM = "/v1/voice-agents/knowledge-base/{knowledgeBaseItemId}"
KB_URL = "/v1/voice-agents/knowledge-base/{knowledgeBaseItemId}/url"
DICTIONARIES = "/v1/voice-agents/voice-dictionaries"
DICTIONARY_LIST = "/v1/voice-agents/voice-dictionaries/list"
DICTIONARY = "/v1/voice-agents/voice-dictionaries/{voiceDictionaryId}"
DICTIONARY_TOGGLE = "/v1/voice-agents/voice-dictionaries/toggle-activation"
PHONE_NUMBERS = "/v1/voice-agents/phone-number"
PHONE_NUMBER_LIST = "/v1/voice-agents/phone-number/list"
ASSIGN = "/v1/voice-agents/assign-number"
UNASSIGN = "/v1/voice-agents/unassign"

CREATE_AGENT = _request(AGENTS, "post", "v1_create_voice_agent")
PHONE_CALL_REQUEST = _request(PHONE_CALL, "post", "v1_call_phone_number")
TWILIO_CALL_REQUEST = _request(TWILIO_CALL, "post", "v1_call_twilio_number_legacy")
CREATE_WEB_TOOL = _request(WEB_TOOLS, "post", "v1_create_web_tool")
UPDATE_WEB_TOOL = _request(WEB_TOOL, "patch", "v1_update_web_tool")
TEST_API_TOOL_REQUEST = _request(TEST_API_TOOL, "post", "v1_test_api_tool")
CREATE_KB = _request(KB, "post", "v1_create_knowledge_base_items")
UPDATE_KB = _request(KB_ITEM, "patch", "v1_update_knowledge_base_item")
DELETE_KB_URL = _request(KB_URL, "delete", "v1_delete_knowledge_base_item_url")
CREATE_DICTIONARY = _request(DICTIONARIES, "post", "v1_create_voice_dictionary")
UPDATE_DICTIONARY = _request(DICTIONARY, "patch", "v1_update_voice_dictionary")
TOGGLE_DICTIONARY = _request(DICTIONARY_TOGGLE, "post", "v1_toggle_voice_dictionary_activation")
ADD_PHONE_NUMBER = _request(PHONE_NUMBERS, "post", "v1_add_phone_number_twilio")
ASSIGN_REQUEST = _request(ASSIGN, "post", "v1_assign_phone_number")
UNASSIGN_REQUEST = _request(UNASSIGN, "post", "v1_unassign_phone_number")

GET_WEB_TOOL = _response(WEB_TOOL, "get", "v1_get_web_tool")
LIST_CALLS = _response(CONVERSATIONS, "get", "v1_list_minimal_calls")
OVERVIEW_RESPONSE = _response(OVERVIEW, "get", "v1_agent_analytics_overview")
GET_KB = _response(KB_ITEM, "get", "v1_get_knowledge_base_item")
LIST_PHONE_NUMBERS = _response(PHONE_NUMBER_LIST, "get", "v1_list_phone_numbers")

REQUEST_CASES = [
    CREATE_AGENT,
    _request(AGENTS, "post", "v1_create_voice_agent_older_webhook"),
    PHONE_CALL_REQUEST,
    TWILIO_CALL_REQUEST,
    CREATE_WEB_TOOL,
    UPDATE_WEB_TOOL,
    TEST_API_TOOL_REQUEST,
    CREATE_KB,
    UPDATE_KB,
    DELETE_KB_URL,
    CREATE_DICTIONARY,
    UPDATE_DICTIONARY,
    TOGGLE_DICTIONARY,
    ADD_PHONE_NUMBER,
    _request(PHONE_NUMBERS, "post", "v1_add_phone_number_twilio_no_type"),
    ASSIGN_REQUEST,
    UNASSIGN_REQUEST,
]
RESPONSE_CASES = [
    _response(AGENTS, "post", "v1_create_voice_agent_older_webhook"),
    _response(AGENTS, "get", "v1_list_voice_agents_older_webhook"),
    _response(AGENT, "get", "v1_get_voice_agent"),
    _response(AGENT, "get", "v1_get_voice_agent_older_webhook"),
    _response(PHONE_CALL, "post", "v1_call_phone_number"),
    LIST_CALLS,
    OVERVIEW_RESPONSE,
    _response(SATISFACTION, "get", "v1_agent_analytics_satisfaction"),
    GET_WEB_TOOL,
    _response(WEB_TOOL_LIST, "get", "v1_list_web_tools"),
    _response(TEST_API_TOOL, "post", "v1_test_api_tool"),
    _response(KB, "post", "v1_create_knowledge_base_items"),
    GET_KB,
    _response(KB_ITEM, "patch", "v1_update_knowledge_base_item"),
    _response(KB_LIST, "get", "v1_list_knowledge_base_items"),
    _response(KB_URL, "delete", "v1_delete_knowledge_base_item_url"),
    _response(DICTIONARIES, "post", "v1_create_voice_dictionary"),
    _response(DICTIONARY, "patch", "v1_update_voice_dictionary"),
    _response(DICTIONARY_LIST, "get", "v1_list_voice_dictionaries"),
    _response(DICTIONARY_TOGGLE, "post", "v1_toggle_voice_dictionary_activation"),
    _response(PHONE_NUMBERS, "post", "v1_add_phone_number"),
    LIST_PHONE_NUMBERS,
    _response(ASSIGN, "post", "v1_assign_phone_number"),
    _response(UNASSIGN, "post", "v1_unassign_phone_number"),
]
CASES = REQUEST_CASES + RESPONSE_CASES
CASE_IDS = [case.id for case in CASES]

# (path, method, operationId, tag, deprecated)
OPERATIONS = [
    (AGENTS, "post", "create_voice_agent", "voice_agents", False),
    (AGENTS, "get", "list_voice_agents", "voice_agents", False),
    (AGENT, "get", "get_voice_agent", "voice_agents", True),
    (PHONE_CALL, "post", "start_phone_number_call", "calls", False),
    (TWILIO_CALL, "post", "start_twilio_call", "calls", True),
    (CONVERSATIONS, "get", "list_conversations", "conversations", False),
    (EXPORT, "get", "export_conversations", "conversations", False),
    (OVERVIEW, "get", "get_analytics_overview", "analytics", False),
    (SATISFACTION, "get", "get_analytics_satisfaction", "analytics", False),
    (WEB_TOOLS, "post", "create_web_tool", "web_tools", False),
    (WEB_TOOL, "get", "get_web_tool", "web_tools", False),
    (WEB_TOOL, "patch", "update_web_tool", "web_tools", False),
    (WEB_TOOL_LIST, "get", "list_web_tools", "web_tools", False),
    (TEST_API_TOOL, "post", "test_api_tool", "web_tools", False),
    (KB, "post", "create_knowledge_base_items", "knowledge_base", False),
    (KB_ITEM, "get", "get_knowledge_base_item", "knowledge_base", False),
    (KB_ITEM, "patch", "update_knowledge_base_item", "knowledge_base", False),
    (KB_LIST, "get", "list_knowledge_base_items", "knowledge_base", False),
    (KB_URL, "delete", "delete_knowledge_base_item_url", "knowledge_base", False),
    (DICTIONARIES, "post", "create_voice_dictionary", "voice_dictionaries", False),
    (DICTIONARY, "patch", "update_voice_dictionary", "voice_dictionaries", False),
    (DICTIONARY_LIST, "get", "list_voice_dictionaries", "voice_dictionaries", False),
    (
        DICTIONARY_TOGGLE,
        "post",
        "toggle_voice_dictionary_activation",
        "voice_dictionaries",
        False,
    ),
    (PHONE_NUMBERS, "post", "add_phone_number", "phone_numbers", False),
    (PHONE_NUMBER_LIST, "get", "list_phone_numbers", "phone_numbers", False),
    (ASSIGN, "post", "assign_phone_number", "phone_numbers", False),
    (UNASSIGN, "post", "unassign_phone_number", "phone_numbers", False),
]
OPERATION_IDS = [operation_id for _, _, operation_id, _, _ in OPERATIONS]


def operation(path: str, method: str) -> dict[str, Any]:
    node: dict[str, Any] = load_spec(V1)["paths"][path][method]
    return node


def component(name: str) -> dict[str, Any]:
    node: dict[str, Any] = load_spec(V1)["components"]["schemas"][name]
    return node


def body_model(case: Case) -> str:
    """The component (and so generated class) name of the case's body schema."""
    ref = media_type(case)["schema"]["$ref"]
    assert ref.startswith("#/components/schemas/"), ref
    return str(ref.rsplit("/", 1)[-1])


# --------------------------------------------------------------------------------------------
# 1. The documented examples validate, are fully declared and are embedded verbatim


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


@pytest.mark.parametrize(
    ("path", "method"), sorted({(path, method) for path, method, *_ in OPERATIONS})
)
def test_operation_embeds_exactly_the_listed_examples(path: str, method: str) -> None:
    """No documented example of these operations is left out of CASES (or of the spec)."""
    op = operation(path, method)
    embedded = {
        (kind, name)
        for kind, body in [
            ("request", op.get("requestBody", {})),
            ("response", op["responses"]["200"]),
        ]
        for media in body.get("content", {}).values()
        for name in media.get("examples", {})
    }
    listed = {
        (case.kind, case.fixture) for case in CASES if (case.path, case.method) == (path, method)
    }
    assert embedded == listed


# --------------------------------------------------------------------------------------------
# 2. Operation metadata the generator turns into Python names


@pytest.mark.parametrize(("path", "method", "operation_id", "tag", "deprecated"), OPERATIONS)
def test_operation_names_tags_and_deprecation(
    path: str, method: str, operation_id: str, tag: str, deprecated: bool
) -> None:
    op = operation(path, method)
    assert op["operationId"] == operation_id
    assert op["tags"] == [tag]
    assert op.get("deprecated", False) is deprecated
    assert op["security"] == [{"TokenAuth": []}]
    assert op["summary"] and op["description"]
    assert any(code.startswith("4") for code in op["responses"]), "documents client errors"
    assert "x-hamsa-idempotent" not in op, "only state-changing GETs carry the extension"


def test_every_tag_is_described() -> None:
    tags = {tag["name"]: tag.get("description") for tag in load_spec(V1)["tags"]}
    for _, _, _, tag, _ in OPERATIONS:
        assert tags.get(tag), tag


def test_operation_ids_are_unique_python_names() -> None:
    all_ids = [
        op["operationId"]
        for item in load_spec(V1)["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    ]
    assert len(all_ids) == len(set(all_ids))
    assert all(name.isidentifier() and name == name.lower() for name in OPERATION_IDS)


# --------------------------------------------------------------------------------------------
# 3. Request bodies carry the documented limits; response bodies stay permissive

INVALID_REQUESTS = [
    pytest.param(CREATE_AGENT, "agentName", ..., id="create-agent-without-agentName"),
    pytest.param(CREATE_AGENT, "maxCallDuration", 601, id="create-agent-maxCallDuration-601"),
    pytest.param(CREATE_AGENT, "lang", "fr", id="create-agent-lang-fr"),
    pytest.param(
        CREATE_AGENT, "greetingMessageType", "TEXT", id="create-agent-greetingMessageType-TEXT"
    ),
    pytest.param(
        CREATE_AGENT, "vadActivationThreshold", 0.1, id="create-agent-vadActivationThreshold-0.1"
    ),
    pytest.param(PHONE_CALL_REQUEST, "phoneNumber", ..., id="phone-call-without-phoneNumber"),
    pytest.param(PHONE_CALL_REQUEST, "voiceAgentId", ..., id="phone-call-without-voiceAgentId"),
    pytest.param(PHONE_CALL_REQUEST, "params", ..., id="phone-call-without-params"),
    pytest.param(
        PHONE_CALL_REQUEST, "voiceAgentId", "agent-7", id="phone-call-voiceAgentId-not-uuid"
    ),
    pytest.param(
        PHONE_CALL_REQUEST,
        "agentDetails.maxCallDuration",
        601,
        id="phone-call-agentDetails-maxCallDuration-601",
    ),
    pytest.param(
        TWILIO_CALL_REQUEST, "twilioPhoneNumber", ..., id="twilio-call-without-twilioPhoneNumber"
    ),
    pytest.param(CREATE_WEB_TOOL, "type", ..., id="create-web-tool-without-type"),
    pytest.param(CREATE_WEB_TOOL, "type", "HTTP", id="create-web-tool-type-unknown"),
    pytest.param(CREATE_WEB_TOOL, "name", "", id="create-web-tool-name-empty"),
    pytest.param(CREATE_WEB_TOOL, "name", "x" * 251, id="create-web-tool-name-251-chars"),
    pytest.param(
        CREATE_WEB_TOOL, "description", "x" * 1001, id="create-web-tool-description-1001-chars"
    ),
    pytest.param(
        CREATE_WEB_TOOL,
        "toolSettings.serverUrl",
        ...,
        id="create-web-tool-settings-without-serverUrl",
    ),
    pytest.param(UPDATE_WEB_TOOL, "name", "x" * 251, id="update-web-tool-name-251-chars"),
    pytest.param(TEST_API_TOOL_REQUEST, "method", "HEAD", id="test-api-tool-method-HEAD"),
    pytest.param(TEST_API_TOOL_REQUEST, "projectId", ..., id="test-api-tool-without-projectId"),
    pytest.param(
        TEST_API_TOOL_REQUEST, "projectId", "<string>", id="test-api-tool-projectId-not-uuid"
    ),
    pytest.param(CREATE_KB, "items", [], id="create-kb-items-empty"),
    pytest.param(CREATE_KB, "items", ..., id="create-kb-without-items"),
    pytest.param(UPDATE_KB, "itemName", "x" * 251, id="update-kb-itemName-251-chars"),
    pytest.param(UPDATE_KB, "itemName", ..., id="update-kb-without-itemName"),
    pytest.param(DELETE_KB_URL, "url", ..., id="delete-kb-url-without-url"),
    pytest.param(CREATE_DICTIONARY, "words", ..., id="create-dictionary-without-words"),
    pytest.param(TOGGLE_DICTIONARY, "isActive", ..., id="toggle-dictionary-without-isActive"),
    pytest.param(TOGGLE_DICTIONARY, "isActive", "yes", id="toggle-dictionary-isActive-not-bool"),
    pytest.param(
        ADD_PHONE_NUMBER, "twilioAuthToken", ..., id="add-phone-number-without-twilioAuthToken"
    ),
    pytest.param(ADD_PHONE_NUMBER, "label", "", id="add-phone-number-label-empty"),
    pytest.param(ADD_PHONE_NUMBER, "type", "VONAGE", id="add-phone-number-type-unknown"),
    pytest.param(ASSIGN_REQUEST, "phoneNumber", "9700000000", id="assign-number-without-plus"),
    pytest.param(ASSIGN_REQUEST, "voiceAgentId", ..., id="assign-number-without-voiceAgentId"),
    pytest.param(UNASSIGN_REQUEST, "phoneNumber", ..., id="unassign-without-phoneNumber"),
]


@pytest.mark.parametrize(("case", "field", "value"), INVALID_REQUESTS)
def test_request_outside_documented_limits_is_rejected(case: Case, field: str, value: Any) -> None:
    errors = errors_for(case, changed(case, field, value))
    assert errors, f"{field}={value!r} should not validate"
    assert any(field.split(".")[-1] in error for error in errors), errors


VALID_REQUESTS = [
    pytest.param(
        PHONE_CALL_REQUEST, "voiceAgentId", None, id="phone-call-voiceAgentId-null-with-details"
    ),
    pytest.param(CREATE_AGENT, "greetingMessageType", "PROMPT", id="create-agent-prompt-greeting"),
    pytest.param(CREATE_AGENT, "voiceId", None, id="create-agent-voiceId-null"),
    pytest.param(CREATE_WEB_TOOL, "name", "x" * 250, id="create-web-tool-name-250-chars"),
    pytest.param(CREATE_WEB_TOOL, "type", "MCP", id="create-web-tool-type-MCP"),
    pytest.param(UPDATE_KB, "itemName", "x" * 250, id="update-kb-itemName-250-chars"),
    pytest.param(ADD_PHONE_NUMBER, "type", ..., id="add-phone-number-type-optional"),
    pytest.param(ADD_PHONE_NUMBER, "type", "SIP", id="add-phone-number-type-SIP"),
]


@pytest.mark.parametrize(("case", "field", "value"), VALID_REQUESTS)
def test_request_at_documented_limits_is_accepted(case: Case, field: str, value: Any) -> None:
    assert errors_for(case, changed(case, field, value)) == []


def test_patch_bodies_require_nothing_undocumented() -> None:
    """PATCH bodies send only what the caller sets; the KB rename's one field is required."""
    assert "required" not in component("UpdateWebToolRequest")
    assert "required" not in component("UpdateVoiceDictionaryRequest")
    assert component("UpdateKnowledgeBaseItemRequest")["required"] == ["itemName"]
    assert errors_for(UPDATE_WEB_TOOL, {}) == []
    assert errors_for(UPDATE_DICTIONARY, {}) == []


LENIENT_RESPONSES = [
    pytest.param(GET_WEB_TOOL, "data.someNewField", {"x": 1}, id="web-tool-unknown-field"),
    pytest.param(GET_WEB_TOOL, "data.toolSettings.authToken", None, id="web-tool-no-auth-token"),
    pytest.param(GET_KB, "data.extension", "pdf", id="kb-extension-as-string"),
    pytest.param(GET_KB, "data.failureReason", None, id="kb-failureReason-null"),
    pytest.param(
        LIST_CALLS, "data.calls", [{"channelType": "TELEPHONE"}], id="channelType-either-casing"
    ),
    pytest.param(OVERVIEW_RESPONSE, "success", ..., id="overview-without-success"),
    pytest.param(
        LIST_PHONE_NUMBERS,
        "data",
        [{"sipInboundConfigs": None, "sipOutboundConfigs": None, "voiceAgent": None}],
        id="phone-number-nulls",
    ),
]


@pytest.mark.parametrize(("case", "field", "value"), LENIENT_RESPONSES)
def test_response_schema_is_permissive(case: Case, field: str, value: Any) -> None:
    assert errors_for(case, changed(case, field, value)) == []


# Values the schema does not list but the SDK must keep (its enums are open at parse time):
# each mutated documented response must parse and serialize back unchanged.
UNLISTED_VALUES = [
    pytest.param(GET_WEB_TOOL, "data.type", "HTTP", id="web-tool-type-unknown"),
    pytest.param(GET_WEB_TOOL, "data.someNewField", {"x": 1}, id="web-tool-unknown-field"),
    pytest.param(
        LIST_CALLS,
        "data.calls",
        [{"status": "RINGING", "channelType": "TELEPHONE"}],
        id="call-status-unknown",
    ),
    pytest.param(
        LIST_PHONE_NUMBERS,
        "data",
        [{"type": "VONAGE", "sipOutboundConfigs": {"transportType": "TLS"}, "voiceAgent": None}],
        id="phone-number-unknown-provider-and-transport",
    ),
    pytest.param(GET_KB, "data.extension", "pdf", id="kb-extension-as-string"),
]


REQUIRED_FIELDS = [
    pytest.param(CREATE_AGENT, {"agentName"}, id="create-agent"),
    pytest.param(
        PHONE_CALL_REQUEST, {"toNumber", "phoneNumber", "voiceAgentId", "params"}, id="phone-call"
    ),
    pytest.param(TWILIO_CALL_REQUEST, {"toNumber", "twilioPhoneNumber"}, id="twilio-call"),
    pytest.param(CREATE_WEB_TOOL, {"type", "name"}, id="create-web-tool"),
    pytest.param(UPDATE_WEB_TOOL, set(), id="update-web-tool"),
    pytest.param(TEST_API_TOOL_REQUEST, {"projectId", "serverUrl", "method"}, id="test-api-tool"),
    pytest.param(CREATE_KB, {"items"}, id="create-kb"),
    pytest.param(UPDATE_KB, {"itemName"}, id="update-kb"),
    pytest.param(DELETE_KB_URL, {"url"}, id="delete-kb-url"),
    pytest.param(CREATE_DICTIONARY, {"name", "words"}, id="create-dictionary"),
    pytest.param(UPDATE_DICTIONARY, set(), id="update-dictionary"),
    pytest.param(
        TOGGLE_DICTIONARY, {"dictionaryId", "voiceAgentId", "isActive"}, id="toggle-dictionary"
    ),
    pytest.param(
        ADD_PHONE_NUMBER,
        {"phoneNumber", "label", "twilioAccountSid", "twilioAuthToken"},
        id="add-phone-number",
    ),
    pytest.param(ASSIGN_REQUEST, {"voiceAgentId", "phoneNumber"}, id="assign-number"),
    pytest.param(UNASSIGN_REQUEST, {"phoneNumber"}, id="unassign-number"),
]


@pytest.mark.parametrize(("case", "required"), REQUIRED_FIELDS)
def test_only_these_body_fields_are_required(case: Case, required: set[str]) -> None:
    schema = resolve(case.spec, media_type(case)["schema"])
    assert set(schema.get("required", [])) == required


@pytest.mark.parametrize(
    ("schema_name", "field"),
    [
        ("WebToolSettingsInput", "authToken"),
        ("WebToolSettings", "authToken"),
        ("ApiToolTestRequest", "apiKey"),
        ("ApiToolTestRequest", "authToken"),
        ("AddPhoneNumberRequest", "twilioAuthToken"),
    ],
)
def test_secrets_are_marked_password(schema_name: str, field: str) -> None:
    assert component(schema_name)["properties"][field]["format"] == "password"


# --------------------------------------------------------------------------------------------
# 4. Query parameters: documented ranges, types and serialization


def parameter(path: str, method: str, name: str) -> tuple[dict[str, Any], str]:
    """The parameter object and a JSON pointer to its schema (following a components $ref)."""
    for index, param in enumerate(operation(path, method).get("parameters", [])):
        pointer = f"paths/{pointer_token(path)}/{method}/parameters/{index}"
        if "$ref" in param:
            pointer = param["$ref"].removeprefix("#/")
            param = resolve(V1, {"$ref": f"{spec_uri(V1)}#/{pointer}"})
        if param["name"] == name:
            return param, f"{pointer}/schema"
    raise AssertionError(f"{method} {path} has no parameter {name}")


def parameter_errors(path: str, method: str, name: str, value: Any) -> list[str]:
    _, pointer = parameter(path, method, name)
    validator = Draft202012Validator(
        {"$ref": f"{spec_uri(V1)}#/{pointer}"},
        registry=registry(V1),
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )
    return [error.message for error in validator.iter_errors(value)]


BAD_PARAMETERS = [
    pytest.param(CONVERSATIONS, "perPage", 201, id="conversations-perPage-201"),
    pytest.param(CONVERSATIONS, "perPage", 0, id="conversations-perPage-0"),
    pytest.param(CONVERSATIONS, "page", 0, id="conversations-page-0"),
    pytest.param(CONVERSATIONS, "startTime", "1735689600000", id="conversations-startTime-string"),
    pytest.param(CONVERSATIONS, "status", ["RINGING"], id="conversations-status-unknown"),
    pytest.param(CONVERSATIONS, "voiceAgentId", "agent-7", id="conversations-agent-not-uuid"),
    pytest.param(AGENTS, "skip", 0, id="agents-skip-page-0"),
    pytest.param(WEB_TOOL_LIST, "skip", 0, id="web-tools-skip-page-0"),
    pytest.param(KB_LIST, "skip", 2, id="kb-skip-must-be-string"),
    pytest.param(PHONE_NUMBER_LIST, "take", 10, id="phone-numbers-take-must-be-string"),
    pytest.param(PHONE_NUMBER_LIST, "provider", "VONAGE", id="phone-numbers-provider-unknown"),
    pytest.param(EXPORT, "period", "LAST_YEAR", id="export-period-unknown"),
    pytest.param(EXPORT, "status", "FORWARDED", id="export-status-not-documented-there"),
    pytest.param(EXPORT, "startPeriod", 1735689600000, id="export-startPeriod-must-be-string"),
    pytest.param(OVERVIEW, "timeDifference", -3, id="overview-timeDifference-must-be-string"),
]


@pytest.mark.parametrize(("path", "name", "value"), BAD_PARAMETERS)
def test_query_parameter_outside_documented_limits_is_rejected(
    path: str, name: str, value: Any
) -> None:
    assert parameter_errors(path, "get", name, value), f"{name}={value!r} should not validate"


GOOD_PARAMETERS = [
    pytest.param(CONVERSATIONS, "perPage", 200, id="conversations-perPage-200"),
    pytest.param(CONVERSATIONS, "perPage", 1, id="conversations-perPage-1"),
    pytest.param(CONVERSATIONS, "page", 1, id="conversations-page-1"),
    pytest.param(CONVERSATIONS, "startTime", 1735689600000, id="conversations-startTime-ms"),
    pytest.param(
        CONVERSATIONS, "status", ["COMPLETED", "TERMINATED"], id="conversations-status-several"
    ),
    pytest.param(KB_LIST, "skip", "2", id="kb-skip-string"),
    pytest.param(PHONE_NUMBER_LIST, "skip", "1", id="phone-numbers-skip-string"),
    pytest.param(EXPORT, "period", "CUSTOM", id="export-period-custom"),
    pytest.param(EXPORT, "startPeriod", "1735689600000", id="export-startPeriod-string"),
    pytest.param(SATISFACTION, "timeDifference", "-3", id="satisfaction-timeDifference"),
]


@pytest.mark.parametrize(("path", "name", "value"), GOOD_PARAMETERS)
def test_query_parameter_within_documented_limits_is_accepted(
    path: str, name: str, value: Any
) -> None:
    assert parameter_errors(path, "get", name, value) == []


def test_conversation_status_filter_repeats_the_parameter() -> None:
    status, _ = parameter(CONVERSATIONS, "get", "status")
    assert (status["style"], status["explode"]) == ("form", True)
    assert status["schema"]["items"] == {"$ref": "#/components/schemas/CallStatus"}


@pytest.mark.parametrize(
    ("path", "name", "required"),
    [
        (EXPORT, "voiceAgentId", True),
        (OVERVIEW, "voiceAgentId", False),
        (SATISFACTION, "voiceAgentId", False),
        (CONVERSATIONS, "voiceAgentId", False),
    ],
)
def test_voice_agent_filter_is_required_only_for_export(
    path: str, name: str, required: bool
) -> None:
    assert parameter(path, "get", name)[0]["required"] is required


@pytest.mark.parametrize(
    ("path", "skip_type"),
    [
        (AGENTS, "integer"),
        (WEB_TOOL_LIST, "integer"),
        (DICTIONARY_LIST, "integer"),
        (KB_LIST, "string"),
        (PHONE_NUMBER_LIST, "string"),
    ],
)
def test_skip_is_a_one_based_page_typed_as_documented(path: str, skip_type: str) -> None:
    skip, _ = parameter(path, "get", "skip")
    assert skip["schema"]["type"] == skip_type
    assert "1-based page" in skip["description"]
    assert "default" not in skip["schema"], "defaults are stated, never sent"


# --------------------------------------------------------------------------------------------
# 5. The documented quirks, encoded


def test_web_tool_timeout_spelling_differs_between_request_and_response() -> None:
    sent = component("WebToolSettingsInput")["properties"]
    stored = component("WebToolSettings")["properties"]
    assert "timeOut" in sent and "timeout" not in sent
    assert "timeout" in stored and "timeOut" not in stored
    for case in (CREATE_WEB_TOOL, UPDATE_WEB_TOOL):
        request = resolve(V1, media_type(case)["schema"])
        assert request["properties"]["toolSettings"] == {
            "$ref": "#/components/schemas/WebToolSettingsInput"
        }
    assert component("WebTool")["properties"]["toolSettings"] == {
        "$ref": "#/components/schemas/WebToolSettings"
    }


def test_string_typed_numbers_stay_strings() -> None:
    assert component("CallsOverTimeBucket")["properties"]["count"]["type"] == "string"
    assert load_fixture(OVERVIEW_RESPONSE)["data"]["callsOverTime"][0]["count"] == "6"
    changed_count = changed(OVERVIEW_RESPONSE, "data.callsOverTime", [{"count": 6}])
    assert errors_for(OVERVIEW_RESPONSE, changed_count), "a numeric count is not what is documented"


def test_channel_type_is_free_text_in_both_conversation_shapes() -> None:
    for name in ("ConversationSummary", "Conversation"):
        channel = component(name)["properties"]["channelType"]
        assert channel["type"] == "string" and "enum" not in channel
        assert "Telephone" in channel["description"] and "TELEPHONE" in channel["description"]


def test_export_answers_with_an_excel_file() -> None:
    content = operation(EXPORT, "get")["responses"]["200"]["content"]
    assert content == {
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
            "schema": {"type": "string", "format": "binary"}
        }
    }


def test_delete_url_carries_a_json_body() -> None:
    body = operation(KB_URL, "delete")["requestBody"]
    assert body["required"] is True
    assert body["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/DeleteKnowledgeBaseItemUrlRequest"
    }


def test_phone_number_list_data_is_a_bare_list() -> None:
    assert component("PhoneNumberList")["type"] == "array"
    assert isinstance(load_fixture(LIST_PHONE_NUMBERS)["data"], list)


def test_shared_response_schemas_only_grew() -> None:
    """The seed operations' schemas keep every field they had; Call gained callParams."""
    call = component("Call")["properties"]
    assert call["callParams"] == {"$ref": "#/components/schemas/CallParams"}
    assert {"id", "status", "agentDetails", "voiceAgentId"} <= set(call)


def test_create_greeting_type_is_a_nullable_enum() -> None:
    prop = component("CreateVoiceAgentRequest")["properties"]["greetingMessageType"]
    assert prop["anyOf"] == [
        {"$ref": "#/components/schemas/GreetingMessageType"},
        {"type": "null"},
    ]
    assert component("GreetingMessageType")["enum"] == ["STATIC", "PROMPT"]


# --------------------------------------------------------------------------------------------
# 6. The payloads parse into the generated models and serialize back unchanged

RUNNER = r"""
import json
import sys

import hamsa.v1.models as models
from hamsa.v1.api.conversations import export_conversations, list_conversations
from hamsa.v1.api.knowledge_base import delete_knowledge_base_item_url, list_knowledge_base_items
from hamsa.v1.api.phone_numbers import list_phone_numbers
from hamsa.v1.api.voice_agents import list_voice_agents

cases = json.load(sys.stdin)
results = {}
for case in cases:
    cls = getattr(models, case["model"])
    try:
        model = cls.from_dict(case["example"])
        results[case["id"]] = {
            "round_trip": model.to_wire(),
            # Response-only models have no request-side checks.
            "violations": [str(v) for v in getattr(model, "collect_violations", list)()],
            "repr": repr(model),
            "error": None,
        }
    except Exception as error:  # reported, not raised: the test names the failing case
        results[case["id"]] = {"error": f"{type(error).__name__}: {error}"}


def sent(options):
    return {
        "method": options.method,
        "path": options.path,
        "params": dict(options.params or {}),
        "json": options.json,
    }


requests = {
    "list_conversations": list_conversations.request_options(
        status=[models.CallStatus.COMPLETED, models.CallStatus.FAILED],
        start_time=1735689600000,
        page=2,
        per_page=200,
    ),
    "export_conversations": export_conversations.request_options(
        voice_agent_id="d949f13f-40d2-4e48-ac86-b66633070603",
        period=models.AnalyticsPeriod.CUSTOM,
        start_period="1735689600000",
        end_period="1735775999999",
        time_difference="-3",
    ),
    "list_knowledge_base_items": list_knowledge_base_items.request_options(skip="2", take="10"),
    "list_phone_numbers": list_phone_numbers.request_options(skip="1", take="5"),
    "list_voice_agents": list_voice_agents.request_options(skip=2, take=10),
    "delete_knowledge_base_item_url": delete_knowledge_base_item_url.request_options(
        "550e8400-e29b-41d4-a716-446655440000",
        body=models.DeleteKnowledgeBaseItemUrlRequest(url="https://example.com/page"),
    ),
}
json.dump({"cases": results, "requests": {k: sent(v) for k, v in requests.items()}}, sys.stdout)
"""


@pytest.fixture(scope="module")
def generated() -> dict[str, Any]:
    """Run RUNNER once against the generated hamsa.v1/v2 of this checkout (that generated/ is
    what spec/ produces is tests/generation/test_generate.py's and check_generated's job)."""
    root = REPO_ROOT / "generated"
    cases = [
        {"id": case.id, "model": body_model(case), "example": load_fixture(case)} for case in CASES
    ]
    cases += [
        {"id": unlisted.id, "model": body_model(case), "example": changed(case, field, value)}
        for unlisted in UNLISTED_VALUES
        for case, field, value in [unlisted.values]
    ]
    # The overlay's hamsa/__init__.py extends its __path__ over sys.path, so the
    # generated hamsa.v1 is found next to it.
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(OVERLAYS), str(root)])}
    run = subprocess.run(
        [sys.executable, "-c", RUNNER],
        input=json.dumps(cases),
        capture_output=True,
        text=True,
        cwd=root,
        env=env,
        check=False,
    )
    if run.returncode != 0:
        pytest.fail(f"running the generated models failed:\n{run.stderr}")
    output: dict[str, Any] = json.loads(run.stdout)
    return output


def _instant(value: Any) -> datetime.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else None


def differences(expected: Any, actual: Any, where: str = "") -> tuple[list[str], list[str]]:
    """(paths that differ, paths that differ only as two spellings of one date-time instant)."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        wrong: list[str] = []
        normalised: list[str] = []
        for key in sorted(set(expected) | set(actual)):
            child = f"{where}.{key}" if where else key
            if key not in expected or key not in actual:
                wrong.append(child)
                continue
            more_wrong, more_normalised = differences(expected[key], actual[key], child)
            wrong += more_wrong
            normalised += more_normalised
        return wrong, normalised
    if isinstance(expected, list) and isinstance(actual, list):
        if len(expected) != len(actual):
            return [where], []
        wrong, normalised = [], []
        for index, (left, right) in enumerate(zip(expected, actual, strict=True)):
            more_wrong, more_normalised = differences(left, right, f"{where}[{index}]")
            wrong += more_wrong
            normalised += more_normalised
        return wrong, normalised
    if expected == actual and type(expected) is type(actual):
        return [], []
    before, after = _instant(expected), _instant(actual)
    if before is not None and before == after:
        return [], [where]
    return [where], []


def _tokens(dotted: str) -> list[str | int]:
    tokens: list[str | int] = []
    for part in dotted.split("."):
        name, *indices = part.split("[")
        tokens.append(name)
        tokens += [int(index.rstrip("]")) for index in indices]
    return tokens


def declares_date_time(case: Case, dotted: str) -> bool:
    """Whether the case's schema declares `format: date-time` at this instance path."""
    candidates = [schema_ref(case)]
    for token in _tokens(dotted):
        found: list[dict[str, Any]] = []
        for schema in candidates:
            view = declared(case.spec, schema)
            found += view.items if isinstance(token, int) else view.properties.get(token, [])
        candidates = found
    formats = set()
    for schema in candidates:
        schema = resolve(case.spec, schema)
        for member in [schema, *schema.get("anyOf", [])]:
            formats.add(resolve(case.spec, member).get("format"))
    return "date-time" in formats


@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_documented_payload_round_trips_through_the_generated_model(
    case: Case, generated: dict[str, Any]
) -> None:
    result = generated["cases"][case.id]
    assert result["error"] is None, f"{body_model(case)}.from_dict failed: {result['error']}"
    wrong, normalised = differences(load_fixture(case), result["round_trip"])
    assert wrong == [], f"{body_model(case)} did not give these back unchanged: {wrong}"
    not_date_times = [path for path in normalised if not declares_date_time(case, path)]
    assert not_date_times == [], f"only date-time fields may be re-spelled: {not_date_times}"


@pytest.mark.parametrize(("case", "field", "value"), UNLISTED_VALUES)
def test_unlisted_response_values_are_kept(
    case: Case, field: str, value: Any, request: pytest.FixtureRequest, generated: dict[str, Any]
) -> None:
    result = generated["cases"][request.node.callspec.id]
    assert result["error"] is None, result["error"]
    wrong, _ = differences(changed(case, field, value), result["round_trip"])
    assert wrong == []


@pytest.mark.parametrize("case", REQUEST_CASES, ids=[case.id for case in REQUEST_CASES])
def test_documented_request_passes_the_sdk_checks(case: Case, generated: dict[str, Any]) -> None:
    # The docs' "<string>" stands for any string; a pattern (a phone number's E.164) can't hold
    # for it. Every other check still applies to it.
    violations = [
        v
        for v in generated["cases"][case.id]["violations"]
        if not (" = '<string>': " in v and "the pattern is" in v)
    ]
    assert violations == []


@pytest.mark.parametrize(
    ("case", "secret"),
    [
        (CREATE_WEB_TOOL, "bearer_token_12345"),
        (GET_WEB_TOOL, "bearer_token_12345"),
        (TEST_API_TOOL_REQUEST, "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"),
    ],
    ids=["create-web-tool-request", "get-web-tool-response", "test-api-tool-request"],
)
def test_secrets_stay_out_of_model_reprs(
    case: Case, secret: str, generated: dict[str, Any]
) -> None:
    shown = generated["cases"][case.id]["repr"]
    assert secret in json.dumps(load_fixture(case))
    assert secret not in shown


def test_dates_are_the_only_normalisation_seen(generated: dict[str, Any]) -> None:
    """Guards the module docstring: at least one date-time is re-spelled, nothing else is."""
    respelled = []
    for case in CASES:
        _, normalised = differences(load_fixture(case), generated["cases"][case.id]["round_trip"])
        respelled += normalised
    assert respelled, "expected isoformat() to re-spell the documented 'Z' timestamps"


def test_generated_operations_send_the_documented_wire_shapes(generated: dict[str, Any]) -> None:
    sent = generated["requests"]
    assert sent["list_conversations"]["params"] == {
        "status": ["COMPLETED", "FAILED"],
        "startTime": 1735689600000,
        "page": 2,
        "perPage": 200,
    }
    assert sent["export_conversations"]["params"] == {
        "voiceAgentId": "d949f13f-40d2-4e48-ac86-b66633070603",
        "period": "CUSTOM",
        "startPeriod": "1735689600000",
        "endPeriod": "1735775999999",
        "timeDifference": "-3",
    }
    assert sent["list_knowledge_base_items"]["params"] == {"skip": "2", "take": "10"}
    assert sent["list_phone_numbers"]["params"] == {"skip": "1", "take": "5"}
    assert sent["list_voice_agents"]["params"] == {"skip": 2, "take": 10}
    delete = sent["delete_knowledge_base_item_url"]
    assert delete == {
        "method": "DELETE",
        "path": "/v1/voice-agents/knowledge-base/550e8400-e29b-41d4-a716-446655440000/url",
        "params": {},
        "json": {"url": "https://example.com/page"},
    }

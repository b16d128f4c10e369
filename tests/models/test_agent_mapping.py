"""The v1 (flat) <-> v2 (nested) voice-agent mapping: lossless both ways, strict when sending."""

from __future__ import annotations

import copy
import json
import string
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pytest
from fuzz_budget import examples
from hamsa._agent_mapping import (
    AGENT_FIELD_MAP,
    RESERVED_KEYS,
    UnsupportedFieldError,
    mapping_rows,
    mapping_table_markdown,
    snake_keys,
    to_camel,
    to_snake,
    unified_to_v1,
    unified_to_v2,
    v1_to_unified,
    v2_to_unified,
)
from hamsa._exceptions import HamsaError
from hamsa._wire import to_wire
from hypothesis import given, settings
from hypothesis import strategies as st

FIXTURES = Path(__file__).parents[1] / "fixtures" / "agents"
PROPERTY = settings(max_examples=examples(200), deadline=None)

Json = Any


def fixture(name: str) -> Json:
    return json.loads((FIXTURES / name).read_text())


# --- strategies: payloads built from the documented field sets ---------------------

scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(10**6), 10**6)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=10)
)
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3)
    | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)
json_objects = st.dictionaries(st.text(max_size=8), json_values, max_size=3)
texts = st.text(max_size=20)
ids = st.uuids().map(str) | st.sampled_from(["<string>", "tool_123"])
urls = st.sampled_from(["https://example.com/webhook", "https://api.custom-llm.com/v1"])
timestamps = st.sampled_from(["2024-01-15T10:30:00Z", "2023-11-07T05:31:56Z"])
# Keys no shape documents, so they must survive as unknown data ("x" + letters never
# collides with a documented or reserved key).
extra_keys = st.text(string.ascii_letters, min_size=1, max_size=6).map(lambda s: "x" + s)


def nullable(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


def obj(
    optional: Mapping[str, st.SearchStrategy[Any]], *, extras: bool = True
) -> st.SearchStrategy[dict[str, Any]]:
    """An object with any subset of `optional`, plus unknown keys when `extras`."""
    known = st.fixed_dictionaries({}, optional=dict(optional))
    if not extras:
        return known
    unknown = st.dictionaries(extra_keys, json_values, max_size=2)
    return st.tuples(known, unknown).map(lambda pair: {**pair[0], **pair[1]})


schema_shapes = st.fixed_dictionaries(
    {"type": st.just("object")},
    optional={
        "properties": st.dictionaries(
            st.text(max_size=8),
            st.fixed_dictionaries(
                {"type": st.sampled_from(["number", "string", "boolean"])},
                optional={"description": texts},
            ),
            max_size=3,
        ),
        "required": st.lists(st.text(max_size=8), max_size=2),
    },
)
alignments = obj({"greetingMessage": st.sampled_from(["ltr", "rtl"]), "preamble": st.just("ltr")})
greeting_types = nullable(st.sampled_from(["STATIC", "PROMPT", "TEXT"]))
noise_cancellation = st.sampled_from(["telephony-optimized", "telephony_optimized"]) | texts
providers = st.sampled_from(["OpenAI", "openai", "Anthropic"]) | texts
models = st.sampled_from(["GPT-4.1", "gpt-4", "gpt-4-turbo"]) | texts

CALL_SETTINGS: dict[str, st.SearchStrategy[Any]] = {
    "noiseCancellation": noise_cancellation,
    "cancelNoisePer": nullable(st.just("conversation") | texts),
    "interrupt": st.booleans(),
    "responseDelay": st.integers(100, 1500),
    "userInactivityTimeout": st.integers(5, 30) | st.floats(5, 30),
    "maxCallDuration": st.integers(30, 600),
    "silenceThreshold": st.integers(1, 5000),
    "backgroundNoise": st.booleans(),
    "thinkingVoice": st.booleans(),
    "speakerIdentification": st.booleans(),
    "agenticRag": st.booleans(),
    "languageDialectSwitcher": st.booleans(),
    "minInterruptionDuration": st.floats(0.2, 1.5),
    "vadActivationThreshold": st.floats(0.2, 0.9),
    "enableAutoGainControl": st.booleans(),
    "sendDenoisedToStt": st.booleans(),
    "waitForUserToSpeakFirst": st.integers(0, 2),
}

# v1: flat
tool_ids = st.sampled_from(["t1", "t2", "t3"]) | st.uuids().map(str)


@st.composite
def v1_web_tools(draw: st.DrawFn) -> dict[str, Any]:
    listed = draw(st.lists(tool_ids, max_size=4))
    fields: dict[str, Any] = {}
    if draw(st.booleans()):
        fields["webToolsIds"] = listed
    if draw(st.booleans()):
        keys = draw(st.lists(st.sampled_from(listed) if listed else tool_ids, max_size=3))
        keys += draw(st.lists(tool_ids, max_size=1))  # sometimes a tool that is not listed
        fields["webToolsOverrides"] = {key: draw(json_objects) for key in keys}
    return fields


v1_agents = st.tuples(
    obj(
        {
            "id": ids,
            "agentName": texts,
            "greetingMessage": nullable(texts),
            "greetingMessageType": greeting_types,
            "description": texts,
            "preamble": texts,
            "lang": st.sampled_from(["ar", "en"]),
            "pokeMessages": st.lists(texts, max_size=2),
            "realTime": st.booleans(),
            "type": st.sampled_from(["Single Prompt", "Flow Agent"]),
            "outcome": nullable(texts),
            "outcomeResponseShape": schema_shapes,
            "projectId": ids,
            "apiKeyId": ids,
            "voiceId": nullable(ids),
            "voiceRecordId": nullable(ids),
            "voiceRecord": json_objects,
            "collectionId": ids,
            "isTemplate": st.booleans(),
            "icon": texts,
            "webhookUrl": nullable(urls),
            "webhookAuth": obj({"authKey": st.just("Token"), "authSecret": texts}),
            "params": json_objects,
            "alignment": alignments,
            "tools": obj(
                {
                    "genderDetection": st.booleans(),
                    "smartCallEnd": st.booleans(),
                    "googleCalendar": st.booleans(),
                }
            ),
            "voiceDictionaryIds": st.lists(ids, max_size=2),
            "knowledgeBaseItemsIds": st.lists(ids, max_size=2),
            "llmConfig": obj(
                {
                    "provider": providers,
                    "modelName": models,
                    "baseUrl": nullable(urls),
                    "apiKey": nullable(texts),
                    "temperature": st.floats(0, 2),
                }
            ),
            "createdAt": timestamps,
            "updatedAt": timestamps,
            **CALL_SETTINGS,
        }
    ),
    v1_web_tools(),
).map(lambda pair: {**pair[0], **pair[1]})

# v2: nested
tool_refs = obj(
    {
        "persistentId": st.sampled_from(["cmjx8qzw0000004kz3jek1ktu", "tool_123"]),
        "toolId": tool_ids,
        "version": st.integers(1, 5),
        "toolType": st.just("FUNCTION"),
        "nodeId": nullable(st.just("node_1")),
        "testResult": json_objects,
        "overrides": json_objects,
    }
)
v2_agents = obj(
    {
        "id": ids,
        "type": st.sampled_from(["Single Prompt", "Flow Agent"]),
        "name": st.text(max_size=150),
        "conversation": obj(
            {
                "greetingMessage": nullable(texts),
                "greetingMessageType": greeting_types,
                "preamble": texts,
                "pokeMessages": st.lists(texts, max_size=2),
                "params": json_objects,
                "alignment": alignments,
            }
        ),
        "voice": obj(
            {
                "voiceId": st.just("en-US-Neural2-A") | ids,
                "voiceRecordId": nullable(ids),
                "voiceRecord": json_objects,
                "lang": st.sampled_from(["ar", "en"]),
                "ttsParams": json_objects,
            }
        ),
        "llm": obj(
            {
                "provider": providers,
                "model": models,
                "temperature": st.floats(0, 2),
                "baseUrl": nullable(urls),
                "apiKey": nullable(texts),
            }
        ),
        "callSettings": obj(
            {**CALL_SETTINGS, "genderDetection": st.booleans(), "smartCallEnd": st.booleans()}
        ),
        "tools": st.lists(tool_refs, max_size=3),
        "knowledgeBaseItemsIds": st.lists(ids, max_size=2),
        "voiceDictionaryIds": st.lists(ids, max_size=2),
        "phoneNumber": obj({"type": st.just("TWILIO"), "id": ids}),
        "webhookUrl": nullable(urls),
        "webhookAuth": json_objects,
        "workflow": json_objects,
        "outcomeResponseShape": schema_shapes,
        "resolvedWebTools": st.lists(json_objects, max_size=2),
        "createdAt": timestamps,
        "updatedAt": timestamps,
        "account": obj({"plan": st.just("pro")}),
    }
)

# Anything at all: known key names (at any depth) with values of any type, unknown keys too.
_KNOWN_NAMES = sorted(
    {
        part.split("[")[0]
        for row in AGENT_FIELD_MAP
        for path in (row.v1, row.v2)
        if path
        for part in path.split(".")
    }
    - {"<toolId>"}
)
any_key = st.sampled_from(_KNOWN_NAMES) | extra_keys
chaos = st.dictionaries(
    any_key,
    st.recursive(
        scalars,
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(any_key, inner, max_size=4),
        max_leaves=12,
    ),
    max_size=8,
)


# --- the lossless round trips --------------------------------------------------------


@PROPERTY
@given(v1_agents)
def test_v1_to_unified_to_v1_is_lossless(flat: dict[str, Any]) -> None:
    unified = v1_to_unified(flat)
    assert unified_to_v1(unified, strict=False) == flat
    # Nothing in a v1 agent is v2-only, so the strict conversion gives it back too.
    assert unified_to_v1(unified) == flat


@PROPERTY
@given(v2_agents)
def test_v2_to_unified_to_v2_is_lossless(nested: dict[str, Any]) -> None:
    assert unified_to_v2(v2_to_unified(nested)) == nested


@PROPERTY
@given(v2_agents)
def test_unified_through_lenient_v1_and_back_is_lossless(nested: dict[str, Any]) -> None:
    flat = unified_to_v1(nested, strict=False)
    assert v1_to_unified(flat) == nested


@PROPERTY
@given(chaos)
def test_any_v1_dict_survives_the_round_trip(flat: dict[str, Any]) -> None:
    assert unified_to_v1(v1_to_unified(flat), strict=False) == flat


@PROPERTY
@given(chaos)
def test_any_unified_dict_survives_a_lenient_trip_through_v1(nested: dict[str, Any]) -> None:
    assert v1_to_unified(unified_to_v1(nested, strict=False)) == nested


@PROPERTY
@given(v1_agents, v2_agents)
def test_converters_never_mutate_their_input(flat: dict[str, Any], nested: dict[str, Any]) -> None:
    flat_before, nested_before = copy.deepcopy(flat), copy.deepcopy(nested)
    unified = v1_to_unified(flat)
    unified_before = copy.deepcopy(unified)
    unified_to_v1(unified, strict=False)
    unified_to_v2(unified, strict=False)
    unified_to_v1(nested, strict=False)
    unified_to_v2(v2_to_unified(nested))
    assert (flat, nested, unified) == (flat_before, nested_before, unified_before)


def test_outputs_share_no_objects_with_inputs() -> None:
    flat = fixture("v1_update_voice_agent.request.json")
    unified = v1_to_unified(flat)
    unified["llm"]["temperature"] = 1.5
    unified["conversation"]["pokeMessages"].append("Hello?")
    assert flat["llmConfig"]["temperature"] == 0.2
    assert flat["pokeMessages"] == ["<string>"]


# --- every seed agent example ---------------------------------------------------------

V1_EXAMPLES: dict[str, Callable[[Json], Json]] = {
    "v1_update_voice_agent.request.json": lambda doc: doc,
    "v1_update_voice_agent.response.json": lambda doc: doc["data"],
    "v1_clone_voice_agent.response.json": lambda doc: doc["data"],
    "v1_start_call.response.json": lambda doc: doc["data"]["agentDetails"],
    "v1_get_voice_agent.response.json": lambda doc: doc["data"],
    "v1_create_voice_agent.request.json": lambda doc: doc,
    "v1_update_voice_agent_legacy_gcal.request.json": lambda doc: doc,
    "v1_update_voice_agent_legacy_gcal.response.json": lambda doc: doc["data"],
    "v1_create_voice_agent_older_webhook.request.json": lambda doc: doc,
    "v1_create_voice_agent_older_webhook.response.json": lambda doc: doc["data"],
    "v1_clone_voice_agent.request.json": lambda doc: doc,
}
V2_EXAMPLES: dict[str, Callable[[Json], Json]] = {
    "v2_create_voice_agent.request.json": lambda doc: doc,
    "v2_create_voice_agent.response.json": lambda doc: doc["data"],
    "v2_get_voice_agent.response.json": lambda doc: doc["data"],
    "v2_list_voice_agents.response.json": lambda doc: doc["data"]["voiceAgents"][0],
    "v2_update_voice_agent.request.json": lambda doc: doc,
}


@pytest.mark.parametrize("name", sorted(V1_EXAMPLES))
def test_v1_seed_agents_round_trip(name: str) -> None:
    flat = V1_EXAMPLES[name](fixture(name))
    unified = v1_to_unified(flat)
    assert unified_to_v1(unified, strict=False) == flat
    assert unified_to_v1(unified) == flat


@pytest.mark.parametrize("name", sorted(V2_EXAMPLES))
def test_v2_seed_agents_round_trip(name: str) -> None:
    nested = V2_EXAMPLES[name](fixture(name))
    assert unified_to_v2(v2_to_unified(nested)) == nested
    assert v1_to_unified(unified_to_v1(nested, strict=False)) == nested


# --- concrete conversions ------------------------------------------------------------


def test_v1_update_example_reads_as_the_unified_agent() -> None:
    unified = v1_to_unified(fixture("v1_update_voice_agent.request.json"))
    assert unified["name"] == "<string>"
    assert unified["callSettings"]["maxCallDuration"] == 315
    assert unified["callSettings"]["genderDetection"] is False
    assert unified["llm"]["provider"] == "openai"
    assert unified["llm"]["model"] == "GPT-4.1"
    assert unified["voice"] == {"voiceId": "<string>", "lang": "ar"}
    assert unified["tools"] == [{"toolId": "<string>"}]
    assert unified["v1Only"] == {
        "realTime": True,
        "outcome": "<string>",
        "description": "<string>",
        "isTemplate": True,
        "icon": "<string>",
    }
    assert "v1Originals" not in unified


def test_a_partial_update_becomes_exactly_the_flat_fields() -> None:
    nested = {"name": "X", "callSettings": {"maxCallDuration": 120}}
    assert unified_to_v1(nested) == {"agentName": "X", "maxCallDuration": 120}


def test_gender_detection_and_smart_call_end_go_to_v1_tools() -> None:
    nested = {"callSettings": {"genderDetection": True, "smartCallEnd": False, "interrupt": True}}
    assert unified_to_v1(nested) == {
        "tools": {"genderDetection": True, "smartCallEnd": False},
        "interrupt": True,
    }


def test_llm_keys_are_renamed_and_the_provider_recased() -> None:
    nested = {"llm": {"provider": "openai", "model": "gpt-4.1", "temperature": 0.3}}
    assert unified_to_v1(nested) == {
        "llmConfig": {"provider": "OpenAI", "modelName": "gpt-4.1", "temperature": 0.3}
    }


def test_an_unknown_provider_is_kept_as_sent() -> None:
    assert v1_to_unified({"llmConfig": {"provider": "Anthropic"}}) == {
        "llm": {"provider": "Anthropic"}
    }
    assert unified_to_v1({"llm": {"provider": "anthropic"}}) == {
        "llmConfig": {"provider": "anthropic"}
    }


@pytest.mark.parametrize(
    ("v1", "v2"),
    [("telephony-optimized", "telephony_optimized"), ("<string>", "<string>"), (None, None)],
)
def test_noise_cancellation_spelling(v1: str | None, v2: str | None) -> None:
    assert v1_to_unified({"noiseCancellation": v1}) == {"callSettings": {"noiseCancellation": v2}}
    assert unified_to_v1({"callSettings": {"noiseCancellation": v2}}) == {"noiseCancellation": v1}


def test_a_v1_value_already_spelled_the_v2_way_is_remembered() -> None:
    flat = {"noiseCancellation": "telephony_optimized", "llmConfig": {"provider": "openai"}}
    unified = v1_to_unified(flat)
    assert unified["callSettings"] == {"noiseCancellation": "telephony_optimized"}
    assert unified["llm"] == {"provider": "openai"}
    assert unified_to_v1(unified) == flat
    # The remembered spelling is bookkeeping: v2 gets the value, not the bucket.
    assert unified_to_v2(unified) == {
        "callSettings": {"noiseCancellation": "telephony_optimized"},
        "llm": {"provider": "openai"},
    }


def test_an_edit_wins_over_a_remembered_spelling() -> None:
    unified = v1_to_unified({"noiseCancellation": "telephony_optimized"})
    unified["callSettings"]["noiseCancellation"] = "off"
    assert unified_to_v1(unified) == {"noiseCancellation": "off"}


def test_greeting_message_type_is_kept_as_sent() -> None:
    for value in ("STATIC", "PROMPT", "TEXT", None):
        unified = v1_to_unified({"greetingMessageType": value})
        assert unified == {"conversation": {"greetingMessageType": value}}
        assert unified_to_v1(unified) == {"greetingMessageType": value}


def test_web_tools_from_v1() -> None:
    flat = {"webToolsIds": ["a", "b"], "webToolsOverrides": {"b": {"timeout": 5}}}
    unified = v1_to_unified(flat)
    assert unified == {"tools": [{"toolId": "a"}, {"toolId": "b", "overrides": {"timeout": 5}}]}
    assert unified_to_v1(unified) == flat


def test_web_tools_to_v1() -> None:
    nested = {"tools": [{"toolId": "a", "overrides": {}}, {"toolId": "b"}]}
    assert unified_to_v1(nested) == {"webToolsIds": ["a", "b"], "webToolsOverrides": {"a": {}}}
    assert unified_to_v1({"tools": []}) == {"webToolsIds": [], "webToolsOverrides": {}}


def test_tool_reference_keys_v1_cannot_carry() -> None:
    ref = fixture("v2_update_voice_agent.request.json")["tools"][0]
    with pytest.raises(UnsupportedFieldError) as caught:
        unified_to_v1({"tools": [ref]})
    assert "tools[0].version" in caught.value.fields
    assert "tools[0].persistentId" in caught.value.fields
    flat = unified_to_v1({"tools": [ref]}, strict=False)
    assert flat["webToolsIds"] == [ref["toolId"]]
    assert flat["webToolsOverrides"] == {ref["toolId"]: {}}
    assert flat["v2Originals"] == {"tools": [ref]}
    assert v1_to_unified(flat) == {"tools": [ref]}


def test_a_stale_tool_record_is_not_restored() -> None:
    ref = {"toolId": "a", "version": 3}
    flat = unified_to_v1({"tools": [ref]}, strict=False)
    flat["webToolsIds"] = ["b"]  # changed on the v1 side since
    assert v1_to_unified(flat) == {"tools": [{"toolId": "b"}]}


def test_v1_tools_object_is_not_web_tools() -> None:
    flat = {"tools": {"genderDetection": True, "googleCalendar": False}, "webToolsIds": ["a"]}
    unified = v1_to_unified(flat)
    assert unified["callSettings"] == {"genderDetection": True}
    assert unified["tools"] == [{"toolId": "a"}]
    assert unified["v1Only"] == {"tools": {"googleCalendar": False}}
    assert unified["v1Originals"] == {"webToolsIds": ["a"]}  # no webToolsOverrides was sent
    assert unified_to_v1(unified) == flat


def test_unknown_keys_are_kept_where_they_were() -> None:
    flat = {"maxCallDuration": 60, "newFlag": 1, "llmConfig": {"modelName": "m", "topP": 0.9}}
    unified = v1_to_unified(flat)
    assert unified["v1Only"] == {"newFlag": 1, "llmConfig": {"topP": 0.9}}
    assert unified_to_v1(unified) == flat

    nested = {"callSettings": {"maxCallDuration": 60, "newSetting": True}}
    with pytest.raises(UnsupportedFieldError, match=r"callSettings\.newSetting"):
        unified_to_v1(nested)
    flat = unified_to_v1(nested, strict=False)
    assert flat == {"maxCallDuration": 60, "v2Only": {"callSettings": {"newSetting": True}}}
    assert v1_to_unified(flat) == nested


def test_empty_objects_are_not_errors() -> None:
    assert unified_to_v1({"conversation": {}, "voice": {}, "callSettings": {}}) == {}
    assert unified_to_v1({"llm": {}}) == {"llmConfig": {}}
    assert unified_to_v2(v1_to_unified({"tools": {}})) == {}


# --- refusing what the target cannot carry ----------------------------------------------


def test_workflow_cannot_go_to_v1() -> None:
    nested = {"name": "Flow", "workflow": fixture("v2_voice_agent_workflow_field.example.json")}
    with pytest.raises(UnsupportedFieldError) as caught:
        unified_to_v1(nested)
    error = caught.value
    assert isinstance(error, HamsaError)
    assert isinstance(error, ValueError)
    assert error.field == "workflow"
    assert "workflow" in str(error)
    assert "/v1/voice-agents" in str(error)
    assert "strict=False" in str(error)


def test_the_caller_names_the_target() -> None:
    target = "PATCH /v1/voice-agents/{voiceAgentId}"
    with pytest.raises(UnsupportedFieldError) as caught:
        unified_to_v1({"phoneNumber": {"type": "TWILIO", "id": "p"}}, target=target)
    assert caught.value.target == target
    assert target in str(caught.value)
    assert caught.value.fields == ("phoneNumber",)


def test_error_messages_never_show_values() -> None:
    nested = {"llm": {"apiKey": "sk-secret-value", "secretThing": "sk-secret-value"}}
    with pytest.raises(UnsupportedFieldError) as caught:
        unified_to_v1(nested)
    assert "llm.secretThing" in str(caught.value)
    assert "sk-secret-value" not in str(caught.value)


def test_v1_only_data_cannot_go_to_v2() -> None:
    unified = v1_to_unified({"agentName": "A", "realTime": True, "outcome": "Summarise"})
    with pytest.raises(UnsupportedFieldError) as caught:
        unified_to_v2(unified)
    assert caught.value.fields == ("realTime", "outcome")
    assert "realTime" in str(caught.value)
    assert "/v2/voice-agents" in str(caught.value)
    assert unified_to_v2(unified, strict=False) == unified
    assert unified_to_v2({"name": "A", "v1Only": {}}) == {"name": "A"}


# --- the table and its docs rendering ----------------------------------------------------


def test_table_paths_are_unique_per_side() -> None:
    v1 = [row.v1 for row in mapping_rows() if row.v1]
    v2 = [row.v2 for row in mapping_rows() if row.v2]
    assert len(v1) == len(set(v1))
    assert len(v2) == len(set(v2))
    assert all(row.v1 or row.v2 for row in mapping_rows())


def test_every_documented_concept_has_a_row() -> None:
    pairs = {(row.v2, row.v1) for row in mapping_rows()}
    for pair in [
        ("name", "agentName"),
        ("conversation.greetingMessageType", "greetingMessageType"),
        ("voice.voiceRecord", "voiceRecord"),
        ("llm.model", "llmConfig.modelName"),
        ("callSettings.waitForUserToSpeakFirst", "waitForUserToSpeakFirst"),
        ("callSettings.smartCallEnd", "tools.smartCallEnd"),
        ("tools[].toolId", "webToolsIds[]"),
        ("webhookAuth", "webhookAuth"),
        ("workflow", None),
        ("voice.ttsParams", None),
        (None, "realTime"),
        (None, "apiKeyId"),
    ]:
        assert pair in pairs


def test_judgement_calls_are_documented_in_their_rows() -> None:
    notes = {row.v2: row.note for row in mapping_rows()}
    assert "kept as sent" in notes["llm.model"]
    assert "kept as sent" in notes["conversation.greetingMessageType"]


def test_markdown_table() -> None:
    table = mapping_table_markdown()
    lines = table.splitlines()
    assert lines[0] == "| v2 path | v1 field | normalisation | note |"
    assert len(lines) == len(AGENT_FIELD_MAP) + 2
    assert any(
        "`callSettings.maxCallDuration`" in line and "`maxCallDuration`" in line for line in lines
    )
    assert any("`llmConfig.modelName`" in line for line in lines)
    assert any("`OpenAI` ↔ `openai`" in line for line in lines)
    assert all(line.count(" | ") == 3 for line in lines[2:])  # a "|" in a note is escaped


# --- key names for the snake_case surface -------------------------------------------------


def test_key_case_helpers() -> None:
    assert to_snake("maxCallDuration") == "max_call_duration"
    assert to_snake("sendDenoisedToStt") == "send_denoised_to_stt"
    assert to_snake("v1Only") == "v1_only"
    assert to_camel("knowledge_base_items_ids") == "knowledgeBaseItemsIds"
    names = set(_KNOWN_NAMES) | RESERVED_KEYS
    assert all(to_camel(to_snake(name)) == name for name in names)


def test_snake_keys_leaves_user_data_alone() -> None:
    nested = {
        "callSettings": {"maxCallDuration": 300},
        "conversation": {"params": {"customerName": {"firstName": "Sara"}}},
        "tools": [{"toolId": "a", "overrides": {"someKey": 1}, "testResult": {"okValue": 1}}],
        "outcomeResponseShape": {"properties": {"callReason": {"type": "string"}}},
        "workflow": {"customVariables": []},
        "v1Only": {"realTime": True},
    }
    snake = snake_keys(nested)
    assert snake == {
        "call_settings": {"max_call_duration": 300},
        "conversation": {"params": {"customerName": {"firstName": "Sara"}}},
        "tools": [{"tool_id": "a", "overrides": {"someKey": 1}, "test_result": {"okValue": 1}}],
        "outcome_response_shape": {"properties": {"callReason": {"type": "string"}}},
        "workflow": {"customVariables": []},
        "v1_only": {"realTime": True},
    }
    assert to_wire(snake) == nested  # the SDK's own snake -> camel path


@pytest.mark.parametrize("name", sorted(V1_EXAMPLES) + sorted(V2_EXAMPLES))
def test_seed_agents_survive_snake_and_back(name: str) -> None:
    extract = {**V1_EXAMPLES, **V2_EXAMPLES}[name]
    agent = extract(fixture(name))
    unified = v1_to_unified(agent) if name.startswith("v1_") else v2_to_unified(agent)
    assert to_wire(snake_keys(unified)) == unified

"""Strict requests, lenient responses: what the generated checks and parsers do for a user."""

from __future__ import annotations

import copy
import json
from typing import Any

import hamsa
import httpx
import pytest
import respx
from hamsa._parsing import parse_json_response
from hamsa.v1.models import StartCallRequest, VoiceAgentResponse
from hamsa.v2.models import Language, VoiceAgentType
from hamsa.v2.models import VoiceAgentResponse as V2VoiceAgentResponse
from sdk_harness import Sdk, example


def violations_of(error: hamsa.RequestValidationError) -> dict[str, str]:
    return {v.path: v.constraint for v in error.violations}


def test_every_violation_is_listed_with_path_value_and_range(
    sdk: Sdk, api: respx.MockRouter
) -> None:
    route = api.post("/v2/voice-agents")
    with pytest.raises(hamsa.RequestValidationError) as caught:
        sdk.run(
            lambda c: c.voice_agents.create(
                name="n" * 151,
                voice={"lang": "fr"},
                call_settings={
                    "max_call_duration": 601,
                    "response_delay": 99,
                    "min_interruption_duration": 1.6,
                    "vad_activation_threshold": 0.1,
                    "user_inactivity_timeout": 4,
                    "wait_for_user_to_speak_first": 3,
                    "interrupt": "yes",
                },
                knowledge_base_items_ids=["not-a-uuid"],
            )
        )
    found = violations_of(caught.value)
    assert found == {
        "name": "must be at most 150 characters (got 151)",
        "voice.lang": "must be one of 'ar', 'en'",
        "call_settings.max_call_duration": "must be between 30 and 600",
        "call_settings.response_delay": "must be between 100 and 1500",
        "call_settings.min_interruption_duration": "must be between 0.2 and 1.5",
        "call_settings.vad_activation_threshold": "must be between 0.2 and 0.9",
        "call_settings.user_inactivity_timeout": "must be between 5 and 30",
        "call_settings.wait_for_user_to_speak_first": "must be between 0 and 2",
        "call_settings.interrupt": "must be a JSON boolean, not str",
        "knowledge_base_items_ids[0]": "must be a UUID such as 48f7656f-098b-4c43-b165-7cfd2cc8ac30",
    }
    assert "call_settings.max_call_duration = 601: must be between 30 and 600" in str(caught.value)
    assert isinstance(caught.value, ValueError)
    assert not route.called


def test_a_number_sent_as_a_string_is_caught_before_sending(
    sdk: Sdk, api: respx.MockRouter
) -> None:
    route = api.patch("/v1/voice-agents/a1")
    with pytest.raises(hamsa.RequestValidationError, match="max_call_duration = '300'"):
        sdk.run(lambda c: c.voice_agents.update("a1", call_settings={"max_call_duration": "300"}))
    assert not route.called


def test_missing_required_fields_are_reported_with_the_other_violations() -> None:
    from hamsa._wire import build_model

    with pytest.raises(hamsa.RequestValidationError) as caught:
        build_model(StartCallRequest, {"agentDetails": {"maxCallDuration": 5, "lang": "fr"}})
    assert violations_of(caught.value) == {
        "to_number": "is required",
        "agent_details.max_call_duration": "must be between 30 and 600",
        "agent_details.lang": "must be one of 'ar', 'en'",
    }


def test_a_value_of_the_wrong_shape_names_its_field(sdk: Sdk, api: respx.MockRouter) -> None:
    with pytest.raises(hamsa.RequestValidationError) as caught:
        sdk.run(lambda c: c.voice_agents.create(name="x", call_settings=5))
    assert list(violations_of(caught.value)) == ["call_settings"]


def test_unknown_response_fields_are_kept_and_sent_back_unchanged() -> None:
    body = example("v2_create_voice_agent.response")
    body["data"]["brandNewField"] = {"nested": [1, 2]}
    body["data"]["callSettings"]["futureSetting"] = True
    parsed = V2VoiceAgentResponse.from_dict(copy.deepcopy(body))

    assert parsed.data.additional_properties["brandNewField"] == {"nested": [1, 2]}
    assert parsed.data.call_settings["futureSetting"] is True
    round_trip = parsed.to_wire()
    assert round_trip["data"]["brandNewField"] == {"nested": [1, 2]}
    assert round_trip["data"]["callSettings"]["futureSetting"] is True


def test_unknown_enum_values_are_kept_as_str_not_fatal() -> None:
    body = example("v2_create_voice_agent.response")
    body["data"]["type"] = "Multi Agent"
    body["data"]["voice"]["lang"] = "fr"
    parsed = V2VoiceAgentResponse.from_dict(body)

    assert parsed.data.type == "Multi Agent" and not parsed.data.type.is_known
    assert parsed.data.voice.lang == "fr"
    assert isinstance(parsed.data.voice.lang, Language)
    assert VoiceAgentType("Single Prompt").is_known
    assert parsed.to_wire()["data"]["type"] == "Multi Agent"


def test_documented_nullable_fields_accept_null() -> None:
    body = example("v2_create_voice_agent.response")
    body["data"]["webhookUrl"] = None
    body["data"]["llm"]["apiKey"] = None
    body["data"]["voice"]["voiceRecordId"] = None
    body["data"]["conversation"]["greetingMessageType"] = None
    parsed = V2VoiceAgentResponse.from_dict(body)
    assert parsed.data.webhook_url is None and parsed.data.llm.api_key is None


@pytest.mark.parametrize(
    ("mutate", "path"),
    [
        (lambda d: d["data"].__setitem__("callSettings", 5), "data.callSettings"),
        (lambda d: d["data"]["voice"].__setitem__("voiceRecord", "x"), "data.voice.voiceRecord"),
        (lambda d: d["data"].__setitem__("createdAt", "yesterday"), "data.createdAt"),
        (lambda d: d["data"].__setitem__("tools", {"a": 1}), "data.tools"),
        (lambda d: d.__setitem__("data", [1]), "data"),
    ],
    ids=["object-is-number", "nested-object-is-str", "bad-date", "list-is-object", "data-is-list"],
)
def test_a_response_that_breaks_the_spec_names_the_path(mutate: Any, path: str) -> None:
    body = example("v2_create_voice_agent.response")
    mutate(body)
    response = httpx.Response(200, content=json.dumps(body).encode())

    with pytest.raises(hamsa.APIResponseValidationError) as caught:
        parse_json_response(response, V2VoiceAgentResponse.from_dict)
    assert caught.value.path == path
    assert caught.value.response is response


def test_a_v1_response_that_breaks_the_spec_names_the_path() -> None:
    body = example("v1_update_voice_agent.response")
    body["data"]["llmConfig"] = ["not", "an", "object"]
    with pytest.raises(hamsa.APIResponseValidationError) as caught:
        parse_json_response(
            httpx.Response(200, content=json.dumps(body).encode()), VoiceAgentResponse.from_dict
        )
    assert caught.value.path == "data.llmConfig"

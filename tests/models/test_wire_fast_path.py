"""A valid request body is sent as it stands (the generated `_wire_ok` vouches for it); that
shortcut must never let through what the full path (from_dict, collect_violations, to_dict)
would reject, nor send different JSON."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from typing import Any

import hamsa
import hamsa.v1.models
import hamsa.v2.models
import httpx
import pytest
import respx
from fuzz_budget import examples
from hamsa import v1, v2
from hamsa._agent_mapping import snake_keys, to_snake
from hamsa._wire import built_wire, checked_wire, wire_fields
from hamsa.v2.models import Language
from hypothesis import given, settings
from hypothesis import strategies as st
from sdk_harness import example

# Each documented request body, with the generated model that describes it.
EXAMPLES = {
    "v1_add_phone_number_twilio.request": v1.models.AddPhoneNumberRequest,
    "v1_assign_phone_number.request": v1.models.AssignPhoneNumberRequest,
    "v1_call_phone_number.request": v1.models.PhoneNumberCallRequest,
    "v1_call_twilio_number_legacy.request": v1.models.TwilioCallRequest,
    "v1_clone_voice_agent.request": v1.models.CloneVoiceAgentRequest,
    "v1_create_knowledge_base_items.request": v1.models.CreateKnowledgeBaseItemsRequest,
    "v1_create_voice_agent.request": v1.models.CreateVoiceAgentRequest,
    "v1_create_voice_dictionary.request": v1.models.CreateVoiceDictionaryRequest,
    "v1_create_web_tool.request": v1.models.CreateWebToolRequest,
    "v1_delete_knowledge_base_item_url.request": v1.models.DeleteKnowledgeBaseItemUrlRequest,
    "v1_start_call.request": v1.models.StartCallRequest,
    "v1_test_api_tool.request": v1.models.ApiToolTestRequest,
    "v1_toggle_voice_dictionary_activation.request": (
        v1.models.ToggleVoiceDictionaryActivationRequest
    ),
    "v1_unassign_phone_number.request": v1.models.UnassignPhoneNumberRequest,
    "v1_update_knowledge_base_item.request": v1.models.UpdateKnowledgeBaseItemRequest,
    "v1_update_voice_agent.request": v1.models.UpdateVoiceAgentRequest,
    "v1_update_voice_dictionary.request": v1.models.UpdateVoiceDictionaryRequest,
    "v1_update_web_tool.request": v1.models.UpdateWebToolRequest,
    "v2_create_voice_agent.request": v2.models.CreateVoiceAgentRequest,
    "v2_create_web_tool.request": v2.models.CreateWebToolRequest,
    "v2_update_voice_agent.request": v2.models.UpdateVoiceAgentRequest,
    "v2_update_web_tool.request": v2.models.UpdateWebToolRequest,
}

# Values of every JSON kind, plus the near misses that Python conflates (bool/int, 1.0/1).
ODD_VALUES: list[Any] = [
    None,
    True,
    0,
    1,
    -1,
    0.5,
    1e9,
    "",
    "x",
    "en",
    "48f7656f-098b-4c43-b165-7cfd2cc8ac30",
    [],
    ["x"],
    [1],
    {},
    {"x": 1},
]


def full_path_json(model: Any, body: dict[str, Any]) -> dict[str, Any]:
    """What the SDK sent before the shortcut: build, check, write back out."""
    return built_wire(model, body)


def same_json(a: Any, b: Any) -> bool:
    return json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)


def leaves(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """The path of every value inside a JSON document (containers included)."""
    if path:
        yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from leaves(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from leaves(item, (*path, index))


def replaced(document: Any, path: tuple[Any, ...], value: Any) -> Any:
    changed = copy.deepcopy(document)
    node = changed
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value
    return changed


def check_agrees(model: Any, body: dict[str, Any]) -> bool:
    """If the shortcut takes `body`, the full path accepts it and sends the same JSON."""
    if not model._wire_ok(body):
        return False
    assert same_json(full_path_json(model, body), body), body
    return True


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_the_shortcut_never_takes_what_the_full_path_rejects_or_changes(name: str) -> None:
    model = EXAMPLES[name]
    body = example(name)
    check_agrees(model, body)
    for path in leaves(body):
        for value in ODD_VALUES:
            check_agrees(model, replaced(body, path, value))


def test_the_documented_agent_bodies_take_the_shortcut() -> None:
    for name in (
        "v2_create_voice_agent.request",
        "v1_create_voice_agent.request",
        "v1_update_voice_agent.request",
    ):
        body = example(name)
        assert checked_wire(EXAMPLES[name], body) is body, name


JSON_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(["", "x", "en", "ar", "telephony_optimized", "TEXT", "ltr"]),
)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner),
    max_leaves=6,
)


@settings(max_examples=examples(300), deadline=None)
@given(
    data=st.data(),
    model=st.sampled_from(
        [v2.models.CallSettings, v2.models.Conversation, v2.models.Voice, v2.models.Llm]
    ),
)
def test_random_bodies_the_shortcut_takes_pass_the_full_path_unchanged(
    data: st.DataObject, model: Any
) -> None:
    keys = st.sampled_from([*model._JSON_KEYS, "unknownKey"])
    body = data.draw(st.dictionaries(keys, JSON_VALUES, max_size=6))
    check_agrees(model, body)


def test_a_str_enum_member_is_sent_as_its_value() -> None:
    with respx.mock(base_url="https://api.test") as api:
        route = api.post("/v2/voice-agents").respond(
            201, json=example("v2_create_voice_agent.response")
        )
        with hamsa.Hamsa(api_key="k", base_url="https://api.test", max_retries=0) as client:
            client.voice_agents.create(name="n", voice={"lang": Language.EN})
    assert json.loads(route.calls.last.request.content)["voice"] == {"lang": "en"}


def test_requests_to_many_paths_each_go_to_their_own_url() -> None:
    # Parsed URLs are kept per path (a bounded cache); ids make paths unbounded.
    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(200, json=example("v2_get_voice_agent.response"))

    transport = httpx.MockTransport(answer)
    with hamsa.Hamsa(
        api_key="k", base_url="https://api.test/base", http_client=httpx.Client(transport=transport)
    ) as client:
        for index in range(300):
            client.voice_agents.get(f"agent-{index}")
        client.voice_agents.get("agent-0")
    assert seen == [
        *(f"https://api.test/base/v2/voice-agents/agent-{index}" for index in range(300)),
        "https://api.test/base/v2/voice-agents/agent-0",
    ]


# --- keyword arguments straight to the body (`_fields_wire`, v2 models) ------------------


def check_fields_agree(model: Any, fields: dict[str, Any]) -> bool:
    """If `_fields_wire` builds a body from `fields`, it is the body the full path sends."""
    body = model._fields_wire(fields)
    if body is None:
        return False
    full = full_path_json(model, wire_fields(fields))
    assert same_json(body, full), fields
    return True


@pytest.mark.parametrize(
    ("name", "model"),
    [
        ("v2_create_voice_agent.request", v2.models.CreateVoiceAgentRequest),
        ("v2_update_voice_agent.request", v2.models.VoiceAgent),
    ],
)
def test_keyword_bodies_agree_with_the_full_path(name: str, model: Any) -> None:
    fields = snake_keys(example(name))
    assert check_fields_agree(model, fields), "the documented body should take the shortcut"
    for path in leaves(fields):
        for value in ODD_VALUES:
            check_fields_agree(model, replaced(fields, path, value))


def test_keyword_spellings_the_shortcut_does_not_know_take_the_full_path() -> None:
    model = v2.models.CallSettings
    assert model._fields_wire({"max_call_duration": 300}) == {"maxCallDuration": 300}
    for fields in (
        {"maxCallDuration": 300},  # camelCase: the full path renames it
        {"max_call_duration": 300, "future_field": 1},  # unknown: kept as is by the full path
        {"max_call_duration": 601},  # out of range: the full path words the error
        {"max_call_duration": True},  # a bool is not a number to the API
    ):
        assert model._fields_wire(fields) is None, fields


@settings(max_examples=examples(300), deadline=None)
@given(
    data=st.data(),
    model=st.sampled_from(
        [v2.models.CallSettings, v2.models.Conversation, v2.models.Voice, v2.models.Llm]
    ),
)
def test_random_keyword_bodies_the_shortcut_builds_match_the_full_path(
    data: st.DataObject, model: Any
) -> None:
    keys = st.sampled_from([*(to_snake(key) for key in model._JSON_KEYS), "unknown_key"])
    fields = data.draw(st.dictionaries(keys, JSON_VALUES, max_size=6))
    check_fields_agree(model, fields)

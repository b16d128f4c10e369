"""Models people can live with: natural names, one sentinel that survives copies, models and
errors that pickle, a readable repr, to_json(), pages that act as sequences, wrong JSON types
in a 2xx body reported, and generated docstrings kept whole."""

from __future__ import annotations

import ast
import copy
import inspect
import json
import pickle
import re
from pathlib import Path
from typing import Any

import hamsa
import hamsa._exceptions as exceptions_module
import hamsa.v1.types
import hamsa.v2.types
import httpx
import pytest
from hamsa._pagination import Page
from hamsa._parsing import parse_json_response
from hamsa.v2.models import (
    CreateWebToolRequest,
    Llm,
    VoiceAgentResponse,
    WebToolMessage,
    WebToolType,
)
from sdk_harness import example

GENERATED = Path(hamsa.v2.__file__).parent.parent


def agent_body() -> dict[str, Any]:
    return example("v2_create_voice_agent.response")


# --- names -----------------------------------------------------------------------------


def test_attributes_are_the_wire_names_snake_case_and_only_keywords_get_an_underscore() -> None:
    agent = VoiceAgentResponse.from_dict(agent_body()).data
    assert agent.type == "Single Prompt"
    assert not hasattr(agent, "type_")
    tool = CreateWebToolRequest(type=WebToolType.FUNCTION, name="weather", async_=True)
    assert tool.to_wire()["type"] == "FUNCTION" and tool.to_wire()["async"] is True
    message = WebToolMessage(type="REQUEST_START", content="One moment")
    assert message.type == "REQUEST_START"


def test_no_generated_attribute_or_argument_ends_in_underscore_unless_a_keyword() -> None:
    import keyword

    offenders = set()
    for path in GENERATED.glob("v*/**/*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names.append(node.target.id)
            elif isinstance(node, ast.FunctionDef):
                names.extend(a.arg for a in node.args.args + node.args.kwonlyargs)
            for name in names:
                if name.endswith("_") and not name.startswith("_"):
                    if not keyword.iskeyword(name[:-1]) and name != "instance_":
                        offenders.add(f"{path.name}: {name}")
    assert not offenders, sorted(offenders)


def test_a_violation_names_the_field_as_the_user_spelled_it() -> None:
    tool = CreateWebToolRequest(type="Banana", name="weather")  # type: ignore[arg-type]
    with pytest.raises(hamsa.RequestValidationError) as caught:
        tool.validate()
    assert [v.path for v in caught.value.violations] == ["type"]
    assert str(caught.value).startswith("type = 'Banana': must be one of 'FUNCTION', 'MCP'")


# --- one sentinel, copies and pickles ----------------------------------------------------


def test_there_is_one_exported_sentinel_and_it_survives_copies() -> None:
    assert hamsa.v1.types.UNSET is hamsa.v2.types.UNSET is hamsa.UNSET
    assert hamsa.v1.types.Unset is hamsa.Unset
    for clone in (copy.copy, copy.deepcopy, lambda v: pickle.loads(pickle.dumps(v))):
        assert clone(hamsa.UNSET) is hamsa.UNSET
    assert repr(hamsa.UNSET) == "UNSET" and not hamsa.UNSET


@pytest.mark.parametrize("how", ["deepcopy", "copy", "pickle"])
def test_models_compare_equal_after_a_copy_and_can_be_sent_again(how: str) -> None:
    original = VoiceAgentResponse.from_dict(agent_body())
    clone = {
        "deepcopy": copy.deepcopy,
        "copy": copy.copy,
        "pickle": lambda m: pickle.loads(pickle.dumps(m)),
    }[how](original)
    assert clone == original
    # A copied sub-model goes back on the wire: no sentinel leaks into the JSON.
    assert json.loads(json.dumps(clone.data.call_settings.to_wire())) == (
        original.data.call_settings.to_wire()
    )
    assert clone.to_json() == original.to_json()


def test_a_model_with_an_unknown_enum_value_pickles() -> None:
    body = agent_body()
    body["data"]["type"] = "Multi Agent"
    agent = VoiceAgentResponse.from_dict(body)
    again = pickle.loads(pickle.dumps(agent))
    assert again == agent and again.data.type == "Multi Agent"


def _every_error_class() -> list[type[hamsa.HamsaError]]:
    found = []
    for _, value in inspect.getmembers(exceptions_module, inspect.isclass):
        if issubclass(value, hamsa.HamsaError):
            found.append(value)
    return found


@pytest.mark.parametrize("error_class", _every_error_class(), ids=lambda c: c.__name__)
def test_every_hamsa_error_pickles_with_its_fields(error_class: type[hamsa.HamsaError]) -> None:
    request = httpx.Request("GET", "https://api.tryhamsa.com/v2/voice-agents/x")
    response = httpx.Response(404, json={"message": "No agent"}, request=request)
    if issubclass(error_class, hamsa.APIStatusError):
        error: hamsa.HamsaError = error_class("No agent", response=response, body={"a": 1})
    elif error_class is hamsa.RequestValidationError:
        error = error_class([hamsa.Violation("name", 5, "must be a string")])
    elif error_class is hamsa.APIResponseValidationError:
        error = error_class("expected a string", path="data.name", response=response, body={})
    elif issubclass(error_class, hamsa.APIConnectionError):
        error = error_class("down", request=request)
    elif error_class is hamsa.MissingAPIKeyError:
        error = error_class()
    else:
        error = error_class("something went wrong")

    again = pickle.loads(pickle.dumps(error))
    assert type(again) is error_class
    assert str(again) == str(error)
    fields = {k: v for k, v in vars(error).items() if k not in ("response", "request")}
    assert {k: v for k, v in vars(again).items() if k in fields} == fields
    if isinstance(error, hamsa.APIStatusError):
        assert isinstance(again, hamsa.APIStatusError)
        assert again.response.json() == {"message": "No agent"}


# --- reading ------------------------------------------------------------------------------


def test_repr_shows_the_fields_that_are_set_and_no_sentinel() -> None:
    message = WebToolMessage(content="One moment")
    assert repr(message) == "WebToolMessage(content='One moment')"
    agent = VoiceAgentResponse.from_dict(agent_body())
    assert "UNSET" not in repr(agent) and "Unset" not in repr(agent)
    assert "name='" in repr(agent.data)


def test_a_secret_field_shows_the_mask_only_when_it_is_set() -> None:
    assert "api_key" not in repr(Llm(provider="openai", model="gpt-4.1"))
    shown = repr(Llm(provider="openai", model="gpt-4.1", api_key="sk-live-123"))
    assert "api_key='***'" in shown and "sk-live-123" not in shown


def test_to_json_is_the_wire_json() -> None:
    body = agent_body()
    agent = VoiceAgentResponse.from_dict(copy.deepcopy(body))
    assert json.loads(agent.to_json()) == agent.to_wire()
    assert json.loads(agent.data.call_settings.to_json()) == body["data"]["callSettings"]


def test_a_page_is_a_sequence_of_its_items() -> None:
    page = Page(items=["a", "b", "c"], number=1, size=3, total=7)
    assert len(page) == 3
    assert list(page) == ["a", "b", "c"]
    assert page[0] == "a" and page[-1] == "c" and page[1:] == ["b", "c"]
    assert "b" in page and list(reversed(page)) == ["c", "b", "a"]
    assert not Page(items=[], number=2, size=3)
    with pytest.raises(IndexError):
        page[3]


# --- a 2xx body of the wrong JSON type ----------------------------------------------------


@pytest.mark.parametrize(
    ("mutate", "path", "expected"),
    [
        (lambda d: d["data"].__setitem__("name", 123), "data.name", "a string (str), got 123"),
        (
            lambda d: d["data"]["callSettings"].__setitem__("maxCallDuration", "300"),
            "data.callSettings.maxCallDuration",
            "got '300'",
        ),
        (
            lambda d: d["data"]["callSettings"].__setitem__("interrupt", "yes"),
            "data.callSettings.interrupt",
            "a boolean (bool), got 'yes'",
        ),
        (lambda d: d.__setitem__("success", 1), "success", "a boolean (bool), got 1"),
    ],
    ids=["str-is-int", "int-is-str", "bool-is-str", "bool-is-int"],
)
def test_a_field_of_the_wrong_json_type_raises_naming_field_value_and_type(
    mutate: Any, path: str, expected: str
) -> None:
    body = agent_body()
    mutate(body)
    response = httpx.Response(200, content=json.dumps(body).encode())
    with pytest.raises(hamsa.APIResponseValidationError) as caught:
        parse_json_response(response, VoiceAgentResponse.from_dict)
    assert isinstance(caught.value, hamsa.HamsaError)
    assert caught.value.path == path
    assert expected in str(caught.value)


def test_an_integer_is_a_valid_number_and_null_a_valid_nullable_value() -> None:
    body = agent_body()
    body["data"]["llm"]["temperature"] = 1  # a JSON number without a fraction
    body["data"]["webhookUrl"] = None
    agent = VoiceAgentResponse.from_dict(body).data
    assert agent.llm.temperature == 1 and agent.webhook_url is None


# --- generated code ---------------------------------------------------------------------


def test_generated_docstrings_are_not_cut_mid_sentence() -> None:
    # A docstring line that ends without punctuation and continues in lower case was cut by
    # a line-width wrap; one sentence per line reflows correctly in editors and on the site.
    cut = re.compile(r"[a-z,]\n\s+[a-z]")
    offenders = []
    for path in GENERATED.glob("v*/models/*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if "\n" in node.value and cut.search(node.value):
                    offenders.append(f"{path.name}: {node.value[:60]!r}")
    assert not offenders, offenders[:5]


def test_generated_models_have_no_dead_lines() -> None:
    text = "".join(p.read_text(encoding="utf-8") for p in GENERATED.glob("v*/models/*.py"))
    assert "field_dict.update({})" not in text
    assert "TypeVar(" not in text  # from_dict returns Self


# --- `X | None`, with presence kept ------------------------------------------------------


def test_an_omitted_field_reads_as_none_and_stays_omitted() -> None:
    body = agent_body()
    del body["data"]["webhookUrl"]
    agent = VoiceAgentResponse.from_dict(copy.deepcopy(body)).data
    assert agent.webhook_url is None
    assert "webhookUrl" not in agent.to_wire()


def test_a_null_field_reads_as_none_and_goes_back_as_null() -> None:
    body = agent_body()
    body["data"]["webhookUrl"] = None
    body["data"]["voice"]["voiceRecordId"] = None
    agent = VoiceAgentResponse.from_dict(copy.deepcopy(body))
    assert agent.data.webhook_url is None and agent.data.voice.voice_record_id is None
    assert agent.to_wire() == body or _only_dates_differ(agent.to_wire(), body)
    assert agent.to_wire()["data"]["webhookUrl"] is None


def test_setting_a_field_that_came_as_null_sends_the_new_value() -> None:
    body = agent_body()
    body["data"]["webhookUrl"] = None
    agent = VoiceAgentResponse.from_dict(body).data
    agent.webhook_url = "https://example.com/hook"
    assert agent.to_wire()["webhookUrl"] == "https://example.com/hook"


def test_response_annotations_say_none_never_unset() -> None:
    texts = [p.read_text(encoding="utf-8") for p in GENERATED.glob("v*/models/*.py")]
    assert not [t for t in texts if "Unset" in t or "UNSET" in t]
    hints = VoiceAgentResponse.from_dict(agent_body()).data.__annotations__
    assert hints["webhook_url"] == "None | str" or "None" in hints["webhook_url"]
    assert hints["id"] == "str"  # every documented answer has it (spec: required)


def _only_dates_differ(a: Any, b: Any) -> bool:
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_only_dates_differ(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(map(_only_dates_differ, a, b))
    if isinstance(a, str) and isinstance(b, str) and a != b:
        return a.replace("+00:00", "Z") == b  # datetime round trip: Z <-> +00:00
    return bool(a == b)


def test_a_request_sends_null_only_when_asked() -> None:
    from hamsa._wire import build_model
    from hamsa.v1.models import UpdateVoiceAgentRequest

    asked = build_model(UpdateVoiceAgentRequest, {"agentName": "x", "webhookUrl": None})
    assert asked.to_wire() == {"agentName": "x", "webhookUrl": None}
    not_given = build_model(UpdateVoiceAgentRequest, {"agentName": "x"})
    assert not_given.to_wire() == {"agentName": "x"}
    assert UpdateVoiceAgentRequest(agent_name="x").to_wire() == {"agentName": "x"}


# --- the snake_case form -----------------------------------------------------------------


def test_to_dict_is_snake_case_without_the_servers_own_fields() -> None:
    agent = VoiceAgentResponse.from_dict(agent_body()).data
    plain = agent.to_dict()
    assert plain["call_settings"]["max_call_duration"] == agent.call_settings.max_call_duration
    assert plain["type"] == "Single Prompt"  # enums as their values
    assert not {"id", "created_at", "updated_at"} & plain.keys()  # readOnly in the spec
    assert all(key == key.lower() for key in _keys(plain))


def test_an_agent_is_copied_in_one_line_through_create() -> None:
    from hamsa.testing import MockHamsa

    with MockHamsa() as mock, mock.client() as client:
        agent = client.voice_agents.create(
            name="Support",
            conversation={"greeting_message": "Hi!", "preamble": "You help."},
            call_settings={"max_call_duration": 120, "interrupt": True},
        )
        copied = client.voice_agents.create(**agent.to_dict())
        assert copied.id != agent.id
        assert copied.to_dict() == agent.to_dict()
        assert mock.requests[-1].json["callSettings"]["maxCallDuration"] == 120


def _keys(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [k for k, v in value.items() for k in [k, *_keys(v)]]
    if isinstance(value, list):
        return [k for item in value for k in _keys(item)]
    return []

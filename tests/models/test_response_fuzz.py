"""Fuzzing every response parser: arbitrary JSON and mutated documented examples may only ever
raise hamsa's own errors, never a KeyError/TypeError/ValueError from generated code."""

from __future__ import annotations

import copy
import inspect
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import hamsa
import hamsa.v1.models
import hamsa.v2.models
import httpx
import pytest
from fuzz_budget import examples
from hamsa import VoiceAgent
from hamsa._parsing import parse_json_response
from hamsa.resources._declared import parsed
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

EXAMPLES = Path(__file__).parents[1] / "fixtures" / "examples"

json_scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text()
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=20,
)


def model_parsers() -> dict[str, Callable[[Any], Any]]:
    parsers: dict[str, Callable[[Any], Any]] = {}
    for module in (hamsa.v1.models, hamsa.v2.models):
        for name, cls in vars(module).items():
            if inspect.isclass(cls) and hasattr(cls, "from_dict"):
                parsers[f"{module.__name__.split('.')[1]}.{name}"] = cls.from_dict
    return parsers


PARSERS = model_parsers()
UNIFIED = {"VoiceAgent.from_v1": VoiceAgent.from_v1, "VoiceAgent.from_v2": VoiceAgent.from_v2}
RESPONSE_EXAMPLES = sorted(p.name for p in EXAMPLES.glob("*.response.json"))


def only_hamsa_errors(body: Any, build: Callable[[Any], Any]) -> None:
    """The generated parser itself, not only the runtime around it, raises hamsa errors only."""
    try:
        build(body)
    except hamsa.HamsaError:
        pass
    response = httpx.Response(200, content=json.dumps(body).encode())
    try:
        parse_json_response(response, build)
    except hamsa.APIResponseValidationError:
        pass


def only_hamsa_errors_in_envelope(body: Any, build: Callable[[Any], Any]) -> None:
    """As the generated resources parse: the value at the envelope's ``data``."""
    response = httpx.Response(200, content=json.dumps(body).encode())
    try:
        parsed(response, ("data",), build)
    except hamsa.HamsaError:
        pass


def test_every_model_has_a_parser() -> None:
    assert {"v1.VoiceAgent", "v1.Call", "v1.Conversation", "v2.VoiceAgent"} <= set(PARSERS)


@pytest.mark.parametrize("name", sorted(PARSERS))
@settings(max_examples=examples(40), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=json_values)
def test_arbitrary_json_into_a_model(name: str, body: Any) -> None:
    only_hamsa_errors(body, PARSERS[name])


@pytest.mark.parametrize("name", sorted(UNIFIED))
@settings(max_examples=examples(150), deadline=None)
@given(body=json_values)
def test_arbitrary_json_into_the_unified_agent(name: str, body: Any) -> None:
    only_hamsa_errors_in_envelope({"data": body}, UNIFIED[name])


def paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += paths(item, (*prefix, index))
    return found


@st.composite
def mutated(draw: st.DrawFn, example: Any) -> Any:
    document = copy.deepcopy(example)
    for _ in range(draw(st.integers(1, 3))):
        targets = [p for p in paths(document) if p]
        if not targets:
            break
        path = draw(st.sampled_from(targets))
        parent = document
        for step in path[:-1]:
            parent = parent[step]
        if isinstance(parent, dict) and draw(st.booleans()):
            del parent[path[-1]]
        else:
            parent[path[-1]] = draw(json_values)
    return document


def parsers_for(example_name: str) -> list[Callable[[Any], Any]]:
    """The parsers a documented response example is meant for."""
    by_prefix = {
        "v2_create_voice_agent": [hamsa.v2.models.VoiceAgentResponse.from_dict],
        "v1_update_voice_agent": [hamsa.v1.models.VoiceAgentResponse.from_dict],
        "v1_clone_voice_agent": [hamsa.v1.models.VoiceAgentResponse.from_dict],
        "v1_start_call": [hamsa.v1.models.CallResponse.from_dict],
        "v1_get_conversation": [hamsa.v1.models.ConversationResponse.from_dict],
        "v1_terminate_conversation": [hamsa.v1.models.ResponseEnvelope.from_dict],
    }
    stem = example_name.removesuffix(".response.json")
    return by_prefix.get(stem, [])


@pytest.mark.parametrize("example_name", [n for n in RESPONSE_EXAMPLES if parsers_for(n)])
@settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_mutated_documented_examples(example_name: str, data: st.DataObject) -> None:
    example = json.loads((EXAMPLES / example_name).read_text())
    body = data.draw(mutated(example))
    for build in parsers_for(example_name):
        only_hamsa_errors(body, build)
    if (isinstance(body, dict) and "agent" in example_name) or "voice_agent" in example_name:
        convert = VoiceAgent.from_v2 if example_name.startswith("v2") else VoiceAgent.from_v1
        only_hamsa_errors_in_envelope(body, convert)


def test_unmutated_examples_parse() -> None:
    for name in RESPONSE_EXAMPLES:
        for build in parsers_for(name):
            body = (EXAMPLES / name).read_bytes()
            assert parse_json_response(httpx.Response(200, content=body), build) is not None

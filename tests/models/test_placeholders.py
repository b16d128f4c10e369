"""{{param}} placeholders in greeting messages and preambles: found, checked, and filled."""

from __future__ import annotations

import json
import re
import string
import warnings
from typing import Any

import pytest
from fuzz_budget import examples
from hamsa import RequestValidationError, Violation
from hamsa._placeholders import (
    PlaceholderWarning,
    agent_params,
    agent_texts,
    check_params,
    check_template_fields,
    find_placeholders,
    malformed_placeholders,
)
from hamsa._wire import to_wire
from hypothesis import given, settings
from hypothesis import strategies as st

PROPERTY = settings(max_examples=examples(200), deadline=None)
NAME = re.compile(r"\w+(?:[.-]\w+)*")

# --- finding placeholders -----------------------------------------------------------------


def test_names_come_in_order_of_first_appearance_without_repeats() -> None:
    text = "Hi {{name}}, I am {{agentName}}. Goodbye {{name}}!"
    assert find_placeholders(text) == ["name", "agentName"]


def test_spaces_around_a_name_are_allowed() -> None:
    assert find_placeholders("Hi {{ name }} and {{\tcity\t}}") == ["name", "city"]


@pytest.mark.parametrize(
    "name", ["first_name", "customer.name", "first-name", "order2", "_private", "الاسم"]
)
def test_names_may_use_underscores_dots_hyphens_digits_and_any_script(name: str) -> None:
    assert find_placeholders(f"Hello {{{{{name}}}}}!") == [name]
    assert malformed_placeholders(f"Hello {{{{{name}}}}}!") == []


def test_text_without_placeholders_has_none() -> None:
    assert find_placeholders("Hello, how can I help you today?") == []


@pytest.mark.parametrize(
    "text",
    [
        "New meeting by {agentName}",  # the platform's own legacy example
        'Answer as JSON: {"intent": {"name": "refund", "confidence": 0.9}}',
        "Sets: {a, {b}} and {}",
        "Use {x} and {y}.",
        'Reply {"to": "{{name}}"}',
        '{"greeting": {{name}}}',
    ],
)
def test_single_braces_are_plain_text(text: str) -> None:
    assert malformed_placeholders(text) == []


def test_single_brace_text_around_placeholders_leaves_them_found() -> None:
    text = 'Summarise as {"customer": {{name}}, "city": "{{ city }}"}'
    assert find_placeholders(text) == ["name", "city"]
    assert malformed_placeholders(text) == []


def test_malformed_placeholders_are_not_reported_as_names() -> None:
    assert find_placeholders("Hi {{name}, {name}}, {{ }}, {{first name}} {{ok}}") == ["ok"]


# --- malformed placeholders ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "index", "says"),
    [
        ("Hi {{name}!", 3, "closed with a single brace"),
        ("Hi {name}}!", 3, "single opening brace"),
        ("Hi {{}}!", 3, "empty"),
        ("Hi {{ }}!", 3, "empty"),
        ("Hi {{{{x}}!", 3, "too many opening braces"),
        ("Hi {{{x}}}!", 3, "too many opening braces"),
        ("Hi {{name", 3, "never closed"),
        ("Hi {{name and then {{city}}", 3, "never closed"),
        ("Hi }} there", 3, "closes nothing"),
        ("Hi {{name}}} there", 11, "closes nothing"),
        ("Hi {{first name}}", 3, "not a valid placeholder name"),
        ("Hi {{a..b}}", 3, "not a valid placeholder name"),
    ],
)
def test_each_broken_placeholder_is_described_with_its_index(
    text: str, index: int, says: str
) -> None:
    problems = malformed_placeholders(text)
    assert len(problems) == 1, problems
    assert says in problems[0]
    assert f"at index {index}" in problems[0]


def test_descriptions_quote_the_broken_text_and_suggest_the_fix() -> None:
    assert malformed_placeholders("Hi {{name}!") == [
        "'{{name}' at index 3 is closed with a single brace; write {{name}}"
    ]
    assert malformed_placeholders("Hi {name}}!") == [
        "'{name}}' at index 3 has a single opening brace; write {{name}}"
    ]


def test_every_broken_placeholder_in_a_text_is_reported() -> None:
    problems = malformed_placeholders("{{a} then {b}} then {{}} then {{ok}}")
    assert [p.split(" at index ")[0] for p in problems] == ["'{{a}'", "'{b}}'", "'{{}}'"]


def test_an_unclosed_placeholder_does_not_hide_the_ones_after_it() -> None:
    text = "Hello {{name, your order {{order_id}} is ready"
    assert find_placeholders(text) == ["order_id"]
    assert len(malformed_placeholders(text)) == 1


def test_long_broken_text_is_quoted_short() -> None:
    text = "{{" + "a" * 200
    (problem,) = malformed_placeholders(text)
    assert len(problem) < 100


# --- check_template_fields ---------------------------------------------------------------------


def test_malformed_placeholders_become_violations_named_in_user_terms() -> None:
    fields = {"greeting_message": "Hi {{name}!", "preamble": "You help {{ company }}."}
    violations = check_template_fields(fields, prefix="conversation.")
    assert violations == [
        Violation(
            "conversation.greeting_message",
            "Hi {{name}!",
            "malformed placeholder: '{{name}' at index 3 is closed with a single brace; "
            "write {{name}}",
        )
    ]
    error = RequestValidationError(violations)
    assert "conversation.greeting_message" in str(error)
    assert "{{name}" in str(error)


def test_unfilled_placeholders_are_fine_on_their_own() -> None:
    # Create and update store the texts; the values come with each call.
    fields = {"greeting_message": "Hi {{name}}!", "preamble": "You work for {{company}}."}
    assert check_template_fields(fields, prefix="conversation.") == []


def test_missing_and_none_texts_are_skipped() -> None:
    assert check_template_fields({"greeting_message": None}, prefix="conversation.") == []
    assert check_template_fields({}, prefix="conversation.") == []


def test_the_prefix_locates_an_inline_agent() -> None:
    (violation,) = check_template_fields({"preamble": "{{}}"}, prefix="agent.conversation.")
    assert violation.path == "agent.conversation.preamble"


# --- check_params ----------------------------------------------------------------------------


def test_a_placeholder_without_a_value_is_a_violation_naming_it() -> None:
    violations = check_params(
        {"greeting_message": "Hi {{name}}!"}, {"city": "Dubai"}, prefix="params."
    )
    assert violations == [
        Violation(
            "params.name",
            None,
            "the agent's greeting_message uses {{name}} but no value was given",
        )
    ]


def test_a_placeholder_used_in_both_texts_is_reported_once() -> None:
    fields = {"greeting_message": "Hi {{name}}!", "preamble": "The caller is {{name}}."}
    (violation,) = check_params(fields, {}, prefix="params.")
    assert violation.constraint == (
        "the agent's greeting_message and preamble use {{name}} but no value was given"
    )


def test_a_none_value_counts_as_missing() -> None:
    (violation,) = check_params({"preamble": "{{name}}"}, {"name": None}, prefix="params.")
    assert violation.constraint.endswith("but its value is None")


def test_filled_placeholders_and_unused_params_are_fine() -> None:
    fields = {"greeting_message": "Hi {{ name }}!", "preamble": "Be kind."}
    params: dict[str, Any] = {"name": "Sara", "unused": 1, "empty": ""}
    assert check_params(fields, params, prefix="params.") == []


def test_every_missing_placeholder_is_reported_in_order() -> None:
    fields = {"greeting_message": "{{a}} {{b}}", "preamble": "{{c}} {{a}}"}
    violations = check_params(fields, {"b": "x"}, prefix="params.")
    assert [v.path for v in violations] == ["params.a", "params.c"]


def test_not_strict_warns_instead_and_returns_nothing() -> None:
    with pytest.warns(PlaceholderWarning, match=r"params\.name") as caught:
        result = check_params(
            {"greeting_message": "Hi {{name}}!"}, {}, strict=False, prefix="params."
        )
    assert result == []
    assert len(caught) == 1
    assert "no value was given" in str(caught[0].message)
    assert caught[0].filename == __file__  # points at the caller, not at hamsa


def test_not_strict_is_silent_when_everything_is_filled() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert check_params({"preamble": "{{x}}"}, {"x": 1}, strict=False, prefix="params.") == []


def test_placeholder_warning_is_a_user_warning() -> None:
    assert issubclass(PlaceholderWarning, UserWarning)


# --- reading a wire-shaped agent -------------------------------------------------------------


def test_the_texts_and_values_of_a_wire_shaped_agent_are_read_by_user_name() -> None:
    agent = to_wire(
        {
            "name": "Support",
            "conversation": {
                "greeting_message": "Hi {{name}}!",
                "preamble": "You work for {{company}}.",
                "params": {"company": "Hamsa", "snake_key": 1},
            },
        }
    )
    texts = agent_texts(agent)
    assert texts == {"greeting_message": "Hi {{name}}!", "preamble": "You work for {{company}}."}
    values = agent_params(agent)
    assert values == {"company": "Hamsa", "snake_key": 1}
    (violation,) = check_params(texts, values, prefix="params.")
    assert violation.path == "params.name"


def test_an_agent_without_a_conversation_has_no_texts_or_values() -> None:
    assert agent_texts({"name": "x"}) == {}
    assert agent_params({"name": "x"}) == {}
    assert agent_texts({"conversation": {}}) == {"greeting_message": None, "preamble": None}


# --- properties --------------------------------------------------------------------------------

WORD_CHARS = string.ascii_letters + string.digits + "_" + "اسمعليé"  # any script's letters


@st.composite
def names(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.text(WORD_CHARS, min_size=1, max_size=8), min_size=1, max_size=3))
    joints = draw(st.lists(st.sampled_from(".-"), min_size=len(words) - 1, max_size=len(words) - 1))
    return words[0] + "".join(joint + word for joint, word in zip(joints, words[1:], strict=True))


plain_text = st.text(alphabet=st.characters(blacklist_characters="{}"), max_size=20)
padding = st.sampled_from(["", " ", "  ", "\t"])


@st.composite
def placeholder(draw: st.DrawFn) -> tuple[str, str]:
    name = draw(names())
    return name, "{{" + draw(padding) + name + draw(padding) + "}}"


json_like = st.recursive(
    st.none() | st.integers() | st.text(alphabet=st.characters(blacklist_characters="{}")),
    lambda children: st.lists(children, max_size=3)
    | st.dictionaries(st.text(alphabet="abc", max_size=3), children, max_size=3),
    max_leaves=8,
).map(json.dumps)
literal_chunk = (
    plain_text
    | plain_text.map(lambda text: "{" + text + "}")  # legacy single-brace text
    | json_like  # JSON examples in a preamble
)
template_chunks = st.lists(
    st.one_of(literal_chunk.map(lambda text: (None, text)), placeholder()), max_size=12
)


@PROPERTY
@given(template_chunks)
def test_find_placeholders_returns_exactly_the_names_inserted(
    chunks: list[tuple[str | None, str]],
) -> None:
    text = "".join(piece for _, piece in chunks)
    inserted = list(dict.fromkeys(name for name, _ in chunks if name is not None))
    assert find_placeholders(text) == inserted


@PROPERTY
@given(template_chunks)
def test_a_well_formed_template_is_never_flagged(chunks: list[tuple[str | None, str]]) -> None:
    text = "".join(piece for _, piece in chunks)
    assert malformed_placeholders(text) == []
    assert check_template_fields({"preamble": text}, prefix="conversation.") == []


broken_tokens = st.sampled_from(
    ["{{name}", "{{}}", "{{ }}", "{{{{x}}", "}}", "{{first name}}", "{{name}}}"]
)


@PROPERTY
@given(template_chunks, broken_tokens, st.data())
def test_a_broken_placeholder_anywhere_in_a_template_is_flagged(
    chunks: list[tuple[str | None, str]], broken: str, data: st.DataObject
) -> None:
    pieces = [piece for _, piece in chunks]
    at = data.draw(st.integers(0, len(pieces)))
    pieces.insert(at, broken)
    assert malformed_placeholders("".join(pieces)) != []


@PROPERTY
@given(st.text(alphabet=st.sampled_from(list("{} ab.-\n")), max_size=40) | st.text())
def test_any_text_is_scanned_without_error_and_names_are_well_formed(text: str) -> None:
    problems = malformed_placeholders(text)
    for name in find_placeholders(text):
        assert NAME.fullmatch(name)
        assert name in text
    for problem in problems:
        assert " at index " in problem


@PROPERTY
@given(template_chunks, st.dictionaries(names(), st.text(max_size=5), max_size=4))
def test_check_params_reports_exactly_the_names_without_a_value(
    chunks: list[tuple[str | None, str]], params: dict[str, str]
) -> None:
    text = "".join(piece for _, piece in chunks)
    violations = check_params({"preamble": text}, params, prefix="params.")
    missing = [name for name in find_placeholders(text) if name not in params]
    assert [v.path for v in violations] == [f"params.{name}" for name in missing]

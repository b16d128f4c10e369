"""``{{name}}`` placeholders in an agent's greeting message and preamble.

Hamsa fills them per call from the start-call ``params``. The rules this SDK applies:

* A placeholder is two opening braces, a name, two closing braces. Spaces or tabs around the
  name are allowed: ``{{name}}`` and ``{{ name }}`` both mean ``name``.
* A name is one or more word characters (letters of any script, digits, ``_``), optionally
  joined by single dots or hyphens: ``name``, ``first_name``, ``customer.name``,
  ``first-name``, ``الاسم``. Anything else between ``{{`` and ``}}`` is reported as malformed
  rather than silently left in the text, where the agent would read it out.
* A single brace is plain text: the platform's own examples use ``"New meeting by
  {agentName}"``, and prompts often hold JSON such as ``{"a": {"b": 1}}``. Closing braces that
  balance earlier single opening braces are therefore fine too.
* Malformed (reported everywhere, on create, update and start-call): ``{{name}`` (closed with
  one brace), ``{name}}`` (opened with one brace), ``{{}}`` / ``{{ }}`` (no name),
  ``{{{x}}`` / ``{{{{x}}`` (too many opening braces), ``{{name}}}`` (a stray brace after a
  placeholder), ``{{name`` never closed, and a ``}}`` that closes nothing.

Create and update accept placeholders unfilled: their values come with each call. Only where
the SDK holds both the text and the values (starting a call with an inline agent) does it check
that every placeholder gets a value.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from ._exceptions import RequestValidationError, Violation

__all__ = [
    "TEMPLATE_FIELDS",
    "PlaceholderWarning",
    "agent_params",
    "agent_texts",
    "check_params",
    "check_template_fields",
    "find_placeholders",
    "malformed_placeholders",
    "raise_if_malformed",
]

# The agent texts that may hold placeholders: user (snake_case) name -> wire key under
# "conversation" in the nested v2 shape.
TEMPLATE_FIELDS: Final = {"greeting_message": "greetingMessage", "preamble": "preamble"}

_NAME = r"\w+(?:[.-]\w+)*"
_PADDING = "[ \t]*"
_NAME_AFTER_OPEN = re.compile(f"{_PADDING}(?P<name>{_NAME})?{_PADDING}")
_BRACE_RUN = re.compile(r"\{+|\}+")
# How far past a "{{" a closing "}}" may be and still be read as that placeholder's end (with
# a bad name) rather than as an unclosed "{{" followed by unrelated text.
_MAX_BAD_NAME = 64
_SNIPPET = 30


class PlaceholderWarning(UserWarning):
    """A placeholder gets no value; emitted instead of an error when strict checks are off."""


@dataclass(frozen=True, slots=True)
class _Placeholder:
    name: str
    start: int


@dataclass(frozen=True, slots=True)
class _Problem:
    start: int
    description: str


def find_placeholders(text: str) -> list[str]:
    """The placeholder names in ``text``, unique, in order of first appearance.

    Malformed ones (see malformed_placeholders) are left out.

    >>> find_placeholders("Hi {{name}}, I am {{ agent }}. Bye {{name}}!")
    ['name', 'agent']
    """
    seen: dict[str, None] = {}
    for item in _scan(text):
        if isinstance(item, _Placeholder):
            seen.setdefault(item.name)
    return list(seen)


def malformed_placeholders(text: str) -> list[str]:
    """A short description of each broken placeholder in ``text``, with its index (0-based).

    >>> malformed_placeholders("Hi {{name}!")
    ["'{{name}' at index 3 is closed with a single brace; write {{name}}"]
    """
    return [item.description for item in _scan(text) if isinstance(item, _Problem)]


def check_template_fields(fields: Mapping[str, str | None], *, prefix: str) -> list[Violation]:
    """One Violation per malformed placeholder in the given texts.

    ``fields`` maps a field name to its text (None and non-text values are skipped);
    ``prefix`` is prepended to the name for the violation's path, e.g. ``"conversation."``
    gives ``conversation.greeting_message``.
    """
    violations: list[Violation] = []
    for field, text in fields.items():
        if not isinstance(text, str):
            continue
        for problem in malformed_placeholders(text):
            violations.append(
                Violation(f"{prefix}{field}", text, f"malformed placeholder: {problem}")
            )
    return violations


def check_params(
    fields: Mapping[str, str | None],
    params: Mapping[str, Any],
    *,
    strict: bool = True,
    prefix: str,
    stacklevel: int = 2,
) -> list[Violation]:
    """Check that every placeholder used in ``fields`` gets a value from ``params``.

    A placeholder whose name is missing from ``params``, or maps to None, is a violation
    with the path ``prefix + name`` (e.g. ``prefix="params."`` gives ``params.name``).
    Unused params are fine. Malformed placeholders are check_template_fields' business.

    strict=True returns the violations (the caller raises them together with any others);
    strict=False emits one PlaceholderWarning listing them instead and returns ``[]``.
    ``stacklevel`` is passed on to warnings.warn as is (2, the default, names the caller of
    check_params), so that a resource can make the warning point at its user's code.
    """
    users: dict[str, list[str]] = {}
    for field, text in fields.items():
        if isinstance(text, str):
            for name in find_placeholders(text):
                users.setdefault(name, []).append(field)
    violations = [
        Violation(
            f"{prefix}{name}",
            params.get(name),
            f"the agent's {_join(used_in)} {'use' if len(used_in) > 1 else 'uses'} "
            f"{{{{{name}}}}} but {_why_missing(params, name)}",
        )
        for name, used_in in users.items()
        if params.get(name) is None
    ]
    if violations and not strict:
        lines = "\n".join(str(v) for v in violations)
        warnings.warn(
            f"placeholders without values; the agent may read them out as written:\n{lines}",
            PlaceholderWarning,
            stacklevel=stacklevel,
        )
        return []
    return violations


def raise_if_malformed(fields: Mapping[str, str | None], *, prefix: str) -> None:
    """check_template_fields, raising RequestValidationError when anything is malformed."""
    violations = check_template_fields(fields, prefix=prefix)
    if violations:
        raise RequestValidationError(violations)


def agent_texts(agent: Mapping[str, Any]) -> dict[str, str | None]:
    """The greeting message and preamble of a wire-shaped agent (nested v2, camelCase, as
    to_wire gives it), keyed by their user names; missing ones are None."""
    conversation = agent.get("conversation")
    if not isinstance(conversation, Mapping):
        return {}
    return {name: conversation.get(key) for name, key in TEMPLATE_FIELDS.items()}


def agent_params(agent: Mapping[str, Any]) -> dict[str, Any]:
    """The placeholder values a wire-shaped agent carries itself (``conversation.params``)."""
    conversation = agent.get("conversation")
    params = conversation.get("params") if isinstance(conversation, Mapping) else None
    return dict(params) if isinstance(params, Mapping) else {}


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _why_missing(params: Mapping[str, Any], name: str) -> str:
    return "its value is None" if name in params else "no value was given"


def _snippet(text: str) -> str:
    return text if len(text) <= _SNIPPET else text[: _SNIPPET - 3] + "..."


class _Scanner:
    """Walks the brace runs of a text left to right, collecting placeholders and problems.

    ``depth`` counts single opening braces still open, so that plain-text braces (JSON in a
    preamble) may close with ``}}`` without being taken for a stray placeholder end.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.depth = 0
        self.found: list[_Placeholder | _Problem] = []

    def scan(self) -> list[_Placeholder | _Problem]:
        pos = 0
        while (run := _BRACE_RUN.search(self.text, pos)) is not None:
            if run.group()[0] == "}":
                self._close_plain(run.start(), run.end())
                pos = run.end()
            elif len(run.group()) == 1:
                pos = self._single_open(run.start())
            else:
                pos = self._placeholder(run.start(), run.end())
        return self.found

    def _problem(self, start: int, description: str) -> None:
        self.found.append(_Problem(start, description))

    def _close_plain(self, start: int, end: int) -> None:
        """Closing braces outside a placeholder: fine while they balance single "{"."""
        size = end - start
        spare = size - min(size, self.depth)
        self.depth -= size - spare
        if spare >= 2:
            self._problem(end - spare, f"'}}}}' at index {end - spare} closes nothing")

    def _single_open(self, start: int) -> int:
        """A single "{": plain text, unless it reads `{name}}` at the top level."""
        text = self.text
        inner = _NAME_AFTER_OPEN.match(text, start + 1)
        assert inner is not None  # the pattern also matches the empty string
        closing = _BRACE_RUN.match(text, inner.end())
        name = inner.group("name")
        # Inside plain-text braces "{b}}" closes two of them, so only the top level counts.
        if self.depth == 0 and name and closing is not None and closing.group() == "}}":
            shown = _snippet(text[start : closing.end()])
            self._problem(
                start,
                f"'{shown}' at index {start} has a single opening brace; write {{{{{name}}}}}",
            )
            return closing.end()
        self.depth += 1
        return start + 1

    def _placeholder(self, start: int, end: int) -> int:
        """Read the placeholder opened by text[start:end] ("{{" or more); return where to
        resume."""
        text = self.text
        well_opened = end - start == 2
        if not well_opened:
            self._problem(
                start,
                f"'{text[start:end]}' at index {start} has too many opening braces; "
                "a placeholder is written {{name}}",
            )
        inner = _NAME_AFTER_OPEN.match(text, end)
        assert inner is not None
        name = inner.group("name")
        closing = _BRACE_RUN.match(text, inner.end())
        if closing is not None and closing.group()[0] == "}":
            if len(closing.group()) == 1:
                whole = _snippet(text[start : closing.end()])
                self._problem(
                    start,
                    f"'{whole}' at index {start} is closed with a single brace; "
                    f"write {{{{{name or 'name'}}}}}",
                )
                return closing.end()
            if name is None:
                whole = _snippet(text[start : closing.end()])
                self._problem(start, f"'{whole}' at index {start} is empty; put a name inside")
            elif well_opened:
                self.found.append(_Placeholder(name, start))
            # "{{{x}}}" was reported once, at its opening; its matching closes are not stray.
            surplus = end - start - 2
            self._after_placeholder(start, closing.start() + 2 + surplus, closing.end())
            return closing.end()
        return self._bad_name_or_unclosed(start, end, inner.end())

    def _after_placeholder(self, start: int, stop: int, end: int) -> None:
        """Braces right after a placeholder's "}}": they must balance single "{"."""
        extra = max(end - stop, 0)
        used = min(extra, self.depth)
        self.depth -= used
        if extra > used:
            at = stop + used
            self._problem(
                at,
                f"'{'}' * (extra - used)}' at index {at} after "
                f"'{_snippet(self.text[start:stop])}' closes nothing",
            )

    def _bad_name_or_unclosed(self, start: int, end: int, name_end: int) -> int:
        text = self.text
        close = text.find("}}", end, end + _MAX_BAD_NAME + 2)  # bounded: linear overall
        between = text[end:close]
        if close >= 0 and not any(c in between for c in "\n{}"):
            self._problem(
                start,
                f"'{_snippet(text[start:close + 2])}' at index {start}: {between.strip()!r} "
                "is not a valid placeholder name (letters, digits and _, joined by . or -)",
            )
            return close + 2
        shown = _snippet(text[start:name_end].rstrip())
        self._problem(start, f"'{shown}' at index {start} is never closed with '}}}}'")
        return end


def _scan(text: str) -> list[_Placeholder | _Problem]:
    if "{" not in text and "}" not in text:
        return []  # most texts: nothing to find, and no scanner to build
    return _Scanner(text).scan()

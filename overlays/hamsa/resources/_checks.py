"""Rules between the fields of a request body, which no single field's schema can say.

A request body schema names its rule with ``x-hamsa-check: <function>``; the generated
resource (hamsa._resources) reports the rule's violations together with the schema's.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._exceptions import Violation
from ..v1.models.web_tool_type import WebToolType


def tool_rules(body: Mapping[str, Any], *, creating: bool) -> list[Violation]:
    """The documented rules that tie fields together, which no single field's schema says."""
    problems: list[Violation] = []
    kind = body.get("type")
    if creating and kind == WebToolType.FUNCTION and "async" not in body:
        problems.append(Violation("async_", None, "is required for FUNCTION tools"))
    if kind == WebToolType.MCP:
        for key, name in (("async", "async_"), ("params", "params")):
            if key in body:
                problems.append(Violation(name, body[key], "is not allowed for MCP tools"))
    settings = body.get("toolSettings")
    if isinstance(settings, Mapping) and "timeout" in settings:
        # The stored tool reports `timeout` (another unit); a request spells it timeOut.
        problems.append(
            Violation(
                "tool_settings.timeout",
                settings["timeout"],
                "unknown in a request: the tool's timeout is tool_settings.time_out",
            )
        )
    messages = body.get("messages")
    if isinstance(messages, list):
        seen: set[str] = set()
        for index, message in enumerate(messages):
            kind_of_message = message.get("type") if isinstance(message, Mapping) else None
            if not isinstance(kind_of_message, str):
                continue  # the schema check words a missing or non-string type
            if kind_of_message in seen:
                problems.append(
                    Violation(
                        f"messages[{index}].type", kind_of_message, "may appear once per tool"
                    )
                )
            seen.add(kind_of_message)
    return problems


def web_tool_create(body: Mapping[str, Any]) -> list[Violation]:
    """client.web_tools.create: tool_rules for a new tool."""
    return tool_rules(body, creating=True)


def web_tool_update(body: Mapping[str, Any]) -> list[Violation]:
    """client.web_tools.update: tool_rules for the fields sent."""
    return tool_rules(body, creating=False)

"""Request-body checks: exactly the SDK's own (hamsa._wire.build_model), from the same spec.

A body is parsed with the generated request model; a missing required field, a value of the
wrong JSON type or shape, and every constraint ``collect_violations()`` reports answer 400 with
the documented error envelope, listing each problem under its wire (camelCase) path.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Protocol, Self, TypeVar

import attrs

from .._agent_mapping import RESERVED_KEYS, to_camel
from .._exceptions import RequestValidationError, Violation
from .._wire import build_model
from ._messages import ApiError

__all__ = ["invalid", "parse_model", "require_object", "wire_path"]

_SEGMENT = re.compile(r"^([^\[]*)(.*)$")  # "tools[0]" -> ("tools", "[0]")


# List item annotations the generated checks don't look into: (JSON type, Python types).
_ITEM_TYPES: dict[str, tuple[str, tuple[type, ...]]] = {
    "str": ("string", (str,)),
    "int": ("integer", (int,)),
    "float": ("number", (int, float)),
}


class _RequestModel(Protocol):
    """A generated request model (what hamsa._wire.build_model takes)."""

    _REQUIRED_JSON_KEYS: ClassVar[tuple[str, ...]]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...

    def to_wire(self) -> dict[str, Any]: ...

    def collect_violations(
        self, prefix: str = "", out: list[Violation] | None = None
    ) -> list[Violation]: ...


M = TypeVar("M", bound=_RequestModel)


def wire_path(model_path: str) -> str:
    """A violation's attribute path as the JSON path: call_settings.max_call_duration ->
    callSettings.maxCallDuration (type_ -> type)."""
    parts = []
    for segment in model_path.split("."):
        match = _SEGMENT.match(segment)
        name, index = match.groups() if match else (segment, "")
        parts.append(to_camel(name.rstrip("_")) + index)
    return ".".join(parts)


def invalid(problems: list[dict[str, str]]) -> ApiError:
    """400 ValidationError listing ``{"field", "message"}`` problems."""
    summary = "; ".join(f"{item['field']} {item['message']}" for item in problems)
    return ApiError(400, f"Validation failed: {summary}", "ValidationError", errors=problems)


def _problems(violations: list[Violation]) -> list[dict[str, str]]:
    # Values are left out: they may be secrets (llm.apiKey, webhookAuth.authSecret).
    return [{"field": wire_path(v.path), "message": v.constraint} for v in violations]


def require_object(body: Any) -> dict[str, Any]:
    """The body as a JSON object, minus the SDK's own bookkeeping keys (never wire fields)."""
    if not isinstance(body, dict):
        raise ApiError(400, "The request body must be a JSON object.", "InvalidRequestBody")
    return {key: value for key, value in body.items() if key not in RESERVED_KEYS}


def parse_model(model: type[M], body: Mapping[str, Any], *, also: Sequence[Violation] = ()) -> M:
    """The generated request model for ``body``, or 400 listing every problem found, with
    ``also``: broken rules that tie fields together, which no single field's schema states
    (found by the SDK's own checks, so both refuse the same bodies)."""
    rules = _problems(list(also))
    try:
        instance = build_model(model, body)
    except RequestValidationError as error:
        raise invalid([*rules, *_problems(error.violations)]) from None
    problems = _uncovered_problems(instance, "")
    # A model may quietly coerce a container (a list of pairs where an object belongs); such a
    # value doesn't survive the round trip back to JSON.
    problems = problems or _shape_problems(body, instance.to_wire(), "")
    if rules or problems:
        raise invalid([*rules, *problems])
    return instance


def _uncovered_problems(model: Any, prefix: str) -> list[dict[str, str]]:
    """What the generated checks skip: the items of lists of strings or numbers. Read from the
    generated models' annotations (``list[str] | Unset``), so it follows the spec too."""
    found: list[dict[str, str]] = []
    for name, wire_name, item_type in _field_plan(type(model)):
        value = getattr(model, name)
        if hasattr(type(value), "__attrs_attrs__"):
            found += _uncovered_problems(value, f"{prefix}{wire_name}.")
        elif isinstance(value, list):
            found += _item_problems(value, item_type, prefix + wire_name)
    return found


_PLANS: dict[type, tuple[tuple[str, str, str], ...]] = {}
_SCALARS = frozenset({"str", "int", "float", "bool", "None", "Unset", "Any"})


def _field_plan(model: type) -> tuple[tuple[str, str, str], ...]:
    """Each field of a generated model as (attribute, wire name, list item type or ""): read
    once per class, since every request body walks it."""
    known = _PLANS.get(model)
    if known is not None:
        return known
    plan = []
    for field in attrs.fields(model):
        if field.name == "additional_properties" or not isinstance(field.type, str):
            continue
        options = {option.strip() for option in field.type.split("|")}
        if all(o in _SCALARS or o.startswith("dict[") for o in options):
            continue  # holds no list and no model: nothing the generated checks skip
        item_type = next((o[5:-1] for o in options if o.startswith("list[")), "")
        plan.append((field.name, to_camel(field.name.rstrip("_")), item_type))
    _PLANS[model] = tuple(plan)
    return _PLANS[model]


def _item_problems(items: list[Any], item_type: str, path: str) -> list[dict[str, str]]:
    found: list[dict[str, str]] = []
    json_type, allowed = _ITEM_TYPES.get(item_type, ("", ()))
    for index, item in enumerate(items):
        where = f"{path}[{index}]"
        if allowed and (isinstance(item, bool) or not isinstance(item, allowed)):
            found.append({"field": where, "message": f"must be a JSON {json_type}"})
        elif hasattr(type(item), "__attrs_attrs__"):
            found += _uncovered_problems(item, f"{where}.")
    return found


def _shape_problems(sent: Any, parsed: Any, path: str) -> list[dict[str, str]]:
    if type(sent) is type(parsed) and sent == parsed:  # the usual case, settled in one compare
        return []
    if isinstance(sent, dict) and isinstance(parsed, dict):
        found = []
        for key, value in sent.items():
            where = f"{path}.{key}" if path else key
            if value is None and key not in parsed:
                # The model reads null as "not given": a field the spec doesn't let be null.
                found.append({"field": where, "message": "must not be null"})
                continue
            found += _shape_problems(value, parsed.get(key), where)
        return found
    if isinstance(sent, list) and isinstance(parsed, list) and len(sent) == len(parsed):
        found = []
        for index, (left, right) in enumerate(zip(sent, parsed, strict=True)):
            found += _shape_problems(left, right, f"{path}[{index}]")
        return found
    if sent == parsed and isinstance(sent, dict | list) == isinstance(parsed, dict | list):
        return []
    return [{"field": path or "body", "message": "has the wrong shape"}]

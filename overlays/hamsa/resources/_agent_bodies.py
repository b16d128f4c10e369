"""The unified agent's request bodies: ``voice_agents.create`` (v2) and ``update`` (v1 PATCH)
take the v2 nested snake_case fields; the spec names these functions with ``x-hamsa-prepare``
``{function, fields}`` and the generated methods pass them every keyword as given.

The mapping table, the v1 models and the code that words an invalid body load when first
needed: a valid create needs none of them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._agent_checks import prepare_agent, quick_agent_body, together

# The generated request model the spec pairs the function with (its _JSON_KEYS, _fields_wire).
FieldsModel = Any


def agent_body(model: type[FieldsModel], given: dict[str, Any], *, where: str) -> dict[str, Any]:
    """The checked body of ``model`` (v2's CreateVoiceAgentRequest) from the keywords ``given``
    (a dict of the caller's own, popped here)."""
    strict = given.pop("strict_placeholders", True)
    body = quick_agent_body(model, given)
    if body is None:
        from .._unknown_keys import misnamed_keywords
        from .._wire import strict_wire, wire_fields

        nested = wire_fields(given)
        problems = misnamed_keywords(given, _snake_keys(model._JSON_KEYS))
        problems += prepare_agent(nested, strict_placeholders=strict)
        body = together(problems, lambda: strict_wire(model, nested))
    return body


def agent_update_body(
    model: type[FieldsModel], given: dict[str, Any], *, where: str
) -> dict[str, Any]:
    """The checked flat v1 body of ``model`` (UpdateVoiceAgentRequest) from the unified
    keywords ``given``: checked in the caller's terms (call_settings.max_call_duration), then
    flattened by the mapping table; a field v1 cannot carry raises instead of being dropped."""
    from .._agent_mapping import unified_to_v1
    from .._wire import checked_wire, wire_fields
    from ..v2.models.voice_agent import VoiceAgent as V2Agent

    strict = given.pop("strict_placeholders", True)
    fields, v1_fields = _split_v1_only(given, model._JSON_KEYS)
    nested = quick_agent_body(V2Agent, fields)
    if nested is None:
        nested = _checked_update(model, fields, v1_fields, strict)
    flat = unified_to_v1(nested, target=where)
    _refuse_unsent(model, flat, where)
    # A v1 field neither v2 nor the mapping table knows (a newer spec's) goes as it is named;
    # the v1 model checks it with the rest of the body.
    flat.update(wire_fields(v1_fields))
    return checked_wire(model, flat)


def _refuse_unsent(model: type[FieldsModel], flat: Mapping[str, Any], where: str) -> None:
    """A v1 agent field the PATCH body doesn't declare (``type``) would be ignored or refused
    by the API: refuse it here, before anything is sent."""
    from .._agent_mapping import UnsupportedFieldError, to_snake

    unsent = [key for key in flat if key not in model._JSON_KEYS]
    if unsent:
        reason = "the v1 PATCH body has no such field; it can be set when the agent is created"
        problems = [(to_snake(key), reason) for key in unsent]
        raise UnsupportedFieldError(problems, target=where, keep_under=None)


def _checked_update(
    model: type[FieldsModel],
    fields: Mapping[str, Any],
    v1_fields: Mapping[str, Any],
    strict: bool,
) -> dict[str, Any]:
    from .._agent_mapping import to_snake
    from .._unknown_keys import misnamed_keywords, unknown_field
    from .._wire import strict_wire, wire_fields
    from ..v2.models.voice_agent import VoiceAgent as V2Agent

    known = update_keywords(model)
    problems = misnamed_keywords({**fields, **v1_fields}, known)
    # What update takes, not every field of an agent: no id, created_at, ... in the hint.
    strays = [n for n in fields if n == to_snake(n) and n.rstrip("_") not in known]
    problems += [unknown_field(name, name, fields[name], known) for name in strays]
    taken = {name: value for name, value in fields.items() if name not in strays}
    nested = wire_fields(taken)
    problems += prepare_agent(nested, strict_placeholders=strict)
    together(problems, lambda: strict_wire(V2Agent, nested))
    return nested


def update_keywords(model: type[FieldsModel]) -> list[str]:
    """The keywords ``voice_agents.update`` takes: the agent's writable fields, and the fields
    only v1's body (``model``) has, which go through by their snake_case names."""
    from .._agent_mapping import to_snake
    from ..v2.models.voice_agent import VoiceAgent as V2Agent

    writable = [name for name in _snake_keys(V2Agent._JSON_KEYS) if name not in V2Agent._READ_ONLY]
    return writable + [to_snake(key) for key in _v1_only_keys(model._JSON_KEYS)]


def _snake_keys(json_keys: tuple[str, ...]) -> list[str]:
    from .._agent_mapping import to_snake

    return [to_snake(key) for key in json_keys]


def _v1_only_keys(v1_keys: tuple[str, ...]) -> set[str]:
    """The v1 body keys that v2 doesn't have and the mapping table doesn't name."""
    from .._agent_mapping import AGENT_FIELD_MAP, WEB_TOOL_KEYS
    from ..v2.models.voice_agent import VoiceAgent as V2Agent

    # Mapped: the table's v1 names, and the v1 web-tool fields that v2's tools[] stands for.
    mapped = {row.v1.split(".")[0] for row in AGENT_FIELD_MAP if row.v1} | set(WEB_TOOL_KEYS)
    return set(v1_keys) - set(V2Agent._JSON_KEYS) - mapped


def _split_v1_only(
    fields: Mapping[str, Any], v1_keys: tuple[str, ...]
) -> tuple[Mapping[str, Any], dict[str, Any]]:
    """(the agent's fields, the v1 body fields that only v1 has and the mapping table doesn't
    name): the table holds renames and moves only, so a field a new v1 revision adds reaches
    the wire by its snake_case name instead of raising UnsupportedFieldError."""
    from .._agent_mapping import to_camel

    only = _v1_only_keys(v1_keys)
    extra = {name: value for name, value in fields.items() if to_camel(name.rstrip("_")) in only}
    if not extra:
        return fields, {}
    return {k: v for k, v in fields.items() if k not in extra}, extra

"""Request bodies the spec declares but can't build alone: a request body schema names its
function here with ``x-hamsa-prepare`` (docs/spec-evolution.md), and the generated method
(hamsa._resources) calls it with the user's arguments keyed by wire name (with ``fields``,
the unified agent's: keyed as the caller wrote them, see _agent_bodies).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._base_client import NotGiven
from .._exceptions import RequestValidationError, Violation, Withheld
from .._placeholders import agent_params, agent_texts, check_params
from ._agent_bodies import agent_body as agent_body
from ._agent_bodies import agent_update_body as agent_update_body
from ._agent_checks import prepare_agent, together
from ._declared import wire_body
from ._user_frame import user_stacklevel

# The mapping table and hamsa._wire load with the first inline agent: a call with a saved
# agent, or a v2 create, needs neither.


def call_agent(
    fields: Mapping[str, Any], *, where: str, strict_placeholders: bool
) -> dict[str, Any]:
    """A call's body: who speaks is a saved agent (``voiceAgentId``, with ``params``) or an
    inline one (``agentDetails``: a hamsa.VoiceAgent or its nested snake_case dict, sent in
    v1's flat shape, its placeholders checked against their values)."""
    given = {k: v for k, v in fields.items() if not isinstance(v, NotGiven)}
    chosen = agent_choice(
        voice_agent_id=given.pop("voiceAgentId", None),
        agent=given.pop("agentDetails", None),
        params=given.pop("params", None),
        strict_placeholders=strict_placeholders,
        target=f"{where} (agentDetails)",
    )
    return wire_body(given) | chosen


def agent_choice(
    *,
    voice_agent_id: str | None,
    agent: Any,
    params: Mapping[str, Any] | None,
    strict_placeholders: bool,
    target: str,
) -> dict[str, Any]:
    """The body fields that say who speaks: ``voiceAgentId`` (and ``params``) for a saved
    agent, or ``agentDetails`` for an inline one, its placeholders' values inside it."""
    if params is not None and not (
        isinstance(params, Mapping) and all(isinstance(key, str) for key in params)
    ):
        raise RequestValidationError(
            [
                Violation(
                    "params",
                    Withheld.of(params),
                    "must be a mapping of placeholder names to values, e.g. {'name': 'Sara'}",
                )
            ]
        )
    if (voice_agent_id is None) == (agent is None):
        raise RequestValidationError(
            [
                Violation(
                    "voice_agent_id", voice_agent_id, "pass exactly one of voice_agent_id or agent"
                )
            ]
        )
    if voice_agent_id is not None:
        chosen: dict[str, Any] = {"voiceAgentId": voice_agent_id}
        if params is not None:
            chosen["params"] = dict(params)
        return chosen
    from .._agent_mapping import unified_to_v1
    from .._wire import to_wire

    nested = to_wire(agent)
    if not isinstance(nested, dict):
        raise RequestValidationError(
            [Violation("agent", Withheld.of(agent), "must be a mapping of the agent's fields")]
        )
    problems = prepare_agent(nested, prefix="agent.")
    # Here the SDK holds both the texts and their values: every placeholder needs one.
    values = {**agent_params(nested), **(params or {})}
    problems += check_params(
        agent_texts(nested),
        values,
        strict=strict_placeholders,
        prefix="params.",
        stacklevel=user_stacklevel(),
    )
    together(problems, lambda: _check_inline_agent(nested))
    details = unified_to_v1(nested, target=target)
    if params is not None:
        # With an inline agent the API takes the values inside agentDetails.
        details["params"] = {**details.get("params", {}), **params}
    return {"agentDetails": details}


def _check_inline_agent(nested: Mapping[str, Any]) -> None:
    """Report the agent's broken constraints in the caller's terms (agent.call_settings...),
    not as the flattened agentDetails they are sent as."""
    # Imported here: callers who only pass voice_agent_id never load the v2 models.
    from .._wire import strict_wire
    from ..v2.models.voice_agent import VoiceAgent as V2Agent

    # strict: a misspelt key (agent={"call_settings": {"max_call_durration": 60}}) is refused
    strict_wire(V2Agent, dict(nested), prefix="agent.")

"""hamsa.VoiceAgent: one voice agent, whichever API generation answered.

It is the generated v2 model (nested, snake_case) plus where it came from: `api_version` and
the exact wire payload in `raw`. v1 answers are converted through the mapping table in
_agent_mapping; fields only v1 knows are kept, reachable through `v1_only`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from .v2.models.voice_agent import VoiceAgent as _GeneratedVoiceAgent

# The v1<->v2 mapping table (hamsa._agent_mapping) loads on first use: parsing a v2 answer, the
# usual case, never needs it.

__all__ = ["VoiceAgent"]


@attrs.define(repr=False)  # the models' repr: only the fields that are set
class VoiceAgent(_GeneratedVoiceAgent):
    """A Hamsa voice agent in the v2 (nested) shape, whatever API generation returned it.

    Attributes mirror the v2 API in snake_case: ``name``, ``conversation``, ``voice``, ``llm``,
    ``call_settings``, ``tools`` and so on. Unknown fields the API sent are kept in
    ``additional_properties`` and sent back unchanged.
    """

    # Not agent fields: to_dict(), what create/update take back, leaves them out.
    _READ_ONLY: ClassVar[frozenset[str]] = _GeneratedVoiceAgent._READ_ONLY | {"raw", "api_version"}

    raw: dict[str, Any] = attrs.field(factory=dict, kw_only=True, repr=False, eq=False)
    """The exact agent payload the API sent (camelCase)."""
    api_version: str = attrs.field(default="v2", kw_only=True, eq=False)
    """Which API generation produced this agent: "v1" or "v2"."""

    @classmethod
    def from_v2(cls, payload: Mapping[str, Any]) -> VoiceAgent:
        # v2 is already the unified shape, and from_dict copies what it keeps: no deep copy.
        agent = cls.from_dict(payload)
        agent.raw, agent.api_version = dict(payload), "v2"
        return agent

    @classmethod
    def from_v1(cls, payload: Mapping[str, Any]) -> VoiceAgent:
        from ._agent_mapping import v1_to_unified

        agent = cls.from_dict(v1_to_unified(payload))
        agent.raw, agent.api_version = dict(payload), "v1"
        return agent

    @property
    def v1_only(self) -> dict[str, Any]:
        """Fields only API v1 knows (realTime, outcome, description, isTemplate, icon, ...)."""
        from ._agent_mapping import V1_ONLY_KEY

        kept = self.additional_properties.get(V1_ONLY_KEY, {})
        return dict(kept) if isinstance(kept, Mapping) else {}

    def to_v1(self, *, strict: bool = True) -> dict[str, Any]:
        """This agent as a v1 flat payload; strict raises on fields v1 cannot carry."""
        from ._agent_mapping import unified_to_v1

        return unified_to_v1(self.to_wire(), strict=strict)

    def to_v2(self, *, strict: bool = True) -> dict[str, Any]:
        """This agent as a v2 nested payload; strict raises on v1-only data."""
        from ._agent_mapping import unified_to_v2

        return unified_to_v2(self.to_wire(), strict=strict)

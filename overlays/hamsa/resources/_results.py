"""Values the spec's response models can't build alone: an operation names its function here
with ``x-hamsa-result`` (docs/spec-evolution.md), and its generated parser (hamsa._resources)
applies it to the JSON value at the envelope, for the method and its raw twin alike. The
generator reads each function's return annotation for the method's.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._parsing import ModelParseError

if TYPE_CHECKING:
    from .._agent import VoiceAgent

# hamsa.VoiceAgent loads the v2 models: imported on first use, so a speech call never loads it.


def agent_from_v2(payload: Mapping[str, Any]) -> VoiceAgent:
    """The unified agent of a v2 answer (already its shape)."""
    from .._agent import VoiceAgent

    return VoiceAgent.from_v2(payload)


def agent_from_v1(payload: Mapping[str, Any]) -> VoiceAgent:
    """The unified agent of a v1 (flat) answer, through the mapping table."""
    from .._agent import VoiceAgent

    return VoiceAgent.from_v1(payload)


def transcript(body: Any) -> str:
    """The text of either documented speech-to-text answer: ``{text}``, or the envelope
    ``{success, data: {text}}`` the official LiveKit plugin reads."""
    if isinstance(body, Mapping):
        if isinstance(body.get("text"), str):
            return str(body["text"])
        data = body.get("data")
        if isinstance(data, Mapping) and isinstance(data.get("text"), str):
            return str(data["text"])
    raise ModelParseError(
        ("text",),
        "the speech-to-text response has no transcript: expected {text} or {data: {text}}",
    )

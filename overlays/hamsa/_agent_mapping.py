"""The one v1 (flat) <-> v2 (nested) voice-agent mapping, as data, and the converters it drives.

Hamsa describes one voice agent in two shapes. Create is v2; update, clone and start-call
(``agentDetails``) are v1. The SDK shows users one agent, v2-shaped ("unified"), so every
conversion between the wire shapes goes through :data:`AGENT_FIELD_MAP` and nothing else.
All functions work on camelCase JSON dicts, return new dicts and never mutate their input.

Conversions are lossless. What one shape has no room for is kept under a reserved key of the
other, so ``unified_to_v1(v1_to_unified(x), strict=False) == x`` for any v1 dict ``x``:

``v1Only`` (in a unified dict)
    v1 data with no v2 home: v1-only fields, unknown keys (at the top level or inside
    ``llmConfig``/``tools``), in v1 shape. Restored by :func:`unified_to_v1`; refused by a strict
    :func:`unified_to_v2`.
``v1Originals`` (in a unified dict)
    Exact v1 values of *mapped* fields whose conversion would not give them back (a v1 value
    already spelled the v2 way, such as ``"openai"``; web-tool fields that do not form
    canonical references). Keyed by v1 path. Used only while the unified value is still what
    the original converts to, so an edit always wins; never sent to v2.
``v2Only`` / ``v2Originals`` (in a v1 dict, only with ``strict=False``)
    The same two things the other way round, keyed by v2 path. A strict :func:`unified_to_v1`
    raises :class:`UnsupportedFieldError` instead of keeping v2-only data.
"""

from __future__ import annotations

import copy
import enum
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, Final

import attrs

from hamsa._exceptions import HamsaError
from hamsa._names import to_camel, to_snake

__all__ = [
    "AGENT_FIELD_MAP",
    "LLM_PROVIDER",
    "NOISE_CANCELLATION",
    "RESERVED_KEYS",
    "V1_ONLY_KEY",
    "V1_ORIGINALS_KEY",
    "V1_TARGET",
    "V2_ONLY_KEY",
    "V2_ORIGINALS_KEY",
    "V2_TARGET",
    "VERBATIM_KEYS",
    "WEB_TOOL_REFS",
    "FieldMapping",
    "StructuralMap",
    "UnsupportedFieldError",
    "ValueMap",
    "mapping_rows",
    "mapping_table_markdown",
    "snake_keys",
    "to_camel",
    "to_snake",
    "unified_to_v1",
    "unified_to_v2",
    "v1_to_unified",
    "v2_to_unified",
]

V1_ONLY_KEY: Final = "v1Only"
V1_ORIGINALS_KEY: Final = "v1Originals"
V2_ONLY_KEY: Final = "v2Only"
V2_ORIGINALS_KEY: Final = "v2Originals"
RESERVED_KEYS: Final = frozenset({V1_ONLY_KEY, V1_ORIGINALS_KEY, V2_ONLY_KEY, V2_ORIGINALS_KEY})

V1_TARGET: Final = (
    "the v1 flat agent (PATCH /v1/voice-agents/{voiceAgentId}, "
    "POST /v1/voice-agents/clone, agentDetails of POST /v1/voice-agents/call)"
)
V2_TARGET: Final = "the v2 agent (POST /v2/voice-agents)"


class UnsupportedFieldError(HamsaError, ValueError):
    """A field cannot be carried by the target shape; raised before anything is sent."""

    fields: tuple[str, ...]
    field: str
    target: str

    def __init__(
        self, problems: Iterable[tuple[str, str]], *, target: str, keep_under: str | None
    ) -> None:
        found = list(problems)
        self.fields = tuple(path for path, _ in found)
        self.field = self.fields[0]
        self.target = target
        # Paths and reasons only: values may be secrets (apiKey, webhookAuth).
        details = "; ".join(f"{path}: {reason.rstrip('.')}" for path, reason in found)
        advice = "Remove them"
        if keep_under is not None:
            advice += f", or convert with strict=False to keep them under {keep_under!r}"
        super().__init__(
            f"{', '.join(self.fields)} cannot be sent to {target} ({details}). {advice}."
        )


# --- the table -------------------------------------------------------------------


@attrs.frozen
class ValueMap:
    """A reversible renaming of documented values; any other value passes through as sent."""

    name: str
    pairs: tuple[tuple[str, str], ...]  # (v1 value, v2 value)

    def to_v2(self, value: Any) -> Any:
        return self._swap(value, 0)

    def to_v1(self, value: Any) -> Any:
        return self._swap(value, 1)

    def _swap(self, value: Any, source: int) -> Any:
        if isinstance(value, str):
            for pair in self.pairs:
                if pair[source] == value:
                    return pair[1 - source]
        return value

    def describe(self) -> str:
        shown = ", ".join(f"`{v1}` ↔ `{v2}`" for v1, v2 in self.pairs)
        return f"`{self.name}`: {shown}"


@attrs.frozen
class StructuralMap:
    """A mapping between differently shaped values; its converter pair lives in this module."""

    name: str

    def describe(self) -> str:
        return f"`{self.name}` (structural)"


Normalisation = ValueMap | StructuralMap


@attrs.frozen
class FieldMapping:
    """One concept: where it lives in v2 and in v1 (None: that shape has no such field)."""

    v2: str | None
    v1: str | None
    normalize: Normalisation | None = None
    note: str = ""


# Exact matches only: an undocumented provider may be case-sensitive on the server.
LLM_PROVIDER: Final = ValueMap("llm_provider", (("OpenAI", "openai"),))
NOISE_CANCELLATION: Final = ValueMap(
    "noise_cancellation", (("telephony-optimized", "telephony_optimized"),)
)
WEB_TOOL_REFS: Final = StructuralMap("web_tool_refs")

_KEPT_AS_SENT = "Value kept as sent."

AGENT_FIELD_MAP: Final[tuple[FieldMapping, ...]] = (
    # identity
    FieldMapping("id", "id", note="Agent id (uuid); read-only."),
    FieldMapping("name", "agentName", note="Renamed key. v2 documents max length 150."),
    FieldMapping("type", "type", note="`Single Prompt` | `Flow Agent`; same key in both."),
    FieldMapping("createdAt", "createdAt", note="Read-only timestamp."),
    FieldMapping("updatedAt", "updatedAt", note="Read-only timestamp."),
    # conversation
    FieldMapping("conversation.greetingMessage", "greetingMessage", note="Supports `{{param}}`."),
    FieldMapping(
        "conversation.greetingMessageType",
        "greetingMessageType",
        note=_KEPT_AS_SENT + " v1 documents the enum `STATIC` | `PROMPT`; `TEXT` appears only in "
        "v2 request examples (v2 responses show null) and nothing says it means `STATIC`. A "
        "guessed translation could turn a valid value into an invalid one, so none is made; "
        "prefer the documented `STATIC` / `PROMPT`.",
    ),
    FieldMapping("conversation.preamble", "preamble", note="System prompt; supports `{{param}}`."),
    FieldMapping("conversation.pokeMessages", "pokeMessages"),
    FieldMapping(
        "conversation.params", "params", note="Values for `{{param}}`; keys are user-chosen."
    ),
    FieldMapping(
        "conversation.alignment", "alignment", note="`{greetingMessage, preamble}`, e.g. `ltr`."
    ),
    # voice
    FieldMapping("voice.voiceId", "voiceId"),
    FieldMapping("voice.lang", "lang", note="`ar` | `en`."),
    FieldMapping("voice.voiceRecordId", "voiceRecordId"),
    FieldMapping("voice.voiceRecord", "voiceRecord", note="Read-only voice details."),
    FieldMapping("voice.ttsParams", None, note="v2-only."),
    # llm
    FieldMapping(
        "llm", "llmConfig", note="The object itself; its keys map one by one in the rows below."
    ),
    FieldMapping(
        "llm.provider",
        "llmConfig.provider",
        LLM_PROVIDER,
        note="Only the documented spellings are mapped; any other value is kept as sent.",
    ),
    FieldMapping(
        "llm.model",
        "llmConfig.modelName",
        note="Renamed key. " + _KEPT_AS_SENT + " The docs show `GPT-4.1` (v1) and `gpt-4` (v2) "
        "but no enum or mapping, so changing case could name a model that does not exist.",
    ),
    FieldMapping("llm.temperature", "llmConfig.temperature"),
    FieldMapping("llm.baseUrl", "llmConfig.baseUrl", note="Custom LLM endpoint; nullable."),
    FieldMapping("llm.apiKey", "llmConfig.apiKey", note="Secret; nullable."),
    # call settings: top level in v1, under callSettings in v2
    FieldMapping(
        "callSettings.noiseCancellation",
        "noiseCancellation",
        NOISE_CANCELLATION,
        note="Hyphen in v1 examples, underscore in v2; no enum documented, other values kept.",
    ),
    FieldMapping("callSettings.cancelNoisePer", "cancelNoisePer", note="e.g. `conversation`."),
    FieldMapping("callSettings.interrupt", "interrupt"),
    FieldMapping("callSettings.responseDelay", "responseDelay", note="ms, 100..1500 (v1 docs)."),
    FieldMapping(
        "callSettings.userInactivityTimeout",
        "userInactivityTimeout",
        note="Seconds, 5..30 (v1 docs).",
    ),
    FieldMapping(
        "callSettings.maxCallDuration", "maxCallDuration", note="Seconds, 30..600 (v1 docs)."
    ),
    FieldMapping("callSettings.silenceThreshold", "silenceThreshold", note="ms, >= 1 (v1 docs)."),
    FieldMapping("callSettings.backgroundNoise", "backgroundNoise"),
    FieldMapping("callSettings.thinkingVoice", "thinkingVoice"),
    FieldMapping("callSettings.speakerIdentification", "speakerIdentification"),
    FieldMapping("callSettings.agenticRag", "agenticRag"),
    FieldMapping("callSettings.languageDialectSwitcher", "languageDialectSwitcher"),
    FieldMapping(
        "callSettings.minInterruptionDuration",
        "minInterruptionDuration",
        note="Seconds, 0.2..1.5 (v1 docs).",
    ),
    FieldMapping(
        "callSettings.vadActivationThreshold", "vadActivationThreshold", note="0.2..0.9 (v1 docs)."
    ),
    FieldMapping("callSettings.enableAutoGainControl", "enableAutoGainControl"),
    FieldMapping("callSettings.sendDenoisedToStt", "sendDenoisedToStt"),
    FieldMapping(
        "callSettings.waitForUserToSpeakFirst", "waitForUserToSpeakFirst", note="0..2 (v1 docs)."
    ),
    FieldMapping(
        "callSettings.genderDetection",
        "tools.genderDetection",
        note="v1 `tools` is this feature-flag object, not web tools.",
    ),
    FieldMapping("callSettings.smartCallEnd", "tools.smartCallEnd"),
    # web tools
    FieldMapping(
        "tools[].toolId",
        "webToolsIds[]",
        WEB_TOOL_REFS,
        note="One v2 reference per v1 id, in order.",
    ),
    FieldMapping(
        "tools[].overrides",
        "webToolsOverrides.<toolId>",
        WEB_TOOL_REFS,
        note="The docs only show `{}`; read as overrides keyed by tool id. v1 always gets both "
        "fields for a list of references.",
    ),
    FieldMapping("tools[].persistentId", None, note="v2-only tool-reference key."),
    FieldMapping("tools[].version", None, note="v2-only tool-reference key."),
    FieldMapping("tools[].toolType", None, note="v2-only tool-reference key, e.g. `FUNCTION`."),
    FieldMapping("tools[].nodeId", None, note="v2-only tool-reference key (Flow Agent node)."),
    FieldMapping("tools[].testResult", None, note="v2-only tool-reference key."),
    # knowledge, webhook, outcome
    FieldMapping("knowledgeBaseItemsIds", "knowledgeBaseItemsIds"),
    FieldMapping("voiceDictionaryIds", "voiceDictionaryIds"),
    FieldMapping("webhookUrl", "webhookUrl", note="Nullable."),
    FieldMapping(
        "webhookAuth", "webhookAuth", note="v1 documents `{authKey, authSecret}`; secret."
    ),
    FieldMapping(
        "outcomeResponseShape",
        "outcomeResponseShape",
        note="JSON-Schema-like; property names are user-chosen.",
    ),
    # v1-only
    FieldMapping(None, "realTime", note="v1-only."),
    FieldMapping(None, "outcome", note="v1-only: post-call prompt."),
    FieldMapping(None, "description", note="v1-only."),
    FieldMapping(None, "isTemplate", note="v1-only."),
    FieldMapping(None, "icon", note="v1-only."),
    FieldMapping(None, "collectionId", note="v1-only."),
    FieldMapping(None, "projectId", note="v1-only."),
    FieldMapping(None, "apiKeyId", note="v1-only."),
    FieldMapping(None, "tools.googleCalendar", note="v1-only, legacy."),
    FieldMapping(None, "googleCalendarSettings", note="v1-only, legacy."),
    # v2-only
    FieldMapping("workflow", None, note="v2-only: Flow Agent graph."),
    FieldMapping("phoneNumber", None, note="v2-only: `{type, id}`."),
    FieldMapping("resolvedWebTools", None, note="v2-only, read-only."),
    FieldMapping("account", None, note="v2-only, read-only: `{plan}`."),
)


def mapping_rows() -> tuple[FieldMapping, ...]:
    """Every row of the mapping, in documentation order."""
    return AGENT_FIELD_MAP


def mapping_table_markdown() -> str:
    """The mapping as a Markdown table, for the docs' v1/v2 page."""

    def cell(text: str | None) -> str:
        return "—" if not text else text.replace("|", "\\|")

    lines = ["| v2 path | v1 field | normalisation | note |", "|---|---|---|---|"]
    for row in AGENT_FIELD_MAP:
        v2 = f"`{row.v2}`" if row.v2 else None
        v1 = f"`{row.v1}`" if row.v1 else None
        norm = row.normalize.describe() if row.normalize else None
        lines.append(f"| {cell(v2)} | {cell(v1)} | {cell(norm)} | {cell(row.note)} |")
    return "\n".join(lines) + "\n"


# --- derived from the table ------------------------------------------------------

Path = tuple[str, ...]


class _Missing(enum.Enum):
    MISSING = enum.auto()


_MISSING: Final = _Missing.MISSING


def _split(path: str) -> Path:
    return tuple(path.split("."))


# Rows the generic copier handles (both sides known, plain key paths), as (row, v1, v2).
_COPIED: Final = tuple(
    (row, _split(row.v1), _split(row.v2))
    for row in AGENT_FIELD_MAP
    if row.v1 is not None and row.v2 is not None and not isinstance(row.normalize, StructuralMap)
)


def _parents(paths: Iterable[Path]) -> frozenset[Path]:
    return frozenset(path[:i] for path in paths for i in range(1, len(path)))


# Objects that only group mapped keys: llmConfig and tools in v1; conversation, voice, llm
# and callSettings in v2.
_V1_CONTAINERS: Final = _parents(v1 for _, v1, _ in _COPIED)
_V2_CONTAINERS: Final = _parents(v2 for _, _, v2 in _COPIED)


def _note_for(path: str, *, v1: bool) -> str:
    generic = re.sub(r"\[\d+\]", "[]", path)
    for row in AGENT_FIELD_MAP:
        here, there = (row.v1, row.v2) if v1 else (row.v2, row.v1)
        if here == generic and there is None:
            return row.note
    return "not in the v1/v2 mapping table"


# --- small helpers on JSON ---------------------------------------------------------


def _plain(value: Any) -> Any:
    """A deep copy, with every Mapping turned into a dict we may edit."""
    if isinstance(value, Mapping):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, str | int | float | bool | None):
        return value
    return copy.deepcopy(value)


def _lookup(data: Any, path: Path) -> Any:
    for key in path:
        if not isinstance(data, Mapping) or key not in data:
            return _MISSING
        data = data[key]
    return data


def _put(data: dict[str, Any], path: Path, value: Any) -> None:
    for key in path[:-1]:
        data = data.setdefault(key, {})
    data[path[-1]] = value


def _discard(data: dict[str, Any], path: Path) -> None:
    for key in path[:-1]:
        data = data[key]
    del data[path[-1]]


def _merge_missing(base: dict[str, Any], extra: Mapping[str, Any]) -> None:
    """Add what `extra` has and `base` lacks; on a clash `base` (the mapped value) wins."""
    for key, value in extra.items():
        if key not in base:
            base[key] = _plain(value)
        elif isinstance(base[key], dict) and isinstance(value, Mapping):
            _merge_missing(base[key], value)


def _data_paths(
    node: Mapping[str, Any], containers: frozenset[Path], prefix: Path = ()
) -> Iterator[str]:
    """Dotted paths of what `node` holds; an empty container is a presence marker, not data."""
    for key, value in node.items():
        path = (*prefix, key)
        if path in containers and isinstance(value, Mapping):
            yield from _data_paths(value, containers, path)
        else:
            yield ".".join(path)


def _pop_bucket(data: dict[str, Any], key: str) -> dict[str, Any]:
    # A reserved key holding a non-object is not ours: leave it to be kept as unknown data.
    bucket = data.get(key)
    if not isinstance(bucket, Mapping):
        return {}
    del data[key]
    return {str(name): _plain(value) for name, value in bucket.items()}


# --- the generic copier ----------------------------------------------------------


def _normalise(row: FieldMapping, value: Any, *, to_v2: bool) -> Any:
    if isinstance(row.normalize, ValueMap):
        return row.normalize.to_v2(value) if to_v2 else row.normalize.to_v1(value)
    return value


def _copy_fields(
    src: Mapping[str, Any], *, to_v2: bool, recorded: Mapping[str, Any]
) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """Copy every table row from `src` into a new dict of the other shape.

    Returns (converted, residue, originals): residue is `src` minus what was copied, i.e. what
    the other shape has no room for; originals are `src` values a conversion back would not
    reproduce, keyed by `src` path. `recorded` holds such originals from an earlier conversion
    the other way, keyed by destination path.
    """
    containers = _V1_CONTAINERS if to_v2 else _V2_CONTAINERS
    out: dict[str, Any] = {}
    residue: dict[str, Any] = _plain(src)
    originals: dict[str, Any] = {}
    reached: set[Path] = set()  # containers a copied child will recreate on the way back
    container_rows: set[Path] = set()
    for row, v1_path, v2_path in _COPIED:
        src_path, dst_path = (v1_path, v2_path) if to_v2 else (v2_path, v1_path)
        value = _lookup(src, src_path)
        if value is _MISSING:
            continue
        if src_path in containers and isinstance(value, Mapping):
            # llm <-> llmConfig: recreate the object even when empty; its rows fill it.
            container_rows.add(src_path)
            if _lookup(out, dst_path) is _MISSING:
                _put(out, dst_path, {})
            continue
        converted = _normalise(row, value, to_v2=to_v2)
        earlier = recorded.get(".".join(dst_path), _MISSING)
        if earlier is not _MISSING and _normalise(row, earlier, to_v2=not to_v2) == value:
            converted = earlier
        elif _normalise(row, converted, to_v2=not to_v2) != value:
            originals[".".join(src_path)] = _plain(value)
        _put(out, dst_path, _plain(converted))
        _discard(residue, src_path)
        reached.update(src_path[:i] for i in range(1, len(src_path)))
    # An emptied container is recreated on the way back only if a child or its own row maps
    # it; otherwise the empty object stays in the residue as a presence marker.
    for path in sorted(containers, key=len, reverse=True):
        if _lookup(residue, path) == {} and (path in reached or path in container_rows):
            _discard(residue, path)
    return out, residue, originals


# --- web tools: v1 webToolsIds[] + webToolsOverrides{} <-> v2 tools[] -----------------

WEB_TOOL_KEYS: Final[tuple[str, ...]] = ("webToolsIds", "webToolsOverrides")


def _tools_from_v1(ids: Any, overrides: Any) -> Any:
    if ids is None:
        return None
    if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
        return _MISSING
    table = overrides if isinstance(overrides, Mapping) else {}
    return [
        {"toolId": i, "overrides": _plain(table[i])} if i in table else {"toolId": i} for i in ids
    ]


def _usable_ref(ref: Any) -> bool:
    return isinstance(ref, Mapping) and isinstance(ref.get("toolId"), str)


def _tools_to_v1(tools: Any) -> dict[str, Any]:
    """v1's two fields for `tools`, keeping what v1 can say: each toolId and its overrides."""
    if tools is None:
        return {"webToolsIds": None}
    if not isinstance(tools, list):
        return {}
    ids: list[str] = []
    overrides: dict[str, Any] = {}
    for ref in filter(_usable_ref, tools):
        ids.append(ref["toolId"])
        if "overrides" in ref:
            overrides.setdefault(ref["toolId"], _plain(ref["overrides"]))
    return {"webToolsIds": ids, "webToolsOverrides": overrides}


def _from_v1_fields(fields: Mapping[str, Any]) -> Any:
    return _tools_from_v1(
        fields.get("webToolsIds", _MISSING), fields.get("webToolsOverrides", _MISSING)
    )


def _tool_ref_problems(tools: Any, projected: Mapping[str, Any]) -> list[tuple[str, str]]:
    if not isinstance(tools, list):
        return [("tools", "v1 takes a list of tool references")]
    rebuilt = iter(_from_v1_fields(projected))
    problems: list[tuple[str, str]] = []
    for index, ref in enumerate(tools):
        where = f"tools[{index}]"
        if not _usable_ref(ref):
            problems.append((f"{where}.toolId", "v1 webToolsIds needs a string toolId"))
            continue
        again = next(rebuilt)
        for key in sorted(set(ref) | set(again)):
            if ref.get(key, _MISSING) == again.get(key, _MISSING):
                continue
            if key == "overrides":
                reason = "v1 keeps one overrides object per toolId"
            else:
                reason = _note_for(f"{where}.{key}", v1=False)
            problems.append((f"{where}.{key}", reason))
    return problems


# --- the converters ----------------------------------------------------------------


def v1_to_unified(flat: Mapping[str, Any]) -> dict[str, Any]:
    """A v1 flat agent dict as the unified (v2-shaped) dict; nothing is lost."""
    src = _plain(flat)
    v2_only = _pop_bucket(src, V2_ONLY_KEY)
    recorded = _pop_bucket(src, V2_ORIGINALS_KEY)
    web_fields = {key: src.pop(key) for key in WEB_TOOL_KEYS if key in src}

    nested, residue, originals = _copy_fields(src, to_v2=True, recorded=recorded)

    # Web tools go by the same rule as any field: restore the references an earlier lenient
    # conversion recorded while v1 still lists the same tools, else build them from the ids.
    tools = _from_v1_fields(web_fields)
    earlier = recorded.get("tools", _MISSING)
    if earlier is not _MISSING and _tools_to_v1(earlier) == web_fields:
        tools = earlier
    elif _tools_to_v1(tools) != web_fields:
        originals.update(web_fields)
    if tools is not _MISSING:
        nested["tools"] = tools

    _merge_missing(nested, v2_only)
    if residue:
        nested[V1_ONLY_KEY] = residue
    if originals:
        nested[V1_ORIGINALS_KEY] = originals
    return nested


def unified_to_v1(
    nested: Mapping[str, Any], *, strict: bool = True, target: str = V1_TARGET
) -> dict[str, Any]:
    """The unified dict as a v1 flat agent dict.

    Raises UnsupportedFieldError (naming each field and `target`) when `nested` holds data v1
    cannot carry, unless `strict` is False: then that data is kept under "v2Only" and
    "v2Originals" so that `v1_to_unified` gives `nested` back.
    """
    src = _plain(nested)
    v1_only = _pop_bucket(src, V1_ONLY_KEY)
    recorded = _pop_bucket(src, V1_ORIGINALS_KEY)
    tools = src.pop("tools", _MISSING)

    flat, residue, originals = _copy_fields(src, to_v2=False, recorded=recorded)
    problems = [(path, _note_for(path, v1=False)) for path in _data_paths(residue, _V2_CONTAINERS)]

    earlier = {key: recorded[key] for key in WEB_TOOL_KEYS if key in recorded}
    if earlier and _from_v1_fields(earlier) == tools:
        flat.update(earlier)
    else:
        projected = _tools_to_v1(tools) if tools is not _MISSING else {}
        flat.update(projected)
        # v1 still gets every usable toolId; what it cannot say is refused or recorded.
        if _from_v1_fields(projected) != tools:
            problems += _tool_ref_problems(tools, projected)
            originals["tools"] = tools

    if strict and problems:
        raise UnsupportedFieldError(problems, target=target, keep_under=V2_ONLY_KEY)
    _merge_missing(flat, v1_only)
    if not strict:
        if residue:
            flat[V2_ONLY_KEY] = residue
        if originals:
            flat[V2_ORIGINALS_KEY] = originals
    return flat


def v2_to_unified(nested: Mapping[str, Any]) -> dict[str, Any]:
    """A v2 agent dict as the unified dict: the same shape, as a fresh copy."""
    result: dict[str, Any] = _plain(nested)
    return result


def unified_to_v2(
    nested: Mapping[str, Any], *, strict: bool = True, target: str = V2_TARGET
) -> dict[str, Any]:
    """The unified dict as a v2 agent dict.

    Raises UnsupportedFieldError naming each v1-only field held under "v1Only", unless
    `strict` is False: then both v1 buckets are kept as they are. "v1Originals" is
    bookkeeping for the v1 direction and is dropped when strict.
    """
    out: dict[str, Any] = _plain(nested)
    if not strict:
        return out
    out.pop(V1_ORIGINALS_KEY, None)
    v1_only = out.pop(V1_ONLY_KEY, None)
    if isinstance(v1_only, Mapping):
        paths = list(_data_paths(v1_only, _V1_CONTAINERS))
    else:
        paths = [] if v1_only is None else [V1_ONLY_KEY]
    if paths:
        problems = [(path, _note_for(path, v1=True)) for path in paths]
        raise UnsupportedFieldError(problems, target=target, keep_under=V1_ONLY_KEY)
    return out


# --- key names for the snake_case Python surface ------------------------------------

# Values under these keys are copied as they are: their keys are user-chosen (params, overrides,
# schema property names, workflow variables...) or raw wire data kept for exact round trips.
VERBATIM_KEYS: Final = frozenset(
    {
        "params",
        "webToolsOverrides",
        "outcomeResponseShape",
        "workflow",
        "testResult",
        "overrides",
        "ttsParams",
        "voiceRecord",
        "account",
        *RESERVED_KEYS,
    }
)


def _rename_keys(obj: Any, rename: Callable[[str], str], verbatim: frozenset[str]) -> Any:
    if isinstance(obj, Mapping):
        return {
            rename(key): _plain(value) if key in verbatim else _rename_keys(value, rename, verbatim)
            for key, value in obj.items()
        }
    if isinstance(obj, list):
        return [_rename_keys(item, rename, verbatim) for item in obj]
    return _plain(obj)


def snake_keys(obj: Any) -> Any:
    """A copy of camelCase JSON with snake_case keys, except under VERBATIM_KEYS."""
    return _rename_keys(obj, to_snake, VERBATIM_KEYS)

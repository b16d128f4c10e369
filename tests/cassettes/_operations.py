"""Every public operation of the client, each with the cassette that answers it.

Derived from the spec (tests/operation_calls.py, which derives the calls the way the docs'
example catalogue does): each operation of spec/v1.yaml and spec/v2.yaml gives its friendly
``client.<resource>.<method>`` call (when declared) and its generated
``client.<version>.<tag>.<operation>`` one, fed the operation's documented request example,
with a test secret planted in every ``format: password`` field. From the operation's row in
hamsa._operations come the variants: ``to=`` a file for a download, ``wait()`` for an operation
that declares one (x-hamsa-wait), the DeprecationWarning of a deprecated method, and what the
result must be (the envelope's ``data``, a page's items, a file's bytes). Only what a spec
can't say is written here: the values of the ids and inputs a caller supplies (``VALUES``) and
the overlay's own variants (``EXTRA_VARIANTS``).

Each entry makes exactly one request. The sync and async clients, and the plain and raw
variants of an operation, send the same request, so they replay the same cassette.
test_completeness.py checks that this table covers every public operation (_public_api.py).
"""

from __future__ import annotations

import base64
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

import hamsa
from operation_calls import SPEC_DIR, Argument, DerivedCall, derive_calls, documented_answers
from operation_calls import keyword_arguments as _keyword_arguments

from ._support import Target

_TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$")
EXPORT_FILE_NAME = "conversations.xlsx"
# The SDK's own tiny WAV (silence) sent to speech-to-text.
SILENCE_WAV = (
    b"RIFF$\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00\x80>\x00\x00"
    b"\x00}\x00\x00\x02\x00\x10\x00data\x00\x00\x00\x00"
)
# An id the spec gives no name we know (a new operation's): any id will do.
ANY_ID = "99999999-aaaa-4bbb-8ccc-dddddddddddd"

# What the caller supplies, by the name the derived call gives it (a Var): ids, the numbers
# of your own account, and input no documented example can hold (audio bytes).
VALUES: dict[str, Callable[[Target], Any]] = {
    "voice_agent_id": lambda t: t.agent_id,
    "agent_id": lambda t: t.agent_id,
    "conversation_id": lambda t: t.conversation_id,
    "web_tool_id": lambda t: t.web_tool_id,
    "id_": lambda t: t.web_tool_id,  # v2's web tool update calls it id
    "knowledge_base_item_id": lambda t: t.knowledge_base_item_id,
    "voice_dictionary_id": lambda t: t.voice_dictionary_id,
    "dictionary_id": lambda t: t.voice_dictionary_id,
    "project_id": lambda t: t.project_id,
    "user_id": lambda t: t.user_id,
    "phone_number": lambda t: t.phone_number,
    "twilio_phone_number": lambda t: t.phone_number,
    "twilio_account_sid": lambda t: t.twilio_account_sid,
    "twilio_auth_token": lambda t: t.twilio_auth_token,
    "job_id": lambda t: "ed9b5601-f731-441a-8500-d9fc7610ef8f",
    "audio": lambda t: SILENCE_WAV,
}
# Inputs that replace what the documented example holds, wherever the call passes them.
INPUTS: dict[str, Any] = {"audio_base64": base64.b64encode(SILENCE_WAV).decode()}


def lookup(target: Target) -> Callable[[str], Any]:
    def value(name: str) -> Any:
        if name in VALUES:
            return VALUES[name](target)
        if name.endswith("_id") or name.rstrip("_") == "id":
            return ANY_ID
        raise KeyError(f"no test value for {name!r}: add it to VALUES in {__name__}")

    return value


def arguments_of(arguments: tuple[Argument, ...], target: Target) -> dict[str, Any]:
    values = _keyword_arguments(arguments, lookup(target))
    return {name: INPUTS.get(name, value) for name, value in values.items()}


def same_json(data: Any) -> Any:
    """JSON with its timestamps as instants: the models write "...13.221Z" back as
    "...13.221000+00:00", the same moment."""
    if isinstance(data, dict):
        return {key: same_json(value) for key, value in data.items()}
    if isinstance(data, list):
        return [same_json(item) for item in data]
    if isinstance(data, str) and _TIMESTAMP.match(data):
        return datetime.fromisoformat(data)
    return data


# --- what each result must be -------------------------------------------------------------------
# A check gets the parsed result, and the body the cassette played back (its JSON, or its bytes
# for a file), or None while the cassette is being recorded.

Check = Callable[[Any, Any], None]


def _items(result: Any) -> list[Any]:
    """A list's items: all of them (the plain method), or one Page's (the raw twin)."""
    if isinstance(result, hamsa.Page):
        assert result.number == 1
        return list(result.items)
    assert isinstance(result, list)
    return result


def _dig(body: Any, key: str | None) -> Any:
    return body if key is None else body[key]


def _leaves(data: Any) -> list[Any]:
    if isinstance(data, dict):
        return [leaf for value in data.values() for leaf in _leaves(value)]
    if isinstance(data, list):
        return [leaf for value in data for leaf in _leaves(value)]
    return [data]


def _of_declared_type(value: Any, call: DerivedCall) -> bool:
    """The method's return annotation names the value's class (as itself or a V1/V2 alias)."""
    name = type(value).__name__
    declared = f"{call.returns} {call.raw_returns}"
    return any(re.search(rf"\b{prefix}{name}\b", declared) for prefix in ("", "V1", "V2"))


def check_for(call: DerivedCall) -> Check:
    """What the call's result must be, from its row in hamsa._operations: the whole body for
    a generated method; for a friendly one the envelope's field (x-hamsa-envelope), a page's
    items (x-hamsa-pagination) or the unified agent; a file's bytes for a download."""
    record = call.record

    def check(result: Any, recorded: Any) -> None:
        if isinstance(result, Path):
            assert result.name == EXPORT_FILE_NAME and result.is_file()
            assert not list(result.parent.glob(".*.part")), "no partial file is left behind"
            result = result.read_bytes()
        if record.download:
            assert isinstance(result, bytes) and result
            if recorded is not None:
                assert result == recorded
            return
        if call.generated:
            assert _of_declared_type(result, call), (type(result), call.returns)
            if recorded is not None:
                assert same_json(result.to_wire()) == same_json(recorded)
            return
        expected = None if recorded is None else _dig(recorded, record.envelope)
        if record.pagination is not None:
            items = _items(result)
            assert all(_of_declared_type(item, call) for item in items)
            if recorded is not None:
                expected = _dig(expected, record.pagination.items)
                assert [same_json(_wire(item)) for item in items] == same_json(expected)
                assert items, "the documented page has items"
            return
        if not hasattr(result, "to_wire") and not isinstance(result, hamsa.VoiceAgent):
            assert isinstance(result, str | int | float | bool)  # one field, e.g. a transcript
            if recorded is not None:
                assert result in _leaves(recorded)
            return
        assert _of_declared_type(result, call), (type(result), call.returns)
        if isinstance(result, hamsa.VoiceAgent):
            assert result.api_version == call.version
            assert isinstance(result.id, str) and result.id
        if recorded is not None:
            assert same_json(_wire(result)) == same_json(expected)

    return check


def _wire(value: Any) -> Any:
    return value.raw if isinstance(value, hamsa.VoiceAgent) else value.to_wire()


# --- the table ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Operation:
    """``client.<resource>.<method>(**arguments(target))``, answered by ``cassette``."""

    resource: str
    method: str
    arguments: Callable[[Target], dict[str, Any]]
    check: Check
    """Asserts on the parsed result; compares it with the recorded body when replayed."""
    cassette: str
    variant: str = ""
    raw: bool = True
    """Also replayed through its raw twin (False: the method has none, e.g. conversations.wait,
    or the variant is the plain method's alone, e.g. export to a file)."""
    to_file: bool = False
    """Called with ``to=<a file in the test's temporary directory>``."""
    warns: type[Warning] | None = None
    """The warning the call must give (a deprecated method's)."""
    raw_arguments: Callable[[Target], dict[str, Any]] | None = None
    """The raw twin's arguments, where they differ (stt.transcribe's twin takes base64)."""
    raises: type[BaseException] | None = None
    """The error the call must end with (jobs.wait on a job that stays PENDING)."""
    version: str = ""
    """The API version (spec) the request goes to."""

    @property
    def name(self) -> str:
        """The public operation this entry covers, e.g. ``v1.calls.start_call``."""
        return f"{self.resource}.{self.method}"

    @property
    def id(self) -> str:
        return self.name + (f"-{self.variant}" if self.variant else "")

    def call(
        self, client: Any, target: Target, *, raw: bool = False, workdir: Path | None = None
    ) -> Any:
        """The plain method, or its raw variant: ``with_raw_response`` on the friendly
        resources, ``<method>_with_response`` on the generated v1/v2 ones. A paginator is
        iterated to the end (async: the coroutine that does so is returned)."""
        owner = client
        for name in self.resource.split("."):
            owner = getattr(owner, name)
        method = self.method
        if raw and self.resource.startswith(("v1.", "v2.")):
            method += "_with_response"
        elif raw:
            owner = owner.with_raw_response
        arguments = (self.raw_arguments if raw and self.raw_arguments else self.arguments)(target)
        if self.to_file:
            assert workdir is not None, f"{self.id} writes a file: pass a workdir"
            arguments["to"] = workdir / EXPORT_FILE_NAME
        return collect(getattr(owner, method)(**arguments))


def collect(result: Any) -> Any:
    """A stream's bytes, a paginator's items (async: a coroutine that collects them)."""
    if isinstance(result, hamsa.SyncPaginator):
        return list(result)
    if isinstance(result, hamsa.AsyncPaginator):
        paginator = result

        async def every_item() -> list[Any]:
            return [item async for item in paginator]

        return every_item()
    if hasattr(result, "__aiter__") and not hasattr(result, "to_wire"):
        stream = result

        async def every_chunk() -> bytes:
            return b"".join([chunk async for chunk in stream])

        return every_chunk()
    if hasattr(result, "__iter__") and type(result).__name__.endswith("Stream"):
        return b"".join(result)
    return result


def _cassette(call: DerivedCall) -> str:
    return call.target + (f".{call.variant}" if call.variant else "")


def _entry(call: DerivedCall, **changes: Any) -> Operation:
    raw_arguments = call.raw_arguments
    entry = Operation(
        call.resource,
        call.method,
        lambda t: arguments_of(call.arguments, t),
        check_for(call),
        cassette=_cassette(call),
        variant=call.variant,
        warns=DeprecationWarning if call.record.deprecated and not call.generated else None,
        raw_arguments=(lambda t: arguments_of(raw_arguments, t)) if raw_arguments else None,
        version=call.version,
    )
    return replace(entry, **changes)


def _final(call: DerivedCall, answers: dict[tuple[str, str], Any]) -> bool:
    """Whether the documented answer's status (x-hamsa-wait's field) is final (x-hamsa-final)."""
    from hamsa._operations import STATUS_ENUMS

    body = answers.get((call.http_method, call.path))
    try:
        status = _dig(body, call.record.envelope)[call.record.wait.field]
    except (KeyError, TypeError):
        return False
    return any(status in enum.final for enum in STATUS_ENUMS if enum.version == call.version)


def _without(call: DerivedCall, name: str) -> DerivedCall:
    kept = tuple(arg for arg in call.arguments if arg.name != name)
    return replace(call, arguments=kept, variant=f"without-{name.replace('_', '-')}")


def _inline_agent(call: DerivedCall, agent: dict[str, Any]) -> DerivedCall:
    kept = tuple(arg for arg in call.arguments if arg.name != "voice_agent_id")
    return replace(call, arguments=(*kept, Argument("agent", agent, True)), variant="inline-agent")


def _body_fields(call: DerivedCall) -> set[str]:
    """The top-level fields the operation's JSON request body declares, as the unified agent
    names them (v2's, snake_case)."""
    from hamsa._agent_mapping import AGENT_FIELD_MAP

    from ._spec import load_spec, spec_of, spec_operation

    spec = spec_of(call.path)
    document = load_spec(spec)
    body = spec_operation(spec, call.http_method, call.path).get("requestBody") or {}
    schema = (body.get("content") or {}).get("application/json", {}).get("schema") or {}
    while "$ref" in schema:
        schema = document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    declared = set(schema.get("properties") or {})
    to_unified = {row.v1: row.v2 for row in AGENT_FIELD_MAP if row.v1 and row.v2}
    unified = {to_unified.get(name, name).split(".")[0] for name in declared}
    return {re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower() for name in unified}


def _every_agent_field(call: DerivedCall, calls: list[DerivedCall]) -> DerivedCall:
    """Every agent field voice_agents.create's documented example has that ``call`` takes and
    its API version's body declares (through hamsa._agent_mapping)."""
    (create,) = (other for other in calls if other.target == "voice_agents.create")
    kept_fields = _body_fields(call)
    fields = [
        arg
        for arg in create.arguments
        if arg.keyword and arg.name in call.takes and arg.name in kept_fields
    ]
    named = {arg.name for arg in fields}
    kept = tuple(arg for arg in call.arguments if arg.name not in named)
    return replace(call, arguments=(*kept, *fields), variant="every-agent-field")


# The overlay's own variants, which no spec can say: clone without a name (the copy is named
# from the original), and the unified agent's update with every field create documents, which
# the v1/v2 mapping turns into v1's flat shape. (A call with a one-off agent instead of a saved
# one's id comes from the signature: every method that takes ``agent``.)
EXTRA_VARIANTS: tuple[tuple[str, Callable[[DerivedCall, list[DerivedCall]], DerivedCall]], ...] = (
    ("voice_agents.clone", lambda call, calls: _without(call, "name")),
    ("voice_agents.update", _every_agent_field),
)


def variants(
    call: DerivedCall, calls: list[DerivedCall], answers: dict[tuple[str, str], Any]
) -> list[Operation]:
    """The entries one derived call gives."""
    entries = [_entry(call)]
    if call.generated:
        return entries
    if "to" in call.takes:  # a download can be written to a file
        entries.append(_entry(call, variant="to-file", raw=False, to_file=True))
    wait = call.record.wait
    if wait is not None:
        waits = Operation(
            call.resource,
            wait.method,
            lambda t: {**arguments_of(call.arguments, t), "poll_interval": 0, "max_wait": 0},
            check_for(call),
            cassette=_cassette(call),
            raw=False,
            version=call.version,
        )
        # The documented answer is final: one request; else it gives up at max_wait=0.
        entries.append(
            waits if _final(call, answers) else replace(waits, raises=hamsa.APITimeoutError)
        )
    if "agent" in call.takes:
        agent = inline_agent(calls)
        entries.append(_entry(_inline_agent(call, agent)))
    for target, make in EXTRA_VARIANTS:
        if call.target == target:
            entries.append(_entry(make(call, calls)))
    return entries


def inline_agent(calls: list[DerivedCall]) -> dict[str, Any]:
    """The agent fields voice_agents.update is called with (the v1 shape a call's inline agent
    takes), and a name."""
    (update,) = (call for call in calls if call.target == "voice_agents.update")
    fields = {arg.name: arg.value for arg in update.arguments if arg.keyword}
    return {"name": "Inline agent", **fields}


@functools.cache
def derived_operations(
    spec_dir: Path = SPEC_DIR, *, every_example: bool = False
) -> tuple[Operation, ...]:
    """The table for the specs in ``spec_dir``; with ``every_example``, the generated methods
    are called with each documented request example, not only the first."""
    calls = derive_calls(spec_dir, every_example=every_example)
    answers = {(a.method, a.template): a.body for a in documented_answers(spec_dir)}
    return tuple(entry for call in calls for entry in variants(call, calls, answers))


OPERATIONS: tuple[Operation, ...] = derived_operations()


def entry(name: str, variant: str = "") -> Operation:
    """The table's entry for ``name`` (e.g. ``voice_agents.create``)."""
    (found,) = (op for op in OPERATIONS if op.name == name and op.variant == variant)
    return found

"""From the SDK's snake_case keyword arguments to the API's camelCase wire dicts, and on into
the generated request models, with input mistakes reported as RequestValidationError."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Final, Protocol, Self, TypeVar

from ._agent_mapping import VERBATIM_KEYS, to_camel, to_snake
from ._base_client import NOT_GIVEN
from ._exceptions import RequestValidationError, Violation, Withheld
from ._parsing import ModelParseError, lenient_types

# Maps whose keys the user chooses (placeholder names, schema properties, HTTP header names, URL
# parameters...): camelCasing them would change what is sent.
USER_KEYED: Final = frozenset(
    {
        "http_headers",
        "path_parameters",
        "query_params",
        "body",
        *(to_snake(key) for key in VERBATIM_KEYS),
    }
)
_SCALARS: Final = frozenset({str, int, float, bool, type(None)})
# snake_case -> camelCase for the keys seen so far: a dict lookup instead of a call per key.
_CAMEL: dict[str, str] = {}


def _camel(key: str) -> str:
    name = _CAMEL.get(key)
    if name is None:
        name = to_camel(key)
        if len(_CAMEL) < 4096:  # keys come from code, but stay bounded anyway
            _CAMEL[key] = name
    return name


def _wire(value: Any, rename: bool) -> Any:
    # One pass, exact-type fast paths first, scalars inline: this runs on every request body.
    kind = type(value)
    if kind in _SCALARS:
        return value
    if kind is dict or isinstance(value, Mapping):
        if not rename:
            return {
                key: item if type(item) in _SCALARS else _wire(item, False)
                for key, item in value.items()
            }
        return {
            (_CAMEL.get(key) or _camel(key) if type(key) is str else key): (
                item if type(item) in _SCALARS else _wire(item, key not in USER_KEYED)
            )
            for key, item in value.items()
        }
    if kind is list or kind is tuple:
        return [item if type(item) in _SCALARS else _wire(item, rename) for item in value]
    to_wire = getattr(value, "to_wire", None)
    if to_wire is not None:
        return to_wire()  # a model gives its own, already wire-shaped dict
    if isinstance(value, str | bytes):
        return value
    if isinstance(value, Sequence):
        return [_wire(item, rename) for item in value]
    return value


def to_wire(value: Any) -> Any:
    """A copy for the wire: model objects give their own dict; plain dicts get camelCase keys,
    except inside user-keyed data such as params or http_headers (USER_KEYED)."""
    return _wire(value, True)


def wire_fields(fields: Mapping[str, Any]) -> dict[str, Any]:
    """Keyword arguments (snake_case, NOT_GIVEN meaning 'leave out') as a camelCase dict."""
    return {
        _CAMEL.get(key)
        or _camel(key): (value if type(value) in _SCALARS else _wire(value, key not in USER_KEYED))
        for key, value in fields.items()
        if value is not NOT_GIVEN
    }


class _RequestModel(Protocol):
    _REQUIRED_JSON_KEYS: ClassVar[tuple[str, ...]]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...

    def collect_violations(
        self, prefix: str = "", out: list[Violation] | None = None
    ) -> list[Violation]: ...


M = TypeVar("M", bound=_RequestModel)


class _WireModel(_RequestModel, Protocol):
    @classmethod
    def _wire_ok(cls, d: Mapping[str, Any]) -> bool: ...

    def to_wire(self) -> dict[str, Any]: ...


W = TypeVar("W", bound=_WireModel)


def build_model(model: type[M], data: Mapping[str, Any], *, prefix: str = "") -> M:
    """Parse user input into a request model and check it, reporting every problem at once:
    missing required fields, values of the wrong shape, and broken constraints."""
    missing = [key for key in model._REQUIRED_JSON_KEYS if key not in data]
    # A response shape also checked as input (x-hamsa-request-checks) requires less of input.
    required = getattr(model, "_INPUT_REQUIRED_JSON_KEYS", model._REQUIRED_JSON_KEYS)
    violations = [
        Violation(prefix + to_snake(key), None, "is required") for key in missing if key in required
    ]
    # Stand-ins for missing required fields, so the other fields still get checked: None for
    # what input must carry (reported above), an empty object for what only an answer carries
    # (a response shape checked as input, whose built instance is never sent).
    stand_in: dict[str, Any] = {key: None if key in required else {} for key in missing}
    try:
        with lenient_types():
            instance = model.from_dict({**data, **stand_in})
    except ModelParseError as error:
        path = prefix + ".".join(to_snake(part) for part in error.path)
        violations.append(
            # The reason names the type; the value itself may be a secret in the wrong place
            # (webhook_auth="<the secret>"), so only its type is kept.
            Violation(
                path or "body", Withheld.of(error.value), f"has the wrong shape ({error.reason})"
            )
        )
        raise RequestValidationError(violations) from error
    stand_ins = tuple(prefix + to_snake(key) for key in missing)
    violations += [
        v
        for v in instance.collect_violations(prefix)
        if not any(v.path == s or v.path.startswith(s + ".") for s in stand_ins)
    ]
    if violations:
        raise RequestValidationError(violations)
    return instance


def checked_wire(model: type[W], data: dict[str, Any], *, prefix: str = "") -> dict[str, Any]:
    """The JSON body to send for ``data``, checked as build_model checks it.

    A body the model's generated ``_wire_ok`` proves valid, and JSON-ready as it stands, is
    sent as is: no model is built, checked and written back out. Anything else goes through
    build_model, which raises RequestValidationError with every problem, or returns the model
    whose to_wire() is sent."""
    if model._wire_ok(data):
        return data
    return built_wire(model, data, prefix=prefix)


def built_wire(model: type[W], data: Mapping[str, Any], *, prefix: str = "") -> dict[str, Any]:
    """build_model's model as the body to send. The stand-ins for the fields a response shape
    checked as input (x-hamsa-request-checks) does not require of input are left out."""
    body = build_model(model, data, prefix=prefix).to_wire()
    if hasattr(model, "_INPUT_REQUIRED_JSON_KEYS"):
        for key in model._REQUIRED_JSON_KEYS:
            if key not in data:
                del body[key]
    return body


def check_wire(model: type[W], data: Mapping[str, Any], *, prefix: str = "") -> None:
    """Raise RequestValidationError if ``data`` breaks ``model``'s shape or constraints."""
    if not model._wire_ok(data):
        build_model(model, data, prefix=prefix)


def strict_wire(model: type[W], data: dict[str, Any], *, prefix: str = "") -> dict[str, Any]:
    """checked_wire, also refusing every key ``model`` (or a model inside it) doesn't declare,
    with the closest known name: a typo is never sent silently. Every problem is reported in
    one RequestValidationError."""
    from ._unknown_keys import unknown_keys

    try:
        instance = build_model(model, data, prefix=prefix)
    except RequestValidationError as error:
        try:
            typos = unknown_keys(model.from_dict(data), prefix)
        except Exception:  # the shape is too wrong to walk; error says so already
            typos = []
        raise RequestValidationError([*typos, *error.violations]) from error
    typos = unknown_keys(instance, prefix)
    if typos:
        raise RequestValidationError(typos)
    return data if model._wire_ok(data) else instance.to_wire()


def request_body(model: type[W], body: object) -> dict[str, Any]:
    """A per-version operation's body given as its wire dict (``client.v1.voice_agents.
    update_voice_agent(id, body={"agentName": ...})``): checked like the model, unknown keys
    refused, and sent as written. Anything else names the types the body may have."""
    if isinstance(body, Mapping):
        return strict_wire(model, dict(body))
    raise RequestValidationError(
        [
            Violation(
                "body",
                Withheld.of(body),
                f"must be a {model.__name__} or a dict of its JSON (camelCase) fields",
            )
        ]
    )

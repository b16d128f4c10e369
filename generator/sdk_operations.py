"""The operation table: every operation of the specs with its SDK declaration.

    python generator/sdk_operations.py            # print the table of spec/v1.yaml + spec/v2.yaml

Each operation of spec/vN.yaml declares how the friendly client exposes it with the
``x-hamsa-*`` extensions described in docs/spec-evolution.md ("SDK extensions"). This module
reads them (and, for an operation that declares nothing, applies the default naming rule) and
returns one record per operation; generate.py writes the records into the package as
``hamsa/_operations.py``, so runtime code, MockHamsa and the tests use them without spec/.

Default rule, for an operation without ``x-hamsa-resource`` / ``x-hamsa-method``: the resource
is the snake_case of its first tag; the method is its operationId without the resource's words
(plural or singular), e.g. ``delete_web_tool`` in ``web_tools`` -> ``web_tools.delete``,
``get_statistics_numbers`` in ``statistics`` -> ``statistics.get_numbers``. Declared names are
reserved first; a default name that clashes with a name already taken on its resource (across
both versions: the friendly client is one) falls back to the operationId, then to
``<operationId>_<version>``. Two operations that DECLARE the same name are an error.
"""

from __future__ import annotations

import keyword
import re
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, NamedTuple

ROOT = Path(__file__).resolve().parent.parent
VERSIONS = ("v1", "v2")
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Without x-hamsa-idempotent, retries follow the HTTP method (hamsa._retry.IDEMPOTENT_METHODS;
# a test keeps the two equal).
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "PATCH", "DELETE"})
PAGINATION_STYLES = ("page", "offset", "none")
OPERATION_EXTENSIONS = frozenset(
    {
        "x-hamsa-resource",
        "x-hamsa-method",
        "x-hamsa-friendly",
        "x-hamsa-envelope",
        "x-hamsa-pagination",
        "x-hamsa-download",
        "x-hamsa-idempotent",
        "x-hamsa-wait",
        "x-hamsa-instead",
        "x-hamsa-result",
        "x-hamsa-before",
    }
)
# x-hamsa-download: true (bytes, or written to ``to=``) or stream (a lazy stream of chunks).
BEFORE_KEYS = ("keyword", "call", "arguments")
PAGINATION_KEYS = (
    "style",
    "page_param",
    "size_param",
    "page_size",
    "in",
    "items",
    "total",
    "filtered",
    "eager",
)
# Where the page number and size travel: query parameters, or fields of the JSON body.
PAGE_LOCATIONS = ("query", "body")
# Request-side extensions, on a parameter, a request body property or a request body schema.
# x-hamsa-project-id: the projectId the client's project_id setting fills in when left out.
PROJECT_ID = "x-hamsa-project-id"
PARAMETER_EXTENSIONS = frozenset(
    {
        "x-hamsa-text-boolean",
        "x-hamsa-positional",
        "x-hamsa-input",
        "x-hamsa-after",
        "x-hamsa-period",
        "x-hamsa-keyword",
        PROJECT_ID,
    }
)
PROPERTY_EXTENSIONS = frozenset(
    {
        "x-hamsa-positional",
        "x-hamsa-keyword",
        "x-hamsa-default",
        "x-hamsa-unified-agent",
        "x-hamsa-input",
        PROJECT_ID,
    }
)
BODY_EXTENSIONS = frozenset({"x-hamsa-check", "x-hamsa-prepare"})
# x-hamsa-input on a query parameter: how the method takes a value the wire spells otherwise.
QUERY_INPUTS = ("instant", "utc-offset")
# x-hamsa-input on a body property: wav-base64 takes WAV audio (a path, bytes or a binary file),
# checks it and sends it base64-encoded (hamsa._audio.wav_base64).
BODY_INPUTS = ("wav-base64",)
# Keywords every friendly method has, which no body field or parameter may take.
RESERVED_KEYWORDS = frozenset(
    {
        "self",
        "timeout",
        "max_retries",
        "extra_headers",
        "extra_query",
        "extra_body",
        "page",
        "page_size",
    }
)
_IDENTIFIER = re.compile(r"^[a-z][a-z0-9_]*$")
_TYPED_DICT = re.compile(r"^[A-Z][A-Za-z0-9]*$")
_CALL = re.compile(r"^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$")
_PATH = re.compile(r"^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$")


class SpecError(ValueError):
    """An x-hamsa-* declaration that is malformed or clashes with another."""


class Pagination(NamedTuple):
    style: str  # "page": page_param is a 1-based page number; "offset": an item offset; "none"
    page_param: str | None  # query parameter (wire name) of the page number or offset
    size_param: str | None  # query parameter (wire name) of the page size
    items: str | None  # dotted path, from the unwrapped value, to the list of items
    total: str | None  # dotted path to the counter of all items, if the API sends one
    filtered: str | None  # dotted path to the counter of the items the filters match
    eager: bool = False  # the method reads every page and returns a list (uncounted lists)
    page_size: int | None = None  # the size the method asks for unless told (else the API's)
    page_in: str = "query"  # "body": page_param and size_param are JSON body fields


class Wait(NamedTuple):
    method: str  # client.<resource>.<method> that polls
    field: str  # the status field (wire name) of the value the operation returns


class Before(NamedTuple):
    keyword: str  # the boolean keyword of the method that asks for the call
    resource: str  # client.<resource>.<method> called first
    method: str
    arguments: tuple[tuple[str, str], ...]  # (keyword of that call, keyword of this method)


class Operation(NamedTuple):
    version: str
    operation_id: str
    http_method: str  # upper case
    path: str
    tag: str | None
    resource: str  # client.<resource>
    method: str  # client.<resource>.<method>
    friendly: bool  # False: only client.vN.<tag>.<operation_id> exposes it
    declared: bool  # True: resource and method come from the spec, not the default rule
    pagination: Pagination | None
    envelope: str | None  # dotted path of the value in the JSON body; None: the whole body
    download: bool  # the 2xx body is a file (bytes), not JSON
    idempotent: bool  # may be retried automatically
    deprecated: bool
    wait: Wait | None = None  # a method polling this operation until a final status
    instead: str | None = None  # for a deprecated operation: the call to use instead
    stream: bool = False  # x-hamsa-download: stream: a lazy stream of the body's chunks
    result: str | None = None  # hamsa.resources._results.<result> builds the returned value
    before: Before | None = None  # a call made first when the method's keyword asks for it


class StatusEnum(NamedTuple):
    version: str
    schema: str  # name under components/schemas
    values: tuple[str, ...]  # the documented values, in spec order
    final: tuple[str, ...]  # those after which the record no longer changes (x-hamsa-final)


# --- naming ----------------------------------------------------------------------------------


def snake_case(name: str) -> str:
    """``WebTools``, ``web-tools``, ``webTools`` and ``web tools`` all give ``web_tools``."""
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 3:
        return word[:-3] + "y"
    if word.endswith(("ses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 1:
        return word[:-1]
    return word


def _without(words: list[str], part: list[str]) -> list[str] | None:
    """``words`` with the first run equal to ``part`` removed, or None when there is none."""
    for start in range(len(words) - len(part) + 1):
        if words[start : start + len(part)] == part:
            return words[:start] + words[start + len(part) :]
    return None


def default_resource(tag: str | None) -> str:
    resource = snake_case(tag) if tag else ""
    if not resource or not resource[0].isalpha():
        resource = f"default_{resource}".strip("_") if resource else "default"
    return resource


def default_method(operation_id: str, resource: str) -> str:
    """The operationId without the resource's words: ``delete_web_tool`` in ``web_tools`` is
    ``delete``. The plural words are tried first, then the singular ones (the last word
    singular: ``voice_dictionaries`` -> ``voice_dictionary``)."""
    words = snake_case(operation_id).split("_")
    plural = resource.split("_")
    singular = [*plural[:-1], _singular(plural[-1])]
    for part in (plural, singular):
        rest = _without(words, part)
        if rest:
            return _safe_identifier("_".join(rest), operation_id)
    return _safe_identifier(snake_case(operation_id), operation_id)


def _safe_identifier(name: str, operation_id: str) -> str:
    if not name or not name[0].isalpha():
        name = snake_case(operation_id)
    return f"{name}_" if keyword.iskeyword(name) else name


# --- reading one spec ------------------------------------------------------------------------


class _Raw(NamedTuple):
    version: str
    operation_id: str
    http_method: str
    path: str
    tag: str | None
    declared_resource: str | None
    declared_method: str | None
    friendly: bool
    pagination: Pagination | None
    envelope: str | None
    download: bool
    idempotent: bool
    deprecated: bool
    wait: Wait | None
    instead: str | None
    stream: bool
    result: str | None
    before: Before | None


def _where(version: str, method: str, path: str) -> str:
    return f"{version} {method.upper()} {path}"


def _name(op: Mapping[str, Any], key: str, where: str) -> str | None:
    value = op.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not _IDENTIFIER.match(value) or keyword.iskeyword(value):
        raise SpecError(f"{where}: {key} must be a snake_case Python name, not {value!r}")
    return value


def _bool(op: Mapping[str, Any], key: str, default: bool, where: str) -> bool:
    value = op.get(key, default)
    if not isinstance(value, bool):
        raise SpecError(f"{where}: {key} must be true or false, not {value!r}")
    return value


def _dotted(value: Any, key: str, where: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not _PATH.match(value):
        raise SpecError(f"{where}: {key} must be a dotted path such as data.items, not {value!r}")
    return value


def _pagination(
    document: Mapping[str, Any], op: Mapping[str, Any], where: str
) -> Pagination | None:
    raw = op.get("x-hamsa-pagination")
    if raw is None:
        return None
    key = "x-hamsa-pagination"
    if not isinstance(raw, Mapping):
        raise SpecError(f"{where}: {key} must be a mapping")
    unknown = sorted(set(raw) - set(PAGINATION_KEYS))
    if unknown:
        raise SpecError(f"{where}: {key} has unknown keys {unknown}; known: {PAGINATION_KEYS}")
    style = raw.get("style")
    if style not in PAGINATION_STYLES:
        raise SpecError(f"{where}: {key}.style must be one of {PAGINATION_STYLES}, not {style!r}")
    params = {}
    for name in ("page_param", "size_param"):
        value = raw.get(name)
        if value is not None and not isinstance(value, str):
            raise SpecError(f"{where}: {key}.{name} must be a query parameter name")
        params[name] = value
    if style != "none" and not (params["page_param"] and raw.get("items")):
        raise SpecError(f"{where}: {key} with style {style} needs page_param and items")
    page_in = raw.get("in", "query")
    if page_in not in PAGE_LOCATIONS:
        raise SpecError(f"{where}: {key}.in must be one of {PAGE_LOCATIONS}, not {page_in!r}")
    if page_in == "body":
        declared = set(_body_properties(document, op))
        what = "a property of the request body"
    else:
        declared = {p.get("name") for p in op.get("parameters") or () if isinstance(p, Mapping)}
        what = "a parameter of the operation"
    for name, value in params.items():
        if value is not None and value not in declared:
            raise SpecError(f"{where}: {key}.{name} {value!r} is not {what}")
    return Pagination(
        style=style,
        page_param=params["page_param"],
        size_param=params["size_param"],
        items=_dotted(raw.get("items"), f"{key}.items", where),
        total=_dotted(raw.get("total"), f"{key}.total", where),
        filtered=_dotted(raw.get("filtered"), f"{key}.filtered", where),
        eager=_bool(raw, "eager", False, f"{where}: {key}"),
        page_size=_page_size(raw.get("page_size"), f"{where}: {key}.page_size"),
        page_in=page_in,
    )


def _page_size(value: Any, where: str) -> int | None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
        raise SpecError(f"{where} must be a whole number of at least 1, not {value!r}")
    return value


def _body_properties(document: Mapping[str, Any], op: Mapping[str, Any]) -> dict[str, Any]:
    content = (op.get("requestBody") or {}).get("content") or {}
    for media in content.values():
        schema = _resolved(document, (media or {}).get("schema") or {})
        if isinstance(schema, Mapping):
            return dict(schema.get("properties") or {})
    return {}


def _operations_of(document: Mapping[str, Any], version: str) -> list[_Raw]:
    found: list[_Raw] = []
    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, Mapping):
            continue
        for method in HTTP_METHODS:  # a fixed order, whatever the spec's key order
            op = item.get(method)
            if not isinstance(op, Mapping):
                continue
            where = _where(version, method, path)
            operation_id = op.get("operationId")
            if not isinstance(operation_id, str) or not operation_id:
                raise SpecError(f"{where}: every operation needs an operationId")
            unknown = sorted(
                k for k in op if k.startswith("x-hamsa-") and k not in OPERATION_EXTENSIONS
            )
            if unknown:
                raise SpecError(f"{where}: unknown extensions {unknown}")
            _check_request_extensions(document, op, where)
            tags = op.get("tags") or []
            idempotent = op.get("x-hamsa-idempotent")
            found.append(
                _Raw(
                    version=version,
                    operation_id=operation_id,
                    http_method=method.upper(),
                    path=str(path),
                    tag=str(tags[0]) if tags else None,
                    declared_resource=_name(op, "x-hamsa-resource", where),
                    declared_method=_name(op, "x-hamsa-method", where),
                    friendly=_bool(op, "x-hamsa-friendly", True, where),
                    pagination=_pagination(document, op, where),
                    envelope=_dotted(op.get("x-hamsa-envelope"), "x-hamsa-envelope", where),
                    download=_download(op, where) is not False,
                    idempotent=(
                        _bool(op, "x-hamsa-idempotent", True, where)
                        if idempotent is not None
                        else method.upper() in IDEMPOTENT_METHODS
                    ),
                    deprecated=_bool(op, "deprecated", False, where),
                    wait=_wait(op, where),
                    instead=_instead(op, where),
                    stream=_download(op, where) == "stream",
                    result=_result(op, where),
                    before=_before(op, where),
                )
            )
    return found


def _download(op: Mapping[str, Any], where: str) -> bool | str:
    value = op.get("x-hamsa-download", False)
    if not (isinstance(value, bool) or value == "stream"):
        raise SpecError(f"{where}: x-hamsa-download must be true, false or stream, not {value!r}")
    return "stream" if value == "stream" else bool(value)


def _result(op: Mapping[str, Any], where: str) -> str | None:
    value = op.get("x-hamsa-result")
    if value is None:
        return None
    if not isinstance(value, str) or not _IDENTIFIER.match(value):
        raise SpecError(
            f"{where}: x-hamsa-result must name a function of hamsa.resources._results, "
            f"not {value!r}"
        )
    if op.get("x-hamsa-download"):
        raise SpecError(f"{where}: x-hamsa-result builds a JSON value; a download has none")
    return value


def _before(op: Mapping[str, Any], where: str) -> Before | None:
    raw = op.get("x-hamsa-before")
    if raw is None:
        return None
    key = "x-hamsa-before"
    shape = f"{where}: {key} must be {{keyword: <name>, call: <resource>.<method>, arguments: "
    shape += "{<keyword of that call>: <keyword of this method>}}"
    if not isinstance(raw, Mapping) or set(raw) != set(BEFORE_KEYS):
        raise SpecError(shape)
    keyword_name, call, arguments = raw["keyword"], raw["call"], raw["arguments"]
    if (
        not _free_name(keyword_name)
        or not isinstance(call, str)
        or not _CALL.match(call)
        or not isinstance(arguments, Mapping)
        or not arguments
        or not all(
            isinstance(k, str)
            and isinstance(v, str)
            and _IDENTIFIER.match(k)
            and _IDENTIFIER.match(v)
            for k, v in arguments.items()
        )
    ):
        raise SpecError(shape)
    resource, _, method = call.partition(".")
    return Before(keyword_name, resource, method, tuple(sorted(arguments.items())))


def _wait(op: Mapping[str, Any], where: str) -> Wait | None:
    raw = op.get("x-hamsa-wait")
    if raw is None:
        return None
    key = "x-hamsa-wait"
    if not isinstance(raw, Mapping) or set(raw) != {"method", "status"}:
        raise SpecError(f"{where}: {key} must be a mapping of method and status")
    method = _name(raw, "method", f"{where}: {key}")
    status = raw.get("status")
    if method is None or not isinstance(status, str) or not status:
        raise SpecError(f"{where}: {key} needs a method name and a status field")
    if str(op.get("x-hamsa-method", "")) == method:
        raise SpecError(f"{where}: {key}.method {method!r} is the operation's own name")
    return Wait(method=method, field=status)


def _instead(op: Mapping[str, Any], where: str) -> str | None:
    value = op.get("x-hamsa-instead")
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise SpecError(f"{where}: x-hamsa-instead must name the call to use instead")
    if not op.get("deprecated"):
        raise SpecError(f"{where}: x-hamsa-instead belongs on a deprecated operation")
    return value


def _resolved(document: Mapping[str, Any], node: Any) -> Any:
    while isinstance(node, Mapping) and "$ref" in node:
        target: Any = document
        for part in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target.get(part, {}) if isinstance(target, Mapping) else {}
        node = target
    return node


def _unknown(node: Mapping[str, Any], known: frozenset[str], where: str) -> None:
    unknown = sorted(k for k in node if str(k).startswith("x-hamsa-") and k not in known)
    if unknown:
        raise SpecError(f"{where}: unknown extensions {unknown}; known here: {sorted(known)}")


def _check_request_extensions(
    document: Mapping[str, Any], op: Mapping[str, Any], where: str
) -> None:
    """The request-side extensions (docs/spec-evolution.md): known names, well-formed values."""
    params = [p for p in (_resolved(document, raw) for raw in op.get("parameters") or ())]
    names = {p.get("name") for p in params if isinstance(p, Mapping)}
    for param in params:
        if not isinstance(param, Mapping):
            continue
        at = f"{where} parameter {param.get('name')}"
        _unknown(param, PARAMETER_EXTENSIONS, at)
        schema = _resolved(document, param.get("schema") or {})
        if "x-hamsa-text-boolean" in param:
            if param["x-hamsa-text-boolean"] is not True or schema.get("type") != "string":
                raise SpecError(f"{at}: x-hamsa-text-boolean: true belongs on a string parameter")
        if "x-hamsa-positional" in param and (
            param["x-hamsa-positional"] is not True or not param.get("required")
        ):
            raise SpecError(f"{at}: x-hamsa-positional: true belongs on a required parameter")
        if param.get("x-hamsa-input", QUERY_INPUTS[0]) not in QUERY_INPUTS:
            raise SpecError(f"{at}: x-hamsa-input must be one of {QUERY_INPUTS}")
        if "x-hamsa-after" in param and param["x-hamsa-after"] not in names:
            raise SpecError(f"{at}: x-hamsa-after must name another parameter")
        period = param.get("x-hamsa-period")
        if period is not None and (
            not isinstance(period, Mapping)
            or set(period) != {"start", "end"}
            or not set(period.values()) <= names
        ):
            raise SpecError(f"{at}: x-hamsa-period must map start and end to parameters")
        _check_keyword(param, at)
        if PROJECT_ID in param:
            _check_project_id(param[PROJECT_ID], _resolved(document, param.get("schema") or {}), at)
    content = (op.get("requestBody") or {}).get("content") or {}
    for media in content.values():
        schema = _resolved(document, (media or {}).get("schema") or {})
        if not isinstance(schema, Mapping):
            continue
        _unknown(schema, BODY_EXTENSIONS | {"x-hamsa-final"}, f"{where} request body")
        check = schema.get("x-hamsa-check")
        if check is not None and (not isinstance(check, str) or not _IDENTIFIER.match(check)):
            raise SpecError(
                f"{where}: x-hamsa-check must name a function of hamsa.resources._checks"
            )
        prepare = schema.get("x-hamsa-prepare")
        if prepare is not None and (
            not isinstance(prepare, Mapping)
            or not _IDENTIFIER.match(str(prepare.get("function", "")))
            or not set(prepare) <= {"function", "keywords", "fields"}
            or not _TYPED_DICT.match(str(prepare.get("fields", "Fields")))
            or not isinstance(prepare.get("keywords", {}), Mapping)
            or not all(
                isinstance(v, bool) and _IDENTIFIER.match(str(k)) and k not in RESERVED_KEYWORDS
                for k, v in prepare.get("keywords", {}).items()
            )
        ):
            raise SpecError(
                f"{where}: x-hamsa-prepare must be {{function: <hamsa.resources._prepare "
                "function>, keywords: {<name>: <bool default>}, fields: <TypedDict of "
                "hamsa.resources._params>}"
            )
        positional = []
        for name, prop in (schema.get("properties") or {}).items():
            at = f"{where} body property {name}"
            for node in (prop, _resolved(document, prop)):
                if isinstance(node, Mapping):
                    _unknown(node, PROPERTY_EXTENSIONS | {"x-hamsa-final"}, at)
            own = prop if isinstance(prop, Mapping) else {}
            if PROJECT_ID in own:
                _check_project_id(own[PROJECT_ID], _resolved(document, own), at)
            if "x-hamsa-positional" in own:
                if own["x-hamsa-positional"] is not True:
                    raise SpecError(f"{at}: x-hamsa-positional must be true")
                if name not in (schema.get("required") or ()):
                    raise SpecError(f"{at}: only a required property can be positional")
                positional.append(name)
            if own.get("x-hamsa-unified-agent", True) is not True:
                raise SpecError(f"{at}: x-hamsa-unified-agent must be true")
            _check_keyword(own, at)
            body_input = own.get("x-hamsa-input")
            if body_input is not None and (
                body_input not in BODY_INPUTS or _resolved(document, own).get("type") != "string"
            ):
                raise SpecError(f"{at}: x-hamsa-input must be one of {BODY_INPUTS}, on a string")


def _free_name(value: Any) -> bool:
    """A snake_case Python name no friendly method takes already (timeout, page_size, ...)."""
    return (
        isinstance(value, str)
        and bool(_IDENTIFIER.match(value))
        and not keyword.iskeyword(value)
        and value not in RESERVED_KEYWORDS
    )


def _check_keyword(node: Mapping[str, Any], at: str) -> None:
    value = node.get("x-hamsa-keyword")
    if value is not None and not _free_name(value):
        raise SpecError(f"{at}: x-hamsa-keyword must be a free snake_case Python name")


def _check_project_id(value: Any, schema: Any, at: str) -> None:
    if value is not True or not isinstance(schema, Mapping) or schema.get("type") != "string":
        raise SpecError(f"{at}: {PROJECT_ID}: true belongs on a string parameter or property")


# --- the table -------------------------------------------------------------------------------


def operation_table(documents: Iterable[tuple[str, Mapping[str, Any]]]) -> tuple[Operation, ...]:
    """One Operation per operation of the (version, spec document) pairs, in version, path and
    HTTP method order; every one has a resource and a method name unique on that resource."""
    raws = [raw for version, document in documents for raw in _operations_of(document, version)]
    taken: dict[tuple[str, str], str] = {}
    named: dict[int, tuple[str, str]] = {}
    # Declared names first, so an undeclared operation can never take a declared name.
    for index, raw in enumerate(raws):
        if raw.wait is not None:
            resource = raw.declared_resource or default_resource(raw.tag)
            key = (resource, raw.wait.method)
            where = f"{raw.version} {raw.operation_id} (x-hamsa-wait)"
            if key in taken:
                raise SpecError(f"{where} and {taken[key]} both declare {resource}.{key[1]}")
            taken[key] = where
        if raw.declared_method is None:
            continue
        resource = raw.declared_resource or default_resource(raw.tag)
        key = (resource, raw.declared_method)
        where = f"{raw.version} {raw.operation_id}"
        if key in taken:
            raise SpecError(f"{where} and {taken[key]} both declare {resource}.{key[1]}")
        taken[key] = where
        named[index] = (resource, raw.declared_method)
    for index, raw in enumerate(raws):
        if index in named:
            continue
        resource = raw.declared_resource or default_resource(raw.tag)
        where = f"{raw.version} {raw.operation_id}"
        candidates = [
            default_method(raw.operation_id, resource),
            _safe_identifier(snake_case(raw.operation_id), raw.operation_id),
            _safe_identifier(f"{snake_case(raw.operation_id)}_{raw.version}", raw.operation_id),
        ]
        method = next((name for name in candidates if (resource, name) not in taken), None)
        if method is None:
            raise SpecError(f"{where}: no free method name on {resource} ({candidates})")
        taken[(resource, method)] = where
        named[index] = (resource, method)
    table = []
    for index, raw in enumerate(raws):
        resource, method = named[index]
        table.append(
            Operation(
                version=raw.version,
                operation_id=raw.operation_id,
                http_method=raw.http_method,
                path=raw.path,
                tag=raw.tag,
                resource=resource,
                method=method,
                friendly=raw.friendly,
                declared=None not in (raw.declared_resource, raw.declared_method),
                pagination=raw.pagination,
                envelope=raw.envelope,
                download=raw.download,
                idempotent=raw.idempotent,
                deprecated=raw.deprecated,
                wait=raw.wait,
                instead=raw.instead,
                stream=raw.stream,
                result=raw.result,
                before=raw.before,
            )
        )
    friendly = {(op.resource, op.method) for op in table if op.friendly}
    for op in table:
        if op.before and (op.before.resource, op.before.method) not in friendly:
            raise SpecError(
                f"{op.version} {op.operation_id}: x-hamsa-before calls "
                f"{op.before.resource}.{op.before.method}, which is no friendly method"
            )
    return tuple(table)


def status_enums(documents: Iterable[tuple[str, Mapping[str, Any]]]) -> tuple[StatusEnum, ...]:
    """The enum schemas that mark final values with x-hamsa-final, by version and name."""
    found = []
    for version, document in documents:
        schemas = (document.get("components") or {}).get("schemas") or {}
        for name in sorted(schemas):
            schema = schemas[name]
            if not isinstance(schema, Mapping) or "x-hamsa-final" not in schema:
                continue
            where = f"{version} components/schemas/{name}"
            values = schema.get("enum")
            final = schema["x-hamsa-final"]
            if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                raise SpecError(f"{where}: x-hamsa-final belongs on a string enum")
            if not isinstance(final, list) or not final:
                raise SpecError(f"{where}: x-hamsa-final must be a non-empty list of values")
            strays = [v for v in final if v not in values]
            if strays:
                raise SpecError(f"{where}: x-hamsa-final lists values not in enum: {strays}")
            found.append(StatusEnum(version, str(name), tuple(values), tuple(final)))
    return tuple(found)


def load_documents(spec_dir: Path = ROOT / "spec") -> list[tuple[str, dict[str, Any]]]:
    from ruamel.yaml import YAML  # the generator's YAML reader (C-accelerated)

    return [
        (version, YAML(typ="safe").load((spec_dir / f"{version}.yaml").read_bytes()))
        for version in VERSIONS
    ]


# --- the generated module ---------------------------------------------------------------------

_MODULE_HEAD = '''"""Every operation of spec/v1.yaml and spec/v2.yaml, with its SDK declaration (x-hamsa-*).

Generated by generator/sdk_operations.py; do not edit. Data only: no I/O, and `import hamsa`
does not load it. See docs/spec-evolution.md for what each field means.
"""

from typing import NamedTuple


class Pagination(NamedTuple):
    style: str
    page_param: str | None
    size_param: str | None
    items: str | None
    total: str | None
    filtered: str | None
    eager: bool = False
    page_size: int | None = None
    page_in: str = "query"


class Wait(NamedTuple):
    method: str
    field: str


class Before(NamedTuple):
    keyword: str
    resource: str
    method: str
    arguments: tuple[tuple[str, str], ...]


class Operation(NamedTuple):
    version: str
    operation_id: str
    http_method: str
    path: str
    tag: str | None
    resource: str
    method: str
    friendly: bool
    declared: bool
    pagination: Pagination | None
    envelope: str | None
    download: bool
    idempotent: bool
    deprecated: bool
    wait: Wait | None = None
    instead: str | None = None
    stream: bool = False
    result: str | None = None
    before: Before | None = None


class StatusEnum(NamedTuple):
    version: str
    schema: str
    values: tuple[str, ...]
    final: tuple[str, ...]

'''


def render_module(operations: Iterable[Operation], enums: Iterable[StatusEnum]) -> str:
    """Source of hamsa/_operations.py (unformatted; generate.py runs black over it)."""
    # The records' reprs are valid Python: the generated module defines the same classes.
    rows = "".join(f"    {op!r},\n" for op in operations)
    enum_rows = "".join(f"    {enum!r},\n" for enum in enums)
    return (
        _MODULE_HEAD
        + f"\nOPERATIONS: tuple[Operation, ...] = (\n{rows})\n"
        + f"\nSTATUS_ENUMS: tuple[StatusEnum, ...] = (\n{enum_rows})\n"
    )


def main() -> int:
    documents = load_documents()
    for op in operation_table(documents):
        name = f"{op.resource}.{op.method}" + ("" if op.friendly else " (not friendly)")
        print(f"{op.version} {op.http_method:6} {op.path:58} {name}")
    for enum in status_enums(documents):
        print(f"{enum.version} {enum.schema}: final {', '.join(enum.final)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

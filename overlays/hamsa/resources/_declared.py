"""The runtime under the generated resources (hamsa._resources): what every declared
operation does the same way, written once.

generator/templates/resource.py.jinja writes, per operation, a request builder and a parser
that call these helpers: per-call extras folded into the request, the query checked in the
user's terms, the envelope unwrapped, pages built, and the eager lists of the lists the API
does not count.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from typing import Any, TypeVar

import httpx

from .. import _constraints
from .._base_client import NotGiven, RequestOptions
from .._exceptions import RequestValidationError, Violation
from .._pagination import AsyncPaginator, Page, SyncPaginator
from .._parsing import ModelParseError, parse_json_response
from .._response import APIResponse
from ._agent_checks import together
from ._paging import count_at, items_at, page_of
from ._query import Query

T = TypeVar("T")

ExtraHeaders = Mapping[str, str] | None
"""Per-call ``extra_headers=``: sent on top of the operation's own (auth can't be replaced)."""
ExtraQuery = Mapping[str, Any] | None
"""Per-call ``extra_query=``: query parameters (wire names) the spec doesn't declare yet."""
ExtraBody = Mapping[str, Any] | None
"""Per-call ``extra_body=``: body fields (wire names) sent as given, unchecked."""

_SCALARS = frozenset({str, int, float, bool, type(None)})


def with_extras(
    options: RequestOptions,
    extra_headers: ExtraHeaders,
    extra_query: ExtraQuery,
    extra_body: ExtraBody,
) -> RequestOptions:
    """The options carrying the per-call extras (the runtime folds them in when sending)."""
    if extra_headers is None and extra_query is None and extra_body is None:
        return options
    return dataclasses.replace(
        options, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body
    )


def wire_body(fields: Mapping[str, Any], user_keyed: Iterable[str] = ()) -> dict[str, Any]:
    """Keyword arguments keyed by their WIRE names, NOT_GIVEN meaning "leave out"; nested
    dicts get camelCase keys (as hamsa._wire.wire_fields), model objects give their own dict."""
    from .._wire import USER_KEYED, _wire  # not loaded by a call whose body needs none

    keep = USER_KEYED.union(user_keyed)
    return {
        key: value if type(value) in _SCALARS else _wire(value, _snake(key) not in keep)
        for key, value in fields.items()
        if not isinstance(value, NotGiven)
    }


def _snake(name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in name)


def checked_body(
    build: Callable[[], dict[str, Any]],
    rules: Callable[[Mapping[str, Any]], list[Violation]] | None = None,
    body: Mapping[str, Any] | None = None,
    renamed: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """``build()`` (hamsa._wire.checked_wire of the body), with the body's cross-field
    ``rules`` reported in the same error, and violations of renamed keywords (wire name ->
    keyword) named as the caller wrote them."""
    try:
        if rules is None or body is None:
            return build()
        return together(rules(body), build)
    except RequestValidationError as error:
        if not renamed:
            raise
        raise RequestValidationError(
            [_renamed(violation, renamed) for violation in error.violations]
        ) from error


def _renamed(violation: Violation, renamed: Mapping[str, str]) -> Violation:
    head, dot, rest = violation.path.partition(".")
    name = renamed.get(head)
    if name is None:
        return violation
    return Violation(name + dot + rest, violation.value, violation.constraint)


def check_query(
    query: Query, page_size: int | None = None, page: int = 1, maximum: int | None = None
) -> dict[str, Any]:
    """The checked query arguments, with the paging keywords (``page_size`` at most the size
    parameter's documented ``maximum``) checked in the same error."""
    if page_size is not None:
        for name, value, most in (("page_size", page_size, maximum), ("page", page, None)):
            before = len(query.violations)
            _constraints.check_type(query.violations, name, value, "integer", False)
            if len(query.violations) == before:
                _constraints.check_number(query.violations, name, value, minimum=1, maximum=most)
    return query.checked()


def _walk(body: Any, path: Sequence[str], response: httpx.Response) -> Any:
    for depth, key in enumerate(path):
        if not isinstance(body, dict):
            raise ModelParseError(tuple(path[:depth]), "expected an object", body)
        body = body.get(key)
    return body


def _within(error: ModelParseError, path: Sequence[str]) -> ModelParseError:
    for key in reversed(path):
        error = error.within(key)
    return error


def parsed(
    response: httpx.Response, envelope: Sequence[str], build: Callable[[Any], T]
) -> APIResponse[T]:
    """``build`` applied to the value at ``envelope`` (a key path; empty: the whole body)."""

    def pick(body: Any) -> T:
        value = _walk(body, envelope, response)
        if envelope and not isinstance(value, dict):
            raise ModelParseError(tuple(envelope), "expected an object", value)
        try:
            return build(value)
        except ModelParseError as error:
            raise _within(error, envelope) from error

    return APIResponse(parsed=parse_json_response(response, pick), http_response=response)


def page_parsed(
    response: httpx.Response,
    envelope: Sequence[str],
    items: Sequence[str],
    build: Callable[[Any], T],
    number: int,
    size: int,
    total: Sequence[str] | None = None,
    filtered: Sequence[str] | None = None,
) -> APIResponse[Page[T]]:
    """One page: the items at ``items`` (built one by one, a failure naming the item) and the
    counters at ``total``/``filtered``, all relative to the value at ``envelope``."""

    def pick(body: Any) -> Page[T]:
        value = _walk(body, envelope, response)
        if not isinstance(value, dict):
            raise ModelParseError(tuple(envelope), "expected an object", value)
        try:
            holder = _walk(value, items[:-1], response)
            found = items_at(holder if isinstance(holder, dict) else {}, items[-1], build)
            counters = [_counter(value, path) if path else None for path in (total, filtered)]
        except ModelParseError as error:
            raise _within(_within(error, items[:-1]), envelope) from error
        return page_of(found, number, size, total=counters[0], filtered=counters[1])

    return APIResponse(parsed=parse_json_response(response, pick), http_response=response)


def _counter(value: dict[str, Any], path: Sequence[str]) -> int | None:
    holder = value
    for key in path[:-1]:
        nested = holder.get(key)
        if not isinstance(nested, dict):
            return None
        holder = nested
    return count_at(holder, path[-1])


def binary(response: httpx.Response) -> APIResponse[bytes]:
    return APIResponse(parsed=response.content, http_response=response)


# --- eager lists: the lists the API does not count ---------------------------------------------


def collect_pages(fetch: Callable[[int, int], Page[T]], page_size: int) -> list[T]:
    """Every item, page after page, stopping where the paginator stops (a short, empty or
    repeated page, or the page limit)."""
    return list(SyncPaginator(fetch, page_size=page_size))


async def acollect_pages(
    fetch: Callable[[int, int], Awaitable[Page[T]]], page_size: int
) -> list[T]:
    """collect_pages for the async client."""
    return [item async for item in AsyncPaginator(fetch, page_size=page_size)]

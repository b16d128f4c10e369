"""hamsa Pages out of the lists' different envelopes, and the page-size check.

The lists page by page NUMBER whatever the parameters are called (skip/take, page/perPage);
the paginators in hamsa._pagination ask for pages 1, 2, ... and stop on the counters, a short
page or an empty one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from .._pagination import Page
from .._parsing import ModelParseError

T = TypeVar("T")


def page_of(
    items: list[T], number: int, size: int, *, total: object = None, filtered: object = None
) -> Page[T]:
    """A Page from a parsed page model's fields; a counter the API left out (Unset) is None.

    Pass ``model.items or []``: a list the API left out is an empty page."""
    return Page(
        items=items,
        number=number,
        size=size,
        total=_count(total),
        filtered=_count(filtered),
    )


def items_at(data: Mapping[str, Any], key: str, build: Callable[[Any], T]) -> list[T]:
    """``build`` applied to each item of the list ``data[key]`` (none when it is left out);
    a failure names the item, e.g. ``voiceAgents.3.callSettings``."""
    raw = data.get(key)
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise ModelParseError((key,), f"expected a list, got {type(raw).__name__}", raw)
    built: list[T] = []
    for index, item in enumerate(raw):
        try:
            built.append(build(item))
        except ModelParseError as error:
            raise error.within(str(index)).within(key) from error
    return built


def count_at(data: Mapping[str, Any], key: str) -> int | None:
    """A counter such as ``total``; a counter of the wrong type is a response error."""
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ModelParseError((key,), f"expected an integer, got {type(value).__name__}", value)
    return value


def _count(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None

"""Lists end even when the server doesn't page: a repeated page or the page limit stops them."""

from __future__ import annotations

import logging

import pytest
from hamsa._pagination import AsyncPaginator, Page, SyncPaginator


def ignoring_paging(number: int, size: int) -> Page[int]:
    """A server that answers every page number with the first page and no counters."""
    return Page(items=list(range(size)), number=number, size=size)


def endless(number: int, size: int) -> Page[int]:
    """Always a full, new page and no counters: only a limit can end it."""
    return Page(items=[number * size + i for i in range(size)], number=number, size=size)


def test_a_server_that_ignores_the_page_number_gives_one_page(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING, logger="hamsa"):
        items = list(SyncPaginator(ignoring_paging, page_size=3))
    assert items == [0, 1, 2]  # never the same items twice
    assert "ignores paging" in caplog.text


async def test_the_async_paginator_stops_on_a_repeated_page_too() -> None:
    async def fetch(number: int, size: int) -> Page[int]:
        return ignoring_paging(number, size)

    assert [item async for item in AsyncPaginator(fetch, page_size=2)] == [0, 1]


def test_a_list_with_no_end_stops_at_the_page_limit(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="hamsa"):
        pages = list(SyncPaginator(endless, page_size=2, max_pages=5).pages())
    assert [page.number for page in pages] == [1, 2, 3, 4, 5]
    assert "after 5 pages" in caplog.text

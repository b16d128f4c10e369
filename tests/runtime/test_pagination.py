"""Auto-pagination: iteration crosses pages and stops on the counters, empty or short pages."""

from __future__ import annotations

import asyncio

import pytest
from hamsa._pagination import AsyncPaginator, Page, SyncPaginator


class FakeList:
    """A server-side list of `count` records, paged by 1-based page number."""

    def __init__(self, count: int, *, total: bool = True, filtered: int | None = None) -> None:
        self.records = list(range(count))
        self.report_total = total
        self.filtered = filtered
        self.requested: list[tuple[int, int]] = []

    def fetch(self, number: int, size: int) -> Page[int]:
        self.requested.append((number, size))
        items = self.records[(number - 1) * size : number * size]
        total = len(self.records) if self.report_total else None
        return Page(items=items, number=number, size=size, total=total, filtered=self.filtered)

    async def afetch(self, number: int, size: int) -> Page[int]:
        await asyncio.sleep(0)
        return self.fetch(number, size)


def collect(server: FakeList, page_size: int, kind: str) -> list[int]:
    if kind == "sync":
        return list(SyncPaginator(server.fetch, page_size=page_size))

    async def run() -> list[int]:
        return [item async for item in AsyncPaginator(server.afetch, page_size=page_size)]

    return asyncio.run(run())


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def test_iterates_every_item_across_pages(kind: str) -> None:
    server = FakeList(23)
    assert collect(server, 10, kind) == list(range(23))
    assert server.requested == [(1, 10), (2, 10), (3, 10)]


def test_stops_on_total_without_an_extra_request(kind: str) -> None:
    server = FakeList(20)
    assert collect(server, 10, kind) == list(range(20))
    assert server.requested == [(1, 10), (2, 10)]  # total=20 reached: no third request


def test_filtered_count_wins_over_total(kind: str) -> None:
    server = FakeList(30, filtered=10)
    assert collect(server, 10, kind) == list(range(10))
    assert server.requested == [(1, 10)]


def test_without_counters_an_exact_multiple_ends_on_the_empty_page(kind: str) -> None:
    server = FakeList(20, total=False)
    assert collect(server, 10, kind) == list(range(20))
    assert server.requested == [(1, 10), (2, 10), (3, 10)]


def test_a_short_page_ends_iteration_even_if_counters_disagree(kind: str) -> None:
    server = FakeList(15)
    server.records = server.records[:12]  # the API reports total=15 but only 12 exist
    server.report_total = False

    def lying_fetch(number: int, size: int) -> Page[int]:
        page = FakeList.fetch(server, number, size)
        return Page(items=page.items, number=number, size=size, total=15)

    server.fetch = lying_fetch  # type: ignore[method-assign]
    assert list(SyncPaginator(server.fetch, page_size=10)) == list(range(12))


def test_an_empty_list_makes_one_request(kind: str) -> None:
    server = FakeList(0)
    assert collect(server, 10, kind) == []
    assert server.requested == [(1, 10)]


def test_pages_expose_counters_and_first_page_costs_one_request() -> None:
    server = FakeList(25, filtered=25)
    paginator = SyncPaginator(server.fetch, page_size=10)
    first = paginator.first_page()
    assert (first.number, first.size, first.total, first.filtered) == (1, 10, 25, 25)
    assert server.requested == [(1, 10)]
    assert [len(p.items) for p in paginator.pages()] == [10, 10, 5]

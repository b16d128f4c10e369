"""Auto-paginating iterators over Hamsa's paged lists, sync and async.

Hamsa pages by page NUMBER (`skip` is a 1-based page number in most lists, `page` in others)
and reports `total` (all records) and/or `filtered` (records matching the filters). Iteration
stops at whichever comes first: the counted records have all been seen, a page comes back
empty, or a page comes back short (fewer items than asked for).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Final, Generic, TypeVar, overload

import attrs

T = TypeVar("T")

MAX_PAGES: Final = 10_000
_log = logging.getLogger("hamsa")


@attrs.frozen
class Page(Sequence[T]):
    """One page of a list, as the API returned it: a sequence of its items (`len(page)`,
    `for item in page`, `page[0]`, `page[-2:]`) with the page's counters beside."""

    items: list[T]
    number: int
    """The 1-based page number that was asked for."""
    size: int
    """How many items were asked for per page."""
    total: int | None = None
    """All records, if the API said (``data.total``)."""
    filtered: int | None = None
    """Records matching the filters, if the API said (``data.filtered``)."""

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> list[T]: ...
    def __getitem__(self, index: int | slice) -> T | list[T]:
        return self.items[index]

    @property
    def expected(self) -> int | None:
        # `filtered` is the count that applies to a filtered listing; `total` otherwise.
        return self.filtered if self.filtered is not None else self.total

    def is_last(self, seen: int) -> bool:
        """True when no later page can hold more items, given `seen` items so far."""
        if not self.items or len(self.items) < self.size:
            return True
        expected = self.expected
        return expected is not None and seen >= expected


class _Progress(Generic[T]):
    """What the pages so far say about the next one; shared by both paginators."""

    def __init__(self, max_pages: int) -> None:
        self._max_pages = max_pages
        self._seen = 0
        self._count = 0
        self._previous: list[T] | None = None

    def repeats(self, page: Page[T]) -> bool:
        """True for a non-empty page equal to the one before: the server ignores paging."""
        if page.items and page.items == self._previous:
            _log.warning(
                "hamsa: page %d repeats page %d; the server ignores paging, so the list stops",
                page.number,
                page.number - 1,
            )
            return True
        self._previous = page.items
        return False

    def last(self, page: Page[T]) -> bool:
        self._count += 1
        self._seen += len(page.items)
        if page.is_last(self._seen):
            return True
        if self._count >= self._max_pages:
            _log.warning("hamsa: the list stops after %d pages (max_pages)", self._count)
            return True
        return False


class SyncPaginator(Generic[T]):
    """Iterate every item across pages; pages are fetched lazily, one request each.

    for agent in client.voice_agents.list(page_size=50):
        ...
    """

    def __init__(
        self,
        fetch: Callable[[int, int], Page[T]],
        *,
        page_size: int,
        first_page: int = 1,
        max_pages: int = MAX_PAGES,
    ) -> None:
        self._fetch = fetch
        self._page_size = page_size
        self._first_page = first_page
        self._max_pages = max_pages

    def pages(self) -> Iterator[Page[T]]:
        number, progress = self._first_page, _Progress[T](self._max_pages)
        while True:
            page = self._fetch(number, self._page_size)
            if progress.repeats(page):
                return
            yield page
            if progress.last(page):
                return
            number += 1

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            yield from page.items

    def first_page(self) -> Page[T]:
        """Only the first page (one request), e.g. to read its total."""
        return self._fetch(self._first_page, self._page_size)


class AsyncPaginator(Generic[T]):
    """Async twin of SyncPaginator: ``async for agent in client.voice_agents.list(): ...``."""

    def __init__(
        self,
        fetch: Callable[[int, int], Awaitable[Page[T]]],
        *,
        page_size: int,
        first_page: int = 1,
        max_pages: int = MAX_PAGES,
    ) -> None:
        self._fetch = fetch
        self._page_size = page_size
        self._first_page = first_page
        self._max_pages = max_pages

    async def pages(self) -> AsyncIterator[Page[T]]:
        number, progress = self._first_page, _Progress[T](self._max_pages)
        while True:
            page = await self._fetch(number, self._page_size)
            if progress.repeats(page):
                return
            yield page
            if progress.last(page):
                return
            number += 1

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.items:
                yield item

    async def first_page(self) -> Page[T]:
        return await self._fetch(self._first_page, self._page_size)

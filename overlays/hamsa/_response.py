"""APIResponse: what `with_raw_response` methods return."""

from __future__ import annotations

from typing import Generic, TypeVar

import attrs
import httpx

T = TypeVar("T")


@attrs.frozen
class APIResponse(Generic[T]):
    """The parsed value of a call, with the HTTP response it came from."""

    parsed: T
    http_response: httpx.Response = attrs.field(repr=False)

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        """The exact bytes the API sent."""
        return self.http_response.content

"""client.voice_dictionaries: pronunciation dictionaries, turned on per agent (API v1)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any

import httpx

from .._base_client import NOT_GIVEN, AsyncAPIClient, NotGiven, RequestOptions, SyncAPIClient
from .._pagination import AsyncPaginator, Page, SyncPaginator
from .._response import APIResponse
from .._wire import checked_wire, wire_fields
from ..v1.api.voice_dictionaries import create_voice_dictionary as _create
from ..v1.api.voice_dictionaries import list_voice_dictionaries as _list
from ..v1.api.voice_dictionaries import toggle_voice_dictionary_activation as _toggle
from ..v1.api.voice_dictionaries import update_voice_dictionary as _update
from ..v1.models.create_voice_dictionary_request import CreateVoiceDictionaryRequest
from ..v1.models.response_envelope import ResponseEnvelope
from ..v1.models.toggle_voice_dictionary_activation_request import (
    ToggleVoiceDictionaryActivationRequest,
)
from ..v1.models.update_voice_dictionary_request import UpdateVoiceDictionaryRequest
from ..v1.models.voice_dictionary import VoiceDictionary
from ..v1.models.voice_dictionary_page import VoiceDictionaryPage
from ..v1.models.voice_dictionary_summary import VoiceDictionarySummary
from ._envelope import data_response, json_response
from ._paging import check_paging, page_of
from ._params import Retries, Timeout
from ._query import Query

Words = Sequence[Mapping[str, Any] | Any]


def _create_options(
    name: str, words: Words, timeout: Timeout, max_retries: Retries
) -> RequestOptions:
    body = checked_wire(CreateVoiceDictionaryRequest, wire_fields({"name": name, "words": words}))
    return _create.checked_request_options(body=body, timeout=timeout, max_retries=max_retries)


def _update_options(
    dictionary_id: str,
    name: str | NotGiven,
    words: Words | NotGiven,
    timeout: Timeout,
    max_retries: Retries,
) -> RequestOptions:
    body = checked_wire(UpdateVoiceDictionaryRequest, wire_fields({"name": name, "words": words}))
    return _update.checked_request_options(
        dictionary_id, body=body, timeout=timeout, max_retries=max_retries
    )


def _toggle_options(
    dictionary_id: str, voice_agent_id: str, is_active: bool, timeout: Timeout, retries: Retries
) -> RequestOptions:
    fields = {"dictionary_id": dictionary_id, "voice_agent_id": voice_agent_id}
    body = checked_wire(
        ToggleVoiceDictionaryActivationRequest, wire_fields(fields | {"is_active": is_active})
    )
    return _toggle.checked_request_options(body=body, timeout=timeout, max_retries=retries)


def _list_query(used: bool | None, voice_agent_id: str | None) -> dict[str, Any]:
    query = Query()
    query.value("used", used, expected="boolean")
    query.uuid("voice_agent_id", voice_agent_id)
    return query.checked()


def _list_options(
    query: Mapping[str, Any], page: int, page_size: int, timeout: Timeout, max_retries: Retries
) -> RequestOptions:
    # `skip` is the 1-based page NUMBER (the answer's `page`), not an offset.
    return _list.request_options(
        **query, skip=page, take=page_size, timeout=timeout, max_retries=max_retries
    )


def _dictionary(response: httpx.Response) -> APIResponse[VoiceDictionary]:
    return data_response(response, VoiceDictionary.from_dict)


def _summary_page(
    response: httpx.Response, page: int, page_size: int
) -> APIResponse[Page[VoiceDictionarySummary]]:
    def build(data: dict[str, Any]) -> Page[VoiceDictionarySummary]:
        parsed = VoiceDictionaryPage.from_dict(data)
        # The answer says how many it put on a page; a page shorter than that is the last.
        size = parsed.page_size if isinstance(parsed.page_size, int) else page_size
        return page_of(parsed.dictionaries or [], page, size, total=parsed.total)

    return data_response(response, build)


def _envelope(response: httpx.Response) -> APIResponse[ResponseEnvelope]:
    return json_response(response, ResponseEnvelope.from_dict)


class VoiceDictionariesWithRawResponse:
    """Like client.voice_dictionaries, but each method returns an APIResponse."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        name: str,
        words: Words,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> APIResponse[VoiceDictionary]:
        options = _create_options(name, words, timeout, max_retries)
        return _dictionary(self._client.request(options))

    def update(
        self,
        dictionary_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        words: Words | NotGiven = NOT_GIVEN,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> APIResponse[VoiceDictionary]:
        options = _update_options(dictionary_id, name, words, timeout, max_retries)
        return _dictionary(self._client.request(options))

    def toggle_activation(
        self,
        *,
        dictionary_id: str,
        voice_agent_id: str,
        is_active: bool,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> APIResponse[ResponseEnvelope]:
        options = _toggle_options(dictionary_id, voice_agent_id, is_active, timeout, max_retries)
        return _envelope(self._client.request(options))

    def list(
        self,
        *,
        used: bool | None = None,
        voice_agent_id: str | None = None,
        page: int = 1,
        page_size: int = 10,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> APIResponse[Page[VoiceDictionarySummary]]:
        """One page (``page`` is 1-based) of ``GET /v1/voice-agents/voice-dictionaries/list``."""
        query = _list_query(used, voice_agent_id)
        check_paging(page_size, page=page)
        options = _list_options(query, page, page_size, timeout, max_retries)
        return _summary_page(self._client.request(options), page, page_size)


class AsyncVoiceDictionariesWithRawResponse:
    """Like AsyncHamsa().voice_dictionaries, but each method returns an APIResponse."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        name: str,
        words: Words,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> APIResponse[VoiceDictionary]:
        options = _create_options(name, words, timeout, max_retries)
        return _dictionary(await self._client.request(options))

    async def update(
        self,
        dictionary_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        words: Words | NotGiven = NOT_GIVEN,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> APIResponse[VoiceDictionary]:
        options = _update_options(dictionary_id, name, words, timeout, max_retries)
        return _dictionary(await self._client.request(options))

    async def toggle_activation(
        self,
        *,
        dictionary_id: str,
        voice_agent_id: str,
        is_active: bool,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> APIResponse[ResponseEnvelope]:
        options = _toggle_options(dictionary_id, voice_agent_id, is_active, timeout, max_retries)
        return _envelope(await self._client.request(options))

    async def list(
        self,
        *,
        used: bool | None = None,
        voice_agent_id: str | None = None,
        page: int = 1,
        page_size: int = 10,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> APIResponse[Page[VoiceDictionarySummary]]:
        """One page (``page`` is 1-based) of ``GET /v1/voice-agents/voice-dictionaries/list``."""
        query = _list_query(used, voice_agent_id)
        check_paging(page_size, page=page)
        options = _list_options(query, page, page_size, timeout, max_retries)
        return _summary_page(await self._client.request(options), page, page_size)


class VoiceDictionaries:
    """Pronunciation dictionaries: words and how agents should say them."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> VoiceDictionariesWithRawResponse:
        return VoiceDictionariesWithRawResponse(self._client)

    def create(
        self,
        *,
        name: str,
        words: Words,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> VoiceDictionary:
        """Create a dictionary (``POST /v1/voice-agents/voice-dictionaries``); ``words`` is a
        list of ``{"word": ..., "pronunciation": ...}``. Attach it with toggle_activation."""
        return self.with_raw_response.create(
            name=name, words=words, timeout=timeout, max_retries=max_retries
        ).parsed

    def update(
        self,
        dictionary_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        words: Words | NotGiven = NOT_GIVEN,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> VoiceDictionary:
        """Rename a dictionary and/or replace its whole word list (``PATCH``)."""
        return self.with_raw_response.update(
            dictionary_id, name=name, words=words, timeout=timeout, max_retries=max_retries
        ).parsed

    def toggle_activation(
        self,
        *,
        dictionary_id: str,
        voice_agent_id: str,
        is_active: bool,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> ResponseEnvelope:
        """Apply a dictionary to an agent's speech (``is_active=True``) or stop applying it."""
        return self.with_raw_response.toggle_activation(
            dictionary_id=dictionary_id,
            voice_agent_id=voice_agent_id,
            is_active=is_active,
            timeout=timeout,
            max_retries=max_retries,
        ).parsed

    def list(
        self,
        *,
        used: bool | None = None,
        voice_agent_id: str | None = None,
        page_size: int = 10,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> SyncPaginator[VoiceDictionarySummary]:
        """Every dictionary matching the filters, as summaries, fetched page by page as you
        iterate (``GET /v1/voice-agents/voice-dictionaries/list``)."""
        query = _list_query(used, voice_agent_id)
        check_paging(page_size)
        client = self._client

        def fetch(page: int, size: int) -> Page[VoiceDictionarySummary]:
            options = _list_options(query, page, size, timeout, max_retries)
            return _summary_page(client.request(options), page, size).parsed

        return SyncPaginator(fetch, page_size=page_size)


class AsyncVoiceDictionaries:
    """Async pronunciation dictionaries; see VoiceDictionaries."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncVoiceDictionariesWithRawResponse:
        return AsyncVoiceDictionariesWithRawResponse(self._client)

    async def create(
        self,
        *,
        name: str,
        words: Words,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> VoiceDictionary:
        """Create a dictionary; see VoiceDictionaries.create."""
        raw = await self.with_raw_response.create(
            name=name, words=words, timeout=timeout, max_retries=max_retries
        )
        return raw.parsed

    async def update(
        self,
        dictionary_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        words: Words | NotGiven = NOT_GIVEN,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> VoiceDictionary:
        """Rename a dictionary and/or replace its words; see VoiceDictionaries.update."""
        raw = await self.with_raw_response.update(
            dictionary_id, name=name, words=words, timeout=timeout, max_retries=max_retries
        )
        return raw.parsed

    async def toggle_activation(
        self,
        *,
        dictionary_id: str,
        voice_agent_id: str,
        is_active: bool,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> ResponseEnvelope:
        """Turn a dictionary on or off for an agent; see VoiceDictionaries.toggle_activation."""
        raw = await self.with_raw_response.toggle_activation(
            dictionary_id=dictionary_id,
            voice_agent_id=voice_agent_id,
            is_active=is_active,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw.parsed

    def list(
        self,
        *,
        used: bool | None = None,
        voice_agent_id: str | None = None,
        page_size: int = 10,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> AsyncPaginator[VoiceDictionarySummary]:
        """Every matching dictionary, page by page: ``async for d in
        client.voice_dictionaries.list()``; see VoiceDictionaries.list."""
        query = _list_query(used, voice_agent_id)
        check_paging(page_size)
        client = self._client

        async def fetch(page: int, size: int) -> Page[VoiceDictionarySummary]:
            options = _list_options(query, page, size, timeout, max_retries)
            return _summary_page(await client.request(options), page, size).parsed

        return AsyncPaginator(fetch, page_size=page_size)

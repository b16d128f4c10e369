"""client.phone_numbers: your own numbers, connected to Hamsa and assigned to agents (API v1)."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from functools import cached_property
from typing import Any

import httpx

from .._base_client import NOT_GIVEN, AsyncAPIClient, NotGiven, RequestOptions, SyncAPIClient
from .._pagination import AsyncPaginator, Page, SyncPaginator
from .._response import APIResponse
from .._wire import checked_wire, wire_fields
from ..v1.api.phone_numbers import add_phone_number as _add
from ..v1.api.phone_numbers import assign_phone_number as _assign
from ..v1.api.phone_numbers import list_phone_numbers as _list
from ..v1.api.phone_numbers import unassign_phone_number as _unassign
from ..v1.models.add_phone_number_request import AddPhoneNumberRequest
from ..v1.models.assign_phone_number_request import AssignPhoneNumberRequest
from ..v1.models.phone_number import PhoneNumber
from ..v1.models.phone_number_list_response import PhoneNumberListResponse
from ..v1.models.phone_number_provider import PhoneNumberProvider
from ..v1.models.unassign_phone_number_request import UnassignPhoneNumberRequest
from ..v1.models.unassign_phone_number_response import UnassignPhoneNumberResponse
from ._envelope import data_response, json_response
from ._paging import check_paging, page_of
from ._params import Retries, Timeout
from ._query import Query


def _add_options(fields: Mapping[str, Any], timeout: Timeout, retries: Retries) -> RequestOptions:
    body = checked_wire(AddPhoneNumberRequest, wire_fields(fields))
    return _add.checked_request_options(body=body, timeout=timeout, max_retries=retries)


def _assign_options(
    phone_number: str, voice_agent_id: str, timeout: Timeout, retries: Retries
) -> RequestOptions:
    fields = {"phone_number": phone_number, "voice_agent_id": voice_agent_id}
    body = checked_wire(AssignPhoneNumberRequest, wire_fields(fields))
    return _assign.checked_request_options(body=body, timeout=timeout, max_retries=retries)


def _unassign_options(phone_number: str, timeout: Timeout, retries: Retries) -> RequestOptions:
    body = checked_wire(UnassignPhoneNumberRequest, {"phoneNumber": phone_number})
    return _unassign.checked_request_options(body=body, timeout=timeout, max_retries=retries)


def _list_query(
    voice_agent_id: str | None, provider: PhoneNumberProvider | str | None
) -> dict[str, Any]:
    query = Query()
    query.uuid("voice_agent_id", voice_agent_id)
    query.enum("provider", PhoneNumberProvider, provider)
    return query.checked()


def _list_options(
    query: Mapping[str, Any], page: int, page_size: int, timeout: Timeout, retries: Retries
) -> RequestOptions:
    # Documented as strings: skip (the 1-based page NUMBER, not an offset) and take.
    return _list.request_options(
        **query, skip=str(page), take=str(page_size), timeout=timeout, max_retries=retries
    )


def _number(response: httpx.Response) -> APIResponse[PhoneNumber]:
    return data_response(response, PhoneNumber.from_dict)


def _number_page(
    response: httpx.Response, page: int, page_size: int
) -> APIResponse[Page[PhoneNumber]]:
    # `data` is a bare list, without counters: only a short or empty page ends the list.
    def build(body: Any) -> Page[PhoneNumber]:
        return page_of(PhoneNumberListResponse.from_dict(body).data or [], page, page_size)

    return json_response(response, build)


def _unassigned(response: httpx.Response) -> APIResponse[UnassignPhoneNumberResponse]:
    return json_response(response, UnassignPhoneNumberResponse.from_dict)


def _repeats(page: Page[PhoneNumber], previous: builtins.list[object] | None) -> bool:
    """True when a full page repeats the previous one: the API ignored the page number, and
    asking for more would never end."""
    ids = [number.id for number in page.items]
    return previous is not None and all(ids) and ids == previous


class PhoneNumbersWithRawResponse:
    """Like client.phone_numbers, but each method returns an APIResponse."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def add(
        self,
        *,
        phone_number: str,
        label: str,
        twilio_account_sid: str,
        twilio_auth_token: str,
        type: PhoneNumberProvider | str | NotGiven = NOT_GIVEN,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> APIResponse[PhoneNumber]:
        fields = {k: v for k, v in locals().items() if k not in ("self", "timeout", "max_retries")}
        return _number(self._client.request(_add_options(fields, timeout, max_retries)))

    def assign(
        self,
        *,
        phone_number: str,
        voice_agent_id: str,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> APIResponse[PhoneNumber]:
        options = _assign_options(phone_number, voice_agent_id, timeout, max_retries)
        return _number(self._client.request(options))

    def unassign(
        self, *, phone_number: str, timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN
    ) -> APIResponse[UnassignPhoneNumberResponse]:
        options = _unassign_options(phone_number, timeout, max_retries)
        return _unassigned(self._client.request(options))

    def list(
        self,
        *,
        voice_agent_id: str | None = None,
        provider: PhoneNumberProvider | str | None = None,
        page: int = 1,
        page_size: int = 10,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> APIResponse[Page[PhoneNumber]]:
        """One page (``page`` is 1-based) of ``GET /v1/voice-agents/phone-number/list``."""
        query = _list_query(voice_agent_id, provider)
        check_paging(page_size, page=page)
        options = _list_options(query, page, page_size, timeout, max_retries)
        return _number_page(self._client.request(options), page, page_size)


class AsyncPhoneNumbersWithRawResponse:
    """Like AsyncHamsa().phone_numbers, but each method returns an APIResponse."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def add(
        self,
        *,
        phone_number: str,
        label: str,
        twilio_account_sid: str,
        twilio_auth_token: str,
        type: PhoneNumberProvider | str | NotGiven = NOT_GIVEN,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> APIResponse[PhoneNumber]:
        fields = {k: v for k, v in locals().items() if k not in ("self", "timeout", "max_retries")}
        return _number(await self._client.request(_add_options(fields, timeout, max_retries)))

    async def assign(
        self,
        *,
        phone_number: str,
        voice_agent_id: str,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> APIResponse[PhoneNumber]:
        options = _assign_options(phone_number, voice_agent_id, timeout, max_retries)
        return _number(await self._client.request(options))

    async def unassign(
        self, *, phone_number: str, timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN
    ) -> APIResponse[UnassignPhoneNumberResponse]:
        options = _unassign_options(phone_number, timeout, max_retries)
        return _unassigned(await self._client.request(options))

    async def list(
        self,
        *,
        voice_agent_id: str | None = None,
        provider: PhoneNumberProvider | str | None = None,
        page: int = 1,
        page_size: int = 10,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> APIResponse[Page[PhoneNumber]]:
        """One page (``page`` is 1-based) of ``GET /v1/voice-agents/phone-number/list``."""
        query = _list_query(voice_agent_id, provider)
        check_paging(page_size, page=page)
        options = _list_options(query, page, page_size, timeout, max_retries)
        return _number_page(await self._client.request(options), page, page_size)


class PhoneNumbers:
    """Your own phone numbers: add them, list them, assign them to agents."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PhoneNumbersWithRawResponse:
        return PhoneNumbersWithRawResponse(self._client)

    def add(
        self,
        *,
        phone_number: str,
        label: str,
        twilio_account_sid: str,
        twilio_auth_token: str,
        type: PhoneNumberProvider | str | NotGiven = NOT_GIVEN,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> PhoneNumber:
        """Connect a number you own at Twilio (``POST /v1/voice-agents/phone-number``);
        ``type`` is ``"TWILIO"`` (the only documented form) and may be left out."""
        return self.with_raw_response.add(
            phone_number=phone_number,
            label=label,
            twilio_account_sid=twilio_account_sid,
            twilio_auth_token=twilio_auth_token,
            type=type,
            timeout=timeout,
            max_retries=max_retries,
        ).parsed

    def assign(
        self,
        *,
        phone_number: str,
        voice_agent_id: str,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> PhoneNumber:
        """Make an agent the one that uses ``phone_number`` (international, ``+...``)."""
        return self.with_raw_response.assign(
            phone_number=phone_number,
            voice_agent_id=voice_agent_id,
            timeout=timeout,
            max_retries=max_retries,
        ).parsed

    def unassign(
        self, *, phone_number: str, timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN
    ) -> UnassignPhoneNumberResponse:
        """Detach every agent from ``phone_number``; the number stays in the project. Returns
        the envelope: its ``data`` is the API's confirmation sentence."""
        return self.with_raw_response.unassign(
            phone_number=phone_number, timeout=timeout, max_retries=max_retries
        ).parsed

    def list(
        self,
        *,
        voice_agent_id: str | None = None,
        provider: PhoneNumberProvider | str | None = None,
        page_size: int = 10,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> builtins.list[PhoneNumber]:
        """Every number matching the filters (``GET /v1/voice-agents/phone-number/list``).

        The API answers with bare pages, without counters, so pages are fetched until one
        comes back shorter than ``page_size`` (or empty), and returned as one list.
        """
        query = _list_query(voice_agent_id, provider)
        check_paging(page_size)
        client = self._client

        def fetch(page: int, size: int) -> Page[PhoneNumber]:
            options = _list_options(query, page, size, timeout, max_retries)
            return _number_page(client.request(options), page, size).parsed

        numbers: builtins.list[PhoneNumber] = []
        previous: builtins.list[object] | None = None
        for page in SyncPaginator(fetch, page_size=page_size).pages():
            if _repeats(page, previous):
                break
            previous = [number.id for number in page.items]
            numbers += page.items
        return numbers


class AsyncPhoneNumbers:
    """Async phone numbers; see PhoneNumbers."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPhoneNumbersWithRawResponse:
        return AsyncPhoneNumbersWithRawResponse(self._client)

    async def add(
        self,
        *,
        phone_number: str,
        label: str,
        twilio_account_sid: str,
        twilio_auth_token: str,
        type: PhoneNumberProvider | str | NotGiven = NOT_GIVEN,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> PhoneNumber:
        """Connect a number you own at Twilio; see PhoneNumbers.add."""
        raw = await self.with_raw_response.add(
            phone_number=phone_number,
            label=label,
            twilio_account_sid=twilio_account_sid,
            twilio_auth_token=twilio_auth_token,
            type=type,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw.parsed

    async def assign(
        self,
        *,
        phone_number: str,
        voice_agent_id: str,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> PhoneNumber:
        """Make an agent the one that uses a number; see PhoneNumbers.assign."""
        raw = await self.with_raw_response.assign(
            phone_number=phone_number,
            voice_agent_id=voice_agent_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return raw.parsed

    async def unassign(
        self, *, phone_number: str, timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN
    ) -> UnassignPhoneNumberResponse:
        """Detach every agent from a number; see PhoneNumbers.unassign."""
        raw = await self.with_raw_response.unassign(
            phone_number=phone_number, timeout=timeout, max_retries=max_retries
        )
        return raw.parsed

    async def list(
        self,
        *,
        voice_agent_id: str | None = None,
        provider: PhoneNumberProvider | str | None = None,
        page_size: int = 10,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> builtins.list[PhoneNumber]:
        """Every matching number, as one list; see PhoneNumbers.list."""
        query = _list_query(voice_agent_id, provider)
        check_paging(page_size)
        client = self._client

        async def fetch(page: int, size: int) -> Page[PhoneNumber]:
            options = _list_options(query, page, size, timeout, max_retries)
            return _number_page(await client.request(options), page, size).parsed

        numbers: builtins.list[PhoneNumber] = []
        previous: builtins.list[object] | None = None
        async for page in AsyncPaginator(fetch, page_size=page_size).pages():
            if _repeats(page, previous):
                break
            previous = [number.id for number in page.items]
            numbers += page.items
        return numbers

from http import HTTPStatus
from typing import Any

import httpx
from hamsa._base_client import (
    NOT_GIVEN,
    AsyncAPIClient,
    NotGiven,
    RequestOptions,
    SyncAPIClient,
)
from hamsa._constraints import check_query, raise_if_any
from hamsa._parsing import parse_json_response

from ...models.phone_number_list_response import PhoneNumberListResponse
from ...models.phone_number_provider import PhoneNumberProvider
from ...types import UNSET, Response, Unset

METHOD = "GET"
PATH = "/v1/voice-agents/phone-number/list"


def request_options(
    *,
    voice_agent_id: str | Unset = UNSET,
    skip: str | Unset = UNSET,
    take: str | Unset = UNSET,
    provider: PhoneNumberProvider | Unset = UNSET,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    """The request this operation sends (raises RequestValidationError before any I/O)."""
    # Checked before the transforms below, which would fail on a wrong type with a bare
    # AttributeError/TypeError.
    _query_problems: list[Any] = []
    check_query(_query_problems, "voice_agent_id", voice_agent_id)
    check_query(_query_problems, "skip", skip)
    check_query(_query_problems, "take", take)
    check_query(_query_problems, "provider", provider, enum=PhoneNumberProvider)
    raise_if_any(_query_problems)
    params: dict[str, Any] = {}

    params["voiceAgentId"] = voice_agent_id

    params["skip"] = skip

    params["take"] = take

    json_provider: str | Unset = UNSET
    if not isinstance(provider, Unset):
        json_provider = provider.value

    params["provider"] = json_provider

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestOptions(
        method=METHOD,
        path=PATH,
        params=params,
        timeout=timeout,
        max_retries=max_retries,
    )


def _parse(response: httpx.Response) -> PhoneNumberListResponse:
    return parse_json_response(response, PhoneNumberListResponse.from_dict)


def sync_detailed(
    *,
    client: SyncAPIClient,
    voice_agent_id: str | Unset = UNSET,
    skip: str | Unset = UNSET,
    take: str | Unset = UNSET,
    provider: PhoneNumberProvider | Unset = UNSET,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Response[PhoneNumberListResponse]:
    """List phone numbers

    Returns the project's phone numbers.

    Quirks: `data` is a bare list of numbers, with no `total`/`filtered` counters, so the end of the list is reached when a page comes back shorter than `take`.
    `skip` is the 1-based page number (not an offset), and the page documents `skip` and `take` as strings; they are sent as strings.

    ``GET /v1/voice-agents/phone-number/list`` (API v1)

    Args:
        voice_agent_id (str | Unset):
        skip (str | Unset):
        take (str | Unset):
        provider (PhoneNumberProvider | Unset): Where a phone number is connected from: a Twilio account or a SIP trunk.
        timeout: Overrides the client's timeout for this call.
        max_retries: Overrides the client's retry budget for this call.

    Raises:
        hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
        hamsa.APIStatusError: The API answered with an error status (a subclass per status).
        hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
        hamsa.APIResponseValidationError: The response did not match the spec.

    Returns:
        Response[PhoneNumberListResponse]: status, headers, raw bytes and the parsed value.
    """

    response = client.request(
        request_options(
            voice_agent_id=voice_agent_id,
            skip=skip,
            take=take,
            provider=provider,
            timeout=timeout,
            max_retries=max_retries,
        )
    )
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(response),
    )


def sync(
    *,
    client: SyncAPIClient,
    voice_agent_id: str | Unset = UNSET,
    skip: str | Unset = UNSET,
    take: str | Unset = UNSET,
    provider: PhoneNumberProvider | Unset = UNSET,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> PhoneNumberListResponse:
    """List phone numbers

    Returns the project's phone numbers.

    Quirks: `data` is a bare list of numbers, with no `total`/`filtered` counters, so the end of the list is reached when a page comes back shorter than `take`.
    `skip` is the 1-based page number (not an offset), and the page documents `skip` and `take` as strings; they are sent as strings.

    ``GET /v1/voice-agents/phone-number/list`` (API v1)

    Args:
        voice_agent_id (str | Unset):
        skip (str | Unset):
        take (str | Unset):
        provider (PhoneNumberProvider | Unset): Where a phone number is connected from: a Twilio account or a SIP trunk.
        timeout: Overrides the client's timeout for this call.
        max_retries: Overrides the client's retry budget for this call.

    Raises:
        hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
        hamsa.APIStatusError: The API answered with an error status (a subclass per status).
        hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
        hamsa.APIResponseValidationError: The response did not match the spec.

    Returns:
        PhoneNumberListResponse
    """

    return _parse(
        client.request(
            request_options(
                voice_agent_id=voice_agent_id,
                skip=skip,
                take=take,
                provider=provider,
                timeout=timeout,
                max_retries=max_retries,
            )
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncAPIClient,
    voice_agent_id: str | Unset = UNSET,
    skip: str | Unset = UNSET,
    take: str | Unset = UNSET,
    provider: PhoneNumberProvider | Unset = UNSET,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Response[PhoneNumberListResponse]:
    """List phone numbers

    Returns the project's phone numbers.

    Quirks: `data` is a bare list of numbers, with no `total`/`filtered` counters, so the end of the list is reached when a page comes back shorter than `take`.
    `skip` is the 1-based page number (not an offset), and the page documents `skip` and `take` as strings; they are sent as strings.

    ``GET /v1/voice-agents/phone-number/list`` (API v1)

    Args:
        voice_agent_id (str | Unset):
        skip (str | Unset):
        take (str | Unset):
        provider (PhoneNumberProvider | Unset): Where a phone number is connected from: a Twilio account or a SIP trunk.
        timeout: Overrides the client's timeout for this call.
        max_retries: Overrides the client's retry budget for this call.

    Raises:
        hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
        hamsa.APIStatusError: The API answered with an error status (a subclass per status).
        hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
        hamsa.APIResponseValidationError: The response did not match the spec.

    Returns:
        Response[PhoneNumberListResponse]: status, headers, raw bytes and the parsed value.
    """

    response = await client.request(
        request_options(
            voice_agent_id=voice_agent_id,
            skip=skip,
            take=take,
            provider=provider,
            timeout=timeout,
            max_retries=max_retries,
        )
    )
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(response),
    )


async def asyncio(
    *,
    client: AsyncAPIClient,
    voice_agent_id: str | Unset = UNSET,
    skip: str | Unset = UNSET,
    take: str | Unset = UNSET,
    provider: PhoneNumberProvider | Unset = UNSET,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> PhoneNumberListResponse:
    """List phone numbers

    Returns the project's phone numbers.

    Quirks: `data` is a bare list of numbers, with no `total`/`filtered` counters, so the end of the list is reached when a page comes back shorter than `take`.
    `skip` is the 1-based page number (not an offset), and the page documents `skip` and `take` as strings; they are sent as strings.

    ``GET /v1/voice-agents/phone-number/list`` (API v1)

    Args:
        voice_agent_id (str | Unset):
        skip (str | Unset):
        take (str | Unset):
        provider (PhoneNumberProvider | Unset): Where a phone number is connected from: a Twilio account or a SIP trunk.
        timeout: Overrides the client's timeout for this call.
        max_retries: Overrides the client's retry budget for this call.

    Raises:
        hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
        hamsa.APIStatusError: The API answered with an error status (a subclass per status).
        hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
        hamsa.APIResponseValidationError: The response did not match the spec.

    Returns:
        PhoneNumberListResponse
    """

    return _parse(
        await client.request(
            request_options(
                voice_agent_id=voice_agent_id,
                skip=skip,
                take=take,
                provider=provider,
                timeout=timeout,
                max_retries=max_retries,
            )
        )
    )

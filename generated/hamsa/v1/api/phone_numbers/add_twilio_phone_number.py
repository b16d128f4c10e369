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
from hamsa._parsing import parse_json_response

from ...models.add_twilio_number_request import AddTwilioNumberRequest
from ...models.twilio_number_response import TwilioNumberResponse
from ...types import Response

METHOD = "POST"
PATH = "/v1/voice-agents/twilio/phone-number"


def request_options(
    *,
    body: AddTwilioNumberRequest | dict[str, Any],
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    """The validated request this operation sends (raises RequestValidationError before any I/O)."""
    if isinstance(body, AddTwilioNumberRequest):
        body.validate()
    else:  # the wire dict the README shows, or a mistake: checked and worded in hamsa._wire
        from hamsa._wire import request_body

        body = request_body(AddTwilioNumberRequest, body)
    return checked_request_options(body=body, timeout=timeout, max_retries=max_retries)


def checked_request_options(
    *,
    body: AddTwilioNumberRequest | dict[str, Any],
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    """The request for a body that was already validated, so the constraints are not checked
    twice: a model from hamsa._wire.build_model, or the JSON dict hamsa._wire.checked_wire
    passed as it stands."""
    json_body: Any = body if isinstance(body, dict) else body.to_wire()

    return RequestOptions(
        method=METHOD,
        path=PATH,
        json=json_body,
        timeout=timeout,
        max_retries=max_retries,
    )


def _parse(response: httpx.Response) -> TwilioNumberResponse:
    return parse_json_response(response, TwilioNumberResponse.from_dict)


def sync_detailed(
    *,
    client: SyncAPIClient,
    body: AddTwilioNumberRequest | dict[str, Any],
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Response[TwilioNumberResponse]:
    """Add a Twilio number (legacy)

    The older way to connect a Twilio number, kept for existing integrations; use `phone_numbers.add` instead.

    ``POST /v1/voice-agents/twilio/phone-number`` (API v1)

    Args:
        body (AddTwilioNumberRequest): The request body; validated before sending.
        timeout: Overrides the client's timeout for this call.
        max_retries: Overrides the client's retry budget for this call.

    Raises:
        hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
        hamsa.APIStatusError: The API answered with an error status (a subclass per status).
        hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
        hamsa.APIResponseValidationError: The response did not match the spec.

    Returns:
        Response[TwilioNumberResponse]: status, headers, raw bytes and the parsed value.
    """

    response = client.request(request_options(body=body, timeout=timeout, max_retries=max_retries))
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(response),
    )


def sync(
    *,
    client: SyncAPIClient,
    body: AddTwilioNumberRequest | dict[str, Any],
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> TwilioNumberResponse:
    """Add a Twilio number (legacy)

    The older way to connect a Twilio number, kept for existing integrations; use `phone_numbers.add` instead.

    ``POST /v1/voice-agents/twilio/phone-number`` (API v1)

    Args:
        body (AddTwilioNumberRequest): The request body; validated before sending.
        timeout: Overrides the client's timeout for this call.
        max_retries: Overrides the client's retry budget for this call.

    Raises:
        hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
        hamsa.APIStatusError: The API answered with an error status (a subclass per status).
        hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
        hamsa.APIResponseValidationError: The response did not match the spec.

    Returns:
        TwilioNumberResponse
    """

    return _parse(
        client.request(request_options(body=body, timeout=timeout, max_retries=max_retries))
    )


async def asyncio_detailed(
    *,
    client: AsyncAPIClient,
    body: AddTwilioNumberRequest | dict[str, Any],
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Response[TwilioNumberResponse]:
    """Add a Twilio number (legacy)

    The older way to connect a Twilio number, kept for existing integrations; use `phone_numbers.add` instead.

    ``POST /v1/voice-agents/twilio/phone-number`` (API v1)

    Args:
        body (AddTwilioNumberRequest): The request body; validated before sending.
        timeout: Overrides the client's timeout for this call.
        max_retries: Overrides the client's retry budget for this call.

    Raises:
        hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
        hamsa.APIStatusError: The API answered with an error status (a subclass per status).
        hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
        hamsa.APIResponseValidationError: The response did not match the spec.

    Returns:
        Response[TwilioNumberResponse]: status, headers, raw bytes and the parsed value.
    """

    response = await client.request(
        request_options(body=body, timeout=timeout, max_retries=max_retries)
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
    body: AddTwilioNumberRequest | dict[str, Any],
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> TwilioNumberResponse:
    """Add a Twilio number (legacy)

    The older way to connect a Twilio number, kept for existing integrations; use `phone_numbers.add` instead.

    ``POST /v1/voice-agents/twilio/phone-number`` (API v1)

    Args:
        body (AddTwilioNumberRequest): The request body; validated before sending.
        timeout: Overrides the client's timeout for this call.
        max_retries: Overrides the client's retry budget for this call.

    Raises:
        hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
        hamsa.APIStatusError: The API answered with an error status (a subclass per status).
        hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
        hamsa.APIResponseValidationError: The response did not match the spec.

    Returns:
        TwilioNumberResponse
    """

    return _parse(
        await client.request(request_options(body=body, timeout=timeout, max_retries=max_retries))
    )

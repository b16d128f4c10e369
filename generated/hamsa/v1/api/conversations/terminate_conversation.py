from http import HTTPStatus

import httpx
from hamsa._base_client import (
    NOT_GIVEN,
    AsyncAPIClient,
    NotGiven,
    RequestOptions,
    SyncAPIClient,
    path_segment,
)
from hamsa._parsing import parse_json_response

from ...models.response_envelope import ResponseEnvelope
from ...types import Response

METHOD = "GET"
PATH = "/v1/voice-agents/conversation/{conversation_id}/terminate"


def request_options(
    conversation_id: str,
    *,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    """The request this operation sends (raises RequestValidationError before any I/O)."""

    return RequestOptions(
        method=METHOD,
        path=PATH.format(
            conversation_id=path_segment("conversation_id", conversation_id),
        ),
        timeout=timeout,
        max_retries=max_retries,
        idempotent=False,
    )


def _parse(response: httpx.Response) -> ResponseEnvelope:
    return parse_json_response(response, ResponseEnvelope.from_dict)


def sync_detailed(
    conversation_id: str,
    *,
    client: SyncAPIClient,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Response[ResponseEnvelope]:
    """Terminate a conversation

    Ends a call that is still going.
    A GET that changes state: the SDK never retries it automatically (`x-hamsa-idempotent: false`).

    ``GET /v1/voice-agents/conversation/{conversation_id}/terminate`` (API v1)

    Args:
        conversation_id (str):
        timeout: Overrides the client's timeout for this call.
        max_retries: Overrides the client's retry budget for this call.

    Raises:
        hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
        hamsa.APIStatusError: The API answered with an error status (a subclass per status).
        hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
        hamsa.APIResponseValidationError: The response did not match the spec.

    Returns:
        Response[ResponseEnvelope]: status, headers, raw bytes and the parsed value.
    """

    response = client.request(
        request_options(conversation_id=conversation_id, timeout=timeout, max_retries=max_retries)
    )
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(response),
    )


def sync(
    conversation_id: str,
    *,
    client: SyncAPIClient,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> ResponseEnvelope:
    """Terminate a conversation

    Ends a call that is still going.
    A GET that changes state: the SDK never retries it automatically (`x-hamsa-idempotent: false`).

    ``GET /v1/voice-agents/conversation/{conversation_id}/terminate`` (API v1)

    Args:
        conversation_id (str):
        timeout: Overrides the client's timeout for this call.
        max_retries: Overrides the client's retry budget for this call.

    Raises:
        hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
        hamsa.APIStatusError: The API answered with an error status (a subclass per status).
        hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
        hamsa.APIResponseValidationError: The response did not match the spec.

    Returns:
        ResponseEnvelope
    """

    return _parse(
        client.request(
            request_options(
                conversation_id=conversation_id, timeout=timeout, max_retries=max_retries
            )
        )
    )


async def asyncio_detailed(
    conversation_id: str,
    *,
    client: AsyncAPIClient,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Response[ResponseEnvelope]:
    """Terminate a conversation

    Ends a call that is still going.
    A GET that changes state: the SDK never retries it automatically (`x-hamsa-idempotent: false`).

    ``GET /v1/voice-agents/conversation/{conversation_id}/terminate`` (API v1)

    Args:
        conversation_id (str):
        timeout: Overrides the client's timeout for this call.
        max_retries: Overrides the client's retry budget for this call.

    Raises:
        hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
        hamsa.APIStatusError: The API answered with an error status (a subclass per status).
        hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
        hamsa.APIResponseValidationError: The response did not match the spec.

    Returns:
        Response[ResponseEnvelope]: status, headers, raw bytes and the parsed value.
    """

    response = await client.request(
        request_options(conversation_id=conversation_id, timeout=timeout, max_retries=max_retries)
    )
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(response),
    )


async def asyncio(
    conversation_id: str,
    *,
    client: AsyncAPIClient,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> ResponseEnvelope:
    """Terminate a conversation

    Ends a call that is still going.
    A GET that changes state: the SDK never retries it automatically (`x-hamsa-idempotent: false`).

    ``GET /v1/voice-agents/conversation/{conversation_id}/terminate`` (API v1)

    Args:
        conversation_id (str):
        timeout: Overrides the client's timeout for this call.
        max_retries: Overrides the client's retry budget for this call.

    Raises:
        hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
        hamsa.APIStatusError: The API answered with an error status (a subclass per status).
        hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
        hamsa.APIResponseValidationError: The response did not match the spec.

    Returns:
        ResponseEnvelope
    """

    return _parse(
        await client.request(
            request_options(
                conversation_id=conversation_id, timeout=timeout, max_retries=max_retries
            )
        )
    )

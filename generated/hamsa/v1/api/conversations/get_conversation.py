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

from ...models.conversation_response import ConversationResponse
from ...types import Response

METHOD = "GET"
PATH = "/v1/voice-agents/conversation/{conversation_id}"


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
    )


def _parse(response: httpx.Response) -> ConversationResponse:
    return parse_json_response(response, ConversationResponse.from_dict)


def sync_detailed(
    conversation_id: str,
    *,
    client: SyncAPIClient,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Response[ConversationResponse]:
    """Get a conversation

    Returns one conversation (the call started by start-call, whose `data.id` is this id): its status, recording, logs, analysis and the agent configuration it ran with.
    Poll it until the status is final.

    ``GET /v1/voice-agents/conversation/{conversation_id}`` (API v1)

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
        Response[ConversationResponse]: status, headers, raw bytes and the parsed value.
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
) -> ConversationResponse:
    """Get a conversation

    Returns one conversation (the call started by start-call, whose `data.id` is this id): its status, recording, logs, analysis and the agent configuration it ran with.
    Poll it until the status is final.

    ``GET /v1/voice-agents/conversation/{conversation_id}`` (API v1)

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
        ConversationResponse
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
) -> Response[ConversationResponse]:
    """Get a conversation

    Returns one conversation (the call started by start-call, whose `data.id` is this id): its status, recording, logs, analysis and the agent configuration it ran with.
    Poll it until the status is final.

    ``GET /v1/voice-agents/conversation/{conversation_id}`` (API v1)

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
        Response[ConversationResponse]: status, headers, raw bytes and the parsed value.
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
) -> ConversationResponse:
    """Get a conversation

    Returns one conversation (the call started by start-call, whose `data.id` is this id): its status, recording, logs, analysis and the agent configuration it ran with.
    Poll it until the status is final.

    ``GET /v1/voice-agents/conversation/{conversation_id}`` (API v1)

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
        ConversationResponse
    """

    return _parse(
        await client.request(
            request_options(
                conversation_id=conversation_id, timeout=timeout, max_retries=max_retries
            )
        )
    )

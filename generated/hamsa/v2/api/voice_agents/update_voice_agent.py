from http import HTTPStatus
from typing import Any

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

from ...models.update_voice_agent_request import UpdateVoiceAgentRequest
from ...models.voice_agent_response import VoiceAgentResponse
from ...types import Response

METHOD = "PATCH"
PATH = "/v2/voice-agents/{voice_agent_id}"


def request_options(
    voice_agent_id: str,
    *,
    body: UpdateVoiceAgentRequest | dict[str, Any],
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    """The validated request this operation sends (raises RequestValidationError before any I/O)."""
    if isinstance(body, UpdateVoiceAgentRequest):
        body.validate()
    else:  # the wire dict the README shows, or a mistake: checked and worded in hamsa._wire
        from hamsa._wire import request_body

        body = request_body(UpdateVoiceAgentRequest, body)
    return checked_request_options(
        voice_agent_id=voice_agent_id, body=body, timeout=timeout, max_retries=max_retries
    )


def checked_request_options(
    voice_agent_id: str,
    *,
    body: UpdateVoiceAgentRequest | dict[str, Any],
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    """The request for a body that was already validated, so the constraints are not checked
    twice: a model from hamsa._wire.build_model, or the JSON dict hamsa._wire.checked_wire
    passed as it stands."""
    json_body: Any = body if isinstance(body, dict) else body.to_wire()

    return RequestOptions(
        method=METHOD,
        path=PATH.format(
            voice_agent_id=path_segment("voice_agent_id", voice_agent_id),
        ),
        json=json_body,
        timeout=timeout,
        max_retries=max_retries,
    )


def _parse(response: httpx.Response) -> VoiceAgentResponse:
    return parse_json_response(response, VoiceAgentResponse.from_dict)


def sync_detailed(
    voice_agent_id: str,
    *,
    client: SyncAPIClient,
    body: UpdateVoiceAgentRequest | dict[str, Any],
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Response[VoiceAgentResponse]:
    """Update a voice agent

    Changes an existing agent using the nested v2 shape.
    Every field is optional; only the fields present in the body are sent.
    The limits are the same as on create.
    Returns the agent as stored after the change, with `messageKey` `VoiceAgentUpdatedSuccessfully`.

    ``PATCH /v2/voice-agents/{voice_agent_id}`` (API v2)

    Args:
        voice_agent_id (str):
        body (UpdateVoiceAgentRequest): The request body; validated before sending.
        timeout: Overrides the client's timeout for this call.
        max_retries: Overrides the client's retry budget for this call.

    Raises:
        hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
        hamsa.APIStatusError: The API answered with an error status (a subclass per status).
        hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
        hamsa.APIResponseValidationError: The response did not match the spec.

    Returns:
        Response[VoiceAgentResponse]: status, headers, raw bytes and the parsed value.
    """

    response = client.request(
        request_options(
            voice_agent_id=voice_agent_id, body=body, timeout=timeout, max_retries=max_retries
        )
    )
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(response),
    )


def sync(
    voice_agent_id: str,
    *,
    client: SyncAPIClient,
    body: UpdateVoiceAgentRequest | dict[str, Any],
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> VoiceAgentResponse:
    """Update a voice agent

    Changes an existing agent using the nested v2 shape.
    Every field is optional; only the fields present in the body are sent.
    The limits are the same as on create.
    Returns the agent as stored after the change, with `messageKey` `VoiceAgentUpdatedSuccessfully`.

    ``PATCH /v2/voice-agents/{voice_agent_id}`` (API v2)

    Args:
        voice_agent_id (str):
        body (UpdateVoiceAgentRequest): The request body; validated before sending.
        timeout: Overrides the client's timeout for this call.
        max_retries: Overrides the client's retry budget for this call.

    Raises:
        hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
        hamsa.APIStatusError: The API answered with an error status (a subclass per status).
        hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
        hamsa.APIResponseValidationError: The response did not match the spec.

    Returns:
        VoiceAgentResponse
    """

    return _parse(
        client.request(
            request_options(
                voice_agent_id=voice_agent_id, body=body, timeout=timeout, max_retries=max_retries
            )
        )
    )


async def asyncio_detailed(
    voice_agent_id: str,
    *,
    client: AsyncAPIClient,
    body: UpdateVoiceAgentRequest | dict[str, Any],
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Response[VoiceAgentResponse]:
    """Update a voice agent

    Changes an existing agent using the nested v2 shape.
    Every field is optional; only the fields present in the body are sent.
    The limits are the same as on create.
    Returns the agent as stored after the change, with `messageKey` `VoiceAgentUpdatedSuccessfully`.

    ``PATCH /v2/voice-agents/{voice_agent_id}`` (API v2)

    Args:
        voice_agent_id (str):
        body (UpdateVoiceAgentRequest): The request body; validated before sending.
        timeout: Overrides the client's timeout for this call.
        max_retries: Overrides the client's retry budget for this call.

    Raises:
        hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
        hamsa.APIStatusError: The API answered with an error status (a subclass per status).
        hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
        hamsa.APIResponseValidationError: The response did not match the spec.

    Returns:
        Response[VoiceAgentResponse]: status, headers, raw bytes and the parsed value.
    """

    response = await client.request(
        request_options(
            voice_agent_id=voice_agent_id, body=body, timeout=timeout, max_retries=max_retries
        )
    )
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(response),
    )


async def asyncio(
    voice_agent_id: str,
    *,
    client: AsyncAPIClient,
    body: UpdateVoiceAgentRequest | dict[str, Any],
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> VoiceAgentResponse:
    """Update a voice agent

    Changes an existing agent using the nested v2 shape.
    Every field is optional; only the fields present in the body are sent.
    The limits are the same as on create.
    Returns the agent as stored after the change, with `messageKey` `VoiceAgentUpdatedSuccessfully`.

    ``PATCH /v2/voice-agents/{voice_agent_id}`` (API v2)

    Args:
        voice_agent_id (str):
        body (UpdateVoiceAgentRequest): The request body; validated before sending.
        timeout: Overrides the client's timeout for this call.
        max_retries: Overrides the client's retry budget for this call.

    Raises:
        hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
        hamsa.APIStatusError: The API answered with an error status (a subclass per status).
        hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
        hamsa.APIResponseValidationError: The response did not match the spec.

    Returns:
        VoiceAgentResponse
    """

    return _parse(
        await client.request(
            request_options(
                voice_agent_id=voice_agent_id, body=body, timeout=timeout, max_retries=max_retries
            )
        )
    )

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

from ...models.voice_agent_response import VoiceAgentResponse
from ...types import Response

METHOD = "GET"
PATH = "/v1/voice-agents/{voice_agent_id}"


def request_options(
    voice_agent_id: str,
    *,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    """The request this operation sends (raises RequestValidationError before any I/O)."""

    return RequestOptions(
        method=METHOD,
        path=PATH.format(
            voice_agent_id=path_segment("voice_agent_id", voice_agent_id),
        ),
        timeout=timeout,
        max_retries=max_retries,
    )


def _parse(response: httpx.Response) -> VoiceAgentResponse:
    return parse_json_response(response, VoiceAgentResponse.from_dict)


def sync_detailed(
    voice_agent_id: str,
    *,
    client: SyncAPIClient,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Response[VoiceAgentResponse]:
    """Get a voice agent

    Returns one saved agent in the flat v1 shape.

    Deprecated: a documentation mirror labels this endpoint deprecated.
    It is still described because no v1 replacement exists; the v2 get (`GET /v2/voice-agents/{id}`) returns the same agent in the nested shape.

    ``GET /v1/voice-agents/{voice_agent_id}`` (API v1)

    Args:
        voice_agent_id (str):
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
        request_options(voice_agent_id=voice_agent_id, timeout=timeout, max_retries=max_retries)
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
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> VoiceAgentResponse:
    """Get a voice agent

    Returns one saved agent in the flat v1 shape.

    Deprecated: a documentation mirror labels this endpoint deprecated.
    It is still described because no v1 replacement exists; the v2 get (`GET /v2/voice-agents/{id}`) returns the same agent in the nested shape.

    ``GET /v1/voice-agents/{voice_agent_id}`` (API v1)

    Args:
        voice_agent_id (str):
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
            request_options(voice_agent_id=voice_agent_id, timeout=timeout, max_retries=max_retries)
        )
    )


async def asyncio_detailed(
    voice_agent_id: str,
    *,
    client: AsyncAPIClient,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Response[VoiceAgentResponse]:
    """Get a voice agent

    Returns one saved agent in the flat v1 shape.

    Deprecated: a documentation mirror labels this endpoint deprecated.
    It is still described because no v1 replacement exists; the v2 get (`GET /v2/voice-agents/{id}`) returns the same agent in the nested shape.

    ``GET /v1/voice-agents/{voice_agent_id}`` (API v1)

    Args:
        voice_agent_id (str):
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
        request_options(voice_agent_id=voice_agent_id, timeout=timeout, max_retries=max_retries)
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
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> VoiceAgentResponse:
    """Get a voice agent

    Returns one saved agent in the flat v1 shape.

    Deprecated: a documentation mirror labels this endpoint deprecated.
    It is still described because no v1 replacement exists; the v2 get (`GET /v2/voice-agents/{id}`) returns the same agent in the nested shape.

    ``GET /v1/voice-agents/{voice_agent_id}`` (API v1)

    Args:
        voice_agent_id (str):
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
            request_options(voice_agent_id=voice_agent_id, timeout=timeout, max_retries=max_retries)
        )
    )

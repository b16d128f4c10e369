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

from ...models.update_voice_dictionary_request import UpdateVoiceDictionaryRequest
from ...models.voice_dictionary_response import VoiceDictionaryResponse
from ...types import Response

METHOD = "PATCH"
PATH = "/v1/voice-agents/voice-dictionaries/{voice_dictionary_id}"


def request_options(
    voice_dictionary_id: str,
    *,
    body: UpdateVoiceDictionaryRequest | dict[str, Any],
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    """The validated request this operation sends (raises RequestValidationError before any I/O)."""
    if isinstance(body, UpdateVoiceDictionaryRequest):
        body.validate()
    else:  # the wire dict the README shows, or a mistake: checked and worded in hamsa._wire
        from hamsa._wire import request_body

        body = request_body(UpdateVoiceDictionaryRequest, body)
    return checked_request_options(
        voice_dictionary_id=voice_dictionary_id, body=body, timeout=timeout, max_retries=max_retries
    )


def checked_request_options(
    voice_dictionary_id: str,
    *,
    body: UpdateVoiceDictionaryRequest | dict[str, Any],
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
            voice_dictionary_id=path_segment("voice_dictionary_id", voice_dictionary_id),
        ),
        json=json_body,
        timeout=timeout,
        max_retries=max_retries,
    )


def _parse(response: httpx.Response) -> VoiceDictionaryResponse:
    return parse_json_response(response, VoiceDictionaryResponse.from_dict)


def sync_detailed(
    voice_dictionary_id: str,
    *,
    client: SyncAPIClient,
    body: UpdateVoiceDictionaryRequest | dict[str, Any],
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Response[VoiceDictionaryResponse]:
    """Update a voice dictionary

    Changes a dictionary's name and/or its words; only the fields present are changed.
    Sending `words` replaces the whole word list.
    Returns the dictionary as stored.

    ``PATCH /v1/voice-agents/voice-dictionaries/{voice_dictionary_id}`` (API v1)

    Args:
        voice_dictionary_id (str):
        body (UpdateVoiceDictionaryRequest): The request body; validated before sending.
        timeout: Overrides the client's timeout for this call.
        max_retries: Overrides the client's retry budget for this call.

    Raises:
        hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
        hamsa.APIStatusError: The API answered with an error status (a subclass per status).
        hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
        hamsa.APIResponseValidationError: The response did not match the spec.

    Returns:
        Response[VoiceDictionaryResponse]: status, headers, raw bytes and the parsed value.
    """

    response = client.request(
        request_options(
            voice_dictionary_id=voice_dictionary_id,
            body=body,
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
    voice_dictionary_id: str,
    *,
    client: SyncAPIClient,
    body: UpdateVoiceDictionaryRequest | dict[str, Any],
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> VoiceDictionaryResponse:
    """Update a voice dictionary

    Changes a dictionary's name and/or its words; only the fields present are changed.
    Sending `words` replaces the whole word list.
    Returns the dictionary as stored.

    ``PATCH /v1/voice-agents/voice-dictionaries/{voice_dictionary_id}`` (API v1)

    Args:
        voice_dictionary_id (str):
        body (UpdateVoiceDictionaryRequest): The request body; validated before sending.
        timeout: Overrides the client's timeout for this call.
        max_retries: Overrides the client's retry budget for this call.

    Raises:
        hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
        hamsa.APIStatusError: The API answered with an error status (a subclass per status).
        hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
        hamsa.APIResponseValidationError: The response did not match the spec.

    Returns:
        VoiceDictionaryResponse
    """

    return _parse(
        client.request(
            request_options(
                voice_dictionary_id=voice_dictionary_id,
                body=body,
                timeout=timeout,
                max_retries=max_retries,
            )
        )
    )


async def asyncio_detailed(
    voice_dictionary_id: str,
    *,
    client: AsyncAPIClient,
    body: UpdateVoiceDictionaryRequest | dict[str, Any],
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Response[VoiceDictionaryResponse]:
    """Update a voice dictionary

    Changes a dictionary's name and/or its words; only the fields present are changed.
    Sending `words` replaces the whole word list.
    Returns the dictionary as stored.

    ``PATCH /v1/voice-agents/voice-dictionaries/{voice_dictionary_id}`` (API v1)

    Args:
        voice_dictionary_id (str):
        body (UpdateVoiceDictionaryRequest): The request body; validated before sending.
        timeout: Overrides the client's timeout for this call.
        max_retries: Overrides the client's retry budget for this call.

    Raises:
        hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
        hamsa.APIStatusError: The API answered with an error status (a subclass per status).
        hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
        hamsa.APIResponseValidationError: The response did not match the spec.

    Returns:
        Response[VoiceDictionaryResponse]: status, headers, raw bytes and the parsed value.
    """

    response = await client.request(
        request_options(
            voice_dictionary_id=voice_dictionary_id,
            body=body,
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
    voice_dictionary_id: str,
    *,
    client: AsyncAPIClient,
    body: UpdateVoiceDictionaryRequest | dict[str, Any],
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> VoiceDictionaryResponse:
    """Update a voice dictionary

    Changes a dictionary's name and/or its words; only the fields present are changed.
    Sending `words` replaces the whole word list.
    Returns the dictionary as stored.

    ``PATCH /v1/voice-agents/voice-dictionaries/{voice_dictionary_id}`` (API v1)

    Args:
        voice_dictionary_id (str):
        body (UpdateVoiceDictionaryRequest): The request body; validated before sending.
        timeout: Overrides the client's timeout for this call.
        max_retries: Overrides the client's retry budget for this call.

    Raises:
        hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
        hamsa.APIStatusError: The API answered with an error status (a subclass per status).
        hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
        hamsa.APIResponseValidationError: The response did not match the spec.

    Returns:
        VoiceDictionaryResponse
    """

    return _parse(
        await client.request(
            request_options(
                voice_dictionary_id=voice_dictionary_id,
                body=body,
                timeout=timeout,
                max_retries=max_retries,
            )
        )
    )

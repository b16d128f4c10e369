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

from ...models.preview_voice_request import PreviewVoiceRequest
from ...models.voice_preview_response import VoicePreviewResponse
from ...types import UNSET, Response

METHOD = "POST"
PATH = "/v2/tts/voices/preview"


def request_options(
    *,
    body: PreviewVoiceRequest | dict[str, Any],
    project_id: str,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    """The validated request this operation sends (raises RequestValidationError before any I/O)."""
    if isinstance(body, PreviewVoiceRequest):
        body.validate()
    else:  # the wire dict the README shows, or a mistake: checked and worded in hamsa._wire
        from hamsa._wire import request_body

        body = request_body(PreviewVoiceRequest, body)
    return checked_request_options(
        body=body, project_id=project_id, timeout=timeout, max_retries=max_retries
    )


def checked_request_options(
    *,
    body: PreviewVoiceRequest | dict[str, Any],
    project_id: str,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    """The request for a body that was already validated, so the constraints are not checked
    twice: a model from hamsa._wire.build_model, or the JSON dict hamsa._wire.checked_wire
    passed as it stands."""
    json_body: Any = body if isinstance(body, dict) else body.to_wire()
    # Checked before the transforms below, which would fail on a wrong type with a bare
    # AttributeError/TypeError.
    _query_problems: list[Any] = []
    check_query(_query_problems, "project_id", project_id)
    raise_if_any(_query_problems)
    params: dict[str, Any] = {}

    params["projectId"] = project_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestOptions(
        method=METHOD,
        path=PATH,
        params=params,
        json=json_body,
        timeout=timeout,
        max_retries=max_retries,
    )


def _parse(response: httpx.Response) -> VoicePreviewResponse:
    return parse_json_response(response, VoicePreviewResponse.from_dict)


def sync_detailed(
    *,
    client: SyncAPIClient,
    body: PreviewVoiceRequest | dict[str, Any],
    project_id: str,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Response[VoicePreviewResponse]:
    """Preview a voice

    A sample of what a cloned voice would sound like.

    ``POST /v2/tts/voices/preview`` (API v2)

    Args:
        project_id (str):
        body (PreviewVoiceRequest): The request body; validated before sending.
        timeout: Overrides the client's timeout for this call.
        max_retries: Overrides the client's retry budget for this call.

    Raises:
        hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
        hamsa.APIStatusError: The API answered with an error status (a subclass per status).
        hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
        hamsa.APIResponseValidationError: The response did not match the spec.

    Returns:
        Response[VoicePreviewResponse]: status, headers, raw bytes and the parsed value.
    """

    response = client.request(
        request_options(body=body, project_id=project_id, timeout=timeout, max_retries=max_retries)
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
    body: PreviewVoiceRequest | dict[str, Any],
    project_id: str,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> VoicePreviewResponse:
    """Preview a voice

    A sample of what a cloned voice would sound like.

    ``POST /v2/tts/voices/preview`` (API v2)

    Args:
        project_id (str):
        body (PreviewVoiceRequest): The request body; validated before sending.
        timeout: Overrides the client's timeout for this call.
        max_retries: Overrides the client's retry budget for this call.

    Raises:
        hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
        hamsa.APIStatusError: The API answered with an error status (a subclass per status).
        hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
        hamsa.APIResponseValidationError: The response did not match the spec.

    Returns:
        VoicePreviewResponse
    """

    return _parse(
        client.request(
            request_options(
                body=body, project_id=project_id, timeout=timeout, max_retries=max_retries
            )
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncAPIClient,
    body: PreviewVoiceRequest | dict[str, Any],
    project_id: str,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Response[VoicePreviewResponse]:
    """Preview a voice

    A sample of what a cloned voice would sound like.

    ``POST /v2/tts/voices/preview`` (API v2)

    Args:
        project_id (str):
        body (PreviewVoiceRequest): The request body; validated before sending.
        timeout: Overrides the client's timeout for this call.
        max_retries: Overrides the client's retry budget for this call.

    Raises:
        hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
        hamsa.APIStatusError: The API answered with an error status (a subclass per status).
        hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
        hamsa.APIResponseValidationError: The response did not match the spec.

    Returns:
        Response[VoicePreviewResponse]: status, headers, raw bytes and the parsed value.
    """

    response = await client.request(
        request_options(body=body, project_id=project_id, timeout=timeout, max_retries=max_retries)
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
    body: PreviewVoiceRequest | dict[str, Any],
    project_id: str,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> VoicePreviewResponse:
    """Preview a voice

    A sample of what a cloned voice would sound like.

    ``POST /v2/tts/voices/preview`` (API v2)

    Args:
        project_id (str):
        body (PreviewVoiceRequest): The request body; validated before sending.
        timeout: Overrides the client's timeout for this call.
        max_retries: Overrides the client's retry budget for this call.

    Raises:
        hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
        hamsa.APIStatusError: The API answered with an error status (a subclass per status).
        hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
        hamsa.APIResponseValidationError: The response did not match the spec.

    Returns:
        VoicePreviewResponse
    """

    return _parse(
        await client.request(
            request_options(
                body=body, project_id=project_id, timeout=timeout, max_retries=max_retries
            )
        )
    )

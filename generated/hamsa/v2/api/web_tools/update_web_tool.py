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

from ...models.update_web_tool_request import UpdateWebToolRequest
from ...models.web_tool_response import WebToolResponse
from ...types import Response

METHOD = "PATCH"
PATH = "/v2/voice-agents/web-tool/{id}"


def request_options(
    id: str,
    *,
    body: UpdateWebToolRequest | dict[str, Any],
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    """The validated request this operation sends (raises RequestValidationError before any I/O)."""
    if isinstance(body, UpdateWebToolRequest):
        body.validate()
    else:  # the wire dict the README shows, or a mistake: checked and worded in hamsa._wire
        from hamsa._wire import request_body

        body = request_body(UpdateWebToolRequest, body)
    return checked_request_options(id=id, body=body, timeout=timeout, max_retries=max_retries)


def checked_request_options(
    id: str,
    *,
    body: UpdateWebToolRequest | dict[str, Any],
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
            id=path_segment("id", id),
        ),
        json=json_body,
        timeout=timeout,
        max_retries=max_retries,
    )


def _parse(response: httpx.Response) -> WebToolResponse:
    return parse_json_response(response, WebToolResponse.from_dict)


def sync_detailed(
    id: str,
    *,
    client: SyncAPIClient,
    body: UpdateWebToolRequest | dict[str, Any],
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Response[WebToolResponse]:
    """Update a web tool

    Changes an existing web tool.
    Every field is optional; only the fields present in the body are sent, with the same limits as on create.
    Returns the tool as stored after the change.
    This response carries no `message`: the envelope holds only `success` and `data`.
    The timeout is `toolSettings.timeOut` in the body but `toolSettings.timeout` in the response.

    ``PATCH /v2/voice-agents/web-tool/{id}`` (API v2)

    Args:
        id (str):
        body (UpdateWebToolRequest): The request body; validated before sending.
        timeout: Overrides the client's timeout for this call.
        max_retries: Overrides the client's retry budget for this call.

    Raises:
        hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
        hamsa.APIStatusError: The API answered with an error status (a subclass per status).
        hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
        hamsa.APIResponseValidationError: The response did not match the spec.

    Returns:
        Response[WebToolResponse]: status, headers, raw bytes and the parsed value.
    """

    response = client.request(
        request_options(id=id, body=body, timeout=timeout, max_retries=max_retries)
    )
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(response),
    )


def sync(
    id: str,
    *,
    client: SyncAPIClient,
    body: UpdateWebToolRequest | dict[str, Any],
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> WebToolResponse:
    """Update a web tool

    Changes an existing web tool.
    Every field is optional; only the fields present in the body are sent, with the same limits as on create.
    Returns the tool as stored after the change.
    This response carries no `message`: the envelope holds only `success` and `data`.
    The timeout is `toolSettings.timeOut` in the body but `toolSettings.timeout` in the response.

    ``PATCH /v2/voice-agents/web-tool/{id}`` (API v2)

    Args:
        id (str):
        body (UpdateWebToolRequest): The request body; validated before sending.
        timeout: Overrides the client's timeout for this call.
        max_retries: Overrides the client's retry budget for this call.

    Raises:
        hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
        hamsa.APIStatusError: The API answered with an error status (a subclass per status).
        hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
        hamsa.APIResponseValidationError: The response did not match the spec.

    Returns:
        WebToolResponse
    """

    return _parse(
        client.request(request_options(id=id, body=body, timeout=timeout, max_retries=max_retries))
    )


async def asyncio_detailed(
    id: str,
    *,
    client: AsyncAPIClient,
    body: UpdateWebToolRequest | dict[str, Any],
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Response[WebToolResponse]:
    """Update a web tool

    Changes an existing web tool.
    Every field is optional; only the fields present in the body are sent, with the same limits as on create.
    Returns the tool as stored after the change.
    This response carries no `message`: the envelope holds only `success` and `data`.
    The timeout is `toolSettings.timeOut` in the body but `toolSettings.timeout` in the response.

    ``PATCH /v2/voice-agents/web-tool/{id}`` (API v2)

    Args:
        id (str):
        body (UpdateWebToolRequest): The request body; validated before sending.
        timeout: Overrides the client's timeout for this call.
        max_retries: Overrides the client's retry budget for this call.

    Raises:
        hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
        hamsa.APIStatusError: The API answered with an error status (a subclass per status).
        hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
        hamsa.APIResponseValidationError: The response did not match the spec.

    Returns:
        Response[WebToolResponse]: status, headers, raw bytes and the parsed value.
    """

    response = await client.request(
        request_options(id=id, body=body, timeout=timeout, max_retries=max_retries)
    )
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(response),
    )


async def asyncio(
    id: str,
    *,
    client: AsyncAPIClient,
    body: UpdateWebToolRequest | dict[str, Any],
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> WebToolResponse:
    """Update a web tool

    Changes an existing web tool.
    Every field is optional; only the fields present in the body are sent, with the same limits as on create.
    Returns the tool as stored after the change.
    This response carries no `message`: the envelope holds only `success` and `data`.
    The timeout is `toolSettings.timeOut` in the body but `toolSettings.timeout` in the response.

    ``PATCH /v2/voice-agents/web-tool/{id}`` (API v2)

    Args:
        id (str):
        body (UpdateWebToolRequest): The request body; validated before sending.
        timeout: Overrides the client's timeout for this call.
        max_retries: Overrides the client's retry budget for this call.

    Raises:
        hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
        hamsa.APIStatusError: The API answered with an error status (a subclass per status).
        hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
        hamsa.APIResponseValidationError: The response did not match the spec.

    Returns:
        WebToolResponse
    """

    return _parse(
        await client.request(
            request_options(id=id, body=body, timeout=timeout, max_retries=max_retries)
        )
    )

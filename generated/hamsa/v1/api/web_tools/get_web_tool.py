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

from ...models.web_tool_response import WebToolResponse
from ...types import Response

METHOD = "GET"
PATH = "/v1/voice-agents/web-tool/{web_tool_id}"


def request_options(
    web_tool_id: str,
    *,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    """The request this operation sends (raises RequestValidationError before any I/O)."""

    return RequestOptions(
        method=METHOD,
        path=PATH.format(
            web_tool_id=path_segment("web_tool_id", web_tool_id),
        ),
        timeout=timeout,
        max_retries=max_retries,
    )


def _parse(response: httpx.Response) -> WebToolResponse:
    return parse_json_response(response, WebToolResponse.from_dict)


def sync_detailed(
    web_tool_id: str,
    *,
    client: SyncAPIClient,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Response[WebToolResponse]:
    """Get a web tool

    Returns one web tool with its settings, parameters and messages.

    ``GET /v1/voice-agents/web-tool/{web_tool_id}`` (API v1)

    Args:
        web_tool_id (str):
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
        request_options(web_tool_id=web_tool_id, timeout=timeout, max_retries=max_retries)
    )
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(response),
    )


def sync(
    web_tool_id: str,
    *,
    client: SyncAPIClient,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> WebToolResponse:
    """Get a web tool

    Returns one web tool with its settings, parameters and messages.

    ``GET /v1/voice-agents/web-tool/{web_tool_id}`` (API v1)

    Args:
        web_tool_id (str):
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
        client.request(
            request_options(web_tool_id=web_tool_id, timeout=timeout, max_retries=max_retries)
        )
    )


async def asyncio_detailed(
    web_tool_id: str,
    *,
    client: AsyncAPIClient,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Response[WebToolResponse]:
    """Get a web tool

    Returns one web tool with its settings, parameters and messages.

    ``GET /v1/voice-agents/web-tool/{web_tool_id}`` (API v1)

    Args:
        web_tool_id (str):
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
        request_options(web_tool_id=web_tool_id, timeout=timeout, max_retries=max_retries)
    )
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(response),
    )


async def asyncio(
    web_tool_id: str,
    *,
    client: AsyncAPIClient,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> WebToolResponse:
    """Get a web tool

    Returns one web tool with its settings, parameters and messages.

    ``GET /v1/voice-agents/web-tool/{web_tool_id}`` (API v1)

    Args:
        web_tool_id (str):
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
            request_options(web_tool_id=web_tool_id, timeout=timeout, max_retries=max_retries)
        )
    )

"""Reading `data` out of the API's {success, message, messageKey, data} envelope, and the
APIResponse the resources return."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import httpx

from .._exceptions import APIResponseValidationError
from .._parsing import ModelParseError, parse_json_response
from .._response import APIResponse

T = TypeVar("T")


def parse_envelope_data(response: httpx.Response, build: Callable[[dict[str, Any]], T]) -> T:
    """`build` applied to the envelope's `data` object.

    Building runs inside parse_json_response, so a `data` that doesn't match the spec raises
    APIResponseValidationError rather than the KeyError/TypeError of the model code.
    """

    def pick(body: Any) -> T:
        if not isinstance(body, dict):
            raise APIResponseValidationError(
                "expected a JSON object envelope", path="", response=response, body=body
            )
        data = body.get("data")
        if not isinstance(data, dict):
            raise APIResponseValidationError(
                "expected an object in `data`", path="data", response=response, body=body
            )
        try:
            return build(data)
        except ModelParseError as error:
            raise error.within("data") from error

    return parse_json_response(response, pick)


def data_response(response: httpx.Response, build: Callable[[dict[str, Any]], T]) -> APIResponse[T]:
    """An APIResponse whose value is ``build`` applied to the envelope's ``data``."""
    return APIResponse(parsed=parse_envelope_data(response, build), http_response=response)


def json_response(response: httpx.Response, build: Callable[[Any], T]) -> APIResponse[T]:
    """An APIResponse whose value is ``build`` applied to the whole JSON body (for the
    answers that carry no ``data``, or no envelope at all)."""
    return APIResponse(parsed=parse_json_response(response, build), http_response=response)

"""Reading `data` out of the API's {success, message, messageKey, data} envelope."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import httpx

from .._exceptions import APIResponseValidationError
from .._parsing import ModelParseError, parse_json_response

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

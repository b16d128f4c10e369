"""Turning a 2xx response into a typed value, with hamsa errors instead of KeyError & co."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, TypeVar

import httpx

from ._exceptions import APIResponseValidationError

T = TypeVar("T")

# What generated from_dict code raises on a payload that doesn't match the spec.
_PARSE_FAILURES = (KeyError, TypeError, ValueError, AttributeError, IndexError)


def parse_json_response(response: httpx.Response, build: Callable[[Any], T]) -> T:
    try:
        data = json.loads(response.content) if response.content else None
    except ValueError as error:
        raise APIResponseValidationError(
            f"expected a JSON body, got {response.headers.get('content-type', 'no content type')}",
            path="",
            response=response,
            body=None,
        ) from error
    try:
        return build(data)
    except APIResponseValidationError:
        raise
    except _PARSE_FAILURES as error:
        raise APIResponseValidationError(
            f"response does not match the spec: {type(error).__name__}: {error}",
            path=_failed_key(error),
            response=response,
            body=data,
        ) from error


def _failed_key(error: Exception) -> str:
    # A missing required key is the one case where the exception itself names the field.
    if isinstance(error, KeyError) and error.args:
        return str(error.args[0])
    return ""

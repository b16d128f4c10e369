"""Turning JSON into typed models with hamsa errors (and the failing field's path) instead of
the KeyError/TypeError/ValueError that attrs-style model code raises."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

import httpx

from . import _json
from ._exceptions import APIResponseValidationError, HamsaError

T = TypeVar("T")

# What generated from_dict code raises on a payload that doesn't match the spec.
PARSE_FAILURES = (KeyError, TypeError, ValueError, AttributeError, IndexError)


class ModelParseError(HamsaError):
    """A payload doesn't fit a generated model; `path` is the JSON key path to the culprit.

    Generated models raise it; the runtime turns it into APIResponseValidationError (for
    responses) or RequestValidationError (for user input)."""

    def __init__(self, path: tuple[str, ...], reason: str, value: object = None) -> None:
        self.path = path
        self.reason = reason
        self.value = value
        super().__init__(f"{self.dotted or '(root)'}: {reason}")

    @property
    def dotted(self) -> str:
        return ".".join(self.path)

    def within(self, key: str) -> ModelParseError:
        """The same failure, seen from the object holding `key`."""
        return ModelParseError((key, *self.path) if key else self.path, self.reason, self.value)


_JSON_NAMES = {"str": "a string", "int": "an integer", "float": "a number", "bool": "a boolean"}


# Set while hamsa._wire.build_model parses user input: there collect_violations() reports a
# wrong type together with every other problem, so from_dict lets it through.
_LENIENT: ContextVar[bool] = ContextVar("hamsa_lenient_types", default=False)


def wrong_type(value: object, expected: str) -> None:
    """A response field of the wrong JSON type (`"name": 123`). Generated from_dict calls it
    right after popping the field, so parse_failure names the field by the pop order."""
    if _LENIENT.get():
        return
    shown = repr(value)
    if len(shown) > 80:
        shown = shown[:77] + "..."
    raise ModelParseError((), f"expected {_JSON_NAMES[expected]} ({expected}), got {shown}", value)


@contextmanager
def lenient_types() -> Iterator[None]:
    """Parse user input: leave wrong JSON types to collect_violations()."""
    token = _LENIENT.set(True)
    try:
        yield
    finally:
        _LENIENT.reset(token)


def parse_failure(
    error: Exception, source: object, remaining: Mapping[str, Any], keys: tuple[str, ...]
) -> ModelParseError:
    """Name the field a generated from_dict failed on.

    from_dict pops the keys in `keys` order before converting each value, so the culprit is
    the last key already popped from `remaining`, or the required key that was missing. This
    costs nothing unless parsing failed.
    """
    if isinstance(error, ModelParseError):
        return error.within(_culprit(source, remaining, keys))
    if not isinstance(source, Mapping):
        return ModelParseError((), f"expected an object, got {type(source).__name__}", source)
    if isinstance(error, KeyError) and error.args and error.args[0] not in source:
        return ModelParseError((str(error.args[0]),), "is required but missing")
    key = _culprit(source, remaining, keys)
    value = source.get(key) if key else source
    return ModelParseError((key,) if key else (), f"{type(error).__name__}: {error}", value)


def _culprit(source: object, remaining: Mapping[str, Any], keys: tuple[str, ...]) -> str:
    if not isinstance(source, Mapping):
        return ""
    culprit = ""
    for key in keys:
        if key in source and key not in remaining:
            culprit = key
    return culprit


def parse_json_response(response: httpx.Response, build: Callable[[Any], T]) -> T:
    try:
        data = _json.loads(response.content) if response.content else None
    except ValueError as error:
        raise APIResponseValidationError(
            f"expected a JSON body, got {response.headers.get('content-type', 'no content type')}"
            f" ({error})",
            path="",
            response=response,
            body=None,
        ) from error
    try:
        return build(data)
    except APIResponseValidationError:
        raise
    except ModelParseError as error:
        raise APIResponseValidationError(
            f"response does not match the spec: {error.reason}",
            path=error.dotted,
            response=response,
            body=data,
        ) from error
    except PARSE_FAILURES as error:
        raise APIResponseValidationError(
            f"response does not match the spec: {type(error).__name__}: {error}",
            path=_failed_key(error),
            response=response,
            body=data,
        ) from error


def _failed_key(error: Exception) -> str:
    if isinstance(error, KeyError) and error.args:
        return str(error.args[0])
    return ""

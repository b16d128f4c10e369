"""Errors raised by this client: hamsa's one error tree, re-exported."""

from hamsa._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    HamsaError,
    RequestValidationError,
)

__all__ = (
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "HamsaError",
    "RequestValidationError",
)

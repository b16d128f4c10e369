"""hamsa: the Python SDK for Hamsa's voice-agent API.

    from hamsa import Hamsa
    client = Hamsa()  # reads HAMSA_API_KEY

Public names load on first use, so `import hamsa` stays cheap.
"""

from __future__ import annotations

import importlib
from pkgutil import extend_path
from typing import TYPE_CHECKING, Any

from ._version import __version__

# In a source checkout the generated half of the package (hamsa.v1, hamsa.v2) lives in
# generated/hamsa; in a wheel both halves share one directory and this changes nothing.
__path__ = extend_path(__path__, __name__)

_ERRORS = (
    "HamsaError",
    "MissingAPIKeyError",
    "RequestValidationError",
    "Violation",
    "APIConnectionError",
    "APITimeoutError",
    "APIStatusError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "APIResponseValidationError",
)
_LAZY: dict[str, str] = {
    "Hamsa": "._client",
    "AsyncHamsa": "._client",
    "VoiceAgent": "._agent",
    "NOT_GIVEN": "._base_client",
    "NotGiven": "._base_client",
    "DEFAULT_TIMEOUT": "._base_client",
    "DEFAULT_MAX_RETRIES": "._base_client",
    **{name: "._exceptions" for name in _ERRORS},
}

__all__ = ["__version__", *_LAZY]

if TYPE_CHECKING:
    from ._agent import VoiceAgent
    from ._base_client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, NOT_GIVEN, NotGiven
    from ._client import AsyncHamsa, Hamsa
    from ._exceptions import (
        APIConnectionError,
        APIResponseValidationError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ConflictError,
        HamsaError,
        InternalServerError,
        MissingAPIKeyError,
        NotFoundError,
        PermissionDeniedError,
        RateLimitError,
        RequestValidationError,
        UnprocessableEntityError,
        Violation,
    )


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'hamsa' has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # later lookups skip this hook
    return value


def __dir__() -> list[str]:
    return sorted(__all__)

"""hamsa: the Python SDK for Hamsa's voice-agent API.

    from hamsa import Hamsa
    client = Hamsa()  # reads HAMSA_API_KEY

Public names load on first use, so `import hamsa` stays cheap.
"""

from __future__ import annotations

import importlib
import os
from typing import TYPE_CHECKING, Any

from ._version import __version__

# In a source checkout the generated half of the package (hamsa.v1, hamsa.v2) lives in
# generated/hamsa, so the package path must take in both halves. In a wheel both halves share
# one directory: nothing to join, and pkgutil is not even imported.
if not os.path.isdir(os.path.join(os.path.dirname(__file__), "v2")):
    from pkgutil import extend_path

    __path__ = extend_path(__path__, __name__)

# Where each public name lives; loaded on first access by __getattr__ below.
_LAZY: dict[str, str] = {
    "Hamsa": "._client",
    "AsyncHamsa": "._client",
    "VoiceAgent": "._agent",
    "APIResponse": "._response",
    "NOT_GIVEN": "._base_client",
    "NotGiven": "._base_client",
    "DEFAULT_TIMEOUT": "._base_client",
    "DEFAULT_MAX_RETRIES": "._base_client",
    "HamsaError": "._exceptions",
    "MissingAPIKeyError": "._exceptions",
    "ConfigurationError": "._exceptions",
    "ClientClosedError": "._exceptions",
    "RequestValidationError": "._exceptions",
    "Violation": "._exceptions",
    "APIConnectionError": "._exceptions",
    "APITimeoutError": "._exceptions",
    "APIStatusError": "._exceptions",
    "BadRequestError": "._exceptions",
    "AuthenticationError": "._exceptions",
    "PermissionDeniedError": "._exceptions",
    "NotFoundError": "._exceptions",
    "ConflictError": "._exceptions",
    "UnprocessableEntityError": "._exceptions",
    "RateLimitError": "._exceptions",
    "InternalServerError": "._exceptions",
    "APIResponseValidationError": "._exceptions",
    "UnsupportedFieldError": "._agent_mapping",
    "PlaceholderWarning": "._placeholders",
    "Page": "._pagination",
    "UNSET": "._sentinel",
    "Unset": "._sentinel",
    "SyncPaginator": "._pagination",
    "AsyncPaginator": "._pagination",
    "WebhookVerificationError": "._exceptions",
    "WebhookPayloadError": "._exceptions",
    "RealtimeError": "._exceptions",
}
# Public submodules, imported on first attribute access (hamsa.webhooks.unwrap(...)).
_LAZY_SUBMODULES = frozenset({"realtime", "webhooks"})

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "UNSET",
    "APIConnectionError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncHamsa",
    "AsyncPaginator",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "Hamsa",
    "HamsaError",
    "InternalServerError",
    "MissingAPIKeyError",
    "NotFoundError",
    "NotGiven",
    "Page",
    "PermissionDeniedError",
    "PlaceholderWarning",
    "RateLimitError",
    "RealtimeError",
    "RequestValidationError",
    "SyncPaginator",
    "UnprocessableEntityError",
    "Unset",
    "UnsupportedFieldError",
    "Violation",
    "VoiceAgent",
    "WebhookPayloadError",
    "WebhookVerificationError",
    "__version__",
    "realtime",
    "webhooks",
]

if TYPE_CHECKING:
    from . import realtime as realtime
    from . import webhooks as webhooks
    from ._agent import VoiceAgent as VoiceAgent
    from ._agent_mapping import UnsupportedFieldError as UnsupportedFieldError
    from ._base_client import DEFAULT_MAX_RETRIES as DEFAULT_MAX_RETRIES
    from ._base_client import DEFAULT_TIMEOUT as DEFAULT_TIMEOUT
    from ._base_client import NOT_GIVEN as NOT_GIVEN
    from ._base_client import NotGiven as NotGiven
    from ._client import AsyncHamsa as AsyncHamsa
    from ._client import Hamsa as Hamsa
    from ._exceptions import APIConnectionError as APIConnectionError
    from ._exceptions import APIResponseValidationError as APIResponseValidationError
    from ._exceptions import APIStatusError as APIStatusError
    from ._exceptions import APITimeoutError as APITimeoutError
    from ._exceptions import AuthenticationError as AuthenticationError
    from ._exceptions import BadRequestError as BadRequestError
    from ._exceptions import ClientClosedError as ClientClosedError
    from ._exceptions import ConfigurationError as ConfigurationError
    from ._exceptions import ConflictError as ConflictError
    from ._exceptions import HamsaError as HamsaError
    from ._exceptions import InternalServerError as InternalServerError
    from ._exceptions import MissingAPIKeyError as MissingAPIKeyError
    from ._exceptions import NotFoundError as NotFoundError
    from ._exceptions import PermissionDeniedError as PermissionDeniedError
    from ._exceptions import RateLimitError as RateLimitError
    from ._exceptions import RealtimeError as RealtimeError
    from ._exceptions import RequestValidationError as RequestValidationError
    from ._exceptions import UnprocessableEntityError as UnprocessableEntityError
    from ._exceptions import Violation as Violation
    from ._exceptions import WebhookPayloadError as WebhookPayloadError
    from ._exceptions import WebhookVerificationError as WebhookVerificationError
    from ._pagination import AsyncPaginator as AsyncPaginator
    from ._pagination import Page as Page
    from ._pagination import SyncPaginator as SyncPaginator
    from ._placeholders import PlaceholderWarning as PlaceholderWarning
    from ._response import APIResponse as APIResponse
    from ._sentinel import UNSET as UNSET
    from ._sentinel import Unset as Unset


def __getattr__(name: str) -> Any:
    if name in _LAZY_SUBMODULES:
        return importlib.import_module(f".{name}", __name__)  # binds hamsa.<name> too
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'hamsa' has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # later lookups skip this hook
    return value


def __dir__() -> list[str]:
    return sorted(__all__)

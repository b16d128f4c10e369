"""hamsa.testing: a local, stateful Hamsa API for testing apps built on the SDK.

    from hamsa.testing import MockHamsa

    with MockHamsa() as mock:
        client = mock.client()  # a hamsa.Hamsa pointed at the mock
        agent = client.voice_agents.create(name="Support")
        call = client.calls.start(to_number="+15551234567", voice_agent_id=agent.id)
        assert client.conversations.wait(call.id, poll_interval=0).status == "COMPLETED"
        assert mock.requests[-1].path == f"/v1/voice-agents/conversation/{call.id}"

With pytest, the ``hamsa_mock`` fixture (hamsa.testing.pytest_plugin) gives a started mock
and points HAMSA_BASE_URL / HAMSA_API_KEY at it. ``python -m hamsa.mock`` runs one in the
foreground.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# Loaded on first use: pytest imports this package (for the plugin) in every session.
_LAZY: dict[str, str] = {
    "DEFAULT_API_KEY": "._mock",
    "MockHamsa": "._mock",
    "ApiError": "._messages",
    "MockRequest": "._messages",
    "MockResponse": "._messages",
    "RecordedRequest": "._messages",
    "MockCall": "._state",
    "RealtimeRequest": "._realtime",
    "WebhookDelivery": "._webhooks",
    "WebhookRequest": "._webhooks",
    "webhook_event": "._webhooks",
}

__all__ = [
    "DEFAULT_API_KEY",
    "ApiError",
    "MockCall",
    "MockHamsa",
    "MockRequest",
    "MockResponse",
    "RealtimeRequest",
    "RecordedRequest",
    "WebhookDelivery",
    "WebhookRequest",
    "webhook_event",
]

if TYPE_CHECKING:
    from ._messages import ApiError as ApiError
    from ._messages import MockRequest as MockRequest
    from ._messages import MockResponse as MockResponse
    from ._messages import RecordedRequest as RecordedRequest
    from ._mock import DEFAULT_API_KEY as DEFAULT_API_KEY
    from ._mock import MockHamsa as MockHamsa
    from ._realtime import RealtimeRequest as RealtimeRequest
    from ._state import MockCall as MockCall
    from ._webhooks import WebhookDelivery as WebhookDelivery
    from ._webhooks import WebhookRequest as WebhookRequest
    from ._webhooks import webhook_event as webhook_event


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'hamsa.testing' has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)

"""hamsa.testing.MockHamsa: a stateful Hamsa API on 127.0.0.1, for tests and demos."""

from __future__ import annotations

import copy
import sys
import threading
import time
import traceback
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import attrs
import httpx

from . import _routes, _spec_routes
from ._agents import store_agent, v2_view
from ._faults import FaultQueue
from ._http_server import BackgroundHTTPServer, Reply
from ._knowledge_base import render_item
from ._masking import MaskedParts
from ._messages import ApiError, MockRequest, MockResponse, RecordedRequest, error_body
from ._phone_numbers import render_number
from ._realtime import RealtimeEndpoint, RealtimeRequest
from ._state import FINAL_STATUSES, MockCall, MockState
from ._web_tools import v1_view as v1_tool
from ._webhooks import WebhookDelivery, WebhookSender, lifecycle_events

if TYPE_CHECKING:
    from .._agent import VoiceAgent
    from .._client import AsyncHamsa, Hamsa
    from ..v1.models.knowledge_base_item import KnowledgeBaseItem
    from ..v1.models.phone_number import PhoneNumber
    from ..v1.models.voice_dictionary import VoiceDictionary
    from ..v1.models.web_tool import WebTool

__all__ = ["DEFAULT_API_KEY", "MockHamsa"]

DEFAULT_API_KEY = "hamsa-mock-key"


class MockHamsa:
    """A local, stateful Hamsa API: agents persist, calls progress, requests are checked
    against the same constraints as the spec, and faults can be injected.

    Args:
        port: 0 picks a free port.
        api_key: The only key accepted; None accepts any key (clients from ``client()`` then
            send ``"hamsa-mock-key"``).
        auth_scheme: The word expected before the key in ``Authorization`` ("Token").
        call_duration: None (default, deterministic): each GET of a conversation moves its
            call one step, PENDING -> IN_PROGRESS -> ``final_status``. A number: the call is
            IN_PROGRESS until that many seconds of ``clock`` have passed since it started.
        final_status: How calls end: "COMPLETED", "NO_ANSWER", "FAILED" or "FORWARDED".
        clock: Seconds, for call_duration (default time.monotonic).
        host: The address to listen on (loopback by default).
        log: Called with one line per request ("POST /v2/voice-agents -> 200").
        webhook_retries: How many times a failed webhook delivery (no answer, or not 2xx) is
            tried again (default 2).
        webhook_retry_delay: Seconds between those tries (default 0.05).
        webhook_timeout: Seconds a receiver has to answer one delivery (default 5).
        realtime_ping_interval: Seconds between the realtime WebSocket's pings (30, as the
            API); None: no pings.
        realtime_idle_timeout: Seconds after which an idle WebSocket is closed (60 minutes).
        realtime_chunk_size: The largest TTS audio frame, in bytes.

    As a call moves PENDING -> IN_PROGRESS -> final, the mock POSTs its webhook events
    (call.started, call.answered, transcription.update, call.ended) in order to the call's
    ``webhookUrl``, else its agent's, with ``Authorization: <authKey> <authSecret>`` from the
    matching ``webhookAuth``, from a background thread. Only loopback URLs are delivered to;
    others are recorded as refused. See ``webhook_deliveries`` and ``wait_for_deliveries``.

    Use it as a context manager, or call start() and stop().
    """

    def __init__(
        self,
        port: int = 0,
        api_key: str | None = None,
        *,
        auth_scheme: str = "Token",
        call_duration: float | None = None,
        final_status: str = "COMPLETED",
        clock: Callable[[], float] = time.monotonic,
        host: str = "127.0.0.1",
        log: Callable[[str], None] | None = None,
        webhook_retries: int = 2,
        webhook_retry_delay: float = 0.05,
        webhook_timeout: float = 5.0,
        realtime_ping_interval: float | None = 30.0,
        realtime_idle_timeout: float = 3600.0,
        realtime_chunk_size: int = 3200,
    ) -> None:
        if final_status not in FINAL_STATUSES - {"TERMINATED"}:
            raise ValueError(f"final_status must be a final call status, got {final_status!r}")
        if call_duration is not None and call_duration < 0:
            raise ValueError(f"call_duration must be >= 0 seconds, got {call_duration!r}")
        self._api_key = api_key
        self.auth_scheme = auth_scheme
        self._log = log
        self._lock = threading.RLock()
        self._state = MockState(clock, call_duration=call_duration, final_status=final_status)
        self._webhooks = WebhookSender(
            retries=webhook_retries, retry_delay=webhook_retry_delay, timeout=webhook_timeout
        )
        self._state.on_status = self._send_webhooks
        self._faults = FaultQueue()
        self._requests: list[RecordedRequest] = []
        # Stateful handlers where state matters; every other operation of the spec is answered
        # from its documented example (_spec_routes).
        self._routes = _routes.RouteTable(_spec_routes.all_routes())
        # The realtime WebSocket (/v1/realtime/ws) is served on the same port, as the API does.
        self._realtime = RealtimeEndpoint(
            lock=self._lock,
            api_key=lambda: self._api_key,
            ping_interval=realtime_ping_interval,
            idle_timeout=realtime_idle_timeout,
            chunk_size=realtime_chunk_size,
            log=log,
        )
        self._server = BackgroundHTTPServer(
            self._reply, host=host, port=port, upgrade=self._realtime.serve
        )

    def __repr__(self) -> str:
        where = self.base_url if self._server.running else "stopped"
        with self._lock:
            counts = f"agents={len(self._state.agents)}, conversations={len(self._state.calls)}"
        return f"MockHamsa({where}, {counts})"

    # --- running ------------------------------------------------------------------------------

    def start(self) -> Self:
        """Start serving (a no-op if already started); returns self."""
        self._server.start()
        return self

    def stop(self) -> None:
        """Stop serving and close open connections; the state stays readable."""
        self._server.stop()
        self._webhooks.stop()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        """E.g. "http://127.0.0.1:50123"; only while started."""
        return self._server.url

    @property
    def api_key(self) -> str:
        """The key clients should send."""
        return self._api_key if self._api_key is not None else DEFAULT_API_KEY

    def client(self, **kwargs: Any) -> Hamsa:
        """A hamsa.Hamsa pointed at this mock with the right key; kwargs go to Hamsa()."""
        from .._client import Hamsa

        return Hamsa(**self._client_options(kwargs))

    def async_client(self, **kwargs: Any) -> AsyncHamsa:
        """A hamsa.AsyncHamsa pointed at this mock with the right key."""
        from .._client import AsyncHamsa

        return AsyncHamsa(**self._client_options(kwargs))

    def _client_options(self, kwargs: Mapping[str, Any]) -> dict[str, Any]:
        return {
            "api_key": self.api_key,
            "base_url": self.base_url,
            "auth_scheme": self.auth_scheme,
            **kwargs,
        }

    @property
    def endpoints(self) -> list[str]:
        """The operations this mock serves, as "METHOD /path/{template}" (spec spelling): every
        operation of the SDK's operation table."""
        return _spec_routes.operation_endpoints()

    # --- state, for assertions ------------------------------------------------------------------

    @property
    def agents(self) -> dict[str, VoiceAgent]:
        """A snapshot of the stored agents by id, as hamsa.VoiceAgent (v2 shape)."""
        from .._agent import VoiceAgent

        with self._lock:
            stored = copy.deepcopy(self._state.agents)
        snapshot = {}
        for agent_id, agent in stored.items():
            snapshot[agent_id] = VoiceAgent.from_dict(agent)
            snapshot[agent_id].raw = v2_view(agent)
        return snapshot

    @property
    def conversations(self) -> dict[str, MockCall]:
        """A snapshot of the started calls by conversation id (reading does not advance them)."""
        with self._lock:
            return {
                call_id: copy.deepcopy(self._state.call(call_id))
                for call_id in list(self._state.calls)
            }

    @property
    def web_tools(self) -> dict[str, WebTool]:
        """A snapshot of the stored web tools by id, as hamsa.v1.models.WebTool."""
        from ..v1.models.web_tool import WebTool

        with self._lock:
            return {i: WebTool.from_dict(v1_tool(t)) for i, t in self._state.web_tools.items()}

    @property
    def knowledge_base(self) -> dict[str, KnowledgeBaseItem]:
        """A snapshot of the stored knowledge-base items by id (hamsa.v1.models)."""
        from ..v1.models.knowledge_base_item import KnowledgeBaseItem

        with self._lock:
            return {
                item_id: KnowledgeBaseItem.from_dict(render_item(self._state, item))
                for item_id, item in self._state.knowledge_base.items()
            }

    @property
    def voice_dictionaries(self) -> dict[str, VoiceDictionary]:
        """A snapshot of the stored voice dictionaries by id (hamsa.v1.models)."""
        from ..v1.models.voice_dictionary import VoiceDictionary

        with self._lock:
            stored = copy.deepcopy(self._state.dictionaries)
        return {i: VoiceDictionary.from_dict(d) for i, d in stored.items()}

    @property
    def phone_numbers(self) -> dict[str, PhoneNumber]:
        """A snapshot of the added phone numbers by id, with the agent each is assigned to."""
        from ..v1.models.phone_number import PhoneNumber

        with self._lock:
            return {
                number_id: PhoneNumber.from_dict(copy.deepcopy(render_number(self._state, n)))
                for number_id, n in self._state.phone_numbers.items()
            }

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request that reached the mock, oldest first, secrets masked (see
        RecordedRequest: ``request.sent(secret)`` checks one was sent)."""
        with self._lock:
            return list(self._requests)

    def add_agent(self, *, name: str, **fields: Any) -> VoiceAgent:
        """Store an agent without a request, e.g. one your app expects to exist.

        Takes the keywords of ``client.voice_agents.create`` (snake_case, nested dicts) and
        checks them like the endpoint does: a broken constraint raises
        hamsa.RequestValidationError.
        """
        from .._agent import VoiceAgent
        from .._exceptions import RequestValidationError, Violation
        from .._wire import build_model, wire_fields
        from ..v2.models.create_voice_agent_request import CreateVoiceAgentRequest

        body = wire_fields({"name": name, **fields})
        with self._lock:
            try:
                agent = store_agent(self._state, body)
            except ApiError as error:
                build_model(CreateVoiceAgentRequest, body)  # the SDK's own report, with values
                problems = error.errors or [{"field": "body", "message": error.message}]
                violations = [Violation(item["field"], None, item["message"]) for item in problems]
                raise RequestValidationError(violations) from None
        return VoiceAgent.from_v2(v2_view(agent))

    def set_conversation_status(self, conversation_id: str, status: str) -> None:
        """Force a call's status, e.g. "NO_ANSWER"; a final status stops its progress."""
        with self._lock:
            try:
                record = self._state.call(conversation_id)
            except ApiError as error:
                raise KeyError(conversation_id) from error
            self._state.set_status(record, status)

    # --- webhooks -------------------------------------------------------------------------------

    @property
    def webhook_deliveries(self) -> list[WebhookDelivery]:
        """Every webhook delivery attempt so far, oldest first, each with its ``status`` (the
        receiver's HTTP status, or None and an ``error``). The Authorization header is not kept."""
        return self._webhooks.deliveries

    def wait_for_deliveries(self, count: int, timeout: float = 5.0) -> list[WebhookDelivery]:
        """Wait until ``count`` webhook events have settled (delivered with a 2xx, or given up
        on after the retries), then return ``webhook_deliveries``. Raises TimeoutError."""
        return self._webhooks.wait(count, timeout)

    def _send_webhooks(self, call: MockCall, status: str) -> None:
        # Called under self._lock by a status change: queue only, the sender thread POSTs.
        url = call.webhook_url or call.agent_details.get("webhookUrl")
        if not isinstance(url, str) or not url:
            return
        auth = call.webhook_auth if call.webhook_auth else call.agent_details.get("webhookAuth")
        authorization = None
        if isinstance(auth, dict) and auth.get("authSecret"):
            key, secret = str(auth.get("authKey") or ""), str(auth["authSecret"])
            authorization = f"{key} {secret}" if key else secret
        events = lifecycle_events(
            call, status, project_id=self._state.project_id, final_statuses=FINAL_STATUSES
        )
        for payload in events:
            self._webhooks.send(url, authorization, payload)

    # --- fault injection ------------------------------------------------------------------------

    def fail_next(
        self,
        method: str | None,
        path: str | None,
        *,
        status: int = 500,
        headers: Mapping[str, str] | None = None,
        body: Any = None,
        times: int = 1,
        content_type: str | None = None,
    ) -> None:
        """Answer the next ``times`` matching requests with ``status`` (and ``headers``, e.g.
        ``{"Retry-After": "2"}``) without processing them: no agent or call is changed.

        ``method`` None matches any method; ``path`` is a path ("/v1/voice-agents/abc"), a
        spec template ("/v1/voice-agents/{voiceAgentId}") or None for any path. ``body``
        defaults to the error envelope; bytes are sent as they are (malformed JSON, an HTML
        error page with ``content_type="text/html"``, or ``b""`` for an empty body).
        """
        with self._lock:
            self._faults.add(
                "fail",
                method,
                path,
                times=times,
                status=status,
                headers=dict(headers or {}),
                body=body,
                content_type=content_type,
            )

    def reset_next(
        self, method: str | None, path: str | None, *, times: int = 1, process: bool = True
    ) -> None:
        """Drop the connection of the next ``times`` matching requests midway through the
        response: the status line, headers and half the body are sent, then the socket is
        closed. With ``process`` (the default) the request is handled first, so its effect
        (a new agent, a started call) persists although the client never sees the answer.
        """
        with self._lock:
            self._faults.add("reset", method, path, times=times, process=process)

    def clear_faults(self) -> None:
        """Forget faults that have not fired yet (realtime ones too)."""
        with self._lock:
            self._faults.clear()
            self._realtime.faults.clear()

    # --- realtime WebSocket ---------------------------------------------------------------------

    @property
    def realtime_url(self) -> str:
        """E.g. "ws://127.0.0.1:50123/v1/realtime/ws"; only while started."""
        return self.base_url.replace("http://", "ws://", 1) + "/v1/realtime/ws"

    @property
    def realtime_messages(self) -> list[RealtimeRequest]:
        """Every tts/stt request that reached the WebSocket, oldest first, with the number of
        the connection it came on."""
        with self._lock:
            return list(self._realtime.messages)

    @property
    def realtime_pongs(self) -> int:
        """Pongs the clients sent back to the WebSocket's pings, over closed connections."""
        with self._lock:
            return self._realtime.pongs

    def fail_next_realtime(
        self, request_type: str | None = None, *, message: str = "Injected fault", times: int = 1
    ) -> None:
        """Answer the next ``times`` realtime requests (``"tts"``, ``"stt"``, None: any) with an
        error frame ``{type: "error", payload: {message}}``."""
        with self._lock:
            self._realtime.faults.add("error", request_type, times=times, message=message)

    def close_next_realtime(
        self,
        request_type: str | None = None,
        *,
        after_chunks: int = 1,
        code: int | None = 1011,
        reason: str = "Injected close",
        times: int = 1,
    ) -> None:
        """Close the WebSocket in the middle of the next matching answer: after the ack and
        ``after_chunks`` audio frames of a TTS answer, before an STT transcript. ``code`` None
        drops the TCP connection without a close frame."""
        with self._lock:
            self._realtime.faults.add(
                "close", request_type, times=times, after_chunks=after_chunks, code=code,
                reason=reason,
            )  # fmt: skip

    def stall_next_realtime(
        self,
        request_type: str | None = None,
        *,
        after_chunks: int = 1,
        seconds: float = 30.0,
        times: int = 1,
    ) -> None:
        """Fall silent in the middle of the next matching answer (where close_next_realtime
        would close): nothing is sent and pings go unanswered for ``seconds``, then the TCP
        connection is dropped."""
        with self._lock:
            self._realtime.faults.add(
                "stall", request_type, times=times, after_chunks=after_chunks, seconds=seconds
            )

    # --- serving --------------------------------------------------------------------------------

    def _reply(self, request: MockRequest) -> Reply:
        # Masked before the lock: the copy is the costliest part of recording a request.
        masked = MaskedParts(
            path=request.path,
            headers=request.headers.items(),
            query=request.query,
            body=request.json_or_none(),
        )
        with self._lock:
            fault = self._faults.take(request.method, request.path)
            if fault is not None and (fault.kind == "fail" or not fault.process):
                response = fault.response()
            else:
                response = self._respond(request)
            self._requests.append(
                RecordedRequest(
                    method=request.method,
                    path=masked.path,
                    query=masked.query,
                    headers=httpx.Headers(masked.headers),
                    json=masked.json,
                    status=response.status,
                    fault=None if fault is None else fault.kind,
                    secret_digests=masked.digests,
                )
            )
        if self._log is not None:
            suffix = f" ({fault.kind} injected)" if fault is not None else ""
            self._log(f"{request.method} {masked.path} -> {response.status}{suffix}")
        return Reply(response, drop_midway=fault is not None and fault.kind == "reset")

    def _respond(self, request: MockRequest) -> MockResponse:
        try:
            route, params = self._routes.resolve(request.method, request.path)
            self._check_auth(request.headers)
            return route.handler(self._state, attrs.evolve(request, path_params=params))
        except ApiError as error:
            return error.response()
        except RecursionError:  # JSON nested deeper than the checks can walk: the body's fault
            message = "The request body nests too deeply."
            return MockResponse(400, error_body(message, "InvalidRequestBody"))
        except Exception as error:  # a bug in a handler: answer, log it, and keep serving
            traceback.print_exc(file=sys.stderr)
            message = f"MockHamsa failed: {type(error).__name__}: {error}"
            return MockResponse(500, error_body(message, "InternalServerError"))

    def _check_auth(self, headers: Mapping[str, str]) -> None:
        scheme, _, key = headers.get("Authorization", "").strip().partition(" ")
        key = key.strip()
        if scheme.lower() != self.auth_scheme.lower() or not key:
            raise ApiError(
                401,
                f"Missing or malformed API key: send 'Authorization: {self.auth_scheme} <key>'.",
                "Unauthorized",
            )
        if self._api_key is not None and key != self._api_key:
            raise ApiError(401, "Invalid API key.", "Unauthorized")

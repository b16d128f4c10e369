"""client.calls: start an outbound call (POST /v1/voice-agents/call)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any

import httpx

from .._agent_mapping import unified_to_v1
from .._base_client import NOT_GIVEN, AsyncAPIClient, NotGiven, RequestOptions, SyncAPIClient
from .._exceptions import RequestValidationError, Violation
from .._placeholders import agent_params, agent_texts, check_params
from .._response import APIResponse
from .._wire import build_model, to_wire
from ..v1.api.calls import start_call as _start
from ..v1.models.call import Call
from ..v1.models.start_call_request import StartCallRequest
from ._agent_checks import prepare_agent, together
from ._envelope import parse_envelope_data

Timeout = float | httpx.Timeout | NotGiven
Retries = int | NotGiven
START_TARGET = "POST /v1/voice-agents/call (agentDetails)"
# warnings.warn's stacklevel from check_params to the user's code: check_params <-
# _start_options <- (Async)CallsWithRawResponse.start <- (Async)Calls.start <- user.
_USER_FRAME = 5


def _start_options(
    *,
    to_number: str,
    from_number: str | None,
    voice_agent_id: str | None,
    agent: Any,
    params: Mapping[str, Any] | None,
    webhook_url: str | None,
    webhook_auth: Any,
    strict_placeholders: bool,
    timeout: Timeout,
    max_retries: Retries,
) -> RequestOptions:
    if (voice_agent_id is None) == (agent is None):
        raise RequestValidationError(
            [
                Violation(
                    "voice_agent_id", voice_agent_id, "pass exactly one of voice_agent_id or agent"
                )
            ]
        )
    payload: dict[str, Any] = {"toNumber": to_number}
    if from_number is not None:
        payload["fromNumber"] = from_number
    if voice_agent_id is not None:
        payload["voiceAgentId"] = voice_agent_id
        if params is not None:
            payload["params"] = dict(params)
    else:
        nested = to_wire(agent)
        problems = prepare_agent(nested, prefix="agent.")
        # Here the SDK holds both the texts and their values: every placeholder needs one.
        values = {**agent_params(nested), **(params or {})}
        problems += check_params(
            agent_texts(nested),
            values,
            strict=strict_placeholders,
            prefix="params.",
            stacklevel=_USER_FRAME,
        )
        together(problems, lambda: _check_inline_agent(nested))
        details = unified_to_v1(nested, target=START_TARGET)
        if params is not None:
            # With an inline agent the API takes the values inside agentDetails.
            details["params"] = {**details.get("params", {}), **params}
        payload["agentDetails"] = details
    if webhook_url is not None:
        payload["webhookUrl"] = webhook_url
    if webhook_auth is not None:
        payload["webhookAuth"] = to_wire(webhook_auth)
    body = build_model(StartCallRequest, payload)
    return _start.request_options(body=body, timeout=timeout, max_retries=max_retries)


def _check_inline_agent(nested: Mapping[str, Any]) -> None:
    """Report the agent's broken constraints in the caller's terms (agent.call_settings...),
    not as the flattened agentDetails they are sent as."""
    # Imported here: callers who only pass voice_agent_id never load the v2 models.
    from ..v2.models.voice_agent import VoiceAgent as V2Agent

    build_model(V2Agent, nested, prefix="agent.")


def _call(response: httpx.Response) -> APIResponse[Call]:
    return APIResponse(parsed=parse_envelope_data(response, Call.from_dict), http_response=response)


class CallsWithRawResponse:
    """Like client.calls, but each method returns an APIResponse wrapping the call."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def start(
        self,
        *,
        to_number: str,
        from_number: str | None = None,
        voice_agent_id: str | None = None,
        agent: Any = None,
        params: Mapping[str, Any] | None = None,
        webhook_url: str | None = None,
        webhook_auth: Any = None,
        strict_placeholders: bool = True,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> APIResponse[Call]:
        options = _start_options(**_local_args(locals()))
        return _call(self._client.request(options))


class AsyncCallsWithRawResponse:
    """Like AsyncHamsa().calls, but each method returns an APIResponse."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def start(
        self,
        *,
        to_number: str,
        from_number: str | None = None,
        voice_agent_id: str | None = None,
        agent: Any = None,
        params: Mapping[str, Any] | None = None,
        webhook_url: str | None = None,
        webhook_auth: Any = None,
        strict_placeholders: bool = True,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> APIResponse[Call]:
        options = _start_options(**_local_args(locals()))
        return _call(await self._client.request(options))


def _local_args(scope: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in scope.items() if key != "self"}


class Calls:
    """Outbound calls placed by a voice agent."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CallsWithRawResponse:
        return CallsWithRawResponse(self._client)

    def start(
        self,
        *,
        to_number: str,
        from_number: str | None = None,
        voice_agent_id: str | None = None,
        agent: Any = None,
        params: Mapping[str, Any] | None = None,
        webhook_url: str | None = None,
        webhook_auth: Any = None,
        strict_placeholders: bool = True,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> Call:
        """Dial ``to_number`` with a saved agent (``voice_agent_id``) or an inline ``agent``.

        ``agent`` is a hamsa.VoiceAgent or a dict of its (nested, snake_case) fields; it is
        sent as v1 ``agentDetails``. ``params`` fill the agent's ``{{placeholders}}``; with an
        inline agent every placeholder in its greeting message and preamble needs a value
        (from ``params`` or the agent's own ``conversation.params``), else
        RequestValidationError, or only a hamsa PlaceholderWarning with
        ``strict_placeholders=False``.
        This POST is never retried once it may have reached the server: a duplicate would
        dial the person twice.
        """
        return self.with_raw_response.start(**_local_args(locals())).parsed


class AsyncCalls:
    """Async outbound calls; see Calls."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCallsWithRawResponse:
        return AsyncCallsWithRawResponse(self._client)

    async def start(
        self,
        *,
        to_number: str,
        from_number: str | None = None,
        voice_agent_id: str | None = None,
        agent: Any = None,
        params: Mapping[str, Any] | None = None,
        webhook_url: str | None = None,
        webhook_auth: Any = None,
        strict_placeholders: bool = True,
        timeout: Timeout = NOT_GIVEN,
        max_retries: Retries = NOT_GIVEN,
    ) -> Call:
        """Dial ``to_number``; see Calls.start."""
        return (await self.with_raw_response.start(**_local_args(locals()))).parsed

"""Operations tagged ``voice_dictionaries`` in the Hamsa API v1."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

import httpx
from hamsa._base_client import NOT_GIVEN, AsyncAPIClient, NotGiven, SyncAPIClient

from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.create_voice_dictionary_request import CreateVoiceDictionaryRequest
    from ...models.error_response import ErrorResponse as ErrorResponse
    from ...models.response_envelope import ResponseEnvelope
    from ...models.toggle_voice_dictionary_activation_request import (
        ToggleVoiceDictionaryActivationRequest,
    )
    from ...models.update_voice_dictionary_request import UpdateVoiceDictionaryRequest
    from ...models.voice_dictionary_page_response import VoiceDictionaryPageResponse
    from ...models.voice_dictionary_response import VoiceDictionaryResponse


# Loaded on first access (module __getattr__ below): name -> module, relative to this package.
_LAZY: dict[str, str] = {
    "CreateVoiceDictionaryRequest": "...models.create_voice_dictionary_request",
    "ErrorResponse": "...models.error_response",
    "ResponseEnvelope": "...models.response_envelope",
    "ToggleVoiceDictionaryActivationRequest": "...models.toggle_voice_dictionary_activation_request",
    "UpdateVoiceDictionaryRequest": "...models.update_voice_dictionary_request",
    "VoiceDictionaryPageResponse": "...models.voice_dictionary_page_response",
    "VoiceDictionaryResponse": "...models.voice_dictionary_response",
    "create_voice_dictionary": ".create_voice_dictionary",
    "list_voice_dictionaries": ".list_voice_dictionaries",
    "toggle_voice_dictionary_activation": ".toggle_voice_dictionary_activation",
    "update_voice_dictionary": ".update_voice_dictionary",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    loaded = importlib.import_module(module, __name__)
    value = loaded if module == "." + name else getattr(loaded, name)
    globals()[name] = value  # later lookups skip this hook
    return value


class VoiceDictionaries:
    """Operations tagged ``voice_dictionaries`` (API v1)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def create_voice_dictionary(
        self,
        *,
        body: CreateVoiceDictionaryRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VoiceDictionaryResponse:
        """Create a voice dictionary

        Creates a pronunciation dictionary: a named list of words with how the agent should say them.
        Attach it to agents with `toggle_voice_dictionary_activation`.

        ``POST /v1/voice-agents/voice-dictionaries`` (API v1)

        Args:
            body (CreateVoiceDictionaryRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            VoiceDictionaryResponse
        """

        from . import create_voice_dictionary as _create_voice_dictionary

        return _create_voice_dictionary.sync(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    def create_voice_dictionary_with_response(
        self,
        *,
        body: CreateVoiceDictionaryRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[VoiceDictionaryResponse]:
        """Like ``create_voice_dictionary``, plus the status, headers and raw bytes."""
        from . import create_voice_dictionary as _create_voice_dictionary

        return _create_voice_dictionary.sync_detailed(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    def list_voice_dictionaries(
        self,
        *,
        skip: int | Unset = UNSET,
        take: int | Unset = UNSET,
        used: bool | Unset = UNSET,
        voice_agent_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VoiceDictionaryPageResponse:
        """List voice dictionaries

        Returns one page of the project's pronunciation dictionaries, as summaries.

        Paging quirk: the page calls `skip` the "number of items to skip", yet defaults it to 1 and answers with `page` and `pageSize`; it is described here as the 1-based page number and `take` as the page size.
        The page also mentions a name search whose parameter name is not visible in the archived copy, so it is not described.

        ``GET /v1/voice-agents/voice-dictionaries/list`` (API v1)

        Args:
            skip (int | Unset):
            take (int | Unset):
            used (bool | Unset):
            voice_agent_id (str | Unset):
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            VoiceDictionaryPageResponse
        """

        from . import list_voice_dictionaries as _list_voice_dictionaries

        return _list_voice_dictionaries.sync(
            skip=skip,
            take=take,
            used=used,
            voice_agent_id=voice_agent_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list_voice_dictionaries_with_response(
        self,
        *,
        skip: int | Unset = UNSET,
        take: int | Unset = UNSET,
        used: bool | Unset = UNSET,
        voice_agent_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[VoiceDictionaryPageResponse]:
        """Like ``list_voice_dictionaries``, plus the status, headers and raw bytes."""
        from . import list_voice_dictionaries as _list_voice_dictionaries

        return _list_voice_dictionaries.sync_detailed(
            skip=skip,
            take=take,
            used=used,
            voice_agent_id=voice_agent_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def toggle_voice_dictionary_activation(
        self,
        *,
        body: ToggleVoiceDictionaryActivationRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ResponseEnvelope:
        """Turn a voice dictionary on or off for an agent

        Applies a pronunciation dictionary to a voice agent's speech (`isActive: true`) or stops applying it (`isActive: false`).

        ``POST /v1/voice-agents/voice-dictionaries/toggle-activation`` (API v1)

        Args:
            body (ToggleVoiceDictionaryActivationRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            ResponseEnvelope
        """

        from . import toggle_voice_dictionary_activation as _toggle_voice_dictionary_activation

        return _toggle_voice_dictionary_activation.sync(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    def toggle_voice_dictionary_activation_with_response(
        self,
        *,
        body: ToggleVoiceDictionaryActivationRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[ResponseEnvelope]:
        """Like ``toggle_voice_dictionary_activation``, plus the status, headers and raw bytes."""
        from . import toggle_voice_dictionary_activation as _toggle_voice_dictionary_activation

        return _toggle_voice_dictionary_activation.sync_detailed(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    def update_voice_dictionary(
        self,
        voice_dictionary_id: str,
        *,
        body: UpdateVoiceDictionaryRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VoiceDictionaryResponse:
        """Update a voice dictionary

        Changes a dictionary's name and/or its words; only the fields present are changed.
        Sending `words` replaces the whole word list.
        Returns the dictionary as stored.

        ``PATCH /v1/voice-agents/voice-dictionaries/{voice_dictionary_id}`` (API v1)

        Args:
            voice_dictionary_id (str):
            body (UpdateVoiceDictionaryRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            VoiceDictionaryResponse
        """

        from . import update_voice_dictionary as _update_voice_dictionary

        return _update_voice_dictionary.sync(
            voice_dictionary_id=voice_dictionary_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update_voice_dictionary_with_response(
        self,
        voice_dictionary_id: str,
        *,
        body: UpdateVoiceDictionaryRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[VoiceDictionaryResponse]:
        """Like ``update_voice_dictionary``, plus the status, headers and raw bytes."""
        from . import update_voice_dictionary as _update_voice_dictionary

        return _update_voice_dictionary.sync_detailed(
            voice_dictionary_id=voice_dictionary_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncVoiceDictionaries:
    """Async operations tagged ``voice_dictionaries`` (API v1)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def create_voice_dictionary(
        self,
        *,
        body: CreateVoiceDictionaryRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VoiceDictionaryResponse:
        """Create a voice dictionary

        Creates a pronunciation dictionary: a named list of words with how the agent should say them.
        Attach it to agents with `toggle_voice_dictionary_activation`.

        ``POST /v1/voice-agents/voice-dictionaries`` (API v1)

        Args:
            body (CreateVoiceDictionaryRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            VoiceDictionaryResponse
        """

        from . import create_voice_dictionary as _create_voice_dictionary

        return await _create_voice_dictionary.asyncio(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    async def create_voice_dictionary_with_response(
        self,
        *,
        body: CreateVoiceDictionaryRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[VoiceDictionaryResponse]:
        """Like ``create_voice_dictionary``, plus the status, headers and raw bytes."""
        from . import create_voice_dictionary as _create_voice_dictionary

        return await _create_voice_dictionary.asyncio_detailed(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    async def list_voice_dictionaries(
        self,
        *,
        skip: int | Unset = UNSET,
        take: int | Unset = UNSET,
        used: bool | Unset = UNSET,
        voice_agent_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VoiceDictionaryPageResponse:
        """List voice dictionaries

        Returns one page of the project's pronunciation dictionaries, as summaries.

        Paging quirk: the page calls `skip` the "number of items to skip", yet defaults it to 1 and answers with `page` and `pageSize`; it is described here as the 1-based page number and `take` as the page size.
        The page also mentions a name search whose parameter name is not visible in the archived copy, so it is not described.

        ``GET /v1/voice-agents/voice-dictionaries/list`` (API v1)

        Args:
            skip (int | Unset):
            take (int | Unset):
            used (bool | Unset):
            voice_agent_id (str | Unset):
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            VoiceDictionaryPageResponse
        """

        from . import list_voice_dictionaries as _list_voice_dictionaries

        return await _list_voice_dictionaries.asyncio(
            skip=skip,
            take=take,
            used=used,
            voice_agent_id=voice_agent_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def list_voice_dictionaries_with_response(
        self,
        *,
        skip: int | Unset = UNSET,
        take: int | Unset = UNSET,
        used: bool | Unset = UNSET,
        voice_agent_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[VoiceDictionaryPageResponse]:
        """Like ``list_voice_dictionaries``, plus the status, headers and raw bytes."""
        from . import list_voice_dictionaries as _list_voice_dictionaries

        return await _list_voice_dictionaries.asyncio_detailed(
            skip=skip,
            take=take,
            used=used,
            voice_agent_id=voice_agent_id,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def toggle_voice_dictionary_activation(
        self,
        *,
        body: ToggleVoiceDictionaryActivationRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ResponseEnvelope:
        """Turn a voice dictionary on or off for an agent

        Applies a pronunciation dictionary to a voice agent's speech (`isActive: true`) or stops applying it (`isActive: false`).

        ``POST /v1/voice-agents/voice-dictionaries/toggle-activation`` (API v1)

        Args:
            body (ToggleVoiceDictionaryActivationRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            ResponseEnvelope
        """

        from . import toggle_voice_dictionary_activation as _toggle_voice_dictionary_activation

        return await _toggle_voice_dictionary_activation.asyncio(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    async def toggle_voice_dictionary_activation_with_response(
        self,
        *,
        body: ToggleVoiceDictionaryActivationRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[ResponseEnvelope]:
        """Like ``toggle_voice_dictionary_activation``, plus the status, headers and raw bytes."""
        from . import toggle_voice_dictionary_activation as _toggle_voice_dictionary_activation

        return await _toggle_voice_dictionary_activation.asyncio_detailed(
            body=body, client=self._client, timeout=timeout, max_retries=max_retries
        )

    async def update_voice_dictionary(
        self,
        voice_dictionary_id: str,
        *,
        body: UpdateVoiceDictionaryRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> VoiceDictionaryResponse:
        """Update a voice dictionary

        Changes a dictionary's name and/or its words; only the fields present are changed.
        Sending `words` replaces the whole word list.
        Returns the dictionary as stored.

        ``PATCH /v1/voice-agents/voice-dictionaries/{voice_dictionary_id}`` (API v1)

        Args:
            voice_dictionary_id (str):
            body (UpdateVoiceDictionaryRequest): The request body; validated before sending.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.

        Raises:
            hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
            hamsa.APIStatusError: The API answered with an error status (a subclass per status).
            hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
            hamsa.APIResponseValidationError: The response did not match the spec.

        Returns:
            VoiceDictionaryResponse
        """

        from . import update_voice_dictionary as _update_voice_dictionary

        return await _update_voice_dictionary.asyncio(
            voice_dictionary_id=voice_dictionary_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def update_voice_dictionary_with_response(
        self,
        voice_dictionary_id: str,
        *,
        body: UpdateVoiceDictionaryRequest | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Response[VoiceDictionaryResponse]:
        """Like ``update_voice_dictionary``, plus the status, headers and raw bytes."""
        from . import update_voice_dictionary as _update_voice_dictionary

        return await _update_voice_dictionary.asyncio_detailed(
            voice_dictionary_id=voice_dictionary_id,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

"""The projectId several endpoints need comes from the client (Hamsa(project_id=...) or
HAMSA_PROJECT_ID) when a call leaves it out; a call may still pass its own; with neither, the
call is refused before anything is sent."""

from __future__ import annotations

import hamsa
import pytest
from hamsa.testing import MockHamsa

from .conftest import PROJECT_ID

OTHER = "145a7af6-3614-4bb2-be5d-702000d459ab"
PERIOD = {"start_period": "2025-01-01T00:00:00Z", "end_period": "2025-02-01T00:00:00+00:00"}


def test_the_client_setting_fills_query_and_body(mock: MockHamsa) -> None:
    client = mock.client(project_id=PROJECT_ID)

    client.statistics.numbers(**PERIOD)
    numbers = mock.requests[-1]
    client.voices.extract_transcription(audio_url="https://cdn.example.com/v.wav")
    extract = mock.requests[-1]

    assert numbers.query == {
        "startPeriod": "2025-01-01T00:00:00Z",
        "endPeriod": "2025-02-01T00:00:00+00:00",
        "projectId": PROJECT_ID,
    }
    assert extract.json == {"projectId": PROJECT_ID, "audioUrl": "https://cdn.example.com/v.wav"}


def test_the_environment_variable_is_the_fallback(
    mock: MockHamsa, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HAMSA_PROJECT_ID", OTHER)
    client = mock.client()

    assert client.project_id == OTHER
    client.statistics.chart(**PERIOD)
    assert mock.requests[-1].query["projectId"] == OTHER


def test_a_call_may_pass_its_own_and_with_options_may_change_it(mock: MockHamsa) -> None:
    client = mock.client(project_id=PROJECT_ID)

    client.statistics.numbers(**PERIOD, project_id=OTHER)
    assert mock.requests[-1].query["projectId"] == OTHER
    client.with_options(project_id=OTHER).statistics.numbers(**PERIOD)
    assert mock.requests[-1].query["projectId"] == OTHER
    assert client.with_options(timeout=5).project_id == PROJECT_ID


def test_without_any_project_id_nothing_is_sent(
    mock: MockHamsa, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("HAMSA_PROJECT_ID", raising=False)
    client = mock.client()
    before = len(mock.requests)

    with pytest.raises(hamsa.RequestValidationError, match=r"^project_id = None: is required"):
        client.jobs.view("5b171552-c5f7-42a9-ad92-c7945460dbb5")
    with pytest.raises(hamsa.RequestValidationError, match=r"^project_id = None: is required"):
        client.jobs.view("5b171552-c5f7-42a9-ad92-c7945460dbb5", project_id=None)  # type: ignore[arg-type]
    with pytest.raises(hamsa.RequestValidationError, match="HAMSA_PROJECT_ID"):
        list(client.jobs.search())

    assert len(mock.requests) == before


def test_a_malformed_project_id_is_refused_before_sending(mock: MockHamsa) -> None:
    client = mock.client(project_id="not-a-uuid")
    before = len(mock.requests)

    with pytest.raises(hamsa.RequestValidationError, match=r"project_id = 'not-a-uuid'.*UUID"):
        client.statistics.numbers(**PERIOD)
    with pytest.raises(hamsa.RequestValidationError, match="start_period"):
        client.statistics.numbers(start_period="yesterday", end_period=PERIOD["end_period"])

    assert len(mock.requests) == before


async def _async_default(mock: MockHamsa) -> str:
    client = mock.async_client(project_id=PROJECT_ID)
    try:
        await client.voices.preview(
            audio_url="https://cdn.example.com/v.wav",
            audio_transcription="مرحباً",
            language="ar",
            dialect_id=OTHER,
            text="أهلاً",
        )
    finally:
        await client.aclose()
    return mock.requests[-1].query["projectId"]


def test_the_async_client_uses_it_too(mock: MockHamsa) -> None:
    import asyncio

    assert asyncio.run(_async_default(mock)) == PROJECT_ID

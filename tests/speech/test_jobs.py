"""client.jobs: jobs started from either API version move PENDING -> COMPLETED as they are
polled; jobs.wait stops at a final status; both job-list paging styles (skip/take in the body
of POST /v1/jobs/all, page/perPage in the query of GET /v2/jobs) iterate lazily."""

from __future__ import annotations

from typing import Any

import hamsa
import httpx
import pytest
from hamsa.testing import MockHamsa

from .conftest import PROJECT_ID, Speech

MEDIA = "https://cdn.example.com/meeting.mp3"


def transcribe(speech: Speech, title: str = "Meeting") -> str:
    started = speech.run(
        lambda c: c.jobs.transcribe(media_url=MEDIA, model="Hamsa-General-V2.0", title=title)
    )
    return str(started.job_id)


def test_wait_polls_until_the_job_is_completed(speech: Speech) -> None:
    job_id = transcribe(speech)
    before = len(speech.mock.requests)

    job = speech.run(lambda c: c.jobs.wait(job_id, poll_interval=0))

    assert job.status == "COMPLETED"
    assert job.job_response == {"text": "مرحباً بكم في همسة"}
    polls = speech.mock.requests[before:]
    assert [(r.method, r.path, r.query.get("jobId")) for r in polls] == [
        ("GET", "/v1/jobs", job_id)
    ] * 2  # PENDING once, then COMPLETED: no poll after the final status


def _answering(statuses: list[str]) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        status = statuses.pop(0)
        return httpx.Response(200, json={"message": "ok", "data": {"id": "j1", "status": status}})

    return httpx.MockTransport(answer)


def test_wait_stops_at_failed_too() -> None:
    statuses = ["PENDING", "PENDING", "FAILED", "COMPLETED"]
    client = hamsa.Hamsa(
        api_key="hk_test_jobs", http_client=httpx.Client(transport=_answering(statuses))
    )

    assert client.jobs.wait("j1", poll_interval=0).status == "FAILED"
    assert statuses == ["COMPLETED"]  # not polled past the final status


def test_wait_gives_up_after_max_wait() -> None:
    client = hamsa.Hamsa(
        api_key="hk_test_jobs", http_client=httpx.Client(transport=_answering(["PENDING"] * 9))
    )
    slept: list[float] = []
    client._sleep = slept.append

    with pytest.raises(hamsa.APITimeoutError, match="job j1 had not finished"):
        client.jobs.wait("j1", poll_interval=1.5, max_wait=3)
    assert slept == [1.5, 1.5]


def test_ai_content_waits_and_reads_the_requested_parts(speech: Speech) -> None:
    source = speech.run(lambda c: c.jobs.wait(transcribe(speech), poll_interval=0))
    job = speech.run(lambda c: c.ai_content.create(job_id=source.id, ai_parts=["summary", "faq"]))

    assert job.type == "AI_CONTENT" and job.status == "PENDING"
    speech.run(lambda c: c.jobs.wait(job.id, poll_interval=0))
    content = speech.run(lambda c: c.ai_content.get(job_id=job.id)).job_response

    assert content.summary and content.faq
    assert content.transcription_job_id == source.id
    assert speech.mock.requests[-1].query == {"jobId": job.id}


def test_a_tts_job_finishes_with_its_media_file(speech: Speech) -> None:
    job = speech.run(
        lambda c: c.tts.create_job(voice_id="Amjad", text="أهلاً و سهلاً بكم في همسة!")
    )
    done = speech.run(lambda c: c.jobs.wait(job.id, poll_interval=0))

    assert done.status == "COMPLETED"
    assert done.job_response["ttsMediaFile"].endswith(".wav")


# --- paging: each job-list style ---------------------------------------------------------------


@pytest.fixture
def fresh(request: pytest.FixtureRequest) -> Any:
    """A mock of its own (with 5 transcription jobs) for counting requests."""
    mock = MockHamsa().start()
    sdk = Speech(mock, "sync")
    for index in range(5):
        transcribe(sdk, f"Meeting {index}")
    yield sdk
    sdk.close()
    mock.stop()


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_search_pages_with_skip_and_take_in_the_body(fresh: Speech, kind: str) -> None:
    sdk = Speech(fresh.mock, kind)
    before = len(fresh.mock.requests)

    pages = sdk.client.jobs.search(search="meeting", page_size=2)
    jobs = sdk.chunks(pages) if kind == "async" else list(pages)

    assert len(jobs) == 5 and len({job.id for job in jobs}) == 5
    sent = fresh.mock.requests[before:]
    assert [(r.method, r.path) for r in sent] == [("POST", "/v1/jobs/all")] * 3
    assert [r.json for r in sent] == [
        {"search": "meeting", "skip": page, "take": 2} for page in (1, 2, 3)
    ]
    assert {r.query["projectId"] for r in sent} == {PROJECT_ID}
    sdk.close()


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_list_pages_with_page_and_per_page_in_the_query(fresh: Speech, kind: str) -> None:
    sdk = Speech(fresh.mock, kind)
    before = len(fresh.mock.requests)

    pages = sdk.client.jobs.list(type="TRANSCRIPTION", page_size=2)
    jobs = sdk.chunks(pages) if kind == "async" else list(pages)

    assert len(jobs) == 5
    sent = fresh.mock.requests[before:]
    assert [(r.path, r.query["page"], r.query["perPage"]) for r in sent] == [
        ("/v2/jobs", str(page), "2") for page in (1, 2, 3)
    ]
    sdk.close()


def test_lists_are_lazy(fresh: Speech) -> None:
    before = len(fresh.mock.requests)
    pages = fresh.client.jobs.search(page_size=2)
    assert len(fresh.mock.requests) == before  # nothing sent until iterated

    first = next(iter(pages))

    assert first.id and len(fresh.mock.requests) == before + 1


def test_one_page_through_the_raw_twin(fresh: Speech) -> None:
    page = fresh.client.jobs.with_raw_response.search(page=2, page_size=2).parsed

    assert page.number == 2 and len(page.items) == 2
    assert fresh.mock.requests[-1].json == {"skip": 2, "take": 2}


def test_v2_jobs_are_read_by_id(fresh: Speech) -> None:
    started = fresh.client.jobs.create(
        type="TRANSCRIPTION",
        api_key="f47ac10b-58cc-4372-a567-0e02b2c3d479",
        media_url=MEDIA,
        title="v2 job",
        language="ar",
    )
    first = fresh.client.jobs.view(started.job_id)
    second = fresh.client.jobs.view(started.job_id)

    assert (first.status, second.status) == ("PENDING", "COMPLETED")
    assert fresh.mock.requests[-1].query == {"projectId": PROJECT_ID}

"""Speech endpoints: jobs (transcription, text-to-speech, AI content) that move from PENDING to
COMPLETED as they are polled, realtime text-to-speech answering a small synthesised WAV, and
speech-to-text answering a transcript. Jobs of either API version live in one table and read
in the shape of the endpoint that asks."""

from __future__ import annotations

import base64
import binascii
from typing import Any

import attrs

from ..v1.models.create_ai_content_request import CreateAiContentRequest
from ..v1.models.custom_ai_content_request import CustomAiContentRequest
from ..v1.models.list_jobs_request import ListJobsRequest
from ..v1.models.realtime_stt_request import RealtimeSttRequest
from ..v1.models.realtime_tts_request import RealtimeTtsRequest
from ..v1.models.text_to_speech_job_request import TextToSpeechJobRequest
from ..v1.models.transcribe_request import TranscribeRequest
from ..v2.models.create_job_request import CreateJobRequest
from ..v2.models.create_voice_request import CreateVoiceRequest
from ..v2.models.generate_transcription_ai_content_request import (
    GenerateTranscriptionAiContentRequest,
)
from ..v2.models.preload_voice_request import PreloadVoiceRequest
from ._audio_synth import synthesise_wav
from ._messages import ApiError, MockRequest, MockResponse, ok
from ._query import QueryReader, page_slice
from ._state import MockState, timestamp
from ._validation import parse_model, require_object

# How many pieces /v1/realtime/tts-stream sends its audio in (Transfer-Encoding: chunked).
STREAM_CHUNKS = 4

# How many GETs of a job answer PENDING before it is COMPLETED.
PENDING_POLLS = 1
TRANSCRIPTS = {"ar": "مرحباً بكم في همسة", "en": "Welcome to Hamsa"}
OK = "Operation completed successfully"


def _new_job(state: MockState, kind: str, body: dict[str, Any], **extra: Any) -> dict[str, Any]:
    now = timestamp(state.now())
    job = {
        "id": state.new_id(),
        "title": body.get("title") or kind.title(),
        "type": kind,
        "model": body.get("model") or "Hamsa-General-V2.0",
        "processingType": body.get("processingType") or "async",
        "status": "PENDING",
        "mediaUrl": body.get("mediaUrl"),
        "webhookUrl": body.get("webhookUrl"),
        "language": body.get("language") or "ar",
        "totalCost": 0,
        "createdAt": now,
        "updatedAt": now,
        "jobResponse": None,
        "relevantJobId": None,
        "polls": 0,
        **extra,
    }
    state.jobs[job["id"]] = job
    return job


def _result(job: dict[str, Any]) -> Any:
    if job["type"] == "TTS":
        return {"text": job["text"], "ttsMediaFile": f"https://cdn.example.com/tts/{job['id']}.wav"}
    if job["type"] == "AI_CONTENT":
        parts = {part: f"{part} of the transcription" for part in job["aiParts"]}
        return {**parts, "transcriptionJobId": job["relevantJobId"]}
    return {"text": TRANSCRIPTS.get(job["language"], TRANSCRIPTS["ar"])}


def _polled(job: dict[str, Any], state: MockState) -> dict[str, Any]:
    """The job one poll later: PENDING for PENDING_POLLS reads, then COMPLETED with a result."""
    if job["status"] == "PENDING":
        job["polls"] += 1
        if job["polls"] > PENDING_POLLS:
            job["status"] = "COMPLETED"
            job["jobResponse"] = _result(job)
            job["updatedAt"] = timestamp(state.now())
    return job


def _v1(job: dict[str, Any]) -> dict[str, Any]:
    hidden = {"polls", "language", "text", "aiParts"}
    return {key: value for key, value in job.items() if key not in hidden}


def _summary_v1(job: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": job["id"],
        "title": job["title"],
        "type": job["type"],
        "url": job["mediaUrl"],
        "status": job["status"],
        "cost": job["totalCost"],
        "relevantJobId": job["relevantJobId"],
        "attributes": {"mediaUrl": job["mediaUrl"], "model": job["model"]},
        "createdAt": job["createdAt"],
        "updatedAt": job["updatedAt"],
    }


def _job(state: MockState, job_id: str | None) -> dict[str, Any]:
    job = state.jobs.get(job_id or "")
    if job is None:
        raise ApiError(404, f"Job {job_id} was not found.", "JobNotFound")
    return job


def _job_id(request: MockRequest) -> str:
    query = QueryReader(request)
    job_id = query.text("jobId")
    if not job_id:
        query.problem("jobId", "is required")
    query.check()
    return str(job_id)


def _project(request: MockRequest, state: MockState) -> None:
    query = QueryReader(request)
    query.uuid("projectId", required=True)
    query.check()


# --- creating jobs ---------------------------------------------------------------------------


def transcribe(state: MockState, request: MockRequest) -> MockResponse:
    """POST /v1/jobs/transcribe."""
    body = require_object(request.json())
    parse_model(TranscribeRequest, body)
    return ok({"jobId": _new_job(state, "TRANSCRIPTION", body)["id"]}, message=OK)


def create_job_v2(state: MockState, request: MockRequest) -> MockResponse:
    """POST /v2/jobs."""
    body = require_object(request.json())
    parse_model(CreateJobRequest, body)
    job = _new_job(state, "TRANSCRIPTION", body)
    return ok({"jobId": job["id"]}, message=OK, message_key="OPERATION_SUCCESSFUL")


def transcribe_with_ai_content(state: MockState, request: MockRequest) -> MockResponse:
    """POST /v2/jobs/generate-transcription-ai-content."""
    body = require_object(request.json())
    parse_model(GenerateTranscriptionAiContentRequest, body)
    job = _new_job(state, "AI_CONTENT", body, aiParts=list(body["aiParts"]))
    return ok({"jobId": job["id"]}, message=OK, message_key="OPERATION_SUCCESSFUL")


def text_to_speech_job(state: MockState, request: MockRequest) -> MockResponse:
    """POST /v1/jobs/text-to-speech: the job itself, PENDING."""
    body = require_object(request.json())
    parse_model(TextToSpeechJobRequest, body)
    job = _new_job(state, "TTS", body, text=body["text"], ttsVoiceId=body["voiceId"])
    return ok(_v1(job), message="success")


def _ai_content(state: MockState, request: MockRequest, parts: list[str]) -> MockResponse:
    source = _job(state, _job_id(request))
    if source["type"] != "TRANSCRIPTION":
        raise ApiError(400, "AI content is made from a transcription job.", "InvalidJobType")
    job = _new_job(
        state, "AI_CONTENT", {"title": source["title"], "mediaUrl": source["mediaUrl"]},
        aiParts=parts, relevantJobId=source["id"],
    )  # fmt: skip
    return ok(_v1(job), message="success")


def create_ai_content(state: MockState, request: MockRequest) -> MockResponse:
    """POST /v1/jobs/ai-content?jobId=: a job writing the parts from a transcription."""
    body = require_object(request.json())
    parse_model(CreateAiContentRequest, body)
    return _ai_content(state, request, [str(part) for part in body["aiParts"]])


def create_custom_ai_content(state: MockState, request: MockRequest) -> MockResponse:
    """POST /v1/jobs/ai-content/custom?jobId=."""
    body = require_object(request.json())
    parse_model(CustomAiContentRequest, body)
    return _ai_content(state, request, [str(part["aiPart"]) for part in body["aiParts"]])


# --- reading jobs ----------------------------------------------------------------------------


def get_job(state: MockState, request: MockRequest) -> MockResponse:
    """GET /v1/jobs?jobId=: `{message, previewUrl, data}` (no `success`); each read is a poll."""
    job = _polled(_job(state, _job_id(request)), state)
    preview = f"https://app.tryhamsa.com/jobs/{job['id']}"
    return MockResponse(200, {"message": "success", "previewUrl": preview, "data": _v1(job)})


def get_ai_content(state: MockState, request: MockRequest) -> MockResponse:
    """GET /v1/jobs/ai-content?jobId=: the AI-content job, its parts once COMPLETED."""
    job = _polled(_job(state, _job_id(request)), state)
    return ok(_v1(job), message="success")


def get_job_v2(state: MockState, request: MockRequest) -> MockResponse:
    """GET /v2/jobs/view/{id}?projectId=."""
    _project(request, state)
    job = _polled(_job(state, request.path_params["jobId"]), state)
    shown = {
        **{k: job[k] for k in ("id", "title", "type", "status", "createdAt", "updatedAt")},
        "cost": job["totalCost"],
        "url": job["mediaUrl"],
        "attributes": {"mediaUrl": job["mediaUrl"], "model": job["model"]},
        "relevantJobId": job["relevantJobId"],
    }
    return ok(shown, message=OK, message_key="OPERATION_SUCCESSFUL")


def search_jobs(state: MockState, request: MockRequest) -> MockResponse:
    """POST /v1/jobs/all?projectId=: body filters; `skip` is the 1-based page, `take` its size."""
    _project(request, state)
    body = require_object(request.json()) if request.body.strip() else {}
    parse_model(ListJobsRequest, body)
    page, size = int(body.get("skip", 1)), int(body.get("take", 10))
    term = str(body.get("search") or "").lower()
    jobs = [
        job
        for job in reversed(state.jobs.values())
        if body.get("status") in (None, job["status"])
        and body.get("type") in (None, job["type"])
        and term in str(job["title"]).lower()
    ]
    data = {
        "jobs": [_summary_v1(job) for job in page_slice(jobs, page, size)],
        "total": len(state.jobs),
        "filtered": len(jobs),
    }
    return ok(data, message="success")


def list_jobs_v2(state: MockState, request: MockRequest) -> MockResponse:
    """GET /v2/jobs: `page` and `perPage` (both required), counted by `totalCount`."""
    query = QueryReader(request)
    query.uuid("projectId", required=True)
    page = query.page("page", 0)
    size = query.page("perPage", 0)
    kind = query.text("type")
    status = query.text("status")
    for name, value in (("page", page), ("perPage", size), ("type", kind)):
        if not value:
            query.problem(name, "is required")
    query.check()
    jobs = [
        job
        for job in reversed(state.jobs.values())
        if job["type"] == kind and status in (None, job["status"])
    ]
    shown = [
        {
            **{k: job[k] for k in ("id", "title", "mediaUrl", "totalCost", "status", "createdAt")},
            "mediaType": "URL",
        }
        for job in page_slice(jobs, page, size)
    ]
    data = {
        "jobs": shown,
        "page": page,
        "totalCount": len(jobs),
        "totalPages": -(-len(jobs) // size),
    }
    return ok(data, message=OK, message_key="OPERATION_SUCCESSFUL")


# --- realtime speech and voices --------------------------------------------------------------


def _speech(state: MockState, request: MockRequest) -> MockResponse:
    body = require_object(request.json())
    parse_model(RealtimeTtsRequest, body)
    speaker = str(body["speaker"])
    if speaker in state.voices and speaker not in state.preloaded_voices:
        raise ApiError(
            400, f"Custom voice {speaker} is not preloaded: preload it first.", "VoiceNotPreloaded"
        )
    return MockResponse(200, synthesise_wav(str(body["text"])), content_type="audio/wav")


def realtime_tts(state: MockState, request: MockRequest) -> MockResponse:
    """POST /v1/realtime/tts: a small WAV synthesised from the text."""
    return _speech(state, request)


def realtime_tts_stream(state: MockState, request: MockRequest) -> MockResponse:
    """POST /v1/realtime/tts-stream: the same WAV, sent in chunks as the audio is made."""
    return attrs.evolve(_speech(state, request), chunks=STREAM_CHUNKS)


def realtime_stt(state: MockState, request: MockRequest) -> MockResponse:
    """POST /v1/realtime/stt: `{text}`, the mock's transcript for base64-encoded WAV audio."""
    body = require_object(request.json())
    parse_model(RealtimeSttRequest, body)
    try:
        audio = base64.b64decode(str(body["audioBase64"]), validate=True)
    except (binascii.Error, ValueError):
        audio = b""
    # Audio that isn't WAV (the docs' own truncated examples) has nothing to transcribe.
    is_wav = audio[:4] == b"RIFF" and audio[8:12] == b"WAVE"
    text = TRANSCRIPTS.get(str(body.get("language", "ar")), "") if is_wav else ""
    return MockResponse(200, {"text": text})


def clone_voice(state: MockState, request: MockRequest) -> MockResponse:
    """POST /v2/tts/voices: a cloned voice, usable as a speaker once preloaded."""
    body = require_object(request.json())
    parse_model(CreateVoiceRequest, body)
    voice = {"id": state.new_id(), "voiceRecord": str(body["audioUrl"]).rsplit("/", 1)[-1]}
    state.voices[voice["id"]] = {**voice, "name": body["name"]}
    return ok(voice, message=OK, message_key="OPERATION_SUCCESSFUL")


def preload_voice(state: MockState, request: MockRequest) -> MockResponse:
    """POST /v2/tts/voices/custom/preload."""
    body = require_object(request.json())
    parse_model(PreloadVoiceRequest, body)
    state.preloaded_voices.add(str(body["voiceId"]))
    return ok([], message="Custom voice have been preloaded successfully")

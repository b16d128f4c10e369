"""The reference pages' resource-method examples for the speech half of the API (jobs, TTS,
STT, voices, AI content, statistics, web calls), merged into render_docs.RESOURCE_CALLS.

Each runs in tests/docs/test_examples.py against MockHamsa with the ids its setup creates
(``job_id`` is a transcription job; ``project_id`` the mock's project)."""

from __future__ import annotations

from typing import Any

WAV_FILE = 'open("hello.wav", "rb")'


def speech_calls(resource_call: Any) -> dict[tuple[str, str], Any]:
    """(version, operationId) -> ResourceCall, built with render_docs.ResourceCall."""

    def call(attribute: str, cls: str, method: str, example: str) -> Any:
        return resource_call(attribute, attribute, cls, method, example)

    return {
        ("v1", "transcribe"): call(
            "jobs",
            "Jobs",
            "transcribe",
            """started = client.jobs.transcribe(
    media_url="https://your-storage.com/audio.mp3", model="Hamsa-General-V2.0", language="ar"
)
job = client.jobs.wait(started.job_id)
print(job.status, job.job_response)""",
        ),
        ("v1", "get_job"): call(
            "jobs", "Jobs", "get", """job = client.jobs.get(job_id=job_id)\nprint(job.status)"""
        ),
        ("v1", "list_jobs"): call(
            "jobs",
            "Jobs",
            "search",
            """for summary in client.jobs.search(project_id=project_id, status="COMPLETED"):
    print(summary.id, summary.title)""",
        ),
        ("v2", "list_jobs"): call(
            "jobs",
            "Jobs",
            "list",
            """for summary in client.jobs.list(project_id=project_id, type="TRANSCRIPTION"):
    print(summary.id, summary.status)""",
        ),
        ("v2", "create_job"): call(
            "jobs",
            "Jobs",
            "create",
            """started = client.jobs.create(
    type="TRANSCRIPTION",
    api_key="f47ac10b-58cc-4372-a567-0e02b2c3d479",  # the id of your API key, not the key
    media_url="https://example.com/audio.mp3",
    title="Meeting Notes",
    language="ar",
)
print(started.job_id)""",
        ),
        ("v2", "generate_transcription_ai_content"): call(
            "jobs",
            "Jobs",
            "transcribe_with_ai_content",
            """started = client.jobs.transcribe_with_ai_content(
    api_key="9f5f1f6a-2b1d-4a33-8fd4-6f5c2b89e3aa",
    media_url="https://example.com/audio.mp3",
    title="Meeting Notes",
    language="ar",
    ai_parts=["summary"],
)
print(started.job_id)""",
        ),
        ("v2", "get_job"): call(
            "jobs",
            "Jobs",
            "view",
            """job = client.jobs.view(job_id, project_id=project_id)\nprint(job.status)""",
        ),
        ("v1", "create_text_to_speech_job"): call(
            "tts",
            "Tts",
            "create_job",
            """job = client.tts.create_job(voice_id="Amjad", text="أهلاً و سهلاً بكم في همسة!")
print(client.jobs.wait(job.id).job_response)""",
        ),
        ("v1", "realtime_tts"): call(
            "tts",
            "Tts",
            "generate",
            """path = client.tts.generate(
    text="مرحباً بكم في همسة!", speaker="Amjad", dialect="pls", to="hello.wav"
)
print(path.stat().st_size)""",
        ),
        ("v1", "realtime_tts_stream"): call(
            "tts",
            "Tts",
            "stream",
            """for chunk in client.tts.stream(text="Hello, world!", speaker="Ali", dialect="pls"):
    print(len(chunk))""",
        ),
        ("v1", "realtime_stt"): call(
            "stt",
            "Stt",
            "transcribe",
            f"""client.tts.generate(text="مرحباً", speaker="Amjad", to="hello.wav")
with {WAV_FILE} as audio:
    print(client.stt.transcribe(audio, language="ar"))""",
        ),
        ("v1", "create_ai_content"): call(
            "ai_content",
            "AiContent",
            "create",
            """content_job = client.ai_content.create(job_id=job_id, ai_parts=["summary"])
print(content_job.id, content_job.status)""",
        ),
        ("v1", "get_ai_content"): call(
            "ai_content",
            "AiContent",
            "get",
            """content = client.ai_content.get(job_id=job_id)\nprint(content.status)""",
        ),
        ("v1", "create_custom_ai_content"): call(
            "ai_content",
            "AiContent",
            "create_custom",
            """content_job = client.ai_content.create_custom(
    job_id=job_id,
    ai_parts=[{"ai_part": "summary", "language": "ar", "prompt": "Three short bullets."}],
)
print(content_job.id)""",
        ),
        ("v1", "get_statistics_numbers"): call(
            "statistics",
            "Statistics",
            "numbers",
            """totals = client.statistics.numbers(
    start_period="2025-01-01T00:00:00Z", end_period="2025-02-01T00:00:00Z", project_id=project_id
)
print(totals.price)""",
        ),
        ("v1", "get_statistics_chart"): call(
            "statistics",
            "Statistics",
            "chart",
            """series = client.statistics.chart(
    start_period="2025-01-01T00:00:00Z", end_period="2025-02-01T00:00:00Z", project_id=project_id
)
print(series.cost)""",
        ),
        ("v1", "create_participant_token"): call(
            "web_calls",
            "WebCalls",
            "create_token",
            """token = client.web_calls.create_token(voice_agent_id=voice_agent_id)
print(token.job_id)""",
        ),
        ("v1", "add_twilio_phone_number"): call(
            "phone_numbers",
            "PhoneNumbers",
            "add_twilio",
            """number = client.phone_numbers.add_twilio(  # deprecated: use phone_numbers.add
    phone_number="+15557654322",
    label="Support Line",
    twilio_number_sid="PN00000000000000000000000000000000",
    twilio_account_sid=twilio_account_sid,
    twilio_auth_token=twilio_auth_token,
)
print(number.id)""",
        ),
        ("v2", "create_tts_voice"): call(
            "voices",
            "Voices",
            "clone",
            """voice = client.voices.clone(
    name="Support Assistant Female",
    audio_url="https://cdn.tryhamsa.com/uploads/voice.wav",
    audio_transcription="مرحباً، أنا مساعدك الصوتي.",
    language="ar",
    tags=["female", "conversational"],
    project_id=project_id,
)
print(voice.id)""",
        ),
        ("v2", "preview_tts_voice"): call(
            "voices",
            "Voices",
            "preview",
            """sample = client.voices.preview(
    audio_url="https://cdn.tryhamsa.com/uploads/voice.wav",
    audio_transcription="مرحباً، هذا مثال على التسجيل الصوتي.",
    language="ar",
    dialect_id="145a7af6-3614-4bb2-be5d-702000d459ab",
    text="أهلاً بك، هذا مثال لنطق الصوت.",
    project_id=project_id,
)
print(sample.audio_url)""",
        ),
        ("v2", "extract_transcription_from_voice_audio"): call(
            "voices",
            "Voices",
            "extract_transcription",
            """found = client.voices.extract_transcription(
    audio_url="https://cdn.tryhamsa.com/uploads/voice.wav", language="en", project_id=project_id
)
print(found.transcription)""",
        ),
        ("v2", "preload_custom_voice"): call(
            "voices",
            "Voices",
            "preload",
            """client.voices.preload(voice_id="your-custom-voice-id")""",
        ),
    }

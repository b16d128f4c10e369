"""Type-checked (not run) by `nox -s typecheck`: code a user writes must pass mypy --strict."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

import hamsa
from hamsa import AsyncHamsa, Hamsa, RequestValidationError, VoiceAgent
from hamsa.v1.models import UpdateVoiceAgentRequest
from hamsa.v2.models import CallSettings

if TYPE_CHECKING:
    from hamsa.v1.params import WebToolSettingsInputParam


def sync_flow(client: Hamsa) -> str:
    agent: VoiceAgent = client.voice_agents.create(
        name="Support",
        call_settings=CallSettings(max_call_duration=300),
        voice={"voice_id": "en-US-Neural2-A", "lang": "en"},
    )
    agent = client.voice_agents.update(
        agent.id, name="Support (renamed)", call_settings={"max_call_duration": 120}
    )
    client.voice_agents.update(
        agent.id, call_settings={"max_call_durration": 100}  # type: ignore[arg-type]
    )
    raw = client.voice_agents.with_raw_response.clone(agent.id, name="copy")
    status: int = raw.status_code
    call = client.calls.start(to_number="+15551234567", voice_agent_id=agent.id)
    client.v1.voice_agents.update_voice_agent("id", body=UpdateVoiceAgentRequest(agent_name="x"))
    # Nested arguments of generated methods are TypedDicts: keys complete, and a misspelt key is
    # a type error (strict mode fails on an unused ignore, so this proves the error is there).
    tool = client.web_tools.create(
        type="FUNCTION",
        name="Order status",
        tool_settings={"server_url": "https://api.example.com/orders", "method_type": "GET"},
        messages=[{"type": "REQUEST_START", "content": "One moment."}],
    )
    settings: WebToolSettingsInputParam = {"server_url": "https://x.example", "method_type": "GET"}
    client.web_tools.update(str(tool.id), tool_settings=settings)
    client.web_tools.update(
        str(tool.id),
        tool_settings={"sever_url": "https://x.example", "method_type": "GET"},  # type: ignore[arg-type]
    )
    return f"{status} {call.id} {raw.parsed.name}"


async def async_flow(client: AsyncHamsa) -> VoiceAgent:
    try:
        return await client.voice_agents.create(name="Support")
    except RequestValidationError as error:
        for violation in error.violations:
            print(violation.path, violation.value, violation.constraint)
        raise
    except hamsa.APIStatusError as error:
        print(error.status_code, error.message_key, error.request_id)
        raise


def realtime_flow(client: Hamsa) -> str:
    with client.realtime.connect(reconnect=True, ping_interval=10.0) as session:
        info = session.info.message if session.info is not None else None
        audio = b"".join(session.tts(text="hi", speaker="Ali", dialect="pls", mulaw=False))
        size: int = session.tts(text="hi", speaker="Ali").write_to("out.wav")
        try:
            text: str = session.stt(audio=audio, language="ar", eos_threshold=0.3)
        except hamsa.RealtimeError as error:
            text = error.message
        return f"{info} {size} {text} {session.stt(samples=[0.0, 0.5])}"


async def async_realtime_flow(client: AsyncHamsa) -> str:
    async with client.realtime.connect() as session:
        chunks = [chunk async for chunk in session.tts(text="hi", speaker="Ali")]
        await session.tts(text="hi", speaker="Ali").write_to("out.wav")
        return await session.stt(audio=b"".join(chunks))


def reading_models(client: Hamsa) -> list[str]:
    """Response fields read as `X | None` (never Unset); models copy, pickle and print."""
    agent = client.voice_agents.get("3c90c3cc-0d44-4b50-8888-8dd25736052a")
    limit: float | None = agent.call_settings.max_call_duration
    name: str = agent.name or "(unnamed)"
    kind: str | None = agent.type
    wire: str = agent.to_json()
    again: VoiceAgent = copy.deepcopy(agent)
    page = client.voice_agents.list().first_page()
    first: VoiceAgent | None = page[0] if len(page) else None
    names = [a.name or "" for a in page]
    return [str(limit), name, str(kind), wire, repr(again), repr(first), *names]

"""The quick start, end to end: create a voice agent (API v2), update it and clone it (API v1),
start a call with it and wait for the conversation to end.

    python docs/examples/quickstart.py

With HAMSA_BASE_URL unset it starts a local hamsa.testing.MockHamsa and runs against that: no
account, no key, no real phone call. With HAMSA_BASE_URL (and HAMSA_API_KEY) set it uses that
server instead: `python -m hamsa.mock` in another shell, or the real API, which really dials
TO_NUMBER. Exits non-zero if any step fails.
"""

from __future__ import annotations

import os
import sys
from contextlib import ExitStack

import hamsa
from hamsa import Hamsa
from hamsa.testing import MockHamsa

PREAMBLE = "You are a friendly support agent. Keep answers short."
TO_NUMBER = "+15551234567"
FROM_NUMBER = "+18449292835"
ENDED = {"COMPLETED", "NO_ANSWER", "FAILED", "FORWARDED", "TERMINATED"}


def check(condition: bool, problem: str) -> None:
    if not condition:
        raise SystemExit(f"quickstart failed: {problem}")


def quickstart(client: Hamsa, *, poll_interval: float) -> None:
    agent = client.voice_agents.create(  # POST /v2/voice-agents
        name="Support",
        conversation={
            "greeting_message": "Hi {{name}}, this is Hamsa support.",
            "preamble": PREAMBLE,
        },
        voice={"voice_id": "en-US-Neural2-A", "lang": "en"},
        llm={"provider": "openai", "model": "gpt-4.1", "temperature": 0.3},
        call_settings={"max_call_duration": 300, "interrupt": True},
    )
    limit = agent.call_settings.max_call_duration
    print(f"created  {agent.id}  {agent.name!r}, calls up to {limit} s")
    check(agent.name == "Support", f"created agent is named {agent.name!r}")

    agent = client.voice_agents.update(agent.id, call_settings={"max_call_duration": 120})
    print(f"updated  {agent.id}  calls up to {agent.call_settings.max_call_duration} s (v1 PATCH)")
    check(agent.call_settings.max_call_duration == 120, "the update did not stick")
    preamble = agent.conversation.preamble if agent.conversation else None
    check(preamble == PREAMBLE, "the update lost the preamble")

    copy = client.voice_agents.clone(agent.id, name="Support (copy)")
    print(f"cloned   {copy.id}  {copy.name!r}")
    check(copy.id != agent.id and copy.name == "Support (copy)", "the clone is not a new agent")

    call = client.calls.start(
        to_number=TO_NUMBER,
        from_number=FROM_NUMBER,
        voice_agent_id=agent.id,
        params={"name": "Sara"},  # fills {{name}} in the greeting
    )
    print(f"calling  {TO_NUMBER}: conversation {call.id} is {call.status}")

    conversation = client.conversations.wait(call.id, poll_interval=poll_interval)
    print(f"ended    {conversation.status}, {conversation.call_duration} s")
    check(conversation.status in ENDED, f"the call ended as {conversation.status}")


def main() -> int:
    with ExitStack() as stack:
        if os.environ.get("HAMSA_BASE_URL"):
            client = stack.enter_context(Hamsa())  # HAMSA_BASE_URL and HAMSA_API_KEY
            poll_interval = 2.0
        else:
            mock = stack.enter_context(MockHamsa())
            print(f"HAMSA_BASE_URL is not set: using a local MockHamsa at {mock.base_url}")
            client = stack.enter_context(mock.client())
            poll_interval = 0.01  # the mock moves a call on at each poll
        try:
            quickstart(client, poll_interval=poll_interval)
        except hamsa.HamsaError as error:
            print(f"quickstart failed: {type(error).__name__}: {error}", file=sys.stderr)
            return 1
    print("quickstart: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

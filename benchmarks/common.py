"""Payloads, the loopback server process and small statistics shared by the benchmark scripts."""

from __future__ import annotations

import copy
import json
import statistics
import subprocess
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
EXAMPLES = ROOT / "tests" / "fixtures" / "examples"
API_KEY = "bench-not-a-real-key"


def create_request_json() -> dict[str, Any]:
    """The documented POST /v2/voice-agents body (camelCase, as sent on the wire)."""
    data: dict[str, Any] = json.loads((EXAMPLES / "v2_create_voice_agent.request.json").read_text())
    return data


def create_response_agent() -> dict[str, Any]:
    """The `data` of the documented create-agent response: one full v2 agent."""
    body = json.loads((EXAMPLES / "v2_create_voice_agent.response.json").read_text())
    agent: dict[str, Any] = body["data"]
    return agent


def create_kwargs() -> dict[str, Any]:
    """The create request as the SDK's snake_case keyword arguments."""
    from hamsa._agent_mapping import snake_keys

    kwargs: dict[str, Any] = snake_keys(create_request_json())
    return kwargs


def agents(count: int) -> list[dict[str, Any]]:
    """`count` distinct v2 agents shaped like the documented response (ids, names, kinds and
    languages vary so nothing can be served from a cache)."""
    template = create_response_agent()
    out = []
    for index in range(count):
        agent = copy.deepcopy(template)
        agent["id"] = f"{index:08x}-098b-4c43-b165-7cfd2cc8ac30"
        agent["name"] = f"Customer Support Agent {index}"
        agent["type"] = "Single Prompt" if index % 3 else "Flow Agent"
        agent["voice"]["lang"] = "en" if index % 2 else "ar"
        agent["callSettings"]["maxCallDuration"] = 60 + index % 500
        agent["createdAt"] = f"2024-01-{1 + index % 28:02d}T10:30:{index % 60:02d}Z"
        out.append(agent)
    return out


def list_page_bytes(count: int) -> bytes:
    """A GET /v2/voice-agents page (VoiceAgentPageResponse) holding `count` agents."""
    page = {
        "success": True,
        "data": {"total": count, "filtered": count, "voiceAgents": agents(count)},
    }
    return json.dumps(page, separators=(",", ":")).encode()


def bare_list_bytes(count: int) -> bytes:
    """Just the JSON array of `count` agents (for TypeAdapter(list[Model]).validate_json)."""
    return json.dumps(agents(count), separators=(",", ":")).encode()


@contextmanager
def loopback_server() -> Iterator[str]:
    """Run benchmarks/server.py in its own process; yields its base URL."""
    process = subprocess.Popen(
        [sys.executable, str(BENCH_DIR / "server.py")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        if not line.startswith("PORT "):
            raise RuntimeError(f"benchmark server did not start: {line!r}")
        yield f"http://127.0.0.1:{int(line.split()[1])}"
    finally:
        assert process.stdin is not None
        process.stdin.close()  # the server exits at EOF on stdin
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def quantile(values: Sequence[float], q: float) -> float:
    """Nearest-rank-interpolated quantile (q in [0, 1])."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    if len(ordered) == 1:
        return ordered[0]
    position = q * (len(ordered) - 1)
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def summary(values: Sequence[float]) -> dict[str, float]:
    return {
        "median": statistics.median(values),
        "p90": quantile(values, 0.9),
        "min": min(values),
        "n": len(values),
    }

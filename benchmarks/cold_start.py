"""Cold start: a fresh process imports hamsa, builds a client and makes one
`client.voice_agents.create(...)` (the README's call), against raw httpx doing the same request.

    PYTHONPATH=overlays:generated python benchmarks/cold_start.py [--rounds N] [--importtime]

Each sample is a new interpreter (`python -c SNIPPET`), SDK and raw httpx alternating round after
round, both talking to one loopback server (benchmarks/server.py) started once, outside the
timed processes. A sample reports the wall and CPU milliseconds from just before the first
import to just after the first response is parsed, and the parent measures the whole process
(interpreter start included). `run.py` uses `measure()` for its cold-start row.
"""

# ruff: noqa: RUF001  (the report prints the multiplication sign on purpose)
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common
from common import API_KEY, summary

# The README's create call, as snake_case keyword arguments.
README_KWARGS: dict[str, Any] = {
    "name": "Support",
    "conversation": {"greeting_message": "Hi {{name}}!", "preamble": "You are a support agent."},
    "voice": {"voice_id": "en-US-Neural2-A", "lang": "en"},
    "llm": {"provider": "openai", "model": "gpt-4.1", "temperature": 0.3},
    "call_settings": {"max_call_duration": 300, "interrupt": True},
}
# The same request as it goes on the wire (checked against the SDK's bytes before timing).
README_BODY: dict[str, Any] = {
    "name": "Support",
    "conversation": {"greetingMessage": "Hi {{name}}!", "preamble": "You are a support agent."},
    "voice": {"voiceId": "en-US-Neural2-A", "lang": "en"},
    "llm": {"provider": "openai", "model": "gpt-4.1", "temperature": 0.3},
    "callSettings": {"maxCallDuration": 300, "interrupt": True},
}

_CLOCK_START = "import time; _c = time.process_time(); _t = time.perf_counter()\n"
_CLOCK_END = "print((time.process_time() - _c) * 1e3, (time.perf_counter() - _t) * 1e3)\n"

SDK_SNIPPET = (
    _CLOCK_START
    + "import hamsa\n"
    + "client = hamsa.Hamsa(api_key={key!r}, base_url={base_url!r})\n"
    + "agent = client.voice_agents.create(**{kwargs!r})\n"
    + "assert agent.id\n"
    + _CLOCK_END
)
RAW_SNIPPET = (
    _CLOCK_START
    + "import httpx\n"
    + "client = httpx.Client()\n"
    + "response = client.post({url!r}, json={body!r}, headers={{'Authorization': {auth!r}}})\n"
    + "response.raise_for_status()\n"
    + "assert response.json()['data']['id']\n"
    + _CLOCK_END
)


def snippets(base_url: str) -> dict[str, str]:
    return {
        "hamsa": SDK_SNIPPET.format(key=API_KEY, base_url=base_url, kwargs=README_KWARGS),
        "httpx": RAW_SNIPPET.format(
            url=base_url + "/v2/voice-agents", body=README_BODY, auth=f"Token {API_KEY}"
        ),
    }


def _env() -> dict[str, str]:
    env = dict(os.environ)
    # Measure what an installed wheel does: read (and, the first time, write) bytecode.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("HAMSA_LOG", None)
    return env


def _run(code: str, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *extra, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env=_env(),
    )


def _once(code: str) -> tuple[float, float, float]:
    """(CPU ms and wall ms from the first import to the parsed response, process wall ms)."""
    start = time.perf_counter()
    done = _run(code)
    process_wall = (time.perf_counter() - start) * 1e3
    cpu_ms, wall_ms = (float(part) for part in done.stdout.split())
    return cpu_ms, wall_ms, process_wall


def check_same_request(base_url: str) -> None:
    """The SDK must send the body raw httpx sends, or the comparison is off."""
    import hamsa

    with hamsa.Hamsa(api_key=API_KEY, base_url=base_url) as client:
        raw = client.voice_agents.with_raw_response.create(**README_KWARGS)
        sent = json.loads(raw.http_response.request.content)
    assert sent == README_BODY, f"SDK request body differs from the raw one: {sent}"


def loaded_modules(base_url: str) -> dict[str, Any]:
    """Which modules the SDK's first call loads (counted in a process of its own)."""
    code = (
        "import sys; _before = set(sys.modules)\n"
        + snippets(base_url)["hamsa"].replace(_CLOCK_START, "").replace(_CLOCK_END, "")
        + "import json; print(json.dumps(sorted(set(sys.modules) - _before)))\n"
    )
    modules: list[str] = json.loads(_run(code).stdout)
    hamsa_modules = [m for m in modules if m == "hamsa" or m.startswith("hamsa.")]
    return {
        "count": len(modules),
        "hamsa_count": len(hamsa_modules),
        "hamsa_v1": sum(1 for m in hamsa_modules if m.startswith("hamsa.v1")),
        "hamsa_v2": sum(1 for m in hamsa_modules if m.startswith("hamsa.v2")),
        "attrs": "attrs" in modules or "attr" in modules,
        "logging": "logging" in modules,
    }


def measure(base_url: str, scale: float) -> dict[str, Any]:
    """Alternate SDK and raw httpx in fresh processes; ratios are medians of per-round ratios."""
    check_same_request(base_url)
    codes = snippets(base_url)
    for code in codes.values():  # write .pyc files and check the snippets work at all
        _once(code)
    names = list(codes)
    cpu: dict[str, list[float]] = {name: [] for name in names}
    wall: dict[str, list[float]] = {name: [] for name in names}
    process: dict[str, list[float]] = {name: [] for name in names}
    rounds = max(6, int(30 * scale))
    started = time.perf_counter()
    for index in range(rounds):
        if index >= 6 and time.perf_counter() - started > 40 * scale:
            break
        for name in names if index % 2 == 0 else names[::-1]:
            cpu_ms, wall_ms, process_ms = _once(codes[name])
            cpu[name].append(cpu_ms)
            wall[name].append(wall_ms)
            process[name].append(process_ms)

    def ratio(samples: dict[str, list[float]]) -> float:
        return statistics.median(
            ours / base for ours, base in zip(samples["hamsa"], samples["httpx"], strict=True)
        )

    return {
        "unit": "ms from the first import to the parsed first response (wall, cpu); "
        "process_wall includes interpreter start",
        "rounds": len(wall["hamsa"]),
        "wall": {name: summary(values) for name, values in wall.items()},
        "cpu": {name: summary(values) for name, values in cpu.items()},
        "process_wall": {name: summary(values) for name, values in process.items()},
        "ratio": ratio(wall),
        "cpu_ratio": ratio(cpu),
        "process_wall_ratio": ratio(process),
        "loaded_modules": loaded_modules(base_url),
    }


def importtime(base_url: str, top: int = 30) -> str:
    """`-X importtime` of the SDK's first call: the `top` costliest modules (self time)."""
    code = snippets(base_url)["hamsa"]
    done = _run(code, "-X", "importtime")
    rows = []
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        self_us, cumulative, name = (part.strip() for part in line[12:].split("|"))
        rows.append((int(self_us), int(cumulative), name))
    rows.sort(reverse=True)
    out = [f"{'self us':>8} {'cumul us':>9}  module"]
    out += [f"{s:>8} {c:>9}  {n}" for s, c, n in rows[:top]]
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=0.35, help="30 rounds × scale (min 6)")
    parser.add_argument("--importtime", action="store_true", help="also print -X importtime")
    args = parser.parse_args()
    os.environ.setdefault("HAMSA_API_KEY", API_KEY)
    with common.loopback_server() as base_url:
        result = measure(base_url, args.scale)
        if args.importtime:
            print(importtime(base_url))
    for key in ("wall", "cpu", "process_wall"):
        h, r = result[key]["hamsa"], result[key]["httpx"]
        ratio = result["ratio" if key == "wall" else f"{key}_ratio"]
        print(
            f"{key:>12}: hamsa {h['median']:.1f} ms (p90 {h['p90']:.1f}), "
            f"httpx {r['median']:.1f} ms (p90 {r['p90']:.1f}), ratio {ratio:.2f}×"
        )
    print(f"rounds: {result['rounds']}; loaded: {json.dumps(result['loaded_modules'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

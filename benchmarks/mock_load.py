"""MockHamsa (hamsa.testing) as a server: per-request latency, in process and as
`python -m hamsa.mock`, against the plain loopback server (benchmarks/server.py) in the same run,
for the same create-agent request over raw httpx (issue 18: <= 2 ms), and a burst of 32
threads x 5 `voice_agents.create` calls, which must all succeed (issue 18: with an accept
backlog of 5, 1 to 17 of those 160 requests were reset)."""

# ruff: noqa: RUF001  (the report prints the multiplication sign on purpose)
from __future__ import annotations

import gc
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any

import common
from common import API_KEY, summary

THREADS = 32
CREATES_PER_THREAD = 5
LATENCY_TARGET_US = 2000.0


@contextmanager
def mock_process() -> Iterator[str]:
    """`python -m hamsa.mock` as a user starts it (request log on; to a pipe nobody reads fast
    would stall it, so to /dev/null); yields its base URL."""
    process = subprocess.Popen(
        [sys.executable, "-m", "hamsa.mock", "--port", "0", "--api-key", API_KEY],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        match = re.search(r"listening on (http://\S+)", first)
        if match is None:
            raise RuntimeError(f"python -m hamsa.mock did not start: {first!r}")
        yield match[1]
    finally:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def bench_mock(base_url: str, scale: float) -> dict[str, Any]:
    import hamsa
    import httpx
    from hamsa.testing import MockHamsa

    body = common.create_request_json()
    auth = {"Authorization": f"Token {API_KEY}"}
    with (
        MockHamsa(api_key=API_KEY) as mock,
        mock_process() as process_url,
        httpx.Client() as http,
    ):
        targets = {"mock": mock.base_url, "process": process_url, "plain": base_url}
        for url in targets.values():
            check = http.post(url + "/v2/voice-agents", json=body, headers=auth)
            assert check.status_code == 200, check.text
        times: dict[str, list[float]] = {name: [] for name in targets}
        for _ in range(30):
            for url in targets.values():
                http.post(url + "/v2/voice-agents", json=body, headers=auth)
        rounds = max(3, int(30 * scale))
        order = list(targets)
        for index in range(rounds):
            # Rotate the order, so a slower moment of a shared machine hits each in turn.
            for name in order[index % 3 :] + order[: index % 3]:
                url = targets[name] + "/v2/voice-agents"
                gc.collect()
                for _ in range(20):
                    start = time.perf_counter_ns()
                    http.post(url, json=body, headers=auth)
                    times[name].append((time.perf_counter_ns() - start) / 1e3)

        def creates(_: int) -> int:
            failed = 0
            with hamsa.Hamsa(api_key=API_KEY, base_url=mock.base_url, max_retries=0) as client:
                for _ in range(CREATES_PER_THREAD):
                    try:
                        client.voice_agents.create(**common.create_kwargs())
                    except hamsa.HamsaError:
                        failed += 1
            return failed

        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=THREADS) as pool:
            failures = sum(pool.map(creates, range(THREADS)))
        burst_seconds = time.perf_counter() - started

    plain = statistics.median(times["plain"])
    total = THREADS * CREATES_PER_THREAD
    return {
        "unit": "µs/request (wall), raw httpx create-agent",
        "mock": summary(times["mock"]),
        "process": summary(times["process"]),
        "plain": summary(times["plain"]),
        "ratio": statistics.median(times["mock"]) / plain,
        "process_ratio": statistics.median(times["process"]) / plain,
        "rounds": rounds,
        "burst": {
            "threads": THREADS,
            "requests": total,
            "failures": failures,
            "seconds": burst_seconds,
            "per_second": total / burst_seconds,
        },
    }


def _ms(stats: dict[str, float]) -> str:
    return f"{stats['median'] / 1000:.2f} ms ({stats['p90'] / 1000:.2f})"


def rows(r: dict[str, Any], verdict: Any) -> list[str]:
    burst = r["burst"]
    target = f"≤ {LATENCY_TARGET_US / 1000:g} ms"
    lines = []
    for name, label, ratio in (
        ("mock", "MockHamsa", r["ratio"]),
        ("process", "`python -m hamsa.mock`", r["process_ratio"]),
    ):
        lines.append(
            f"| {label} per-request wall time, raw `httpx` create-agent, vs the plain loopback "
            f"server ({r['rounds']}×20 req) | {_ms(r[name])} | {_ms(r['plain'])} | {ratio:.2f}× "
            f"| {target} | {verdict(r[name]['median'] <= LATENCY_TARGET_US)} |"
        )
    lines.append(
        f"| MockHamsa under load, {burst['threads']} threads × {CREATES_PER_THREAD} "
        f"`voice_agents.create` | {burst['failures']} of {burst['requests']} failed; "
        f"{burst['per_second']:.0f} req/s | | | 0 failures | {verdict(burst['failures'] == 0)} |"
    )
    return lines

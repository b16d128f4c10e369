"""MockHamsa (hamsa.testing) as a server: per-request latency against the plain loopback server
(benchmarks/server.py) for the same create-agent request over raw httpx, and a burst of 32
threads x 5 `voice_agents.create` calls, which must all succeed (issue 18: with an accept
backlog of 5, 1 to 17 of those 160 requests were reset)."""

# ruff: noqa: RUF001  (the report prints the multiplication sign on purpose)
from __future__ import annotations

import gc
import statistics
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import common
from common import API_KEY, summary

THREADS = 32
CREATES_PER_THREAD = 5
LATENCY_TARGET_US = 2000.0


def bench_mock(base_url: str, scale: float) -> dict[str, Any]:
    import hamsa
    import httpx
    from hamsa.testing import MockHamsa

    body = common.create_request_json()
    auth = {"Authorization": f"Token {API_KEY}"}
    with MockHamsa(api_key=API_KEY) as mock, httpx.Client() as http:

        def mock_call() -> None:
            http.post(mock.base_url + "/v2/voice-agents", json=body, headers=auth)

        def plain_call() -> None:
            http.post(base_url + "/v2/voice-agents", json=body, headers=auth)

        check = http.post(mock.base_url + "/v2/voice-agents", json=body, headers=auth)
        assert check.status_code == 200, check.text
        for _ in range(30):
            mock_call()
            plain_call()
        mock_times: list[float] = []
        plain_times: list[float] = []
        rounds = max(3, int(30 * scale))
        for index in range(rounds):
            order = [(mock_call, mock_times), (plain_call, plain_times)]
            if index % 2:
                order.reverse()
            for call, times in order:
                gc.collect()
                for _ in range(20):
                    start = time.perf_counter_ns()
                    call()
                    times.append((time.perf_counter_ns() - start) / 1e3)

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

    mock_stats, plain_stats = summary(mock_times), summary(plain_times)
    total = THREADS * CREATES_PER_THREAD
    return {
        "unit": "µs/request (wall), raw httpx create-agent",
        "mock": mock_stats,
        "plain": plain_stats,
        "ratio": statistics.median(mock_times) / statistics.median(plain_times),
        "rounds": rounds,
        "burst": {
            "threads": THREADS,
            "requests": total,
            "failures": failures,
            "seconds": burst_seconds,
            "per_second": total / burst_seconds,
        },
    }


def rows(r: dict[str, Any], verdict: Any) -> list[str]:
    burst = r["burst"]
    return [
        f"| MockHamsa per-request wall time, raw `httpx` create-agent, vs the plain loopback "
        f"server ({r['rounds']}×2×20 req) | {r['mock']['median']:.0f} µs ({r['mock']['p90']:.0f}) "
        f"| {r['plain']['median']:.0f} µs ({r['plain']['p90']:.0f}) | {r['ratio']:.2f}× "
        f"| ≤ {LATENCY_TARGET_US / 1000:g} ms | "
        f"{verdict(r['mock']['median'] <= LATENCY_TARGET_US)} |",
        f"| MockHamsa under load, {burst['threads']} threads × {CREATES_PER_THREAD} "
        f"`voice_agents.create` | {burst['failures']} of {burst['requests']} failed; "
        f"{burst['per_second']:.0f} req/s | | | 0 failures | {verdict(burst['failures'] == 0)} |",
    ]

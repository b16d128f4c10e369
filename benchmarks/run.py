"""hamsa-sdk benchmarks: the SDK against raw httpx, pydantic v2 and `import httpx`.

    nox -s bench
    PYTHONPATH=overlays:generated python benchmarks/run.py [--quick] [--profile] [--only NAME,...]

One run measures everything against one loopback server (benchmarks/server.py, its own
process) that answers with the documented create-agent payload. Every comparison interleaves
the SDK and its baseline in alternating order, round after round, so load from elsewhere on a
noisy 2-core machine hits both sides alike; ratios are medians of the per-round ratios.
Prints a table (PASS/FAIL per target) and JSON, and writes benchmarks/results.json.
Not a test: it never fails the build, whatever the numbers (exit 0 unless it crashes).
"""

# ruff: noqa: RUF001  (the report prints the multiplication sign on purpose)
from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common
import mock_load
from common import API_KEY, BENCH_DIR, ROOT, summary

RESULTS_PATH = BENCH_DIR / "results.json"
ASYNC_CONCURRENCY = 200
PARSE_COUNT = 1_000
RSS_COUNT = 10_000


class Budget:
    """Repeat until `rounds` are done or `seconds` have passed (but at least `min_rounds`)."""

    def __init__(self, rounds: int, seconds: float, min_rounds: int) -> None:
        self.rounds, self.seconds, self.min_rounds = rounds, seconds, min_rounds

    def __iter__(self) -> Any:
        started = time.perf_counter()
        for index in range(self.rounds):
            if index >= self.min_rounds and time.perf_counter() - started > self.seconds:
                return
            yield index


def _paired_ratio(ours: list[float], base: list[float]) -> float:
    return statistics.median(o / b for o, b in zip(ours, base, strict=True))


# --- 1. per-request wall time, sync ------------------------------------------------------


def bench_sync(base_url: str, scale: float) -> dict[str, Any]:
    import hamsa
    import httpx

    kwargs = common.create_kwargs()
    body = common.create_request_json()
    url = base_url + "/v2/voice-agents"
    auth = {"Authorization": f"Token {API_KEY}"}
    sdk = hamsa.Hamsa(api_key=API_KEY, base_url=base_url)
    raw = httpx.Client()

    def sdk_call() -> object:
        return sdk.voice_agents.create(**kwargs)

    def raw_call() -> object:
        response = raw.post(url, json=body, headers=auth)
        response.raise_for_status()
        return response.json()

    # The SDK must put the very bytes raw httpx sends on the wire, or the comparison is off.
    sent = sdk.voice_agents.with_raw_response.create(**kwargs).http_response.request
    assert json.loads(sent.content) == body, "SDK request body differs from the raw one"

    block = 40
    for _ in range(150):  # warm-up: connections, caches, lazy imports
        sdk_call()
        raw_call()
    sdk_times: list[float] = []
    raw_times: list[float] = []
    sdk_rounds: list[float] = []
    raw_rounds: list[float] = []
    sdk_cpu: list[float] = []
    raw_cpu: list[float] = []
    clock = time.perf_counter_ns
    cpu = time.process_time_ns
    for index in Budget(rounds=int(80 * scale), seconds=22 * scale, min_rounds=6):
        order = [
            (sdk_call, sdk_times, sdk_rounds, sdk_cpu),
            (raw_call, raw_times, raw_rounds, raw_cpu),
        ]
        if index % 2:
            order.reverse()
        for call, times, rounds, cpus in order:
            gc.collect()
            mine = []
            cpu_start = cpu()
            for _ in range(block):
                start = clock()
                call()
                mine.append((clock() - start) / 1e3)
            cpus.append((cpu() - cpu_start) / block / 1e3)
            times += mine
            rounds.append(statistics.median(mine))
    sdk.close()
    raw.close()
    sdk_stats, raw_stats = summary(sdk_times), summary(raw_times)
    return {
        "unit": "µs/request (wall); cpu_* are client-process CPU µs/request",
        "sdk": sdk_stats,
        "raw": raw_stats,
        "rounds": len(sdk_rounds),
        "ratio": _paired_ratio(sdk_rounds, raw_rounds),
        "ratio_of_medians": sdk_stats["median"] / raw_stats["median"],
        "overhead_us": sdk_stats["median"] - raw_stats["median"],
        "cpu_sdk": summary(sdk_cpu),
        "cpu_raw": summary(raw_cpu),
        "cpu_ratio": _paired_ratio(sdk_cpu, raw_cpu),
    }


# --- 2. async throughput, 200 concurrent ----------------------------------------------------


def bench_async(base_url: str, scale: float) -> dict[str, Any]:
    import hamsa
    import httpx

    kwargs = common.create_kwargs()
    body = common.create_request_json()
    url = base_url + "/v2/voice-agents"
    auth = {"Authorization": f"Token {API_KEY}"}

    async def main() -> dict[str, Any]:
        sdk = hamsa.AsyncHamsa(api_key=API_KEY, base_url=base_url)
        raw = httpx.AsyncClient()

        async def sdk_call() -> object:
            return await sdk.voice_agents.create(**kwargs)

        async def raw_call() -> object:
            response = await raw.post(url, json=body, headers=auth)
            response.raise_for_status()
            return response.json()

        async def batch(call: Callable[[], Any]) -> tuple[float, float]:
            """(requests/s by wall clock, requests per client-CPU second)."""
            gc.collect()
            start, cpu_start = time.perf_counter(), time.process_time()
            await asyncio.gather(*(call() for _ in range(ASYNC_CONCURRENCY)))
            wall, cpu = time.perf_counter() - start, time.process_time() - cpu_start
            return ASYNC_CONCURRENCY / wall, ASYNC_CONCURRENCY / cpu

        for _ in range(2):  # warm-up: open the pools (up to httpx's 100 connections each)
            await batch(sdk_call)
            await batch(raw_call)
        sdk_rps: list[float] = []
        raw_rps: list[float] = []
        sdk_cpu: list[float] = []
        raw_cpu: list[float] = []
        for index in Budget(rounds=int(40 * scale), seconds=20 * scale, min_rounds=4):
            pair = [(sdk_call, sdk_rps, sdk_cpu), (raw_call, raw_rps, raw_cpu)]
            if index % 2:
                pair.reverse()
            for call, sink, cpu_sink in pair:
                rps, per_cpu = await batch(call)
                sink.append(rps)
                cpu_sink.append(per_cpu)
        await sdk.aclose()
        await raw.aclose()
        sdk_stats, raw_stats = summary(sdk_rps), summary(raw_rps)
        return {
            "unit": "requests/s (wall); cpu_* are requests per client-CPU second",
            "concurrency": ASYNC_CONCURRENCY,
            "sdk": sdk_stats,
            "raw": raw_stats,
            "rounds": len(sdk_rps),
            "ratio": _paired_ratio(sdk_rps, raw_rps),
            "ratio_of_medians": sdk_stats["median"] / raw_stats["median"],
            "cpu_sdk": summary(sdk_cpu),
            "cpu_raw": summary(raw_cpu),
            "cpu_ratio": _paired_ratio(sdk_cpu, raw_cpu),
        }

    return asyncio.run(main())


# --- 3. parse 1,000 agents: bytes -> typed models ------------------------------------------


def parse_functions() -> tuple[dict[str, Callable[[], object]], dict[str, int]]:
    import hamsa
    import httpx
    import pydantic_models as pm
    from hamsa._resources.voice_agents import _list_parse
    from hamsa.v2.models import VoiceAgent as V2Agent

    page = common.list_page_bytes(PARSE_COUNT)
    bare = common.bare_list_bytes(PARSE_COUNT)
    from hamsa._json import loads  # the decoder hamsa._parsing uses

    from_dict = V2Agent.from_dict
    from_v2 = hamsa.VoiceAgent.from_v2

    def hamsa_v2_page() -> object:
        return [from_dict(item) for item in loads(page)["data"]["voiceAgents"]]

    def hamsa_unified_page() -> object:
        return [from_v2(item) for item in loads(page)["data"]["voiceAgents"]]

    def hamsa_sdk_page() -> object:
        # What client.voice_agents.list() does with one page: envelope checks, Page, agents.
        response = httpx.Response(200, content=page)
        return _list_parse(response, 1, PARSE_COUNT).parsed.items

    def hamsa_v2_list() -> object:
        return [from_dict(item) for item in loads(bare)]

    def pydantic_page() -> object:
        return pm.VoiceAgentPageResponse.model_validate_json(page)

    def pydantic_list() -> object:
        return pm.VoiceAgentList.validate_json(bare)

    def json_loads_only() -> object:
        return loads(page)

    functions = {
        "hamsa_v2_page": hamsa_v2_page,
        "hamsa_unified_page": hamsa_unified_page,
        "hamsa_sdk_page": hamsa_sdk_page,
        "pydantic_page": pydantic_page,
        "hamsa_v2_list": hamsa_v2_list,
        "pydantic_list": pydantic_list,
        "json_loads_only": json_loads_only,
    }
    # Sanity: every parser sees the same 1,000 agents.
    assert len(hamsa_v2_page()) == len(pydantic_list()) == PARSE_COUNT  # type: ignore[arg-type]
    assert len(hamsa_sdk_page()) == PARSE_COUNT  # type: ignore[arg-type]
    page_model = pydantic_page()
    assert len(page_model.data.voice_agents) == PARSE_COUNT  # type: ignore[attr-defined]
    return functions, {"page": len(page), "list": len(bare)}


def bench_parse(scale: float) -> dict[str, Any]:
    import pydantic
    import pydantic_models as pm

    functions, sizes = parse_functions()
    for function in functions.values():  # warm-up
        function()
    names = list(functions)
    times: dict[str, list[float]] = {name: [] for name in names}
    walls: dict[str, list[float]] = {name: [] for name in names}
    for index in Budget(rounds=int(30 * scale), seconds=20 * scale, min_rounds=5):
        shift = index % len(names)
        for name in names[shift:] + names[:shift]:
            gc.collect()
            start, cpu_start = time.perf_counter(), time.process_time()
            functions[name]()
            times[name].append((time.process_time() - cpu_start) * 1e3)
            walls[name].append((time.perf_counter() - start) * 1e3)
    stats = {name: summary(values) for name, values in times.items()}

    def ratio(ours: str, base: str) -> float:
        return _paired_ratio(times[ours], times[base])

    return {
        "unit": "CPU ms per 1,000 agents (wall in wall_stats)",
        "bytes": sizes,
        "wall_stats": {name: summary(values) for name, values in walls.items()},
        "wall_ratios": {
            "hamsa_v2_page/pydantic_page": _paired_ratio(
                walls["hamsa_v2_page"], walls["pydantic_page"]
            ),
            "hamsa_unified_page/pydantic_page": _paired_ratio(
                walls["hamsa_unified_page"], walls["pydantic_page"]
            ),
        },
        "pydantic": pydantic.VERSION,
        "model_drift": pm.drift(),
        "stats": stats,
        "ratios": {
            "hamsa_v2_page/pydantic_page": ratio("hamsa_v2_page", "pydantic_page"),
            "hamsa_unified_page/pydantic_page": ratio("hamsa_unified_page", "pydantic_page"),
            "hamsa_sdk_page/pydantic_page": ratio("hamsa_sdk_page", "pydantic_page"),
            "hamsa_v2_list/pydantic_list": ratio("hamsa_v2_list", "pydantic_list"),
            "json_loads_only/pydantic_page": ratio("json_loads_only", "pydantic_page"),
        },
    }


# --- 4. cold import in a fresh process ----------------------------------------------------

IMPORT_SNIPPETS = {
    "httpx": "import httpx",
    "hamsa": "import hamsa",
    "hamsa.Hamsa": "import hamsa; hamsa.Hamsa",
}


def _import_once(snippet: str) -> tuple[float, float, float]:
    """(CPU ms and wall ms spent in the import statement itself, wall ms of the process)."""
    code = (
        "import time; _c = time.process_time(); _t = time.perf_counter(); "
        + snippet
        + "; print((time.process_time() - _c) * 1e3, (time.perf_counter() - _t) * 1e3)"
    )
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=os.environ
    )
    process_wall = (time.perf_counter() - start) * 1e3
    cpu_ms, wall_ms = (float(part) for part in done.stdout.split())
    return cpu_ms, wall_ms, process_wall


def bench_import(scale: float) -> dict[str, Any]:
    for snippet in IMPORT_SNIPPETS.values():  # compile .pyc files; check it works at all
        _import_once(snippet)
    inside: dict[str, list[float]] = {name: [] for name in IMPORT_SNIPPETS}
    inside_wall: dict[str, list[float]] = {name: [] for name in IMPORT_SNIPPETS}
    walls: dict[str, list[float]] = {name: [] for name in IMPORT_SNIPPETS}
    names = list(IMPORT_SNIPPETS)
    for index in Budget(rounds=int(40 * scale), seconds=35 * scale, min_rounds=8):
        shift = index % len(names)
        for name in names[shift:] + names[:shift]:
            cpu_ms, wall_ms, process_wall = _import_once(IMPORT_SNIPPETS[name])
            inside[name].append(cpu_ms)
            inside_wall[name].append(wall_ms)
            walls[name].append(process_wall)
    return {
        "unit": "ms; `import` is CPU time of the import statement, `import_wall` its wall time",
        "import": {name: summary(values) for name, values in inside.items()},
        "import_wall": {name: summary(values) for name, values in inside_wall.items()},
        "process_wall": {name: summary(values) for name, values in walls.items()},
        "ratios": {
            "hamsa/httpx": _paired_ratio(inside["hamsa"], inside["httpx"]),
            "hamsa.Hamsa/httpx": _paired_ratio(inside["hamsa.Hamsa"], inside["httpx"]),
            "wall hamsa/httpx": _paired_ratio(inside_wall["hamsa"], inside_wall["httpx"]),
            "wall hamsa.Hamsa/httpx": _paired_ratio(
                inside_wall["hamsa.Hamsa"], inside_wall["httpx"]
            ),
            "process_wall hamsa.Hamsa/httpx": _paired_ratio(walls["hamsa.Hamsa"], walls["httpx"]),
        },
        "loaded_modules": _loaded_modules(),
    }


def _loaded_modules() -> dict[str, Any]:
    """Which heavy modules `import hamsa` / `hamsa.Hamsa` pull in (lazy-import regressions)."""
    code = (
        "import sys; before = set(sys.modules); {snippet}; "
        "new = sorted(set(sys.modules) - before); import json; print(json.dumps(new))"
    )
    out: dict[str, Any] = {}
    for name in ("hamsa", "hamsa.Hamsa"):
        done = subprocess.run(
            [sys.executable, "-c", code.format(snippet=IMPORT_SNIPPETS[name])],
            capture_output=True,
            text=True,
            check=True,
        )
        modules = json.loads(done.stdout)
        watch = ("httpx", "attrs", "asyncio", "ssl", "pkgutil", "hamsa.v1", "hamsa.v2", "pydantic")
        out[name] = {
            "count": len(modules),
            "notable": [w for w in watch if w in modules],
        }
    return out


# --- 4b. cold start: import + client + first create, fresh process ---------------------------


def bench_coldstart(base_url: str, scale: float) -> dict[str, Any]:
    import cold_start

    return cold_start.measure(base_url, scale)


# --- 5. the generator -----------------------------------------------------------------------


def _timed_generate(python: str, args: list[str]) -> tuple[float, float, str]:
    """Wall seconds, CPU seconds (generator + ruff + black) and stdout of one generate.py run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(
        [python, str(ROOT / "generator" / "generate.py"), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-2000:] or done.stdout[-2000:])
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return elapsed, cpu, done.stdout


def bench_generate(
    scale: float, python: str, spec_dir: Path | None, scratch: bool = True
) -> dict[str, Any]:
    """Two runs of each: from scratch into an empty directory, and `nox -s generate` as used,
    in a copy of generated/ (with its manifest) after one description in spec/v2.yaml changed."""
    probe = subprocess.run([python, "-c", "import openapi_python_client"], capture_output=True)
    if probe.returncode != 0:
        return {"skipped": f"openapi-python-client is not importable by {python}"}
    out: dict[str, Any] = {"unit": "s", "python": python}
    if not scratch:
        out["scratch_skipped"] = "--no-scratch-generate"
    for scenario in ("scratch", "incremental") if scratch else ("incremental",):
        runs: list[float] = []
        cpus: list[float] = []
        for _ in range(2 if scale >= 1 else 1):
            with tempfile.TemporaryDirectory(prefix="hamsa-bench-gen-") as tmp:
                specs = Path(tmp) / "spec"
                shutil.copytree(spec_dir or ROOT / "spec", specs)
                target = Path(tmp) / "out" / "hamsa"
                if scenario == "incremental":
                    shutil.copytree(ROOT / "generated" / "hamsa", target)
                    shutil.copy(ROOT / "generated" / ".generate-manifest.json", target.parent)
                    v2 = specs / "v2.yaml"
                    # The edit tests/generation/test_generate.py makes; a spec without it regenerates as is.
                    anchor = ("in seconds; 30 to 600.", "in seconds (30 to 600).")
                    v2.write_text(v2.read_text().replace(*anchor, 1))
                try:
                    wall, cpu, stdout = _timed_generate(
                        python, ["--spec-dir", str(specs), "--output", str(target)]
                    )
                except RuntimeError as error:
                    return {"error": str(error), **out}
            runs.append(wall)
            cpus.append(cpu)
            out[f"{scenario}_report"] = stdout.strip().splitlines()[-1]
        out[scenario] = {"runs_s": runs, "cpu_s": cpus, "best_s": min(runs)}
    return out


# --- 6. memory of 10,000 unified agents ---------------------------------------------------


def bench_rss(count: int = RSS_COUNT) -> dict[str, Any]:
    out: dict[str, Any] = {"count": count, "unit": "MiB"}
    with tempfile.TemporaryDirectory(prefix="hamsa-bench-rss-") as tmp:
        payload = Path(tmp) / "agents.json"
        payload.write_bytes(common.bare_list_bytes(count))
        out["payload_mib"] = payload.stat().st_size / 2**20
        for kind in ("unified", "v2", "pydantic", "dicts"):
            done = subprocess.run(
                [sys.executable, str(BENCH_DIR / "rss_probe.py"), kind, str(payload)],
                capture_output=True,
                text=True,
                check=True,
            )
            out[kind] = json.loads(done.stdout)
    return out


# --- report ---------------------------------------------------------------------------------


def _verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def table(results: dict[str, Any]) -> str:
    rows = [
        "| What | SDK median (p90) | Baseline median (p90) | Ratio | Target | Verdict |",
        "|---|---|---|---|---|---|",
    ]
    if "sync" in results:
        r = results["sync"]
        rows.append(
            f"| Per-request wall time, `Hamsa().voice_agents.create` vs raw `httpx.Client` "
            f"({r['rounds']}×2×40 req) | {r['sdk']['median']:.0f} µs ({r['sdk']['p90']:.0f}) "
            f"| {r['raw']['median']:.0f} µs ({r['raw']['p90']:.0f}) | {r['ratio']:.2f}× "
            f"| ≤ 1.10× | {_verdict(r['ratio'] <= 1.10)} |"
        )
        rows.append(
            f"| (same, client CPU per request) | {r['cpu_sdk']['median']:.0f} µs "
            f"| {r['cpu_raw']['median']:.0f} µs | {r['cpu_ratio']:.2f}× | | info |"
        )
    if "async" in results:
        r = results["async"]
        rows.append(
            f"| `AsyncHamsa` throughput, {r['concurrency']} concurrent, vs raw "
            f"`httpx.AsyncClient` ({r['rounds']} batches each) | {r['sdk']['median']:.0f} req/s "
            f"(worst {r['sdk']['min']:.0f}) | {r['raw']['median']:.0f} req/s "
            f"(worst {r['raw']['min']:.0f}) | {r['ratio']:.2f}× | ≥ 0.9× "
            f"| {_verdict(r['ratio'] >= 0.9)} |"
        )
        rows.append(
            f"| (same, requests per client-CPU second) | {r['cpu_sdk']['median']:.0f} "
            f"| {r['cpu_raw']['median']:.0f} | {r['cpu_ratio']:.2f}× | | info |"
        )
    if "parse" in results:
        r = results["parse"]
        s = r["stats"]
        pairs = [
            (
                "hamsa_v2_page",
                "pydantic_page",
                "Parse 1,000-agent page (CPU): SDK decoder + `v2.models.VoiceAgent.from_dict` vs "
                "pydantic `model_validate_json`",
            ),
            (
                "hamsa_unified_page",
                "pydantic_page",
                "Parse 1,000-agent page (CPU): SDK decoder + `hamsa.VoiceAgent.from_v2` vs "
                "pydantic `model_validate_json`",
            ),
            (
                "hamsa_sdk_page",
                "pydantic_page",
                "Parse 1,000-agent page (CPU): the SDK's list-page parser (`Page[hamsa.VoiceAgent]`)"
                " vs pydantic `model_validate_json`",
            ),
            (
                "hamsa_v2_list",
                "pydantic_list",
                "Parse 1,000-agent bare list (CPU): `from_dict` vs "
                "`TypeAdapter(list[M]).validate_json`",
            ),
        ]
        for ours, base, label in pairs:
            ratio = r["ratios"][f"{ours}/{base}"]
            rows.append(
                f"| {label} | {s[ours]['median']:.1f} ms ({s[ours]['p90']:.1f}) "
                f"| {s[base]['median']:.1f} ms ({s[base]['p90']:.1f}) | {ratio:.2f}× "
                f"| ≤ 1.0× | {_verdict(ratio <= 1.0)} |"
            )
        wall = r["wall_ratios"]
        rows.append(
            f"| (same two page rows by wall clock) | v2 {wall['hamsa_v2_page/pydantic_page']:.2f}×,"
            f" unified {wall['hamsa_unified_page/pydantic_page']:.2f}× | | | | info |"
        )
        rows.append(
            f"| (floor) SDK decoder alone of the page | {s['json_loads_only']['median']:.1f} ms "
            f"| {s['pydantic_page']['median']:.1f} ms | "
            f"{r['ratios']['json_loads_only/pydantic_page']:.2f}× | | info |"
        )
    if "import" in results:
        r = results["import"]
        imp = r["import"]
        for name, key in (("hamsa", "hamsa/httpx"), ("hamsa.Hamsa", "hamsa.Hamsa/httpx")):
            ratio = r["ratios"][key]
            rows.append(
                f"| Cold import (CPU), fresh process: `{IMPORT_SNIPPETS[name]}` vs "
                f"`import httpx` | {imp[name]['median']:.1f} ms ({imp[name]['p90']:.1f}) "
                f"| {imp['httpx']['median']:.1f} ms ({imp['httpx']['p90']:.1f}) | {ratio:.2f}× "
                f"| ≤ 1.3× | {_verdict(ratio <= 1.3)} |"
            )
        iw = r["import_wall"]
        rows.append(
            f"| (same by wall clock) `hamsa` / `hamsa.Hamsa` vs `httpx` "
            f"| {iw['hamsa']['median']:.1f} / {iw['hamsa.Hamsa']['median']:.1f} ms "
            f"| {iw['httpx']['median']:.1f} ms | {r['ratios']['wall hamsa/httpx']:.2f}× / "
            f"{r['ratios']['wall hamsa.Hamsa/httpx']:.2f}× | | info |"
        )
        wall = r["process_wall"]
        rows.append(
            f"| (whole process incl. interpreter start) `hamsa.Hamsa` vs `httpx` "
            f"| {wall['hamsa.Hamsa']['median']:.0f} ms | {wall['httpx']['median']:.0f} ms "
            f"| {r['ratios']['process_wall hamsa.Hamsa/httpx']:.2f}× | | info |"
        )
    if "coldstart" in results:
        r = results["coldstart"]
        w, c, pw = r["wall"], r["cpu"], r["process_wall"]
        rows.append(
            f"| Cold start (wall), fresh process: `import hamsa`, `Hamsa()`, first "
            f"`voice_agents.create` (README call) vs raw httpx `import`, `Client()`, `post` "
            f"({r['rounds']}×2 processes) | {w['hamsa']['median']:.0f} ms ({w['hamsa']['p90']:.0f}) "
            f"| {w['httpx']['median']:.0f} ms ({w['httpx']['p90']:.0f}) | {r['ratio']:.2f}× "
            f"| ≤ 1.5× | {_verdict(r['ratio'] <= 1.5)} |"
        )
        loaded = r["loaded_modules"]
        rows.append(
            f"| (same, CPU; whole process incl. interpreter start) "
            f"| {c['hamsa']['median']:.0f} ms; {pw['hamsa']['median']:.0f} ms "
            f"| {c['httpx']['median']:.0f} ms; {pw['httpx']['median']:.0f} ms "
            f"| {r['cpu_ratio']:.2f}×; {r['process_wall_ratio']:.2f}× | | info |"
        )
        rows.append(
            f"| (same, modules the SDK's first call loads) | {loaded['count']} new, "
            f"{loaded['hamsa_count']} hamsa ({loaded['hamsa_v1']} v1, {loaded['hamsa_v2']} v2) "
            f"| | | | info |"
        )
    if "generate" in results:
        r = results["generate"]
        labels = {
            "scratch": "`generator/generate.py` from scratch (v1+v2, every file formatted)",
            "incremental": "`nox -s generate` after a one-description spec change (v1+v2)",
        }
        for scenario, label in labels.items():
            if scenario == "scratch" and "scratch_skipped" in r:
                rows.append(f"| {label}: skipped ({r['scratch_skipped']}) | | | | < 15 s | SKIP |")
                continue
            if scenario not in r:
                detail = r.get("skipped") or "error (see JSON)"
                rows.append(f"| generator: {detail} | | | | < 15 s | SKIP |")
                break
            run = r[scenario]
            walls = ", ".join(f"{value:.1f}" for value in run["runs_s"])
            cpus = ", ".join(f"{value:.1f}" for value in run["cpu_s"])
            rows.append(
                f"| {label}, wall; runs: {walls} s (CPU incl. ruff + black: {cpus} s) "
                f"| {run['best_s']:.1f} s | | | < 15 s | {_verdict(run['best_s'] < 15)} |"
            )
    if "mock" in results:
        rows += mock_load.rows(results["mock"], _verdict)
    if "rss" in results:
        r = results["rss"]
        for kind, label in (
            ("unified", "`hamsa.VoiceAgent.from_v2`"),
            ("v2", "`v2.models.VoiceAgent.from_dict`"),
            ("pydantic", "pydantic twin"),
            ("dicts", "`json.loads` dicts only"),
        ):
            m = r[kind]
            rows.append(
                f"| Memory, {r['count']:,} agents, {label} "
                f"| peak RSS +{m['peak_delta_mib']:.1f} MiB; heap kept "
                f"{m['heap_bytes_per_agent'] / 1024:.1f} KiB/agent "
                f"| baseline {m['baseline_mib']:.1f} MiB | | report | info |"
            )
    return "\n".join(rows)


def environment() -> dict[str, Any]:
    import httpx

    info: dict[str, Any] = {
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "httpx": httpx.__version__,
        "cpus": os.cpu_count(),
        "loadavg_start": os.getloadavg(),
        "hamsa_from": None,
    }
    try:
        import hamsa

        info["hamsa_from"] = str(Path(hamsa.__file__).parent)
        info["hamsa"] = hamsa.__version__
    except ImportError:
        pass
    # Two environment effects that move the baselines (see benchmarks/README.md):
    # httpx imports its CLI (rich, click, pygments) whenever they are installed, and httpcore
    # retries a failing `import sniffio` on every async lock when sniffio is missing.
    check = subprocess.run(
        [sys.executable, "-c", "import sys, httpx; print('rich' in sys.modules)"],
        capture_output=True,
        text=True,
    )
    info["httpx_import_loads_rich"] = check.stdout.strip() == "True"
    try:
        import sniffio  # noqa: F401

        info["sniffio_installed"] = True
    except ImportError:
        info["sniffio_installed"] = False
    return info


ALL = ("sync", "async", "parse", "import", "coldstart", "generate", "rss", "mock")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds")
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="the fewest rounds that still print every row (the test suite's check); no verdict "
        "means much at this size",
    )
    parser.add_argument("--only", default=",".join(ALL), help=f"comma-separated subset of {ALL}")
    parser.add_argument("--profile", action="store_true", help="also profile the SDK hot paths")
    parser.add_argument("--output", type=Path, default=RESULTS_PATH, help="JSON results file")
    parser.add_argument(
        "--generator-python",
        default=sys.executable,
        help="interpreter with generator/requirements.txt installed (keeps typer/rich, which "
        "make `import httpx` slower, out of the environment the import benchmark runs in)",
    )
    parser.add_argument("--spec-dir", type=Path, help="specs for the generator benchmark")
    parser.add_argument(
        "--no-scratch-generate",
        dest="scratch_generate",
        action="store_false",
        help="skip the from-scratch generate (~20 s of CPU; the test suite runs one already)",
    )
    args = parser.parse_args(argv)
    wanted = [name.strip() for name in args.only.split(",") if name.strip()]
    unknown = set(wanted) - set(ALL)
    if unknown:
        parser.error(f"unknown benchmark(s): {sorted(unknown)}")
    scale = 0.05 if args.smoke else 0.3 if args.quick else 1.0
    os.environ.setdefault("HAMSA_API_KEY", API_KEY)
    os.environ.pop("HAMSA_LOG", None)  # logging off: measure the default configuration

    results: dict[str, Any] = {"environment": environment()}
    started = time.perf_counter()
    needs_server = {"sync", "async", "coldstart", "mock"} & set(wanted) or args.profile
    with common.loopback_server() if needs_server else _no_server() as base_url:
        for name in wanted:
            print(f"[bench] {name} ...", file=sys.stderr, flush=True)
            section_start = time.perf_counter()
            if name == "sync":
                results[name] = bench_sync(base_url, scale)
            elif name == "async":
                results[name] = bench_async(base_url, scale)
            elif name == "parse":
                results[name] = bench_parse(scale)
            elif name == "import":
                results[name] = bench_import(scale)
            elif name == "coldstart":
                results[name] = bench_coldstart(base_url, scale)
            elif name == "generate":
                results[name] = bench_generate(
                    scale, args.generator_python, args.spec_dir, scratch=args.scratch_generate
                )
            elif name == "rss":
                results[name] = bench_rss(RSS_COUNT // 10 if args.smoke else RSS_COUNT)
            elif name == "mock":
                results[name] = mock_load.bench_mock(base_url, scale)
            results[name]["seconds"] = time.perf_counter() - section_start
        if args.profile:
            import profiling

            print("[bench] profile ...", file=sys.stderr, flush=True)
            profile_start = time.perf_counter()
            results["profile"] = profiling.run_all(base_url)
            results["profile"]["seconds"] = time.perf_counter() - profile_start
    results["environment"]["loadavg_end"] = os.getloadavg()
    results["environment"]["total_seconds"] = time.perf_counter() - started

    print()
    print(table(results))
    env = results["environment"]
    if env.get("httpx_import_loads_rich"):
        print(
            "\nNOTE: `import httpx` loads rich/click/pygments here (httpx's CLI), which inflates "
            "the import baseline; `nox -s bench` keeps them out of its environment."
        )
    if not env.get("sniffio_installed"):
        print(
            "\nNOTE: sniffio is not installed: httpcore retries a failing import on every async "
            "request, slowing both async clients alike (see benchmarks/README.md)."
        )
    if results.get("parse", {}).get("model_drift"):
        print("\nWARNING: the pydantic twin drifted from the generated models:")
        for line in results["parse"]["model_drift"]:
            print("  " + line)
    if "profile" in results:
        print()
        print(results["profile"]["text"])
    print()
    printable = {k: v for k, v in results.items() if k != "profile"}
    if "profile" in results:
        printable["profile"] = {k: v for k, v in results["profile"].items() if k != "text"}
    print(json.dumps(printable, indent=2, ensure_ascii=False))
    args.output.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    print(f"\nwrote {args.output}", file=sys.stderr)
    return 0


class _no_server:
    def __enter__(self) -> str:
        return ""

    def __exit__(self, *exc: object) -> None:
        return None


if __name__ == "__main__":
    sys.exit(main())

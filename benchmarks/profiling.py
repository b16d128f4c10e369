"""Where the SDK's time goes: a phase breakdown of one create call, cProfile of the request and
parse paths, and `-X importtime` of loading the client. Used by `run.py --profile`, or alone:

    PYTHONPATH=overlays:generated python benchmarks/profiling.py

Phases are timed with CPU time (time.process_time_ns) in-process, so other load on the machine
inflates them less than wall time would. cProfile adds its own per-call overhead, which makes
call-heavy code (many small functions) look worse than it is: read its table for *where*, the
phase table for *how much*.
"""

# ruff: noqa: RUF001  (the report prints the multiplication sign on purpose)
from __future__ import annotations

import cProfile
import gc
import json
import pstats
import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common
from common import API_KEY


def _cpu_us(function: Callable[[], object], *, number: int, repeat: int = 7) -> float:
    """Median over `repeat` runs of the CPU µs per call of `function`."""
    results = []
    for _ in range(repeat):
        gc.collect()
        start = time.process_time_ns()
        for _ in range(number):
            function()
        results.append((time.process_time_ns() - start) / number / 1e3)
    results.sort()
    return results[len(results) // 2]


def phases(base_url: str) -> list[dict[str, Any]]:
    """CPU µs per call of each step of `Hamsa().voice_agents.create(...)` and raw httpx's
    equivalents, measured in isolation."""
    import hamsa
    import httpx
    from hamsa._resources import voice_agents as module
    from hamsa._wire import build_model, wire_fields
    from hamsa.v2.models.create_voice_agent_request import CreateVoiceAgentRequest

    kwargs = common.create_kwargs()
    # timeout, max_retries, extra_headers, extra_query, extra_body: the client's own.
    per_call = (hamsa.NOT_GIVEN, hamsa.NOT_GIVEN, None, None, None)
    body = common.create_request_json()
    url = base_url + "/v2/voice-agents"
    auth = {"Authorization": f"Token {API_KEY}"}
    sdk = hamsa.Hamsa(api_key=API_KEY, base_url=base_url)
    raw = httpx.Client()
    fields = dict(kwargs)
    name = fields.pop("name")
    options = module._create_options(name, fields, *per_call)
    request = sdk._build_request(options)
    response = sdk.request(options)
    response.read()
    wire = wire_fields({"name": name, **fields})
    model = build_model(CreateVoiceAgentRequest, wire)
    raw_request = raw.build_request("POST", url, json=body, headers=auth)

    def fresh_response() -> httpx.Response:
        # A parsed response caches .json(); time decoding from bytes each time.
        return httpx.Response(200, content=response.content, request=request)

    steps: list[tuple[str, Callable[[], object], int]] = [
        (
            "whole call: sdk.voice_agents.create(**kwargs)",
            lambda: sdk.voice_agents.create(**kwargs),
            300,
        ),
        (
            "whole call: raw post + .json()",
            lambda: raw.post(url, json=body, headers=auth).json(),
            300,
        ),
        (
            "  send only (httpx Client.send on the SDK's pool: no cookie-store pass)",
            lambda: sdk._client.send(request).read(),
            300,
        ),
        (
            "1 wire_fields (snake->camel copy of kwargs)",
            lambda: wire_fields({"name": name, **fields}),
            2000,
        ),
        (
            "2 CreateVoiceAgentRequest.from_dict",
            lambda: CreateVoiceAgentRequest.from_dict(wire),
            2000,
        ),
        ("3 collect_violations (constraint checks)", model.collect_violations, 2000),
        ("4 to_wire (request body)", model.to_wire, 2000),
        (
            "1-5 _create_options total (wire+build_model+to_wire+RequestOptions)",
            lambda: module._create_options(name, fields, *per_call),
            1000,
        ),
        (
            "6 sdk._build_request (headers, timeout, json encode)",
            lambda: sdk._build_request(options),
            2000,
        ),
        (
            "6' raw client.build_request (json encode)",
            lambda: raw.build_request("POST", url, json=body, headers=auth),
            2000,
        ),
        (
            "7 _create_parse (envelope + VoiceAgent.from_v2)",
            lambda: module._create_parse(fresh_response()).parsed,
            1000,
        ),
        ("7' raw response.json()", lambda: fresh_response().json(), 2000),
        ("  (fresh httpx.Response alone, subtract from 7 and 7')", fresh_response, 2000),
    ]
    rows = []
    for label, function, number in steps:
        function()
        rows.append({"step": label, "cpu_us": _cpu_us(function, number=number)})
    del raw_request
    sdk.close()
    raw.close()
    return rows


def _group(filename: str) -> str:
    path = filename.replace("\\", "/")
    if "/hamsa/v1/" in path or "/hamsa/v2/" in path:
        return "hamsa generated (models, operations)"
    if "/hamsa/" in path:
        return "hamsa overlays (runtime, mapping)"
    for package in ("httpx", "httpcore", "h11", "attr", "anyio", "idna", "certifi"):
        if f"/{package}/" in path or f"/{package}s/" in path:
            return package
    if path.startswith("~") or "{built-in" in path:
        return "builtins (json C code, dict ops, isinstance...)"
    return "stdlib/other"


def _profile(function: Callable[[], object], *, top: int) -> dict[str, Any]:
    profiler = cProfile.Profile()
    profiler.enable()
    function()
    profiler.disable()
    stats = pstats.Stats(profiler)
    total = stats.total_tt  # type: ignore[attr-defined]
    groups: dict[str, float] = {}
    rows = []
    for (filename, line, func), (_cc, nc, tt, ct, _) in stats.stats.items():  # type: ignore[attr-defined]
        groups[_group(filename)] = groups.get(_group(filename), 0.0) + tt
        short = re.sub(r".*/(hamsa|httpx|httpcore|h11|attr|json|logging)/", r"\1/", filename)
        rows.append(
            {"function": f"{short}:{line}({func})", "calls": nc, "tottime_s": tt, "cumtime_s": ct}
        )
    rows.sort(key=lambda row: row["tottime_s"], reverse=True)
    by_cum = sorted(rows, key=lambda row: row["cumtime_s"], reverse=True)
    return {
        "total_s": total,
        "groups": dict(sorted(groups.items(), key=lambda item: -item[1])),
        "top_tottime": rows[:top],
        "top_cumtime": [row for row in by_cum if "hamsa" in row["function"]][:top],
    }


def profile_requests(base_url: str, count: int = 1500) -> dict[str, Any]:
    import hamsa

    kwargs = common.create_kwargs()
    sdk = hamsa.Hamsa(api_key=API_KEY, base_url=base_url)
    for _ in range(100):
        sdk.voice_agents.create(**kwargs)

    def loop() -> None:
        for _ in range(count):
            sdk.voice_agents.create(**kwargs)

    result = _profile(loop, top=25)
    result["calls"] = count
    sdk.close()
    return result


def profile_parse() -> dict[str, Any]:
    import hamsa
    from hamsa.v2.models import VoiceAgent

    page = common.list_page_bytes(1000)
    out = {}
    for label, build in (
        ("v2 from_dict", VoiceAgent.from_dict),
        ("unified from_v2", hamsa.VoiceAgent.from_v2),
    ):
        build(json.loads(page)["data"]["voiceAgents"][0])

        def parse(build: Callable[[Any], object] = build) -> None:
            for _ in range(3):
                [build(item) for item in json.loads(page)["data"]["voiceAgents"]]

        out[label] = _profile(parse, top=20)
    return out


def _importtime(snippet: str, runs: int = 5) -> dict[str, tuple[int, int]]:
    """module -> (self µs, cumulative µs) from -X importtime, best of `runs` fresh processes."""
    best: dict[str, tuple[int, int]] = {}
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", snippet],
            capture_output=True,
            text=True,
            check=True,
        )
        for line in done.stderr.splitlines():
            match = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)", line)
            if not match:
                continue
            self_us, cumulative_us, name = int(match[1]), int(match[2]), match[4]
            previous = best.get(name)
            if previous is None or cumulative_us < previous[1]:
                best[name] = (self_us, cumulative_us)
    return best


def import_time(snippet: str = "import hamsa; hamsa.Hamsa", top: int = 15) -> dict[str, Any]:
    """What `snippet` imports on top of `import httpx`, by self time (-X importtime)."""
    ours = _importtime(snippet)
    httpx_only = _importtime("import httpx")
    extra = {name: times for name, times in ours.items() if name not in httpx_only}
    by_self = sorted(extra.items(), key=lambda item: -item[1][0])[:top]
    return {
        "snippet": snippet,
        "extra_modules": len(extra),
        "extra_self_us": sum(times[0] for times in extra.values()),
        "httpx_cumulative_us": httpx_only.get("httpx", (0, 0))[1],
        "top_self_us": [{"module": n, "self_us": s, "cumulative_us": c} for n, (s, c) in by_self],
        "cumulative_us": {
            name: ours[name][1]
            for name in (
                "hamsa",
                "hamsa._client",
                "hamsa._base_client",
                "httpx",
                "attrs",
                "pkgutil",
                "hamsa._exceptions",
                "hamsa._logs",
                "hamsa._retry",
            )
            if name in ours
        },
    }


def _format(results: dict[str, Any]) -> str:
    lines = ["## Profile"]
    for name, error in results.get("errors", {}).items():
        lines.extend(["", f"(profile section {name} failed: {error})"])
    if "phases" in results:
        lines.extend(["", "### Phases of one create call (CPU µs per call, in-process)", ""])
        lines += ["| Step | CPU µs |", "|---|---|"]
        lines += [f"| {row['step']} | {row['cpu_us']:.1f} |" for row in results["phases"]]

    def profile_block(title: str, prof: dict[str, Any]) -> None:
        lines.extend(["", f"### {title} (cProfile, total {prof['total_s']:.2f} s)", ""])
        lines.append(
            "Self time by package: "
            + ", ".join(
                f"{name} {seconds / prof['total_s']:.0%}"
                for name, seconds in prof["groups"].items()
            )
        )
        lines.extend(["", "| Function | calls | tottime s | cumtime s |", "|---|---|---|---|"])
        for row in prof["top_tottime"]:
            lines.append(
                f"| {row['function']} | {row['calls']} | {row['tottime_s']:.3f} "
                f"| {row['cumtime_s']:.3f} |"
            )
        lines.extend(["", "Top hamsa functions by cumulative time:", ""])
        for row in prof["top_cumtime"][:12]:
            lines.append(f"- {row['function']}: {row['cumtime_s']:.3f} s ({row['calls']} calls)")

    if "requests" in results:
        requests = results["requests"]
        profile_block(f"{requests['calls']} sync create calls", requests)
    for label, prof in results.get("parse", {}).items():
        profile_block(f"Parse 3×1,000 agents with {label}", prof)
    if "imports" not in results:
        return "\n".join(lines)
    imports = results["imports"]
    lines.extend(["", f"### -X importtime: `{imports['snippet']}` (best of 5, µs)", ""])
    lines.append(
        f"On top of `import httpx` ({imports['httpx_cumulative_us']} µs alone): "
        f"{imports['extra_modules']} more modules, {imports['extra_self_us']} µs of self time."
    )
    lines.append(
        "Cumulative: " + ", ".join(f"{k} {v}" for k, v in imports["cumulative_us"].items())
    )
    lines.extend(["", "Modules httpx does not load, by self time:", ""])
    lines.extend(["| Module | self µs | cumulative µs |", "|---|---|---|"])
    for row in imports["top_self_us"]:
        lines.append(f"| {row['module']} | {row['self_us']} | {row['cumulative_us']} |")
    return "\n".join(lines)


def run_all(base_url: str) -> dict[str, Any]:
    results: dict[str, Any] = {}
    sections: dict[str, Callable[[], Any]] = {
        "phases": lambda: phases(base_url),
        "requests": lambda: profile_requests(base_url),
        "parse": profile_parse,
        "imports": import_time,
    }
    errors = {}
    for name, section in sections.items():
        # The phase table reaches into private SDK functions that may be renamed; one broken
        # section must not cost the rest of the report.
        try:
            results[name] = section()
        except Exception as error:
            errors[name] = f"{type(error).__name__}: {error}"
    if errors:
        results["errors"] = errors
    results["text"] = _format(results)
    return results


if __name__ == "__main__":
    with common.loopback_server() as url:
        print(run_all(url)["text"])

"""`nox -s bench` must keep working: a smoke-sized run of every benchmark prints the table and JSON.

Only that it runs and reports is checked here. Speed targets live in the benchmark's own
PASS/FAIL column, never in a test.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BENCH = [sys.executable, "benchmarks/run.py"]
HEADER = "| What | SDK median (p90) | Baseline median (p90) | Ratio | Target | Verdict |"

# The first words of each target row the issue asks for, in the order the table prints them.
TARGET_ROWS = [
    "Per-request wall time, `Hamsa().voice_agents.create`",
    "`AsyncHamsa` throughput, 200 concurrent",
    "Parse 1,000-agent page (CPU)",
    "Cold import (CPU), fresh process: `import hamsa` vs",
    "Cold start (wall), fresh process: `import hamsa`, `Hamsa()`, first `voice_agents.create`",
    "`nox -s generate` after a one-description spec change",
    "Memory, 1,000 agents, `hamsa.VoiceAgent.from_v2`",  # --smoke: a tenth of the 10,000
    "MockHamsa per-request wall time",
    "`python -m hamsa.mock` per-request wall time",
    "MockHamsa under load, 32 threads",
]


def test_a_quick_bench_run_prints_every_target_with_a_verdict(tmp_path: Path) -> None:
    output = tmp_path / "results.json"
    result = subprocess.run(
        # test_generate.py already makes the suite's one from-scratch generation.
        [*BENCH, "--smoke", "--no-scratch-generate", "--output", str(output)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    lines = result.stdout.splitlines()
    assert HEADER in lines
    rows = [line for line in lines if line.startswith("| ")]
    for start in TARGET_ROWS:
        matching = [row for row in rows if row.startswith("| " + start)]
        assert matching, f"no table row for {start!r}"
        if not start.startswith("Memory"):
            assert re.search(r"\| (PASS|FAIL) \|$", matching[0]), matching[0]
    results = json.loads(output.read_text())
    for name in ("sync", "async", "parse", "import", "coldstart", "generate", "rss", "mock"):
        assert name in results, name
    assert results["sync"]["ratio"] > 0 and results["async"]["ratio"] > 0
    assert results["coldstart"]["ratio"] > 0

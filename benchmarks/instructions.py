"""Instructions per request, SDK against raw httpx, counted by valgrind (callgrind): a measure
that other load on a shared machine does not move, for comparing two versions of the runtime.

    PYTHONPATH=overlays:generated python benchmarks/instructions.py [--calls 100] [--only sdk]

Each side runs in a fresh process under callgrind twice, with a few calls and with `--calls`
more; the difference divided by the extra calls is the per-request count (imports, warm-up
and the server's process left out). Instruction counts ignore cache misses, which wall time
pays, so read them next to `run.py`'s ratios rather than instead of them. About a minute per
run on an idle 2-core machine; not part of `nox -s bench`.
"""

# ruff: noqa: RUF001  (the report prints the multiplication sign on purpose)
from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common
from common import API_KEY

WARM_UP = 30
FEW = 20


def _calls(side: str, count: int) -> None:
    """Run `count` create calls of one side against the loopback server (inside callgrind)."""
    import hamsa
    import hamsa._json
    import httpx

    hamsa._json._decoded = hamsa._json.FAST_AFTER  # decode with msgspec from the first call
    kwargs: dict[str, Any] = common.create_kwargs()
    body = common.create_request_json()
    with common.loopback_server() as base_url:
        sdk = hamsa.Hamsa(api_key=API_KEY, base_url=base_url)
        raw = httpx.Client()
        url, auth = base_url + "/v2/voice-agents", {"Authorization": f"Token {API_KEY}"}

        def raw_call() -> object:
            response = raw.post(url, json=body, headers=auth)
            response.raise_for_status()
            return response.json()

        def sdk_call() -> object:
            return sdk.voice_agents.create(**kwargs)

        call = sdk_call if side == "sdk" else raw_call
        for _ in range(WARM_UP + count):
            call()


def _count(side: str, calls: int) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        done = subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                f"--callgrind-out-file={tmp}/out",
                sys.executable,
                __file__,
                "--run",
                side,
                str(calls),
            ],
            capture_output=True,
            text=True,
            check=True,
        )
    found = re.search(r"Collected : (\d+)", done.stderr)
    if found is None:
        raise RuntimeError(f"callgrind reported no count: {done.stderr[-500:]}")
    return int(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=100)
    parser.add_argument("--only", choices=["sdk", "raw"])
    parser.add_argument("--run", nargs=2, metavar=("SIDE", "COUNT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run:
        _calls(args.run[0], int(args.run[1]))
        return
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed")
    per_call = {}
    for side in [args.only] if args.only else ["raw", "sdk"]:
        extra = _count(side, FEW + args.calls) - _count(side, FEW)
        per_call[side] = extra / args.calls
        print(f"{side}: {per_call[side]:,.0f} instructions per request", flush=True)
    if len(per_call) == 2:
        print(f"sdk / raw: {per_call['sdk'] / per_call['raw']:.3f}×")


if __name__ == "__main__":
    main()

"""Synthesize the cassettes in tests/cassettes from the API docs' documented examples.

    python tests/cassettes/record_from_examples.py [extra pytest args]

No real Hamsa API was reachable where this SDK's cassettes were written, so they are made by
running the cassette tests with --record-mode=once against a loopback server that answers each
endpoint with its documented response example in spec/ (_examples_server.py). The requests are
the SDK's real requests, the calls the table derives from spec/ (_operations.py): after an
operation is added to spec/, running this makes its cassettes. Secrets are scrubbed by the same
hooks as a live recording.

Cassettes this script made (they start with SYNTHESIZED_HEADER) are deleted and made again;
cassettes recorded live are kept. Delete one to synthesize it instead.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CASSETTES = ROOT / "tests" / "cassettes" / "recorded"
SYNTHESIZED_HEADER = (
    "# Synthesized, NOT a live recording: the SDK's real request, answered by a loopback server\n"
    "# with the documented example in spec/ (_examples_server.py), secrets scrubbed.\n"
    "# Made by tests/cassettes/record_from_examples.py; to record against the real API instead,\n"
    "# see the README (Testing / re-recording cassettes).\n"
)


def is_synthesized(path: Path) -> bool:
    with path.open(encoding="utf-8") as file:
        return file.readline() == SYNTHESIZED_HEADER.splitlines(keepends=True)[0]


def main(pytest_args: list[str]) -> int:
    CASSETTES.mkdir(parents=True, exist_ok=True)
    for path in CASSETTES.glob("*.yaml"):
        if is_synthesized(path):
            path.unlink()
    before = set(CASSETTES.glob("*.yaml"))
    env = {**os.environ, "HAMSA_CASSETTE_SOURCE": "docs-examples"}
    env.pop("HAMSA_API_KEY", None)  # never send the synthetic requests anywhere real
    command = [
        sys.executable,
        "-m",
        "pytest",
        # Only the tests that record; the others check the cassettes once they exist.
        "tests/cassettes/test_replay.py",
        "--record-mode=once",
        "-p",
        "no:cacheprovider",
        "-q",
        *pytest_args,
    ]
    returncode = subprocess.call(command, cwd=ROOT, env=env)
    made = sorted(set(CASSETTES.glob("*.yaml")) - before)
    if returncode != 0:
        for path in made:
            path.unlink()  # nothing is kept from a run whose tests failed
        print(f"pytest failed; no cassette written (exit {returncode})", file=sys.stderr)
        return returncode
    for path in made:
        path.write_text(SYNTHESIZED_HEADER + path.read_text(encoding="utf-8"), encoding="utf-8")
    print(f"synthesized {len(made)} cassettes in {CASSETTES.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Prism (the pinned @stoplight/prism-cli in node_modules) serving each spec for the session.

`prism mock <spec> --errors` validates every request against the spec, answers a violation
with an error status, and lists what it found in the `sl-violations` response header. A valid
request gets the spec's documented example back.

Prism runs as a child process in its own process group, started directly (not through npx)
so the whole group can be stopped by its id at the end of the session.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PRISM = ROOT / "node_modules" / ".bin" / "prism"
START_TIMEOUT = 30.0


@dataclass
class PrismServer:
    spec: Path
    host: str
    port: int
    process: subprocess.Popen[bytes]
    log: Path

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _node_version() -> str:
    node = shutil.which("node")
    if node is None:
        return "node: not on PATH"
    found = subprocess.run([node, "--version"], capture_output=True, text=True, check=False)
    return f"node {found.stdout.strip() or found.stderr.strip()}"


def stop_prism(server: PrismServer) -> None:
    """SIGTERM to Prism's process group (node and anything it spawned), then SIGKILL."""
    process = server.process
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            break
        try:
            process.wait(timeout=10)
            break
        except subprocess.TimeoutExpired:
            continue
    process.wait()


def launch_prism(spec: str, log: Path) -> PrismServer:
    """Start `prism mock <spec> --errors` on a free loopback port; see wait_until_listening."""
    if not PRISM.exists():
        pytest.fail(
            f"{PRISM.relative_to(ROOT)} is missing: run `npm ci` in {ROOT} "
            "(package-lock.json pins @stoplight/prism-cli); the contract tests need it.",
            pytrace=False,
        )
    port = _free_port()
    with log.open("wb") as sink:
        try:
            command = [str(PRISM), "mock", str(ROOT / spec), "--errors"]
            process = subprocess.Popen(
                [*command, "-p", str(port), "-h", "127.0.0.1"],
                cwd=ROOT,
                stdin=subprocess.DEVNULL,
                stdout=sink,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # its own process group, stopped as one
                env={**os.environ, "NO_UPDATE_NOTIFIER": "1", "FORCE_COLOR": "0"},
            )
        except OSError as error:
            pytest.fail(f"could not run {PRISM} ({_node_version()}): {error}", pytrace=False)
    return PrismServer(ROOT / spec, "127.0.0.1", port, process, log)


def wait_until_listening(server: PrismServer) -> None:
    """Return once the port answers; stop Prism and fail with its output if it never does."""
    deadline = time.monotonic() + START_TIMEOUT
    while True:
        if server.process.poll() is not None:
            pytest.fail(
                f"Prism ({server.spec.name}) exited with status {server.process.returncode} "
                f"before listening ({_node_version()}). Its output:\n{server.output()}",
                pytrace=False,
            )
        try:
            socket.create_connection((server.host, server.port), timeout=0.5).close()
            return
        except OSError:
            pass
        if time.monotonic() > deadline:
            stop_prism(server)
            pytest.fail(
                f"Prism ({server.spec.name}) did not answer on port {server.port} within "
                f"{START_TIMEOUT:.0f} s ({_node_version()}). Its output:\n{server.output()}",
                pytrace=False,
            )
        time.sleep(0.1)


@pytest.fixture(scope="session")
def prism_servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, PrismServer]]:
    """Prism for spec/v1.yaml and for spec/v2.yaml, started side by side."""
    logs = tmp_path_factory.mktemp("prism")
    servers: dict[str, PrismServer] = {}
    try:
        for version in ("v1", "v2"):
            servers[version] = launch_prism(f"spec/{version}.yaml", logs / f"{version}.log")
        for server in servers.values():
            wait_until_listening(server)
        yield servers
    finally:
        for server in servers.values():
            stop_prism(server)

"""`python -m hamsa.mock` serves the realtime WebSocket on its port too."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import hamsa
from hamsa import Hamsa
from hamsa.testing import DEFAULT_API_KEY


def _child_env() -> dict[str, str]:
    # The child imports the same hamsa as this test (source checkout or installed wheel).
    roots = [str(Path(part).resolve().parent) for part in hamsa.__path__]
    inherited = os.environ.get("PYTHONPATH", "")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([*roots, *filter(None, [inherited])])}
    for name in ("HAMSA_BASE_URL", "HAMSA_API_KEY", "HAMSA_LOG"):
        env.pop(name, None)
    return env


def test_python_m_hamsa_mock_serves_the_websocket() -> None:
    server = subprocess.Popen(
        [sys.executable, "-m", "hamsa.mock", "--port", "0"],
        env=_child_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        assert server.stdout is not None
        base_url = server.stdout.readline().rsplit(" ", 1)[-1].strip()
        lines = [server.stdout.readline() for _ in range(2)]
        assert f"Realtime WebSocket: {base_url.replace('http', 'ws', 1)}/v1/realtime/ws\n" in lines
        client = Hamsa(api_key=DEFAULT_API_KEY, base_url=base_url, timeout=5.0)
        with client.realtime.connect() as session:
            audio = session.tts(text="from the command line", speaker="Ali").read()
            assert session.stt(audio=audio) == "from the command line"
    finally:
        server.send_signal(signal.SIGINT)
        _, err = server.communicate(timeout=10)
    assert server.returncode == 0, err
    assert "WS tts" in err and "WS /v1/realtime/ws -> 101" in err  # logged like HTTP requests

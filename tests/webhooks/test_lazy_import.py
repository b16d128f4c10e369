"""`import hamsa` (and building a client) does not load the webhook code."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import sys
import hamsa
hamsa.Hamsa
client = hamsa.Hamsa(api_key="k", webhook_auth_key="Token", webhook_auth_secret="s")
hamsa.WebhookVerificationError
loaded = sorted(m for m in sys.modules if "webhook" in m)
print(loaded)
assert loaded == [], loaded
hamsa.webhooks.unwrap
assert "hamsa.webhooks" in sys.modules
from hamsa.webhooks import CallEnded
print("ok")
"""


def test_import_hamsa_does_not_load_the_webhook_module() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().endswith("ok")

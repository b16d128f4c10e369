"""MockHamsa serves every operation of the spec, even one no hand-written handler knows.

A copy of the specs gets one made-up operation; generate.py writes the package from it into a
temporary tree (reusing the committed output through its manifest, so only what changed is
formatted), and MockHamsa from that tree answers the new operation with its documented
example, and 400 for a body its generated request model refuses.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parents[2]
PATH = "/v1/voice-agents/web-tool/{webToolId}/archive"
EXAMPLE = {"success": True, "message": "Archived", "data": {"archived": True, "reason": "old"}}

_CHECKS = r"""
import json, httpx
from hamsa.testing import MockHamsa

url = "/v1/voice-agents/web-tool/d949f13f-40d2-4e48-ac86-b66633070603/archive"
with MockHamsa() as mock:
    auth = {"Authorization": f"Token {mock.api_key}"}
    good = httpx.post(mock.base_url + url, json={"reason": "old"}, headers=auth)
    bad = httpx.post(mock.base_url + url, json={"reason": 5}, headers=auth)
    missing = httpx.post(mock.base_url + url, json={}, headers=auth)
    anonymous = httpx.post(mock.base_url + url, json={"reason": "old"})
    print(json.dumps({
        "endpoints": mock.endpoints,
        "good": [good.status_code, good.json()],
        "bad": [bad.status_code, bad.json()],
        "missing": missing.status_code,
        "anonymous": anonymous.status_code,
        "recorded": [r.status for r in mock.requests],
    }))
"""


def _with_new_operation(spec_dir: Path) -> None:
    yaml = YAML(typ="safe")
    document: dict[str, Any] = yaml.load((spec_dir / "v1.yaml").read_bytes())
    document["paths"][PATH] = {
        "post": {
            "tags": ["web_tools"],
            "operationId": "archive_web_tool",
            "summary": "Archive a web tool (made up for this test)",
            "parameters": [
                {"name": "webToolId", "in": "path", "required": True, "schema": {"type": "string"}}
            ],
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "required": ["reason"],
                            "properties": {"reason": {"type": "string", "maxLength": 50}},
                        }
                    }
                },
            },
            "responses": {
                "200": {
                    "description": "Archived.",
                    "content": {
                        "application/json": {
                            "schema": {"type": "object"},
                            "examples": {"documented": {"value": EXAMPLE}},
                        }
                    },
                }
            },
        }
    }
    yaml.default_flow_style = False
    with (spec_dir / "v1.yaml").open("w", encoding="utf-8") as stream:
        yaml.dump(document, stream)


def test_mock_serves_an_operation_added_to_the_spec(tmp_path: Path) -> None:
    spec_dir = tmp_path / "spec"
    shutil.copytree(ROOT / "spec", spec_dir)
    _with_new_operation(spec_dir)
    out = tmp_path / "generated"
    shutil.copytree(ROOT / "generated", out, ignore=shutil.ignore_patterns("__pycache__"))
    generate = [
        sys.executable,
        str(ROOT / "generator" / "generate.py"),
        "--spec-dir",
        str(spec_dir),
        "--output",
        str(out / "hamsa"),
    ]
    result = subprocess.run(generate, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr

    env = {key: value for key, value in os.environ.items() if not key.startswith("HAMSA_")}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "overlays"), str(out)])
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    checks = subprocess.run(
        [sys.executable, "-c", _CHECKS], capture_output=True, text=True, env=env, check=False
    )
    assert checks.returncode == 0, checks.stderr
    report = json.loads(checks.stdout)

    assert f"POST {PATH}" in report["endpoints"]
    assert report["good"] == [200, EXAMPLE]
    status, body = report["bad"]
    assert status == 400
    assert body["messageKey"] == "ValidationError"
    assert [error["field"] for error in body["errors"]] == ["reason"]
    assert report["missing"] == 400  # the required field is missing
    assert report["anonymous"] == 401
    assert report["recorded"] == [200, 400, 400, 401]

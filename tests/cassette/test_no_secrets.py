"""No cassette holds a secret: the API key, an llm/llmConfig apiKey or a webhookAuth secret.

The scan reads every file under tests/cassettes, whoever wrote it. The scanner is itself
tested on planted secrets, and the scrubbing hooks on a real recording into a temp dir.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import hamsa
import pytest
import vcr as vcrpy
import yaml
from vcr.persisters.filesystem import FilesystemPersister
from vcr.request import Request
from vcr.serializers import yamlserializer

from ._examples_server import ExamplesServer
from ._operations import CREATE_FIELDS, OPERATIONS
from ._scan import find_secrets
from ._scrub import AUTHORIZATION_PLACEHOLDER, REDACTED
from ._support import CASSETTES, LLM_API_KEY, TEST_API_KEY, TEST_SECRETS, WEBHOOK_SECRET


def known_secrets() -> tuple[str, ...]:
    """The tests' own secrets, plus the live key of whoever runs this after re-recording."""
    live = os.environ.get("HAMSA_API_KEY", "").strip()
    return (*TEST_SECRETS, *([live] if live else []))


def cassette_files() -> list[Path]:
    return sorted(path for path in CASSETTES.rglob("*") if path.is_file())


def test_every_operation_has_a_committed_cassette() -> None:
    names = {path.name for path in cassette_files()}

    missing = {f"{op.cassette}.yaml" for op in OPERATIONS} - names

    assert not missing, f"run tests/cassette/record_from_examples.py to make {sorted(missing)}"


def test_no_cassette_contains_a_secret() -> None:
    files = cassette_files()
    assert files, f"no cassettes under {CASSETTES}"

    found = [
        problem for path in files for problem in find_secrets(path, known_secrets=known_secrets())
    ]

    assert found == []


# --- the scanner finds what it is there to find -----------------------------------------------

SAFE_AGENT = {"llmConfig": {"apiKey": REDACTED}, "webhookAuth": {"authSecret": REDACTED}}


def write_cassette(
    path: Path,
    *,
    headers: dict[str, str] | None = None,
    uri: str = "https://api.tryhamsa.com/v1/voice-agents/agent-1",
    request_body: bytes = b'{"agentName":"A","llmConfig":{"apiKey":"REDACTED"}}',
    response_body: bytes = b'{"data":{"webhookAuth":{"authKey":"Token","authSecret":"REDACTED"}}}',
) -> Path:
    """A cassette exactly as vcrpy serializes one, clean unless told otherwise."""
    request = Request(
        "PATCH",
        uri,
        request_body,
        headers or {"Authorization": AUTHORIZATION_PLACEHOLDER, "Content-Type": "application/json"},
    )
    response = {
        "status": {"code": 200, "message": "OK"},
        "headers": {"Content-Type": ["application/json"]},
        "body": {"string": response_body},
    }
    FilesystemPersister.save_cassette(
        path, {"requests": [request], "responses": [response]}, serializer=yamlserializer
    )
    return path


PLANTED: dict[str, Callable[[Path], Path]] = {
    "authorization-header": lambda p: write_cassette(
        p, headers={"Authorization": "Token hk_live_planted_0123456789"}
    ),
    "bearer-header-lowercase": lambda p: write_cassette(
        p, headers={"authorization": "Bearer hk_live_planted_0123456789"}
    ),
    "llm-api-key-in-request": lambda p: write_cassette(
        p, request_body=b'{"llm":{"provider":"openai","apiKey":"sk-planted-0123456789"}}'
    ),
    "llmconfig-api-key-in-response": lambda p: write_cassette(
        p, response_body=b'{"data":{"llmConfig":{"apiKey":"sk-planted-0123456789"}}}'
    ),
    "webhook-secret-in-response": lambda p: write_cassette(
        p, response_body=b'{"data":{"webhookAuth":{"authKey":"Token","authSecret":"whsec-x1"}}}'
    ),
    "webhook-secret-deep-in-a-list": lambda p: write_cassette(
        p, request_body=b'{"agents":[{"webhookAuth":{"authSecret":"whsec-planted"}}]}'
    ),
    "api-key-in-a-non-json-body": lambda p: write_cassette(
        p, request_body=b'llmConfig: {apiKey: "sk-planted-0123456789"'
    ),
    "test-api-key-in-the-url": lambda p: write_cassette(
        p, uri=f"https://api.tryhamsa.com/v1/voice-agents/agent-1?key={TEST_API_KEY}"
    ),
    "test-api-key-in-a-response": lambda p: write_cassette(
        p, response_body=f'{{"message":"bad key {TEST_API_KEY}"}}'.encode()
    ),
}


def test_the_scanner_passes_a_clean_cassette(tmp_path: Path) -> None:
    path = write_cassette(tmp_path / "clean.yaml")

    assert find_secrets(path, known_secrets=known_secrets()) == []


@pytest.mark.parametrize("plant", list(PLANTED.values()), ids=list(PLANTED))
def test_the_scanner_flags_a_planted_secret(tmp_path: Path, plant: Callable[[Path], Path]) -> None:
    path = plant(tmp_path / "planted.yaml")

    found = find_secrets(path, known_secrets=known_secrets())

    assert found, path.read_text()
    # The report says where, without repeating the secret in full.
    assert all("planted.yaml" in problem for problem in found)
    assert not any("0123456789" in problem for problem in found)


def test_the_scanner_rejects_what_is_not_a_cassette(tmp_path: Path) -> None:
    path = tmp_path / "notes.yaml"
    path.write_text("apiKey: sk-planted\n")

    assert find_secrets(path) != []


# --- the hooks scrub before anything is written --------------------------------------------------


def test_recording_writes_no_secret(tmp_path: Path, vcr_config: dict[str, Any]) -> None:
    """A real recording through the same hooks: secrets in both directions come out masked."""
    path = tmp_path / "recorded.yaml"
    recorder = vcrpy.VCR(cassette_library_dir=str(tmp_path))
    with (
        ExamplesServer() as server,
        recorder.use_cassette(path.name, record_mode="all", **vcr_config),
    ):
        with hamsa.Hamsa(api_key=TEST_API_KEY, base_url=server.url, max_retries=0) as client:
            agent = client.voice_agents.create(**CREATE_FIELDS)  # llm.apiKey, authSecret sent
            client.voice_agents.update("agent-1", name="A", llm={"api_key": LLM_API_KEY})

    text = path.read_text()
    for secret in (TEST_API_KEY, LLM_API_KEY, WEBHOOK_SECRET):
        assert secret not in text
    # The documented example answers "apiKey": "sk-...", "authSecret": "Secret": masked too.
    assert "sk-..." not in text and '"Secret"' not in text
    assert find_secrets(path, known_secrets=known_secrets()) == []
    interactions = yaml.safe_load(text)["interactions"]
    assert len(interactions) == 2
    for interaction in interactions:
        headers = {name.lower(): value for name, value in interaction["request"]["headers"].items()}
        assert headers["authorization"] == [AUTHORIZATION_PLACEHOLDER]
    # What the client got back was the real (unscrubbed) response.
    assert agent.name == "Customer Support Agent"

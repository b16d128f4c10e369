"""No cassette holds a secret: the API key, an llm/llmConfig apiKey, a webhookAuth secret, a web
tool's authToken or Authorization header, test-api-tool's apiKey/authToken, a Twilio auth token.

The scan reads every file under tests/cassettes, whoever wrote it. The scanner is itself
tested on planted secrets, and the scrubbing hooks on a real recording into a temp dir.
"""

from __future__ import annotations

import json
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

from ._examples_server import ExamplesServer, placeholder_workbook
from ._operations import OPERATIONS, entry
from ._scan import find_secrets
from ._scrub import AUTHORIZATION_PLACEHOLDER, REDACTED, Scrubber
from ._support import (
    CASSETTES,
    LLM_API_KEY,
    PLACEHOLDERS,
    SECRET_ENVS,
    TEST_API_KEY,
    TEST_SECRETS,
    TOOL_API_KEY,
    TOOL_AUTH_TOKEN,
    TOOL_HEADER_SECRET,
    TWILIO_AUTH_TOKEN,
    WEBHOOK_SECRET,
    Target,
)

REPLAY = Target(mode="replay", base_url="http://127.0.0.1:9", api_key=TEST_API_KEY)


def known_secrets() -> tuple[str, ...]:
    """The tests' own secrets, plus the live ones of whoever runs this after re-recording."""
    live = [os.environ.get(env, "").strip() for env in ("HAMSA_API_KEY", *sorted(SECRET_ENVS))]
    return (*TEST_SECRETS, *(secret for secret in live if secret))


def cassette_files() -> list[Path]:
    return sorted(path for path in CASSETTES.rglob("*") if path.is_file())


def test_every_operation_has_a_committed_cassette() -> None:
    names = {path.name for path in cassette_files()}

    missing = {f"{op.cassette}.yaml" for op in OPERATIONS} - names

    assert not missing, f"run tests/cassettes/record_from_examples.py to make {sorted(missing)}"


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
    "web-tool-auth-token": lambda p: write_cassette(
        p, request_body=b'{"toolSettings":{"serverUrl":"u","authToken":"tok-planted-0123456789"}}'
    ),
    "web-tool-authorization-header": lambda p: write_cassette(
        p,
        response_body=b'{"data":{"toolSettings":{"httpHeaders":{"Authorization":"Bearer x1"}}}}',
    ),
    "web-tool-x-api-key-header": lambda p: write_cassette(
        p, request_body=b'{"httpHeaders":{"X-API-Key":"planted-0123456789"}}'
    ),
    "test-api-tool-api-key": lambda p: write_cassette(
        p, request_body=b'{"projectId":"p","apiKey":"planted-0123456789","method":"GET"}'
    ),
    "twilio-auth-token": lambda p: write_cassette(
        p, request_body=b'{"phoneNumber":"+1","twilioAuthToken":"tw-planted-0123456789"}'
    ),
    "auth-token-in-a-non-json-body": lambda p: write_cassette(
        p, request_body=b"twilioAuthToken=tw-planted-0123456789&label=x"
    ),
    "authorization-in-a-non-json-body": lambda p: write_cassette(
        p, response_body=b"echo: Authorization: Bearer hk_live_planted_0123456789"
    ),
    "known-secret-in-a-binary-body": lambda p: write_cassette(
        p, response_body=b"PK\x03\x04\xff\xfe" + TOOL_AUTH_TOKEN.encode() + b"\x00\x91"
    ),
}


def test_the_scanner_passes_a_clean_cassette(tmp_path: Path) -> None:
    path = write_cassette(tmp_path / "clean.yaml")

    assert find_secrets(path, known_secrets=known_secrets()) == []


@pytest.mark.parametrize(
    "body",
    [
        b'{"toolSettings":{"authToken":"REDACTED","httpHeaders":{"Authorization":"REDACTED"}}}',
        b'{"twilioAuthToken":"REDACTED","apiKeyId":"not-a-secret","authKey":"Bearer"}',
        b"echo: Authorization: Token REDACTED",
        placeholder_workbook(),
    ],
    ids=["redacted-web-tool", "redacted-twilio-token", "redacted-header-text", "workbook"],
)
def test_the_scanner_passes_redacted_and_harmless_bodies(tmp_path: Path, body: bytes) -> None:
    path = write_cassette(tmp_path / "clean.yaml", response_body=body)

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
            create = entry("voice_agents.create").arguments(REPLAY)
            agent = client.voice_agents.create(**create)  # llm.apiKey, authSecret sent
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


def test_recording_the_platform_operations_writes_no_secret(
    tmp_path: Path, vcr_config: dict[str, Any]
) -> None:
    """Web tool tokens and headers, test-api-tool keys and Twilio tokens, in both directions;
    and the export's file, recorded byte for byte."""
    path = tmp_path / "recorded.yaml"
    recorder = vcrpy.VCR(cassette_library_dir=str(tmp_path))
    with (
        ExamplesServer() as server,
        recorder.use_cassette(path.name, record_mode="all", **vcr_config),
    ):
        with hamsa.Hamsa(api_key=TEST_API_KEY, base_url=server.url, max_retries=0) as client:
            tool = client.web_tools.create(**entry("web_tools.create").arguments(REPLAY))
            client.web_tools.test(
                project_id=PLACEHOLDERS["HAMSA_CASSETTE_PROJECT_ID"],
                server_url="https://api.example.com/x",
                method="GET",
                api_key=TOOL_API_KEY,
                auth_token=TOOL_AUTH_TOKEN,
                http_headers={"X-Api-Key": TOOL_HEADER_SECRET},
            )
            client.phone_numbers.add(
                phone_number="+15557654321",
                label="Line",
                twilio_account_sid="AC0",
                twilio_auth_token=TWILIO_AUTH_TOKEN,
            )
            workbook = client.conversations.export(PLACEHOLDERS["HAMSA_CASSETTE_AGENT_ID"])

    text = path.read_text()
    for secret in TEST_SECRETS:
        assert secret not in text
    # The documented web tool answers "authToken": "bearer_token_12345" and an Authorization
    # header "Bearer token": masked too.
    assert "bearer_token_12345" not in text and "Bearer token" not in text
    assert find_secrets(path, known_secrets=known_secrets()) == []
    interactions = yaml.safe_load(text)["interactions"]
    assert len(interactions) == 4
    assert interactions[3]["response"]["body"]["string"] == placeholder_workbook() == workbook
    assert tool.tool_settings.auth_token == "bearer_token_12345"  # the client saw the real one


def test_a_live_secret_is_masked_not_replaced_by_a_placeholder() -> None:
    """Live values become placeholders, except secrets: a placeholder there would be one of the
    tests' own secrets, which the scan reports."""
    live = {env: f"live-{env.lower()}" for env in PLACEHOLDERS}
    target = Target(
        mode="live", base_url="https://api.example.com", api_key="hk_live_x", live_values=live
    )
    scrubber = Scrubber(secrets=target.secrets(), replacements=target.replacements())

    request = Request(
        "POST",
        "https://api.example.com/v1/voice-agents/phone-number",
        json.dumps(
            {
                "label": live["HAMSA_CASSETTE_TWILIO_AUTH_TOKEN"],
                "phoneNumber": live["HAMSA_CASSETTE_PHONE_NUMBER"],
            }
        ).encode(),
        {"Authorization": "Token hk_live_x"},
    )
    body = json.loads(scrubber.request(request).body)

    assert body == {"label": REDACTED, "phoneNumber": PLACEHOLDERS["HAMSA_CASSETTE_PHONE_NUMBER"]}
    assert target.twilio_auth_token == live["HAMSA_CASSETTE_TWILIO_AUTH_TOKEN"]

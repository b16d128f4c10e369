"""The requests the committed cassettes hold are ones the specs allow.

The cassettes were synthesized against a server that answers whatever it is sent, so nothing
else checks what the SDK sent for them: each recorded request must name a spec operation, send
only query parameters and body fields the spec declares (spelled exactly), and a body valid
against the operation's request schema, formats included. (Secrets are REDACTED in a cassette;
the specs type them as plain strings, so that is still valid.)
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from ._spec import request_problems
from ._support import CASSETTES

FILES = sorted(CASSETTES.glob("*.yaml"))


def requests_in(path: Path) -> list[dict[str, Any]]:
    cassette = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [interaction["request"] for interaction in cassette["interactions"]]


@pytest.mark.parametrize("path", FILES, ids=[path.stem for path in FILES])
def test_each_recorded_request_is_one_the_spec_allows(path: Path) -> None:
    for request in requests_in(path):
        url = httpx.URL(request["uri"])

        problems = request_problems(
            request["method"], url.path, url.params.keys(), request["body"], validate=True
        )

        assert problems == [], f"{request['method']} {url}"


@pytest.mark.parametrize(
    ("method", "uri", "body", "expected"),
    [
        ("GET", "/v1/voice-agents/web-tool/list?isactive=true", None, "'isactive'"),
        ("POST", "/v1/voice-agents/clone?voiceAgentId=a", '{"agentNmae":"x"}', "$.agentNmae"),
        ("POST", "/v1/voice-agents/call", '{"fromNumber":"+1"}', "'toNumber' is a required"),
        (
            "POST",
            "/v1/voice-agents/voice-dictionaries/toggle-activation",
            '{"dictionaryId":"d","voiceAgentId":"v","isActive":true}',
            "is not a 'uuid'",
        ),
        ("PATCH", "/v2/voice-agents/a", '{"llm":{"apiKey":"k","modle":"m"}}', "$.llm.modle"),
    ],
    ids=["query-name-case", "misspelled-field", "missing-field", "format", "nested-v2-field"],
)
def test_the_check_finds_what_the_spec_does_not_allow(
    method: str, uri: str, body: str | None, expected: str
) -> None:
    url = httpx.URL(uri)

    problems = request_problems(method, url.path, url.params.keys(), body, validate=True)

    assert any(expected in problem for problem in problems), problems

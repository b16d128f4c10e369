"""Every request that can carry a secret carries one of the tests' own, so the scrubbing and the
secret scan (test_no_secrets.py) see it.

The table plants them (tests/operation_calls.py): in every field the specs mark
``format: password`` (hamsa._secret_fields) of the body, and of an object beside it that holds
one, and in a headers map's Authorization. This checks the committed cassettes: each request to
an operation whose body declares such a field, at the top or one object down, holds REDACTED
there, never the value planted.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from operation_calls import planted_secrets

from ._operations import OPERATIONS
from ._spec import load_spec, spec_of, spec_operation

REDACTED = "REDACTED"


def _resolve(document: Any, schema: Any) -> Any:
    while isinstance(schema, dict) and "$ref" in schema:
        schema = document["components"]["schemas"][schema["$ref"].split("/")[-1]]
    return schema


def _properties(document: Any, schema: Any) -> dict[str, Any]:
    schema = _resolve(document, schema) or {}
    found: dict[str, Any] = dict(schema.get("properties") or {})
    for key in ("allOf", "anyOf", "oneOf"):
        for part in schema.get(key) or ():
            found.update(_properties(document, part))
    return found


def _is_secret(document: Any, schema: Any) -> bool:
    return (_resolve(document, schema) or {}).get("format") == "password"


def secret_fields(method: str, path: str) -> set[str]:
    """``$.field`` / ``$.object.field`` of each secret the operation's JSON body declares."""
    spec = spec_of(path)
    document = load_spec(spec)
    body = spec_operation(spec, method, path).get("requestBody") or {}
    schema = (body.get("content") or {}).get("application/json", {}).get("schema")
    found = set()
    for name, sub in _properties(document, schema).items():
        if _is_secret(document, sub):
            found.add(f"$.{name}")
        for inner, leaf in _properties(document, sub).items():
            if _is_secret(document, leaf):
                found.add(f"$.{name}.{inner}")
    return found


def _value(data: Any, where: str) -> Any:
    for key in where.split(".")[1:]:
        if not isinstance(data, dict) or key not in data:
            return None
        data = data[key]
    return data


def _request(cassette: str) -> dict[str, Any]:
    path = Path(__file__).parent / "recorded" / f"{cassette}.yaml"
    (interaction,) = yaml.safe_load(path.read_text(encoding="utf-8"))["interactions"]
    return interaction["request"]  # type: ignore[no-any-return]


ENTRIES = sorted({op.cassette: op for op in OPERATIONS}.values(), key=lambda op: op.cassette)


@pytest.mark.parametrize("entry", ENTRIES, ids=[op.cassette for op in ENTRIES])
def test_a_request_that_can_carry_a_secret_carries_one(entry: Any) -> None:
    request = _request(entry.cassette)
    path = request["uri"].split("://", 1)[1].split("/", 1)[1].split("?", 1)[0]
    fields = secret_fields(request["method"], f"/{path}")
    if not fields:
        return
    body = json.loads(request["body"])

    unplanted = {where for where in fields if _value(body, where) != REDACTED}

    assert not unplanted, f"{entry.cassette}: no test secret sent in {sorted(unplanted)}"
    assert not any(secret in request["body"] for secret in planted_secrets())


def test_the_check_finds_a_secret_field_of_a_nested_object() -> None:
    assert "$.llmConfig.apiKey" in secret_fields("PATCH", "/v1/voice-agents/agent-1")
    assert "$.webhookAuth.authSecret" in secret_fields("POST", "/v1/voice-agents/call")
    assert secret_fields("GET", "/v1/voice-agents/agent-1") == set()

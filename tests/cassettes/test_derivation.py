"""The derivation the tables are built from (tests/operation_calls.py), on its own.

test_maintainers_day.py runs it on a regenerated tree; these check its parts directly: the
examples server's routes for a spec with an operation added, and what a request body gets
before it is sent (test secrets, a real-looking phone number).
"""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path
from typing import Any

import operation_calls as derive
import pytest
from ruamel.yaml import YAML

from ._examples_server import find_route, route_body, spec_routes

DELETED = {"success": True, "message": "Web tool deleted"}


def _with_new_operations(tmp_path: Path) -> Path:
    """A copy of spec/ with DELETE web tool (documented) and GET usage (no example, the same
    response schema as get_web_tool)."""
    spec_dir = tmp_path / "spec"
    shutil.copytree(derive.SPEC_DIR, spec_dir, ignore=shutil.ignore_patterns("history"))
    yaml = YAML(typ="safe")
    path = spec_dir / "v1.yaml"
    document = yaml.load(path.read_bytes())
    item = document["paths"]["/v1/voice-agents/web-tool/{webToolId}"]
    item["delete"] = {
        "tags": ["web_tools"],
        "operationId": "delete_web_tool",
        "parameters": [
            {"name": "webToolId", "in": "path", "required": True, "schema": {"type": "string"}}
        ],
        "responses": {
            "200": {
                "description": "OK",
                "content": {
                    "application/json": {
                        "schema": {"type": "object"},
                        "examples": {"documented": {"value": DELETED}},
                    }
                },
            }
        },
    }
    document["paths"]["/v1/voice-agents/usage"] = {
        "get": {
            "tags": ["usage"],
            "operationId": "get_usage",
            "responses": copy.deepcopy(item["get"]["responses"]),
        }
    }
    del document["paths"]["/v1/voice-agents/usage"]["get"]["responses"]["200"]["content"][
        "application/json"
    ]["examples"]
    with path.open("w", encoding="utf-8") as stream:
        yaml.dump(document, stream)
    return spec_dir


def test_an_operation_added_to_the_spec_gets_a_route(tmp_path: Path) -> None:
    routes = spec_routes(_with_new_operations(tmp_path))

    delete = find_route("DELETE", "/v1/voice-agents/web-tool/abc", routes)
    usage = find_route("GET", "/v1/voice-agents/usage", routes)
    get = find_route("GET", "/v1/voice-agents/web-tool/abc", routes)

    assert delete is not None and delete.template == "/v1/voice-agents/web-tool/{webToolId}"
    body, content_type = route_body(delete)
    assert (json.loads(body), content_type) == (DELETED, "application/json")
    # No example: another operation's with the same response schema answers, and says so.
    assert usage is not None and get is not None
    assert usage.body == get.body and "get_web_tool's" in usage.source
    assert len(routes) == len(spec_routes()) + 2


def _update_operation() -> tuple[Any, Any]:
    (spec,) = (spec for spec in derive.docs.load_specs() if spec.version == "v1")
    (op,) = (op for op in derive.docs.operations(spec) if op.operation_id == "update_voice_agent")
    return op, derive.docs.SchemaWalker(spec)


def test_a_body_gets_a_test_secret_in_each_secret_field() -> None:
    op, walker = _update_operation()

    body = derive.prepare_body(op, walker, {"agentName": "A", "llmConfig": {"provider": "OpenAI"}})

    assert body["llmConfig"] == {"provider": "OpenAI", "apiKey": derive.planted_secret("apiKey")}
    # An object the example lacks, but which holds a secret, is added with one.
    assert body["webhookAuth"]["authSecret"] == derive.planted_secret("authSecret")
    assert set(derive.planted_secrets()) >= {
        body["llmConfig"]["apiKey"],
        body["webhookAuth"]["authSecret"],
    }


def test_a_headers_map_gets_a_credential_and_a_var_is_left_to_the_caller() -> None:
    op, walker = _update_operation()
    headers = derive._headers({"Accept": "text/json"})

    body = derive.prepare_body(op, walker, {"llmConfig": {"apiKey": derive.Var("api_key")}})

    assert headers == {"Accept": "text/json", "Authorization": f"Bearer {derive.HEADER_SECRET}"}
    assert body["llmConfig"]["apiKey"] == derive.Var("api_key")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"toNumber": "<string>"}, {"toNumber": derive.PHONE_NUMBER}),
        (
            {"items": [{"phoneNumber": "<string>"}]},
            {"items": [{"phoneNumber": derive.PHONE_NUMBER}]},
        ),
        ({"label": "<string>"}, {"label": "<string>"}),
    ],
    ids=["top-level", "nested", "not-a-number"],
)
def test_a_placeholder_phone_number_becomes_a_real_looking_one(body: Any, expected: Any) -> None:
    assert derive._numbers(body) == expected

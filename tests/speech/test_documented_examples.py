"""The speech half of the API in spec/: every documented example of its operations parses into
the generated models and writes back unchanged, the request examples pass the models' own
checks (where the docs show real values, not `<string>` placeholders), and each operation is a
friendly method with a raw twin, sync and async."""

from __future__ import annotations

import inspect
import json
from datetime import datetime
from pathlib import Path
from typing import Any

import hamsa
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "tests" / "fixtures" / "examples"
SPEECH_TAGS = {"jobs", "tts", "stt", "voices", "ai_content", "statistics", "web_calls"}
LEGACY = {("v1", "add_twilio_phone_number")}


def _spec(version: str) -> dict[str, Any]:
    return yaml.safe_load((ROOT / "spec" / f"{version}.yaml").read_text(encoding="utf-8"))


def speech_operations() -> list[tuple[str, str, str, dict[str, Any]]]:
    found = []
    for version in ("v1", "v2"):
        for path, item in _spec(version)["paths"].items():
            for method, op in item.items():
                if not isinstance(op, dict) or "operationId" not in op:
                    continue
                if op["tags"][0] in SPEECH_TAGS or (version, op["operationId"]) in LEGACY:
                    found.append((version, method, path, op))
    return found


def _model(version: str, ref: str) -> Any:
    name = ref.rsplit("/", 1)[-1]
    module = __import__(f"hamsa.{version}.models", fromlist=[name])
    return getattr(module, name)


def cases() -> list[Any]:
    out = []
    for version, _method, _path, op in speech_operations():
        bodies = [("request", op.get("requestBody", {}))]
        bodies.append(("response", op["responses"]["200"]))
        for kind, body in bodies:
            media = body.get("content", {}).get("application/json", {})
            for name in media.get("examples", {}):
                ref = media["schema"]["$ref"]
                out.append(pytest.param(version, ref, name, kind, id=f"{name}.{kind}"))
    return out


def instants(data: Any) -> Any:
    """Timestamps compared as instants: the models write `...Z` back as `+00:00`."""
    if isinstance(data, dict):
        return {key: instants(value) for key, value in data.items()}
    if isinstance(data, list):
        return [instants(item) for item in data]
    if isinstance(data, str) and len(data) >= 20 and data[4:5] == "-" and data[10:11] == "T":
        try:
            return datetime.fromisoformat(data)
        except ValueError:
            return data
    return data


def test_the_issue_endpoints_are_all_in_the_spec() -> None:
    declared = {(v, m.upper(), p) for v, m, p, _ in speech_operations()}
    assert declared == {
        ("v1", "POST", "/v1/jobs/transcribe"),
        ("v2", "POST", "/v2/jobs"),
        ("v2", "POST", "/v2/jobs/generate-transcription-ai-content"),
        ("v1", "GET", "/v1/jobs"),
        ("v1", "POST", "/v1/jobs/all"),
        ("v2", "GET", "/v2/jobs"),
        ("v2", "GET", "/v2/jobs/view/{jobId}"),  # the page names it {id}
        ("v1", "POST", "/v1/jobs/text-to-speech"),
        ("v1", "POST", "/v1/realtime/tts"),
        ("v1", "POST", "/v1/realtime/tts-stream"),
        ("v1", "POST", "/v1/realtime/stt"),
        ("v2", "POST", "/v2/tts/voices"),
        ("v2", "POST", "/v2/tts/voices/preview"),
        ("v2", "POST", "/v2/tts/voices/extract-transcription"),
        ("v2", "POST", "/v2/tts/voices/custom/preload"),
        ("v1", "POST", "/v1/jobs/ai-content"),
        ("v1", "GET", "/v1/jobs/ai-content"),
        ("v1", "POST", "/v1/jobs/ai-content/custom"),
        ("v1", "GET", "/v1/projects/statistics/numbers"),
        ("v1", "GET", "/v1/projects/statistics/chart"),
        ("v1", "POST", "/v1/voice-agents/room/participant-token"),
        ("v1", "POST", "/v1/voice-agents/twilio/phone-number"),
    }
    legacy = [op for v, _, _, op in speech_operations() if (v, op["operationId"]) in LEGACY]
    assert [op.get("deprecated") for op in legacy] == [True]


@pytest.mark.parametrize(("version", "ref", "name", "kind"), cases())
def test_each_example_round_trips_through_the_models(
    version: str, ref: str, name: str, kind: str
) -> None:
    document = json.loads((EXAMPLES / f"{name}.{kind}.json").read_text(encoding="utf-8"))
    model = _model(version, ref)

    parsed = model.from_dict(document)

    assert instants(parsed.to_wire()) == instants(document)
    text = json.dumps(document)
    if kind == "request" and "<string>" not in text and "..." not in text:
        # Real values in the docs' example must pass the SDK's own checks.
        parsed.validate()


@pytest.mark.parametrize("kind", ["Hamsa", "AsyncHamsa"])
def test_each_operation_is_a_friendly_method_with_a_raw_twin(kind: str) -> None:
    from hamsa import _operations

    client = getattr(hamsa, kind)(api_key="hk_test_speech", base_url="http://127.0.0.1:9")
    speech = {(v, m.upper(), p) for v, m, p, _ in speech_operations()}
    for op in _operations.OPERATIONS:
        if (op.version, op.http_method, op.path) not in speech:
            continue
        resource = getattr(client, op.resource)
        method = getattr(resource, op.method)
        raw = getattr(resource.with_raw_response, op.method)
        assert callable(method) and callable(raw), f"{op.resource}.{op.method}"
        if kind == "AsyncHamsa":
            assert inspect.iscoroutinefunction(raw), f"{op.resource}.{op.method}"

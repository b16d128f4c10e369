"""MockHamsa conforms to its own specs: schemathesis generates requests (valid and invalid) from
spec/v1.yaml and spec/v2.yaml and checks that every answer is documented: status code, content
type, response schema, and never a 5xx.

Bounded and repeatable: the documented examples plus 25 generated ones per operation,
derandomized, no deadline. Half of them aim at the stored agent, call, phone number, web tool,
knowledge-base item or dictionary instead of a random id, so the 200 answers are checked too,
not only the 404s.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hamsa.testing import MockHamsa
from hamsa.testing._routes import ROUTES, resolve
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

SPEC = Path(__file__).resolve().parents[2] / "spec"
API_KEY = "hk_schemathesis"
SEED_HEADER = "X-Test-Seed"
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]
BOUNDED = settings(
    max_examples=25,
    derandomize=True,  # a fixed seed: the same examples on every run
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)

# The operations MockHamsa serves; an endpoint added to the spec joins once the mock routes it.
SERVED = MockHamsa().endpoints
# The coverage phase (boundary values of every field, valid and invalid) is thorough but not
# bounded by max_examples: several thousand requests. HAMSA_SCHEMATHESIS_COVERAGE=1 adds it.
PHASES = ["examples", "fuzzing"]
if os.environ.get("HAMSA_SCHEMATHESIS_COVERAGE") == "1":
    PHASES.append("coverage")


def load(spec: str) -> Any:
    schema = schemathesis.openapi.from_path(SPEC / spec).include(name=SERVED)
    schema.config.phases.update(phases=PHASES)
    return schema


v1_schema = load("v1.yaml")
v2_schema = load("v2.yaml")


class Target:
    """A mock holding one of each stored thing (agent, call, phone number, web tool,
    knowledge-base item, voice dictionary), and which ids the next example should use."""

    def __init__(self, mock: MockHamsa) -> None:
        self.mock = mock
        self._turns = itertools.count()
        # Marked, so the handler coverage below counts the examples' requests only.
        self.client = mock.client(default_headers={SEED_HEADER: "1"})
        client = self.client
        self.agent_id = client.voice_agents.create(name="Schemathesis").id
        self.phone_number = "+15550001234"
        client.phone_numbers.add(
            phone_number=self.phone_number,
            label="Schemathesis",
            twilio_account_sid="AC0",
            twilio_auth_token="not-a-secret",
        )
        self.conversation_id = self._new_call()
        self.web_tool_id = client.web_tools.create(type="FUNCTION", name="Seed", async_=True).id
        self.item_id = self._new_item([])
        self.dictionary_id = client.voice_dictionaries.create(name="Seed", words=[]).id

    def _new_call(self) -> str:
        call = self.client.calls.start(to_number="+15551234567", voice_agent_id=self.agent_id)
        return str(call.id)

    def _new_item(self, urls: list[str]) -> str:
        item = self.client.knowledge_base.create([{"item_name": "Seed", "item_urls": urls}])
        return str(item.id)

    def close(self) -> None:
        self.client.close()

    def aim(self, case: Any) -> None:
        """Every other example: point the generated ids at the stored things."""
        if next(self._turns) % 2:
            return
        body = case.body if isinstance(case.body, dict) else {}
        ids = {
            "voiceAgentId": self.agent_id,
            "conversationId": self.conversation_id,
            "webToolId": self.web_tool_id,
            "id": self.web_tool_id,
            "knowledgeBaseItemId": self.item_id,
            "voiceDictionaryId": self.dictionary_id,
        }
        # What a 200 uses up gets a fresh one: a call to end, a URL to remove.
        if case.path.endswith("/terminate"):
            ids["conversationId"] = self._new_call()
        if case.path.endswith("/url") and isinstance(body.get("url"), str):
            ids["knowledgeBaseItemId"] = self._new_item([body["url"]])
        path = case.path_parameters if isinstance(case.path_parameters, dict) else {}
        for name in path.keys() & ids.keys():
            path[name] = ids[name]
        if isinstance(case.query, dict) and "voiceAgentId" in case.query:
            case.query["voiceAgentId"] = self.agent_id
        if isinstance(body.get("voiceAgentId"), str):
            body["voiceAgentId"] = self.agent_id
        if "dictionaryId" in body:
            body["dictionaryId"] = self.dictionary_id
        if "twilioPhoneNumber" in body:
            body["twilioPhoneNumber"] = self.phone_number
        if "phoneNumber" in body and case.path != "/v1/voice-agents/phone-number":
            body["phoneNumber"] = self.phone_number  # calls from it, (un)assigns it


@pytest.fixture(scope="module")
def target() -> Iterator[Target]:
    with MockHamsa(api_key=API_KEY) as mock:
        aimed = Target(mock)
        yield aimed
        aimed.close()


def call_and_validate(case: Any, target: Target) -> None:
    target.aim(case)
    case.call_and_validate(
        base_url=target.mock.base_url,
        headers={"Authorization": f"Token {API_KEY}"},
        checks=CHECKS,
    )


@BOUNDED
@v1_schema.parametrize()
def test_v1_answers_conform_to_the_spec(case: Any, target: Target) -> None:
    call_and_validate(case, target)


@BOUNDED
@v2_schema.parametrize()
def test_v2_answers_conform_to_the_spec(case: Any, target: Target) -> None:
    call_and_validate(case, target)


def test_the_examples_reached_the_handlers(target: Target) -> None:
    """Not only 401s and 404s: every operation answered some example with a 200, so the
    success answers were checked against the spec too (runs after the above)."""
    examples = [r for r in target.mock.requests if SEED_HEADER not in r.headers]
    if not examples:
        pytest.skip("meaningful after the conformance tests above")
    succeeded = set()
    for request in examples:
        route, _ = resolve(ROUTES, request.method, request.path)
        if request.status == 200:
            succeeded.add(f"{route.method} {route.template}")
    assert sorted(set(SERVED) - succeeded) == []
    assert {400, 401, 404} <= {request.status for request in examples}

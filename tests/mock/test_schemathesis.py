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
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hamsa.testing import MockHamsa
from hamsa.testing._routes import resolve
from hamsa.testing._spec_routes import all_routes
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
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


def bounded(max_examples: int) -> Any:
    return settings(
        max_examples=max_examples,
        derandomize=True,  # a fixed seed: the same examples on every run
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )


# The operations MockHamsa serves; an endpoint added to the spec joins once the mock routes it.
SERVED = MockHamsa().endpoints


def _operations() -> dict[str, Any]:
    """Each served operation of both specs by label ("POST /v1/voice-agents/call").

    One plain pytest parameter each, rather than schemathesis's own parametrize: its items all
    share one node id, and pytest-xdist (which runs the suite) keeps only the first of them."""
    found = {}
    for spec in ("v1.yaml", "v2.yaml"):
        schema = schemathesis.openapi.from_path(SPEC / spec).include(name=SERVED)
        for result in schema.get_all_operations():
            operation = result.ok()
            found[operation.label] = operation
    return found


OPERATIONS = _operations()


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
        self.job_id = client.jobs.transcribe(
            media_url="https://example.com/seed.mp3", model="Hamsa-General-V2.0"
        ).job_id

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
            "jobId": self.job_id,
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
        if isinstance(case.query, dict) and "jobId" in case.query:
            case.query["jobId"] = self.job_id
        if isinstance(body.get("voiceAgentId"), str):
            body["voiceAgentId"] = self.agent_id
            body.pop("agentDetails", None)  # a saved agent or a one-off one, never both
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


# (method template, status) of every example's answer. Kept here, not read back from the mock:
# pytest-xdist may tear the module's mock down and start another between two batches of tests.
ANSWERED: set[tuple[str, int]] = set()


def call_and_validate(case: Any, target: Target) -> None:
    target.aim(case)
    seen = len(target.mock.requests)
    case.call_and_validate(
        base_url=target.mock.base_url,
        headers={"Authorization": f"Token {API_KEY}"},
        checks=CHECKS,
    )
    for request in target.mock.requests[seen:]:
        if SEED_HEADER not in request.headers:
            route, _ = resolve(all_routes(), request.method, request.path)
            ANSWERED.add((f"{route.method} {route.template}", request.status))


@pytest.mark.parametrize("label", sorted(OPERATIONS))
def test_answers_conform_to_the_spec(label: str, target: Target) -> None:
    """The documented examples first, then generated requests, valid and invalid."""
    operation = OPERATIONS[label]
    # (strategy, examples): each documented example (drawn until hypothesis has no new one),
    # then 25 generated requests, 15 valid and 10 invalid.
    strategies = [(example, 5) for example in operation.get_strategies_from_examples()]
    strategies += [
        (operation.as_strategy(GenerationMode.POSITIVE), 15),
        (operation.as_strategy(GenerationMode.NEGATIVE), 10),
    ]
    for strategy, count in strategies:

        @bounded(count)
        @given(case=strategy)
        def answer(case: Any) -> None:
            call_and_validate(case, target)

        answer()


def test_the_examples_reached_the_handlers() -> None:
    """Not only 401s and 404s: every operation answered some example with a 200, so the
    success answers were checked against the spec too (runs after the above)."""
    if not ANSWERED:
        pytest.skip("meaningful after the conformance tests above")
    succeeded = {route for route, status in ANSWERED if status == 200}
    assert sorted(set(SERVED) - succeeded) == []
    assert {400, 401, 404} <= {status for _, status in ANSWERED}

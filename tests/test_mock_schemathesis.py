"""MockHamsa conforms to its own specs: schemathesis generates requests (valid and invalid) from
spec/v1.yaml and spec/v2.yaml and checks that every answer is documented: status code, content
type, response schema, and never a 5xx.

Bounded and repeatable: the documented examples plus 25 generated ones per operation,
derandomized, no deadline. Half of them aim at a stored agent / started call instead of a random
id, so the 200 answers are checked too, not only the 404s.
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
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

SPEC = Path(__file__).resolve().parents[1] / "spec"
API_KEY = "hk_schemathesis"
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
    """A mock holding one agent and one call, and which ids the next example should use."""

    def __init__(self, mock: MockHamsa) -> None:
        self.mock = mock
        self._turns = itertools.count()
        with mock.client() as client:
            self.agent_id = client.voice_agents.create(name="Schemathesis").id
            call = client.calls.start(to_number="+15551234567", voice_agent_id=self.agent_id)
            self.conversation_id = call.id

    def aim(self, case: Any) -> None:
        """Every other example: point the generated ids at the stored agent / call."""
        if next(self._turns) % 2:
            return
        path = case.path_parameters if isinstance(case.path_parameters, dict) else {}
        if "voiceAgentId" in path:
            path["voiceAgentId"] = self.agent_id
        if "conversationId" in path:
            path["conversationId"] = self.conversation_id
        if isinstance(case.query, dict) and "voiceAgentId" in case.query:
            case.query["voiceAgentId"] = self.agent_id
        body = case.body
        if isinstance(body, dict) and "voiceAgentId" in body and "agentDetails" not in body:
            body["voiceAgentId"] = self.agent_id


@pytest.fixture(scope="module")
def target() -> Iterator[Target]:
    with MockHamsa(api_key=API_KEY) as mock:
        yield Target(mock)


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
    """Not only 401s and 404s: the aimed examples were processed (runs after the above)."""
    if not target.mock.requests:
        pytest.skip("meaningful after the conformance tests above")
    statuses = {request.status for request in target.mock.requests}
    assert {200, 400, 404} <= statuses

"""A validation error about a secret field, or a secret in the wrong place, shows its type only."""

from __future__ import annotations

import pickle

import pytest
from hamsa import Hamsa, RequestValidationError, Violation

SECRET = "S3cr3t-webhook-value-42"


@pytest.fixture
def client() -> Hamsa:
    return Hamsa(api_key="hk_withheld_0123456789", base_url="http://127.0.0.1:9")


def test_a_secret_given_where_an_object_belongs_is_not_echoed(client: Hamsa) -> None:
    with pytest.raises(RequestValidationError) as caught:
        client.voice_agents.create(name="x", webhook_auth=SECRET)  # type: ignore[arg-type]
    error = caught.value
    assert "webhook_auth = <str>: has the wrong shape (expected an object, got str)" in str(error)
    assert SECRET not in str(error) and SECRET not in repr(error.violations)
    assert SECRET not in repr(pickle.loads(pickle.dumps(error.violations)))


def test_a_secret_field_keeps_only_its_type() -> None:
    violation = Violation("llm.api_key", SECRET, "must be at most 10 characters")
    assert str(violation) == "llm.api_key = <str>: must be at most 10 characters"
    assert SECRET not in repr(violation)
    assert Violation("llm.api_key", None, "is required").value is None  # nothing to hide

"""Status fields that share a concept share one open enum type: a call's status reads like a
conversation's, every job's like every other job's, and a status the SDK does not know yet is
kept, not refused."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Any

import hamsa.v1.models as v1
import hamsa.v2.models as v2
import pytest
from ruamel.yaml import YAML

SPEC = Path(__file__).resolve().parents[2] / "spec"

# (package, model, the enum its `status` field holds): every response model with a status.
STATUS_FIELDS = [
    (v1, "Call", v1.CallStatus),
    (v1, "Conversation", v1.CallStatus),
    (v1, "ConversationSummary", v1.CallStatus),
    (v1, "Job", v1.JobStatus),
    (v1, "JobSummary", v1.JobStatus),
    (v1, "AiContentJob", v1.JobStatus),
    (v2, "Job", v2.JobStatus),
    (v2, "JobSummary", v2.JobStatus),
]
IDS = [f"{package.__name__.split('.')[1]}.{name}" for package, name, _ in STATUS_FIELDS]


def _parse(model: Any, status: str) -> Any:
    body: dict[str, Any] = {key: "x" for key in model._REQUIRED_JSON_KEYS}
    return model.from_dict({**body, "status": status})


@pytest.mark.parametrize(("package", "name", "enum"), STATUS_FIELDS, ids=IDS)
def test_a_status_reads_as_its_concepts_enum(package: Any, name: str, enum: type[StrEnum]) -> None:
    model = getattr(package, name)
    known = next(iter(enum))
    parsed = _parse(model, known.value)
    assert type(parsed.status) is enum
    assert parsed.status is known
    # The type checker sees the same enum, not a plain str.
    field = next(f for f in model.__attrs_attrs__ if f.name == "status")
    assert field.type == f"{enum.__name__} | None"


@pytest.mark.parametrize(("package", "name", "enum"), STATUS_FIELDS, ids=IDS)
def test_an_unknown_status_is_kept(package: Any, name: str, enum: type[StrEnum]) -> None:
    parsed = _parse(getattr(package, name), "ON_HOLD")
    assert isinstance(parsed.status, enum)
    assert not parsed.status.is_known
    assert parsed.status == "ON_HOLD"
    assert parsed.to_wire()["status"] == "ON_HOLD"


def test_a_call_and_its_conversation_compare_by_status() -> None:
    call = v1.Call.from_dict({"id": "c1", "status": "COMPLETED"})
    conversation = v1.Conversation.from_dict({"status": "COMPLETED"})
    assert call.status is conversation.status is v1.CallStatus.COMPLETED


def test_every_status_enum_field_of_the_specs_is_listed_here() -> None:
    """A new status field that refers to an enum is typed by it, and belongs in the table above
    (a status the spec leaves as free text, with no documented values, stays a str)."""
    found = set()
    for version in ("v1", "v2"):
        document = YAML(typ="safe").load((SPEC / f"{version}.yaml").read_bytes())
        for name, schema in document["components"]["schemas"].items():
            status = (schema.get("properties") or {}).get("status")
            if isinstance(status, dict) and "$ref" in str(status) and not name.endswith("Request"):
                found.add(f"{version}.{name}")
    assert found == set(IDS)

"""The generated models stay lean: a request model declares each documented constraint once, in
its `_RULES` table, which its three checks (collect_violations, _wire_ok, _fields_wire) read;
a model only responses use has no checks at all; and no dead lines are emitted."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest
from hamsa._model import Model
from hamsa._rules import RequestModel

GENERATED = Path(__file__).resolve().parents[2] / "generated" / "hamsa"
MODEL_FILES = sorted(
    path
    for version in ("v1", "v2")
    for path in (GENERATED / version / "models").glob("*.py")
    if path.name != "__init__.py"
)


def _models(path: Path) -> list[type[Model]]:
    module = importlib.import_module(f"hamsa.{path.parts[-3]}.models.{path.stem}")
    return [
        value
        for value in vars(module).values()
        if isinstance(value, type)
        and issubclass(value, Model)
        and value.__module__ == module.__name__
    ]


@pytest.mark.parametrize("path", MODEL_FILES, ids=lambda p: f"{p.parts[-3]}/{p.stem}")
def test_a_model_module_has_no_copied_checks_or_dead_lines(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    for written_out in ("def collect_violations", "def _wire_ok", "def _fields_wire"):
        assert written_out not in source
    assert "field_dict.update({})" not in source
    # to_wire reads a field that needs no conversion straight from self, not via a local
    assert not re.search(r"^ {8}(\w+) = self\.\1\n", source, re.MULTILINE)


@pytest.mark.parametrize("path", MODEL_FILES, ids=lambda p: f"{p.parts[-3]}/{p.stem}")
def test_request_models_have_one_rule_per_field_and_response_models_none(path: Path) -> None:
    for model in _models(path):
        if issubclass(model, RequestModel):
            wire_keys = [field.wire for field in model._RULES.fields]
            assert wire_keys == list(model._JSON_KEYS)
        else:
            assert not hasattr(model, "_RULES")
            assert not hasattr(model, "collect_violations")


def test_each_constraint_is_written_once() -> None:
    """maxCallDuration's documented range (30 to 600) appears once in the module, and all three
    checks apply it."""
    source = (GENERATED / "v2" / "models" / "call_settings.py").read_text(encoding="utf-8")
    assert source.count("maximum=600") == 1
    from hamsa.v2.models import CallSettings

    assert CallSettings._wire_ok({"maxCallDuration": 600})
    assert not CallSettings._wire_ok({"maxCallDuration": 601})
    assert CallSettings._fields_wire({"max_call_duration": 30}) == {"maxCallDuration": 30}
    assert CallSettings._fields_wire({"max_call_duration": 29}) is None
    (violation,) = CallSettings(max_call_duration=601).collect_violations()
    assert (violation.path, violation.value) == ("max_call_duration", 601)
    assert violation.constraint == "must be between 30 and 600"


def test_a_subclass_of_a_request_model_checks_like_it() -> None:
    """hamsa.VoiceAgent extends the generated v2 VoiceAgent; its table names nested models of
    hamsa.v2, not of the subclass's module."""
    import hamsa

    agent_id = "48f7656f-098b-4c43-b165-7cfd2cc8ac30"
    agent = hamsa.VoiceAgent.from_dict({"id": agent_id, "callSettings": {"maxCallDuration": 5}})
    (violation,) = agent.collect_violations()
    assert violation.path == "call_settings.max_call_duration"
    assert not hamsa.VoiceAgent._wire_ok({"callSettings": {"maxCallDuration": 5}})
    assert hamsa.VoiceAgent._fields_wire({"call_settings": {"max_call_duration": 300}}) == {
        "callSettings": {"maxCallDuration": 300}
    }

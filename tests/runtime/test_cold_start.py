"""What a fresh process loads: `import hamsa` and a first `voice_agents.create` stay light.

Each test runs a short script in a new interpreter (the modules a process has loaded are the
behaviour under test, and this test process has long since loaded everything), talking only to
a MockHamsa on loopback. No timing is asserted here; `nox -s bench` measures the cold start.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import hamsa
import pytest
from hamsa.testing import MockHamsa

README_CREATE = """
agent = client.voice_agents.create(
    name="Support",
    conversation={"greeting_message": "Hi {{name}}!", "preamble": "You are a support agent."},
    voice={"voice_id": "en-US-Neural2-A", "lang": "en"},
    llm={"provider": "openai", "model": "gpt-4.1", "temperature": 0.3},
    call_settings={"max_call_duration": 300, "interrupt": True},
)
"""

# Modules the v2 create path has no use for: API v1, the v1<->v2 mapping table, the code that
# words an invalid body, the outcome-shape converter (the README's agent has no shape), the
# other v2 operations' page models, and msgspec (imported once a process has decoded enough
# JSON to earn its import back).
NOT_FOR_A_V2_CREATE = (
    "hamsa.v1",
    "hamsa._agent_mapping",
    "hamsa._wire",
    "hamsa._outcome_shape",
    "hamsa.v2.models.voice_agent_page_response",
    "hamsa.v2.models.update_voice_agent_request",
    "msgspec",
)


def _run(script: str, **env: str) -> dict[str, Any]:
    """Run `script` in a fresh interpreter that imports the same hamsa as this process; the
    script leaves its findings in `out`, which comes back decoded."""
    # The directories hamsa is imported from here: the installed wheel's site-packages, or
    # overlays/ and generated/ in a source checkout.
    roots = [str(Path(entry).parent) for entry in hamsa.__path__]
    environ = dict(os.environ)
    environ["PYTHONPATH"] = os.pathsep.join([*roots, environ.get("PYTHONPATH", "")])
    environ.pop("HAMSA_LOG", None)
    environ.update(env)
    code = "import sys, json\nout = {}\n" + textwrap.dedent(script)
    code += "\nout['modules'] = sorted(sys.modules)\nprint(json.dumps(out))\n"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=environ
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return result


def _loaded(modules: list[str], prefix: str) -> list[str]:
    return [name for name in modules if name == prefix or name.startswith(prefix + ".")]


@pytest.fixture(scope="module")
def mock() -> Iterator[MockHamsa]:
    with MockHamsa(api_key="cold-start-key") as server:
        yield server


def _client_script(mock: MockHamsa) -> str:
    return (
        "import hamsa\n"
        f"client = hamsa.Hamsa(api_key={mock.api_key!r}, base_url={mock.base_url!r})\n"
    )


def test_import_hamsa_alone_loads_no_http_stack_models_or_attrs() -> None:
    out = _run("import hamsa\nout['version'] = hamsa.__version__\n")
    assert out["version"] == hamsa.__version__
    for heavy in ("httpx", "hamsa.v1", "hamsa.v2", "attrs", "attr", "msgspec"):
        assert not _loaded(out["modules"], heavy), heavy
    if (Path(hamsa.__file__).parent / "v2").is_dir():  # installed: one directory, nothing to join
        assert "pkgutil" not in out["modules"]


def test_a_v2_create_loads_no_v1_code_and_no_error_wording(mock: MockHamsa) -> None:
    out = _run(
        _client_script(mock)
        + README_CREATE
        + "out['agent'] = [agent.id, agent.name, agent.call_settings.max_call_duration,"
        " agent.api_version, type(agent).__module__]\n"
    )
    agent_id, name, max_call_duration, api_version, module = out["agent"]
    assert agent_id and name == "Support" and max_call_duration == 300
    assert (api_version, module) == ("v2", "hamsa._agent")
    for unneeded in NOT_FOR_A_V2_CREATE:
        assert not _loaded(out["modules"], unneeded), unneeded
    # The generated v2 models load one by one: the create path never builds the web-tool ones.
    assert "hamsa.v2.models.voice_agent" in out["modules"]
    assert not _loaded(out["modules"], "hamsa.v2.models.web_tool_page_response")
    assert not _loaded(out["modules"], "hamsa.v2.api.web_tools")


def test_an_invalid_create_in_a_fresh_process_still_words_every_problem(mock: MockHamsa) -> None:
    sent_before = len(mock.requests)
    out = _run(_client_script(mock) + textwrap.dedent("""
            try:
                client.voice_agents.create(
                    name="Support",
                    conversation={"greeting_message": "Hi {{name}"},
                    call_settings={"max_call_duration": 5},
                )
            except hamsa.RequestValidationError as error:
                out["paths"] = sorted(v.path for v in error.violations)
            """))
    assert out["paths"] == ["call_settings.max_call_duration", "conversation.greeting_message"]
    assert len(mock.requests) == sent_before  # refused before anything was sent


def test_update_and_clone_after_a_cold_create_load_v1_when_first_needed(
    mock: MockHamsa,
) -> None:
    out = _run(_client_script(mock) + README_CREATE + textwrap.dedent("""
            out["v1_after_create"] = any(m.startswith("hamsa.v1") for m in sys.modules)
            updated = client.voice_agents.update(
                agent.id, call_settings={"max_call_duration": 120}
            )
            copy = client.voice_agents.clone(agent.id, name="Support (copy)")
            out["updated"] = [updated.call_settings.max_call_duration, updated.api_version]
            out["copy"] = [copy.name, copy.api_version]
            """))
    assert out["v1_after_create"] is False
    assert out["updated"] == [120, "v1"]
    assert out["copy"] == ["Support (copy)", "v1"]
    assert "hamsa.v1.api.voice_agents.update_voice_agent" in out["modules"]
    assert "hamsa._agent_mapping" in out["modules"]


def test_models_packages_still_expose_every_model_by_name() -> None:
    out = _run("""
        import hamsa.v1.models as v1
        import hamsa.v2.models as v2
        out["before"] = [m for m in sys.modules if m.startswith("hamsa.v2.models.")]
        out["missing"] = [
            f"{pkg.__name__}.{name}"
            for pkg in (v1, v2)
            for name in pkg.__all__
            if getattr(pkg, name).__name__ != name or name not in dir(pkg)
        ]
        from hamsa.v2.models import VoiceAgent
        out["same"] = VoiceAgent is v2.VoiceAgent
        try:
            v2.NoSuchModel
        except AttributeError as error:
            out["error"] = str(error)
        from hamsa.v2.api.voice_agents import ErrorResponse, list_voice_agents
        out["api"] = [ErrorResponse.__name__, list_voice_agents.__name__]
        # Read as a whole (vars(), help()), a package holds every model, as an eager one did.
        out["vars_missing"] = [
            f"{pkg.__name__}.{name}"
            for pkg in (v1, v2)
            for name in pkg.__all__
            if getattr(vars(pkg).get(name), "__name__", None) != name
        ]
        """)
    assert out["before"] == []
    assert out["missing"] == []
    assert out["same"] is True
    assert "NoSuchModel" in out["error"]
    assert out["api"] == ["ErrorResponse", "hamsa.v2.api.voice_agents.list_voice_agents"]
    assert out["vars_missing"] == []


def test_a_models_package_loaded_by_a_cold_create_still_lists_every_model(
    mock: MockHamsa,
) -> None:
    out = _run(_client_script(mock) + README_CREATE + textwrap.dedent("""
            import hamsa.v2.models
            before = len([m for m in sys.modules if m.startswith("hamsa.v2.models.")])
            names = set(vars(hamsa.v2.models))
            out["listed"] = sorted(set(hamsa.v2.models.__all__) - names)
            out["loaded_more"] = (
                len([m for m in sys.modules if m.startswith("hamsa.v2.models.")]) > before
            )
            """))
    assert out["listed"] == []
    assert out["loaded_more"] is True


def test_json_decoding_switches_to_msgspec_only_after_enough_bytes() -> None:
    pytest.importorskip("msgspec")
    out = _run("""
        import json
        from hamsa import _json
        small = b'{"success": true, "data": {"id": "a", "n": 12345678901234567890}}'
        out["small_equal"] = _json.loads(small) == json.loads(small)
        out["msgspec_after_small"] = "msgspec" in sys.modules
        big = json.dumps([{"id": str(i), "x": i / 3} for i in range(_json.FAST_AFTER // 20)])
        out["big_equal"] = _json.loads(big.encode()) == json.loads(big)
        out["msgspec_after_big"] = "msgspec" in sys.modules
        out["after_switch_equal"] = _json.loads(small) == json.loads(small)
        """)
    assert out["small_equal"] and out["big_equal"] and out["after_switch_equal"]
    assert out["msgspec_after_small"] is False
    assert out["msgspec_after_big"] is True

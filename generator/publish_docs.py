"""Build the docs site, or publish it as this SDK version with mike.

    python generator/publish_docs.py              # deploy onto the local gh-pages branch
    python generator/publish_docs.py --build-only # only build it (mkdocs build --strict)
    python generator/publish_docs.py --push       # deploy, then push gh-pages (CI does)

Publishing renders the generated pages (generator/render_docs.py), then `mike deploy`s the site
under the SDK's version (overlays/hamsa/_version.py) with the alias `latest`, and makes `latest`
the site's default. mike keeps every published version on the gh-pages branch, with the
`versions.json` that the site's version selector (mkdocs.yml `extra.version.provider: mike`)
reads. Nothing is pushed unless --push is given.

mkdocstrings documents the package as the wheel assembles it (overlays/hamsa with
generated/hamsa merged into it, in a temporary directory), so nothing needs installing and
--root can point at any copy of the repository (the tests publish from a temporary clone).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VERSION_FILE = Path("overlays") / "hamsa" / "_version.py"
LATEST = "latest"
BRANCH = "gh-pages"


class PublishError(RuntimeError):
    """A step of building or publishing the site failed."""


def sdk_version(root: Path) -> str:
    text = (root / VERSION_FILE).read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if match is None:
        raise PublishError(f"{VERSION_FILE} has no __version__")
    return match[1]


@contextmanager
def merged_package(root: Path) -> Iterator[Path]:
    """A directory holding `hamsa` as the wheel has it (the overlay plus the generated half)."""
    with tempfile.TemporaryDirectory(prefix="hamsa-docs-") as tmp:
        target = Path(tmp) / "hamsa"
        ignore = shutil.ignore_patterns("__pycache__")
        shutil.copytree(root / "overlays" / "hamsa", target, ignore=ignore)
        shutil.copytree(root / "generated" / "hamsa", target, ignore=ignore, dirs_exist_ok=True)
        yield Path(tmp)


def _run(command: Sequence[str], root: Path, env: dict[str, str]) -> None:
    result = subprocess.run(
        list(command), cwd=root, env=env, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise PublishError(
            f"{' '.join(command)} failed:\n{(result.stdout + result.stderr)[-6000:]}"
        )


def _tool(name: str) -> str:
    """A console script of this interpreter's environment (mkdocs, mike)."""
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else name


def build(root: Path = ROOT, site_dir: Path | None = None) -> Path:
    """Render the generated pages, then `mkdocs build --strict`; returns the site directory."""
    site = site_dir or root / "site"
    with merged_package(root) as package:
        env = _env(package)
        _run([sys.executable, "generator/render_docs.py"], root, env)
        _run([_tool("mkdocs"), "build", "--strict", "--site-dir", str(site)], root, env)
    return site


def publish(root: Path = ROOT, *, version: str | None = None, push: bool = False) -> str:
    """Deploy the site as `version` (default: the SDK's) aliased `latest` onto gh-pages."""
    version = version or sdk_version(root)
    with merged_package(root) as package:
        env = _env(package)
        _run([sys.executable, "generator/render_docs.py"], root, env)
        deploy = [_tool("mike"), "deploy", "--branch", BRANCH, "--update-aliases"]
        _run([*deploy, *(["--push"] if push else []), version, LATEST], root, env)
        default = [_tool("mike"), "set-default", "--branch", BRANCH]
        _run([*default, *(["--push"] if push else []), LATEST], root, env)
    return version


def _env(package: Path) -> dict[str, str]:
    path = os.pathsep.join(p for p in (str(package), os.environ.get("PYTHONPATH", "")) if p)
    # mike runs `mkdocs` by name: this interpreter's, first.
    search = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    env = {**os.environ, "PYTHONPATH": path, "PATH": search, "NO_MKDOCS_2_WARNING": "1"}
    # mike commits as whoever runs it; a machine without a git identity still gets a commit.
    env.setdefault("GIT_AUTHOR_NAME", "hamsa-sdk docs")
    env.setdefault("GIT_AUTHOR_EMAIL", "docs@hamsa-sdk.invalid")
    env.setdefault("GIT_COMMITTER_NAME", env["GIT_AUTHOR_NAME"])
    env.setdefault("GIT_COMMITTER_EMAIL", env["GIT_AUTHOR_EMAIL"])
    return env


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="the repository to publish")
    parser.add_argument("--build-only", action="store_true", help="build the site, no deploy")
    parser.add_argument("--site-dir", type=Path, help="with --build-only: where to build")
    parser.add_argument("--version", help="the version to publish as (default: the SDK's)")
    parser.add_argument("--push", action="store_true", help="push gh-pages after deploying")
    args = parser.parse_args(argv)
    root = args.root.resolve()
    try:
        if args.build_only:
            print(f"publish_docs: built {build(root, args.site_dir)}")
        else:
            version = publish(root, version=args.version, push=args.push)
            where = "pushed" if args.push else f"on the local {BRANCH} branch"
            print(f"publish_docs: docs {version} (alias {LATEST}) {where}")
    except PublishError as error:
        print(f"publish_docs: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Shared test helpers: the repository root, fixture books and a subprocess runner."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.generate import minimal_config

TESTS = Path(__file__).resolve().parent  # the tests' own data folders live here
ROOT = TESTS.parent
FIXTURES = TESTS / "fixtures"

FIXTURE_CONFIG = minimal_config("Fixture book")


def run_textbook(*args: str, cwd: Path = ROOT, timeout: int = 300) -> subprocess.CompletedProcess[str]:
    """Run ``python -m textbook ARGS`` the way a contributor would, capturing its output."""
    env = {**os.environ, "PYTHONPATH": ROOT.as_posix(), "NO_COLOR": "1", "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(
        [sys.executable, "-m", "textbook", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout
    )


CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def chromium_path() -> Path | None:
    """Debian's Chromium (or the browser named by CHROMIUM_PATH); None when there is none."""
    path = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
    return path if path.is_file() else None


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real book, built once per test session with warnings as errors."""
    output = tmp_path_factory.mktemp("site")
    result = run_textbook("build", "--output", str(output))
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return output / "_build" / "html"


@pytest.fixture(scope="session")
def browser():
    """Headless Chromium driven by Playwright; the browser tests skip, saying why, without it."""
    path = chromium_path()
    if path is None:
        pytest.skip("no Chromium at /usr/bin/chromium (install Debian's chromium, or set CHROMIUM_PATH)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(path), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


def path_to_ending(data: dict, best: bool) -> list[int] | None:
    """A scenario's choice indices (``data`` as the browser receives it) from its start to the
    nearest ending that is, or is not, a best one, breadth first; None when there is none."""
    steps = {step["id"]: step for step in data["steps"]}
    queue, seen = [(data["start"], [])], set()
    while queue:
        current, path = queue.pop(0)
        step = steps[current]
        if not step.get("choices"):
            if bool(step.get("best")) == best:
                return path
            continue
        if current not in seen:
            seen.add(current)
            queue.extend((choice["next"], [*path, index]) for index, choice in enumerate(step["choices"]))
    return None


def copy_of_book(target: Path) -> Path:
    """A copy of the real book at ``target`` (sources, exercises, config), without builds,
    caches, the virtual environment or the tests, so a test's _build/ is its own."""
    ignore = shutil.ignore_patterns(
        ".venv", "_build", ".git", ".cache", "__pycache__", ".pytest_cache", ".ruff_cache", ".hypothesis", "tests"
    )
    shutil.copytree(ROOT, target, ignore=ignore)
    return target


@pytest.fixture
def fixture_book(tmp_path: Path):
    """Copy a fixture book into a temporary folder with a minimal _config.yml; return its path."""

    def copy(name: str) -> Path:
        target = tmp_path / name
        shutil.copytree(FIXTURES / name, target)
        (target / "_config.yml").write_text(FIXTURE_CONFIG, encoding="utf-8")
        return target

    return copy


@pytest.fixture(scope="session")
def served_site(site: Path):
    """The built site over HTTP on 127.0.0.1, answering a missing address with 404.html and
    status 404, as GitHub Pages does (the preview's server). Yields the site's base URL."""
    import threading

    from textbook.commands.serve import site_server

    server = site_server(site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture(scope="session")
def scorm_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The whole book as a SCORM 1.2 package, written once per test session."""
    path = tmp_path_factory.mktemp("scorm") / "book-scorm.zip"
    result = run_textbook("export", "--format", "scorm", "-o", str(path))
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return path

"""Shared test helpers: the repository root, fixture books and a subprocess runner."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"

FIXTURE_CONFIG = f"""title: Fixture book
only_build_toc_files: true
execute:
  execute_notebooks: "off"
parse:
  myst_enable_extensions: [colon_fence, deflist]
sphinx:
  local_extensions:
    textbook.sphinx_ext: {ROOT.as_posix()}
"""


def run_textbook(*args: str, cwd: Path = ROOT, timeout: int = 300) -> subprocess.CompletedProcess[str]:
    """Run ``python -m textbook ARGS`` the way a contributor would, capturing its output."""
    env = {**os.environ, "PYTHONPATH": ROOT.as_posix(), "NO_COLOR": "1", "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(
        [sys.executable, "-m", "textbook", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout
    )


@pytest.fixture
def fixture_book(tmp_path: Path):
    """Copy a fixture book into a temporary folder with a minimal _config.yml; return its path."""

    def copy(name: str) -> Path:
        target = tmp_path / name
        shutil.copytree(FIXTURES / name, target)
        (target / "_config.yml").write_text(FIXTURE_CONFIG, encoding="utf-8")
        return target

    return copy

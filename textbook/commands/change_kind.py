"""What kind of change a pull request is: content only, or code that maintainers review as code.

A change that stays inside ``book/``, ``exercises/`` and ``editions/`` is data: the engine reads it
without running it, and the containment rules keep it inside the book. Anything else (the engine,
``_config.yml``, the ``Makefile``, ``.ci/``, ``.github/``, ``tests/``) can run code in CI, by design.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from textbook.sources.containment import CONTENT_FOLDERS
from textbook.sources.problems import Problem


class ChangeError(Exception):
    """The change could not be worked out (not a git repository, an unknown BASE)."""


def _git(root: Path, *args: str) -> str:
    try:
        completed = subprocess.run(
            ["git", "-C", str(root), *args], capture_output=True, text=True, check=False, timeout=60
        )
    except FileNotFoundError:
        raise ChangeError("git is not installed") from None
    if completed.returncode != 0:
        raise ChangeError(completed.stderr.strip().splitlines()[-1] if completed.stderr.strip() else "git failed")
    return completed.stdout


def changed_files(root: Path, base: str) -> list[str]:
    """Every file changed since ``base``, relative to ``root``: committed since the merge base of
    ``base`` and HEAD, staged, unstaged, deleted, and new files git does not ignore."""
    root = Path(root)
    try:
        _git(root, "rev-parse", "--verify", "--quiet", f"{base}^{{commit}}")
    except ChangeError:
        raise ChangeError(
            f"unknown revision '{base}': name a branch, tag or commit (for example origin/main)"
        ) from None
    merge_base = _git(root, "merge-base", base, "HEAD").strip()
    listed = _git(root, "diff", "--name-only", "--relative", "--no-renames", "-z", merge_base).split("\0")
    listed += _git(root, "ls-files", "--others", "--exclude-standard", "-z").split("\0")
    return sorted({name for name in listed if name})


def outside_content(files: list[str]) -> list[str]:
    """The files that are not content: anything outside book/, exercises/ and editions/."""
    return [name for name in files if name.split("/", 1)[0] not in CONTENT_FOLDERS or "/" not in name]


def content_only_problems(root: Path, base: str) -> tuple[list[str], list[Problem]]:
    """The files changed since ``base``, and a problem for each one outside the content folders."""
    files = changed_files(root, base)
    return files, [
        Problem(
            Path(root) / name,
            1,
            "changed outside book/, exercises/ and editions/: review this change as code (it can run code in CI)",
            "warning",
        )
        for name in outside_content(files)
    ]

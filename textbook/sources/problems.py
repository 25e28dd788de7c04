"""Problems found in the book, reported as ``path:line: message``."""

from __future__ import annotations

import difflib
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class Problem:
    """One fault in one source file, at one line (1-based)."""

    path: Path
    line: int
    message: str
    severity: str = "error"  # "error" fails check and the build; "warning" is advice

    def location(self, relative_to: Path | None = None) -> str:
        """``path:line``, with the path relative to ``relative_to`` when it lies below it."""
        return f"{display_path(self.path, relative_to)}:{self.line}"

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def format(self, relative_to: Path | None = None) -> str:
        """The one-line report: ``path:line: message`` (warnings say so)."""
        prefix = "" if self.is_error else f"{self.severity}: "
        return f"{self.location(relative_to)}: {prefix}{self.message}"

    def format_github(self, relative_to: Path | None = None) -> str:
        """A GitHub Actions annotation: ``::error file=path,line=N::message``."""
        path = display_path(self.path, relative_to)
        return f"::{self.severity} file={path},line={self.line}::{self.message}"


def display_path(path: Path, relative_to: Path | None = None) -> str:
    """Show ``path`` relative to ``relative_to`` (default: the working directory) if below it."""
    base = Path(relative_to) if relative_to is not None else Path.cwd()
    try:
        return Path(path).resolve().relative_to(base.resolve()).as_posix()
    except ValueError:
        return os.fspath(path)


def suggestion(word: str, candidates: Iterable[str]) -> str:
    """``" (did you mean 'x'?)"`` when a close candidate exists, for a problem's message."""
    close = difflib.get_close_matches(word, list(candidates), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def sort_problems(problems: list[Problem]) -> list[Problem]:
    """Problems in a stable order: by file, then line, then message; duplicates dropped."""
    return sorted(set(problems), key=lambda p: (str(p.path), p.line, p.message))

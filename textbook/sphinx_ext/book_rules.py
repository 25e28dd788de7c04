"""Fail the build on every problem that ``python -m textbook check`` reports."""

from __future__ import annotations

from pathlib import Path

from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.errors import SphinxError
from sphinx.util import logging

from textbook.rules import check_spine
from textbook.rules.content import start_spelling
from textbook.sources.wording import count
from textbook.sphinx_ext.state import current_spine, refusals_already_checked

logger = logging.getLogger(__name__)


class BookOrderError(SphinxError):
    category = "Foundations First check failed"


def _start_spelling(app: Sphinx, config: object) -> None:
    """codespell, the slowest rule (a process of its own), starts before Sphinx reads the pages
    and runs on the other core meanwhile; the rules at ``env-updated`` collect what it found."""
    start_spelling(current_spine(app))


def _on_env_updated(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """Runs on every build, even when no page was re-read, so an unchanged rebuild fails too."""
    spine, contained = current_spine(app), refusals_already_checked(app)
    problems = [problem for problem in check_spine(spine, advice=False, contained=contained) if problem.is_error]
    for problem in problems:
        logger.warning(problem.message, location=problem.location(Path.cwd()), type="textbook", subtype="order")
    if problems:
        found = count(len(problems), "problem")
        raise BookOrderError(f"{found} in the book's sources (listed above; `python -m textbook check` lists the same)")
    return []


def setup_book_rules(app: Sphinx) -> None:
    # after the containment rules (100): only a book whose sources may be read is spell-checked
    app.connect("config-inited", _start_spelling, priority=150)
    app.connect("env-updated", _on_env_updated)

"""Run every rule over a book: the one function behind ``check`` and the build."""

from __future__ import annotations

from pathlib import Path

from textbook.model.spine import Spine, load_spine
from textbook.rules import items
from textbook.rules.content import CONTAINMENT_RULES, CONTENT_RULES, reading_level, start_spelling
from textbook.rules.order import RULES
from textbook.sources.containment import paths_resolved_once
from textbook.sources.problems import Problem, sort_problems

ADVICE_RULES = (reading_level, *items.ADVICE)  # rules whose problems are warnings, never errors


def check_spine(spine: Spine, advice: bool = True, contained: bool = False) -> list[Problem]:
    """All problems of a loaded spine: those met reading it, then every rule's.

    ``advice=False`` skips the rules that only give warnings (the build, which fails on
    errors only, does not pay for them). ``contained=True`` skips the containment rules, for a
    spine whose :func:`refusals` were found empty (the build that refused nothing before reading).
    """
    problems = list(spine.problems)
    if spine.pages:  # with no readable table of contents, the rules have nothing to order
        start_spelling(spine)  # codespell (a rule of CONTENT_RULES) runs on another core meanwhile
        with paths_resolved_once():
            for rule in RULES + CONTENT_RULES + items.ITEM_RULES:
                if (advice or rule not in ADVICE_RULES) and not (contained and rule in CONTAINMENT_RULES):
                    problems.extend(rule(spine))
    return sort_problems(problems)


def check_book(root: Path) -> list[Problem]:
    """Load the book at ``root`` and return every problem, sorted by file and line."""
    return check_spine(load_spine(Path(root)))


def refusals(spine: Spine) -> list[Problem]:
    """The problems that stop a build before Sphinx reads any source: content that would read,
    embed or fetch something outside the book, or exhaust the machine (see containment.py)."""
    problems = list(spine.refused)
    with paths_resolved_once():
        for rule in CONTAINMENT_RULES:
            problems.extend(rule(spine))
    return sort_problems(problems)

"""The readiness check: which foundations are solid, shaky or not yet there, and where to
start. This is the reference; ``ff-readiness.js`` does the same in the browser, and a test
holds the two to identical results."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from textbook.kit.kinds import Probe

SOLID, SHAKY, NOT_YET = "solid", "shaky", "not-yet"


def answered_right(probe: Probe, answer: Any) -> bool:
    """An answer counts only when it is the index of the correct option."""
    return type(answer) is int and 0 <= answer < len(probe.options) and probe.options[answer].correct


def readiness_result(order: Sequence[str], probes: Sequence[Probe], answers: Mapping[str, Any]) -> dict[str, Any]:
    """Each probed chapter's status, and the chapter to start with.

    A chapter is solid when every question about it was answered right, not yet when none
    was, shaky in between (an unanswered question counts as not right). The place to start
    is the earliest chapter, in the required order, that is not solid; every chapter before
    it, its prerequisites included, is then solid. ``start`` is None when all are solid.
    """
    chapters: dict[str, str] = {}
    for chapter in order:
        mine = [probe for probe in probes if probe.chapter == chapter]
        if not mine:
            continue
        right = sum(answered_right(probe, answers.get(probe.id)) for probe in mine)
        chapters[chapter] = SOLID if right == len(mine) else NOT_YET if right == 0 else SHAKY
    start = next((chapter for chapter in order if chapters.get(chapter, SOLID) != SOLID), None)
    return {"chapters": chapters, "start": start}

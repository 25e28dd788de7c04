"""What a learner knows of each foundation chapter, and where to start.

Two pure functions, the reference for the browser (``ff-readiness.js`` does the same, and a
test holds the two to identical results):

- :func:`readiness_result`: the readiness check alone (solid, shaky or not yet per chapter);
- :func:`foundation_standing`: the one model every surface shows (the foundation map, "Before
  you start", a chapter's progress and "Your path"), which combines the check with the
  exercises done.
"""

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


# Why a chapter has its standing, for the words each surface shows.
EXERCISES_DONE, CHECK_SOLID, CHECK_SHAKY, SOME_EXERCISES, CHECK_NOT_YET, NOTHING_YET = (
    "exercises-done",
    "check-solid",
    "check-shaky",
    "some-exercises",
    "check-not-yet",
    "nothing-yet",
)


def foundation_standing(
    order: Sequence[str], check: Mapping[str, str] | None, exercises: Mapping[str, tuple[int, int]]
) -> dict[str, Any]:
    """Each chapter's standing (``status`` and ``because``) and the chapter to start with.

    ``check`` is the readiness check's statuses (None when it was not taken); ``exercises``
    gives ``(done, total)`` of each chapter's counting exercises. In order of precedence:

    - **solid** when every exercise of the chapter is done (what the learner did outweighs a
      few questions), or else when the check found it solid;
    - **shaky** when the check found it shaky, or some of its exercises are done;
    - **not yet** otherwise: the check found it not yet, or nothing is known.

    A chapter with neither exercises nor questions has no standing and never blocks the start.
    The place to start is the earliest chapter, in the required order, that is not solid.
    """
    check = check or {}
    chapters: dict[str, dict[str, str]] = {}
    for chapter in order:
        done, total = exercises.get(chapter, (0, 0))
        found = check.get(chapter)
        if total == 0 and found is None:
            continue
        if total > 0 and done >= total:
            status, because = SOLID, EXERCISES_DONE
        elif found == SOLID:
            status, because = SOLID, CHECK_SOLID
        elif found == SHAKY:
            status, because = SHAKY, CHECK_SHAKY
        elif done > 0:
            status, because = SHAKY, SOME_EXERCISES
        elif found == NOT_YET:
            status, because = NOT_YET, CHECK_NOT_YET
        else:
            status, because = NOT_YET, NOTHING_YET
        chapters[chapter] = {"status": status, "because": because}
    start = next((c for c in order if c in chapters and chapters[c]["status"] != SOLID), None)
    return {"chapters": chapters, "start": start}

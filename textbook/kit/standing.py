"""What a learner knows of each foundation chapter, and where to start.

Pure functions, the reference for the browser (``ff-readiness.js`` does the same, and a
test holds the two to identical results):

- :func:`readiness_result`: the readiness check alone (solid, shaky or not yet per chapter);
- :func:`foundation_standing`: the one model every surface shows (the foundation map, "Before
  you start", a chapter's progress and "Your path"), which combines the check with the
  exercises done;
- :func:`objective_standing`: the same three states for one objective, from the evidence of
  its exercises (their review history, ``textbook/kit/review.py``) and the check's questions.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from textbook.kit.kinds import Probe
from textbook.kit.review import days_between

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


# What the learner knows of one objective: the same three states, from the evidence of the
# exercises that assess it (their review history, textbook/kit/review.py) and, when no exercise
# has been answered, the readiness check's questions about it.
RECENT_DAYS = 35  # "recently": within the longest review interval
MISSED_ONE, RIGHT_AFTER_RETRY, RIGHT_RECENTLY, RIGHT_MORE_THAN_ONCE, RIGHT_LONG_AGO, NO_EVIDENCE = (
    "missed",
    "retry",
    "right-recently",
    "right-more-than-once",
    "right-long-ago",
    "no-evidence",
)


def objective_standing(
    exercises: Sequence[Sequence[Sequence[str]]], checked: Sequence[Sequence[str]], today: str
) -> dict[str, str]:
    """One objective's ``status`` and ``because``.

    ``exercises`` holds, for each scored exercise that assesses the objective, its history of
    ``(day, outcome)`` (``right``, ``retry`` or ``missed``; empty when never answered);
    ``checked`` the ``(day, outcome)`` of each readiness question about it that was answered.
    What the learner did in the exercises outweighs the check: the check counts only while no
    exercise about the objective has been answered. Each exercise (or question) counts by its
    latest outcome:

    - **shaky** when a latest outcome is missed, or right only after a retry;
    - **solid** when every latest outcome is right, and the newest is recent (within
      ``RECENT_DAYS``) or the objective was answered right more than once;
    - **shaky** too when it was right only once, long ago;
    - **not yet** with no evidence.
    """
    sources = [list(history) for history in exercises if history] or [[outcome] for outcome in checked]
    if not sources:
        return {"status": NOT_YET, "because": NO_EVIDENCE}
    latest = [history[-1] for history in sources]
    if any(outcome[1] == "missed" for outcome in latest):
        return {"status": SHAKY, "because": MISSED_ONE}
    if any(outcome[1] == "retry" for outcome in latest):
        return {"status": SHAKY, "because": RIGHT_AFTER_RETRY}
    newest = max(outcome[0] for outcome in latest)
    if days_between(newest, today) <= RECENT_DAYS:
        return {"status": SOLID, "because": RIGHT_RECENTLY}
    if sum(outcome[1] == "right" for history in sources for outcome in history) >= 2:
        return {"status": SOLID, "because": RIGHT_MORE_THAN_ONCE}
    return {"status": SHAKY, "because": RIGHT_LONG_AGO}

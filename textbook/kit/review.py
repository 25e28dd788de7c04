"""Spaced review: the one scheduler, the reference for the browser (``ff-review.js`` does the
same, and ``tests/kit/test_review_agreement.py`` runs both on generated histories).

Pure functions. The clock is an input: ``today`` is the learner's local date as ``YYYY-MM-DD``
(the browser reads it from its clock; tests move it). Days, not instants, because a review is
due on a day: an exercise done at 9 in the evening comes back the next day, not 24 hours later.

An exercise's review entry, kept in the learner's record under ``review``::

    {"hash": ..., "box": 1..5, "due": "YYYY-MM-DD", "last": "YYYY-MM-DD",
     "history": [["YYYY-MM-DD", "right" | "retry" | "missed"], ...]}

Leitner boxes: box ``n`` comes back ``INTERVALS[n - 1]`` days after it was answered. The first
answer of a day decides: right and due moves the exercise up a box; wrong moves it back to the
first box, due the next day. A right answer before the exercise is due is evidence, but keeps
the schedule as it is (the learner has just seen it). A later try the same day changes nothing
but the day's outcome: missed, then right, is "retry". The history of outcomes is the evidence
that :func:`textbook.kit.standing.objective_standing` reads.

Only *reviewable* exercises have entries: counted ones of a scored kind (a right answer exists).
Self-checks and reflections never come back as due.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from typing import Any

INTERVALS = (1, 3, 7, 16, 35)  # days, by box
SESSION_SIZE = 8  # exercises in one review session
HISTORY_KEPT = 12  # outcomes kept per exercise (the newest)
RIGHT, RETRY, MISSED = "right", "retry", "missed"

Entry = dict[str, Any]
Item = tuple[str, str, str]  # (exercise id, its chapter, its current hash), in the book's order


def add_days(day: str, days: int) -> str:
    """The date ``days`` after ``day`` (both ``YYYY-MM-DD``)."""
    return (date.fromisoformat(day) + timedelta(days=days)).isoformat()


def days_between(earlier: str, later: str) -> int:
    return (date.fromisoformat(later) - date.fromisoformat(earlier)).days


def enrolled(hash_: str, done: bool, day: str) -> Entry:
    """The entry of an exercise answered with no review history (a record from before review
    existed, an imported file, an LMS): in the first box, due the day after ``day``; done counts
    as right, not done as missed."""
    return {
        "hash": hash_,
        "box": 1,
        "due": add_days(day, INTERVALS[0]),
        "last": day,
        "history": [[day, RIGHT if done else MISSED]],
    }


def attempt(entry: Mapping[str, Any] | None, hash_: str, right: bool, today: str) -> Entry:
    """The entry after a conclusive answer (a check; a scenario's ending) on ``today``."""
    if entry is None or entry.get("hash") != hash_:
        return enrolled(hash_, right, today)
    history = [list(outcome) for outcome in entry["history"]]
    if today <= entry["last"]:  # a later try the same day: the first try decided
        if right and history and history[-1][1] == MISSED:
            history[-1] = [history[-1][0], RETRY]
        return {**entry, "history": history}
    history = [*history, [today, RIGHT if right else MISSED]][-HISTORY_KEPT:]
    box, due = entry["box"], entry["due"]
    if not right:
        box, due = 1, add_days(today, INTERVALS[0])
    elif today >= due:
        box = min(box + 1, len(INTERVALS))
        due = add_days(today, INTERVALS[box - 1])
    return {"hash": hash_, "box": box, "due": due, "last": today, "history": history}


def _current(review: Mapping[str, Mapping[str, Any]], item: Item) -> Mapping[str, Any] | None:
    entry = review.get(item[0])
    return entry if entry is not None and entry.get("hash") == item[2] else None


def due_now(review: Mapping[str, Mapping[str, Any]], items: Sequence[Item], today: str) -> list[str]:
    """Every exercise due on ``today`` (an entry of another version of an exercise is not)."""
    return [item[0] for item in items if (entry := _current(review, item)) is not None and entry["due"] <= today]


def session(
    review: Mapping[str, Mapping[str, Any]], items: Sequence[Item], today: str, size: int = SESSION_SIZE
) -> list[str]:
    """The exercises of one review session: at most ``size`` of those due, chapters mixed.

    Due exercises are sorted by due date (the longest due first), then by the book's order.
    Chapters take turns, each chapter's turn coming in the order of its longest-due exercise, so
    a session mixes chapters and never leaves the oldest behind."""
    due = sorted(
        (entry["due"], position, item[0], item[1])
        for position, item in enumerate(items)
        if (entry := _current(review, item)) is not None and entry["due"] <= today
    )
    queues: dict[str, list[str]] = {}
    for _, _, ident, chapter in due:
        queues.setdefault(chapter, []).append(ident)
    chosen: list[str] = []
    while len(chosen) < size and any(queues.values()):
        for queue in queues.values():
            if queue and len(chosen) < size:
                chosen.append(queue.pop(0))
    return chosen


def next_due(review: Mapping[str, Mapping[str, Any]], items: Sequence[Item], today: str) -> str | None:
    """The earliest day after ``today`` on which an exercise is due (None when none is)."""
    days = [entry["due"] for item in items if (entry := _current(review, item)) is not None and entry["due"] > today]
    return min(days) if days else None

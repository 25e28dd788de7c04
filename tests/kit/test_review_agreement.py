"""The one scheduler in two languages: textbook/kit/review.py and ff-review.js (with the
objectives' standing of textbook/kit/standing.py and ff-readiness.js) agree on generated
histories of answers over moved clocks; and the Python reference keeps its promises."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import ROOT
from tests.support.node import NODE, run_in_node
from textbook.kit import review
from textbook.kit.review import INTERVALS, MISSED, RETRY, RIGHT, add_days, attempt, next_due, session
from textbook.kit.standing import NOT_YET, SHAKY, SOLID, objective_standing

STATIC = ROOT / "textbook/sphinx_ext/static"
START = "2025-01-28"  # a month's end and a leap day come up within the generated days

# Replays each history in Node.js, as replay() below does in Python.
RUNNER = """
const R = require(process.argv[1] + "/ff-review.js");
const S = require(process.argv[1] + "/ff-readiness.js");
let input = "";
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", () => {
  const out = JSON.parse(input).map((c) => {
    if (c.objective) return S.objectiveStanding(c.objective.exercises, c.objective.checked, c.objective.today);
    const state = {};
    let today = c.start;
    return c.events.map(([advance, index, right, size]) => {
      today = R.addDays(today, advance);
      const item = c.items[index];
      if (right !== null) state[item[0]] = R.attempt(state[item[0]] || null, item[2], right, today);
      return {
        today, state: JSON.parse(JSON.stringify(state)), session: R.session(state, c.items, today, size),
        due: R.dueNow(state, c.items, today), next: R.nextDue(state, c.items, today)
      };
    });
  });
  process.stdout.write(JSON.stringify(out));
});
"""

ITEMS = [
    ["orientation-a", "orientation", "h1"],
    ["orientation-b", "orientation", "h2"],
    ["history-a", "history", "h3"],
    ["history-b", "history", "h4"],
    ["models-a", "models", "h5"],
    ["models-b", "models", "h6"],
]
# (days the clock moves, which exercise, the answer: right, wrong or none, the session's size)
EVENT = st.tuples(
    st.sampled_from([0, 0, 0, 1, 1, 2, 3, 5, 7, 16, 30, 40, 400]),
    st.integers(0, len(ITEMS) - 1),
    st.one_of(st.booleans(), st.none()),
    st.integers(0, 10),
)


def replay(items: list[list[str]], start: str, events: list[tuple[int, int, bool | None, int]]) -> list[dict]:
    state: dict[str, Any] = {}
    today = start
    out = []
    for advance, index, right, size in events:
        today = add_days(today, advance)
        ident, _, hash_ = items[index]
        if right is not None:
            state[ident] = attempt(state.get(ident), hash_, right, today)
        entries = json.loads(json.dumps(state))
        out.append(
            {
                "today": today,
                "state": entries,
                "session": session(state, [tuple(i) for i in items], today, size),
                "due": review.due_now(state, [tuple(i) for i in items], today),
                "next": next_due(state, [tuple(i) for i in items], today),
            }
        )
    return out


def in_node(cases: list[dict]) -> list:
    return run_in_node(["-e", RUNNER, str(STATIC)], cases)


@pytest.mark.skipif(NODE is None, reason="Node.js is needed to run the browser runtime")
@settings(max_examples=10, deadline=None)
@given(
    histories=st.lists(st.lists(EVENT, min_size=1, max_size=40), min_size=20, max_size=20),
    changed=st.sets(st.integers(0, len(ITEMS) - 1)),
)
def test_python_and_browser_schedule_alike(histories: list[list], changed: set[int]) -> None:
    """Generated histories (answers right and wrong, several a day, clocks moved by days,
    months and a year) give the same entries, sessions, due lists and next dates; part way, some
    exercises are edited (a new hash), which starts them afresh."""
    cases = []
    for events in histories:
        cases.append({"items": ITEMS, "start": START, "events": events})
        edited = [[i, c, h + "x" if n in changed else h] for n, (i, c, h) in enumerate(ITEMS)]
        cases.append({"items": edited, "start": START, "events": events})
    expected = [replay(c["items"], c["start"], c["events"]) for c in cases]
    assert in_node(cases) == expected


DAY = st.integers(0, 800).map(lambda n: add_days("2024-01-01", n))
OUTCOME = st.tuples(DAY, st.sampled_from([RIGHT, RETRY, MISSED])).map(list)


@pytest.mark.skipif(NODE is None, reason="Node.js is needed to run the browser runtime")
@settings(max_examples=10, deadline=None)
@given(
    cases=st.lists(
        st.fixed_dictionaries(
            {
                "exercises": st.lists(st.lists(OUTCOME, max_size=4), max_size=3),
                "checked": st.lists(st.tuples(DAY, st.sampled_from([RIGHT, MISSED])).map(list), max_size=3),
                "today": DAY,
            }
        ),
        min_size=40,
        max_size=40,
    )
)
def test_python_and_browser_judge_objectives_alike(cases: list[dict]) -> None:
    expected = [objective_standing(c["exercises"], c["checked"], c["today"]) for c in cases]
    assert in_node([{"objective": c} for c in cases]) == expected


def test_right_first_try_moves_up_and_wrong_goes_back_to_the_first_box() -> None:
    day = "2025-03-01"
    entry = attempt(None, "h", True, day)
    assert (entry["box"], entry["due"]) == (1, "2025-03-02")
    for box, interval in enumerate(INTERVALS[1:], start=2):
        day = entry["due"]
        entry = attempt(entry, "h", True, day)
        assert (entry["box"], entry["due"]) == (box, add_days(day, interval))
    entry = attempt(entry, "h", True, entry["due"])
    assert entry["box"] == len(INTERVALS)  # the last box keeps its interval
    entry = attempt(entry, "h", False, entry["due"])
    assert (entry["box"], entry["due"], entry["history"][-1][1]) == (1, add_days(entry["last"], 1), MISSED)


def test_only_the_first_try_of_a_day_moves_the_box() -> None:
    entry = attempt(None, "h", True, "2025-03-01")
    wrong = attempt(entry, "h", False, "2025-03-02")
    again = attempt(wrong, "h", True, "2025-03-02")
    assert (again["box"], again["due"], again["history"][-1]) == (1, "2025-03-03", ["2025-03-02", RETRY])
    early = attempt(again, "h", True, "2025-03-02")
    assert early == again


def test_an_early_right_answer_keeps_the_schedule() -> None:
    entry = attempt(attempt(None, "h", True, "2025-03-01"), "h", True, "2025-03-02")  # box 2, due on the 5th
    early = attempt(entry, "h", True, "2025-03-03")
    assert (early["box"], early["due"], len(early["history"])) == (2, "2025-03-05", 3)


def test_a_session_mixes_chapters_longest_due_first() -> None:
    items = [tuple(i) for i in ITEMS]
    state = {
        "orientation-a": {"hash": "h1", "box": 1, "due": "2025-01-05", "last": "2025-01-04", "history": []},
        "orientation-b": {"hash": "h2", "box": 1, "due": "2025-01-02", "last": "2025-01-01", "history": []},
        "history-a": {"hash": "h3", "box": 1, "due": "2025-01-03", "last": "2025-01-02", "history": []},
        "history-b": {"hash": "h4", "box": 1, "due": "2025-01-01", "last": "2024-12-31", "history": []},
        "models-a": {"hash": "h5", "box": 1, "due": "2025-02-01", "last": "2025-01-31", "history": []},
        "models-b": {"hash": "old", "box": 1, "due": "2025-01-01", "last": "2024-12-31", "history": []},
    }
    assert session(state, items, "2025-01-10") == ["history-b", "orientation-b", "history-a", "orientation-a"]
    assert session(state, items, "2025-01-10", size=2) == ["history-b", "orientation-b"]
    assert session(state, items, "2024-12-31") == []
    assert next_due(state, items, "2025-01-10") == "2025-02-01"


def test_objective_states() -> None:
    today = "2025-06-01"
    assert objective_standing([], [], today)["status"] == NOT_YET
    assert objective_standing([[], []], [], today)["status"] == NOT_YET
    assert objective_standing([[["2025-05-30", RIGHT]]], [], today) == {"status": SOLID, "because": "right-recently"}
    assert objective_standing([[["2025-05-30", RETRY]]], [], today)["status"] == SHAKY
    assert objective_standing([[["2025-05-30", RIGHT]], [["2025-05-31", MISSED]]], [], today)["status"] == SHAKY
    old = [["2025-01-01", RIGHT]]
    assert objective_standing([old], [], today) == {"status": SHAKY, "because": "right-long-ago"}
    assert objective_standing([[["2024-12-01", RIGHT], *old]], [], today)["because"] == "right-more-than-once"
    # the readiness check counts only until an exercise about the objective is answered
    assert objective_standing([], [["2025-05-30", MISSED]], today)["status"] == SHAKY
    assert objective_standing([[["2025-05-31", RIGHT]]], [["2025-05-30", MISSED]], today)["status"] == SOLID

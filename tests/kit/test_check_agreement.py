"""The browser runtime (ff-check.js, run in Node.js) and the Python reference agree on every
response, valid or not, for every kind: hypothesis generates the responses."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import ROOT, TESTS, path_to_ending
from tests.support.node import NODE, run_in_node
from textbook.kit import KINDS
from textbook.kit.kinds import Exercise, ResponseError
from textbook.kit.loader import load_exercise_module, load_exercises
from textbook.kit.markup import inline_tokens
from textbook.kit.presentation import display_order, step_key

RUNNER = TESTS / "support" / "run_check.js"
pytestmark = pytest.mark.skipif(NODE is None, reason="Node.js is needed to run the browser runtime's semantics")


def all_exercises() -> list[Exercise]:
    good, problems = load_exercise_module(TESTS / "kit_fixtures" / "good_kinds.py")
    assert problems == []
    book = load_exercises(ROOT / "exercises")
    assert book.problems == []
    return [loaded.exercise for loaded in good + book.exercises]


EXERCISES = all_exercises()
INDEX = st.integers(min_value=-2, max_value=9)
NOISE = st.one_of(st.none(), st.booleans(), st.text(max_size=3), INDEX, st.lists(INDEX, max_size=3))
WHITESPACE_TEXT = st.text(
    alphabet=st.sampled_from([*"ab c\t\n\r\x0b\x0c", "\u00a0", "\u2003", "\ufeff", "\u3000", "é", "\x1c"]), max_size=40
)


def responses_for(exercise: Exercise) -> st.SearchStrategy[Any]:
    """Plausible and implausible responses for one exercise."""
    kind = exercise.kind
    if kind == "single-choice":
        valid = st.integers(0, len(exercise.options) - 1)
    elif kind == "multiple-select":
        valid = st.lists(st.integers(0, len(exercise.options) - 1), unique=True)
    elif kind == "ordering":
        valid = st.permutations(list(range(len(exercise.items))))
    elif kind == "matching":
        size = len(exercise.pairs)
        valid = st.lists(st.integers(0, len(exercise.rights) - 1), min_size=size, max_size=size)
    elif kind == "scenario":
        valid = st.lists(st.integers(0, 3), max_size=8)
    elif kind == "self-check":
        size = len(exercise.items)
        valid = st.lists(st.integers(0, len(exercise.scale) - 1), min_size=size, max_size=size)
    else:
        valid = st.fixed_dictionaries(
            {"text": WHITESPACE_TEXT, "ticked": st.lists(st.integers(0, len(exercise.checklist) - 1), unique=True)}
        )
    return st.one_of(valid, valid, valid, NOISE, st.lists(INDEX, max_size=10))


def python_result(exercise: Exercise, response: Any) -> Any:
    """The result of a response and whether it completes the exercise, as the runner reports them."""
    try:
        result = exercise.check(response)
    except ResponseError:
        return {"result": {"error": True}, "done": None}
    return {"result": result, "done": exercise.completes(result)}


def run_node(items: list[dict[str, Any]]) -> list[Any]:
    return run_in_node([str(RUNNER)], items)


@pytest.mark.parametrize("exercise", EXERCISES, ids=[e.id for e in EXERCISES])
@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.data_too_large, HealthCheck.too_slow])
@given(data=st.data())
def test_python_and_browser_agree(exercise: Exercise, data: st.DataObject) -> None:
    responses = data.draw(st.lists(responses_for(exercise), min_size=40, max_size=80))
    # JSON is how a response travels from the browser: compare after the same round trip
    responses = json.loads(json.dumps(responses))
    expected = [json.loads(json.dumps(python_result(exercise, response))) for response in responses]
    actual = run_node([{"exercise": exercise.data(), "response": response} for response in responses])
    for response, want, got in zip(responses, expected, actual, strict=True):
        assert got == want, f"{exercise.id}: response {response!r}"


def test_a_scenario_is_done_only_at_a_best_ending() -> None:
    """A poor ending shows its lesson, but does not count as done (in Python and in the browser)."""
    scenarios = [e for e in EXERCISES if e.kind == "scenario"]
    items, expected = [], []
    for scenario in scenarios:
        for ending in (True, False):
            path = path_to_ending(scenario.data(), best=ending)
            if path is None:
                continue
            items.append({"exercise": scenario.data(), "response": path})
            expected.append({"result": json.loads(json.dumps(scenario.check(path))), "done": ending})
    assert any(not e["done"] for e in expected) and any(e["done"] for e in expected)
    assert [entry["done"] for entry in expected] == [e["result"]["correct"] for e in expected]
    assert run_node(items) == expected


def test_every_kind_is_compared() -> None:
    assert {e.kind for e in EXERCISES} == set(KINDS)


@settings(max_examples=5, deadline=None)
@given(
    texts=st.lists(
        st.lists(st.sampled_from([*"ab *`[]()<>:/é\n", "**", "](", "http", "javascript:", "mailto:"]), max_size=30).map(
            "".join
        ),
        min_size=50,
        max_size=50,
    )
)
def test_inline_markup_agrees(texts: list[str]) -> None:
    expected = [[list(token) for token in inline_tokens(text)] for text in texts]
    assert run_node([{"inline": text} for text in texts]) == expected


def test_every_display_order_agrees() -> None:
    """One permutation in two languages: every id and scenario step of the book and the kit
    fixtures, and many made-up keys (non-ASCII included), at every size that is shown."""
    keys = [e.id for e in EXERCISES] + [
        step_key(e.id, s.id) for e in EXERCISES if e.kind == "scenario" for s in e.steps
    ]
    keys += [f"item-{n}" for n in range(300)] + ["", "é", "caf\u00e9-\u4e2d\u6587", "\U0001f600 emoji", "a/b"]
    items = [
        {"order": key, "size": size, "never_identity": never}
        for key in keys
        for size in (0, 1, 2, 3, 4, 5, 7, 12)
        for never in (False, True)
    ]
    expected = [display_order(i["order"], i["size"], never_identity=i["never_identity"]) for i in items]
    assert run_node(items) == expected


@settings(max_examples=5, deadline=None)
@given(keys=st.lists(st.text(max_size=20), min_size=50, max_size=50), size=st.integers(0, 9))
def test_display_orders_agree_on_any_key(keys: list[str], size: int) -> None:
    keys = [key.encode("utf-8", "replace").decode("utf-8") for key in keys]  # text the browser can hold
    items = [{"order": key, "size": size, "never_identity": False} for key in keys]
    assert run_node(items) == [display_order(key, size) for key in keys]

"""`stats --items` (issue #18): the figures of a test-wise reader, on items whose numbers are
known by hand."""

from __future__ import annotations

import pytest

from tests.conftest import FIXTURES, TESTS, run_textbook
from textbook.commands.stats import book_item_stats, format_items_table, item_stats
from textbook.kit import Option, SingleChoice
from textbook.kit.items import choice_items, cued, decision_keys
from textbook.kit.loader import load_exercise_module
from textbook.kit.presentation import option_order
from textbook.model.spine import load_spine


def _single(*texts: str, key: int = 0, shuffle: bool = True) -> SingleChoice:
    options = [Option(text=t, correct=i == key, feedback="Why.") for i, t in enumerate(texts)]
    return SingleChoice(id="s", objectives=["o"], prompt="Which?", options=options, shuffle=shuffle)


def test_the_readers_of_one_item() -> None:
    item = choice_items(_single("Ask first", "Refuse, since it is the rule", "Always take it", "Wait"))[0]
    assert item.lengths == (2, 6, 3, 1)
    assert not item.key_longest() and item.key_ratio() == pytest.approx(2 / (10 / 3))
    assert item.longest_reader() == 0.0  # picks the reason clause, which is wrong
    assert item.cue_reader() == 0.5  # keeps "Ask first" and "Wait"
    assert item.chance() == 0.25
    assert cued("You must") and cued("so that they can") and not cued("Ask them what they need")
    # a justification in another form: a purpose clause, a result clause, a second sentence
    assert cued("Call the office, to warn the next worker") and cued("Sit with him, so he calms down")
    assert cued("Call his brother. He is nervous, and a familiar voice might settle him.")
    assert not cued("Ask Dr. Singh what the plan says") and not cued("Say: “Take your time.”")


def test_ties_and_all_cued_items_split_the_readers_chances() -> None:
    tied = choice_items(_single("Ask them now", "Tell them now", "Leave it"))[0]
    assert tied.longest_reader() == 0.5 and not tied.key_longest()
    everything_cued = choice_items(_single("Never ask", "Always tell", "Only leave"))[0]
    assert everything_cued.cue_reader() == pytest.approx(1 / 3)  # nothing left to discard


def test_key_position_follows_the_seeded_order_or_the_authors() -> None:
    shuffled = _single("A", "B", "C", "D", key=2)
    assert choice_items(shuffled)[0].shown_position() == option_order(shuffled).index(2)
    kept = _single("A", "B", "C", "D", key=2, shuffle=False)
    assert choice_items(kept)[0].shown_position() == 2


@pytest.fixture
def good_scenario():
    exercises, _ = load_exercise_module(TESTS / "kit_fixtures" / "good_kinds.py")
    return next(e.exercise for e in exercises if e.exercise.kind == "scenario")


def test_a_scenario_step_is_an_item_whose_key_keeps_the_best_ending_closest(good_scenario) -> None:
    assert decision_keys(good_scenario) == {"begin": frozenset({0}), "listened": frozenset({0})}
    items = choice_items(good_scenario)
    assert [(i.step, i.key, i.loc) for i in items] == [
        ("begin", 0, ("steps", 0, "choices")),
        ("listened", 0, ("steps", 1, "choices")),
    ]


def test_the_figures_of_a_fixture_book() -> None:
    rows = {row.id: row for row in book_item_stats(load_spine(FIXTURES / "item-key-longest"))}
    first = rows["first"]
    assert (first.single, first.key_longest) == (3, 3)
    assert first.key_ratio == pytest.approx(4 / 3)
    assert (first.longest_reader, first.cue_reader, first.chance) == (1.0, 0.25, 0.25)
    assert rows["book"].single == 3 and list(rows) == ["first", "book"]
    sound = {row.id: row for row in book_item_stats(load_spine(FIXTURES / "items-sound"))}["first"]
    assert (sound.selects, sound.select_options, sound.select_correct) == (2, 10, 5)
    assert (sound.single, sound.key_longest) == (4, 2)


def test_an_empty_set_prints_dashes() -> None:
    row = item_stats("none", [])
    assert row.key_ratio is None
    assert format_items_table([row]).splitlines()[1].split()[:3] == ["none", "0", "-"]


def test_stats_items_command() -> None:
    result = run_textbook("--root", str(FIXTURES / "item-key-longest"), "stats", "--items")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split()[:3] == ["module", "items", "longest"]
    assert lines[1].split()[:6] == ["first", "3", "100%", "1.33", "100%", "25%"]
    assert lines[2].startswith("book ")

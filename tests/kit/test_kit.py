"""The exercise kit: validation of every kind (good and bad fixture modules), the loader's
refusal of code, and the reference semantics of check()."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from tests.conftest import TESTS
from textbook.kit import KINDS
from textbook.kit.kinds import ResponseError
from textbook.kit.loader import load_exercise_module
from textbook.kit.markup import inline_tokens, is_safe_url
from textbook.kit.presentation import (
    answer_lines,
    browser_data,
    choice_order,
    display_order,
    option_order,
    question_lines,
    rights_order,
    script_json,
)

FIXTURES = TESTS / "kit_fixtures"


def load(name: str):
    return load_exercise_module(FIXTURES / f"{name}.py")


@pytest.fixture(scope="module")
def good():
    exercises, problems = load("good_kinds")
    assert problems == []
    return {loaded.exercise.kind: loaded.exercise for loaded in exercises}


def test_good_module_has_every_kind_with_its_line(good) -> None:
    exercises, _ = load("good_kinds")
    assert sorted(good) == sorted(KINDS)
    assert [loaded.line for loaded in exercises] == [20, 30, 40, 47, 59, 90, 106]


BAD = [
    (19, "SingleChoice 'two-correct': a single-choice exercise needs exactly one correct option (it has 2)"),
    (25, "SingleChoice 'none-correct': a single-choice exercise needs exactly one correct option (it has 0)"),
    (
        31,
        "MultipleSelect 'all-correct': a multiple-select exercise needs at least one correct and one incorrect option",
    ),
    (43, "Option: missing argument 'feedback'"),
    (46, "Ordering 'too-few': 'items' list should have at least 3 items after validation, not 2"),
    (47, "Ordering 'repeated': duplicate item: 'a'"),
    (48, "Matching 'same-right': duplicate right side: 'x'"),
    (55, "Scenario 'unreachable': steps not reachable from the start: island"),
    (66, "Scenario 'endless': paths from these steps never reach an ending: b"),
    (81, "Scenario 'nowhere': step 'a' has a choice leading to 'missing', which is not a step"),
    (91, "Scenario 'no-debrief': step 'b' is an ending and needs a debrief"),
    (101, "Scenario 'no-best': mark at least one ending best=True: the practice the chapter teaches"),
    (111, "SelfCheck 'gap': score 1 falls in no band"),
    (119, "SelfCheck 'overlap': band 'high' overlaps the band before it (starts at 2, expected 3)"),
    (127, "SelfCheck 'short': the bands must end at the highest possible score, 3 (they end at 2)"),
    (136, "SingleChoice 'Not A Slug': 'id' must be an id in lowercase letters, digits and hyphens (got 'Not A Slug')"),
    (137, "SingleChoice 'Not A Slug': 'objectives' list should have at least 1 item after validation, not 0"),
    (141, "SingleChoice 'typo': missing argument 'options'"),
    (
        141,
        "SingleChoice 'typo': unknown argument 'option' (allowed: id, title, objectives, prompt, counts, options, shuffle)",
    ),
    (142, "Scenario 'two-best': step 'a' marks more than one choice best=True: mark the one the chapter teaches"),
]


def test_every_validation_rule_fails_at_its_definition() -> None:
    exercises, problems = load("bad_kinds")
    assert exercises == []
    assert [(p.line, p.message) for p in problems] == BAD
    assert all(p.path == FIXTURES / "bad_kinds.py" for p in problems)


def test_code_in_a_module_is_refused_and_never_run(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)  # the module would create HOSTILE_RAN here if it ran
    exercises, problems = load("hostile_code")
    assert exercises == []
    assert [(p.line, p.message.split(" (")[0]) for p in problems] == [
        (3, "not allowed in an exercise module: an import"),
        (4, "not allowed in an exercise module: an import from outside the kit"),
        (8, "not allowed in an exercise module: an expression statement"),
        (11, "not allowed in an exercise module: a function definition"),
        (19, "not allowed in an exercise module: an f-string"),
        (21, "not allowed in an exercise module: an operation"),
        (
            21,
            "call to `open('/etc/passwd').read` is not allowed: only kit constructors imported from textbook.kit may be called",
        ),
        (22, "not allowed in an exercise module: an attribute"),
        (23, "Option(...) takes named arguments only, such as Option(text=..., ...)"),
        (24, "Option(...) takes named arguments only, such as Option(text=..., ...)"),
    ]
    assert not (tmp_path / "HOSTILE_RAN").exists()


def test_syntax_error_is_a_located_problem(tmp_path: Path) -> None:
    module = tmp_path / "broken.py"
    module.write_text('"""Doc."""\n\nEXERCISES = [\n    SingleChoice(id="x",\n]\n', encoding="utf-8")
    exercises, problems = load_exercise_module(module)
    assert exercises == [] and len(problems) == 1
    assert problems[0].line in (4, 5) and problems[0].message.startswith("not valid Python:")


def test_empty_module_is_reported(tmp_path: Path) -> None:
    module = tmp_path / "empty.py"
    module.write_text('"""Nothing here."""\n', encoding="utf-8")
    assert [(p.line, p.message) for p in load_exercise_module(module)[1]] == [
        (1, "no `EXERCISES = [...]` in this module")
    ]


def test_single_choice(good) -> None:
    exercise = good["single-choice"]
    assert exercise.check(0) == {"correct": True, "feedback": ["Yes, because it is right."]}
    assert exercise.check(2) == {"correct": False, "feedback": ["No: this one is wrong too."]}


def test_multiple_select(good) -> None:
    exercise = good["multiple-select"]
    assert exercise.check([1, 0])["correct"] is True
    result = exercise.check([0, 2])
    assert result == {"correct": False, "feedback": ["Yes: right one.", "No: wrong one."], "missed": 1, "wrong": 1}


def test_ordering_and_matching(good) -> None:
    assert good["ordering"].check([0, 1, 2, 3]) == {"correct": True, "rows": [True] * 4}
    assert good["ordering"].check([1, 0, 2, 3]) == {"correct": False, "rows": [False, False, True, True]}
    assert good["matching"].check([0, 2, 2]) == {"correct": False, "rows": [True, False, True]}


def test_scenario_walks_step_by_step(good) -> None:
    exercise = good["scenario"]
    assert exercise.check([]) == {"step": "begin", "ended": False, "correct": None, "consequences": [], "debrief": None}
    best = exercise.check([0, 0])
    assert best["ended"] and best["correct"] is True and best["consequences"] == ["They feel heard.", "They choose."]
    assert exercise.check([1])["correct"] is False
    assert exercise.check([0, 1, 1])["debrief"] == "Quick, but they had no say."  # a loop back to the start
    with pytest.raises(ResponseError):
        exercise.check([1, 0])  # past an ending


def test_self_check_scores_reverse_items_into_bands(good) -> None:
    exercise = good["self-check"]
    assert exercise.check([3, 3, 0]) == {"score": 9, "max": 9, "band": "Ready", "meaning": "Move on.", "revisit": []}
    assert exercise.check([0, 0, 3])["band"] == "Starting out"
    assert exercise.check([2, 2, 2])["score"] == 5


def test_self_check_lists_the_statements_to_look_at_again(good) -> None:
    """Items in the half of the scale that asks for attention (low by default; reverse items
    are turned round first); with attention="high", the other half."""
    exercise = good["self-check"]
    assert exercise.check([0, 1, 3])["revisit"] == [0, 1, 2]  # the third is reversed: 3 means 0
    assert exercise.check([2, 3, 1])["revisit"] == []
    strain = exercise.model_copy(update={"attention": "high"})
    assert strain.check([0, 1, 3])["revisit"] == []
    assert strain.check([2, 3, 0])["revisit"] == [0, 1, 2]
    assert strain.fingerprint() == exercise.fingerprint()  # presentation, not what is scored


def test_reflection_counts_words(good) -> None:
    exercise = good["reflection"]
    assert exercise.check({"text": "one two three four", "ticked": []}) == {"complete": False, "words": 4, "ticked": 0}
    assert exercise.check({"text": " one\ttwo\nthree four five ", "ticked": [1, 0]}) == {
        "complete": True,
        "words": 5,
        "ticked": 2,
    }


@pytest.mark.parametrize(
    ("kind", "response"),
    [
        ("single-choice", 3),
        ("single-choice", True),
        ("single-choice", "0"),
        ("multiple-select", [0, 0]),
        ("ordering", [0, 1, 2]),
        ("matching", [0, 1]),
        ("self-check", [0, 4, 0]),
        ("reflection", {"text": 5}),
        ("scenario", "0"),
    ],
)
def test_bad_responses_are_refused(good, kind: str, response) -> None:
    with pytest.raises(ResponseError):
        good[kind].check(response)


def test_fingerprint_changes_only_with_the_exercise(good) -> None:
    exercise = good["single-choice"]
    assert exercise.fingerprint() == exercise.model_copy().fingerprint()
    edited = exercise.model_copy(update={"prompt": "Pick the right answer."})
    assert edited.fingerprint() != exercise.fingerprint()


def test_display_order_is_fixed_and_never_the_answer() -> None:
    for size in range(2, 9):
        order = display_order(f"exercise-{size}", size, never_identity=True)
        assert sorted(order) == list(range(size)) and order != list(range(size))
        assert order == display_order(f"exercise-{size}", size, never_identity=True)


def test_display_order_puts_each_option_first_about_equally_often() -> None:
    """Over many ids, a key written first is shown first about once in four, as chance says."""
    firsts = Counter(display_order(f"item-{n}", 4)[0] for n in range(4000))
    assert all(850 < firsts[i] < 1150 for i in range(4)), firsts
    assert all(sorted(display_order(f"x{n}", 5)) == list(range(5)) for n in range(200))


def test_browser_json_cannot_close_its_script_tag(good) -> None:
    data = browser_data(good["ordering"]) | {"prompt": "</script><script>alert(1)</script> & <!--"}
    text = script_json(data)
    assert "<" not in text and ">" not in text and "&" not in text
    assert "order" in browser_data(good["ordering"])


def test_inline_markup_tokens() -> None:
    assert inline_tokens("a *b* **c** `d` [e](https://x.org) [f](javascript:alert) <i>") == [
        ("text", "a ", ""),
        ("em", "b", ""),
        ("text", " ", ""),
        ("strong", "c", ""),
        ("text", " ", ""),
        ("code", "d", ""),
        ("text", " ", ""),
        ("link", "e", "https://x.org"),
        ("text", " ", ""),
        ("text", "f", ""),
        ("text", " <i>", ""),
    ]
    assert [is_safe_url(u) for u in ["https://a", "mailto:a@b", "../a", "#x", "JavaScript:x", "data:x"]] == [
        True,
        True,
        True,
        True,
        False,
        False,
    ]


# --- seeded shuffle, extra matching choices, confidence ratings (issue #18) ---------------------


def test_options_are_shown_in_the_seeded_order_unless_the_author_keeps_them(good) -> None:
    single = good["single-choice"]
    assert browser_data(single)["order"] == option_order(single) == display_order(single.id, 3)
    assert question_lines(single) == [single.options[i].text for i in option_order(single)]
    kept = single.model_copy(update={"shuffle": False})
    assert browser_data(kept)["order"] == [0, 1, 2]
    assert question_lines(kept) == [o.text for o in single.options]
    assert browser_data(kept)["shuffle"] is False and "shuffle" not in single.data()
    scenario = good["scenario"]
    orders = browser_data(scenario)["orders"]
    assert orders["begin"] == choice_order(scenario, "begin") == display_order("good-scenario/begin", 2)
    assert set(orders) == {step.id for step in scenario.steps if step.choices}


def test_display_order_and_shuffle_never_change_the_fingerprint(good) -> None:
    """Order is presentation: responses are indices in the author's order, so neither the order
    shown nor the author's shuffle=False resets a learner's progress."""
    for kind in ("single-choice", "multiple-select", "scenario"):
        exercise = good[kind]
        kept = exercise.model_copy(update={"shuffle": False})
        assert kept.fingerprint() == exercise.fingerprint()
        assert "order" not in exercise.data() and "orders" not in exercise.data()


def test_fields_at_their_default_leave_the_data_and_fingerprint_as_before(good) -> None:
    """Exercises written before shuffle, extras and confidence existed keep their data."""
    matching = good["matching"].model_copy(update={"extras": []})
    assert "extras" not in matching.data()
    assert "confidence" not in good["self-check"].data()
    with_extra = good["matching"]
    assert with_extra.extras and with_extra.fingerprint() != matching.fingerprint()  # what is asked changed


def test_matching_extras_are_choices_that_match_nothing(good) -> None:
    matching = good["matching"]
    extra = len(matching.pairs)  # the first extra's index
    assert matching.rights[extra] == "The last letter"
    assert matching.check([0, 1, 2]) == {"correct": True, "rows": [True, True, True]}
    assert matching.check([extra, 1, 2]) == {"correct": False, "rows": [False, True, True]}
    with pytest.raises(ResponseError):
        matching.check([extra + 1, 1, 2])
    order = rights_order(matching)
    assert sorted(order) == list(range(len(matching.rights))) == sorted(browser_data(matching)["order"])
    assert all("The last letter" in line for line in question_lines(matching))
    assert "Matches nothing: The last letter" in answer_lines(matching)
    with pytest.raises(ValueError, match="duplicate right side"):
        matching.model_copy().model_validate({**matching.model_dump(), "extras": ["The first letter"]})


def test_a_confidence_rating_completes_nothing(good) -> None:
    rating = good["self-check"].model_copy(update={"confidence": True})
    assert good["self-check"].completes_chapter and not rating.completes_chapter
    assert rating.fingerprint() == good["self-check"].fingerprint()  # marking it resets no one
    assert not good["single-choice"].model_copy(update={"counts": False}).completes_chapter

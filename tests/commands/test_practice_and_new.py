"""`new` scaffolds content that passes check; `practice` runs exercises in the terminal."""

from __future__ import annotations

import io

import pytest

from tests.conftest import TESTS, run_textbook
from textbook.commands.practice import Session
from textbook.kit import kinds
from textbook.kit.loader import load_exercise_module
from textbook.kit.presentation import choice_order, items_order, option_order, rights_order

KINDS = list(kinds.KINDS)  # from the kit, never written out here


@pytest.fixture(scope="module")
def good():
    exercises, _ = load_exercise_module(TESTS / "kit_fixtures" / "good_kinds.py")
    return {loaded.exercise.kind: loaded.exercise for loaded in exercises}


def practise(exercise, answers: str) -> tuple[int, str]:
    out = io.StringIO()
    done = Session(io.StringIO(answers), out).run([exercise])
    return done, out.getvalue()


def right_order(exercise) -> str:
    if exercise.kind == "ordering":
        shown = items_order(exercise)
        return " ".join(str(shown.index(i) + 1) for i in range(len(shown)))
    shown = rights_order(exercise)
    return "\n".join(str(shown.index(i) + 1) for i in range(len(exercise.pairs)))


def shown(exercise, *indices: int, step: str | None = None) -> str:
    """The numbers practice shows for options (or a step's choices) given in the author's order."""
    order = choice_order(exercise, step) if step else option_order(exercise)
    return ", ".join(str(order.index(i) + 1) for i in indices)


def test_practice_every_kind_right(good) -> None:
    answers = {
        "single-choice": shown(good["single-choice"], 0) + "\n",
        "multiple-select": shown(good["multiple-select"], 0, 1) + "\n",
        "ordering": right_order(good["ordering"]) + "\n",
        "matching": right_order(good["matching"]) + "\n",
        "scenario": shown(good["scenario"], 0, step="begin")
        + "\n"
        + shown(good["scenario"], 0, step="listened")
        + "\n",
        "self-check": "4\n4\n1\n",
        "reflection": "I learned to listen before acting\n\n",
    }
    for kind, answer in answers.items():
        done, output = practise(good[kind], answer)
        assert done == 1, (kind, output)
        assert "Completed 1 of 1." in output
    assert "Score 9 of 9: Ready." in practise(good["self-check"], answers["self-check"])[1]
    assert "For reflection, not a diagnostic tool." in practise(good["self-check"], answers["self-check"])[1]


def test_practice_gives_feedback_for_wrong_answers_and_reprompts_bad_input(good) -> None:
    done, output = practise(good["single-choice"], "9\nx\n" + shown(good["single-choice"], 1) + "\n")
    assert done == 0
    assert output.count("Please type a number from 1 to 3") == 2
    assert "Not quite. No, because it is wrong." in output
    done, output = practise(good["scenario"], shown(good["scenario"], 1, step="begin") + "\n")
    assert done == 1 and "They feel sidelined." in output and "not the best path" in output


def test_practice_stops_on_q_or_end_of_input(good) -> None:
    assert "Stopped." in practise(good["single-choice"], "q\n")[1]
    assert "Stopped." in practise(good["ordering"], "")[1]


def test_practice_command(fixture_book) -> None:
    book = fixture_book("valid")
    result = run_textbook("practice", "first", cwd=book)
    assert result.returncode == 0  # stdin is empty: it stops cleanly
    assert "What is alpha?" in result.stdout and "Stopped." in result.stdout
    unknown = run_textbook("practice", "nowhere", cwd=book)
    assert unknown.returncode == 1 and "no chapter, card or exercise 'nowhere'" in unknown.stderr


def test_new_chapter_card_and_every_kind_pass_check(fixture_book) -> None:
    book = fixture_book("valid")
    assert run_textbook("new", "chapter", "third", "--title", "The third chapter", cwd=book).returncode == 0
    assert (book / "book/foundations/03-third/index.md").is_file() and (book / "exercises/third.py").is_file()
    assert (
        run_textbook("new", "card", "a-gift", "--title", "A gift", "--builds-on", "first,third", cwd=book).returncode
        == 0
    )
    for kind in KINDS:
        result = run_textbook("new", "exercise", "third", kind, f"third-{kind}", cwd=book)
        assert result.returncode == 0, result.stdout + result.stderr
    check = run_textbook("check", cwd=book)
    assert check.returncode == 0, check.stdout
    assert "11 exercises" in check.stderr
    build = run_textbook("build", cwd=book)
    assert build.returncode == 0, build.stdout[-2000:] + build.stderr[-2000:]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["new", "chapter", "Bad Id", "--title", "x"], "'Bad Id' is not an id"),
        (["new", "chapter", "first", "--title", "x"], "'first' is already a chapter or card id"),
        (["new", "card", "c", "--title", "x", "--builds-on", "nowhere"], "unknown: nowhere"),
        (["new", "exercise", "nowhere", "ordering", "x"], "no chapter or card 'nowhere'"),
        (["new", "exercise", "first", "essay", "x"], "unknown kind 'essay'"),
        (["new", "exercise", "first", "ordering", "first-alpha"], "is not a new exercise id"),
    ],
)
def test_new_refuses_bad_requests(fixture_book, args: list[str], message: str) -> None:
    book = fixture_book("valid")
    result = run_textbook(*args, cwd=book)
    assert result.returncode == 1 and message in result.stderr and "Traceback" not in result.stderr


def test_new_exercise_extends_a_wrapped_import() -> None:
    from textbook.commands.scaffold import _add_imports

    wrapped = '"""Doc."""\n\nfrom textbook.kit import (\n    Option,\n    SingleChoice,\n)\n\nEXERCISES = []\n'
    assert "from textbook.kit import Option, Ordering, SingleChoice\n" in _add_imports(wrapped, ["Ordering"])
    single = '"""Doc."""\n\nfrom textbook.kit import Option, SingleChoice\n\nEXERCISES = []\n'
    many = [
        "Band",
        "Choice",
        "Matching",
        "MultipleSelect",
        "Pair",
        "Reflection",
        "Scenario",
        "SelfCheck",
        "SelfCheckItem",
        "Step",
    ]
    extended = _add_imports(single, many)
    assert extended.startswith('"""Doc."""\n\nfrom textbook.kit import (\n    Band,\n') and "    Step,\n)\n" in extended

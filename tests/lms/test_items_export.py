"""Issue #18 in the LMS files: the items the book shuffles are marked shuffled (QTI's
``render_choice shuffle``, Moodle's ``shuffleanswers``), the ones an author keeps in order are
not, and a matching question's extra choices travel as QTI response labels and as Moodle
subquestions with no text; every file stays valid against the formats' definitions."""

from __future__ import annotations

import io
import zipfile

import pytest
from lxml import etree

from tests.conftest import TESTS
from tests.lms.test_export import QTI, _without_namespace, moodle_schema, qti_dtd  # noqa: F401 - fixtures
from textbook.kit.loader import load_exercise_module
from textbook.lms import export as lms_export
from textbook.lms.questions import Quiz, to_questions


@pytest.fixture(scope="module")
def good() -> dict:
    exercises, _ = load_exercise_module(TESTS / "kit_fixtures" / "good_kinds.py")
    return {loaded.exercise.kind: loaded.exercise for loaded in exercises}


def _quiz(good: dict) -> Quiz:
    kept = good["single-choice"].model_copy(update={"id": "good-kept", "shuffle": False})
    exercises = [good["single-choice"], kept, good["multiple-select"], good["matching"], good["scenario"]]
    return Quiz("good", "Good", tuple(q for e in exercises for q in to_questions(e)))


def test_qti_marks_shuffled_choices_and_lists_matching_extras(good, qti_dtd) -> None:  # noqa: F811
    quiz = _quiz(good)
    with zipfile.ZipFile(io.BytesIO(lms_export.render("qti", "Book", [quiz]))) as archive:
        root = etree.fromstring(archive.read(f"{quiz.ident}.xml"))
    assert qti_dtd.validate(_without_namespace(root)), qti_dtd.error_log.filter_from_errors()[:3]
    items = {item.get("ident"): item for item in root.iter(f"{QTI}item")}
    shuffle = {ident: item.find(f".//{QTI}render_choice").get("shuffle") for ident, item in items.items()}
    assert shuffle["good-single"] == shuffle["good-multiple"] == shuffle["good-scenario--1"] == "Yes"
    assert shuffle["good-kept"] == "No"
    matching = items["good-matching"]
    for response in matching.iter(f"{QTI}response_lid"):
        labels = [label.findtext(f"{QTI}material/{QTI}mattext") for label in response.iter(f"{QTI}response_label")]
        assert labels == [*(p.right for p in good["matching"].pairs), "The last letter"]
    scored = [v.text for v in matching.iter(f"{QTI}varequal")]
    assert scored == ["r1", "r2", "r3"]  # the extra is never right


def test_moodle_marks_shuffled_choices_and_adds_extras_as_empty_subquestions(good, moodle_schema) -> None:  # noqa: F811
    text = lms_export.render("moodle", "Book", [_quiz(good)]).decode("utf-8")
    errors = list(moodle_schema.iter_errors(text))
    assert errors == [], [f"{e.path}: {e.reason}" for e in errors[:3]]
    questions = {q.findtext("idnumber"): q for q in etree.fromstring(text.encode()).findall("question")}
    assert questions["good-single"].findtext("shuffleanswers") == "true"
    assert questions["good-scenario--1"].findtext("shuffleanswers") == "true"
    assert questions["good-kept"].findtext("shuffleanswers") == "false"
    subquestions = [
        (s.findtext("text"), s.findtext("answer/text")) for s in questions["good-matching"].findall("subquestion")
    ]
    assert subquestions[-1] == (None, "The last letter") or subquestions[-1] == ("", "The last letter")
    assert len(subquestions) == len(good["matching"].pairs) + 1


def test_the_moodle_schema_still_wants_two_real_subquestions(good, moodle_schema) -> None:  # noqa: F811
    text = lms_export.render("moodle", "Book", [_quiz(good)]).decode("utf-8")
    root = etree.fromstring(text.encode())
    matching = next(q for q in root.findall("question") if q.findtext("idnumber") == "good-matching")
    for subquestion in matching.findall("subquestion")[1:]:
        subquestion.find("text").text = ""  # one real subquestion left, the rest extras
    assert list(moodle_schema.iter_errors(etree.tostring(root).decode()))

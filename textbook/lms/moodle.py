"""Moodle XML: a ``<quiz>`` of ``<question>`` elements, one category per chapter or card, in
the form Moodle's "Moodle XML format" import reads (``question/format/xml``)."""

from __future__ import annotations

import html
from xml.etree import ElementTree as ET

from textbook.lms.questions import ChoiceQuestion, EssayQuestion, MatchingQuestion, Question, Quiz
from textbook.lms.xmltree import document, sub

# The grades Moodle accepts for an answer (question_bank::fraction_options_full), as percentages.
# Its import refuses any other value, so shares of credit are looked up here, never computed freely.
GRADES = (
    100,
    90,
    83.33333,
    80,
    75,
    70,
    66.66667,
    60,
    50,
    40,
    33.33333,
    30,
    25,
    20,
    16.66667,
    14.28571,
    12.5,
    11.11111,
    10,
    5,
)
PENALTY = "0.3333333"


class UnsupportedQuestion(ValueError):
    """A question Moodle could not import as written (for example, too many right answers)."""


def share(parts: int) -> str:
    """One of ``parts`` equal shares of 100%, as the grade Moodle accepts for it."""
    wanted = 100 / parts
    for grade in GRADES:
        if abs(grade - wanted) < 0.001:
            return f"{grade:.7g}"
    raise UnsupportedQuestion(f"Moodle has no grade for 1/{parts} of the marks (at most 10 equal shares)")


def _text(parent: ET.Element, tag: str, content: str, html_format: bool = True) -> ET.Element:
    holder = sub(parent, tag, format="html") if html_format else sub(parent, tag)
    sub(holder, "text", content)
    return holder


def _common(quiz: ET.Element, kind: str, question: Question) -> ET.Element:
    element = sub(quiz, "question", type=kind)
    _text(element, "name", question.title, html_format=False)
    _text(element, "questiontext", question.text_html)
    _text(element, "generalfeedback", question.general_feedback)
    sub(element, "defaultgrade", str(question.points))
    sub(element, "penalty", "0" if isinstance(question, EssayQuestion) else PENALTY)
    sub(element, "hidden", "0")
    sub(element, "idnumber", question.ident)
    return element


def _choice(quiz: ET.Element, question: ChoiceQuestion) -> None:
    element = _common(quiz, "multichoice", question)
    right = sum(answer.correct for answer in question.answers)
    wrong = len(question.answers) - right
    if question.multiple:
        try:
            gained, lost = share(right), f"-{share(wrong)}"
        except UnsupportedQuestion as exc:
            raise UnsupportedQuestion(f"'{question.ident}': {exc}") from None
    else:
        gained, lost = "100", "0"
    sub(element, "single", "false" if question.multiple else "true")
    sub(element, "shuffleanswers", "true" if question.shuffle else "false")
    sub(element, "answernumbering", "abc")
    for answer in question.answers:
        option = sub(element, "answer", fraction=gained if answer.correct else lost, format="html")
        sub(option, "text", answer.html)
        _text(option, "feedback", answer.feedback)


def _matching(quiz: ET.Element, question: MatchingQuestion) -> None:
    element = _common(quiz, "matching", question)
    sub(element, "shuffleanswers", "true")
    for left, right in question.pairs:
        pair = _text(element, "subquestion", html.escape(left, quote=False))
        _text(pair, "answer", right, html_format=False)
    for extra in question.extras:  # Moodle's way for an extra answer: a subquestion with no text
        _text(_text(element, "subquestion", ""), "answer", extra, html_format=False)


def _essay(quiz: ET.Element, question: EssayQuestion) -> None:
    element = _common(quiz, "essay", question)
    sub(element, "responseformat", "editor")
    sub(element, "responserequired", "1")
    sub(element, "responsefieldlines", "10")
    if question.min_words:
        sub(element, "minwordlimit", str(question.min_words))
    sub(element, "attachments", "0")
    sub(element, "attachmentsrequired", "0")
    _text(element, "graderinfo", question.grader_info)
    _text(element, "responsetemplate", "")


def category_path(book: str, quiz: Quiz) -> str:
    """Where the quiz's questions go, inside the question bank the file is imported into
    (``/`` in names doubled). No ``$course$`` context: in Moodle 5 that would send them to the
    course's default bank rather than the one the instructor opened."""
    return "/".join(["top", book.replace("/", "//"), quiz.title.replace("/", "//")])


def quiz_xml(book: str, quizzes: list[Quiz]) -> bytes:
    """The whole Moodle XML file (pure)."""
    root = ET.Element("quiz")
    for quiz in quizzes:
        category = sub(root, "question", type="category")
        _text(category, "category", category_path(book, quiz), html_format=False)
        _text(category, "info", f"<p>{html.escape(quiz.title)}, from {html.escape(book)}.</p>")
        for question in quiz.questions:
            if isinstance(question, ChoiceQuestion):
                _choice(root, question)
            elif isinstance(question, MatchingQuestion):
                _matching(root, question)
            else:
                _essay(root, question)
    return document(root)

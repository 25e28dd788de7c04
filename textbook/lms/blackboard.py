"""Blackboard Learn's question upload file: tab-delimited text, one question a line, as
Blackboard's help describes it for Original and Ultra courses ("Upload questions").

The format has no field for feedback or points, so learners see only right or wrong; the
QTI package carries the feedback. Text is plain: Blackboard takes each field as it is, so the
link back to the book is written out as its address after the question.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from textbook.lms.questions import ChoiceQuestion, MatchingQuestion, Question, Quiz

BLOCKS = {"p", "li", "ol", "ul", "div", "br"}


class _Text(HTMLParser):
    """Collects the text of the small HTML the questions use; block ends become spaces."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "li":
            self.parts.append(" - ")
        elif tag in BLOCKS:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in BLOCKS:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def one_line(text: str) -> str:
    """Tabs, line breaks and runs of spaces made one space: a field never splits a line."""
    return re.sub(r"\s+", " ", text).strip()


def plain(html: str) -> str:
    """The HTML as one line of plain text, markup dropped."""
    parser = _Text()
    parser.feed(html)
    parser.close()
    return one_line("".join(parser.parts))


def question_text(question: Question) -> str:
    """The question's text as one line: the prompt, then where to read it in the book with the
    page's address written out (the upload format is plain text, so it cannot hold a link)."""
    text = plain(question.html)
    return one_line(f"{text} {question.page.text()}") if question.page else text


def question_line(question: Question) -> str:
    """The question's line in the upload file (pure)."""
    if isinstance(question, ChoiceQuestion):
        right = sum(answer.correct for answer in question.answers)
        kind = "MA" if question.multiple or right > 1 else "MC"
        fields = [kind, question_text(question)]
        for answer in question.answers:
            fields += [plain(answer.html), "correct" if answer.correct else "incorrect"]
    elif isinstance(question, MatchingQuestion):
        fields = ["MAT", question_text(question)]
        for left, right_side in question.pairs:
            fields += [one_line(left), one_line(right_side)]  # matching sides are plain text already
    else:
        fields = ["ESS", question_text(question)]
    return "\t".join(fields)


def upload_text(quizzes: list[Quiz]) -> bytes:
    """The whole file: no header row, no blank lines, UTF-8 (pure)."""
    lines = [question_line(question) for quiz in quizzes for question in quiz.questions]
    return ("\n".join(lines) + "\n").encode("utf-8")

"""Exercises as format-neutral quiz questions: what an LMS can hold of each kind (pure).

The mapping, kind by kind:

* single-choice: one multiple-choice question, feedback on every option;
* multiple-select: one multiple-answers question, feedback on every option;
* matching: one matching question, the rationale as general feedback;
* ordering: a matching question that pairs each item with its place (1st, 2nd, ...);
* scenario: one multiple-choice question per decision on the shortest way to a best ending
  (where two ways are equally short, the choice marked ``best=True``), each choice's
  consequence as its feedback and the ending's debrief after the last decision;
* self-check and reflection: an ungraded essay (0 points), the scale, statements and bands
  or the checklist in the text and feedback. A self-check is never turned into a score.

Every question carries a ``title`` (the exercise's title after its chapter, given by the
export) and a ``page`` (:class:`BookPage`, where the exercise is in the book). Writers render
``text_html`` (the prompt, then "Read it in the book: ..." with an absolute link, or the chapter
and page named in plain text without a site address), never ``html`` alone.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from textbook.kit.items import decision_keys
from textbook.kit.kinds import (
    Exercise,
    Matching,
    MultipleSelect,
    Ordering,
    Reflection,
    Scenario,
    SelfCheck,
    SingleChoice,
)
from textbook.kit.markup import inline_tokens, plain_text
from textbook.kit.presentation import KIND_LABELS, SELF_CHECK_NOTICE, display_order

READ_IT = "Read it in the book"


@dataclass(frozen=True)
class BookPage:
    """The page of the book an exercise is on, which each of its questions links back to:
    the page's ``title``, the chapter or card it belongs to (``where``: "Chapter 6: Professional
    boundaries"), and the page's absolute address on the published site. Without an address
    (``url`` is ""), the text names the chapter and the page instead: never a broken link."""

    title: str
    where: str
    url: str = ""

    @property
    def opens(self) -> bool:
        """Whether the page is the first page of ``where`` (its title is the chapter's)."""
        return self.where.endswith(f": {self.title}")

    def html(self) -> str:
        """A paragraph for the end of the question's text (HTML)."""
        if self.url:
            name = html.escape(self.where if self.opens else self.title, quote=False)
            link = f'<a href="{html.escape(self.url)}" target="_blank" rel="noopener">{name}</a>'
            where = "" if self.opens else f" ({html.escape(self.where, quote=False)})"
            return f"<p>{READ_IT}: {link}{where}</p>"
        return f"<p>{html.escape(self.text(), quote=False)}</p>"

    def text(self) -> str:
        """The same in plain text, the address written out (for formats without markup)."""
        if self.url:
            return f"{READ_IT}: {self.where if self.opens else f'{self.title} ({self.where})'}, {self.url}"
        if self.opens:
            return f"{READ_IT}: the first page of {self.where}."
        return f"{READ_IT}: the page “{self.title}” in {self.where}."


class _Shown:
    """What every question shows: its text with the link back to the book."""

    html: str
    page: BookPage | None

    @property
    def text_html(self) -> str:
        """The question's text as every writer renders it: the prompt (``html``), then the
        paragraph that links back to its page in the book (when the question has a page)."""
        return self.html + (self.page.html() if self.page else "")


@dataclass(frozen=True)
class Answer:
    """An option of a choice question: its HTML, whether it is right, and its feedback."""

    html: str
    correct: bool
    feedback: str


@dataclass(frozen=True)
class ChoiceQuestion(_Shown):
    """Multiple choice (exactly one right answer) or multiple answers (one or more)."""

    ident: str
    title: str
    html: str
    answers: tuple[Answer, ...]
    multiple: bool
    general_feedback: str = ""
    points: int = 1
    page: BookPage | None = None  # where the exercise is in the book: see text_html
    shuffle: bool = False  # the LMS shows the answers in an order of its own (as the book does)


@dataclass(frozen=True)
class MatchingQuestion(_Shown):
    """Left sides (prompts) each matched with one right side; ``pairs`` are the right answers,
    in plain text (LMS matching lists take no markup)."""

    ident: str
    title: str
    html: str
    pairs: tuple[tuple[str, str], ...]
    general_feedback: str = ""
    points: int = 1
    page: BookPage | None = None  # where the exercise is in the book: see text_html
    extras: tuple[str, ...] = ()  # right sides that match no left side (distractors)


@dataclass(frozen=True)
class EssayQuestion(_Shown):
    """A written answer, ungraded by default; ``grader_info`` is what the instructor sees."""

    ident: str
    title: str
    html: str
    general_feedback: str = ""
    grader_info: str = ""
    min_words: int | None = None
    points: int = 0
    page: BookPage | None = None  # where the exercise is in the book: see text_html


Question = ChoiceQuestion | MatchingQuestion | EssayQuestion


@dataclass(frozen=True)
class Quiz:
    """The questions from one chapter or card."""

    ident: str
    title: str
    questions: tuple[Question, ...]


def inline_html(text: str) -> str:
    """Exercise markup as HTML: emphasis, strong, code and absolute links; all else escaped.

    Relative links would point nowhere inside an LMS, so they keep only their label."""
    parts = []
    for kind, content, url in inline_tokens(text):
        body = html.escape(content, quote=False)
        if kind == "link" and url.startswith(("http://", "https://", "mailto:")):
            parts.append(f'<a href="{html.escape(url)}">{body}</a>')
        elif kind in ("em", "strong", "code"):
            parts.append(f"<{kind}>{body}</{kind}>")
        else:
            parts.append(body)
    return "".join(parts)


BOOK_PRIVACY = re.compile(r"\b([Yy])our (answer|plan) stays in your own browser")


def lms_prompt(prompt: str) -> str:
    """The prompt as it must read in an LMS: in the book a written answer stays in the
    learner's browser, but in a course site the instructor reads it, and the prompt says so."""
    return BOOK_PRIVACY.sub(lambda m: f"{m[1]}our instructor will read your {m[2]} here", prompt)


def _p(text: str) -> str:
    return f"<p>{inline_html(text)}</p>"


def _prompt(exercise: Exercise) -> str:
    """The exercise's prompt as the first paragraph of its questions, worded for an LMS."""
    return _p(lms_prompt(exercise.prompt))


def _ul(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{inline_html(item)}</li>" for item in items) + "</ul>"


def ordinal(number: int) -> str:
    """1st, 2nd, 3rd, 4th, ... 11th, 12th, 13th, ... 21st."""
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def default_title(exercise: Exercise) -> str:
    """The exercise's own title, or its kind and id when it has none (a readiness question)."""
    return plain_text(exercise.title) if exercise.title else f"{KIND_LABELS[exercise.kind]}: {exercise.id}"


def best_path(scenario: Scenario) -> list[tuple[str, frozenset[int]]]:
    """The decisions on a shortest way from the start to a best ending: for each step on it,
    the step id and the indices of its choices that keep that shortest way open (pure; each
    step's choices as ``decision_keys`` reads them)."""
    keys = decision_keys(scenario)
    path: list[tuple[str, frozenset[int]]] = []
    step = scenario.step(scenario.start)
    while step.choices and step.id in keys:
        path.append((step.id, keys[step.id]))
        step = scenario.step(step.choices[min(keys[step.id])].next)
    return path


class AmbiguousScenario(ValueError):
    """Two choices at a step are equally short ways to a best ending, and neither is marked."""


def _decisions(scenario: Scenario) -> list[tuple[str, int]]:
    """Each decision on the way to the best ending, with its one right choice."""
    decisions = []
    for step_id, right in best_path(scenario):
        if len(right) > 1:
            texts = " and ".join(f"'{scenario.step(step_id).choices[i].text}'" for i in sorted(right))
            raise AmbiguousScenario(
                f"scenario '{scenario.id}': at step '{step_id}', {texts} are equally short ways to a best "
                "ending; mark the one the chapter teaches with best=True"
            )
        decisions.append((step_id, min(right)))
    return decisions


def _scenario_questions(scenario: Scenario, title: str, page: BookPage | None) -> list[Question]:
    path = _decisions(scenario)
    questions: list[Question] = []
    for number, (step_id, right) in enumerate(path, 1):
        step = scenario.step(step_id)
        lead = _prompt(scenario)  # each question stands alone: LMSs show them apart
        if number > 1:
            lead += _p(f"Later in the same situation (decision {number} of {len(path)}):")
        last = number == len(path)
        ending = scenario.step(step.choices[right].next) if last else None
        questions.append(
            ChoiceQuestion(
                ident=f"{scenario.id}--{number}",  # "--" never occurs in an exercise id
                title=f"{title} (decision {number} of {len(path)})",
                html=lead + _p(step.text),
                answers=tuple(
                    Answer(inline_html(c.text), i == right, inline_html(c.consequence))
                    for i, c in enumerate(step.choices)
                ),
                multiple=False,
                general_feedback=_p(f"{ending.text} {ending.debrief}") if ending and ending.debrief else "",
                page=page,
                shuffle=scenario.shuffle,
            )
        )
    return questions


def to_questions(exercise: Exercise, title: str | None = None, page: BookPage | None = None) -> list[Question]:
    """The quiz questions for one exercise (one, or one per decision for a scenario), titled
    ``title`` (by default the exercise's own title) and linking back to ``page``."""
    title = title or default_title(exercise)
    if isinstance(exercise, SingleChoice | MultipleSelect):
        return [
            ChoiceQuestion(
                ident=exercise.id,
                title=title,
                page=page,
                html=_prompt(exercise),
                answers=tuple(
                    Answer(inline_html(o.text), o.correct, inline_html(o.feedback)) for o in exercise.options
                ),
                multiple=isinstance(exercise, MultipleSelect),
                shuffle=exercise.shuffle,
            )
        ]
    if isinstance(exercise, Matching):
        return [
            MatchingQuestion(
                ident=exercise.id,
                title=title,
                page=page,
                html=_prompt(exercise),
                pairs=tuple((plain_text(p.left), plain_text(p.right)) for p in exercise.pairs),
                general_feedback=_p(exercise.rationale),
                extras=tuple(plain_text(extra) for extra in exercise.extras),
            )
        ]
    if isinstance(exercise, Ordering):
        order = "".join(f"<li>{inline_html(item)}</li>" for item in exercise.items)
        return [
            MatchingQuestion(
                ident=exercise.id,
                title=title,
                page=page,
                html=_prompt(exercise) + _p("Give each item its place in the order."),
                pairs=tuple((plain_text(item), ordinal(n)) for n, item in enumerate(exercise.items, 1)),
                general_feedback=f"<p>The order:</p><ol>{order}</ol>{_p(exercise.rationale)}",
            )
        ]
    if isinstance(exercise, Scenario):
        return _scenario_questions(exercise, title, page)
    if isinstance(exercise, SelfCheck):
        scale = " / ".join(exercise.scale)
        bands = [f"{b.min} to {b.max}, {b.label}: {b.meaning}" for b in exercise.bands]
        top = len(exercise.scale) - 1
        reverse = [item.text for item in exercise.items if item.reverse]
        scoring = f"Score each statement from 0 ({exercise.scale[0]}) to {top} ({exercise.scale[-1]})"
        scoring += ", counting the marked statements the other way round." if reverse else "."
        statements = [item.text + (" (counted the other way round)" if item.reverse else "") for item in exercise.items]
        return [
            EssayQuestion(
                ident=exercise.id,
                title=title,
                page=page,
                html=_prompt(exercise) + _p(f"Rate each statement: {scale}.") + _ul(statements),
                general_feedback=_p(SELF_CHECK_NOTICE) + _p(scoring + " Then add up your points.") + _ul(bands),
                grader_info=_p(SELF_CHECK_NOTICE + " Do not grade it."),
            )
        ]
    if isinstance(exercise, Reflection):
        return [
            EssayQuestion(
                ident=exercise.id,
                title=title,
                page=page,
                html=_prompt(exercise) + _p("Before you hand it in, ask yourself:") + _ul(exercise.checklist),
                general_feedback=_p("There is no single right answer. Use the checklist to review what you wrote."),
                grader_info=_p("The learner's checklist:") + _ul(exercise.checklist),
                min_words=exercise.min_words,
            )
        ]
    raise ValueError(f"no LMS mapping for exercise kind {exercise.kind!r}")  # pragma: no cover - kinds are closed


def as_choices(question: MatchingQuestion) -> list[ChoiceQuestion]:
    """A matching question as one multiple-choice question per left side, each offering every
    right side (for formats without matching, such as Common Cartridge's QTI profile). Each
    stands alone, as LMSs show questions apart, and links to the same page; the general
    feedback follows the last (pure)."""
    rights = [right for _left, right in question.pairs] + list(question.extras)
    total = len(question.pairs)
    choices = []
    for number, (left, right) in enumerate(question.pairs, 1):
        ident = f"{question.ident}--{number}"  # "--" never occurs in an exercise id
        # In the pairs' order, the answer to the n-th question would be the n-th option: the
        # options are shown in the seeded order of the book's shuffles instead.
        shown = [rights[i] for i in display_order(ident, len(rights))]
        choices.append(
            ChoiceQuestion(
                ident=ident,
                title=f"{question.title} ({number} of {total})",
                html=question.html + f"<p><strong>{html.escape(left, quote=False)}</strong></p>",
                answers=tuple(Answer(html.escape(option, quote=False), option == right, "") for option in shown),
                multiple=False,
                general_feedback=question.general_feedback if number == total else "",
                points=question.points,
                page=question.page,
                shuffle=True,
            )
        )
    return choices

"""The ``answer-key`` directive: every exercise of the book with its answer and rationale,
generated from the exercise modules (the single source of each answer)."""

from __future__ import annotations

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

from textbook.kit.presentation import KIND_LABELS, answer_lines, question_lines
from textbook.model.spine import Spine
from textbook.sphinx_ext.shared import bullets, paragraph
from textbook.sphinx_ext.state import current_spine


def _section(ident: str, title: str, classes: list[str]) -> nodes.section:
    section = nodes.section(ids=[ident], names=[ident], classes=classes)
    section += nodes.title(text=title)
    return section


def answer_key_nodes(spine: Spine, only: list[str] | None = None) -> list[nodes.Node]:
    """Per chapter and card (all, or those in ``only``), each exercise: kind, id, prompt,
    question, answer (pure). Chapters and cards are sections, and so is each exercise (under
    its title), so the page has headings, a contents panel and links to each answer."""
    built: list[nodes.Node] = []
    owners = [(c.id, f"Chapter {n}: {c.title}") for n, c in enumerate(spine.chapters, 1)]
    owners += [(c.id, f"Card: {c.page.source.title or c.id}") for c in spine.cards]
    for owner, heading in owners:
        if only is not None and owner not in only and not (owner in {c.id for c in spine.cards} and "cards" in only):
            continue
        exercises = spine.exercises_of(owner)
        if not exercises:
            continue
        section = _section(f"answers-{owner}", heading, ["ff-answer-key-owner"])
        for number, loaded in enumerate(exercises, 1):
            exercise = loaded.exercise
            name = exercise.title or exercise.id
            item = _section(f"answer-{exercise.id}", f"{number}. {name}", ["ff-answer-key-item"])
            item += paragraph(
                f"**{KIND_LABELS[exercise.kind]}** (`{exercise.id}`; objectives: {', '.join(exercise.objectives)})"
            )
            item += paragraph(exercise.prompt)
            questions = question_lines(exercise)
            if questions:
                item += bullets(questions)
            item += paragraph("**Answer**")
            item += bullets(answer_lines(exercise))
            section += item
        built.append(section)
    return built


class AnswerKey(SphinxDirective):
    """``{answer-key}`` for the whole book, or ``{answer-key} ethics boundaries cards``."""

    has_content = False
    optional_arguments = 1
    final_argument_whitespace = True

    def run(self) -> list[nodes.Node]:
        spine = current_spine(self.env.app)
        for path in {loaded.path for loaded in spine.exercises}:
            self.env.note_dependency(str(path))
        only = self.arguments[0].split() if self.arguments else None
        return answer_key_nodes(spine, only)


def setup_answer_key(app: Sphinx) -> None:
    app.add_directive("answer-key", AnswerKey)

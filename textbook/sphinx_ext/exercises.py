"""The ``exercise`` directive: embeds one exercise, by id, anywhere in a page.

HTML output follows the DOM contract of CONTRIBUTING.md: a root element with
``data-exercise-id`` and ``data-kind``, the exercise's data as JSON for the browser runtime,
and a static version (the question, and the answer in a collapsed ``<details>``) that reads
as text without JavaScript. Every text goes through docutils nodes, so it is escaped.
"""

from __future__ import annotations

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.errors import NoUri
from sphinx.util.docutils import SphinxDirective, SphinxTranslator

from textbook.kit.kinds import Exercise
from textbook.kit.presentation import (
    KIND_LABELS,
    SELF_CHECK_NOTICE,
    answer_lines,
    browser_data,
    question_lines,
    script_json,
)
from textbook.sphinx_ext.shared import answer_node, bullets, paragraph, write_nothing
from textbook.sphinx_ext.state import current_spine


class exercise_node(nodes.General, nodes.Element):
    """One embedded exercise; its attributes carry the data for the HTML root element."""


def exercise_nodes(
    exercise: Exercise, owner: str, pages: dict[str, dict[str, str]] | None = None, fingerprint: str | None = None
) -> exercise_node:
    """The node tree of one exercise: label, prompt, question, answer (pure). ``pages`` gives
    the title and link of each page the exercise names (a self-check's statements);
    ``fingerprint``, the exercise's, when it is known (computed otherwise)."""
    data = browser_data(exercise)
    if pages:
        data["pages"] = pages
    root = exercise_node(
        exercise_id=exercise.id,
        kind=exercise.kind,
        fingerprint=fingerprint if fingerprint is not None else exercise.fingerprint(),
        owner=owner,
        counts=exercise.completes_chapter,
        data=script_json(data),
    )
    root += paragraph(f"**{KIND_LABELS[exercise.kind]}**", classes=["ff-label"])
    root += paragraph(exercise.prompt, classes=["ff-prompt"])
    if exercise.kind == "self-check":
        root += paragraph(SELF_CHECK_NOTICE, classes=["ff-notice"])
    questions = question_lines(exercise)
    if questions:
        root += bullets(questions)
    answer = answer_node()
    answer += bullets(answer_lines(exercise))
    root += answer
    return root


class ExerciseDirective(SphinxDirective):
    required_arguments = 1
    has_content = False

    def run(self) -> list[nodes.Node]:
        spine = current_spine(self.env.app)
        loaded = spine.exercise(self.arguments[0])
        if loaded is None:
            return []  # reported by the order rules, with its line
        self.env.note_dependency(str(loaded.path))
        pages = self._pages(spine, loaded.exercise)
        node = exercise_nodes(loaded.exercise, loaded.owner, pages, spine.fingerprint(loaded.exercise))
        self.set_source_info(node)
        return [node]

    def _pages(self, spine, exercise: Exercise) -> dict[str, dict[str, str]]:
        """Title and link (relative to this page) of each page the exercise's statements name."""
        pages: dict[str, dict[str, str]] = {}
        for item in getattr(exercise, "items", None) or []:
            docname = getattr(item, "page", None)
            page = spine.page(docname) if isinstance(docname, str) else None
            if page is None:
                continue
            try:
                href = self.env.app.builder.get_relative_uri(self.env.docname, page.docname)
            except NoUri:  # a builder without links between pages: the statement stands without one
                continue
            pages[page.docname] = {"title": page.source.title or page.docname, "href": href}
        return pages


def _attribute(value: object) -> str:
    return str(value).replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


def visit_exercise_html(translator: SphinxTranslator, node: exercise_node) -> None:
    attributes = {
        "class": "ff-exercise",
        "id": f"exercise-{node['exercise_id']}",
        "data-exercise-id": node["exercise_id"],
        "data-kind": node["kind"],
        "data-hash": node["fingerprint"],
        "data-owner": node["owner"],
        "data-counts": "true" if node["counts"] else "false",
    }
    rendered = " ".join(f'{name}="{_attribute(value)}"' for name, value in attributes.items())
    translator.body.append(
        f'<div {rendered}>\n<script type="application/json" class="ff-exercise-data">{node["data"]}</script>\n<div class="ff-static">\n'
    )


def depart_exercise_html(translator: SphinxTranslator, node: exercise_node) -> None:
    translator.body.append("</div>\n</div>\n")


def setup_exercises(app: Sphinx) -> None:
    app.add_node(
        exercise_node,
        html=(visit_exercise_html, depart_exercise_html),
        latex=(write_nothing, write_nothing),
        text=(write_nothing, write_nothing),
        man=(write_nothing, write_nothing),
        texinfo=(write_nothing, write_nothing),
    )
    app.add_directive("exercise", ExerciseDirective)

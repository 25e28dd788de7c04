"""The ``readiness-check`` directive: the whole diagnostic in one form, with its questions as
data for ``ff-readiness.js`` and as text (answers collapsed) for readers without JavaScript."""

from __future__ import annotations

import hashlib
import json

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

from textbook.kit.presentation import answer_lines, question_lines, script_json
from textbook.model.spine import Spine
from textbook.sphinx_ext.shared import answer_node, bullets, paragraph
from textbook.sphinx_ext.state import current_spine


def readiness_data(spine: Spine) -> dict:
    """The chapters in order and the questions, as the browser receives them (pure)."""
    probes = [probe for _, probe in spine.readiness_questions()]
    order = [chapter.id for chapter in spine.chapters if any(p.chapter == chapter.id for p in probes)]
    data = {
        "order": order,
        "chapters": {c.id: {"title": c.title, "docname": c.index.docname} for c in spine.chapters if c.id in order},
        "probes": [{**probe.data(), "kind": "probe"} for probe in probes],
    }
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False).encode("utf-8")
    return {**data, "hash": hashlib.sha256(canonical).hexdigest()[:16]}


class ReadinessCheck(SphinxDirective):
    has_content = False

    def run(self) -> list[nodes.Node]:
        spine = current_spine(self.env.app)
        for loaded in spine.probes[:1]:
            self.env.note_dependency(str(loaded.path))
        data = readiness_data(spine)
        root = nodes.container(classes=["ff-readiness"])
        root += nodes.raw(
            "", f'<script type="application/json" class="ff-readiness-data">{script_json(data)}</script>', format="html"
        )
        static = nodes.container(classes=["ff-static"])
        number = 0
        for chapter_id in data["order"]:
            static += paragraph(f"**{data['chapters'][chapter_id]['title']}**", classes=["ff-readiness-chapter"])
            for _, probe in spine.readiness_questions():
                if probe.chapter != chapter_id:
                    continue
                number += 1
                static += paragraph(f"{number}. {probe.prompt}", classes=["ff-prompt"])
                static += bullets(question_lines(probe))
                answer = answer_node()
                answer += bullets(answer_lines(probe))
                static += answer
        if not number:
            static += paragraph("The readiness questions are being written.")
        root += static
        return [root]


def setup_readiness_check(app: Sphinx) -> None:
    app.add_directive("readiness-check", ReadinessCheck)

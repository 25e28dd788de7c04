"""The ``roster`` directive of the class roster page: where an instructor chooses or drops
learners' progress files, and ``ff-roster.js`` draws the table, the problems and the CSV, by the
rules of ``textbook/commands/roster.py`` and from the manifest, without sending anything."""

from __future__ import annotations

from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

from textbook.kit.presentation import script_json
from textbook.model.spine import Spine
from textbook.sphinx_ext.state import current_spine

ROSTER_HTML = """<div class="ff-roster" hidden="hidden">
<p><label class="ff-button ff-import">Choose learners' progress files
<input type="file" multiple="multiple" accept=".json,application/json" data-ff-roster="files" /></label></p>
<div class="ff-roster-drop" data-ff-roster="drop"><p>Or drop the files here.</p></div>
<p><input type="checkbox" id="ff-roster-reflections" data-ff-roster="reflections" />
<label for="ff-roster-reflections">Show reflections, from learners who chose to include their text</label></p>
<p class="ff-roster-status" role="status" aria-live="polite" data-ff-roster="status"></p>
<div data-ff-roster="problems"></div>
<div class="ff-roster-tables" data-ff-roster="tables"></div>
<p><button type="button" class="ff-button" data-ff-roster="csv" disabled="disabled">Download the roster as CSV</button>
<button type="button" class="ff-button" data-ff-roster="clear" disabled="disabled">Clear the roster</button></p>
</div>
<noscript><p>The roster page needs JavaScript. Without it, use the command shown on this page.</p></noscript>
"""


def roster_data(spine: Spine) -> dict[str, Any]:
    """What the roster needs beside the manifest (pure): each chapter's objectives as
    ("chapter/objective", text), and the objective keys each exercise assesses."""
    return {
        "objectives": {c.id: [[f"{c.id}/{o.id}", o.text] for o in c.meta.objectives] for c in spine.chapters},
        "assesses": {
            e.exercise.id: spine.objectives_assessed(e.owner, e.exercise.objectives)
            for e in spine.exercises
            if e.owner in {c.id for c in spine.chapters} | {c.id for c in spine.cards}
        },
    }


class Roster(SphinxDirective):
    """The roster's controls and its data; the browser fills in the rest (hidden until it does)."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        spine = current_spine(self.env.app)
        for chapter in spine.chapters:
            self.env.note_dependency(str(chapter.index.path))
        for loaded in spine.exercises:
            self.env.note_dependency(str(loaded.path))
        data = f'<script type="application/json" class="ff-roster-data">{script_json(roster_data(spine))}</script>\n'
        return [nodes.raw("", data + ROSTER_HTML, format="html")]


def setup_roster(app: Sphinx) -> None:
    app.add_directive("roster", Roster)

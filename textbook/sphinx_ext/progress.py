"""Progress, kept in the learner's browser: the site-wide manifest, the summary at the end of
each chapter, and the ``learner-path`` directive of the "Your path" page."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

from textbook.kit.ids import SLUG_PATTERN
from textbook.kit.kinds import kinds_table
from textbook.model.layout import PATH_PAGE
from textbook.model.site import book_title
from textbook.model.spine import Spine
from textbook.sources import wording
from textbook.sphinx_ext.shared import about_chapter, chapter_box, chapter_item, doc_link, objectives_html
from textbook.sphinx_ext.state import current_spine

TOOLS_HTML = """<div class="ff-progress-tools" hidden="hidden">
<p>Your progress is saved in this browser, on this device. To keep it safe or move it
to another browser, export it to a file, then import that file there. If your instructor asks
for your progress, send them the file.</p>
<fieldset class="ff-export">
<legend>Export my progress to a file</legend>
<p class="ff-export-contents" data-ff-field="contents"></p>
<p><label for="ff-export-learner">Your name or student number (optional: leave it empty to keep the file anonymous)</label><br />
<input type="text" id="ff-export-learner" class="ff-export-learner" maxlength="100" autocomplete="off" spellcheck="false" data-ff-field="learner" /></p>
<p><input type="checkbox" id="ff-export-reflections" data-ff-field="reflections" />
<label for="ff-export-reflections">Include the text of my reflections</label></p>
<p class="ff-export-note">Left out, the file says which reflections you finished but not what you
wrote. Tick the box to move your reflections to another browser. The file is saved on this device
and goes only where you send it. The book never sends it. The book sends nothing else either,
with one exception: if your course shows the chapters inside its own course site, that site gets
your completion, your score and your answers to the exercises that have a right answer. It never
gets your reflections or how you rated yourself in a self-check.</p>
<p><button type="button" class="ff-button" data-ff-action="export">Export my progress</button></p>
</fieldset>
<p><label class="ff-button ff-import">Import progress from a file
<input type="file" accept=".json,application/json" data-ff-action="import" /></label>
<button type="button" class="ff-button" data-ff-action="reset">Reset my progress</button></p>
<p class="ff-tools-status" role="status" aria-live="polite"></p>
</div>
<noscript><p>Progress tracking needs JavaScript. Every chapter and exercise still reads as text.</p></noscript>
"""


SHAKY_HTML = """<section class="ff-shaky-objectives" hidden="hidden" aria-labelledby="ff-shaky-title">
<h2 id="ff-shaky-title">Objectives to strengthen</h2>
<p>These objectives are shaky for you: you missed a question about them, got it right only after
another try, or got it right once, a while ago. Reread the page, then try its exercises again.</p>
<ul class="ff-shaky-list"></ul>
</section>
"""


def manifest(spine: Spine) -> dict[str, Any]:
    """The chapters, in order, with the exercises that count toward each (and their kinds), and
    the book's title (pure but for reading _config.yml's title), which exported progress files
    carry. The roster page adds the objectives on its own page (``roster.roster_data``), so that
    every other page stays within its weight budget."""

    embedded_on = spine.embedded_on()

    def exercises(owner: str) -> list[dict[str, Any]]:
        return [
            {
                "id": e.exercise.id,
                "kind": e.exercise.kind,
                "title": e.exercise.title or e.exercise.id,
                "hash": spine.fingerprint(e.exercise),
                "counts": e.exercise.completes_chapter,
                "docname": page.docname if page else None,
                "page_title": (page.source.title or page.docname) if page else None,
            }
            for e in spine.exercises_of(owner)
            for page in [embedded_on.get(e.exercise.id)]
        ]

    return {
        "version": 1,
        "book": {"title": book_title(spine.root)},  # which book (or edition) an exported file is from
        "id_pattern": SLUG_PATTERN,
        "kinds": kinds_table(),
        "chapters": [
            {
                "id": chapter.id,
                "title": chapter.title,
                "docname": chapter.index.docname,
                "status": chapter.meta.status or "written",
                "requires": list(chapter.meta.requires),
                "exercises": exercises(chapter.id),
            }
            for chapter in spine.chapters
        ],
        "cards": [
            {
                "id": card.id,
                "title": card.page.source.title or card.id,
                "docname": card.page.docname,
                "builds_on": list(card.meta.builds_on),
                "exercises": exercises(card.id),
            }
            for card in spine.cards
        ],
    }


def manifest_script(spine: Spine) -> str:
    data = json.dumps(manifest(spine), ensure_ascii=False, sort_keys=True).replace("</", "<\\/")
    return f"/* Generated by the Foundations First engine: the book's chapters and exercises. */\nwindow.FF_MANIFEST = {data};\n"


def _write_manifest(app: Sphinx, exception: Exception | None) -> None:
    if exception is None and app.builder.format == "html":
        target = Path(app.outdir) / "_static" / "ff-manifest.js"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(manifest_script(current_spine(app)), encoding="utf-8")


def _add_chapter_progress(app: Sphinx, doctree: nodes.document) -> None:
    """Append a progress summary to the last page of each written chapter, and its objectives
    (each marked solid, shaky or not yet by ff-objectives.js)."""
    spine = current_spine(app)
    docname = app.env.docname
    chapter = next((c for c in spine.chapters if c.pages and c.pages[-1].docname == docname), None)
    if chapter is None or not spine.exercises_of(chapter.id):
        return
    box = about_chapter(
        chapter_box(classes=["ff-chapter-progress", f"ff-chapter-{chapter.id}"]), chapter.id, role="chapter-progress"
    )
    box += nodes.rubric(text="Your progress in this chapter")
    text = nodes.paragraph(classes=["ff-progress-text"])
    text += nodes.Text("Your progress is kept in this browser.")
    if spine.page(PATH_PAGE) is not None:
        text += nodes.Text(" See the whole book on ")
        text += doc_link(PATH_PAGE, "Your path")
        text += nodes.Text(".")
    box += text
    doctree += box
    objectives = about_chapter(chapter_box(classes=["ff-chapter-objectives"]), chapter.id)
    objectives += nodes.rubric(text="Your objectives in this chapter")
    objectives += nodes.raw("", objectives_html(spine, chapter), format="html")
    doctree += objectives


class ContinueReading(SphinxDirective):
    """Where the browser shows "Continue where you left off" (hidden until there is somewhere to go)."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        box = nodes.container(classes=["ff-continue"])
        box += nodes.paragraph(
            text="Your progress is kept in this browser: once you have tried an exercise, a link here takes you back to where you left off.",
            classes=["ff-continue-text"],
        )
        return [box]


class LearnerPath(SphinxDirective):
    """The required order, chapter by chapter, with progress filled in by the browser."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        spine = current_spine(self.env.app)
        for chapter in spine.chapters:
            self.env.note_dependency(str(chapter.index.path))
        steps = nodes.enumerated_list(classes=["ff-path"])
        for chapter in spine.chapters:
            item = about_chapter(chapter_item(classes=["ff-path-item", f"ff-chapter-{chapter.id}"]), chapter.id)
            title = nodes.paragraph(classes=["ff-path-title"])
            title += doc_link(chapter.index.docname, chapter.title)
            item += title
            details = []
            if chapter.meta.requires:
                names = [required.title for required in spine.chapters_named(chapter.meta.requires)]
                details.append("Builds on: " + "; ".join(names) + ".")
            else:
                details.append("It needs nothing before it.")
            count = len([e for e in spine.exercises_of(chapter.id) if e.exercise.completes_chapter])
            if chapter.meta.status == "in-preparation":
                details.append("In preparation.")
            elif count:
                details.append(f"{wording.count(count, 'exercise')}.")
            item += nodes.paragraph(text=" ".join(details), classes=["ff-path-details"])
            cards = [card for card in spine.cards if chapter.id in card.meta.builds_on]
            if cards:
                line = nodes.paragraph(classes=["ff-path-cards"])
                line += nodes.Text("Toolkit cards built on it: ")
                for number, card in enumerate(cards):
                    line += nodes.Text("; " if number else "")
                    line += doc_link(card.page.docname, card.page.source.title or card.id)
                line += nodes.Text(".")
                item += line
            if chapter.meta.status != "in-preparation":
                item += nodes.raw(
                    "",
                    '<details class="ff-path-objectives"><summary>Its objectives</summary>'
                    + objectives_html(spine, chapter)
                    + "</details>",
                    format="html",
                )
            steps += item
        shaky = nodes.raw("", SHAKY_HTML, format="html")
        tools = nodes.raw("", TOOLS_HTML, format="html")
        return [shaky, steps, tools]


def setup_progress(app: Sphinx) -> None:
    app.add_directive("learner-path", LearnerPath)
    app.add_directive("continue-reading", ContinueReading)
    app.connect("doctree-read", _add_chapter_progress)
    app.connect("build-finished", _write_manifest)

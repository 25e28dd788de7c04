"""The ``before-you-start`` directive: a chapter's prerequisites, objectives and reading time."""

from __future__ import annotations

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from textbook.model.spine import Chapter, Spine
from textbook.sources.wording import count
from textbook.sphinx_ext.shared import about_chapter, chapter_admonition, chapter_item
from textbook.sphinx_ext.state import current_spine

logger = logging.getLogger(__name__)


def before_you_start_markup(chapter: Chapter, spine: Spine) -> str:
    """The box's content as MyST, built from the chapter's front matter (pure)."""
    lines: list[str] = []
    if chapter.meta.status == "in-preparation":
        lines += [
            "**This chapter is in preparation.** Its objectives below are final; the full text is being written.",
            "",
        ]
    required = spine.chapters_named(chapter.meta.requires)
    if required:
        lines += ["**Read first** (in this order):", ""]
        lines += [f"- {{doc}}`/{c.index.docname}`" for c in required]
    else:
        lines += ["**Read first:** nothing. This chapter is where the book begins."]
    lines += ["", "**By the end of this chapter you will be able to:**", ""]
    lines += [f"- {objective.text}" for objective in chapter.meta.objectives]
    lines += [
        "",
        f"**Reading time:** about {count(chapter.reading_minutes, 'minute')}, in {count(len(chapter.pages), 'page')}.",
    ]
    return "\n".join(lines)


class BeforeYouStart(SphinxDirective):
    """Renders the "Before you start" box at the top of a chapter's first page."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        spine = current_spine(self.env.app)
        chapter = spine.chapter_starting_at(self.env.docname)
        if chapter is None:
            logger.warning(
                "before-you-start belongs on a chapter's first page (one with 'chapter:' in its front matter)",
                location=self.get_location(),
            )
            return []
        for ident in chapter.meta.requires:  # re-read this page when a prerequisite's title changes
            required = spine.chapter(ident)
            if required is not None:
                self.env.note_dependency(str(required.index.path))
        box = about_chapter(chapter_admonition(classes=["before-you-start", f"ff-chapter-{chapter.id}"]), chapter.id)
        box += nodes.title(text="Before you start")
        content = self.parse_text_to_nodes(before_you_start_markup(chapter, spine))
        prerequisites = next((n for node in content for n in node.findall(nodes.bullet_list)), None)
        needed = spine.chapters_named(chapter.meta.requires)
        if needed and prerequisites is not None:  # the browser marks each one done or not yet
            for item, prerequisite in zip(prerequisites.children, needed, strict=False):
                item["classes"] += ["ff-prereq", f"ff-chapter-{prerequisite.id}"]
                item.replace_self(
                    about_chapter(chapter_item("", *item.children, classes=item["classes"]), prerequisite.id)
                )
        box += content
        self.set_source_info(box)
        return [box]


def setup_before_you_start(app: Sphinx) -> None:
    app.add_directive("before-you-start", BeforeYouStart)

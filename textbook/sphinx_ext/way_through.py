"""The way through the book: a "Built on" box at the top of each toolkit card, and, at the end
of each foundation chapter, what comes next in the required order and the cards built on it.
Both are derived from the front matter, so there is nothing to keep in step by hand."""

from __future__ import annotations

from docutils import nodes
from sphinx.application import Sphinx

from textbook.model.spine import Card, Chapter, Spine
from textbook.sphinx_ext.shared import about_chapter, chapter_box, chapter_item, doc_link
from textbook.sphinx_ext.state import current_spine


def _chapter_item(chapter: Chapter, classes: list[str]) -> nodes.list_item:
    item = about_chapter(chapter_item(classes=classes), chapter.id)
    paragraph = nodes.paragraph()
    paragraph += doc_link(chapter.index.docname, chapter.title)
    item += paragraph
    return item


def _link_item(docname: str, text: str, classes: list[str]) -> nodes.list_item:
    item = nodes.list_item(classes=classes)
    paragraph = nodes.paragraph()
    paragraph += doc_link(docname, text)
    item += paragraph
    return item


def built_on_box(card: Card, spine: Spine) -> nodes.admonition:
    """The chapters a card rests on, each marked done or not yet by the browser (pure)."""
    box = nodes.admonition(classes=["before-you-start", "built-on", f"ff-card-{card.id}"])
    box += nodes.title(text="Built on")
    box += nodes.paragraph(
        text="This card is a quick guide for one moment in practice. It rests on these foundation chapters; if you have not read them yet, read them first."
    )
    chapters = nodes.bullet_list()
    for ident in card.meta.builds_on:
        chapter = spine.chapter(ident)
        if chapter is not None:
            chapters += _chapter_item(chapter, ["ff-prereq", f"ff-chapter-{chapter.id}"])
    box += chapters
    return box


def next_box(chapter: Chapter, spine: Spine) -> nodes.container:
    """What comes after a chapter in the required order, and the cards built on it (pure)."""
    box = about_chapter(chapter_box(classes=["ff-next", f"ff-chapter-{chapter.id}"]), chapter.id)
    box += nodes.rubric(text="Next in the required order")
    position = spine.chapters.index(chapter)
    following = spine.chapters[position + 1] if position + 1 < len(spine.chapters) else None
    paragraph = nodes.paragraph()
    if following is not None:
        paragraph += nodes.Text(f"Chapter {position + 2}: ")
        paragraph += doc_link(following.index.docname, following.title)
        paragraph += nodes.Text(".")
    else:
        paragraph += nodes.Text(
            "This is the last foundation chapter. The practice toolkit is there when a moment in practice calls for it."
        )
    box += paragraph
    cards = [card for card in spine.cards if chapter.id in card.meta.builds_on]
    if cards:
        box += nodes.paragraph(text="Toolkit cards that build on this chapter:")
        listing = nodes.bullet_list(classes=["ff-next-cards"])
        for card in cards:
            listing += _link_item(card.page.docname, card.page.source.title or card.id, [f"ff-card-{card.id}"])
        box += listing
    return box


def _on_doctree_read(app: Sphinx, doctree: nodes.document) -> None:
    spine = current_spine(app)
    docname = app.env.docname
    card = next((c for c in spine.cards if c.page.docname == docname), None)
    if card is not None:
        section = next(iter(doctree.findall(nodes.section)), None)
        if section is not None:
            title = section.next_node(nodes.title)
            section.insert(section.index(title) + 1 if title is not None else 0, built_on_box(card, spine))
        for chapter_id in card.meta.builds_on:  # re-read the card when a base chapter's title changes
            chapter = spine.chapter(chapter_id)
            if chapter is not None:
                app.env.note_dependency(str(chapter.index.path))
        return
    chapter = next((c for c in spine.chapters if c.pages and c.pages[-1].docname == docname), None)
    if chapter is not None:
        doctree += next_box(chapter, spine)


def setup_way_through(app: Sphinx) -> None:
    app.connect("doctree-read", _on_doctree_read)

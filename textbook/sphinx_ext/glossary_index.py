"""The ``glossary-index`` directive: every glossary term of the book, A to Z, in one place."""

from __future__ import annotations

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

from textbook.model.spine import Spine
from textbook.sphinx_ext.state import depend_on_spine_fact, register_spine_fact


def glossary_entries(spine: Spine) -> list[tuple[str, str, str, str]]:
    """(term as written, definition, defining docname, chapter title) sorted A to Z (pure)."""
    entries = []
    for page in spine.pages:
        chapter = spine.chapter(page.chapter) if page.chapter else None
        where = chapter.title if chapter else (page.source.title or page.docname)
        for ref in page.source.defined_terms:
            entries.append((ref.label or ref.name, page.source.definitions.get(ref.name, ""), page.docname, where))
    return sorted(entries, key=lambda entry: entry[0].lower())


def glossary_markup(spine: Spine) -> str:
    """The index as a MyST definition list; each term links to where it is introduced."""
    blocks = []
    for term, definition, docname, where in glossary_entries(spine):
        blocks.append(f"{{term}}`{term}`\n: {definition} *Introduced in {{doc}}`{where} </{docname}>`.*\n")
    return "\n".join(blocks) if blocks else "No terms are defined yet."


class GlossaryIndex(SphinxDirective):
    has_content = False

    def run(self) -> list[nodes.Node]:
        markup = depend_on_spine_fact(self.env, "glossary")  # the page is read again when it changes
        container = nodes.container(classes=["glossary-index"])
        container += self.parse_text_to_nodes(str(markup))
        return [container]


def setup_glossary_index(app: Sphinx) -> None:
    register_spine_fact("glossary", glossary_markup)
    app.add_directive("glossary-index", GlossaryIndex)

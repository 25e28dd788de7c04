"""What the features share: docutils nodes for text in the exercise markup subset, paragraphs
and bullet lists of it, a link to a page of the book, and the collapsed answer (its node and
how each builder writes it). Features import from here, never from each other."""

from __future__ import annotations

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxTranslator

from textbook.kit.markup import inline_tokens


class answer_node(nodes.General, nodes.Element):
    """An answer, collapsed in HTML (``<details>``), plain text elsewhere."""


def inline_nodes(text: str) -> list[nodes.Node]:
    """Docutils nodes for text in the exercise markup subset (escaped by the writer)."""
    built: list[nodes.Node] = []
    for kind, content, url in inline_tokens(text):
        if kind == "em":
            built.append(nodes.emphasis(content, content))
        elif kind == "strong":
            built.append(nodes.strong(content, content))
        elif kind == "code":
            built.append(nodes.literal(content, content))
        elif kind == "link":
            built.append(nodes.reference(content, content, refuri=url))
        else:
            built.append(nodes.Text(content))
    return built


def paragraph(text: str, classes: list[str] | None = None) -> nodes.paragraph:
    """A paragraph of text in the exercise markup subset."""
    node = nodes.paragraph(classes=classes or [])
    node.extend(inline_nodes(text))
    return node


def bullets(lines: list[str]) -> nodes.bullet_list:
    """A bullet list, one item per line of text in the markup subset."""
    listing = nodes.bullet_list()
    for line in lines:
        item = nodes.list_item()
        item += paragraph(line)
        listing += item
    return listing


def doc_link(docname: str, text: str) -> addnodes.pending_xref:
    """A link to a page of the book, resolved by Sphinx (a missing page is a build warning)."""
    reference = addnodes.pending_xref(
        "", refdomain="std", reftype="doc", reftarget=f"/{docname}", refexplicit=True, refwarn=True
    )
    reference += nodes.inline(text, text)
    return reference


def _visit_answer_html(translator: SphinxTranslator, node: answer_node) -> None:
    translator.body.append('<details class="ff-answer"><summary>Show the answer</summary>\n')


def _depart_answer_html(translator: SphinxTranslator, node: answer_node) -> None:
    translator.body.append("</details>\n")


def write_nothing(translator: SphinxTranslator, node: nodes.Node) -> None:
    """For builders that have no use for a node's own markup (its children are written)."""


def setup_shared(app: Sphinx) -> None:
    app.add_node(
        answer_node,
        html=(_visit_answer_html, _depart_answer_html),
        latex=(write_nothing, write_nothing),
        text=(write_nothing, write_nothing),
        man=(write_nothing, write_nothing),
        texinfo=(write_nothing, write_nothing),
    )

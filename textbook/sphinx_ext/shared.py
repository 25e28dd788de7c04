"""What the features share: docutils nodes for text in the exercise markup subset, paragraphs
and bullet lists of it, a link to a page of the book, the collapsed answer (its node and
how each builder writes it), a chapter's objectives with their evidence, and a pybtex
formatting style registered again in a form of the engine's. Features import
from here, never from each other."""

from __future__ import annotations

import html
from collections.abc import Callable

from docutils import nodes
from pybtex.plugin import PluginNotFound, find_plugin, register_plugin
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxTranslator

from textbook.kit.markup import inline_tokens
from textbook.model.spine import Chapter, Spine


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


class chapter_box(nodes.container):
    """A box about one chapter: written as a ``<div>`` with ``data-chapter``."""


class chapter_admonition(nodes.admonition):
    """An admonition about one chapter (Before you start): ``data-chapter`` on its element."""


class chapter_item(nodes.list_item):
    """A list item about one chapter (a prerequisite, a step of the path): ``data-chapter``."""


def about_chapter(node: nodes.Element, chapter_id: str, role: str = "") -> nodes.Element:
    """Mark a node as about ``chapter_id`` (and, for a box the runtime fills in, its ``role``):
    the browser reads both from ``data-chapter`` and ``data-role``, never from class names, so a
    chapter called "progress" cannot pass for a progress box."""
    node["chapter"] = chapter_id
    if role:
        node["role"] = role
    return node


def _with_data_chapter(visit_name: str):
    """The standard HTML visitor, with ``data-chapter`` added to the element it opens."""

    def visit(translator: SphinxTranslator, node: nodes.Element) -> None:
        getattr(translator, visit_name)(node)
        for index in range(len(translator.body) - 1, -1, -1):  # the tag just opened
            opened = translator.body[index]
            if opened.startswith("<") and not opened.startswith("</"):
                tag_end = opened.index(" ") if " " in opened.split(">", 1)[0] else opened.index(">")
                added = f' data-chapter="{html.escape(node.get("chapter", ""), quote=True)}"'
                if node.get("role"):
                    added += f' data-role="{html.escape(node["role"], quote=True)}"'
                translator.body[index] = f"{opened[:tag_end]}{added}{opened[tag_end:]}"
                break

    return visit


def _standard(name: str):
    """For builders without data attributes: the standard visitor or departure of ``name``."""
    return lambda translator, node: getattr(translator, name)(node)


def objective_evidence(spine: Spine, chapter: Chapter) -> list[dict[str, object]]:
    """Each objective of a chapter with what shows whether a learner has it (pure): the counted,
    scored exercises of the chapter that assess it, and the readiness questions about it.
    Self-checks and reflections are never evidence."""
    exercises = [
        loaded.exercise
        for loaded in spine.exercises_of(chapter.id)
        if loaded.exercise.completes_chapter and type(loaded.exercise).scored
    ]
    probes = [probe for _, probe in spine.readiness_questions() if probe.chapter == chapter.id]
    return [
        {
            "id": objective.id,
            "text": objective.text,
            "exercises": [e.id for e in exercises if objective.id in e.objectives],
            "probes": [p.id for p in probes if objective.id in p.objectives],
        }
        for objective in chapter.meta.objectives
    ]


def objectives_html(spine: Spine, chapter: Chapter, classes: str = "") -> str:
    """A chapter's objectives as ``ul.ff-objectives``: each ``li.ff-objective`` carries its id
    and evidence (``data-objective``, ``data-exercises``, ``data-probes``) for the browser, which
    marks each one solid, shaky or not yet (``ff-objectives.js``)."""
    items = "".join(
        f'<li class="ff-objective" data-objective="{html.escape(str(o["id"]))}" '
        f'data-exercises="{html.escape(" ".join(o["exercises"]))}" '  # type: ignore[arg-type]
        f'data-probes="{html.escape(" ".join(o["probes"]))}">'  # type: ignore[arg-type]
        f'<span class="ff-objective-text">{html.escape(str(o["text"]))}</span></li>'
        for o in objective_evidence(spine, chapter)
    )
    extra = f" {classes}" if classes else ""
    return f'<ul class="ff-objectives{extra}" data-chapter="{html.escape(chapter.id)}">{items}</ul>'


def write_nothing(translator: SphinxTranslator, node: nodes.Node) -> None:
    """For builders that have no use for a node's own markup (its children are written)."""


def setup_shared(app: Sphinx) -> None:
    for node_class, base in (
        (chapter_box, "container"),
        (chapter_admonition, "admonition"),
        (chapter_item, "list_item"),
    ):
        standard = (_standard(f"visit_{base}"), _standard(f"depart_{base}"))
        app.add_node(
            node_class,
            html=(_with_data_chapter(f"visit_{base}"), _standard(f"depart_{base}")),
            latex=standard,
            text=standard,
            man=standard,
            texinfo=standard,
        )
    app.add_node(
        answer_node,
        html=(_visit_answer_html, _depart_answer_html),
        latex=(write_nothing, write_nothing),
        text=(write_nothing, write_nothing),
        man=(write_nothing, write_nothing),
        texinfo=(write_nothing, write_nothing),
    )


PYBTEX_STYLES = "pybtex.style.formatting"  # pybtex's plugin group of formatting styles


def restyle(name: str, transform: Callable[[type], type]) -> type | None:
    """Register the formatting style pybtex finds under ``name`` again under that name, as
    ``transform`` makes it (pybtex's public ``register_plugin``); return what is registered then
    (None for a style pybtex does not know: nothing changes). A transform that returns the
    class itself (it already has the engine's form) registers nothing."""
    try:
        found = find_plugin(PYBTEX_STYLES, name)
    except PluginNotFound:
        return None
    style = transform(found)
    if style is not found:
        register_plugin(PYBTEX_STYLES, name, style, force=True)
    return style

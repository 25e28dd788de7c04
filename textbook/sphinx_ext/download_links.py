"""The ``download-links`` directive, and publishing the EPUB and PDF with the site.

``make epub`` and ``make pdf`` write ``_build/downloads/``; when that folder exists, the HTML
build copies it into the site (``html_extra_path``) and the directive links each file."""

from __future__ import annotations

from pathlib import Path

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

FOLDER = Path("_build") / "downloads"
EDITIONS = (
    ("foundations-first.epub", "EPUB, for e-readers and phones"),
    ("foundations-first.pdf", "PDF, for printing"),
)


def _publish(app: Sphinx) -> None:
    folder = Path(app.srcdir) / FOLDER
    if app.builder.format == "html" and not app.builder.name.startswith("epub") and folder.is_dir():
        app.config.html_extra_path = [*app.config.html_extra_path, str(folder)]


class DownloadLinks(SphinxDirective):
    """Links to the editions found in _build/downloads/, on the web site only (the EPUB and
    the PDF do not contain each other); elsewhere, or with no editions yet, a short note."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        folder = Path(self.env.srcdir) / FOLDER
        listing = nodes.bullet_list()
        for name, label in EDITIONS:
            path = folder / name
            self.env.note_dependency(str(path))  # re-read this page when an edition appears
            if path.is_file():
                paragraph = nodes.paragraph()
                paragraph += nodes.reference(label, label, refuri="../" * self.env.docname.count("/") + name)
                paragraph += nodes.Text(f" ({path.stat().st_size / 1_000_000:.1f} MB)")
                item = nodes.list_item()
                item += paragraph
                listing += item
        note = nodes.paragraph(
            text="The EPUB and PDF editions are published with the online book. To make them from the sources, run make epub and make pdf, then build the site."
        )
        if not listing.children:
            return [note]
        on_the_web = addnodes.only(expr="builder_html")
        on_the_web += listing
        elsewhere = addnodes.only(expr="not builder_html")
        elsewhere += note
        return [on_the_web, elsewhere]


def setup_download_links(app: Sphinx) -> None:
    app.connect("builder-inited", _publish)
    app.add_directive("download-links", DownloadLinks)

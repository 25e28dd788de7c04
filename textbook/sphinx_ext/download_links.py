"""The ``download-links`` directive, and publishing the downloads with the site.

``make epub``, ``make pdf`` and ``make lms`` write ``_build/downloads/``; when that folder
exists, the HTML build copies it into the site (``html_extra_path``) and the directive links
each file: ``{download-links}`` the book's editions, ``{download-links} quizzes`` the LMS quiz
files, ``{download-links} course`` the course cartridge and the SCORM package.

A page with links is read again when a file of its groups appears, goes or changes size (what
the links show), and only then: each page records what it listed (``LISTED``), compared at
``env-get-outdated``. (Noting the files as Sphinx dependencies made Sphinx read the page again on
every build while a file was missing, which it always is until ``make book`` writes it.)"""

from __future__ import annotations

from pathlib import Path

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.util.docutils import SphinxDirective

FOLDER = Path("_build") / "downloads"
LISTED = "ff_download_links"  # on the environment: docname -> {group: what its links showed}
GROUPS = {
    "editions": (
        (
            ("foundations-first.epub", "EPUB, for e-readers and phones"),
            ("foundations-first.pdf", "PDF, for printing"),
        ),
        "This copy of the book was built without its EPUB and PDF editions. You will find them "
        "on the page you are reading in the published online book.",
    ),
    "quizzes": (
        (
            ("foundations-first-qti.zip", "QTI 1.2 package, for Canvas, Brightspace and Blackboard"),
            ("foundations-first-moodle.xml", "Moodle XML, for Moodle"),
            ("foundations-first-blackboard.txt", "Blackboard upload file (no feedback)"),
        ),
        "The quiz files of the whole book are published with the online book. To make them from "
        "the sources, run make lms, then build the site.",
    ),
    "course": (
        (
            ("foundations-first.imscc", "Common Cartridge 1.1 course: a module per chapter, in order"),
            ("foundations-first-scorm.zip", "SCORM 1.2 package: completion and scores in your gradebook"),
        ),
        "The course files of the whole book are published with the online book. To make them from "
        "the sources, run make lms SITE_URL=https://... (the published book's address), then build the site.",
    ),
}


def _publish(app: Sphinx) -> None:
    folder = Path(app.srcdir) / FOLDER
    if app.builder.format == "html" and not app.builder.name.startswith("epub") and folder.is_dir():
        app.config.html_extra_path = [*app.config.html_extra_path, str(folder)]


def listing(folder: Path, group: str) -> tuple[tuple[str, int | None], ...]:
    """Each file of ``group`` with its size in bytes, or None while it is missing."""
    return tuple(
        (name, (folder / name).stat().st_size if (folder / name).is_file() else None) for name, _ in GROUPS[group][0]
    )


class DownloadLinks(SphinxDirective):
    """Links to the files of a group found in _build/downloads/, on the web site only (the EPUB
    and the PDF do not contain each other); elsewhere, or with no files yet, a short note."""

    has_content = False
    optional_arguments = 1

    def run(self) -> list[nodes.Node]:
        group = self.arguments[0] if self.arguments else "editions"
        if group not in GROUPS:
            raise self.error(f"download-links takes one of {', '.join(GROUPS)}, not '{group}'")
        files, text = GROUPS[group]
        folder = Path(self.env.srcdir) / FOLDER
        listed = getattr(self.env, LISTED, {})
        listed.setdefault(self.env.docname, {})[group] = listing(folder, group)
        setattr(self.env, LISTED, listed)
        links = nodes.bullet_list()
        for name, label in files:
            path = folder / name
            if path.is_file():
                paragraph = nodes.paragraph()
                paragraph += nodes.reference(label, label, refuri="../" * self.env.docname.count("/") + name)
                paragraph += nodes.Text(f" ({path.stat().st_size / 1_000_000:.1f} MB)")
                item = nodes.list_item()
                item += paragraph
                links += item
        note = nodes.paragraph(text=text)
        if not links.children:
            return [note]
        on_the_web = addnodes.only(expr="builder_html")
        on_the_web += links
        elsewhere = addnodes.only(expr="not builder_html")
        elsewhere += note
        return [on_the_web, elsewhere]


def _changed_listings(
    app: Sphinx, env: BuildEnvironment, added: set[str], changed: set[str], removed: set[str]
) -> list[str]:
    """The pages whose links would now show other files or sizes."""
    folder = Path(app.srcdir) / FOLDER
    return [
        docname
        for docname, groups in getattr(env, LISTED, {}).items()
        if docname not in removed and any(listing(folder, group) != shown for group, shown in groups.items())
    ]


def _forget(app: Sphinx, env: BuildEnvironment, docname: str) -> None:
    getattr(env, LISTED, {}).pop(docname, None)


def _merge(app: Sphinx, env: BuildEnvironment, docnames: set[str], other: BuildEnvironment) -> None:
    listed = getattr(env, LISTED, {})
    listed.update({docname: groups for docname, groups in getattr(other, LISTED, {}).items() if docname in docnames})
    setattr(env, LISTED, listed)


def setup_download_links(app: Sphinx) -> None:
    app.connect("builder-inited", _publish)
    app.connect("env-get-outdated", _changed_listings)
    app.connect("env-purge-doc", _forget)
    app.connect("env-merge-info", _merge)
    app.add_directive("download-links", DownloadLinks)

"""The ``download-links`` directive, and publishing the downloads with the site.

``make epub``, ``make pdf`` and ``make lms`` write ``_build/downloads/``; when that folder
exists, the HTML build copies it into the site (``html_extra_path``) and the directive links
each file: ``{download-links}`` the book's editions, ``{download-links} quizzes`` the LMS quiz
files, ``{download-links} course`` the course cartridge and the SCORM package.

The pages with links are read again when a download file appears, goes or is written again, and
only then. Each builder's output keeps what the files were when its pages were last written (a
small record beside the doctrees, one per builder: the builders of a book share their doctrees,
so the EPUB's build must not hide a new file from the web site's), compared at
``env-get-outdated``. A build with nothing to read or write copies no files at all, so the web
site then also gets the new files. (Noting the files as Sphinx dependencies instead made Sphinx
read the pages again on every build while a file was missing, as it is until ``make book``
writes it.)"""

from __future__ import annotations

import json
from pathlib import Path

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.util.docutils import SphinxDirective

FOLDER = Path("_build") / "downloads"
LINKED = "ff_download_links"  # on the environment: the pages with download links
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


def downloads_now(folder: Path) -> dict[str, list[int] | None]:
    """Each download file of every group: its size and modification time, or None when missing."""
    found: dict[str, list[int] | None] = {}
    for files, _ in GROUPS.values():
        for name, _ in files:
            path = folder / name
            found[name] = [path.stat().st_size, path.stat().st_mtime_ns] if path.is_file() else None
    return found


def _record(app: Sphinx) -> Path:
    """Where this builder keeps what the files were when its pages were last written."""
    return Path(app.doctreedir) / f"ff-downloads-{app.builder.name}.json"


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
        setattr(self.env, LINKED, getattr(self.env, LINKED, set()) | {self.env.docname})
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


def _changed_downloads(
    app: Sphinx, env: BuildEnvironment, added: set[str], changed: set[str], removed: set[str]
) -> list[str]:
    """Every page with download links, when the files differ from what this output was last
    written with (or nothing says what that was)."""
    try:
        written = json.loads(_record(app).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        written = None
    if written == downloads_now(Path(app.srcdir) / FOLDER):
        return []
    return sorted(getattr(env, LINKED, set()) - removed)


def _remember_downloads(app: Sphinx, exception: Exception | None) -> None:
    if exception is None:
        record = _record(app)
        record.parent.mkdir(parents=True, exist_ok=True)
        record.write_text(json.dumps(downloads_now(Path(app.srcdir) / FOLDER)), encoding="utf-8")


def _forget(app: Sphinx, env: BuildEnvironment, docname: str) -> None:
    getattr(env, LINKED, set()).discard(docname)


def _merge(app: Sphinx, env: BuildEnvironment, docnames: set[str], other: BuildEnvironment) -> None:
    setattr(env, LINKED, getattr(env, LINKED, set()) | (getattr(other, LINKED, set()) & docnames))


def setup_download_links(app: Sphinx) -> None:
    app.connect("builder-inited", _publish)
    app.connect("env-get-outdated", _changed_downloads)
    app.connect("build-finished", _remember_downloads)
    app.connect("env-purge-doc", _forget)
    app.connect("env-merge-info", _merge)
    app.add_directive("download-links", DownloadLinks)

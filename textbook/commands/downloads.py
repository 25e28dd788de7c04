"""Downloads for readers with poor connections: an EPUB (checked with epubcheck) and a PDF
(headless Chromium printing the single-page build). Both land in ``_build/downloads/``, which
the site's build then publishes (see ``sphinx_ext/download_links.py``)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from textbook.commands.build import build_site

EPUB_NAME = "foundations-first.epub"
PDF_NAME = "foundations-first.pdf"
DOWNLOADS = "downloads"  # _build/downloads/: the site's build copies what it finds there
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--no-pdf-header-footer",
    "--generate-pdf-document-outline",  # bookmarks: every chapter, section and card
]


class DownloadError(Exception):
    """A download could not be made; the message says why and what to install."""


def build_epub(root: Path, output: Path | None = None) -> Path:
    """Build the EPUB and check it with epubcheck when it is installed; return its path."""
    out = (output or root) / "_build"
    status = build_site(root, builder="custom", custom_builder="epub", output=output, strict=False)
    if status != 0:
        raise DownloadError("the EPUB build failed: see the messages above")
    built = next((out / "epub").glob("*.epub"), None)
    if built is None:
        raise DownloadError(f"no EPUB was written under {out / 'epub'}")
    target = out / DOWNLOADS / EPUB_NAME
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(built, target)
    epubcheck = epubcheck_command()
    if epubcheck is not None:
        result = subprocess.run([*epubcheck, "--quiet", str(target)], capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise DownloadError(f"epubcheck found problems in {target}:\n{result.stdout}{result.stderr}")
    else:
        print(
            "textbook: epubcheck is not installed (Debian package epubcheck): the EPUB was not checked", file=sys.stderr
        )
    return target


def epubcheck_command() -> list[str] | None:
    """How to run epubcheck: Debian ships it as a jar (``/usr/bin/epubcheck`` links to it)."""
    found = shutil.which("epubcheck")
    if found is None:
        return None
    real = Path(found).resolve()
    java = shutil.which("java")
    return [java, "-jar", str(real)] if real.suffix == ".jar" and java else [found]


def chromium() -> str:
    for candidate in (
        os.environ.get("CHROMIUM_PATH"),
        "/usr/bin/chromium",
        shutil.which("chromium"),
        shutil.which("google-chrome"),
    ):
        if candidate and Path(candidate).is_file():
            return candidate
    raise DownloadError("no Chromium found: install Debian's chromium package (or set CHROMIUM_PATH)")


def single_page(folder: Path) -> Path:
    """The page of a single-page build, placed at the build's root: its index.html only
    redirects to it, and its links to styles and images are relative to the root."""
    index = folder / "index.html"
    redirect = re.search(r'url=([^"]+)"', index.read_text(encoding="utf-8")) if index.is_file() else None
    if redirect is None:
        return index
    printable = folder / "print.html"
    printable.write_text(for_print((folder / redirect.group(1)).read_text(encoding="utf-8")), encoding="utf-8")
    return printable


# What the site shows around the book, which a printed book does not carry: navigation,
# sidebars, drawers, the header, "Previous / Next" and each heading's "#" link. Without them
# Chromium's document outline (the PDF's bookmarks) holds the book's headings and only those.
NOT_PRINTED = (
    "a.headerlink",
    ".bd-sidebar-primary",
    ".bd-sidebar-secondary",
    "dialog",
    "header",
    ".bd-header-article",
    ".prev-next-area",
    ".bd-footer",
    ".bd-footer-article",
    "#pst-back-to-top",
    ".skip-link",
)


def for_print(html: str) -> str:
    """The single-page build's HTML, ready to print as the PDF (pure)."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for selector in NOT_PRINTED:
        for node in soup.select(selector):
            node.decompose()
    # Chromium tags a <figure> as a Figure of its own, with no alternative text, around the
    # image's Figure (which carries the alt text): as a group, it is tagged as a Div instead.
    for figure in soup.find_all("figure"):
        figure["role"] = "group"
    return str(soup)


def heading_texts(html: str) -> list[str]:
    """The text of every heading of a page, in order: what the PDF's bookmarks should say (pure)."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    found = soup.find_all(lambda tag: tag.name in ("h1", "h2", "h3", "h4", "h5", "h6") or tag.get("role") == "heading")
    return [" ".join(tag.get_text(" ").split()) for tag in found]


def _same_heading(bookmark: str, heading: str) -> bool:
    """Whether Chromium's bookmark text is this heading: the same letters, some maybe twice."""
    written, meant = "".join(bookmark.split()), "".join(heading.split())
    if written == meant:
        return True
    return (
        bool(meant)
        and len(meant) <= len(written) <= 2 * len(meant)
        and set(written) <= set(meant)
        and all(written.count(letter) >= meant.count(letter) for letter in set(meant))
    )


def mend_bookmarks(pdf: Path, headings: list[str]) -> int:
    """Give each bookmark its heading's text; return how many were mended.

    Chromium (156) repeats words in the bookmark of a heading at the top of a page ("The required
    orderThe required order", "1.3. 1.3. The work..."). Bookmarks come in the order of the
    headings, so each takes the text of the next heading that matches it."""
    from pypdf import PdfWriter
    from pypdf.generic import NameObject, TextStringObject

    writer = PdfWriter(clone_from=str(pdf))
    outlines = writer._root_object.get("/Outlines")
    if outlines is None:
        return 0
    mended, position = 0, 0

    def visit(item) -> None:
        nonlocal mended, position
        while item is not None:
            item = item.get_object()
            title = str(item.get("/Title", ""))
            for index in range(position, min(position + 8, len(headings))):
                if _same_heading(title, headings[index]):
                    position = index + 1
                    if title != headings[index]:
                        item[NameObject("/Title")] = TextStringObject(headings[index])
                        mended += 1
                    break
            if "/First" in item:
                visit(item["/First"])
            item = item.get("/Next")

    visit(outlines.get_object().get("/First"))
    with pdf.open("wb") as stream:
        writer.write(stream)
    return mended


def build_pdf(root: Path, output: Path | None = None) -> Path:
    """Print the single-page build to PDF with headless Chromium; return its path."""
    browser = chromium()
    out = (output or root) / "_build"
    if build_site(root, builder="singlehtml", output=output, strict=False) != 0:
        raise DownloadError("the single-page build failed: see the messages above")
    page = single_page(out / "singlehtml")
    target = (out / DOWNLOADS / PDF_NAME).resolve()  # Chromium would resolve a relative path elsewhere
    target.parent.mkdir(parents=True, exist_ok=True)
    target.unlink(missing_ok=True)
    command = [browser, *CHROMIUM_ARGS, f"--print-to-pdf={target}", page.resolve().as_uri()]
    result = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    if not target.is_file() or target.stat().st_size < 10_000:
        raise DownloadError(f"Chromium could not print the PDF: {result.stderr.strip()[-500:]}")
    mend_bookmarks(target, heading_texts(page.read_text(encoding="utf-8")))
    return target

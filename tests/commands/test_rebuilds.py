"""Every output rebuilds cleanly, in any order and repeated: a second `make epub` once failed
epubcheck, because the first one had left another builder's stylesheet in _build/epub."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from benchmarks.page_weight import BUDGET_GZIP, site_weights
from tests.conftest import chromium_path, copy_of_book, run_textbook
from textbook.commands.downloads import epubcheck_command

pytestmark = pytest.mark.slow
HREF = re.compile(r'(?:href|src)="([^"#?]+)[^"]*"')


def _broken_links(site: Path) -> list[str]:
    """Local links and assets of every page that point at no file."""
    broken = []
    for page in site.rglob("*.html"):
        if "_static" in page.parts:
            continue
        for target in HREF.findall(page.read_text(encoding="utf-8")):
            if re.match(r"^[a-z][a-z0-9+.-]*:", target) or not target:
                continue
            path = site / target.lstrip("/") if target.startswith("/") else page.parent / target
            if not path.exists():
                broken.append(f"{page.relative_to(site)} -> {target}")
    return broken


@pytest.mark.skipif(epubcheck_command() is None or chromium_path() is None, reason="needs epubcheck and Chromium")
def test_outputs_rebuild_in_any_order_and_repeated(tmp_path: Path) -> None:
    book = copy_of_book(tmp_path / "book")
    lms = ("export", "--format", "moodle", "-o", "_build/downloads/foundations-first-moodle.xml")
    edition = ("edition", "editions/boundaries-and-self-care.yml", "--with-prerequisites")
    steps = [("epub",), ("epub",), ("build",), lms, ("pdf",), edition, ("epub",), lms, ("pdf",), edition, ("build",)]
    for step in steps:
        result = run_textbook(*step, cwd=book, timeout=900)
        assert result.returncode == 0, f"{step}: " + result.stdout[-1500:] + result.stderr[-2500:]
        if step == ("epub",):  # epubcheck passed (run by the command); the package holds only its own styles
            with zipfile.ZipFile(book / "_build/downloads/foundations-first.epub") as package:
                styles = sorted(Path(name).name for name in package.namelist() if name.endswith(".css"))
            assert styles == ["epub.css", "pygments.css"], styles
    site = book / "_build" / "html"
    assert (site / "foundations-first.epub").is_file() and (site / "foundations-first.pdf").is_file()
    assert (site / "foundations-first-moodle.xml").is_file()
    assert (book / "_build/editions/boundaries-and-self-care/html/book/intro.html").is_file()
    assert _broken_links(site) == []
    page = (site / "book/foundations/06-boundaries/crossings-and-violations.html").read_text(encoding="utf-8")
    assert '<h1><span class="section-number">6.1. </span>' in page  # numbers hold across incremental builds
    assert [w.page for w in site_weights(site) if w.gzip > BUDGET_GZIP] == []
    from pypdf import PdfReader

    text = " ".join(
        page.extract_text() for page in PdfReader(book / "_build/downloads/foundations-first.pdf").pages[:4]
    )
    assert "Professional boundaries" in text and "Ready for practicum" in text

"""EPUB and PDF editions and the quiz files: made without downloading anything, checked, and
linked from the site."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT, chromium_path, copy_of_book, run_textbook
from textbook.downloads import epubcheck_command

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the book, so that its _build/ is the test's own."""
    return copy_of_book(tmp_path_factory.mktemp("downloads") / "book")


@pytest.mark.skipif(epubcheck_command() is None, reason="Debian's epubcheck is not installed (.ci/run installs it)")
def test_epub_is_written_and_passes_epubcheck(book: Path) -> None:
    result = run_textbook("epub", cwd=book, timeout=900)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-3000:]
    epub = book / "_build/downloads/foundations-first.epub"
    with zipfile.ZipFile(epub) as archive:
        names = archive.namelist()
        assert names[0] == "mimetype" and archive.read("mimetype") == b"application/epub+zip"
        chapter = archive.read("book/foundations/06-boundaries/index.xhtml").decode("utf-8")
    assert "<script" not in chapter  # exercises read as questions; no runtime in the EPUB
    assert "book/answer-key-2.xhtml" in names  # the answers, as an appendix
    assert not any(name.endswith("ff-exercises.js") for name in names)


@pytest.mark.skipif(chromium_path() is None, reason="no Chromium at /usr/bin/chromium")
def test_pdf_is_printed_and_linked_from_the_site(book: Path) -> None:
    result = run_textbook("pdf", cwd=book, timeout=900)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-3000:]
    pdf = book / "_build/downloads/foundations-first.pdf"
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and data.count(b"/Type /Page") > 200
    site = run_textbook("build", cwd=book, timeout=900)
    assert site.returncode == 0, site.stdout[-2000:] + site.stderr[-2000:]
    assert (book / "_build/html/foundations-first.pdf").is_file()
    assert 'href="../foundations-first.pdf"' in (book / "_build/html/book/intro.html").read_text(encoding="utf-8")


def make_target_commands(target: str) -> list[list[str]]:
    """The ``python -m textbook`` arguments of each line of a Makefile target (pure)."""
    lines = (ROOT / "Makefile").read_text(encoding="utf-8").split(f"\n{target}:", 1)[1].split("\n\n", 1)[0]
    prefix = '"$(BIN)/python" -m textbook '
    return [line.strip().removeprefix(prefix).split() for line in lines.splitlines()[1:] if prefix in line]


def test_the_quiz_files_are_made_by_make_lms_and_linked_from_the_instructor_page(book: Path) -> None:
    commands = make_target_commands("lms")
    assert [words[:3] for words in commands] == [
        ["export", "--format", "qti"],
        ["export", "--format", "moodle"],
        ["export", "--format", "blackboard"],
    ]
    for words in commands:
        result = run_textbook(*words, cwd=book)
        assert result.returncode == 0, result.stderr
    site = run_textbook("build", cwd=book, timeout=900)
    assert site.returncode == 0, site.stdout[-2000:] + site.stderr[-2000:]
    page = (book / "_build/html/book/for-instructors.html").read_text(encoding="utf-8")
    for name in ("foundations-first-qti.zip", "foundations-first-moodle.xml", "foundations-first-blackboard.txt"):
        assert (book / "_build/html" / name).is_file(), name
        assert f'href="../{name}"' in page, name

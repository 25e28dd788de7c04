"""Builds with Sphinx: the real book, and fixture books whose faults must fail the build."""

from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import ROOT, run_textbook
from textbook.check import check_book

WARNING = re.compile(r"^(?P<path>[^\s:][^:]*):(?P<line>\d+): WARNING: (?P<message>.*?)(?: \[[\w.]+\])?$")
REMOTE_ASSET = re.compile(r"<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)=\"(?:https?:)?//", re.IGNORECASE)


def build_warnings(output: str) -> set[tuple[str, int, str]]:
    """The ``path:line: WARNING: message`` lines of a build's output."""
    found = set()
    for line in output.splitlines():
        match = WARNING.match(line.strip())
        if match:
            found.add((match["path"], int(match["line"]), match["message"]))
    return found


def read(site: Path, page: str) -> str:
    return (site / page).read_text(encoding="utf-8")


def test_every_page_of_the_toc_is_built(site: Path) -> None:
    for page in [
        "index.html",
        "book/foundations/01-orientation/index.html",
        "book/foundations/09-ready-for-practicum/index.html",
        "book/glossary.html",
        "book/references.html",
    ]:
        assert (site / page).is_file(), page


def test_chapter_opens_with_before_you_start(site: Path) -> None:
    html = read(site, "book/foundations/05-ethics/index.html")
    box = html[html.index("before-you-start") :]
    assert "Before you start" in box
    assert box.index("Models of practice") < box.index("Knowing yourself")  # prerequisites, in order
    assert 'href="../03-models-of-practice/index.html"' in box
    assert "This chapter is in preparation." in box
    assert "Reading time:" in box
    first = read(site, "book/foundations/01-orientation/index.html")
    assert "This chapter is where the book begins." in first
    assert "This chapter is in preparation." not in first


def test_glossary_page_gathers_every_term_with_links(site: Path) -> None:
    html = read(site, "book/glossary.html")
    terms = sorted(
        {
            ref.term
            for page in __import__("textbook.spine", fromlist=["x"]).load_spine(ROOT).pages
            for ref in page.source.defined_terms
        }
    )
    assert terms, "chapter 1 defines glossary terms"
    for term in terms:
        assert term in html.lower(), term
    assert html.count('href="foundations/01-orientation/') >= len(terms)


def test_references_and_citations(site: Path) -> None:
    html = read(site, "book/references.html")
    assert "Brandenburg" in html and "Just-in-time learning expectations" in html.replace('<span class="nocase">', "")
    chapter = read(site, "book/foundations/01-orientation/foundation-first.html")
    assert "references.html#id" in chapter or "references.html#" in chapter


def test_footer_states_both_licences(site: Path) -> None:
    html = read(site, "book/foundations/01-orientation/the-work.html")
    assert "creativecommons.org/licenses/by/4.0/" in html
    assert "MIT License" in html


def test_no_third_party_requests_on_any_page(site: Path) -> None:
    offenders = [
        str(page.relative_to(site))
        for page in site.rglob("*.html")
        if REMOTE_ASSET.search(page.read_text(encoding="utf-8"))
    ]
    assert offenders == []
    assert "mathjax" not in read(site, "index.html").lower()


def test_valid_fixture_builds(fixture_book) -> None:
    book = fixture_book("valid")
    result = run_textbook("build", cwd=book)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert (book / "_build/html/book/foundations/02-second/index.html").is_file()


def test_build_reports_what_check_reports_and_fails_again_unchanged(fixture_book) -> None:
    book = fixture_book("many-faults")
    expected = {(p.path.relative_to(book).as_posix(), p.line, p.message) for p in check_book(book)}
    assert len(expected) == 3
    for attempt in ("first build", "second, unchanged build"):
        result = run_textbook("build", cwd=book)
        output = result.stdout + result.stderr
        assert result.returncode == 1, attempt
        assert build_warnings(output) == expected, attempt
        assert "Traceback" not in output, attempt
        assert "3 problems in the book's sources" in output, attempt

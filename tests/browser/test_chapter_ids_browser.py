"""A chapter's id is data, never a class name the runtime reads: a chapter called "progress"
(whose items carry the class ff-chapter-progress, like the progress box) works like any other."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import FIXTURE_CONFIG, FIXTURES, TESTS
from textbook.commands.build import build_site

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def site_with_a_progress_chapter(tmp_path_factory: pytest.TempPathFactory) -> Path:
    book = tmp_path_factory.mktemp("chapter-ids") / "book"
    shutil.copytree(FIXTURES / "valid", book)
    shutil.copytree(TESTS / "snapshots" / "overlay", book, dirs_exist_ok=True)
    (book / "_config.yml").write_text(FIXTURE_CONFIG, encoding="utf-8")
    old, new = book / "book/foundations/01-first", book / "book/foundations/01-progress"
    old.rename(new)
    (book / "exercises/first.py").rename(book / "exercises/progress.py")
    for path in [book / "_toc.yml", new / "index.md", book / "exercises/readiness.py", *(book / "book").rglob("*.md")]:
        text = path.read_text(encoding="utf-8")
        text = text.replace("01-first", "01-progress").replace("chapter: first", "chapter: progress")
        text = text.replace("requires: [first]", "requires: [progress]").replace(
            "builds_on: [first,", "builds_on: [progress,"
        )
        path.write_text(text.replace('chapter="first"', 'chapter="progress"'), encoding="utf-8")
    assert build_site(book) == 0
    return book / "_build" / "html"


def test_a_chapter_called_progress_is_not_taken_for_a_progress_box(browser, site_with_a_progress_chapter: Path) -> None:
    site = site_with_a_progress_chapter
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto((site / "book/your-path.html").as_uri())
    item = page.locator('li.ff-path-item[data-chapter="progress"]')
    assert "ff-chapter-progress" in (item.get_attribute("class") or "")  # the class that once misled
    assert item.locator(".ff-path-progress").count() == 1  # its own progress line, and no box's
    assert item.locator(".ff-chapter-summary, .ff-standing-line").count() == 0
    assert page.locator(".ff-start-here").count() == 1
    assert item.locator(".ff-start-here").count() == 1  # nothing done: the first chapter is the start
    page.goto((site / "book/foundations/02-second/index.html").as_uri())
    prerequisite = page.locator('li.ff-prereq[data-chapter="progress"]')
    assert prerequisite.locator(".ff-readiness-badge").inner_text() == "Not yet"
    assert prerequisite.locator(".ff-chapter-summary, .ff-progress-line").count() == 0
    page.goto((site / "book/foundations/01-progress/more.html").as_uri())
    assert page.locator(".ff-chapter-summary").count() == 1
    assert page.locator('[data-role="chapter-progress"] .ff-standing-line').count() == 1
    assert errors == []
    context.close()

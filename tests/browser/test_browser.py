"""What a reader sees, in a real browser: Debian's Chromium driven by Playwright."""

from __future__ import annotations

from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.browser

PAGES = [
    "book/intro.html",
    "book/foundations/01-orientation/index.html",
    "book/foundations/01-orientation/in-the-system.html",
    "book/foundations/05-ethics/index.html",
    "book/glossary.html",
    "book/references.html",
]


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    yield opened
    context.close()


@pytest.mark.parametrize("name", PAGES)
def test_page_makes_no_request_off_the_machine(page, site: Path, name: str) -> None:
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto((site / name).as_uri())
    page.wait_for_load_state("load")
    assert requests, "the page loaded its own assets"
    assert [url for url in requests if not url.startswith(("file://", "data:"))] == []


@pytest.mark.parametrize("name", PAGES)
def test_axe_finds_no_serious_or_critical_violation(page, site: Path, name: str) -> None:
    page.goto((site / name).as_uri())
    results = Axe().run(page)
    serious = [
        (v["id"], v["impact"], v["nodes"][0]["html"][:120])
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == []


def test_chapter_page_shows_before_you_start_and_a_figure_with_alt_text(page, site: Path, tmp_path: Path) -> None:
    page.goto((site / "book/foundations/01-orientation/index.html").as_uri())
    box = page.locator(".before-you-start")
    assert box.is_visible()
    assert "This chapter is where the book begins." in box.inner_text()
    assert box.locator("li").count() >= 3  # the objectives
    page.screenshot(path=str(tmp_path / "chapter-1.png"))
    page.goto((site / "book/foundations/01-orientation/in-the-system.html").as_uri())
    figure = page.locator("figure img").first
    assert figure.is_visible()
    assert len(figure.get_attribute("alt") or "") > 20


def test_term_link_leads_to_its_definition(page, site: Path) -> None:
    page.goto((site / "book/glossary.html").as_uri())
    link = page.locator(".glossary-index dt a").first
    term = link.inner_text().strip().lower()
    with page.expect_navigation():
        link.click()
    assert "01-orientation" in page.url and "#term-" in page.url
    target = page.locator(f"[id='{page.url.split('#', 1)[1]}']")
    assert target.inner_text().strip().lower().startswith(term)


def test_prerequisite_links_work_by_keyboard(page, site: Path) -> None:
    page.goto((site / "book/foundations/05-ethics/index.html").as_uri())
    link = page.locator(".before-you-start a", has_text="Models of practice")
    link.focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith("03-models-of-practice/index.html")

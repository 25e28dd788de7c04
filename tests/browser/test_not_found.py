"""The 404 page, as the host serves it for any missing address: it looks like the book, its
styles and scripts load from any depth, and it offers search, the table of contents, "Your path"
and the start of the book, with a clean console, no serious axe finding, and under the budget."""

from __future__ import annotations

from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe

from benchmarks.page_weight import BUDGET_GZIP, page_weight
from tests.browser.test_phone_browser import PHONE
from textbook.sphinx_ext.not_found import not_found_body, site_path

pytestmark = pytest.mark.browser


def test_the_site_path_comes_from_the_host_then_the_base_url() -> None:
    assert site_path(None, None) == "/"
    assert site_path("/foundations-first", None) == "/foundations-first/"
    assert site_path(None, "https://example.org/book/") == "/book/"
    assert site_path("/", "https://example.org/book/") == "/"
    assert 'href="/book/book/your-path.html"' in not_found_body("/book/")


@pytest.mark.parametrize("options", [PHONE, {"viewport": {"width": 1280, "height": 900}}], ids=["phone", "desktop"])
def test_a_missing_page_at_any_depth_shows_the_books_404_page(browser, served_site: str, options: dict) -> None:
    context = browser.new_context(**options)
    page = context.new_page()
    errors: list[str] = []
    page.on(
        "console", lambda message: message.type == "error" and "404" not in message.text and errors.append(message.text)
    )
    page.on("pageerror", lambda error: errors.append(str(error)))
    response = page.goto(served_site + "book/foundations/no-such-chapter/old/page.html")
    assert response is not None and response.status == 404
    assert page.get_by_role("heading", name="Page not found", level=1).is_visible()
    sheets = page.evaluate("() => Array.from(document.styleSheets).filter((s) => s.href).length")
    assert sheets >= 3  # the theme's styles loaded from the deep address
    assert page.evaluate("() => getComputedStyle(document.querySelector('.bd-header') || document.body).position") != ""
    assert errors == []
    with page.expect_navigation():
        page.get_by_role("link", name="Your path", exact=True).click()
    assert page.url == served_site + "book/your-path.html"
    context.close()


def test_the_404_page_searches_and_opens_the_contents(browser, served_site: str) -> None:
    context = browser.new_context(**PHONE)
    page = context.new_page()
    page.goto(served_site + "a/b/c/missing.html")
    page.get_by_label("Search the book").fill("boundary")
    with page.expect_navigation():
        page.locator("form.ff-not-found-search").get_by_role("button", name="Search").click()
    assert "search.html?q=boundary" in page.url
    page.wait_for_selector("#search-results li", timeout=15000)
    page.goto(served_site + "a/b/c/missing.html")
    toggles = page.locator(".primary-toggle")
    visible = [toggles.nth(i) for i in range(toggles.count()) if toggles.nth(i).is_visible()]
    visible[0].tap()
    page.wait_for_function("() => document.querySelector('#pst-primary-sidebar-modal').open")
    assert page.locator("#pst-primary-sidebar-modal a[href*='06-boundaries']").count() > 0
    context.close()


def test_the_404_page_is_axe_clean_and_within_budget(browser, served_site: str, site: Path) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(served_site + "deep/er/missing")
    serious = [v["id"] for v in Axe().run(page).response["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == []
    assert page.locator("html").get_attribute("lang") == "en"
    context.close()
    assert page_weight(site, site / "404.html").gzip < BUDGET_GZIP

"""The way through, in a real browser: the readiness check and its recommendation, the path
page after a reload, Built on boxes on cards, and search from file://."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    yield opened
    context.close()


def readiness_data(page) -> dict:
    return json.loads(page.locator("script.ff-readiness-data").text_content())


def test_readiness_check_recommends_the_earliest_gap_and_the_path_remembers_it(page, site: Path) -> None:
    page.goto((site / "book/readiness.html").as_uri())
    data = readiness_data(page)
    assert len(data["order"]) == 9, "two or three questions about each foundation chapter"
    first, second = data["order"][0], data["order"][1]
    wrong_once = next(p for p in data["probes"] if p["chapter"] == second)
    for probe in data["probes"]:
        right = next(i for i, option in enumerate(probe["options"]) if option["correct"])
        choice = (right + 1) % len(probe["options"]) if probe["id"] == wrong_once["id"] else right
        page.locator(f'input[name="ff-ready-{probe["id"]}"][value="{choice}"]').check()
    page.get_by_role("button", name="See my foundation map").click()
    result = page.locator(".ff-readiness-result")
    start_title = data["chapters"][second]["title"]
    assert "Start here:" in result.inner_text() and start_title in result.locator(".ff-readiness-start").inner_text()
    assert "Solid" in result.locator("li").nth(0).inner_text()
    assert "Shaky" in result.locator("li").nth(1).inner_text()
    assert first != second

    page.goto((site / "book/your-path.html").as_uri())
    page.reload()
    marked = page.locator(f"li.ff-path-item.ff-chapter-{second} .ff-start-here")
    assert marked.inner_text() == "Start here"
    assert "Solid" in page.locator(f"li.ff-path-item.ff-chapter-{first} .ff-readiness-badge").inner_text()
    assert page.locator(".ff-start-here").count() == 1

    page.goto((site / "book/readiness.html").as_uri())  # the result is kept, and can be retaken
    assert start_title in page.locator(".ff-readiness-start").inner_text()
    page.get_by_role("button", name="Take the check again").click()
    assert page.locator(".ff-readiness-form").is_visible()


def test_all_right_means_a_solid_foundation(page, site: Path) -> None:
    page.goto((site / "book/readiness.html").as_uri())
    for probe in readiness_data(page)["probes"]:
        right = next(i for i, option in enumerate(probe["options"]) if option["correct"])
        page.locator(f'input[name="ff-ready-{probe["id"]}"][value="{right}"]').check()
    page.get_by_role("button", name="See my foundation map").click()
    assert "Your foundation looks solid." in page.locator(".ff-readiness-result").inner_text()


def test_readiness_check_reads_without_javascript(browser, site: Path) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto((site / "book/readiness.html").as_uri())
    assert page.locator(".ff-readiness .ff-static details.ff-answer").count() >= 18
    context.close()


def test_card_shows_what_it_is_built_on(page, site: Path) -> None:
    page.goto((site / "book/toolkit/gift-from-a-client.html").as_uri())
    box = page.locator(".built-on")
    assert "Built on" in box.inner_text()
    assert box.locator("li.ff-prereq").count() == 2
    assert "Not yet" in box.inner_text()  # nothing done in a fresh browser
    with page.expect_navigation():
        box.locator("a", has_text="Professional boundaries").click()
    assert page.url.endswith("06-boundaries/index.html")


def test_chapter_end_points_to_the_next_chapter_and_its_cards(page, site: Path) -> None:
    page.goto((site / "book/foundations/06-boundaries/supervision.html").as_uri())
    box = page.locator(".ff-next")
    assert "Chapter 7:" in box.inner_text()
    assert box.locator(".ff-next-cards a").count() >= 2


def test_search_works_offline_across_chapters_and_cards(page, site: Path) -> None:
    page.goto((site / "search.html").as_uri() + "?q=gift")
    page.wait_for_selector("ul.search li", timeout=20000)
    results = page.locator("ul.search li a").all_inner_texts()
    assert any("gift" in title.lower() and "6." in title for title in results), results  # a chapter page
    assert "A person you support offers you a gift" in results  # a card

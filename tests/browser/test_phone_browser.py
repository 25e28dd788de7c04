"""The book on a phone: 390 px wide, by touch (``is_mobile``, ``has_touch``), and by keyboard.

Both drawers (the book's table of contents and the page's contents) open and close on a chapter
page, a card and the landing page, with a clean console.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import path_to_ending

pytestmark = pytest.mark.browser

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True, "device_scale_factor": 2}
PAGES = {
    "landing": "book/intro.html",
    "chapter": "book/foundations/06-boundaries/index.html",
    "card": "book/toolkit/after-a-hard-shift.html",
}
DRAWERS = {
    "primary": ("article .primary-toggle, .bd-header-article .primary-toggle", "#pst-primary-sidebar-modal"),
    "secondary": ("article .secondary-toggle, .bd-header-article .secondary-toggle", "#pst-secondary-sidebar-modal"),
}


@pytest.fixture
def phone(browser):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    page.console_errors = []
    page.on("console", lambda message: message.type == "error" and page.console_errors.append(message.text))
    page.on("pageerror", lambda error: page.console_errors.append(str(error)))
    yield page
    context.close()


def _visible_toggle(page, selector: str):
    toggles = page.locator(selector)
    visible = [toggles.nth(i) for i in range(toggles.count()) if toggles.nth(i).is_visible()]
    assert len(visible) == 1, f"expected one visible toggle for {selector}, found {len(visible)}"
    return visible[0]


def _open(page, dialog: str) -> bool:
    return page.evaluate("(selector) => document.querySelector(selector).open", dialog)


def _drawers_of(site: Path, name: str) -> list[str]:
    """The drawers a page has: every page has the table of contents; pages with sections also
    have their own contents."""
    html = (site / PAGES[name]).read_text(encoding="utf-8")
    return ["primary"] + (["secondary"] if 'class="page-toc' in html or "bd-toc-nav page-toc" in html else [])


@pytest.mark.parametrize("name", sorted(PAGES))
def test_both_drawers_open_and_close_by_tap_at_phone_width(phone, site: Path, name: str) -> None:
    phone.goto((site / PAGES[name]).as_uri())
    for drawer in _drawers_of(site, name):
        toggle_selector, dialog = DRAWERS[drawer]
        toggle = _visible_toggle(phone, toggle_selector)
        toggle.tap()
        phone.wait_for_function("(s) => document.querySelector(s).open", arg=dialog)
        links = phone.locator(f"{dialog} a[href]")
        assert links.count() > 0 and links.first.is_visible(), f"{drawer} drawer of {name} shows no link"
        box = phone.locator(dialog).bounding_box()
        assert box is not None and box["x"] >= -1 and box["width"] > 200, box
        # a tap on the backdrop (right of the drawer) closes it
        phone.mouse.click(385, 420) if drawer == "primary" else phone.mouse.click(5, 420)
        phone.wait_for_function("(s) => !document.querySelector(s).open", arg=dialog)
    assert phone.console_errors == []


@pytest.mark.parametrize("name", sorted(PAGES))
def test_drawers_open_and_close_by_keyboard_at_phone_width(browser, site: Path, name: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto((site / PAGES[name]).as_uri())
    for drawer in _drawers_of(site, name):
        toggle_selector, dialog = DRAWERS[drawer]
        toggle = _visible_toggle(page, toggle_selector)
        toggle.focus()
        page.keyboard.press("Enter")
        page.wait_for_function("(s) => document.querySelector(s).open", arg=dialog)
        page.keyboard.press("Tab")  # focus moves inside the open drawer
        assert page.evaluate("(s) => document.querySelector(s).contains(document.activeElement)", dialog)
        page.keyboard.press("Escape")
        page.wait_for_function("(s) => !document.querySelector(s).open", arg=dialog)
        assert page.evaluate("() => document.activeElement.matches('.primary-toggle, .secondary-toggle')")
    context.close()


def test_the_drawer_link_takes_the_learner_to_another_chapter(phone, site: Path) -> None:
    phone.goto((site / PAGES["landing"]).as_uri())
    _visible_toggle(phone, DRAWERS["primary"][0]).tap()
    phone.wait_for_function("() => document.querySelector('#pst-primary-sidebar-modal').open")
    link = phone.locator("#pst-primary-sidebar-modal a[href*='06-boundaries/index.html']").first
    link.tap()
    phone.wait_for_url("**/06-boundaries/index.html")
    assert phone.locator("article h1").first.is_visible()


def test_no_page_of_the_site_logs_a_console_error(browser, site: Path) -> None:
    """Every page, on a phone and on a desktop: stock Jupyter Book logged two errors on each
    (Thebe's snippet declared twice, and an empty colour mode)."""
    pages = sorted(
        p
        for p in site.rglob("*.html")
        if "_static" not in p.parts
        and 'http-equiv="refresh"' not in p.read_text(encoding="utf-8").lower()  # a redirect only
        and p.name != "404.html"  # the host serves it at any address: tested over HTTP in test_not_found.py
    )
    assert len(pages) > 60
    for options in (PHONE, {"viewport": {"width": 1280, "height": 900}}):
        context = browser.new_context(**options)
        page = context.new_page()
        errors: list[str] = []
        page.on("console", lambda message, found=errors: message.type == "error" and found.append(message.text))
        page.on("pageerror", lambda error, found=errors: found.append(str(error)))
        for path in pages:
            page.goto(path.as_uri())
            page.wait_for_load_state("load")
            assert errors == [], f"{path.relative_to(site)}: {errors}"
        context.close()


def test_thebe_is_gone_and_the_colour_mode_is_set(site: Path) -> None:
    html = (site / PAGES["chapter"]).read_text(encoding="utf-8")
    assert "THEBE_JS_URL" not in html and "sphinx-thebe" not in html
    assert '<body data-default-mode="auto">' in html


def _path_to(data: dict, best: bool) -> list[int]:
    path = path_to_ending(data, best)
    if path is None:
        raise AssertionError(f"no {'best' if best else 'poor'} ending")
    return path


def _play(phone, root, path: list[int], data: dict) -> None:
    """Tap the choices of ``path`` (indices as written), where each is shown (the seeded order)."""
    steps = {step["id"]: step for step in data["steps"]}
    step = steps[data["start"]]
    for index in path:
        root.locator(".ff-scenario-choices button").nth(data["orders"][step["id"]].index(index)).tap()
        step = steps[step["choices"][index]["next"]]


def test_a_scenario_ending_stays_in_view_and_only_a_best_ending_counts(phone, site: Path) -> None:
    phone.emulate_media(reduced_motion="reduce")
    phone.goto((site / _page_with(site, "scenario")).as_uri())
    root = phone.locator('[data-kind="scenario"]').first
    data = json.loads(root.locator("script.ff-exercise-data").text_content())
    _play(phone, root, _path_to(data, best=False), data)
    ending = root.locator(".ff-ending")
    box = ending.bounding_box()
    assert box is not None and 0 <= box["y"] < 844 * 0.6, f"the ending is out of sight: {box}"
    assert phone.evaluate("() => document.activeElement.classList.contains('ff-ending')")
    assert "This is not the best path." in ending.inner_text()
    assert root.locator(".ff-badge--done").is_hidden()
    assert "ff-done" not in (root.get_attribute("class") or "")
    stored = phone.evaluate(
        "(id) => JSON.parse(localStorage.getItem('foundations-first:progress:v1')).exercises[id]", data["id"]
    )
    assert stored["done"] is False and stored["result"]["ended"] is True
    root.get_by_role("button", name="Start again").tap()
    _play(phone, root, _path_to(data, best=True), data)
    assert "This is the best path." in root.locator(".ff-ending").inner_text()
    assert "ff-done" in (root.get_attribute("class") or "") and root.locator(".ff-badge--done").is_visible()
    stored = phone.evaluate(
        "(id) => JSON.parse(localStorage.getItem('foundations-first:progress:v1')).exercises[id]", data["id"]
    )
    assert stored["done"] is True


def _page_with(site: Path, kind: str) -> str:
    for path in sorted((site / "book" / "foundations").rglob("*.html")):
        if f'data-kind="{kind}"' in path.read_text(encoding="utf-8"):
            return path.relative_to(site).as_posix()
    raise AssertionError(f"no {kind} in the book")


def test_ordering_by_touch_takes_one_tap_per_item(phone, site: Path) -> None:
    phone.goto((site / _page_with(site, "ordering")).as_uri())
    root = phone.locator('[data-kind="ordering"]').first
    data = json.loads(root.locator("script.ff-exercise-data").text_content())
    items = data["items"]
    taps = 0
    for target in range(len(items) - 1):  # the last item needs no tap
        text = items[target].replace("*", "").replace("`", "")
        button = root.locator("li.ff-order-row", has_text=text[:40]).locator("button.ff-place")
        button.tap()
        taps += 1
    assert taps == len(items) - 1
    root.get_by_role("button", name="Check", exact=True).tap()
    assert "Correct." in root.locator(".ff-feedback").inner_text()
    assert root.get_by_role("button", name="Try again").is_hidden()  # nothing to retry when all is right


def test_try_again_keeps_the_arrangement_and_the_right_matches(phone, site: Path) -> None:
    phone.goto((site / _page_with(site, "ordering")).as_uri())
    root = phone.locator('[data-kind="ordering"]').first
    texts = root.locator("li.ff-order-row .ff-order-text")
    root.locator("li.ff-order-row").nth(0).locator("button.ff-move").nth(1).tap()  # first item down one place
    root.get_by_role("button", name="Check", exact=True).tap()
    if "Correct." in root.locator(".ff-feedback").inner_text():  # the shuffle put those two the other way round
        root.locator("li.ff-order-row").nth(1).locator("button.ff-move").nth(1).tap()
        root.get_by_role("button", name="Check", exact=True).tap()
    assert "Not quite." in root.locator(".ff-feedback").inner_text()
    arranged = texts.all_inner_texts()
    root.get_by_role("button", name="Try again").tap()
    assert texts.all_inner_texts() == arranged  # the learner's order stays, not the shuffled start

    phone.goto((site / _page_with(site, "matching")).as_uri())
    root = phone.locator('[data-kind="matching"]').first
    data = json.loads(root.locator("script.ff-exercise-data").text_content())
    selects = root.locator("select")
    count = len(data["pairs"])
    for left in range(count):  # all right but the first, which takes the second's answer
        selects.nth(left).select_option(str(1 if left == 0 else left))
    root.get_by_role("button", name="Check", exact=True).tap()
    assert "Not quite." in root.locator(".ff-feedback").inner_text()
    root.get_by_role("button", name="Try again").tap()
    assert selects.nth(0).input_value() == ""  # the wrong row is cleared
    assert [selects.nth(left).input_value() for left in range(1, count)] == [str(left) for left in range(1, count)]
    assert phone.evaluate("() => document.activeElement.tagName") == "SELECT"


def test_a_reflection_offers_no_try_again(phone, site: Path) -> None:
    phone.goto((site / _page_with(site, "reflection")).as_uri())
    root = phone.locator('[data-kind="reflection"]').first
    root.locator("textarea").fill("A few words about what I noticed on a shift. " * 6)
    root.get_by_role("button", name="Check", exact=True).tap()
    assert "Complete." in root.locator(".ff-feedback").inner_text()
    assert root.get_by_role("button", name="Try again").is_hidden()
    assert root.get_by_role("button", name="Check", exact=True).is_visible()  # edit the text and check again


def test_matching_shows_the_whole_chosen_answer_at_phone_width(phone, site: Path) -> None:
    phone.goto((site / _page_with(site, "matching")).as_uri())
    root = phone.locator('[data-kind="matching"]').first
    data = json.loads(root.locator("script.ff-exercise-data").text_content())
    longest = max(range(len(data["pairs"])), key=lambda i: len(data["pairs"][i]["right"]))
    select = root.locator("select").first
    select.select_option(str(longest))
    chosen = root.locator(".ff-match-chosen").first
    words = " ".join(data["pairs"][longest]["right"].replace("*", "").split())
    assert words in " ".join(chosen.inner_text().split())
    box, page_width = chosen.bounding_box(), 390
    assert box["x"] >= 0 and box["x"] + box["width"] <= page_width  # wraps inside the screen
    assert phone.evaluate("() => document.documentElement.scrollWidth") <= page_width  # no sideways scrolling


def test_no_command_line_or_source_file_is_offered_to_a_learner(site: Path) -> None:
    for path in sorted((site / "book").rglob("*.html")):
        html = path.read_text(encoding="utf-8")
        assert "download-source-button" not in html and "Download source file" not in html, path
        if "for-instructors" not in path.name and "for-contributors" not in path.name:
            assert "make epub" not in html and "make pdf" not in html, path
    assert "download-pdf-button" in (site / PAGES["chapter"]).read_text(encoding="utf-8")  # Print to PDF stays


def test_back_to_top_sits_in_a_corner_not_over_the_text(phone, site: Path) -> None:
    """The theme's script decides when the pill shows; where it sits is this test's question."""
    phone.goto((site / PAGES["chapter"]).as_uri())
    place = phone.evaluate(
        """() => {
        const button = document.getElementById('pst-back-to-top');
        const style = getComputedStyle(button);
        button.style.display = 'block';
        const box = button.getBoundingClientRect();
        return {right: style.right, bottom: style.bottom, x: box.x, width: box.width, y: box.y, height: box.height};
    }"""
    )
    assert place["right"] == "16px" and place["bottom"] == "16px", place
    assert place["x"] >= 390 / 2 and place["x"] + place["width"] <= 390, place  # the right-hand corner
    assert place["y"] + place["height"] >= 844 - 40, place  # at the bottom edge


def test_a_self_check_lists_the_statements_to_look_at_again_with_the_page_that_helps(phone, site: Path) -> None:
    page_name = next(
        p.relative_to(site).as_posix()
        for p in sorted((site / "book" / "foundations").rglob("*.html"))
        if 'data-exercise-id="self-care-strain-check"' in p.read_text(encoding="utf-8")
    )
    phone.goto((site / page_name).as_uri())
    root = phone.locator('[data-exercise-id="self-care-strain-check"]')
    data = json.loads(root.locator("script.ff-exercise-data").text_content())
    top = len(data["scale"]) - 1
    for n, item in enumerate(data["items"]):  # strain on every statement: "Often", or "Never" where reversed
        root.locator(f"fieldset.ff-rating >> nth={n}").locator("input").nth(0 if item["reverse"] else top).check()
    root.get_by_role("button", name="Check", exact=True).tap()
    listed = root.locator(".ff-sc-revisit li")
    assert listed.count() == len(data["items"])
    first = data["items"][0]
    link = listed.nth(0).locator("a")
    assert link.inner_text() == data["pages"][first["page"]]["title"]
    with phone.expect_navigation():
        link.tap()
    assert phone.url.endswith(first["page"].rsplit("/", 1)[1] + ".html")

    phone.goto((site / page_name).as_uri())
    root = phone.locator('[data-exercise-id="self-care-strain-check"]')
    for n, item in enumerate(data["items"]):  # no strain anywhere: nothing to look at again
        root.locator(f"fieldset.ff-rating >> nth={n}").locator("input").nth(top if item["reverse"] else 0).check()
    root.get_by_role("button", name="Check", exact=True).tap()
    assert root.locator(".ff-sc-revisit").count() == 0


def test_each_exercise_says_its_kind_with_the_label_of_the_table_of_kinds(phone, site: Path) -> None:
    from textbook.kit.kinds import kinds_table

    table = kinds_table()
    seen = set()
    for kind in table:
        phone.goto((site / _page_with(site, kind)).as_uri())
        root = phone.locator(f'[data-kind="{kind}"]').first
        shown = root.locator(".ff-kind > span:last-child").first.evaluate("node => node.textContent")
        assert shown == table[kind]["label"], kind
        seen.add(kind)
        if table[kind]["notice"]:
            assert table[kind]["notice"] in root.inner_text()
    assert seen == set(table)


@pytest.mark.parametrize("width", [390, 1280])
def test_the_search_icon_does_not_cover_what_is_typed(browser, served_site: str, width: int) -> None:
    """The theme placed the icon font's magnifying glass over the first letters typed in the
    search page's box (its own icon script never met that rule)."""
    options = PHONE if width == 390 else {"viewport": {"width": width, "height": 900}}
    context = browser.new_context(**options)
    page = context.new_page()
    page.goto(served_site + "search.html?q=boundaries")
    box = page.locator(".bd-search-container input[name=q]")
    box.wait_for()
    icon = page.locator(".bd-search-container .fa-magnifying-glass").bounding_box()
    text_starts = box.evaluate(
        "input => input.getBoundingClientRect().left + parseFloat(getComputedStyle(input).paddingLeft)"
    )
    assert icon is not None and icon["width"] > 0  # drawn
    assert icon["x"] + icon["width"] <= text_starts, (icon, text_starts)
    context.close()

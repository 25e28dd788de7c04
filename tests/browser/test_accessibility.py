"""Accessibility and weight of every page of the built site: axe-core on each page, reduced
motion respected, and the page-weight budget."""

from __future__ import annotations

from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe

from benchmarks.page_weight import BUDGET_GZIP, site_weights
from textbook.sphinx_ext.assets import needs_runtime


def pages(site: Path) -> list[Path]:
    return [
        p
        for p in sorted(site.rglob("*.html"))
        if "_static" not in p.parts and "_sources" not in p.parts and p.name not in ("index.html", "404.html")
    ]  # the 404 page is served by the host at any address: its own tests open it over HTTP


@pytest.mark.browser
def test_axe_finds_nothing_serious_on_any_page(browser, site: Path) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    axe = Axe()
    found = {}
    checked = 0
    for path in pages(site):
        page.goto(path.as_uri())
        page.wait_for_load_state("load")
        violations = [
            (v["id"], v["impact"])
            for v in axe.run(page).response["violations"]
            if v["impact"] in ("serious", "critical")
        ]
        checked += 1
        if violations:
            found[path.relative_to(site).as_posix()] = violations
    context.close()
    assert checked > 50
    assert found == {}


@pytest.mark.browser
def test_reduced_motion_is_respected(browser, site: Path) -> None:
    context = browser.new_context(reduced_motion="reduce")
    page = context.new_page()
    page.goto((site / "book/foundations/01-orientation/the-work.html").as_uri())
    button = page.locator(".ff-exercise button").first
    durations = button.evaluate("b => [getComputedStyle(b).transitionDuration, getComputedStyle(b).animationName]")
    assert durations[0] in ("0s", "") and durations[1] == "none"
    context.close()
    context = browser.new_context(reduced_motion="no-preference")
    page = context.new_page()
    page.goto((site / "book/foundations/01-orientation/the-work.html").as_uri())
    assert page.locator(".ff-exercise button").first.evaluate("b => getComputedStyle(b).transitionDuration") != "0s"
    context.close()


def test_every_page_is_within_the_weight_budget(site: Path) -> None:
    weights = site_weights(site)
    assert len(weights) > 50
    over = {w.page: round(w.gzip / 1024, 1) for w in weights if w.gzip > BUDGET_GZIP}
    assert over == {}


def test_runtime_loads_only_where_it_is_used(site: Path) -> None:
    assert "ff-exercises.js" in (site / "book/foundations/01-orientation/the-work.html").read_text(encoding="utf-8")
    assert "ff-exercises.js" not in (site / "book/references.html").read_text(encoding="utf-8")
    assert needs_runtime('<div class="ff-exercise" id="x">') and not needs_runtime('<div class="ff-answer-key-owner">')


@pytest.mark.browser
def test_printed_exercises_point_to_the_answer_key(browser, site: Path) -> None:
    page = browser.new_page()
    page.goto((site / "book/foundations/01-orientation/the-work.html").as_uri())
    page.emulate_media(media="print")
    exercise = page.locator(".ff-exercise").first
    assert exercise.locator(".ff-static").is_visible()
    assert not exercise.locator("details.ff-answer").is_visible()
    note = exercise.locator(".ff-static").evaluate("e => getComputedStyle(e, '::after').content")
    assert "answer key at the end of the book" in note
    page.close()


@pytest.mark.browser
def test_keyboard_walk_reaches_every_exercise_with_visible_focus(browser, site: Path) -> None:
    """Tab from the top of a chapter page to its end: every exercise is reached, in order, and
    each focused control shows a focus indicator."""
    page = browser.new_page()
    page.goto((site / "book/foundations/01-orientation/the-work.html").as_uri())
    expected = page.locator(".ff-exercise").evaluate_all("roots => roots.map(r => r.dataset.exerciseId)")
    reached: list[str] = []
    unmarked: list[str] = []
    for _ in range(600):
        page.keyboard.press("Tab")
        info = page.evaluate(
            """() => {
              const el = document.activeElement;
              if (!el || el === document.body) return null;
              const root = el.closest('.ff-exercise');
              const shows = (node) => {
                const style = getComputedStyle(node);
                return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
              };
              // a radio or checkbox shows its focus on the whole option around it
              const marked = shows(el) || [el.parentElement, el.parentElement && el.parentElement.parentElement].some((n) => n && shows(n));
              return { exercise: root ? root.dataset.exerciseId : null, marked, tag: el.tagName, footer: !!el.closest('footer') };
            }"""
        )
        if info is None:
            continue
        if info["exercise"]:
            if not reached or reached[-1] != info["exercise"]:
                reached.append(info["exercise"])
            if not info["marked"]:
                unmarked.append(f"{info['exercise']}:{info['tag']}")
        if info["footer"]:
            break
    page.close()
    assert reached == expected
    assert unmarked == []

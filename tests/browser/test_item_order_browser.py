"""The seeded shuffle in the browser (issue #18): options are shown in the order Python gives
the text version, the answer key and `practice`, and Chromium's FFCheck.displayOrder is the
same permutation as presentation.display_order."""

from __future__ import annotations

import re
from pathlib import Path

from tests.browser.test_runtime_browser import (  # context and page are fixtures
    context,  # noqa: F401
    data_of,
    exercise,
    open_page,
    page,  # noqa: F401
    page_of,
    plain,
)
from tests.conftest import ROOT
from textbook.kit.kinds import Probe
from textbook.kit.loader import load_exercises
from textbook.kit.presentation import choice_order, display_order, option_order
from textbook.model.spine import load_spine

SPINE = load_spine(ROOT)


def _labels(locator) -> list[str]:
    return [re.sub(r"\s+", " ", text).strip().replace("’", "'") for text in locator.all_text_contents()]


def test_chromium_computes_the_same_permutation(page, site: Path) -> None:  # noqa: F811
    open_page(page, site, page_of(site, "single-choice"))
    keys = [f"item-{n}" for n in range(200)] + ["é", "caf\u00e9/\u4e2d", ""]
    got = page.evaluate(
        "(keys) => keys.flatMap((k) => [2, 3, 4, 5, 9].map((n) => window.FFCheck.displayOrder(k, n, false)))", keys
    )
    assert got == [display_order(key, n) for key in keys for n in (2, 3, 4, 5, 9)]


def test_choices_show_in_the_seeded_order_with_and_without_javascript(page, site: Path) -> None:  # noqa: F811
    for kind in ("single-choice", "multiple-select"):
        name = page_of(site, kind)
        open_page(page, site, name)
        root = exercise(page, kind)
        model = SPINE.exercise(data_of(root)["id"]).exercise
        wanted = [plain(model.options[i].text) for i in option_order(model)]
        assert _labels(root.locator(".ff-option-label")) == wanted, kind
        static = _labels(root.locator(".ff-static ul").first.locator("li"))
        assert static == wanted, kind
    open_page(page, site, page_of(site, "scenario"))
    root = exercise(page, "scenario")
    model = SPINE.exercise(data_of(root)["id"]).exercise
    start = model.step(model.start)
    wanted = [plain(start.choices[i].text) for i in choice_order(model, model.start)]
    assert _labels(root.locator(".ff-choice-button")) == wanted


def test_readiness_probes_show_in_the_seeded_order(page, site: Path) -> None:  # noqa: F811
    open_page(page, site, "book/readiness.html")
    probes = [p for p in load_exercises(ROOT / "exercises").probes if isinstance(p.exercise, Probe)]
    assert probes
    for loaded in probes:
        probe = loaded.exercise
        question = page.locator(f'fieldset[data-probe="{probe.id}"]')
        wanted = [plain(probe.options[i].text) for i in option_order(probe)]
        assert _labels(question.locator(".ff-option-label")) == wanted, probe.id
        assert question.locator("input").first.get_attribute("value") == str(option_order(probe)[0])

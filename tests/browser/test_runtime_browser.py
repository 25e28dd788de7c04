"""The exercise runtime in a real browser: every kind by keyboard, progress that survives a
reload, export and import, a corrupted record, hostile text, and the page without JavaScript.

Exercises are found through the DOM contract only: ``[data-exercise-id][data-kind=...]``, the
exercise's own JSON (``script.ff-exercise-data``) for the right answers, native controls, the
button named "Check" and the ``[aria-live]`` feedback region.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.conftest import path_to_ending
from textbook.kit import kinds

pytestmark = pytest.mark.browser

KEY = "foundations-first:progress:v1"
CORRUPT_KEY = "foundations-first:progress:corrupt"
CHAPTER = "book/foundations/01-orientation"
PREFERRED = [f"{CHAPTER}/the-work.html", f"{CHAPTER}/index.html"]  # first place to look
PATH_PAGE = "book/your-path.html"
KINDS = list(kinds.KINDS)  # from the kit, never written out here
MARKUP = re.compile(r"\*\*(.+?)\*\*|\*(.+?)\*|`([^`]+)`|\[([^\[\]]+)\]\(([^()\s]+)\)")


def plain(text: str) -> str:
    """Text in the exercise markup subset as it reads on the page."""
    return MARKUP.sub(lambda m: next(g for g in m.groups()[:4] if g is not None), text)


def squash(text: str) -> str:
    return " ".join(text.split())


def chapter_pages(site: Path) -> list[str]:
    pages = [f"{CHAPTER}/{p.name}" for p in sorted((site / CHAPTER).glob("*.html"))]
    return [p for p in PREFERRED if p in pages] + [p for p in pages if p not in PREFERRED]


def page_of(site: Path, kind: str) -> str:
    """A page of chapter 1 with an exercise of this kind (the DOM contract, read from the HTML)."""
    for name in chapter_pages(site):
        if f'data-kind="{kind}"' in (site / name).read_text(encoding="utf-8"):
            return name
    raise AssertionError(f"chapter 1 has no {kind} exercise")


def chapter_total(page, chapter: str = "orientation") -> int:
    """How many exercises of a chapter count, from the manifest the page loaded."""
    return page.evaluate(
        "(id) => window.FF_MANIFEST.chapters.find((c) => c.id === id).exercises.filter((e) => e.counts).length",
        chapter,
    )


@pytest.fixture
def context(browser):
    """A fresh profile per test, so localStorage starts empty."""
    opened = browser.new_context(viewport={"width": 1280, "height": 900})
    yield opened
    opened.close()


@pytest.fixture
def page(context):
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda error: errors.append(str(error)))
    opened.js_errors = errors  # type: ignore[attr-defined]
    yield opened


def open_page(page, site: Path, name: str):
    page.goto((site / name).as_uri())
    page.wait_for_load_state("load")
    return page


def settled(page):
    """Wait until no CSS animation or transition is running: feedback fades in over 0.2 s, and
    contrast is judged on what the reader sees once it has appeared, not mid-fade."""
    page.wait_for_function("() => document.getAnimations().every(a => a.playState !== 'running')")
    return page


def exercise(page, kind: str, index: int = 0):
    root = page.locator(f'[data-exercise-id][data-kind="{kind}"]').nth(index)
    root.scroll_into_view_if_needed()
    return root


def choice_input(root, index: int):
    """A choice exercise's input for the option written at ``index`` (options are shown in the
    seeded order, and each input's value is its option's index)."""
    return root.locator(f'.ff-option input[value="{index}"]')


def data_of(root) -> dict[str, Any]:
    return json.loads(root.locator("script.ff-exercise-data").text_content())


def feedback(root):
    return root.locator("[aria-live]")


def focused(page) -> dict[str, str]:
    return page.evaluate(
        """() => { const e = document.activeElement;
        return {tag: e.tagName, type: e.type || "", name: e.getAttribute("aria-label") || e.textContent.trim(),
                value: e.value || ""}; }"""
    )


def press(page, key: str, times: int = 1) -> None:
    for _ in range(times):
        page.keyboard.press(key)


def own_runtime_errors(page) -> list[str]:
    """Script errors, minus the theme's own (it declares THEBE_JS_URL twice on every page)."""
    return [e for e in page.js_errors if "THEBE_JS_URL" not in e]


# ---------------------------------------------------------------- (a) each kind, keyboard only


def test_single_choice_by_keyboard(page, site: Path) -> None:
    open_page(page, site, page_of(site, "single-choice"))
    root = exercise(page, "single-choice")
    data = data_of(root)
    right = next(i for i, option in enumerate(data["options"]) if option["correct"])
    shown = data["order"].index(right)  # options are shown in the seeded order
    root.get_by_role("radio").first.focus()
    if shown == 0:
        press(page, "Space")
    else:
        press(page, "ArrowDown", shown)
    assert choice_input(root, right).is_checked()
    press(page, "Tab")  # a radio group is one tab stop: next comes Check
    assert focused(page)["name"] == "Check"
    press(page, "Enter")
    region = feedback(root)
    assert "Correct." in region.inner_text()
    assert squash(plain(data["options"][right]["feedback"])) in squash(region.inner_text())
    assert root.get_by_text("Done", exact=True).is_visible()
    assert own_runtime_errors(page) == []


def test_multiple_select_by_keyboard(page, site: Path) -> None:
    open_page(page, site, page_of(site, "multiple-select"))
    root = exercise(page, "multiple-select")
    data = data_of(root)
    root.get_by_role("checkbox").first.focus()
    for index in data["order"]:  # the options as shown
        if data["options"][index]["correct"]:
            press(page, "Space")
        press(page, "Tab")
    assert focused(page)["name"] == "Check"
    press(page, "Enter")
    text = squash(feedback(root).inner_text())
    assert "Correct." in text
    for option in data["options"]:
        if option["correct"]:
            assert squash(plain(option["feedback"])) in text
        else:
            assert squash(plain(option["feedback"])) not in text
    assert "You missed" not in text


def test_matching_by_keyboard(page, site: Path) -> None:
    open_page(page, site, page_of(site, "matching"))
    root = exercise(page, "matching")
    data = data_of(root)
    selects = root.get_by_role("combobox")
    assert selects.count() == len(data["pairs"])
    check = root.get_by_role("button", name="Check", exact=True)
    check.focus()
    press(page, "Enter")  # nothing chosen yet: refused, with a message
    assert "Choose a match for every item" in feedback(root).inner_text()
    selects.first.focus()
    for left in range(len(data["pairs"])):
        # the placeholder "Choose…" comes first, then the right sides in data["order"]
        press(page, "ArrowDown", data["order"].index(left) + 1)
        assert focused(page)["value"] == str(left)
        press(page, "Tab")
    assert focused(page)["name"] == "Check"
    press(page, "Enter")
    text = feedback(root).inner_text()
    assert "Correct." in text
    assert f"{len(data['pairs'])} of {len(data['pairs'])} matched" in text
    assert root.get_by_text("Right", exact=False).count() >= len(data["pairs"])


def test_ordering_by_keyboard(page, site: Path) -> None:
    open_page(page, site, page_of(site, "ordering"))
    root = exercise(page, "ordering")
    data = data_of(root)
    items = [plain(item) for item in data["items"]]
    current = list(data["order"])  # item indices as first shown
    assert squash(root.locator("form ol li").first.inner_text()).startswith(squash(items[current[0]]))
    for target, item in enumerate(items):
        position = current.index(target)
        if position == target:
            continue
        button = root.get_by_role("button", name=f"Move “{item}” up")
        button.focus()
        press(page, "Space", position - target)
        # focus stays on the moved item's button
        assert focused(page)["name"] == f"Move “{item}” up"
        current.insert(target, current.pop(position))
    root.get_by_role("button", name="Check", exact=True).focus()
    press(page, "Enter")
    text = feedback(root).inner_text()
    assert "Correct." in text
    assert f"{len(items)} of {len(items)} in the right place" in text
    assert root.get_by_text("In place").count() == len(items)


def best_path(data: dict[str, Any]) -> list[int]:
    """Choice indices from the start to an ending marked best (breadth first)."""
    path = path_to_ending(data, best=True)
    if path is None:
        raise AssertionError("no best ending")
    return path


def test_scenario_by_keyboard(page, site: Path) -> None:
    open_page(page, site, page_of(site, "scenario"))
    root = exercise(page, "scenario")
    data = data_of(root)
    steps = {step["id"]: step for step in data["steps"]}
    path = best_path(data)
    assert root.get_by_role("button", name="Check", exact=True).count() == 0  # the choices are the buttons
    step = steps[data["start"]]
    root.get_by_role("group", name="Your choices").get_by_role("button").first.focus()
    for number, index in enumerate(path):
        assert squash(plain(step["text"])) in squash(root.inner_text())
        if number > 0:  # after a choice, focus is on the new situation: Tab to its first choice
            press(page, "Tab")
        press(page, "Tab", data["orders"][step["id"]].index(index))  # choices are shown in the seeded order
        assert focused(page)["name"] == squash(plain(step["choices"][index]["text"]))
        press(page, "Enter")
        choice = step["choices"][index]
        assert squash(plain(choice["consequence"])) in squash(feedback(root).inner_text())
        step = steps[choice["next"]]
    text = squash(feedback(root).inner_text())
    assert squash(plain(step["text"])) in text
    assert squash(plain(step["debrief"])) in text
    assert "This is the best path." in text
    assert page.evaluate("() => document.activeElement.classList.contains('ff-ending')")  # focus on the ending
    press(page, "Tab")
    assert focused(page)["name"] == "Start again"
    press(page, "Enter")
    assert feedback(root).inner_text().strip() == ""
    assert squash(plain(steps[data["start"]]["text"])) in squash(root.inner_text())


def test_self_check_by_keyboard(page, site: Path) -> None:
    open_page(page, site, page_of(site, "self-check"))
    root = exercise(page, "self-check")
    data = data_of(root)
    top = len(data["scale"]) - 1
    ratings = [(i * 2 + 1) % len(data["scale"]) for i in range(len(data["items"]))]
    assert "For reflection, not a diagnostic tool." in root.inner_text()
    assert root.get_by_role("radio", name=plain(data["scale"][0])).count() == len(data["items"])
    root.get_by_role("radio").first.focus()
    for rating in ratings:
        if rating == 0:
            press(page, "Space")
        else:
            press(page, "ArrowRight", rating)
        press(page, "Tab")
    assert focused(page)["name"] == "Check"
    press(page, "Enter")
    score = sum(top - r if item.get("reverse") else r for item, r in zip(data["items"], ratings, strict=True))
    band = next(b for b in data["bands"] if b["min"] <= score <= b["max"])
    text = squash(feedback(root).inner_text())
    assert f"{score} out of {top * len(data['items'])}" in text
    assert squash(plain(band["label"])) in text
    assert squash(plain(band["meaning"])) in text
    assert root.get_by_text("For reflection, not a diagnostic tool.").filter(visible=True).count() >= 1


def test_reflection_by_keyboard(page, site: Path) -> None:
    open_page(page, site, page_of(site, "reflection"))
    root = exercise(page, "reflection")
    data = data_of(root)
    box = root.get_by_label("Your answer")
    box.focus()
    page.keyboard.type("short start")
    root.get_by_role("button", name="Check", exact=True).focus()
    press(page, "Enter")
    assert "Not complete yet." in feedback(root).inner_text()
    box.focus()
    words = " ".join(f"word{n}" for n in range(data["min_words"]))
    page.keyboard.press("Control+A")
    page.keyboard.type(words)
    press(page, "Tab")
    for _ in data["checklist"]:
        press(page, "Space")
        press(page, "Tab")
    assert focused(page)["name"] == "Check"
    press(page, "Enter")
    text = squash(feedback(root).inner_text())
    assert "Complete." in text
    assert f"{data['min_words']} words" in text
    assert f"{len(data['checklist'])} of {len(data['checklist'])}" in text
    assert "stays in this browser" in root.inner_text()


# ---------------------------------------------------------------- (b) progress survives a reload


def test_answer_and_done_survive_a_reload(page, site: Path) -> None:
    open_page(page, site, page_of(site, "single-choice"))
    root = exercise(page, "single-choice")
    data = data_of(root)
    right = next(i for i, option in enumerate(data["options"]) if option["correct"])
    choice_input(root, right).check()
    root.get_by_role("button", name="Check", exact=True).click()
    assert "Correct." in feedback(root).inner_text()
    stored = json.loads(page.evaluate(f"localStorage.getItem({KEY!r})"))
    assert stored["version"] == 2  # with review state (#17)
    assert stored["review"][data["id"]]["box"] == 1
    entry = stored["exercises"][data["id"]]
    assert entry["done"] is True and entry["response"] == right
    assert entry["hash"] == root.get_attribute("data-hash")

    page.reload()
    root = exercise(page, "single-choice")
    assert root.get_by_text("Done", exact=True).is_visible()
    assert choice_input(root, right).is_checked()
    assert "Correct." in feedback(root).inner_text()


def test_reflection_text_is_autosaved_and_restored(page, site: Path) -> None:
    open_page(page, site, page_of(site, "reflection"))
    root = exercise(page, "reflection")
    root.get_by_label("Your answer").fill("My own words, kept in this browser.")
    page.wait_for_function(f"(localStorage.getItem({KEY!r}) || '').includes('My own words')")
    page.reload()
    root = exercise(page, "reflection")
    assert root.get_by_label("Your answer").input_value() == "My own words, kept in this browser."
    assert root.get_by_text("Done", exact=True).count() == 0  # saved, but not checked complete


def test_ordering_and_matching_answers_are_restored(page, site: Path) -> None:
    open_page(page, site, page_of(site, "ordering"))
    root = exercise(page, "ordering")
    data = data_of(root)
    first = plain(data["items"][data["order"][0]])
    root.get_by_role("button", name=f"Move “{first}” down").click()
    root.get_by_role("button", name="Check", exact=True).click()
    assert "Not quite." in feedback(root).inner_text()
    page.reload()
    root = exercise(page, "ordering")
    rows = [squash(t) for t in root.locator("ol li").all_inner_texts()]
    assert squash(first) in rows[1]
    assert root.get_by_text("Done", exact=True).count() == 0


# ---------------------------------------------------------------- (c) export and import


def test_export_then_import_in_a_fresh_profile(browser, site: Path, tmp_path: Path) -> None:
    first = browser.new_context(accept_downloads=True)
    page = first.new_page()
    open_page(page, site, page_of(site, "single-choice"))
    root = exercise(page, "single-choice")
    data = data_of(root)
    right = next(i for i, option in enumerate(data["options"]) if option["correct"])
    choice_input(root, right).check()
    root.get_by_role("button", name="Check", exact=True).click()
    open_page(page, site, PATH_PAGE)
    item = page.locator("li.ff-path-item.ff-chapter-orientation")
    total = chapter_total(page)
    assert f"1 of {total} exercises done" in item.inner_text()
    with page.expect_download() as caught:
        page.get_by_role("button", name="Export my progress").click()
    download = caught.value
    assert download.suggested_filename == "foundations-first-progress.json"
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    exported = json.loads(saved.read_text(encoding="utf-8"))
    assert exported["version"] == 1 and exported["exercises"][data["id"]]["done"] is True
    assert "saved as the file" in page.locator(".ff-tools-status").inner_text()
    first.close()

    second = browser.new_context()
    try:
        page = second.new_page()
        open_page(page, site, PATH_PAGE)
        tools = page.locator(".ff-progress-tools")
        assert tools.is_visible()
        item = page.locator("li.ff-path-item.ff-chapter-orientation")
        assert f"0 of {total} exercises done" in item.inner_text()
        page.get_by_label("Import progress from a file").set_input_files(str(saved))
        status = page.locator(".ff-tools-status")
        status.filter(has_text="Imported").wait_for()
        assert "1 exercise" in status.inner_text()
        assert f"1 of {total} exercises done" in item.inner_text()
        open_page(page, site, page_of(site, "single-choice"))
        root = exercise(page, "single-choice")
        assert root.get_by_text("Done", exact=True).is_visible()
        assert choice_input(root, right).is_checked()
    finally:
        second.close()


def test_import_refuses_a_file_that_is_not_progress(page, site: Path, tmp_path: Path) -> None:
    bad = tmp_path / "notes.json"
    bad.write_text('{"version": 7, "exercises": {}}', encoding="utf-8")
    open_page(page, site, PATH_PAGE)
    page.get_by_label("Import progress from a file").set_input_files(str(bad))
    status = page.locator(".ff-tools-status")
    status.filter(has_text="could not be read").wait_for()
    assert "nothing was changed" in status.inner_text()


def test_reset_asks_first(page, site: Path) -> None:
    open_page(page, site, page_of(site, "single-choice"))
    root = exercise(page, "single-choice")
    choice_input(root, 0).check()
    root.get_by_role("button", name="Check", exact=True).click()
    open_page(page, site, PATH_PAGE)
    page.once("dialog", lambda dialog: dialog.dismiss())
    page.get_by_role("button", name="Reset my progress").click()
    assert "Nothing was reset" in page.locator(".ff-tools-status").inner_text()
    assert json.loads(page.evaluate(f"localStorage.getItem({KEY!r})"))["exercises"] != {}
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Reset my progress").click()
    assert "was reset" in page.locator(".ff-tools-status").inner_text()
    assert json.loads(page.evaluate(f"localStorage.getItem({KEY!r})"))["exercises"] == {}


# ---------------------------------------------------------------- (d) a corrupted record


GARBAGE = [
    "{not json",
    '{"version": 3, "exercises": {}}',
    '{"version": 1, "exercises": []}',
    '{"version": 1, "exercises": {"orientation-roles-settings": {"hash": 1, "done": "yes"}}}',
    "null",
]


@pytest.mark.parametrize("garbage", GARBAGE)
def test_corrupted_record_is_kept_reset_and_announced(page, site: Path, garbage: str) -> None:
    open_page(page, site, page_of(site, "single-choice"))
    page.evaluate("([key, value]) => localStorage.setItem(key, value)", [KEY, garbage])
    page.reload()
    page.wait_for_load_state("load")
    alert = page.get_by_role("alert")
    assert alert.is_visible()
    assert "could not be read, so it was reset" in alert.inner_text()
    assert page.evaluate(f"localStorage.getItem({CORRUPT_KEY!r})") == garbage
    root = exercise(page, "single-choice")  # the page still works
    choice_input(root, 0).check()
    root.get_by_role("button", name="Check", exact=True).click()
    assert feedback(root).inner_text().strip() != ""
    page.reload()
    assert page.get_by_role("alert").count() == 0  # reset once, not on every page
    assert own_runtime_errors(page) == []


def test_without_local_storage_the_page_works_in_memory(browser, site: Path) -> None:
    blocked = browser.new_context()
    blocked.add_init_script(
        "Object.defineProperty(window, 'localStorage', {get() { throw new DOMException('blocked', 'SecurityError'); }});"
    )
    try:
        page = blocked.new_page()
        open_page(page, site, page_of(site, "single-choice"))
        notes = page.locator(".ff-notice[role]")
        assert notes.count() == 1
        assert "kept only while this page is open" in notes.inner_text()
        root = exercise(page, "single-choice")
        data = data_of(root)
        right = next(i for i, option in enumerate(data["options"]) if option["correct"])
        choice_input(root, right).check()
        root.get_by_role("button", name="Check", exact=True).click()
        assert "Correct." in feedback(root).inner_text()
        assert root.get_by_text("Done", exact=True).is_visible()
        assert page.locator(".ff-notice[role]").count() == 1  # said once
    finally:
        blocked.close()


# ---------------------------------------------------------------- (e) Try again and Show answer


def test_try_again_and_show_answer(page, site: Path) -> None:
    open_page(page, site, page_of(site, "multiple-select"))
    root = exercise(page, "multiple-select")
    data = data_of(root)
    correct = [i for i, option in enumerate(data["options"]) if option["correct"]]
    wrong = next(i for i, option in enumerate(data["options"]) if not option["correct"])
    boxes = root.get_by_role("checkbox")
    choice_input(root, correct[0]).check()
    choice_input(root, wrong).check()
    root.get_by_role("button", name="Check", exact=True).click()
    text = squash(feedback(root).inner_text())
    assert "Not quite." in text
    missed = len(correct) - 1
    assert f"You missed {missed} correct option{'s' if missed != 1 else ''}." in text
    assert "1 of your choices is not correct." in text
    assert root.get_by_text("Not correct", exact=True).filter(visible=True).count() == 1

    retry = root.get_by_role("button", name="Try again")
    retry.focus()
    press(page, "Enter")
    assert feedback(root).inner_text().strip() == ""
    assert not any(boxes.nth(i).is_checked() for i in range(boxes.count()))
    assert focused(page)["type"] == "checkbox"
    assert root.get_by_role("button", name="Try again").count() == 0

    show = root.get_by_role("button", name="Show answer")
    assert show.get_attribute("aria-expanded") == "false"
    show.focus()
    press(page, "Enter")
    hide = root.get_by_role("button", name="Hide answer")
    assert hide.get_attribute("aria-expanded") == "true"
    panel = root.locator(f"#{hide.get_attribute('aria-controls')}")
    assert panel.is_visible()
    answer = squash(panel.inner_text())
    for option in data["options"]:
        assert squash(plain(option["feedback"])) in answer
    assert answer.count("Not correct:") == len(data["options"]) - len(correct)
    press(page, "Enter")
    assert not panel.is_visible()


def test_show_answer_for_ordering_matching_and_self_check(page, site: Path) -> None:
    open_page(page, site, page_of(site, "ordering"))
    root = exercise(page, "ordering")
    data = data_of(root)
    root.get_by_role("button", name="Show answer").click()
    answer = squash(root.locator(".ff-answer-panel").inner_text())
    assert squash(plain(data["rationale"])) in answer
    assert [squash(plain(i)) for i in data["items"]] == [
        squash(t) for t in root.locator(".ff-answer-panel ol li").all_inner_texts()
    ]
    open_page(page, site, page_of(site, "matching"))
    root = exercise(page, "matching")
    data = data_of(root)
    root.get_by_role("button", name="Show answer").click()
    answer = squash(root.locator(".ff-answer-panel").inner_text())
    for pair in data["pairs"]:
        assert f"{squash(plain(pair['left']))}: {squash(plain(pair['right']))}" in answer
    open_page(page, site, page_of(site, "self-check"))
    root = exercise(page, "self-check")
    data = data_of(root)
    root.get_by_role("button", name="Show answer").click()
    answer = squash(root.locator(".ff-answer-panel").inner_text())
    for band in data["bands"]:
        assert squash(plain(band["meaning"])) in answer


# ---------------------------------------------------------------- (f) before you start


def test_before_you_start_marks_an_unfinished_prerequisite(page, site: Path) -> None:
    open_page(page, site, PATH_PAGE)
    chapters = page.evaluate("window.FF_MANIFEST.chapters")
    counted = {c["id"]: [e for e in c["exercises"] if e["counts"]] for c in chapters}
    chapter = next(c for c in chapters if c["requires"] and all(counted[r] for r in c["requires"]))
    open_page(page, site, chapter["docname"] + ".html")
    box = page.locator(f".before-you-start.ff-chapter-{chapter['id']}")
    for required in chapter["requires"]:
        prerequisite = box.locator(f"li.ff-prereq.ff-chapter-{required}")
        assert "Not yet" in prerequisite.inner_text()
    assert "Not solid yet for you:" in box.inner_text()

    # every exercise of the prerequisites done, with the hashes of the manifest
    page.evaluate(
        """([key, required]) => {
        const exercises = {};
        for (const chapter of window.FF_MANIFEST.chapters.filter((c) => required.includes(c.id))) {
            for (const e of chapter.exercises) {
                exercises[e.id] = {hash: e.hash, done: true, response: null, result: null,
                                   updated: new Date().toISOString()};
            }
        }
        localStorage.setItem(key, JSON.stringify({version: 1, exercises}));
    }""",
        [KEY, chapter["requires"]],
    )
    page.reload()
    box = page.locator(f".before-you-start.ff-chapter-{chapter['id']}")
    for required in chapter["requires"]:
        prerequisite = box.locator(f"li.ff-prereq.ff-chapter-{required}")
        assert "Solid" in prerequisite.inner_text() and "Not yet" not in prerequisite.inner_text()
        assert "you have done all its exercises" in prerequisite.inner_text()
    assert "Not solid yet" not in box.inner_text()


def test_an_edited_exercise_resets_only_itself(page, site: Path) -> None:
    last = next(n for n in chapter_pages(site) if "ff-chapter-progress" in (site / n).read_text(encoding="utf-8"))
    open_page(page, site, last)
    here = page.locator("[data-exercise-id]")
    edited = here.first.get_attribute("data-exercise-id") if here.count() else None
    edited = page.evaluate(
        """([key, edited]) => {
        const chapter = window.FF_MANIFEST.chapters.find((c) => c.id === "orientation");
        const target = edited || chapter.exercises[0].id;
        const exercises = {};
        chapter.exercises.forEach((e) => {
            exercises[e.id] = {hash: e.id === target ? "an-old-hash" : e.hash, done: true, response: null,
                               result: null, updated: new Date().toISOString()};
        });
        localStorage.setItem(key, JSON.stringify({version: 1, exercises}));
        return target;
    }""",
        [KEY, edited],
    )
    page.reload()
    total = chapter_total(page)
    summary = page.locator(".ff-chapter-progress")
    assert f"You have completed {total - 1} of {total} exercises in this chapter." in summary.inner_text()
    assert summary.locator("ul li").count() == 1
    if here.count():
        assert summary.locator("ul a").get_attribute("href").endswith(f"#exercise-{edited}")
        assert page.locator(f'[data-exercise-id="{edited}"]').get_by_text("Done", exact=True).count() == 0
    if here.count() > 1:
        other = here.nth(1)
        assert other.get_by_text("Done", exact=True).is_visible()
    open_page(page, site, PATH_PAGE)
    assert (
        f"{total - 1} of {total} exercises done" in page.locator("li.ff-path-item.ff-chapter-orientation").inner_text()
    )


# ---------------------------------------------------------------- (g) hostile text stays text


HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>'
INJECT = """
document.addEventListener("DOMContentLoaded", () => {
  if (window.top !== window || document.getElementById("exercise-hostile-single")) return;
  const hostile = %s;
  const exercises = [
    {kind: "single-choice", id: "hostile-single", prompt: "Prompt " + hostile + " [bad](javascript:window.__pwned=1) [good](https://example.org/)",
     counts: true, options: [
       {text: "Option " + hostile, correct: true, feedback: "Feedback " + hostile},
       {text: "**bold** " + hostile, correct: false, feedback: "Other " + hostile}]},
    {kind: "matching", id: "hostile-match", prompt: hostile, counts: true, rationale: "Why " + hostile,
     pairs: [{left: "L1 " + hostile, right: "R1 " + hostile}, {left: "L2 " + hostile, right: "R2 " + hostile},
             {left: "L3", right: "R3"}], order: [2, 0, 1]},
    {kind: "ordering", id: "hostile-order", prompt: hostile, counts: true, rationale: "R " + hostile,
     items: ["A " + hostile, "B " + hostile, "C"], order: [1, 2, 0]},
  ];
  const host = document.querySelector("article") || document.body;
  for (const data of exercises) {
    const root = document.createElement("div");
    root.className = "ff-exercise";
    root.id = "exercise-" + data.id;
    root.dataset.exerciseId = data.id;
    root.dataset.kind = data.kind;
    root.dataset.hash = "0000000000000000";
    root.dataset.owner = "orientation";
    root.dataset.counts = "true";
    const script = document.createElement("script");
    script.type = "application/json";
    script.className = "ff-exercise-data";
    script.textContent = JSON.stringify(data);
    root.appendChild(script);
    host.insertBefore(root, host.firstChild);
  }
});
"""


def test_hostile_strings_render_as_text(context, site: Path) -> None:
    context.add_init_script(INJECT % json.dumps(HOSTILE))
    page = context.new_page()
    open_page(page, site, page_of(site, "single-choice"))
    root = page.locator('[data-exercise-id="hostile-single"][data-kind="single-choice"]')
    assert root.locator("form").count() == 1, "the runtime enhanced the injected exercise"
    text = root.inner_text()
    assert HOSTILE in text  # shown literally
    assert "bold" in root.locator("strong").all_inner_texts()
    assert root.locator("a[href^='javascript']").count() == 0
    assert root.locator("a[href='https://example.org/']").count() == 1
    choice_input(root, 0).check()
    root.get_by_role("button", name="Check", exact=True).click()
    root.get_by_role("button", name="Show answer").click()
    assert "Feedback " + HOSTILE in feedback(root).inner_text()
    match = page.locator('[data-exercise-id="hostile-match"]')
    match.get_by_role("button", name="Show answer").click()
    order = page.locator('[data-exercise-id="hostile-order"]')
    order.get_by_role("button", name=f"Move “A {HOSTILE}” up").click()
    order.get_by_role("button", name="Check", exact=True).click()
    order.get_by_role("button", name="Show answer").click()
    assert HOSTILE in match.inner_text() and HOSTILE in order.inner_text()
    for where in (root, match, order):
        assert where.locator("form img, form script").count() == 0
    page.wait_for_timeout(100)
    assert page.evaluate("window.__pwned") is None


# ---------------------------------------------------------------- (h) without JavaScript


def test_without_javascript_the_exercise_reads_as_text(browser, site: Path) -> None:
    static = browser.new_context(java_script_enabled=False)
    try:
        page = static.new_page()
        open_page(page, site, page_of(site, "single-choice"))
        root = page.locator('[data-exercise-id][data-kind="single-choice"]').first
        data = json.loads(root.locator("script.ff-exercise-data").text_content())
        assert root.locator("form").count() == 0
        assert root.get_by_text("Choose one").is_visible()
        for option in data["options"]:
            assert root.get_by_text(plain(option["text"]), exact=True).first.is_visible()
        details = root.locator("details.ff-answer")
        assert details.count() == 1 and details.get_attribute("open") is None
        assert details.locator("summary").inner_text().strip() == "Show the answer"
        assert not details.get_by_text("Correct:", exact=False).first.is_visible()
        details.locator("summary").click()
        assert details.get_by_text("Correct:", exact=False).first.is_visible()
    finally:
        static.close()


def test_printed_page_shows_questions_not_controls(page, site: Path) -> None:
    open_page(page, site, page_of(site, "single-choice"))
    page.emulate_media(media="print")
    root = exercise(page, "single-choice")
    assert not root.locator("form").is_visible()
    assert root.locator(".ff-static").is_visible()
    assert root.locator(".ff-static").get_by_text("Choose one").is_visible()


# ---------------------------------------------------------------- accessibility of the live UI


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_axe_finds_nothing_serious_in_checked_exercises(context, site: Path, mode: str) -> None:
    context.add_init_script(f"localStorage.setItem('mode', '{mode}'); localStorage.setItem('theme', '{mode}');")
    page = context.new_page()
    for name in sorted({page_of(site, kind) for kind in KINDS}):
        open_page(page, site, name)
        for root in page.locator("[data-exercise-id]").all():
            radios = root.get_by_role("radio")
            if radios.count():
                radios.first.check()
            check = root.get_by_role("button", name="Check", exact=True)
            if check.count():
                check.click()
            show = root.get_by_role("button", name="Show answer")
            if show.count():
                show.click()
        results = Axe().run(settled(page))
        serious = [
            (v["id"], v["impact"], v["nodes"][0]["html"][:160])
            for v in results.response["violations"]
            if v["impact"] in ("serious", "critical")
        ]
        assert serious == [], name
    # the pages around the exercises: progress, prerequisites, tools, and the reset notice
    page.evaluate("([key]) => localStorage.setItem(key, '{oops')", [KEY])
    for name in (PATH_PAGE, "book/foundations/05-ethics/index.html"):
        open_page(page, site, name)
        results = Axe().run(settled(page))
        serious = [
            (v["id"], v["impact"], v["nodes"][0]["html"][:160])
            for v in results.response["violations"]
            if v["impact"] in ("serious", "critical")
        ]
        assert serious == [], name

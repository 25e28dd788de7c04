"""One model of what a learner knows, shown alike on every surface.

For several learner histories (readiness answers and exercises done), the foundation map, the
"Before you start" box of the chapter to start with, that chapter's progress box and "Your path"
all show the standing that the Python reference (``textbook.readiness.foundation_standing``)
computes, with one "Start here".
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from textbook.kit import Probe
from textbook.kit.standing import NOT_YET, SOLID, foundation_standing, readiness_result

pytestmark = pytest.mark.browser

KEY = "foundations-first:progress:v1"
LABELS = {"solid": "Solid", "shaky": "Shaky", "not-yet": "Not yet"}


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda error: errors.append(str(error)))
    opened.errors = errors
    yield opened
    context.close()


def _manifest(site: Path) -> dict:
    text = (site / "_static" / "ff-manifest.js").read_text(encoding="utf-8")
    return json.loads(text.split("=", 1)[1].strip().rstrip(";"))


def _readiness(site: Path) -> dict:
    html = (site / "book" / "readiness.html").read_text(encoding="utf-8")
    start = html.index('class="ff-readiness-data"')
    body = html[html.index(">", start) + 1 : html.index("</script>", start)]
    return json.loads(body)


def _right(probe: dict) -> int:
    return next(i for i, option in enumerate(probe["options"]) if option["correct"])


# Each history: which chapters' readiness questions are answered wrong (None: the check is not
# taken), and how many counting exercises of a chapter are done ("all" or a number).
HISTORIES = {
    "fresh": (None, {}),
    "check-right-but-ethics": ({"ethics"}, {}),
    "check-all-wrong-two-chapters-done": ("all", {"orientation": "all", "history": "all"}),
    "check-right-but-models-whose-exercises-are-done": ({"models"}, {"models": "all", "knowing-yourself": 1}),
    "no-check-some-of-chapter-one": (None, {"orientation": 1}),
}


def _history(site: Path, name: str) -> tuple[dict | None, dict[str, list[dict]], dict]:
    """The readiness answers (or None), the exercises marked done per chapter, and the expected standing."""
    wrong, done = HISTORIES[name]
    manifest = _manifest(site)
    order = [chapter["id"] for chapter in manifest["chapters"]]
    data = _readiness(site)
    answers = None
    check = None
    if wrong is not None:
        answers = {
            p["id"]: (_right(p) + 1) % len(p["options"]) if wrong == "all" or p["chapter"] in wrong else _right(p)
            for p in data["probes"]
        }
        probes = [Probe(**{k: v for k, v in p.items() if k != "kind"}) for p in data["probes"]]
        check = readiness_result(order, probes, answers)["chapters"]
    marked: dict[str, list[dict]] = {}
    counts = {}
    for chapter in manifest["chapters"]:
        counting = [e for e in chapter["exercises"] if e["counts"]]
        how_many = done.get(chapter["id"], 0)
        marked[chapter["id"]] = counting if how_many == "all" else counting[:how_many]
        counts[chapter["id"]] = (len(marked[chapter["id"]]), len(counting))
    return answers, marked, foundation_standing(order, check, counts)


def _live(page, site: Path, answers: dict | None, marked: dict[str, list[dict]]) -> None:
    """Put the history in this browser: exercises in the record, then the check taken by hand."""
    page.goto((site / "book" / "readiness.html").as_uri())
    exercises = {
        e["id"]: {"hash": e["hash"], "done": True, "response": None, "result": None, "updated": "2026-12-01T00:00:00Z"}
        for entries in marked.values()
        for e in entries
    }
    page.evaluate(
        "([key, value]) => localStorage.setItem(key, JSON.stringify(value))",
        [KEY, {"version": 1, "exercises": exercises}],
    )
    page.reload()
    if answers is not None:
        for probe, choice in answers.items():
            page.locator(f'input[name="ff-ready-{probe}"][value="{choice}"]').check()
        page.get_by_role("button", name="See my foundation map").click()


def _page_of(site: Path, marker: str) -> Path:
    for path in sorted((site / "book").rglob("*.html")):
        if marker in path.read_text(encoding="utf-8"):
            return path
    raise AssertionError(f"no page holds {marker}")


@pytest.mark.parametrize("name", sorted(HISTORIES))
def test_every_surface_shows_the_same_standing_and_one_start(page, site: Path, name: str) -> None:
    answers, marked, expected = _history(site, name)
    _live(page, site, answers, marked)
    manifest = _manifest(site)
    titles = {c["id"]: c["title"] for c in manifest["chapters"]}
    start = expected["start"]

    # 1. the foundation map (only once the check is taken)
    if answers is not None:
        result = page.locator(".ff-readiness-result")
        if start:
            assert titles[start] in result.locator(".ff-readiness-start").inner_text()
        else:
            assert "Your foundation looks solid." in result.inner_text()
        rows = result.locator("ol.ff-readiness-map > li")
        for index, chapter in enumerate(c for c in manifest["chapters"] if c["id"] in expected["chapters"]):
            assert LABELS[expected["chapters"][chapter["id"]]["status"]] in rows.nth(index).inner_text(), chapter["id"]

    # 2. "Your path": each chapter's badge, and exactly one "Start here", on the start
    page.goto((site / "book" / "your-path.html").as_uri())
    assert page.locator(".ff-start-here").count() == (1 if start else 0)
    if start:
        assert page.locator(f"li.ff-path-item.ff-chapter-{start} .ff-start-here").count() == 1
    assert "Start here:" not in page.locator("ol.ff-path").inner_text()  # no fixed text competes with the badge
    for chapter, standing in expected["chapters"].items():
        badge = page.locator(f"li.ff-path-item.ff-chapter-{chapter} .ff-readiness-badge")
        assert badge.inner_text() == LABELS[standing["status"]], chapter

    # 3. "Before you start" of the chapter to start with (or the last chapter): its prerequisites
    focus = start or manifest["chapters"][-1]["id"]
    chapter = next(c for c in manifest["chapters"] if c["id"] == focus)
    page.goto((site / (chapter["docname"] + ".html")).as_uri())
    box = page.locator(f".before-you-start.ff-chapter-{focus}")
    for required in chapter["requires"]:
        badge = box.locator(f"li.ff-prereq.ff-chapter-{required} .ff-readiness-badge")
        assert badge.inner_text() == LABELS[expected["chapters"][required]["status"]], required
    unsolid = [r for r in chapter["requires"] if expected["chapters"][r]["status"] != SOLID]
    assert ("Not solid yet for you:" in box.inner_text()) == bool(unsolid)
    if start:  # everything the start builds on is solid: no warning there
        assert not unsolid

    # 4. the chapter's progress box: its standing
    progress_page = _page_of(site, f"ff-chapter-progress ff-chapter-{focus}")
    page.goto(progress_page.as_uri())
    line = page.locator(f".ff-chapter-progress.ff-chapter-{focus} .ff-standing-line")
    assert LABELS[expected["chapters"][focus]["status"]] in line.inner_text()
    assert page.errors == []


def test_the_reported_contradiction_is_gone(page, site: Path) -> None:
    """Every question right except those on chapter 5: the map starts at chapter 5, chapter 5's
    box calls its prerequisites solid, and Your path has one "Start here", on chapter 5."""
    answers, marked, expected = _history(site, "check-right-but-ethics")
    assert expected["start"] == "ethics" and expected["chapters"]["orientation"]["status"] == SOLID
    assert expected["chapters"]["ethics"]["status"] == NOT_YET
    _live(page, site, answers, marked)
    assert "Professional values and ethics" in page.locator(".ff-readiness-start").inner_text()
    page.goto((site / "book/foundations/05-ethics/index.html").as_uri())
    box = page.locator(".before-you-start.ff-chapter-ethics")
    assert "Not yet" not in box.locator("li.ff-prereq").all_inner_texts().__str__()
    assert "Not solid yet" not in box.inner_text()


def test_an_import_redraws_every_surface_without_a_reload(page, site: Path, tmp_path: Path) -> None:
    answers, marked, _ = _history(site, "check-right-but-ethics")
    _live(page, site, answers, marked)
    exported = page.evaluate("(key) => localStorage.getItem(key)", KEY)
    page.evaluate("() => localStorage.clear()")
    page.goto((site / "book" / "your-path.html").as_uri())
    assert page.locator("li.ff-path-item.ff-chapter-orientation .ff-start-here").count() == 1  # fresh
    file = tmp_path / "progress.json"
    file.write_text(exported, encoding="utf-8")
    page.locator("input[data-ff-action=import]").set_input_files(str(file))
    page.wait_for_function("() => document.querySelector('li.ff-path-item.ff-chapter-ethics .ff-start-here') !== null")
    assert page.locator(".ff-start-here").count() == 1
    assert "Retake the readiness check" in page.locator(".ff-path-readiness").inner_text()


def test_continue_where_you_left_off_and_what_is_left(page, site: Path) -> None:
    manifest = _manifest(site)
    orientation = next(c for c in manifest["chapters"] if c["id"] == "orientation")
    counting = [e for e in orientation["exercises"] if e["counts"]]
    done, started = counting[0], counting[3]
    page.goto((site / "book" / "intro.html").as_uri())
    box = page.locator(".ff-continue")
    assert box.locator("a").count() == 0 and "once you have tried an exercise" in box.inner_text()

    record = {
        done["id"]: {
            "hash": done["hash"],
            "done": True,
            "response": 0,
            "result": None,
            "updated": "2026-12-01T10:00:00Z",
        },
        started["id"]: {
            "hash": started["hash"],
            "done": False,
            "response": {"text": "half"},
            "result": None,
            "updated": "2026-12-01T11:00:00Z",
        },
    }
    page.evaluate(
        "([key, value]) => localStorage.setItem(key, JSON.stringify(value))", [KEY, {"version": 1, "exercises": record}]
    )
    for where in ("book/intro.html", "book/your-path.html"):
        page.goto((site / where).as_uri())
        link = page.locator(".ff-continue a.ff-continue-link")
        assert link.inner_text() == started["title"], where
        assert link.get_attribute("href").endswith(f"{started['docname']}.html#exercise-{started['id']}")
        assert started["page_title"] in page.locator(".ff-continue").inner_text()

    # Your path: the chapter under way lists what is left, by title, with links, the started one marked
    left = page.locator("li.ff-path-item.ff-chapter-orientation details.ff-path-left")
    assert left.locator("summary").inner_text() == f"What is left ({len(counting) - 1})"
    left.locator("summary").click()
    items = left.locator("li")
    assert items.count() == len(counting) - 1
    assert done["title"] not in left.inner_text()
    row = items.filter(has_text=started["title"])
    assert "started" in row.inner_text() and started["page_title"] in row.inner_text()
    with page.expect_navigation():
        row.locator("a").click()
    assert page.url.endswith(f"#exercise-{started['id']}")
    assert page.locator(f"#exercise-{started['id']}").is_visible()

    # the end of the chapter names what is left by title, with the page it is on
    end = _page_of(site, "ff-chapter-progress ff-chapter-orientation")
    page.goto(end.as_uri())
    remaining = page.locator(".ff-chapter-progress .ff-remaining")
    assert started["title"] in remaining.inner_text() and "Jit or foundation" not in remaining.inner_text()
    assert page.errors == []


def test_the_map_shows_each_answer_the_right_one_and_why(page, site: Path) -> None:
    answers, marked, _ = _history(site, "check-right-but-ethics")
    _live(page, site, answers, marked)
    data = _readiness(site)
    review = page.locator(".ff-readiness-answers")
    ethics = review.locator("details", has_text="Professional values and ethics")
    probes = [p for p in data["probes"] if p["chapter"] == "ethics"]
    assert f"0 of {len(probes)} right" in ethics.locator("summary").inner_text()
    ethics.locator("summary").click()
    for probe in probes:
        right = probe["options"][_right(probe)]
        chosen = probe["options"][answers[probe["id"]]]
        text = " ".join(ethics.inner_text().split())
        assert "The best answer:" in text
        for words in (right["text"], right["feedback"], chosen["feedback"]):
            plain = words.replace("*", "").replace("`", "")
            assert " ".join(plain.split())[:60] in text, words
    orientation = review.locator("details", has_text="Orientation")
    assert "right" in orientation.locator("summary").inner_text()
    assert "Chapter 5" in page.locator(".ff-readiness-start").inner_text()

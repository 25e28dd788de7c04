"""Spaced review, objectives and the foundation record, as a learner uses them.

A learner who has finished chapters 1 to 3 (a version 1 record, from before review existed) gets
due reviews over three simulated days, with the browser's clock moved; the session on the page
is the one the Python reference (``textbook.kit.review.session``) chooses. Also: a wrong answer
that sends an exercise back to the first box, export and import carrying the review state, a
review state that cannot be read, "then and now" on a readiness retake, each objective's state
on "Your path", and the foundation record with and without reflections, printed as PDF on A4
and Letter.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe

from textbook.kit.review import due_now, session
from textbook.kit.standing import objective_standing

pytestmark = pytest.mark.browser

KEY = "foundations-first:progress:v1"
ZONE = "America/Toronto"
FINISHED = ("orientation", "history", "models")
DONE_AT = "2025-03-03T15:00:00.000Z"  # 10:00 in Toronto, on March 3
SHOTS = Path("/tmp/ff-review-shots")


def _manifest(site: Path) -> dict:
    text = (site / "_static" / "ff-manifest.js").read_text(encoding="utf-8")
    return json.loads(text.split("=", 1)[1].strip().rstrip(";"))


def _reviewable(manifest: dict) -> list[tuple[str, str, str]]:
    scored = {name for name, kind in manifest["kinds"].items() if kind["scored"]}
    return [
        (e["id"], c["id"], e["hash"])
        for c in manifest["chapters"]
        for e in c["exercises"]
        if e["counts"] and e["kind"] in scored
    ]


def _version_one(manifest: dict, reflections: dict[str, str] | None = None) -> dict:
    """Chapters 1 to 3 finished on March 3, as a version 1 record (before review existed)."""
    exercises = {}
    for chapter in manifest["chapters"]:
        for e in chapter["exercises"]:
            if chapter["id"] in FINISHED or e["id"] in (reflections or {}):
                text = (reflections or {}).get(e["id"], "")
                response = {"text": text, "ticked": []} if e["kind"] == "reflection" else None
                exercises[e["id"]] = {
                    "hash": e["hash"],
                    "done": True,
                    "response": response,
                    "result": {"correct": True} if e["kind"] != "reflection" else {"complete": True},
                    "updated": DONE_AT,
                }
    return {"version": 1, "exercises": exercises}


@pytest.fixture
def learner(browser):
    """A page in Toronto's time zone with a clock the test sets, the console watched."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, timezone_id=ZONE, accept_downloads=True)
    page = context.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    page.problems = problems
    yield page
    context.close()


def _seed(page, site: Path, record: dict) -> None:
    page.goto((site / "book" / "intro.html").as_uri())
    page.evaluate("([key, value]) => localStorage.setItem(key, value)", [KEY, json.dumps(record)])


def _on(page, site: Path, docname: str, when: str) -> None:
    page.clock.set_fixed_time(when)
    page.goto((site / f"{docname}.html").as_uri())
    page.wait_for_load_state("load")


def _stored(page) -> dict:
    return json.loads(page.evaluate("(key) => localStorage.getItem(key)", KEY))


def _answer(page, exercise_id: str, right: bool) -> None:
    """Tick the right options (or one wrong one) of a choice exercise in the session, then Check."""
    item = page.locator(f'li.ff-review-item[data-exercise-id="{exercise_id}"]')
    data = json.loads(item.locator("script.ff-exercise-data").text_content())
    correct = [i for i, option in enumerate(data["options"]) if option["correct"]]
    wrong = [i for i, option in enumerate(data["options"]) if not option["correct"]]
    for index in correct if right else wrong[:1]:
        item.locator(f'.ff-form input[value="{index}"]').check()
    item.get_by_role("button", name="Check", exact=True).click()


def _session_on_page(page) -> list[str]:
    page.wait_for_selector("li.ff-review-item .ff-exercise.ff-enhanced")
    return page.locator("li.ff-review-item").evaluate_all("items => items.map(i => i.dataset.exerciseId)")


def test_three_days_of_review_after_chapters_one_to_three(learner, site: Path) -> None:
    page = learner
    manifest = _manifest(site)
    items = _reviewable(manifest)
    kinds = {e["id"]: e["kind"] for c in manifest["chapters"] for e in c["exercises"]}
    _seed(page, site, _version_one(manifest))

    # Day 1, the day the chapters were finished: the record is migrated, nothing is due yet
    _on(page, site, "book/review", "2025-03-03T18:00:00-05:00")
    record = _stored(page)
    assert record["version"] == 2
    finished = [i for i in items if i[1] in FINISHED]
    assert sorted(record["review"]) == sorted(i[0] for i in finished)
    assert {(e["box"], e["due"]) for e in record["review"].values()} == {(1, "2025-03-04")}
    nothing = page.locator(".ff-review-nothing")
    assert "Nothing is due for review today" in nothing.text_content()
    assert "Tuesday, March 4 (tomorrow)" in nothing.text_content()
    next_chapter = page.locator(".ff-review-next")
    assert next_chapter.get_attribute("data-chapter") == "knowing-yourself"
    assert "Chapter 4" in next_chapter.text_content()
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / "review-nothing-due.png"), full_page=True)

    # Day 2: a session of eight, chapters mixed, the one the reference chooses
    _on(page, site, "book/review", "2025-03-04T09:00:00-05:00")
    state = _stored(page)["review"]
    expected = session(state, items, "2025-03-04")
    shown = _session_on_page(page)
    assert shown == expected and len(shown) == 8
    assert len({dict((i[0], i[1]) for i in items)[x] for x in shown}) == 3  # all three chapters
    first = page.locator("li.ff-review-item").first
    assert first.locator(".ff-review-from").text_content().startswith("From Chapter ")
    link = first.locator(".ff-review-from a").get_attribute("href")
    assert link.endswith(f"#exercise-{shown[0]}") and (site / "book" / link.split("#")[0]).resolve().is_file()
    # a fresh form: the answer given in the chapter is not filled in
    assert first.locator(".ff-feedback").text_content().strip() == ""
    choices = [x for x in shown if kinds[x] in ("single-choice", "multiple-select")]
    right, wrong = choices[0], choices[1]
    _answer(page, right, True)
    _answer(page, wrong, False)
    outcome = page.locator(f'li[data-exercise-id="{right}"] .ff-review-outcome')
    assert "moves up to box 2" in outcome.text_content() and "in 3 days" in outcome.text_content()
    back = page.locator(f'li[data-exercise-id="{wrong}"] .ff-review-outcome')
    assert "back to the first box" in back.text_content() and "tomorrow" in back.text_content()
    page.screenshot(path=str(SHOTS / "review-session.png"), full_page=True)
    review = _stored(page)["review"]
    assert (review[right]["box"], review[right]["due"]) == (2, "2025-03-07")
    assert (review[wrong]["box"], review[wrong]["due"], review[wrong]["history"][-1]) == (
        1,
        "2025-03-05",
        ["2025-03-04", "missed"],
    )
    # a second try the same day, right this time, is "right after another try": the box stays
    item = page.locator(f'li[data-exercise-id="{wrong}"]')
    item.get_by_role("button", name="Try again").click()
    _answer(page, wrong, True)
    assert "Right after another try" in back.text_content()
    review = _stored(page)["review"]
    assert (review[wrong]["box"], review[wrong]["history"][-1][1]) == (1, "retry")

    # Day 3: the missed one is due again (after the ones left from yesterday); the one answered
    # right is not, until March 7
    _on(page, site, "book/review", "2025-03-05T20:00:00-05:00")
    state = _stored(page)["review"]
    shown = _session_on_page(page)
    assert shown == session(state, items, "2025-03-05")
    due = due_now(state, items, "2025-03-05")
    assert wrong in due and right not in due and right not in shown
    assert f"{len(due)} exercises are due" in page.locator(".ff-review-summary").text_content()
    assert page.problems == []


def _answer_a_due_choice(page, site: Path, manifest: dict, right: bool) -> str:
    """Seed a version-1 record, open the Review page on 4 March 2025 and answer the first
    single-choice exercise it brings back; return that exercise's id."""
    _seed(page, site, _version_one(manifest))
    _on(page, site, "book/review", "2025-03-04T09:00:00-05:00")
    kinds = {e["id"]: e["kind"] for c in manifest["chapters"] for e in c["exercises"]}
    choice = next(x for x in _session_on_page(page) if kinds[x] == "single-choice")
    _answer(page, choice, right)
    return choice


def test_export_and_import_carry_the_review_state(learner, site: Path, tmp_path: Path) -> None:
    page = learner
    _answer_a_due_choice(page, site, _manifest(site), right=True)
    before = _stored(page)["review"]
    _on(page, site, "book/your-path", "2025-03-04T09:05:00-05:00")
    contents = page.locator(".ff-export-contents").text_content()  # what the learner is told the file holds
    assert f"your review schedule for {len(before)} exercises" in contents
    with page.expect_download() as download:
        page.get_by_role("button", name="Export my progress").click()
    path = tmp_path / "progress.json"
    download.value.save_as(path)
    exported = json.loads(path.read_text(encoding="utf-8"))
    assert exported["version"] == 1 and exported["review"] == before  # the file format older books read
    page.evaluate("(key) => localStorage.removeItem(key)", KEY)
    _on(page, site, "book/your-path", "2025-03-04T09:06:00-05:00")
    page.locator('input[data-ff-action="import"]').set_input_files(str(path))
    page.wait_for_function("() => document.querySelector('.ff-tools-status').textContent.includes('Imported')")
    assert _stored(page)["review"] == before
    assert page.problems == []


def test_a_review_state_that_cannot_be_read_gets_a_notice_not_a_crash(learner, site: Path) -> None:
    page = learner
    manifest = _manifest(site)
    record = _version_one(manifest)
    record["version"] = 2
    record["review"] = {"orientation-roles-settings": {"box": "seven"}, "x": 3}
    _seed(page, site, record)
    _on(page, site, "book/review", "2025-03-04T09:00:00-05:00")
    notice = page.locator(".ff-notice[role=alert]")
    assert "review schedule could not be read" in notice.text_content()
    stored = _stored(page)
    assert stored["exercises"] == record["exercises"]  # the answers are kept
    assert all(entry["box"] == 1 for entry in stored["review"].values()) and stored["review"]
    assert _session_on_page(page)  # and review works again
    assert page.evaluate("() => localStorage.getItem('foundations-first:progress:corrupt')") is not None
    page.reload()
    assert page.locator(".ff-notice[role=alert]").count() == 0  # once
    assert [p for p in page.problems if "review schedule" not in p] == []


def test_objectives_on_your_path_and_a_chapters_end(learner, site: Path) -> None:
    page = learner
    missed = _answer_a_due_choice(page, site, _manifest(site), right=False)
    review = _stored(page)["review"]

    _on(page, site, "book/your-path", "2025-03-04T09:05:00-05:00")
    states = page.locator("li.ff-objective").evaluate_all(
        "items => items.map(i => [i.closest('ul').dataset.chapter, i.dataset.objective, i.dataset.state, i.dataset.exercises])"
    )
    for chapter, _objective, state, exercises in states:
        ids = exercises.split()
        expected = objective_standing([review[i]["history"] if i in review else [] for i in ids], [], "2025-03-04")
        assert state == expected["status"], (chapter, _objective)
    assert {s for c, _, s, _ in states if c in FINISHED} >= {"solid", "shaky"}
    assert {s for c, _, s, _ in states if c not in FINISHED} == {"not-yet"}
    shaky = page.locator(".ff-shaky-objectives")
    assert shaky.is_visible()
    entry = shaky.locator("li.ff-shaky-item").first
    assert "you missed a question about it" in entry.text_content()
    assert entry.locator("a").count() >= 2  # the page to reread and the exercises to try
    assert any(a.endswith(f"#exercise-{missed}") for a in entry.locator("a").evaluate_all("l => l.map(a => a.href)"))
    page.locator("details.ff-path-objectives").first.evaluate("d => d.open = true")
    page.screenshot(path=str(SHOTS / "your-path-objectives.png"), full_page=True)

    _on(page, site, "book/foundations/01-orientation/using-this-book", "2025-03-04T09:06:00-05:00")
    box = page.locator(".ff-chapter-objectives ul.ff-objectives li.ff-objective")
    assert box.count() > 0 and all(
        s in ("solid", "shaky") for s in box.evaluate_all("l => l.map(i => i.dataset.state)")
    )
    page.locator(".ff-chapter-objectives").screenshot(path=str(SHOTS / "chapter-end-objectives.png"))
    assert page.problems == []


def test_a_readiness_retake_shows_then_and_now(learner, site: Path) -> None:
    page = learner
    _on(page, site, "book/readiness", "2025-03-01T10:00:00-05:00")
    page.locator(".ff-readiness-question").first.wait_for()
    for question in page.locator(".ff-readiness-question").all():  # the first option of each: a mix
        question.locator("input").first.check()
    page.get_by_role("button", name="See my foundation map").click()
    assert page.locator(".ff-then").count() == 0
    page.clock.set_fixed_time("2025-03-20T10:00:00-04:00")
    page.get_by_role("button", name="Take the check again").click()
    html = (site / "book" / "readiness.html").read_text(encoding="utf-8")
    start = html.index('class="ff-readiness-data"')
    data = json.loads(html[html.index(">", start) + 1 : html.index("</script>", start)])
    for probe in data["probes"]:
        right = next(i for i, o in enumerate(probe["options"]) if o["correct"])
        page.locator(f'input[name="ff-ready-{probe["id"]}"][value="{right}"]').check()
    page.get_by_role("button", name="See my foundation map").click()
    assert page.locator(".ff-then").count() > 0
    assert "Then and now" in page.locator(".ff-then-note").text_content()
    assert "2025-03-01" in page.locator(".ff-then-note").text_content()
    page.locator(".ff-readiness-result").screenshot(path=str(SHOTS / "readiness-then-now.png"))
    page.reload()
    assert page.locator(".ff-then").count() > 0  # kept with the result
    assert page.problems == []


def _pdf_text(pdf: bytes) -> tuple[str, list[tuple[float, float]]]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(p.extract_text() for p in reader.pages), [
        (float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages
    ]


def test_the_foundation_record_with_and_without_reflections(learner, site: Path) -> None:
    page = learner
    manifest = _manifest(site)
    reflections = [e for c in manifest["chapters"] for e in c["exercises"] if e["kind"] == "reflection"]
    plan = "practicum-learning-plan"
    private = next(r for r in reflections if r["id"] != plan)
    other = next(r for r in reflections if r["id"] not in (plan, private["id"]))
    texts = {
        plan: "Goal one: by week 6 I will explain the gift policy to my field supervisor.",
        private["id"]: "A private thought that stays out unless I tick it.",
        other["id"]: "Another reflection, also left out.",
    }
    _seed(page, site, _version_one(manifest, texts))
    _on(page, site, "book/foundation-record", "2025-03-04T09:00:00-05:00")
    sheet = page.locator(".ff-record-sheet")
    text = sheet.text_content()
    for number, title in ((1, "Orientation"), (2, "History"), (3, "Models")):
        assert f"Chapter {number}, {title}" in text
    assert "latest answer on March 3, 2025" in text
    assert "from the readiness check" in text  # where no exercise about an objective was answered
    assert "Solid (" in text and "Not yet (" in text
    for secret in texts.values():
        assert secret not in text  # nothing written appears until it is ticked
    page.screenshot(path=str(SHOTS / "record-without.png"), full_page=True)
    page.emulate_media(media="print")
    for paper in ("A4", "Letter"):
        pdf = page.pdf(format=paper, print_background=True)
        (SHOTS / f"record-without-{paper}.pdf").write_bytes(pdf)
        printed, sizes = _pdf_text(pdf)
        assert "Foundation record" in printed and "Objectives, by state" in printed
        assert "What goes into your record" not in printed and "Print the record" not in printed  # the sheet alone
        assert all(secret not in printed for secret in texts.values())
        width = 595 if paper == "A4" else 612
        assert all(abs(w - width) < 2 for w, _ in sizes)
    page.emulate_media(media="screen")

    page.get_by_label("Your name (optional)").fill("Sam Learner")
    page.get_by_label("Include my practicum learning plan (Chapter 9)").check()
    page.get_by_label(f"{private['title']} (Chapter", exact=False).check()
    text = sheet.text_content()
    assert "Foundation record: Sam Learner" in text
    assert texts[plan] in text and texts[private["id"]] in text
    assert texts[other["id"]] not in text  # one by one: only the ticked one
    page.screenshot(path=str(SHOTS / "record-with.png"), full_page=True)
    page.emulate_media(media="print")
    for paper in ("A4", "Letter"):
        pdf = page.pdf(format=paper, print_background=True)
        (SHOTS / f"record-with-{paper}.pdf").write_bytes(pdf)
        printed, _ = _pdf_text(pdf)
        assert "Sam Learner" in printed and "A private thought" in printed and "Another reflection" not in printed
    page.emulate_media(media="screen")
    with page.expect_download() as download:
        page.get_by_role("button", name="Save as a file").click()
    saved = Path(download.value.path()).read_text(encoding="utf-8")
    assert texts[private["id"]] in saved and texts[other["id"]] not in saved and "<script" not in saved
    assert page.problems == []


def test_chapter_nine_links_the_record(site: Path) -> None:
    html = (site / "book/foundations/09-ready-for-practicum/learning-plan.html").read_text(encoding="utf-8")
    assert 'href="../../foundation-record.html"' in html


@pytest.mark.parametrize("docname", ["book/review", "book/foundation-record"])
def test_review_and_record_on_a_phone_by_touch_with_axe(browser, site: Path, docname: str) -> None:
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True, timezone_id=ZONE, device_scale_factor=2
    )
    page = context.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(str(error)))
    manifest = _manifest(site)
    _seed(page, site, _version_one(manifest, {"practicum-learning-plan": "My plan."}))
    _on(page, site, docname, "2025-03-04T09:00:00-05:00")
    if docname == "book/review":
        _session_on_page(page)
        item = page.locator("li.ff-review-item").first
        item.locator(".ff-form input").first.tap()
        item.get_by_role("button", name="Check", exact=True).tap()
        assert item.locator(".ff-feedback").text_content().strip()
    else:
        page.get_by_label("Include my practicum learning plan (Chapter 9)").tap()
        assert "My plan." in page.locator(".ff-record-sheet").text_content()
    overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1
    page.screenshot(path=str(SHOTS / f"phone-{docname.split('/')[-1]}.png"), full_page=True)
    violations = [
        (v["id"], v["impact"]) for v in Axe().run(page).response["violations"] if v["impact"] in ("serious", "critical")
    ]
    assert violations == []
    assert problems == []
    context.close()


def test_a_review_session_by_keyboard(learner, site: Path) -> None:
    page = learner
    _seed(page, site, _version_one(_manifest(site)))
    _on(page, site, "book/review", "2025-03-04T09:00:00-05:00")
    shown = _session_on_page(page)
    page.locator(f'li[data-exercise-id="{shown[0]}"] .ff-review-from a').focus()
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("() => !!document.activeElement.closest('.ff-form')"):
            break
    assert page.evaluate("() => document.activeElement.closest('li.ff-review-item').dataset.exerciseId") == shown[0]
    assert page.problems == []

"""The SCORM 1.2 run-time, for real: each SCO of the package launched in a frame under
scorm-again's Scorm12API in Chromium. Completion, score, interactions, suspend_data within
4,096 characters for the largest chapter, a relaunch that resumes in a fresh browser, a
reflection's text and a self-check's ratings that never reach the LMS (only that they were
done), a corrupt suspend_data, an API that refuses everything, and the pages without any API."""

from __future__ import annotations

import functools
import http.server
import json
import shutil
import threading
import zipfile
from pathlib import Path
from urllib.parse import quote

import pytest

from tests.conftest import ROOT, TESTS
from tests.lms.formats import FormatUnavailable, fetch
from tests.lms.scorm_runtime import SCORM_AGAIN
from textbook.model.spine import load_spine

SPINE = load_spine(ROOT)


def _counted(owner: str) -> list:
    return [e.exercise for e in SPINE.exercises_of(owner) if e.exercise.completes_chapter]


# The chapter whose progress takes the most room: the most exercises (its reflections' text is never
# sent, so their length no longer matters).
LARGEST = max(SPINE.chapters, key=lambda c: (len(SPINE.exercises_of(c.id)), c.id)).id


@pytest.fixture(scope="module")
def lms(scorm_package: Path, tmp_path_factory: pytest.TempPathFactory):
    """The package unzipped beside the stand-in LMS page and scorm-again, served over HTTP."""
    try:
        api_script, licence = fetch(SCORM_AGAIN)
    except FormatUnavailable as exc:
        pytest.fail(f"scorm-again is needed to test the SCORM run-time: {exc}")
    assert "MIT" in licence.read_text(encoding="utf-8")
    served = tmp_path_factory.mktemp("lms")
    with zipfile.ZipFile(scorm_package) as archive:
        archive.extractall(served / "package")
    shutil.copyfile(api_script, served / "scorm12.js")
    shutil.copyfile(TESTS / "support" / "scorm-lms.html", served / "lms.html")

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(served)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


def _is_error(message) -> bool:
    """A console error, other than the browser asking the test server for a favicon (the site
    has none; inside an LMS the LMS's own icon is shown)."""
    return message.type == "error" and not str(message.location.get("url", "")).endswith("/favicon.ico")


class Launch:
    """A browser context with one LMS page, collecting every console error of every frame."""

    def __init__(self, browser, base: str) -> None:
        self.context = browser.new_context(viewport={"width": 1280, "height": 1000})
        self.page = self.context.new_page()
        self.base = base
        self.errors: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if _is_error(m) else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

    def open(self, sco: str, **params: str) -> None:
        query = "&".join(f"{k}={quote(v)}" for k, v in {"sco": sco, **params}.items())
        self.page.goto(f"{self.base}lms.html?{query}")
        self.page.wait_for_function(
            "() => { const f = document.getElementById('sco'); const w = f && f.contentWindow;"
            " const inner = w && w.document.getElementById('ff-sco');"
            " return inner && inner.contentWindow && inner.contentWindow.FFProgress"
            " && inner.contentWindow.document.readyState === 'complete'; }"
        )

    @property
    def chapter(self):
        """The frame showing the book's page inside the SCO's launch page."""
        return next(f for f in self.page.frames if "/package/book/" in f.url)

    def cmi(self) -> dict:
        return self.page.evaluate(
            """() => { const c = JSON.parse(JSON.stringify(window.API.cmi)); return {
                status: c.core.lesson_status, exit: c.core.exit, raw: c.core.score.raw, min: c.core.score.min,
                max: c.core.score.max, suspend: c.suspend_data, session: c.core.session_time,
                interactions: Object.values(c.interactions).map(i => ({id: i.id, type: i.type, result: i.result})),
                log: window.lmsLog }; }"""
        )

    def everything_stored(self) -> str:
        """All that the LMS holds for the learner (scorm-again's whole CMI) and every value the
        pages set, as one text to search."""
        return self.page.evaluate("() => JSON.stringify([window.API.cmi, window.lmsLog.sets])")

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def launch(browser, lms):
    opened: list[Launch] = []

    def start() -> Launch:
        opened.append(Launch(browser, lms))
        return opened[-1]

    yield start
    for each in opened:
        each.close()


def _go_to_exercise(run: Launch, exercise_id: str) -> None:
    """Show the page of the chapter that holds the exercise, inside the SCO's frame."""
    entry = {"docname": SPINE.embedded_on()[exercise_id].docname}
    if not run.chapter.url.endswith(f"/package/{entry['docname']}.html"):  # else it is already shown
        run.chapter.evaluate("(url) => { window.location.href = url; }", f"{run.base}package/{entry['docname']}.html")
    run.page.wait_for_function(
        "(name) => Array.from(document.getElementById('sco').contentWindow.frames).some(w => {"
        " try { return w.location.pathname.endsWith(name) && w.document.readyState === 'complete'"
        " && w.document.querySelector('.ff-exercise.ff-enhanced'); } catch (e) { return false; } })",
        arg=f"{entry['docname']}.html",
    )


def _answer_single_choice(run: Launch, exercise_id: str, right: bool) -> None:
    """Choose an option and press Check, as a learner does."""
    _go_to_exercise(run, exercise_id)
    root = run.chapter.locator(f'.ff-exercise[data-exercise-id="{exercise_id}"]')
    data = json.loads(root.locator("script[type='application/json']").first.text_content())
    index = next(i for i, o in enumerate(data["options"]) if o["correct"] == right)
    root.locator(f'input[type="radio"][value="{index}"]').check()  # shown in a seeded order; valued by index
    root.get_by_role("button", name="Check").click()


def _record_the_rest(run: Launch, owner: str, words: int) -> None:
    """Record every other exercise of the chapter as done, through the runtime's own record
    (what each form calls), with written answers of ``words`` words."""
    run.chapter.evaluate(
        """([owner, words]) => {
            const unit = window.FF_MANIFEST.chapters.concat(window.FF_MANIFEST.cards).find(u => u.id === owner);
            for (const e of unit.exercises) {
              if (window.FFProgress.isDone(e.id, e.hash)) continue;
              const text = Array(words).fill("listening").join(" ");
              const response = e.kind === "reflection" ? {text: text, ticked: [0, 1]} : null;
              const result = e.kind === "reflection" ? {complete: true} : {correct: true, ended: true};
              window.FFProgress.record(e.id, e.hash, response, result, true);
            }
        }""",
        [owner, words],
    )


def test_a_sco_reports_completion_score_interactions_and_resumes(launch) -> None:
    exercises = SPINE.exercises_of(LARGEST)
    scored = [e.exercise for e in exercises if e.exercise.completes_chapter and e.exercise.scored]
    choices = [e.exercise for e in exercises if e.exercise.kind == "single-choice"]
    assert len(choices) >= 2, "the test answers two single-choice exercises of the largest chapter"
    run = launch()
    run.open(LARGEST)
    first = run.cmi()
    assert first["log"]["initialized"] == 1
    assert first["status"] == "incomplete" and first["exit"] == "suspend"

    _answer_single_choice(run, choices[0].id, right=True)
    _answer_single_choice(run, choices[1].id, right=False)
    after = run.cmi()
    assert after["log"]["commits"] >= 2  # after each answer
    assert after["status"] == "incomplete"
    assert (after["min"], after["max"]) == ("0", "100")
    assert after["raw"] == str(round(100 * 1 / len(scored)))
    assert after["interactions"][:2] == [
        {"id": choices[0].id, "type": "choice", "result": "correct"},
        {"id": choices[1].id, "type": "choice", "result": "wrong"},
    ]

    _record_the_rest(run, LARGEST, words=600)  # long written answers, which must stay in the browser
    _answer_single_choice(run, choices[1].id, right=True)
    done = run.cmi()
    assert done["status"] == "completed"
    assert done["raw"] == "100"
    ids = [i["id"] for i in done["interactions"]]
    assert sorted(ids) == sorted(e.exercise.id for e in exercises) and len(set(ids)) == len(ids)
    kinds = {e.exercise.id: e.exercise.kind for e in exercises}
    for interaction in done["interactions"]:
        expected = "correct" if kinds[interaction["id"]] not in ("self-check", "reflection") else "neutral"
        assert interaction["result"] == expected
    suspend = done["suspend"]
    assert 0 < len(suspend) <= 4096
    assert json.loads(suspend)["v"] == 1
    assert "listening" not in run.everything_stored()  # the reflections' text stayed in the browser

    run.page.evaluate("() => document.getElementById('sco').remove()")  # the LMS closes the SCO
    closed = run.page.evaluate(
        "() => ({log: window.lmsLog, time: JSON.parse(JSON.stringify(window.API.cmi)).core.session_time})"
    )
    assert closed["log"]["finished"] == 1
    assert closed["time"] not in ("", "00:00:00")
    assert run.errors == []

    again = launch()  # another browser: nothing in its storage, only what the LMS kept
    again.open(LARGEST, suspend=suspend)
    restored = again.chapter.evaluate(
        "(owner) => window.FFProgress.chapterSummary(owner)",
        LARGEST,
    )
    assert restored["done"] == restored["total"] == len(_counted(LARGEST))
    _go_to_exercise(again, choices[0].id)
    root = again.chapter.locator(f'.ff-exercise[data-exercise-id="{choices[0].id}"]')
    assert root.get_by_text("Done", exact=True).is_visible()
    assert again.errors == []


def _exercise_root(run: Launch, exercise_id: str):
    _go_to_exercise(run, exercise_id)
    return run.chapter.locator(f'.ff-exercise[data-exercise-id="{exercise_id}"]')


def test_a_reflection_and_self_check_ratings_never_reach_the_lms(launch) -> None:
    """A learner writes a reflection and rates a self-check in the forms, as in the book. The LMS
    learns that both were done, and when, and never the text or the ratings: not in
    suspend_data, not in an interaction, not in any value set. A relaunch in another browser
    marks both done, with nothing written in the reflection's box."""
    exercises = [e.exercise for e in SPINE.exercises_of(LARGEST)]
    reflection = next(e for e in exercises if e.kind == "reflection")
    rated = next(e for e in exercises if e.kind == "self-check")
    positions = {e.id: n for n, e in enumerate(exercises)}
    words = [f"zqxprivate{n}" for n in range(reflection.min_words + 5)]
    run = launch()
    run.open(LARGEST)

    root = _exercise_root(run, reflection.id)
    root.locator("textarea").fill(" ".join(words))
    root.get_by_role("button", name="Check").click()
    root = _exercise_root(run, rated.id)
    ratings = root.locator("fieldset.ff-rating")
    chosen = []
    for n in range(ratings.count()):
        point = (n * 2 + 1) % ratings.nth(n).locator('input[type="radio"]').count()
        ratings.nth(n).locator(f'input[type="radio"][value="{point}"]').check()
        chosen.append(point)
    root.get_by_role("button", name="Check").click()
    assert run.chapter.evaluate("(id) => window.FFProgress.get(id).response", rated.id) == chosen
    assert words[0] in run.chapter.evaluate("(id) => window.FFProgress.get(id).response.text", reflection.id)

    state = run.cmi()
    rows = {row[0]: row for row in json.loads(state["suspend"])["x"]}
    for private in (reflection, rated):
        row = rows[positions[private.id]]
        assert len(row) == 4 and row[2] == 1 and row[3], row  # done, and when: no answer
        assert {
            "id": private.id,
            "type": "fill-in" if private is reflection else "likert",
            "result": "neutral",
        } in state["interactions"]
    stored = run.everything_stored()
    assert not any(word in stored for word in words)
    assert all(not name.endswith("student_response") for name, _ in state["log"]["sets"])
    assert json.dumps(chosen) not in state["suspend"]
    assert run.errors == []

    again = launch()  # another browser: only what the LMS kept
    again.open(LARGEST, suspend=state["suspend"])
    for private in (reflection, rated):
        assert again.chapter.evaluate(
            "([id, hash]) => window.FFProgress.isDone(id, hash)", [private.id, private.fingerprint()]
        )
    root = _exercise_root(again, reflection.id)
    assert root.get_by_text("Done", exact=True).is_visible()
    assert root.locator("textarea").input_value() == ""
    assert again.chapter.evaluate("(id) => window.FFProgress.get(id).response", reflection.id) is None
    assert again.errors == []


def test_a_private_answer_kept_by_an_older_package_is_not_taken_back(launch) -> None:
    """suspend_data written by an older package held reflections' text: a relaunch marks the
    reflection done but takes no text from the LMS, and the next answer sends none."""
    exercises = [e.exercise for e in SPINE.exercises_of(LARGEST)]
    reflection = next(e for e in exercises if e.kind == "reflection")
    choice = next(e for e in exercises if e.kind == "single-choice")
    index = next(n for n, e in enumerate(exercises) if e.id == reflection.id)
    old = {
        "v": 1,
        "x": [
            [index, reflection.fingerprint()[:12], 1, "2025-03-03T15:00:00Z", {"text": "zqxolder text", "ticked": []}]
        ],
    }
    run = launch()
    run.open(LARGEST, suspend=json.dumps(old))
    assert run.chapter.evaluate(
        "([id, hash]) => window.FFProgress.isDone(id, hash)", [reflection.id, reflection.fingerprint()]
    )
    assert run.chapter.evaluate("(id) => window.FFProgress.get(id).response", reflection.id) is None
    _answer_single_choice(run, choice.id, right=True)
    assert "zqxolder" not in run.cmi()["suspend"]
    assert run.errors == []


def test_a_corrupt_suspend_data_gives_a_notice_and_the_chapter_still_works(launch) -> None:
    run = launch()
    run.open(LARGEST, suspend='{"v": 1, "x": [["not", "a", "row"]]')
    notice = run.chapter.locator(".ff-notice")
    notice.first.wait_for()
    assert "could not be read" in notice.first.inner_text()
    choice = next(e.exercise for e in SPINE.exercises_of(LARGEST) if e.exercise.kind == "single-choice")
    _answer_single_choice(run, choice.id, right=True)
    state = run.cmi()
    assert {"id": choice.id, "type": "choice", "result": "correct"} in state["interactions"]
    assert json.loads(state["suspend"])["v"] == 1  # replaced by a readable one
    assert run.errors == []


def test_an_api_that_refuses_everything_leaves_the_answers_in_the_browser(launch) -> None:
    run = launch()
    run.open(LARGEST, broken="1")
    choice = next(e.exercise for e in SPINE.exercises_of(LARGEST) if e.exercise.kind == "single-choice")
    _answer_single_choice(run, choice.id, right=True)
    notice = run.chapter.locator(".ff-notice", has_text="did not accept")
    notice.wait_for()
    assert notice.count() == 1
    assert run.chapter.evaluate("(id) => window.FFProgress.get(id).done", choice.id) is True
    _answer_single_choice(run, choice.id, right=True)  # again: still one notice
    assert run.chapter.locator(".ff-notice", has_text="did not accept").count() == 1
    assert run.errors == []


def test_without_an_api_the_package_is_the_book(browser, lms) -> None:
    context = browser.new_context()
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if _is_error(m) else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(f"{lms}package/scorm/{LARGEST}.html")
    page.wait_for_url(f"**/package/{SPINE.chapter(LARGEST).index.docname}.html")
    page.wait_for_load_state("load")
    assert page.locator(".ff-notice").count() == 0
    assert page.evaluate("() => Boolean(window.FFProgress && window.FFScorm)")
    assert errors == []
    context.close()


def test_every_sco_opens_its_chapter_and_reports_to_the_lms(launch) -> None:
    units = [(c.id, c.index.docname) for c in SPINE.chapters] + [(c.id, c.page.docname) for c in SPINE.cards]
    run = launch()
    for owner, docname in units:
        run.open(owner)
        assert run.chapter.url.endswith(f"/package/{docname}.html"), owner
        exercise = next(e.exercise for e in SPINE.exercises_of(owner) if e.exercise.completes_chapter)
        _go_to_exercise(run, exercise.id)  # the pages with exercises report (the others have none)
        run.chapter.evaluate(
            """(id) => { const e = window.FF_MANIFEST.chapters.concat(window.FF_MANIFEST.cards)
                .flatMap(u => u.exercises).find(x => x.id === id);
              window.FFProgress.record(e.id, e.hash, null, {correct: true, ended: true, complete: true}, true); }""",
            exercise.id,
        )
        state = run.cmi()
        assert state["log"]["initialized"] == 1 and state["log"]["commits"] >= 1, owner
        assert [i["id"] for i in state["interactions"]] == [exercise.id], owner
        assert state["status"] == ("completed" if len(_counted(owner)) == 1 else "incomplete"), owner
    assert run.errors == []

"""The class roster page agrees with ``python -m textbook roster``: hypothesis generates classes
of learner files (good, odd and bad), and the page's rules (ff-roster.js, from the manifest) give
the same CSV text and the same problems as textbook/commands/roster.py. Then the page itself,
from file://: a labelled file input by keyboard, drag and drop, a phone by touch, a clean
console, file text only ever as text. And the export screen of Your path: what the file holds,
an optional name, reflections left out unless ticked."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.commands.test_roster import BOOK, TITLE, of_kind, progress, record
from tests.conftest import ROOT, run_textbook
from textbook.commands import roster

pytestmark = pytest.mark.browser

ROSTER_PAGE = "book/roster.html"
PATH_PAGE = "book/your-path.html"
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True, "device_scale_factor": 2}
KNOWN_IDS = sorted(BOOK.exercises)
HASHES = {e.id: e.hash for e in BOOK.exercises.values()}


def watch(page) -> list[str]:
    errors: list[str] = []
    page.on("console", lambda message: message.type in ("error", "warning") and errors.append(message.text))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("request", lambda request: request.url.startswith("http") and errors.append(f"request: {request.url}"))
    return errors


@pytest.fixture(scope="module")
def roster_page(browser, site: Path):
    context = browser.new_context()
    page = context.new_page()
    errors = watch(page)
    page.goto((site / ROSTER_PAGE).as_uri())
    page.wait_for_function("window.FFRoster && window.FF_MANIFEST")
    page.errors = errors  # type: ignore[attr-defined]
    yield page
    context.close()


def in_browser(page, files: list[tuple[str, bytes]], include: bool) -> dict[str, Any]:
    return page.evaluate(
        """([files, include]) => {
            const read = files.map(([name, bytes]) => ({ name, bytes: new Uint8Array(bytes) }));
            const r = window.FFRoster.compute(read, window.FF_MANIFEST, window.FFRoster.pageData(), include);
            return { csv: r.csv, problems: r.problems.map((p) => [p.file, p.message, p.refused]) };
        }""",
        [[[name, list(data)] for name, data in files], include],
    )


def in_python(files: list[tuple[str, bytes]], include: bool) -> dict[str, Any]:
    learners, problems = roster.read_all(files, BOOK)
    rows = [roster.row(learner, BOOK, include) for learner in learners]
    return {"csv": roster.as_csv(rows, BOOK, include), "problems": [[p.file, p.message, p.refused] for p in problems]}


# ------------------------------------------------------------------------------ generated classes

TEXT = st.text(
    alphabet=st.sampled_from(
        [
            *"Ana Lee=+-@,\"'<>/&\t\n\r",
            "é",
            "É",
            "ß",
            "\u00a0",
            "\u3000",
            "\u202e",
            "\x07",
            "\x85",
            "\ufeff",
            "😀",
            "\ud800",
            "Д",
        ]
    ),
    max_size=12,
)
DATES = st.sampled_from(["2026-01-02T03:04:05.000Z", "2025-12-31T23:59:59.999Z", "2026-01-02", "soon", ""])
IDS = st.one_of(
    st.sampled_from(KNOWN_IDS),
    st.sampled_from(["readiness-check", "from-a-newer-book", "a" * 70, "123", "constructor"]),
    st.sampled_from(["Bad Id", "__proto__", "x\n", ""]),
)


@st.composite
def entries(draw, ident: str) -> Any:
    if draw(st.integers(0, 30)) == 0:
        return draw(
            st.sampled_from(
                [
                    [],
                    "x",
                    None,
                    {"hash": 1, "done": True},
                    {"hash": "h", "done": "yes"},
                    {"hash": "h", "done": True, "result": []},
                    {"hash": "h", "done": True, "updated": 3},
                ]
            )
        )
    entry: dict[str, Any] = {
        "hash": draw(st.sampled_from([HASHES.get(ident, "h"), "0" * 16, ""])),
        "done": draw(st.booleans()),
        "response": draw(
            st.one_of(st.none(), st.fixed_dictionaries({"text": TEXT, "ticked": st.just([])}), st.integers())
        ),
        "result": draw(st.sampled_from([None, {"correct": True}])),
    }
    if draw(st.booleans()):
        entry["updated"] = draw(DATES)
    return entry


@st.composite
def learner_files(draw) -> bytes:
    kind = draw(st.integers(0, 9))
    if kind == 0:
        return draw(
            st.sampled_from(
                [
                    b"",
                    b"{",
                    b"[]",
                    b"\xff",
                    b'{"version": 2, "exercises": {}}',
                    b"\xef\xbb\xbf{}",
                    b'{"version": 1, "exercises": {}, "x": ' + b"[" * 70 + b"]" * 70 + b"}",
                    b'{"version": 1.0, "exercises": {}}',
                    b'{"version": Infinity}',
                    b" null ",
                ]
            )
        )
    ids = draw(st.lists(IDS, max_size=6, unique=True))
    value: dict[str, Any] = {"version": 1, "exercises": {ident: draw(entries(ident)) for ident in ids}}
    for key, strategy in [
        ("book", st.sampled_from([{"title": TITLE}, {"title": "Another"}, "x", {}])),
        (
            "learner",
            st.one_of(st.sampled_from(["Ana", "ana", " Ana  ", "Ben", "=1+1", "x" * 101]), TEXT, st.integers()),
        ),
        ("reflections", st.sampled_from(["included", "left-out", "maybe"])),
        ("exported", st.sampled_from(["2026-01-02T03:04:05.000Z", 5])),
    ]:
        if draw(st.booleans()):
            value[key] = draw(strategy)
    text = json.dumps(value, ensure_ascii=draw(st.booleans()))
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:  # an unpaired surrogate: only as an escape, as a browser would write it
        return json.dumps(value, ensure_ascii=True).encode("utf-8")


NAMES = st.sampled_from(["a.json", "b.json", "=c.json", 'd,"e".json', "f\u202e.json", "g.json"])
CLASSES = st.lists(st.tuples(NAMES, learner_files()), min_size=1, max_size=6)


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(files=CLASSES, include=st.booleans())
def test_the_page_and_the_command_agree_on_generated_classes(roster_page, files, include) -> None:
    assert in_browser(roster_page, files, include) == in_python(files, include)


def test_they_agree_on_a_real_class_and_on_size(roster_page) -> None:
    single = of_kind("single-choice")
    reflection = of_kind("reflection")
    files = [
        ("ana.json", json.dumps(progress({single.id: record(single)}, learner="Ana")).encode()),
        (
            "ben.json",
            json.dumps(
                progress(
                    {reflection.id: record(reflection, response={"text": "Mine", "ticked": []})},
                    learner="Ben",
                    reflections="included",
                )
            ).encode(),
        ),
        ("old.json", json.dumps({"version": 1, "exercises": {single.id: record(single, stale=True)}}).encode()),
    ]
    for include in (False, True):
        assert in_browser(roster_page, files, include) == in_python(files, include)
    message = roster_page.evaluate(
        "() => window.FFRoster.compute([{ name: 'big.json', bytes: new Uint8Array(5000001) }], window.FF_MANIFEST, {}, false).problems[0].message"
    )
    assert message == roster.too_large(5000001)
    assert roster_page.errors == []  # type: ignore[attr-defined]


def test_the_command_writes_the_csv_the_page_computes(roster_page, tmp_path: Path) -> None:
    single = of_kind("single-choice")
    files = [
        ("ana.json", json.dumps(progress({single.id: record(single)}, learner="=Ana")).encode()),
        ("bad.json", b"{"),
    ]
    for name, content in files:
        (tmp_path / name).write_bytes(content)
    result = run_textbook("--root", str(ROOT), "roster", "ana.json", "bad.json", "-o", "r.csv", cwd=tmp_path)
    assert result.returncode == 1
    assert (tmp_path / "r.csv").read_bytes().decode("utf-8") == in_browser(roster_page, files, False)["csv"]


# ------------------------------------------------------------------------------ the page itself


def class_files(folder: Path) -> list[Path]:
    single = of_kind("single-choice")
    values = {
        "ana.json": progress({single.id: record(single)}, learner="Ana <b>Lee</b>"),
        "ben.json": progress({}, learner="Ben"),
        "copy.json": progress({}, learner="ben"),
    }
    paths = []
    for name, value in values.items():
        (folder / name).write_text(json.dumps(value), encoding="utf-8")
        paths.append(folder / name)
    (folder / "notes.json").write_text("<img src=x onerror=alert(1)>", encoding="utf-8")
    return [*paths, folder / "notes.json"]


def test_choosing_files_by_keyboard_gives_the_table_the_problems_and_the_csv(
    browser, site: Path, tmp_path: Path
) -> None:
    context = browser.new_context(accept_downloads=True)
    try:
        page = context.new_page()
        errors = watch(page)
        page.goto((site / ROSTER_PAGE).as_uri())
        chooser_opened = []
        page.on("filechooser", lambda chooser: chooser_opened.append(chooser))
        found = page.get_by_label("Choose learners' progress files")
        found.focus()
        assert page.evaluate("document.activeElement.type") == "file"  # a real, labelled, focusable input
        found.set_input_files([str(path) for path in class_files(tmp_path)])
        status = page.locator(".ff-roster-status")
        status.filter(has_text="Read 4 files").wait_for()
        assert "2 learners, 2 refused" in status.inner_text()
        problems = page.locator(".ff-roster-problems li").all_inner_texts()
        assert "copy.json: the same learner as ben.json (“ben”), so it was not read again" in problems
        assert "notes.json: not a progress file: it is not JSON" in problems
        table = page.locator("table.ff-roster-table").first
        assert "Ana <b>Lee</b>" in table.inner_text()  # as text, never as markup
        assert page.locator("table.ff-roster-table b").count() == 0 and page.locator("img").count() == 0
        page.get_by_label("Show reflections, from learners who chose to include their text").check()
        with page.expect_download() as caught:
            page.get_by_role("button", name="Download the roster as CSV").focus()
            page.keyboard.press("Enter")
        saved = tmp_path / "downloaded.csv"
        caught.value.save_as(saved)
        rows = list(csv.reader(io.StringIO(saved.read_text(encoding="utf-8-sig"))))
        assert [row[0] for row in rows] == ["learner", "Ana <b>Lee</b>", "Ben"]
        assert any(cell.startswith("reflection: ") for cell in rows[0])
        page.get_by_role("button", name="Clear the roster").click()
        assert page.locator("table.ff-roster-table").count() == 0
        assert errors == []
    finally:
        context.close()


def test_dropping_files_on_a_phone(browser, site: Path, tmp_path: Path) -> None:
    context = browser.new_context(**PHONE)
    try:
        page = context.new_page()
        errors = watch(page)
        page.goto((site / ROSTER_PAGE).as_uri())
        page.wait_for_function("window.FFRoster")
        files = [(path.name, path.read_text(encoding="utf-8")) for path in class_files(tmp_path)[:2]]
        page.evaluate(
            """(files) => {
                const transfer = new DataTransfer();
                files.forEach(([name, text]) => transfer.items.add(new File([text], name, { type: "application/json" })));
                const zone = document.querySelector("[data-ff-roster=drop]");
                zone.dispatchEvent(new DragEvent("dragover", { dataTransfer: transfer, bubbles: true, cancelable: true }));
                zone.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
            }""",
            files,
        )
        page.locator(".ff-roster-status").filter(has_text="2 learners").wait_for()
        assert page.evaluate("document.documentElement.scrollWidth") <= 390  # the tables scroll in their own box
        page.get_by_role("button", name="Clear the roster").tap()
        assert "cleared" in page.locator(".ff-roster-status").inner_text()
        assert errors == []
    finally:
        context.close()


# ------------------------------------------------------------------------------ the export screen


def test_the_export_screen_says_what_the_file_holds_and_leaves_reflections_out(
    browser, site: Path, tmp_path: Path
) -> None:
    reflection = of_kind("reflection")
    context = browser.new_context(accept_downloads=True)
    try:
        page = context.new_page()
        errors = watch(page)
        page.goto((site / PATH_PAGE).as_uri())
        stored = {
            "version": 1,
            "exercises": {reflection.id: record(reflection, response={"text": "Private words", "ticked": [0]})},
        }
        page.evaluate("(v) => localStorage.setItem('foundations-first:progress:v1', JSON.stringify(v))", stored)
        page.reload()
        contents = page.locator("[data-ff-field=contents]")
        assert "your answers to 1 exercise" in contents.inner_text()
        assert "the text of your 1 reflection, only if you tick the box below" in contents.inner_text()
        assert "goes only where you send it" in page.locator(".ff-export").inner_text()
        box = page.get_by_label("Include the text of my reflections")
        assert not box.is_checked()
        name = page.get_by_label("Your name or student number", exact=False)
        assert name.get_attribute("maxlength") == "100"
        name.fill("  Ana   Lee ")

        def export() -> dict[str, Any]:
            with page.expect_download() as caught:
                page.get_by_role("button", name="Export my progress").click()
            path = tmp_path / "progress.json"
            caught.value.save_as(path)
            return json.loads(path.read_text(encoding="utf-8"))

        left_out = export()
        assert left_out["book"] == {"title": TITLE} and left_out["learner"] == "Ana Lee"
        assert left_out["reflections"] == "left-out" and left_out["exported"].endswith("Z")
        assert left_out["exercises"][reflection.id]["response"] is None and left_out["exercises"][reflection.id]["done"]
        assert "Private words" not in json.dumps(left_out)
        assert "without the text of your reflections" in page.locator(".ff-tools-status").inner_text()
        box.check()
        included = export()
        assert included["reflections"] == "included"
        assert included["exercises"][reflection.id]["response"]["text"] == "Private words"
        # importing the file without the text keeps the text this browser has
        (tmp_path / "left-out.json").write_text(json.dumps(left_out), encoding="utf-8")
        page.get_by_label("Import progress from a file").set_input_files(str(tmp_path / "left-out.json"))
        page.locator(".ff-tools-status").filter(has_text="Imported").wait_for()
        kept = page.evaluate("() => JSON.parse(localStorage.getItem('foundations-first:progress:v1'))")
        assert kept["exercises"][reflection.id]["response"]["text"] == "Private words"
        # the roster reads what the screen wrote
        (tmp_path / "ana.json").write_text(json.dumps(included), encoding="utf-8")
        learners, problems = roster.read_all([("ana.json", (tmp_path / "ana.json").read_bytes())], BOOK)
        assert problems == [] and learners[0].label == "Ana Lee" and learners[0].reflections_included
        assert errors == []
    finally:
        context.close()

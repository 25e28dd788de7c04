"""``python -m textbook roster``: good files make one row per learner by the stated rules, and
every bad file is refused as FILE: message while the others are still read, never with a
traceback. Learner files are untrusted: no formula reaches a CSV cell, no markup an HTML page."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT, run_textbook
from textbook.commands import roster
from textbook.model.site import book_title
from textbook.model.spine import load_spine

SPINE = load_spine(ROOT)
TITLE = book_title(ROOT)
BOOK = roster.roster_book(SPINE, TITLE)
EXERCISES = BOOK.exercises
NOW = "2026-03-04T10:11:12.000Z"


def of_kind(kind: str, owner: str | None = None) -> roster.RosterExercise:
    units = [u for u in BOOK.units if owner in (None, u.id)]
    return next(e for u in units for e in u.exercises if e.kind == kind and e.counts)


def record(e: roster.RosterExercise, *, done: bool = True, stale: bool = False, **extra: Any) -> dict[str, Any]:
    return {
        "hash": "0" * 16 if stale else e.hash,
        "done": done,
        "response": None,
        "result": None,
        "updated": NOW,
        **extra,
    }


def progress(exercises: dict[str, Any], **fields: Any) -> dict[str, Any]:
    return {
        "version": 1,
        "book": {"title": TITLE},
        "exported": NOW,
        "reflections": "left-out",
        **fields,
        "exercises": exercises,
    }


def data(value: Any) -> bytes:
    return json.dumps(value).encode("utf-8")


def read(*files: tuple[str, bytes]) -> tuple[list[roster.Learner], list[roster.FileProblem]]:
    return roster.read_all(list(files), BOOK)


def unit_index(unit_id: str) -> int:
    return next(i for i, u in enumerate(BOOK.units) if u.id == unit_id)


def objective_index(key: str) -> int:
    return next(i for i, (k, _, _) in enumerate(BOOK.objectives) if k == key)


# ------------------------------------------------------------------------------ the rules


def test_the_book_the_roster_reads_is_the_whole_book() -> None:
    assert [u.id for u in BOOK.units] == [c.id for c in SPINE.chapters] + [c.id for c in SPINE.cards]
    assert len(EXERCISES) == len(SPINE.exercises)
    assert len(BOOK.objectives) == sum(len(c.meta.objectives) for c in SPINE.chapters)
    # a card's exercise assesses objectives of the chapters it builds on
    card = SPINE.cards[0]
    keys = {k for e in BOOK.units[unit_index(card.id)].exercises for k in e.assesses}
    assert keys and all(k.split("/")[0] in card.meta.builds_on for k in keys)


def test_a_row_counts_done_exercises_and_flags_older_versions_per_cell() -> None:
    chapter = BOOK.units[0]
    counted = [e for e in chapter.exercises if e.counts]
    exercises = {counted[0].id: record(counted[0]), counted[1].id: record(counted[1], stale=True)}
    exercises[counted[2].id] = record(counted[2], done=False)
    learners, problems = read(("a.json", data(progress(exercises, learner="Ana"))))
    assert problems == []
    row = roster.row(learners[0], BOOK)
    assert row.units[0] == roster.UnitCell(done=1, total=len(counted), older=1)
    assert row.units[0].text() == f"1 of {len(counted)} (+1 older version)"
    assert all(cell.done == 0 and cell.older == 0 for cell in row.units[1:])
    assert row.latest == "2026-03-04" and row.learner == "Ana"


@pytest.mark.parametrize("kind", ["self-check", "reflection"])
def test_self_checks_and_reflections_are_not_evidence_of_an_objective(kind: str) -> None:
    e = of_kind(kind)
    learners, _ = read(("a.json", data(progress({e.id: record(e)}))))
    row = roster.row(learners[0], BOOK)
    assert set(row.objectives) == {roster.NO}
    assert sum(cell.done for cell in row.units) == 1  # but it is done


def test_an_objective_is_met_by_a_right_answer_and_flagged_when_only_older() -> None:
    e = of_kind("single-choice")
    key = e.assesses[0]
    for done, stale, expected in [(True, False, roster.YES), (True, True, roster.OLDER), (False, False, roster.NO)]:
        learners, _ = read(("a.json", data(progress({e.id: record(e, done=done, stale=stale)}))))
        assert roster.row(learners[0], BOOK).objectives[objective_index(key)] == expected


def test_a_scenario_counts_only_when_the_browser_recorded_its_best_ending() -> None:
    e = of_kind("scenario")
    poor = record(e, done=False, result={"ended": True, "correct": False})
    learners, _ = read(("a.json", data(progress({e.id: poor}))))
    row = roster.row(learners[0], BOOK)
    assert set(row.objectives) == {roster.NO} and sum(c.done for c in row.units) == 0


def test_reflection_text_needs_the_flag_and_the_learners_consent() -> None:
    e = of_kind("reflection")
    entry = record(e, response={"text": "My words\nsecond line", "ticked": [0]})
    for included, flag, shown in [("included", True, True), ("left-out", True, False), ("included", False, False)]:
        learners, _ = read(("a.json", data(progress({e.id: entry}, reflections=included))))
        row = roster.row(learners[0], BOOK, include_reflections=flag)
        text = roster.as_csv([row], BOOK, flag) + roster.as_text([row], BOOK, flag)
        text += roster.as_html([row], [], BOOK, flag)
        assert ("My words" in text) is shown
    # an old file (no "reflections") never shows its text: the learner was not asked
    old = {"version": 1, "exercises": {e.id: entry}}
    learners, _ = read(("old.json", data(old)))
    assert "My words" not in roster.as_csv([roster.row(learners[0], BOOK, True)], BOOK, True)


def test_an_old_file_without_the_new_fields_is_read() -> None:
    e = of_kind("single-choice")
    learners, problems = read(("old.json", data({"version": 1, "exercises": {e.id: record(e)}})))
    assert problems == [] and learners[0].label == ""


# ------------------------------------------------------------------------------ bad input


BAD_FILES: list[tuple[str, bytes, str]] = [
    ("empty", b"", "the file is empty"),
    ("not JSON", b"{not json", "not a progress file: it is not JSON"),
    ("not UTF-8", b"\xff\xfe{}", "not a progress file: it is not text (UTF-8)"),
    ("NaN", b'{"version": NaN, "exercises": {}}', "it is not JSON"),
    ("a list", b"[1, 2]", "not a Foundations First progress file"),
    ("another file", data({"name": "x"}), "not a Foundations First progress file"),
    ("version 2", data({"version": 2, "exercises": {}}), "another version of the progress file"),
    ("version true", data({"version": True, "exercises": {}}), "another version of the progress file"),
    ("version text", data({"version": "1", "exercises": {}}), "another version of the progress file"),
    ("exercises a list", data({"version": 1, "exercises": []}), "its “exercises” is not an object"),
    (
        "another book",
        data(progress({}, book={"title": "Another book"})),
        "from another book or edition, “Another book”",
    ),
    (
        "an edition",
        data(progress({}, book={"title": "Boundaries and self-care: a short course"})),
        "another book or edition",
    ),
    ("book not named", data(progress({}, book="Foundations First")), "“book” does not name a book"),
    ("label a number", data(progress({}, learner=12345)), "the learner's name is not text"),
    ("label too long", data(progress({}, learner="x" * 101)), "longer than 100 characters"),
    ("label with escapes", data(progress({}, learner="Ana\x1b[31m")), "control characters"),
    ("label with bidi", data(progress({}, learner="Ana\u202egnp.exe")), "control characters"),
    ("exported a number", data(progress({}, exported=3)), "“exported” is not a date"),
    ("reflections yes", data(progress({}, reflections="yes")), "“reflections” is neither"),
    ("bad id", data(progress({"<script>": {"hash": "a", "done": True}})), "“<script>” is not an exercise id"),
    ("entry a list", data(progress({"orientation-x": []})), "exercise orientation-x: its record is not an object"),
    ("hash a number", data(progress({"orientation-x": {"hash": 1, "done": True}})), "“hash” is not text"),
    ("done a string", data(progress({"orientation-x": {"hash": "a", "done": "yes"}})), "“done” is not true or false"),
    ("result a list", data(progress({"orientation-x": {"hash": "a", "done": True, "result": []}})), "“result”"),
    ("updated a number", data(progress({"orientation-x": {"hash": "a", "done": True, "updated": 5}})), "“updated”"),
    ("deep", b'{"version": 1, "exercises": {}, "x": ' + b"[" * 5000 + b"]" * 5000 + b"}", "nested too deeply"),
]


@pytest.mark.parametrize(("name", "content", "message"), BAD_FILES, ids=[case[0] for case in BAD_FILES])
def test_each_bad_file_is_refused_with_a_message_and_the_others_are_read(
    name: str, content: bytes, message: str
) -> None:
    e = of_kind("single-choice")
    good = data(progress({e.id: record(e)}, learner="Good"))
    learners, problems = read(("good1.json", good), ("bad.json", content))
    assert [learner.file for learner in learners] == ["good1.json"]
    assert len(problems) == 1 and problems[0].refused and problems[0].file == "bad.json"
    assert message in problems[0].message


def test_a_duplicate_learner_is_refused_naming_the_file_it_repeats() -> None:
    e = of_kind("single-choice")
    first = data(progress({e.id: record(e)}, learner="Ana  Lee"))
    again = data(progress({}, learner="ana lee"))
    learners, problems = read(("ana.json", first), ("copy.json", again))
    assert [learner.file for learner in learners] == ["ana.json"]
    assert problems[0].format() == "copy.json: the same learner as ana.json (“ana lee”), so it was not read again"
    # with no name, the same records twice are the same learner; different records are not
    anonymous = data(progress({e.id: record(e)}))
    learners, problems = read(("x.json", anonymous), ("y.json", anonymous), ("z.json", data(progress({}))))
    assert [learner.file for learner in learners] == ["x.json", "z.json"]
    assert "the same learner as x.json (the same records and no name)" in problems[0].message


def test_unknown_exercise_ids_are_a_note_and_the_file_is_read() -> None:
    e = of_kind("single-choice")
    ids = {f"from-a-newer-book-{n}": {"hash": "a", "done": True} for n in range(7)}
    learners, problems = read(("new.json", data(progress({e.id: record(e), "readiness-check": record(e), **ids}))))
    assert len(learners) == 1 and len(problems) == 1 and not problems[0].refused
    assert problems[0].message == (
        "7 exercises this book does not have, left out: from-a-newer-book-0, from-a-newer-book-1, "
        "from-a-newer-book-2, from-a-newer-book-3, from-a-newer-book-4, and 2 more"
    )


HOSTILE = '=HYPERLINK("http://example.invalid","x")<script>alert(1)</script>'


def test_hostile_strings_never_become_formulas_or_markup() -> None:
    e = of_kind("reflection")
    entry = record(e, response={"text": "@SUM(1)\x1b]0;owned\x07 <img src=x onerror=alert(1)>", "ticked": []})
    learners, problems = read(
        ("=cmd.json", data(progress({e.id: entry}, learner=HOSTILE, reflections="included"))),
        ("b.json", data(progress({}, learner="+1", reflections="included"))),
    )
    assert problems == []
    rows = [roster.row(learner, BOOK, True) for learner in learners]
    table = list(csv.reader(io.StringIO(roster.as_csv(rows, BOOK, True).lstrip("\ufeff"))))
    for line in table[1:]:
        assert not any(cell.startswith(("=", "+", "-", "@")) for cell in line)
    assert table[1][0] == "'" + HOSTILE and table[1][1] == "'=cmd.json" and table[2][0] == "'+1"
    page = roster.as_html(rows, problems, BOOK, True)
    assert "<script>" not in page and "<img" not in page and "&lt;script&gt;" in page
    assert "\x1b" not in page and "\x1b" not in roster.as_text(rows, BOOK, True)


def test_a_very_long_label_is_refused_and_a_long_unknown_id_is_cut_in_the_message() -> None:
    long_id = "a" * 500
    learners, problems = read(("a.json", data(progress({long_id: {"hash": "h", "done": True}}))))
    assert len(learners) == 1
    assert len(problems[0].message) < 200 and problems[0].message.endswith("…")


# ------------------------------------------------------------------------------ the command


def write(folder: Path, name: str, value: Any) -> Path:
    path = folder / name
    path.write_bytes(value if isinstance(value, bytes) else data(value))
    return path


@pytest.fixture
def files(tmp_path: Path) -> Path:
    e = of_kind("single-choice")
    write(tmp_path, "ana.json", progress({e.id: record(e)}, learner="Ana"))
    write(tmp_path, "ben.json", progress({}, learner="Ben"))
    write(tmp_path, "notes.txt", b"hello")
    write(tmp_path, "empty.json", b"")
    with (tmp_path / "huge.json").open("wb") as stream:  # 50 MB, sparse: refused by its size, never read
        stream.truncate(50 * 1024 * 1024)
    return tmp_path


def test_the_command_reads_every_file_and_reports_the_bad_ones(files: Path) -> None:
    result = run_textbook(
        "--root",
        str(ROOT),
        "roster",
        "ana.json",
        "notes.txt",
        "empty.json",
        "huge.json",
        "missing.json",
        "ben.json",
        cwd=files,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert "notes.txt: not a progress file: it is not JSON" in lines
    assert any(line.startswith("empty.json: the file is empty") for line in lines)
    assert f"huge.json: {roster.too_large(50 * 1024 * 1024)}" in lines
    assert any(line.startswith("missing.json: cannot be read") for line in lines)
    assert lines[-1] == "textbook: 4 files of 6 refused (listed above)"
    assert "Ana" in result.stdout and "Ben" in result.stdout and "Objectives met" in result.stdout


def test_the_command_exits_0_when_every_file_is_read_and_2_on_usage_errors(files: Path) -> None:
    ok = run_textbook("--root", str(ROOT), "roster", "ana.json", "ben.json", cwd=files)
    assert ok.returncode == 0 and ok.stderr == ""
    assert run_textbook("--root", str(ROOT), "roster", cwd=files).returncode == 2
    wrong = run_textbook("--root", str(ROOT), "roster", "ana.json", "-o", "roster.xlsx", cwd=files)
    assert wrong.returncode == 2 and "-o takes a .csv or .html file" in wrong.stderr


def test_csv_and_html_are_written_whole(files: Path) -> None:
    for name in ("roster.csv", "roster.html"):
        result = run_textbook("--root", str(ROOT), "roster", "ana.json", "ben.json", "-o", name, cwd=files)
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == f"wrote {name}: 2 learners"
    table = list(csv.reader(io.StringIO((files / "roster.csv").read_text(encoding="utf-8-sig"))))
    assert [line[0] for line in table] == ["learner", "Ana", "Ben"]
    page = (files / "roster.html").read_text(encoding="utf-8")
    assert "Content-Security-Policy" in page and "<script" not in page and "http" not in page.split("</head>")[1]
    assert not list(files.glob(".roster.*"))  # no temporary file left behind


def test_a_failed_write_keeps_the_earlier_file(files: Path) -> None:
    (files / "roster.csv").write_text("earlier", encoding="utf-8")
    (files / "locked").mkdir()
    os.chmod(files / "locked", 0o500)
    try:
        result = run_textbook("--root", str(ROOT), "roster", "ana.json", "-o", "locked/roster.csv", cwd=files)
    finally:
        os.chmod(files / "locked", 0o700)
    if os.geteuid() != 0:  # root writes anywhere
        assert result.returncode == 1 and "cannot write" in result.stderr and "Traceback" not in result.stderr
    assert (files / "roster.csv").read_text(encoding="utf-8") == "earlier"


def test_a_pattern_the_shell_left_alone_is_expanded(files: Path) -> None:
    (files / "progress").mkdir()
    for name in ("ana.json", "ben.json"):
        (files / "progress" / name).write_bytes((files / name).read_bytes())
    result = run_textbook("--root", str(ROOT), "roster", "progress/*.json", "-o", "r.csv", cwd=files)
    assert result.returncode == 0 and "2 learners" in result.stdout

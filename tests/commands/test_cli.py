"""`python -m textbook` as a contributor runs it: exit codes, output shape, no tracebacks."""

from __future__ import annotations

import re
import time

from tests.conftest import FIXTURES, ROOT, run_textbook

LOCATED = re.compile(r"^[^:\s][^:]*:\d+: \S.*$")


def test_check_passes_on_the_real_book_quickly() -> None:
    started = time.perf_counter()
    result = run_textbook("check")
    assert result.returncode == 0, result.stdout + result.stderr
    # no error; what it prints is advice (item quality, issue #18), each line path:line: warning: ...
    assert all(re.match(r"^exercises/[a-z0-9-]+\.py:\d+: warning: ", line) for line in result.stdout.splitlines())
    assert result.stderr.startswith("ok: 9 chapters")
    assert time.perf_counter() - started < 30  # generous: a noisy machine; the benchmark measures it


def test_check_reports_every_fault_together_as_path_line_message() -> None:
    result = run_textbook("--root", str(FIXTURES / "many-faults"), "check", cwd=FIXTURES / "many-faults")
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    assert all(LOCATED.match(line) for line in lines), lines
    assert lines[0].startswith("book/foundations/01-first/index.md:3: ")
    assert "Traceback" not in result.stderr
    assert result.stderr.strip() == "3 errors, 0 warnings"


def test_check_on_a_folder_that_is_not_a_book() -> None:
    result = run_textbook("--root", str(ROOT / "tests"), "check")
    assert result.returncode == 1
    assert result.stdout.strip() == "tests/_toc.yml:1: _toc.yml not found: the book needs a table of contents"
    assert "Traceback" not in result.stderr


def test_unknown_command_is_a_usage_error() -> None:
    result = run_textbook("frobnicate")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr and "Traceback" not in result.stderr


def test_stats_lists_the_chapters_in_order_with_their_numbers() -> None:
    result = run_textbook("stats")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    ids = [line.split()[0] for line in lines[1:10]]
    assert ids == [
        "orientation",
        "history",
        "models",
        "knowing-yourself",
        "ethics",
        "boundaries",
        "self-care",
        "growth",
        "practicum",
    ]
    orientation = lines[1].split()
    assert orientation[1] == "written" and int(orientation[3]) > 3000  # status, words
    assert "exercise kinds in use: 7 of 7" in result.stdout


def test_stats_of_a_small_book(fixture_book) -> None:
    from textbook.commands.stats import chapter_stats
    from textbook.model.spine import load_spine

    spine = load_spine(fixture_book("valid"))
    first = chapter_stats(spine, spine.chapters[0])
    assert (first.pages, first.objectives, first.unassessed, dict(first.exercises)) == (2, 1, (), {"single-choice": 1})
    assert first.grade is not None and first.grade < 12
    second = chapter_stats(spine, spine.chapters[1])
    assert dict(second.exercises) == {"reflection": 1} and second.sources == 0

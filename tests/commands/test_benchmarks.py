"""The benchmarks keep working: their generated books are valid and their scripts run."""

from __future__ import annotations

from pathlib import Path

from benchmarks import check_scale
from benchmarks.generate import generate_book
from textbook.model.spine import load_spine
from textbook.rules import check_book


def test_generated_book_is_valid_and_complete(tmp_path: Path) -> None:
    root = generate_book(tmp_path / "book", 12)
    spine = load_spine(root)
    assert [chapter.id for chapter in spine.chapters] == [f"c{n}" for n in range(1, 13)]
    assert len(spine.pages) == 1 + 12 * 3
    assert check_book(root) == []


def test_check_scale_reports_a_ratio(capsys) -> None:
    assert check_scale.main(["--sizes", "3", "6", "--repeat", "1"]) == 0
    output = capsys.readouterr().out
    assert "check ratio 6/3 chapters:" in output and "(linear growth is 2)" in output

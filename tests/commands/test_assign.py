"""`assign`: the reading list for chapters or cards, with prerequisites in the required order."""

from __future__ import annotations

from tests.conftest import ROOT, run_textbook
from textbook.commands.assign import reading_list
from textbook.model.spine import load_spine


def test_closure_in_required_order() -> None:
    spine = load_spine(ROOT)
    chapters, cards = reading_list(spine, ["ethics"])
    # ethics requires models (which requires history, then orientation) and knowing-yourself
    assert [c.id for c in chapters] == ["orientation", "history", "models", "knowing-yourself", "ethics"]
    assert cards == []


def test_card_brings_its_foundation() -> None:
    spine = load_spine(ROOT)
    chapters, cards = reading_list(spine, ["who-can-i-tell"])
    assert [c.id for c in cards] == ["who-can-i-tell"]
    assert chapters[-1].id == "ethics" and chapters[0].id == "orientation"


def test_markdown_and_html() -> None:
    markdown = run_textbook("assign", "boundaries", "gift-from-a-client")
    assert markdown.returncode == 0
    lines = markdown.stdout.splitlines()
    assert lines[0] == "# Reading list"
    numbered = [line for line in lines if line[:1].isdigit()]
    assert [line.split("**")[1].split(":")[0] for line in numbered] == [f"Chapter {n}" for n in range(1, 7)]
    assert "## Practice toolkit cards" in markdown.stdout and "Built on: Professional boundaries" in markdown.stdout
    assert "minutes" in numbered[0] and "exercises" in numbered[0]
    page = run_textbook("assign", "--format", "html", "history")
    assert page.returncode == 0 and page.stdout.startswith("<h2>Reading list</h2>")
    assert page.stdout.count("<li><strong>Chapter") == 2


def test_unknown_id_is_refused_with_suggestions() -> None:
    result = run_textbook("assign", "boundries", "ethics")
    assert result.returncode == 1 and result.stdout == ""
    assert "unknown chapter or card id: 'boundries' (did you mean boundaries" in result.stderr
    assert "Traceback" not in result.stderr

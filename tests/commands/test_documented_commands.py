"""The commands the instructor guide tells people to type work as written: each ``python -m
textbook`` command in its ``sh`` blocks and inline code runs in a copy of the book and succeeds."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest

from tests.conftest import ROOT, copy_of_book, run_textbook

GUIDE = ROOT / "book" / "for-instructors.md"
BLOCK = re.compile(r"^```sh\n(.*?)^```", re.MULTILINE | re.DOTALL)


INLINE = re.compile(r"`python -m textbook ([^`]+)`")


def documented_commands(text: str) -> list[list[str]]:
    """The arguments after ``python -m textbook``: each line of each ``sh`` block, then each
    inline code span that gives a whole command (pure)."""
    commands = []
    for block in BLOCK.findall(text):
        for line in block.splitlines():
            words = shlex.split(line)
            if words[:3] == ["python", "-m", "textbook"]:
                commands.append(words[3:])
    commands += [shlex.split(match) for match in INLINE.findall(text)]
    return commands


COMMANDS = documented_commands(GUIDE.read_text(encoding="utf-8"))


def test_the_guide_documents_each_instructor_command() -> None:
    assert {words[0] for words in COMMANDS} == {"assign", "edition", "export", "roster"}
    assert len(COMMANDS) == 11


def learners_files(folder: Path) -> None:
    """Two learners' exported progress, where the roster commands look for them."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("ana", "ben"):
        file = {"version": 1, "book": {"title": "Foundations First"}, "learner": name.title(), "exercises": {}}
        (folder / f"{name}.json").write_text(json.dumps(file), encoding="utf-8")


@pytest.fixture(scope="module")
def book_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    book = copy_of_book(tmp_path_factory.mktemp("guide") / "book")
    learners_files(book / "progress")
    return book


@pytest.mark.parametrize("words", COMMANDS, ids=[" ".join(words) for words in COMMANDS])
def test_a_documented_command_works_as_written(book_copy: Path, words: list[str]) -> None:
    result = run_textbook(*words, cwd=book_copy)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    if "-o" in words:
        written = book_copy / words[words.index("-o") + 1]
        assert written.is_file() and written.stat().st_size > 0
        assert f"wrote {written.name}" in result.stdout or f"wrote {words[words.index('-o') + 1]}" in result.stdout
    else:
        assert result.stdout.strip()

"""The commands the instructor guide tells people to type work as written: each ``python -m
textbook`` command in its ``sh`` blocks and inline code runs in a copy of the book and succeeds."""

from __future__ import annotations

import json
import re
import shlex
import zipfile
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
    formats = {words[words.index("--format") + 1] for words in COMMANDS if "--format" in words}
    assert formats >= {"qti", "moodle", "blackboard", "cc", "scorm"}
    assert len(COMMANDS) >= 12


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


def _text_of(written: Path) -> str:
    """A written file's text; for a zip (a QTI package, a cartridge), every file's text in it."""
    if zipfile.is_zipfile(written):
        with zipfile.ZipFile(written) as archive:
            return "\n".join(archive.read(name).decode("utf-8") for name in archive.namelist())
    return written.read_text(encoding="utf-8")


@pytest.mark.parametrize("words", COMMANDS, ids=[" ".join(words) for words in COMMANDS])
def test_a_documented_command_works_as_written(book_copy: Path, words: list[str]) -> None:
    result = run_textbook(*words, cwd=book_copy)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    site = words[words.index("--site-url") + 1] if "--site-url" in words else None
    if "-o" in words:
        written = book_copy / words[words.index("-o") + 1]
        assert written.is_file() and written.stat().st_size > 0
        assert f"wrote {written.name}" in result.stdout or f"wrote {words[words.index('-o') + 1]}" in result.stdout
        if site:  # each question (and in a cartridge, each link) leads to its page on that site
            assert f'href="{site}book/' in _text_of(written)
    else:
        assert result.stdout.strip()
        if site:  # each entry links to its page on that site
            assert f'href="{site}book/' in result.stdout or f"]({site}book/" in result.stdout
    if words[0] == "export":
        assert "for-instructors.md" not in result.stdout


def test_the_guide_shows_the_options_of_issue_15() -> None:
    """Links to the site, in reading lists and quizzes, and the chapters a selection builds on."""
    assert {words[0] for words in COMMANDS if "--site-url" in words} == {"assign", "export"}
    assert any(words[0] == "export" and "--with-prerequisites" in words for words in COMMANDS)

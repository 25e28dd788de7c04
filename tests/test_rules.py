"""Each order rule against a fixture book with exactly one kind of fault."""

from __future__ import annotations

import pytest

from tests.conftest import FIXTURES, run_textbook
from textbook.check import check_book

CH1 = "book/foundations/01-first/index.md"
CH2 = "book/foundations/02-second/index.md"
CARD = "book/toolkit/a-card.md"
EX2 = "exercises/second.py"

EXPECTED: dict[str, list[tuple[str, int, str]]] = {
    "valid": [],
    "hostile-text": [],
    "requires-later": [
        (
            CH1,
            4,
            "chapter 'first' requires 'second', which comes later in _toc.yml: a chapter can require only earlier chapters",
        )
    ],
    "requires-unknown": [(CH2, 3, "unknown chapter id 'firts' in requires (did you mean 'first'?)")],
    "requires-self": [(CH2, 3, "chapter 'second' requires itself")],
    "requires-card": [(CH2, 3, "'a-card' is a toolkit card: a chapter can require only foundation chapters")],
    "duplicate-id": [
        (CH2, 2, f"duplicate id 'first': already used at {CH1}:2"),
        (CH2, 3, "chapter 'first' requires itself"),
        (CH2, 5, "objective 'use-beta' is not assessed by any exercise in exercises/first.py"),
        (CARD, 3, "unknown chapter id 'second' in builds_on"),
        (EX2, 1, "exercises/second.py is named after no chapter or card: name it <chapter-id>.py or <card-id>.py"),
    ],
    "wrong-type": [(CH2, 3, "'requires' must be a list, not str 'first'")],
    "unknown-key": [
        (CH2, 3, "unknown key 'require' (allowed: chapter, requires, objectives, status, title, html_meta)")
    ],
    "malformed-yaml": [
        (
            CH2,
            4,
            "malformed YAML: expected ',' or ']', but got ':' (while parsing a flow sequence that starts at line 3)",
        )
    ],
    "malformed-toc": [
        (
            "_toc.yml",
            10,
            "malformed YAML: expected <block end>, but found '<block sequence start>' (while parsing a block mapping that starts at line 4)",
        )
    ],
    "missing-page": [
        (
            "_toc.yml",
            10,
            "'book/foundations/03-third/index' is listed but no such page exists (looked for .md, .ipynb, .rst)",
        )
    ],
    "term-before-definition": [
        (
            CH1,
            20,
            "glossary term 'beta' is used before it is introduced: it is defined later, at book/foundations/01-first/more.md:6",
        )
    ],
    "term-undefined": [(CH2, 18, "glossary term 'gamma' is used but never defined")],
    "card-on-card": [(CARD, 3, "'a-card' is a toolkit card: cards build only on foundation chapters")],
    "card-unknown-chapter": [(CARD, 3, "unknown chapter id 'secnd' in builds_on (did you mean 'second'?)")],
    "folder-order": [
        (
            "_toc.yml",
            9,
            "chapter folder 02-second comes after folder 03 in _toc.yml: number chapter folders in reading order",
        )
    ],
    "many-faults": [
        (
            CH1,
            3,
            "chapter 'first' requires 'second', which comes later in _toc.yml: a chapter can require only earlier chapters",
        ),
        (CH2, 18, "glossary term 'gamma' is used but never defined"),
        (CARD, 3, "unknown chapter id 'nowhere' in builds_on"),
    ],
    "exercise-later": [
        (
            CH1,
            20,
            "exercise 'second-beta' belongs to 'second', which comes later than 'first': embed it in its own chapter",
        )
    ],
    "exercise-twice": [
        (
            CH2,
            18,
            "exercise 'second-beta' is already embedded at book/foundations/02-second/index.md:15: embed each exercise once",
        )
    ],
    "exercise-unembedded": [
        (
            EX2,
            6,
            "exercise 'second-beta' is not embedded on any page: add ```{exercise} second-beta``` to a page of 'second'",
        )
    ],
    "exercise-unknown-id": [(CH2, 18, "no exercise with id 'second-betta' (did you mean 'second-beta'?)")],
    "exercise-unknown-objective": [
        (CH2, 5, "objective 'use-beta' is not assessed by any exercise in exercises/second.py"),
        (
            EX2,
            6,
            "exercise 'second-beta' assesses unknown objective 'use-betta' of 'second' (did you mean 'use-beta'?)",
        ),
    ],
    "objective-unassessed": [
        (CH2, 5, "objective 'use-beta' is not assessed by any exercise in exercises/second.py"),
        (EX2, 6, "exercise 'second-beta' assesses unknown objective 'know-alpha' of 'second'"),
    ],
    "exercise-module-misnamed": [
        (
            "exercises/seconde.py",
            1,
            "exercises/seconde.py is named after no chapter or card: name it <chapter-id>.py or <card-id>.py (did you mean 'second'?)",
        ),
    ],
    "exercise-hostile": [
        (
            EX2,
            3,
            "not allowed in an exercise module: an import (only a docstring, `from textbook.kit import ...` and `EXERCISES = [...]`)",
        ),
        (
            EX2,
            6,
            "not allowed in an exercise module: an expression statement (only a docstring, `from textbook.kit import ...` and `EXERCISES = [...]`)",
        ),
        (
            EX2,
            14,
            "call to `__import__('os').system` is not allowed: only kit constructors imported from textbook.kit may be called",
        ),
    ],
}


def test_every_fixture_has_an_expectation() -> None:
    assert sorted(p.name for p in FIXTURES.iterdir() if p.is_dir()) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_reports_exact_path_line_and_message(name: str) -> None:
    root = FIXTURES / name
    found = [(p.path.relative_to(root).as_posix(), p.line, p.message) for p in check_book(root)]
    assert found == EXPECTED[name]


def test_hostile_exercise_module_is_refused_without_running(fixture_book) -> None:
    """The hostile module would create HOSTILE_RAN if it ran; check must refuse it unrun."""
    book = fixture_book("exercise-hostile")
    result = run_textbook("check", cwd=book)
    assert result.returncode == 1
    assert "exercises/second.py:3: not allowed in an exercise module: an import" in result.stdout
    assert not (book / "HOSTILE_RAN").exists()
    assert not list(book.rglob("HOSTILE_RAN"))

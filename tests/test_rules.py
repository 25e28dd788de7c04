"""Each order rule against a fixture book with exactly one kind of fault."""

from __future__ import annotations

import pytest

from tests.conftest import FIXTURES
from textbook.check import check_book

CH1 = "book/foundations/01-first/index.md"
CH2 = "book/foundations/02-second/index.md"
CARD = "book/toolkit/a-card.md"

EXPECTED: dict[str, list[tuple[str, int, str]]] = {
    "valid": [],
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
        (CARD, 3, "unknown chapter id 'second' in builds_on"),
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
    "term-undefined": [(CH2, 15, "glossary term 'gamma' is used but never defined")],
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
        (CH2, 15, "glossary term 'gamma' is used but never defined"),
        (CARD, 3, "unknown chapter id 'nowhere' in builds_on"),
    ],
}


def test_every_fixture_has_an_expectation() -> None:
    assert sorted(p.name for p in FIXTURES.iterdir() if p.is_dir()) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_reports_exact_path_line_and_message(name: str) -> None:
    root = FIXTURES / name
    found = [(p.path.relative_to(root).as_posix(), p.line, p.message) for p in check_book(root)]
    assert found == EXPECTED[name]

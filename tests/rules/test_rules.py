"""Each order rule against a fixture book with exactly one kind of fault."""

from __future__ import annotations

import re

import pytest

from tests.conftest import FIXTURES, run_textbook
from textbook.model.spine import load_spine
from textbook.rules import check_book, check_spine

CH1 = "book/foundations/01-first/index.md"
MORE = "book/foundations/01-first/more.md"
CH2 = "book/foundations/02-second/index.md"
CARD = "book/toolkit/a-card.md"
EX2 = "exercises/second.py"
EX1 = "exercises/first.py"

EXPECTED: dict[str, list[tuple[str, int, str]]] = {
    "valid": [],
    # the item-quality rules (issue #18): one fixture per rule, and a control just inside each
    "item-key-long": [
        (
            EX1,
            12,
            "'first-long': the key has 11 words, 5.50 times the distractors' average of 2.0 (more than 1.5): cut it to the core move and put the nuance in its feedback",
        ),
        (
            EX1,
            28,
            "'first-long-case (step 'begin')': the key has 14 words, 7.00 times the distractors' average of 2.0 (more than 1.5): cut it to the core move and put the nuance in its feedback",
        ),
    ],
    "item-key-longest": [
        (
            EX1,
            1,
            "the key is the longest option in 3 of 3 items (single choices and scenario decision points): a reader who picks the longest option scores well without reading; aim for at most a third",
        )
    ],
    "item-select-share": [
        (
            EX1,
            6,
            "'first-most': 4 of 5 options are correct (80%); keep between 30% and 60% so that neither ticking everything nor ticking little pays",
        ),
        (
            EX1,
            18,
            "'first-few': 1 of 5 options are correct (20%); keep between 30% and 60% so that neither ticking everything nor ticking little pays",
        ),
    ],
    "item-above": [
        (
            EX1,
            13,
            "'first-all': an option that leans on the others ('All of the above'): write options that each stand alone (a multiple select asks for every right one)",
        ),
        (
            EX1,
            23,
            "'first-none': an option that leans on the others ('None of these'): write options that each stand alone (a multiple select asks for every right one)",
        ),
    ],
    "item-matching-no-extra": [
        (
            EX1,
            6,
            "'first-match': as many choices as left sides, so the last match is free: add extras=[...], right sides that match nothing",
        )
    ],
    "items-sound": [],
    "citation-unknown": [
        (MORE, 13, "unknown citation key 'smith2020': add the verified reference to book/references.bib")
    ],
    "citation-unused": [
        (
            "book/references.bib",
            8,
            "reference 'unused1999' is cited nowhere: cite it where it supports the text, or remove it",
        )
    ],
    "image-no-alt": [
        (MORE, 13, "image without alt text: add `:alt:` to the figure (or text in ![...]) describing what it shows"),
        (MORE, 19, "image without alt text: add `:alt:` to the figure (or text in ![...]) describing what it shows"),
    ],
    "raw-html": [
        (
            MORE,
            13,
            'raw HTML is not allowed in the book\'s sources: <a href="#" onclick="steal()"> with an inline event handler (use MyST syntax instead; see CONTRIBUTING.md)',
        ),
        (
            MORE,
            15,
            "raw HTML is not allowed in the book's sources: <script> (use MyST syntax instead; see CONTRIBUTING.md)",
        ),
    ],
    "broken-links": [
        (
            MORE,
            13,
            "link to '../03-third/index.md', which is not a page of the book (did you mean 'book/foundations/01-first/index'?)",
        ),
        (MORE, 13, "link to '/book/nowhere', which is not a page of the book (did you mean 'book/intro'?)"),
        (MORE, 13, "link to 'missing.pdf', which does not exist"),
        (MORE, 13, "unknown label 'no-such-label' in a cross-reference"),
    ],
    "misspelling": [
        (MORE, 13, "spelling: 'mispelled' (did you mean misspelled? if the word is right, add it to .codespell-words)")
    ],
    "hard-reading": [
        (MORE, 1, "reading level is grade 32.3 (Flesch-Kincaid); aim for 12 or lower with shorter sentences and words")
    ],
    "hostile-text": [],
    "requires-later": [
        (
            CH1,
            4,
            "chapter 'first' requires 'second', which comes later in _toc.yml: a chapter can require only earlier chapters",
        )
    ],
    "requires-unknown": [
        (CH2, 3, "spelling: 'firts' (did you mean first, flirts? if the word is right, add it to .codespell-words)"),
        (CH2, 3, "unknown chapter id 'firts' in requires (did you mean 'first'?)"),
    ],
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
    "card-unknown-chapter": [
        (CARD, 3, "spelling: 'secnd' (did you mean second? if the word is right, add it to .codespell-words)"),
        (CARD, 3, "unknown chapter id 'secnd' in builds_on (did you mean 'second'?)"),
    ],
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
    found = [(p.path.resolve().relative_to(root.resolve()).as_posix(), p.line, p.message) for p in check_book(root)]
    assert found == EXPECTED[name]


def test_hostile_exercise_module_is_refused_without_running(fixture_book) -> None:
    """The hostile module would create HOSTILE_RAN if it ran; check must refuse it unrun."""
    book = fixture_book("exercise-hostile")
    result = run_textbook("check", cwd=book)
    assert result.returncode == 1
    assert "exercises/second.py:3: not allowed in an exercise module: an import" in result.stdout
    assert not (book / "HOSTILE_RAN").exists()
    assert not list(book.rglob("HOSTILE_RAN"))


def test_reading_level_is_advice_not_an_error() -> None:
    problems = check_book(FIXTURES / "hard-reading")
    assert [p.severity for p in problems] == ["warning"]
    result = run_textbook("--root", str(FIXTURES / "hard-reading"), "check")
    assert result.returncode == 0 and "warning: reading level is grade" in result.stdout


def test_item_rules_are_advice_except_options_that_lean_on_the_others() -> None:
    """The build fails on errors only: all of the above stops it, a long key does not."""
    for name in ("item-key-long", "item-key-longest", "item-select-share", "item-matching-no-extra"):
        problems = check_book(FIXTURES / name)
        assert problems and {p.severity for p in problems} == {"warning"}, name
        assert check_spine(load_spine(FIXTURES / name), advice=False) == [], name
    above = check_spine(load_spine(FIXTURES / "item-above"), advice=False)
    assert [(p.line, p.severity) for p in above] == [(13, "error"), (23, "error")]
    result = run_textbook("--root", str(FIXTURES / "item-key-long"), "check")
    assert result.returncode == 0 and "warning: 'first-long': the key has 11 words" in result.stdout


def test_github_annotations() -> None:
    result = run_textbook(
        "--root", str(FIXTURES / "misspelling"), "check", "--format", "github", cwd=FIXTURES / "misspelling"
    )
    assert result.returncode == 1
    assert result.stdout.strip() == (
        "::error file=book/foundations/01-first/more.md,line=13::"
        "spelling: 'mispelled' (did you mean misspelled? if the word is right, add it to .codespell-words)"
    )


def test_every_exercise_needs_a_title_of_its_own(fixture_book) -> None:
    book = fixture_book("valid")
    first = book / "exercises" / "first.py"
    second = book / "exercises" / "second.py"
    title_of_first = re.search(r'title="([^"]+)"', first.read_text(encoding="utf-8"))[1]
    first.write_text(re.sub(r', title="[^"]+"', "", first.read_text(encoding="utf-8"), count=1), encoding="utf-8")
    second.write_text(
        re.sub(r'title="[^"]+"', f'title="{title_of_first.upper()}"', second.read_text(encoding="utf-8"), count=1),
        encoding="utf-8",
    )
    problems = [p.message for p in check_book(book) if "title" in p.message]
    assert any(m.startswith("exercise 'first-alpha' has no title: add title=") for m in problems), problems
    assert problems == [m for m in problems if "has no title" in m]  # the other title is now unique again
    second.write_text(
        re.sub(r'title="[^"]+"', 'title="Same words"', second.read_text(encoding="utf-8"), count=1), encoding="utf-8"
    )
    first.write_text(
        first.read_text(encoding="utf-8").replace('id="first-alpha"', 'id="first-alpha", title="Same  WORDS"'),
        encoding="utf-8",
    )
    problems = [p for p in check_book(book) if "title" in p.message]
    assert len(problems) == 1 and "has the title of the exercise at exercises/first.py:" in problems[0].message


def test_a_title_never_changes_the_fingerprint() -> None:
    from textbook.kit import Option, SingleChoice

    def make(**extra):
        options = [Option(text="A", correct=True, feedback="Yes."), Option(text="B", feedback="No.")]
        return SingleChoice(id="x-y", objectives=["o"], prompt="Which?", options=options, **extra)

    assert make().fingerprint() == make(title="A title").fingerprint() == make(title="Another").fingerprint()
    assert make(title="A title").data()["title"] == "A title" and "title" not in make().data()


def test_a_self_check_statement_names_a_page_of_its_chapter_or_an_earlier_one(fixture_book) -> None:
    book = fixture_book("valid")
    module = book / "exercises" / "first.py"
    source = module.read_text(encoding="utf-8")
    source = source.replace(
        "from textbook.kit import Option, SingleChoice",
        "from textbook.kit import Band, Option, SelfCheck, SelfCheckItem, SingleChoice",
    )
    check_exercise = """    SelfCheck(
        id="first-check", title="Rate alpha", objectives=["know-alpha"],
        prompt="Rate it. For reflection, not a diagnostic tool.",
        scale=["No", "Yes"],
        items=[
            SelfCheckItem(text="A", page="book/foundations/01-first/more"),
            SelfCheckItem(text="B", page="book/foundations/02-second/index"),
            SelfCheckItem(text="C", page="book/nowhere"),
        ],
        bands=[Band(min=0, max=1, label="Low", meaning="Low."), Band(min=2, max=3, label="High", meaning="High.")],
    ),
]
"""
    module.write_text(source.rstrip().removesuffix("]") + check_exercise, encoding="utf-8")
    found = [p.message for p in check_book(book) if "statement" in p.message]
    assert found == [
        "statement 2 of 'first-check' names page 'book/foundations/02-second/index', of a later chapter: "
        "point to this chapter or an earlier one",
        "statement 3 of 'first-check' names page 'book/nowhere', which is not in the book (did you mean 'book/intro'?)",
    ]


def test_spelling_started_ahead_finds_what_a_run_then_finds() -> None:
    """The build starts codespell before Sphinx reads the pages (start_spelling) and collects it
    with the rules; the problems are the same as the rule running it there and then."""
    from textbook.rules.content import spelling, start_spelling

    spine = load_spine(FIXTURES / "misspelling")
    start_spelling(spine)
    ahead = spelling(spine)
    assert ahead == spelling(spine)  # the second run is a run of its own
    assert [problem.message for problem in ahead] == [message for _, _, message in EXPECTED["misspelling"]]

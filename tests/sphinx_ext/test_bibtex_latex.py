"""The references' LaTeX is decoded only where a text has some: the rich text is the same."""

from __future__ import annotations

import codecs
import random
from collections.abc import Callable, Iterator

import pytest
from pybtex.database import parse_file
from pybtex.exceptions import PybtexError
from pybtex.plugin import find_plugin
from pybtex.richtext import Text

from tests.conftest import ROOT
from textbook.sphinx_ext import bibtex_latex
from textbook.sphinx_ext.bibtex_latex import PLAIN_UNLESS, from_latex, install, written_against

STOCK = bibtex_latex._ORIGINAL.__func__
SPECIAL = "-'`,!?{}^_&#\"<>|[]*+=/.$%\\~ \t\n"
ANY = "".join(chr(code) for code in range(32, 127)) + "éüñ—–“”’\u00a0\u2009ßæøÅ\u2028\u3000\n\t"


def _generated(count: int, seed: int) -> Iterator[str]:
    """Short texts, half of them made mostly of the characters LaTeX gives a meaning to."""
    chance = random.Random(seed)
    for index in range(count):
        pool = SPECIAL if index % 2 else ANY
        yield "".join(chance.choice(pool) for _ in range(chance.randint(0, 14)))


def _book_texts() -> list[str]:
    """Every field and every part of every name in the book's bibliography."""
    texts = []
    for entry in parse_file(ROOT / "book" / "references.bib").entries.values():
        texts.extend(entry.fields.values())
        for people in entry.persons.values():
            for person in people:
                for part in ("first_names", "middle_names", "prelast_names", "last_names", "lineage_names"):
                    texts.extend(getattr(person, part))
    return texts


def test_what_the_fast_path_leaves_undecoded_latexcodec_leaves_unchanged() -> None:
    plain = [text for text in _generated(60_000, seed=16) if not PLAIN_UNLESS.search(text)]
    assert len(plain) > 20_000
    assert [text for text in plain if codecs.decode(text, "ulatex") != text] == []


@pytest.mark.parametrize(
    "text",
    ["--", "a -- b", "''x''", "``x''", ",,", "!`", "?`", " lead", "a  b", "50%", "$-$", "x~y", "a\nb", "a\t\tb", "\\&"],
)
def test_every_kind_of_latex_the_fast_path_decodes_is_changed_by_decoding(text: str) -> None:
    """A negative control: each kind of thing the pattern sends to the decoder is one the decoder
    changes (a lone tab, carriage return or form feed it sends too, to be safe: whitespace other
    than a single space is latexcodec's to judge)."""
    assert PLAIN_UNLESS.search(text)
    assert codecs.decode(text, "ulatex") != text


def _outcome(make: Callable[[type[Text], str], Text], text: str) -> tuple[str, str]:
    """The rich text made of ``text``, or the error (unbalanced braces), as comparable strings."""
    try:
        made = make(Text, text)
    except (PybtexError, UnicodeError) as error:
        return type(error).__name__, str(error)
    return type(made).__name__, repr(made)


def test_the_rich_text_is_the_one_pybtex_makes() -> None:
    texts = [*_generated(20_000, seed=61), *_book_texts()]
    for text in texts:
        assert _outcome(from_latex, text) == _outcome(STOCK, text), text
    assert sum(1 for text in _book_texts() if not PLAIN_UNLESS.search(text)) > 0.8 * len(_book_texts())


def test_no_two_callers_share_a_rich_text() -> None:
    first, second = from_latex(Text, 'Sch{\\"o}n -- {MIT}'), from_latex(Text, 'Sch{\\"o}n -- {MIT}')
    assert first == second and first is not second
    assert first.parts is not second.parts


def test_it_is_in_place_after_set_up_and_the_references_come_out_the_same() -> None:
    assert install()
    assert Text.from_latex.__func__ is from_latex
    style = find_plugin("pybtex.style.formatting", "apa7")()
    entries = list(parse_file(ROOT / "book" / "references.bib").entries.values())
    fast = [(item.key, item.text.render_as("html")) for item in style.format_entries(entries)]
    Text.from_latex = bibtex_latex._ORIGINAL
    try:
        stock = [(item.key, item.text.render_as("html")) for item in style.format_entries(entries)]
    finally:
        assert install()
    assert fast == stock
    assert any("–" in html for _, html in fast)  # page ranges: their "--" was decoded


def test_a_from_latex_written_otherwise_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    assert written_against(bibtex_latex._ORIGINAL)
    other = classmethod(lambda cls, latex: Text(latex))
    assert not written_against(other)
    monkeypatch.setattr(bibtex_latex, "_ORIGINAL", other)
    monkeypatch.setattr(Text, "from_latex", other)
    assert not install()
    assert Text.__dict__["from_latex"] is other

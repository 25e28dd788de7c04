"""The references' LaTeX decoded only where a text has some, and each such text once (#16).

pybtex turns every field and every part of every name into rich text with
``pybtex.richtext.Text.from_latex``: latexcodec decodes the text's LaTeX (``--`` to an en dash,
``{\\'e}`` to é, ``\\&`` to &) one token at a time, then pybtex's ``LaTeXParser`` parses its
braces. Decoding was about half of formatting this book's 71 references (the biggest part of
the engine's own share of a clean build), yet 424 of the 456 texts it decoded hold nothing
latexcodec changes, and each text was decoded two or three times.

So the engine gives ``Text.from_latex`` a fast path, process-wide, at set-up: a text without
any of what latexcodec's decoder changes (``PLAIN_UNLESS``: a backslash, a comment, a tie, a
math shift, a line break or tab, two spaces, a leading space, and the ligatures ``--``, ``''``,
``,,``, ``!```, ``?```, `````) goes to ``LaTeXParser`` as it is; any other is decoded as before,
once per process (a bounded memo of the decoded string, never of the rich text, so no two callers
share a result). The rich text is the same as pybtex made before: the pattern was found by
comparing the decoder with the identity on every character up to U+2FFFF, alone and beside
others, and on 1.5 million generated texts, and a test compares the rich text both ways on
generated texts and on every text of this book's bibliography.

The fast path is put in only over the ``from_latex`` it was written against (its code decodes
with ``ulatex`` and parses with ``LaTeXParser``); a pybtex whose ``from_latex`` does anything else
keeps its own, and a test then fails, so an upgrade is noticed rather than silently slower.
"""

from __future__ import annotations

import codecs
import functools
import re
from typing import Any

import latexcodec  # noqa: F401  (registers the "ulatex" codec)
from pybtex.markup import LaTeXParser
from pybtex.richtext import Text
from sphinx.application import Sphinx

# what latexcodec's decoder changes (found by comparing it with the identity on every
# character, alone and next to others, and on generated texts): anything else is left as it is
PLAIN_UNLESS = re.compile(r"\A |[$%\\~\t\n\r\f\v]|  |--|''|,,|[!?`]`")
_ORIGINAL = Text.__dict__["from_latex"]  # the classmethod pybtex defines


@functools.lru_cache(maxsize=4096)
def decoded(latex: str) -> str:
    """``latex`` decoded as pybtex decodes it (latexcodec's ``ulatex``)."""
    text: str = codecs.decode(latex, "ulatex")  # type: ignore[call-overload]  # a str-to-str codec
    return text


def from_latex(cls: type[Text], latex: str) -> Text:
    """``Text.from_latex``: the same rich text, decoding only a text with LaTeX in it."""
    return LaTeXParser(decoded(latex) if PLAIN_UNLESS.search(latex) else latex).parse()


def written_against(method: Any) -> bool:
    """Whether ``method`` (a classmethod) is the ``from_latex`` this fast path reproduces: one that
    decodes with latexcodec's ``ulatex`` and parses the result with ``LaTeXParser``."""
    code = getattr(getattr(method, "__func__", None), "__code__", None)
    return code is not None and {"decode", "LaTeXParser", "parse"} <= set(code.co_names) and "ulatex" in code.co_consts


def install() -> bool:
    """Give ``Text.from_latex`` the fast path (once per process); whether it is in place."""
    if Text.__dict__.get("from_latex") is not _ORIGINAL:
        return getattr(Text.from_latex, "__func__", None) is from_latex
    if not written_against(_ORIGINAL):
        return False
    Text.from_latex = classmethod(from_latex)
    return True


def setup_bibtex_latex(app: Sphinx) -> None:
    install()

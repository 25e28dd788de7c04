"""The search index written compactly: the same index in fewer bytes (#16).

Sphinx writes ``searchindex.js`` as ``Search.setIndex({...})``, the JSON of
``IndexBuilder.freeze()``. At 500 generated chapters that file was 64 KB gzip, and the search
page, which also carries the whole sidebar, went over the 200 KB page-weight budget. Most of the
index is lists of page numbers: for each word (``terms``, ``titleterms``), the sorted numbers of
the pages it is on. This module writes the same index with:

- each such list as the differences between neighbours (``[297, 298, 299]`` as ``[297, 1, 1]``),
  which gzip packs far better; a word on a single page stays a number, as Sphinx writes it;
- ``filenames`` as the one suffix that every page's file name adds to its docname (``".md"``)
  when that holds for every page, and as Sphinx's list otherwise;
- JSON without the spaces after separators.

A few lines of JavaScript in front of the data (``DECODER``) rebuild Sphinx's own object before
handing it to ``Search.setIndex``, so ``searchtools.js`` receives exactly what the stock file
gives it: the same results, in the same order, with the same titles, links and summaries (the
browser test compares both). Sphinx reads the previous index back on an incremental build
(``load_indexer``); ``CompactIndex.loads`` rebuilds the same dictionary from this format, and
still reads Sphinx's own.

Only the ``html`` builder's index changes; every other builder (EPUB, single page, LaTeX) is left
alone. If Sphinx's index is not what this module was written against (``FIELDS``, the value
types, the ``Search.setIndex(`` wrapper), the build stops with ``SearchIndexFormatError``
instead of writing an index the browser would misread. ``FF_STOCK_SEARCH_INDEX=1`` switches this
off, and Sphinx writes its own index. (Sphinx's own loader cannot read the compact index: after
switching it off, build into a fresh folder, or the rebuild warns that the index could not be
loaded.)
"""

from __future__ import annotations

import json
import os
from typing import IO, Any

from sphinx.application import Sphinx
from sphinx.builders.html import StandaloneHTMLBuilder
from sphinx.errors import ExtensionError

STOCK_SEARCH_INDEX_SWITCH = "FF_STOCK_SEARCH_INDEX"  # =1: Sphinx writes its own searchindex.js

# What IndexBuilder.freeze() returns in Sphinx 7.4: every key, checked on every build.
FIELDS = frozenset(
    {
        "alltitles",
        "docnames",
        "envversion",
        "filenames",
        "indexentries",
        "objects",
        "objnames",
        "objtypes",
        "terms",
        "titles",
        "titleterms",
    }
)
DELTA_FIELDS = ("terms", "titleterms")  # word -> a page number, or the sorted list of them
STOCK_PREFIX, STOCK_SUFFIX = "Search.setIndex(", ")"  # sphinx.search._JavaScriptIndex

# Rebuilds Sphinx's own index from the compact one, then hands it over; the mirror of decode().
# Object.keys() skips a "__proto__" word, which an object literal makes the prototype (as in
# Sphinx's own file): encode() leaves that one as it is.
DECODER = (
    "Search.setIndex((function (index) {\n"
    "  // Foundations First's compact search index (textbook/sphinx_ext/search_index.py):\n"
    "  // rebuild Sphinx's own before searchtools.js reads it.\n"
    '  for (const field of ["terms", "titleterms"]) {\n'
    "    const words = index[field];\n"
    "    for (const word of Object.keys(words)) {\n"
    "      if (!Array.isArray(words[word])) continue;\n"
    "      let page = 0;\n"
    "      words[word] = words[word].map((step) => (page += step));\n"
    "    }\n"
    "  }\n"
    '  if (typeof index.filenames === "string") {\n'
    "    const suffix = index.filenames;\n"
    "    index.filenames = index.docnames.map((name) => name + suffix);\n"
    "  }\n"
    "  return index;\n"
    "})("
)
SUFFIX = "))"


class SearchIndexFormatError(ExtensionError):
    """Sphinx's search index is not the one search_index.py was written for: review the module
    against Sphinx's IndexBuilder.freeze() and searchtools.js, or set FF_STOCK_SEARCH_INDEX=1."""


def _fail(problem: str) -> SearchIndexFormatError:
    return SearchIndexFormatError(
        f"Sphinx's search index changed ({problem}): review textbook/sphinx_ext/search_index.py against "
        "sphinx/search/__init__.py (IndexBuilder.freeze) and searchtools.js, or build with "
        f"{STOCK_SEARCH_INDEX_SWITCH}=1 to write Sphinx's own index"
    )


def _page_number(value: Any) -> bool:
    return type(value) is int and value >= 0


def _check(index: dict[str, Any]) -> None:
    """Refuse an index whose shape is not the one encode() and the decoder know."""
    if set(index) != FIELDS:
        added, missing = sorted(set(index) - FIELDS), sorted(FIELDS - set(index))
        raise _fail(f"fields added: {added or 'none'}, fields gone: {missing or 'none'}")
    docnames, filenames = index["docnames"], index["filenames"]
    if not isinstance(docnames, list) or not all(isinstance(name, str) for name in docnames):
        raise _fail("docnames is no longer a list of names")
    if not isinstance(filenames, list) or len(filenames) != len(docnames):
        raise _fail("filenames is no longer a list beside docnames")
    if not all(name is None or isinstance(name, str) for name in filenames):
        raise _fail("filenames holds something other than names")
    for field in DELTA_FIELDS:
        words = index[field]
        if not isinstance(words, dict):
            raise _fail(f"{field} is no longer an object")
        for word, pages in words.items():
            if _page_number(pages):
                continue
            if not isinstance(pages, list) or not all(_page_number(page) for page in pages):
                raise _fail(f"{field} maps {word!r} to {type(pages).__name__} instead of page numbers")


def _deltas(pages: list[int]) -> list[int]:
    return [page - before for page, before in zip(pages, [0, *pages], strict=False)]


def _sums(steps: list[int]) -> list[int]:
    pages, page = [], 0
    for step in steps:
        page += step
        pages.append(page)
    return pages


def _common_suffix(docnames: list[str], filenames: list[str | None]) -> str | None:
    """The one suffix each file name adds to its docname (".md"), or None when there is none."""
    suffixes = {
        filename[len(docname) :] if isinstance(filename, str) and filename.startswith(docname) else None
        for docname, filename in zip(docnames, filenames, strict=True)
    }
    if len(suffixes) != 1:
        return None
    (suffix,) = suffixes
    return suffix


def encode(frozen: dict[str, Any]) -> dict[str, Any]:
    """The compact form of Sphinx's frozen index (JSON-ready); refuses an unknown shape."""
    index = json.loads(json.dumps(frozen))  # tuples as lists, as the browser sees them
    _check(index)
    compact = dict(index)
    for field in DELTA_FIELDS:
        compact[field] = {
            word: _deltas(pages) if isinstance(pages, list) and word != "__proto__" else pages
            for word, pages in index[field].items()
        }
    suffix = _common_suffix(index["docnames"], index["filenames"])
    if suffix is not None:
        compact["filenames"] = suffix
    if decode(compact) != index:  # the decoder is the only way back: prove it on every build
        raise _fail("the compact index does not decode to Sphinx's own")
    return compact


def decode(compact: dict[str, Any]) -> dict[str, Any]:
    """Sphinx's own index from the compact form (what DECODER does in the browser)."""
    index = dict(compact)
    for field in DELTA_FIELDS:
        index[field] = {
            word: _sums(pages) if isinstance(pages, list) and word != "__proto__" else pages
            for word, pages in compact[field].items()
        }
    if isinstance(compact["filenames"], str):
        index["filenames"] = [name + compact["filenames"] for name in compact["docnames"]]
    return index


class CompactIndex:
    """The html builder's ``indexer_format``: dumps the compact index, loads it (or Sphinx's own)."""

    def dumps(self, data: Any) -> str:
        return DECODER + json.dumps(encode(data), sort_keys=True, separators=(",", ":")) + SUFFIX

    def loads(self, text: str) -> Any:
        if text.startswith(DECODER) and text.endswith(SUFFIX):
            return decode(json.loads(text[len(DECODER) : -len(SUFFIX)]))
        if text.startswith(STOCK_PREFIX + "{"):  # a folder last built with Sphinx's own index
            from sphinx.search import js_index

            return js_index.loads(text)
        raise ValueError("not a search index this engine wrote")  # Sphinx rebuilds it (load_indexer)

    def dump(self, data: Any, stream: IO[str]) -> None:
        stream.write(self.dumps(data))

    def load(self, stream: IO[str]) -> Any:
        return self.loads(stream.read())


def check_sphinx_format() -> None:
    """Stop the build if Sphinx no longer writes its index as this module expects to replace."""
    from sphinx.search import _JavaScriptIndex, js_index

    if StandaloneHTMLBuilder.indexer_format is not js_index or not StandaloneHTMLBuilder.indexer_dumps_unicode:
        raise _fail("the html builder no longer writes sphinx.search.js_index as text")
    if (_JavaScriptIndex.PREFIX, _JavaScriptIndex.SUFFIX) != (STOCK_PREFIX, STOCK_SUFFIX):
        raise _fail(f"searchindex.js is no longer wrapped in {STOCK_PREFIX}...{STOCK_SUFFIX}")


def _install(app: Sphinx) -> None:
    builder = app.builder
    if builder.name != "html" or not isinstance(builder, StandaloneHTMLBuilder):
        return  # the EPUB, the single page, LaTeX, dirhtml: Sphinx's own (or no) index
    check_sphinx_format()
    builder.indexer_format = CompactIndex()


def setup_search_index(app: Sphinx) -> None:
    if os.environ.get(STOCK_SEARCH_INDEX_SWITCH) == "1":
        return
    app.connect("builder-inited", _install)

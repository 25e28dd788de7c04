"""The compact search index (textbook/sphinx_ext/search_index.py) is Sphinx's own in fewer bytes:
a build with it and a build with Sphinx's own index (FF_STOCK_SEARCH_INDEX=1) write the same
files but searchindex.js, whose compact form decodes to exactly Sphinx's index (every field that
searchtools.js reads included), also after an incremental rebuild; and an index that is not the
shape the module knows stops the build with a clear error instead of reaching the browser."""

from __future__ import annotations

import gzip
import re
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import sphinx
from sphinx.search import _JavaScriptIndex, js_index

from benchmarks.generate import generate_book, minimal_config, nest_book
from tests.conftest import run_textbook
from textbook.sphinx_ext.search_index import (
    DECODER,
    FIELDS,
    STOCK_SEARCH_INDEX_SWITCH,
    CompactIndex,
    SearchIndexFormatError,
    _install,
    check_sphinx_format,
    decode,
    encode,
)

SEARCHTOOLS = Path(sphinx.__file__).parent / "themes" / "basic" / "static" / "searchtools.js"
IGNORED = {".buildinfo"}  # Sphinx's record of the build's configuration hash


def _build(book: Path, output: Path, stock: bool, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(STOCK_SEARCH_INDEX_SWITCH, "1" if stock else "0")
    result = run_textbook("build", "--output", str(output), cwd=book, timeout=900)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    return output / "_build" / "html"


def _book(folder: Path) -> Path:
    book = nest_book(generate_book(folder, 12))
    (book / "_config.yml").write_text(minimal_config("Search book"), encoding="utf-8")
    return book


def _fields_searchtools_reads() -> set[str]:
    return set(re.findall(r"Search\._index\.(\w+)", SEARCHTOOLS.read_text(encoding="utf-8")))


def _different_files(first: Path, second: Path) -> list[str]:
    names = {p.relative_to(first) for p in first.rglob("*") if p.is_file()}
    names |= {p.relative_to(second) for p in second.rglob("*") if p.is_file()}
    return sorted(
        str(name)
        for name in names
        if name.name not in IGNORED
        and (
            not (first / name).is_file()
            or not (second / name).is_file()
            or (first / name).read_bytes() != (second / name).read_bytes()
        )
    )


def _assert_same_index(compact_site: Path, stock_site: Path) -> dict[str, Any]:
    ours = (compact_site / "searchindex.js").read_text(encoding="utf-8")
    theirs = (stock_site / "searchindex.js").read_text(encoding="utf-8")
    assert ours.startswith(DECODER) and theirs.startswith("Search.setIndex({")
    stock = js_index.loads(theirs)
    rebuilt = CompactIndex().loads(ours)
    assert rebuilt == stock
    read = _fields_searchtools_reads()
    assert {"docnames", "filenames", "titles", "terms", "titleterms", "alltitles", "indexentries"} <= read
    assert read <= set(rebuilt)
    for field in read:
        assert rebuilt[field] == stock[field], field
    assert len(gzip.compress(ours.encode())) < len(gzip.compress(theirs.encode()))
    return stock


@pytest.mark.slow
def test_the_compact_index_is_sphinxs_own_and_nothing_else_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    book = _book(tmp_path / "book")
    compact = _build(book, tmp_path / "compact", stock=False, monkeypatch=monkeypatch)
    stock = _build(book, tmp_path / "stock", stock=True, monkeypatch=monkeypatch)
    assert _different_files(compact, stock) == ["searchindex.js"]
    index = _assert_same_index(compact, stock)
    assert len(index["docnames"]) > 40
    assert any(isinstance(pages, list) and len(pages) > 2 for pages in index["terms"].values())
    assert index["indexentries"]  # the glossaries' terms
    # An incremental rebuild reads the compact index back (Sphinx's load_indexer): one page
    # edited, every other page's words kept, the new word found; a strict build, so a warning
    # that the index could not be loaded would have failed it.
    page = book / "book/foundations/003-c3/page-2.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nA zeppelin passes.\n", encoding="utf-8")
    compact = _build(book, tmp_path / "compact", stock=False, monkeypatch=monkeypatch)
    stock = _build(book, tmp_path / "stock", stock=True, monkeypatch=monkeypatch)
    index = _assert_same_index(compact, stock)
    assert index["terms"]["zeppelin"] == index["docnames"].index("book/foundations/003-c3/page-2")
    # A folder last built with Sphinx's own index rebuilds with the compact one.
    (book / "book/more.md").write_text("# More\n\nA dirigible passes.\n", encoding="utf-8")
    compact_again = _build(book, tmp_path / "stock", stock=False, monkeypatch=monkeypatch)
    assert (compact_again / "searchindex.js").read_text(encoding="utf-8").startswith(DECODER)
    assert "dirig" in CompactIndex().loads((compact_again / "searchindex.js").read_text(encoding="utf-8"))["terms"]


def _frozen() -> dict[str, Any]:
    """An index as IndexBuilder.freeze() returns it (tuples and all)."""
    return {
        "docnames": ("a/index", "a/page", "b/index", "b/page"),
        "filenames": ["a/index.md", "a/page.md", "b/index.md", "b/page.md"],
        "titles": ("A", "Page of A", "B", "Page of B"),
        "terms": {"care": [0, 1, 2, 3], "gift": 2, "__proto__": [1, 3], "odd": [3, 1], "none": [], "one": [2]},
        "titleterms": {"page": [1, 3], "a": 0},
        "objects": {},
        "objtypes": {},
        "objnames": {},
        "alltitles": {"A": [(0, None)], "Gifts": [(2, "gifts")]},
        "indexentries": {"gift": [(2, "term-Gift", True)]},
        "envversion": {"sphinx": 62},
    }


def test_the_compact_form_decodes_to_the_same_index() -> None:
    frozen = _frozen()
    compact = encode(frozen)
    assert compact["terms"]["care"] == [0, 1, 1, 1] and compact["terms"]["gift"] == 2
    assert compact["terms"]["__proto__"] == [1, 3]  # an object literal's prototype: left as Sphinx writes it
    assert compact["filenames"] == ".md"
    normal = js_index.loads(js_index.dumps(frozen))  # as Sphinx's own file reads back
    assert decode(compact) == normal
    assert CompactIndex().loads(CompactIndex().dumps(frozen)) == normal
    assert CompactIndex().loads(js_index.dumps(frozen)) == normal  # a folder built with Sphinx's own index
    odd_names = {**frozen, "filenames": ["a/index.md", "a/page.rst", None, "b/page.md"]}
    assert encode(odd_names)["filenames"] == odd_names["filenames"]  # no one suffix: kept as Sphinx's list
    assert decode(encode(odd_names)) == js_index.loads(js_index.dumps(odd_names))
    with pytest.raises(ValueError):  # Sphinx then rebuilds the index instead of reading it
        CompactIndex().loads("Search.setIndex((function (index) { return index; })({}))")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda index: index.update(newfield=[]), "fields added: ['newfield']"),
        (lambda index: index.pop("filenames"), "fields gone: ['filenames']"),
        (lambda index: index["terms"].update(care=[[0, 3], [1, 1]]), "terms maps 'care' to list"),
        (lambda index: index["titleterms"].update(page={"1": 3}), "titleterms maps 'page' to dict"),
        (lambda index: index.update(terms=[["care", [0, 1]]]), "terms is no longer an object"),
        (lambda index: index.update(filenames=["a/index.md"]), "filenames is no longer a list beside docnames"),
        (lambda index: index.update(docnames={"a/index": 0}), "docnames is no longer a list of names"),
    ],
    ids=["added", "gone", "pairs", "counts", "list", "short", "docnames"],
)
def test_an_index_of_another_shape_is_refused(change: Any, message: str) -> None:
    frozen = _frozen()
    change(frozen)
    with pytest.raises(SearchIndexFormatError, match=re.escape(message)) as refused:
        CompactIndex().dumps(frozen)
    assert "textbook/sphinx_ext/search_index.py" in str(refused.value)
    assert STOCK_SEARCH_INDEX_SWITCH in str(refused.value)


def test_another_wrapper_or_writer_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    check_sphinx_format()
    monkeypatch.setattr(_JavaScriptIndex, "PREFIX", "Search.loadIndexData(")
    with pytest.raises(SearchIndexFormatError, match="no longer wrapped"):
        check_sphinx_format()
    monkeypatch.undo()
    from sphinx.builders.html import StandaloneHTMLBuilder

    monkeypatch.setattr(StandaloneHTMLBuilder, "indexer_format", object())
    with pytest.raises(SearchIndexFormatError, match="no longer writes"):
        check_sphinx_format()


def test_only_the_html_builder_gets_the_compact_index() -> None:
    from sphinx.builders.epub3 import Epub3Builder
    from sphinx.builders.html import StandaloneHTMLBuilder
    from sphinx.builders.latex import LaTeXBuilder
    from sphinx.builders.singlehtml import SingleFileHTMLBuilder

    assert set(FIELDS) >= _fields_searchtools_reads()
    for kind in (SingleFileHTMLBuilder, Epub3Builder, LaTeXBuilder, StandaloneHTMLBuilder):
        builder = kind.__new__(kind)
        _install(SimpleNamespace(builder=builder))  # type: ignore[arg-type]
        replaced = isinstance(builder.__dict__.get("indexer_format"), CompactIndex)
        assert replaced == (kind is StandaloneHTMLBuilder), kind.name


@pytest.mark.slow
def test_a_changed_index_stops_the_build(tmp_path: Path) -> None:
    """The negative control, end to end: Sphinx's freeze() patched to add a field, as an upgrade
    might; the build fails, naming the change and this module, and writes no searchindex.js."""
    book = generate_book(tmp_path / "book", 2)
    (book / "changed_sphinx.py").write_text(
        "from sphinx.search import IndexBuilder\n\n"
        "_freeze = IndexBuilder.freeze\n\n\n"
        "def freeze(self):\n"
        "    return {**_freeze(self), 'wordcounts': {}}\n\n\n"
        "def setup(app):\n"
        "    IndexBuilder.freeze = freeze\n"
        "    return {'parallel_read_safe': True, 'parallel_write_safe': True}\n",
        encoding="utf-8",
    )
    config = minimal_config("Changed book") + f"    changed_sphinx: {book.as_posix()}\n"
    (book / "_config.yml").write_text(config, encoding="utf-8")
    result = run_textbook("build", "--output", str(tmp_path / "out"), cwd=book, timeout=600)
    output = result.stdout + result.stderr
    assert result.returncode != 0, output[-2000:]
    assert "Sphinx's search index changed (fields added: ['wordcounts']" in output, output[-3000:]
    assert not (tmp_path / "out/_build/html/searchindex.js").exists()

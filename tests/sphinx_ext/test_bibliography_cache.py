"""The references are formatted once and kept from one build of an output folder to the next:
each stored result is the stock style's own, it is used only for the same style, label and entry,
and a damaged store is an empty one."""

from __future__ import annotations

import importlib
import os
import pickle
import re
import sys
from collections.abc import Iterator
from importlib.metadata import entry_points, version
from pathlib import Path
from typing import Any

import pytest
from pybtex.database import BibliographyData, Entry, Person, parse_file
from pybtex.plugin import find_plugin
from pybtex.style.template import FieldIsMissing

import textbook.sphinx_ext.bibliography_cache as bibliography_cache
from tests.conftest import ROOT
from textbook.sphinx_ext.bibliography_cache import (
    FILE,
    Store,
    code_fingerprint,
    read_store,
    register_cached_style,
    with_bibliography_cache,
    write_store,
)
from textbook.sphinx_ext.pybtex_plugins import install as read_plugins_once

APA7 = next(iter(entry_points(group="pybtex.style.formatting", name="apa7"))).load()  # the stock style
BACKENDS = ("html", "plaintext", "latex")


@pytest.fixture(autouse=True)
def _backends() -> None:
    read_plugins_once()  # as the build does: pybtex then finds its plugins without a scan


def _rendered(formatted: Any) -> tuple[str, ...]:
    return (formatted.key, formatted.label, *(formatted.text.render_as(backend) for backend in BACKENDS))


def _labelled() -> list[tuple[str, Entry]]:
    """Every entry of the book's references.bib with the label sphinxcontrib-bibtex gives it."""
    style = APA7()
    entries = list(style.sort(parse_file(ROOT / "book" / "references.bib").entries.values()))
    return list(zip(style.format_labels(entries), entries, strict=True))


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Store:
    """The store of a build under way (as builder-inited makes it), empty."""
    made = read_store(tmp_path / FILE)
    monkeypatch.setattr(bibliography_cache, "_store", made)
    return made


def _next_build(store: Store, monkeypatch: pytest.MonkeyPatch) -> Store:
    """What the next build of the same folder reads: this build's store written, then read."""
    write_store(store)
    again = read_store(store.path)
    monkeypatch.setattr(bibliography_cache, "_store", again)
    return again


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The labels the stock style formats, as they come."""
    formatted: list[str] = []
    stock = APA7.format_entry

    def counting(self: Any, label: str, entry: Entry, bib_data: Any = None) -> Any:
        formatted.append(label)
        return stock(self, label, entry, bib_data=bib_data)

    monkeypatch.setattr(APA7, "format_entry", counting)
    yield formatted


def test_every_reference_is_the_stock_styles_own(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    labelled = _labelled()
    assert len(labelled) > 50
    expected = [_rendered(APA7().format_entry(label, entry)) for label, entry in labelled]
    cached = with_bibliography_cache(APA7)
    assert [_rendered(cached().format_entry(label, entry)) for label, entry in labelled] == expected  # stored
    _next_build(store, monkeypatch)
    assert [_rendered(cached().format_entry(label, entry)) for label, entry in labelled] == expected  # unpickled


def test_a_stored_result_is_not_formatted_again(
    store: Store, calls: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (label, entry), *_ = _labelled()
    style = with_bibliography_cache(APA7)()
    first = style.format_entry(label, entry)
    again = style.format_entry(label, entry)  # the tooltip: the same entry, the same style
    once_more = style.format_entry(label, entry)
    assert calls == [label]
    assert len({id(first), id(again), id(once_more)}) == 3  # no two callers share a result
    assert _rendered(again) == _rendered(once_more) == _rendered(first)
    _next_build(store, monkeypatch)
    assert _rendered(with_bibliography_cache(APA7)().format_entry(label, entry)) == _rendered(first)
    assert calls == [label]  # the next build formats nothing


def _entry(**changes: Any) -> Entry:
    fields = {"title": "Recovery from mental illness", "journal": "A journal", "year": "1993", "pages": "11--23"}
    fields.update(changes.pop("fields", {}))
    entry = Entry(changes.pop("type", "article"), fields=fields)
    entry.key = "anthony1993"
    names = changes.pop("author", {"first": "William", "middle": "A.", "last": "Anthony"})
    entry.add_person(Person(**names), "author")
    assert not changes
    return entry


@pytest.mark.parametrize(
    ("label", "entry"),
    [
        ("Anthony, 1993", _entry(fields={"title": "Recovery from mental illness, again"})),  # a field
        ("Anthony, 1993", _entry(fields={"volume": "16"})),  # a new field
        ("Anthony, 1993", _entry(type="misc")),  # the type
        ("Anthony, 1993", _entry(author={"first": "Bill", "middle": "A.", "last": "Anthony"})),
        ("Anthony, 1993", _entry(author={"first": "William", "middle": "B.", "last": "Anthony"})),
        ("Anthony, 1993", _entry(author={"first": "William", "middle": "A.", "last": "Anthony", "lineage": "Jr."})),
        ("Anthony, 1993", _entry(author={"first": "William", "middle": "A.", "prelast": "van", "last": "Anthony"})),
        ("Anthony, 1993a", _entry()),  # the label
    ],
)
def test_another_entry_or_label_is_formatted(
    label: str, entry: Entry, store: Store, calls: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    cached = with_bibliography_cache(APA7)
    cached().format_entry("Anthony, 1993", _entry())
    _next_build(store, monkeypatch)
    cached().format_entry("Anthony, 1993", _entry())
    assert len(calls) == 1  # the same entry: stored
    changed = cached().format_entry(label, entry)
    assert len(calls) == 2
    assert _rendered(changed) == _rendered(APA7().format_entry(label, entry))


def test_an_edited_style_formats_again(tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    module = tmp_path / "ff_edited_style.py"
    module.write_text(
        "from formatting.apa import APAStyle\n\n\nclass EditedStyle(APAStyle):\n    pass\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    edited = importlib.import_module("ff_edited_style").EditedStyle
    formatted: list[str] = []

    def format_entry(self: Any, label: str, entry: Entry, bib_data: Any = None) -> str:
        formatted.append(label)
        return "result"

    monkeypatch.setattr(edited, "format_entry", format_entry)
    cached = with_bibliography_cache(edited)
    cached().format_entry("Anthony, 1993", _entry())
    _next_build(store, monkeypatch)
    code_fingerprint.cache_clear()  # a new process
    cached().format_entry("Anthony, 1993", _entry())
    assert formatted == ["Anthony, 1993"]  # the same code: stored

    stat = module.stat()
    os.utime(module, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))  # the style edited
    code_fingerprint.cache_clear()
    cached().format_entry("Anthony, 1993", _entry())
    assert formatted == ["Anthony, 1993", "Anthony, 1993"]
    sys.modules.pop("ff_edited_style")


def test_the_fingerprint_covers_the_code_a_style_uses() -> None:
    fingerprint = code_fingerprint((APA7,))
    modules = {name for name, _, _ in fingerprint[1]}
    assert {"formatting.apa", "pybtex.style.formatting", "pybtex.style.template"} <= modules
    assert "names.firstlast" in modules  # the APA style's editors: a name style its module holds
    assert fingerprint[0] == version("pybtex")


def test_a_missing_field_is_an_error_every_time(store: Store, calls: list[str]) -> None:
    entry = _entry()
    del entry.fields["journal"]
    style = with_bibliography_cache(APA7)()
    for _ in range(2):
        with pytest.raises(FieldIsMissing):
            style.format_entry("Anthony, 1993", entry)
    assert calls == ["Anthony, 1993", "Anthony, 1993"]
    assert store.used == {}


def test_outside_a_build_and_with_arguments_nothing_is_kept(
    store: Store, calls: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    cached = with_bibliography_cache(APA7)
    cached(abbreviate_names=False).format_entry("A", _entry())  # arguments change the results
    cached(abbreviate_names=False).format_entry("A", _entry())
    data = BibliographyData({"anthony1993": _entry()})
    cached().format_entry("C", _entry(), bib_data=data)  # crossrefs: the result depends on the other entries
    cached().format_entry("C", _entry(), bib_data=data)
    monkeypatch.setattr(bibliography_cache, "_store", None)
    cached().format_entry("B", _entry())
    cached().format_entry("B", _entry())
    assert calls == ["A", "A", "C", "C", "B", "B"]
    assert store.used == {}


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not a pickle at all",
        pickle.dumps({"format": 0, "styles": {}}),  # another layout
        pickle.dumps(["a", "list"]),
        pickle.dumps({"format": bibliography_cache.FORMAT, "styles": {("style",): {("entry",): "not bytes"}}}),
    ],
)
def test_a_damaged_store_is_an_empty_one(
    content: bytes, tmp_path: Path, calls: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / FILE
    path.write_bytes(content)
    monkeypatch.setattr(bibliography_cache, "_store", read_store(path))
    (label, entry), *_ = _labelled()
    formatted = with_bibliography_cache(APA7)().format_entry(label, entry)
    assert _rendered(formatted) == _rendered(APA7().format_entry(label, entry))
    assert calls == [label, label]


def test_a_truncated_store_is_an_empty_one(tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    cached = with_bibliography_cache(APA7)
    for label, entry in _labelled()[:5]:
        cached().format_entry(label, entry)
    write_store(store)
    whole = store.path.read_bytes()
    assert read_store(store.path).loaded == store.used
    store.path.write_bytes(whole[: len(whole) // 2])
    assert read_store(store.path).loaded == {}


def test_only_what_a_build_used_is_kept(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    cached = with_bibliography_cache(APA7)
    labelled = _labelled()
    for label, entry in labelled[:3]:
        cached().format_entry(label, entry)
    after = _next_build(store, monkeypatch)
    cached().format_entry(*labelled[0])
    cached().format_entry(*labelled[3])
    kept = _next_build(after, monkeypatch).loaded
    assert sorted(key[0] for entries in kept.values() for key in entries) == sorted([labelled[0][0], labelled[3][0]])


def test_registering_twice_wraps_once() -> None:
    once = with_bibliography_cache(APA7)
    assert with_bibliography_cache(once) is once
    assert issubclass(once, APA7) and once.name == APA7.name
    first, second = register_cached_style("apa7"), register_cached_style("apa7")
    assert first is second is find_plugin("pybtex.style.formatting", "apa7")
    assert [cls for cls in first.__mro__ if getattr(cls, "ff_bibliography_cache", False)] == [first]  # type: ignore[union-attr]
    assert register_cached_style("no-such-style") is None


# A book with a bibliography, built in this process as a new process would build it


BOOK_CONFIG_EXTRA = "bibtex_bibfiles:\n  - book/references.bib\n"
SPHINX_CONFIG = "  config:\n    bibtex_reference_style: author_year\n    bibtex_default_style: apa7\n"
CITED = ("anthony1993", "brandenburg2003", "figley1995")  # an article, a DOI, a book by its editor


def _bib_entries(keys: tuple[str, ...]) -> str:
    text = (ROOT / "book" / "references.bib").read_text(encoding="utf-8")
    return "\n".join(re.search(rf"@\w+\{{{key},.*?\n\}}\n", text, re.DOTALL)[0] for key in keys)  # type: ignore[index]


@pytest.fixture
def book(tmp_path: Path) -> Path:
    from benchmarks.generate import generate_book, minimal_config

    root = generate_book(tmp_path / "book", 1)
    (root / "_config.yml").write_text(
        minimal_config("Generated book") + SPHINX_CONFIG + BOOK_CONFIG_EXTRA, encoding="utf-8"
    )
    (root / "book" / "references.bib").write_text(_bib_entries(CITED), encoding="utf-8")
    (root / "book" / "references.md").write_text("# References\n\n```{bibliography}\n```\n", encoding="utf-8")
    page = root / "book" / "foundations" / "001-c1" / "page-2.md"
    citations = " ".join(f"{{cite:p}}`{key}`" for key in CITED)
    page.write_text(page.read_text(encoding="utf-8") + f"\nAs three works say {citations}.\n", encoding="utf-8")
    toc = root / "_toc.yml"
    toc.write_text(
        toc.read_text(encoding="utf-8") + "  - caption: Back matter\n    chapters:\n      - file: book/references\n",
        encoding="utf-8",
    )
    return root


def _build(book: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """Build the site again, as a new process would; return everything it printed."""
    from textbook.commands.build import build_site
    from textbook.sphinx_ext import state

    state._FACT_MAKERS.clear()
    capsys.readouterr()
    assert build_site(book, quiet=False) == 0
    captured = capsys.readouterr()
    return captured.out + captured.err


PAGES = ("book/references.html", "book/foundations/001-c1/page-2.html")  # the list, the tooltips


def _pages(book: Path) -> dict[str, str]:
    return {page: (book / "_build" / "html" / page).read_text(encoding="utf-8") for page in PAGES}


def _touch(book: Path) -> None:
    """Make both pages new to Sphinx, so that the next build reads and writes them again."""
    for page in PAGES:
        (book / page).with_suffix(".md").touch()


def test_a_rebuild_formats_nothing_and_writes_the_same_pages(
    book: Path, calls: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    _build(book, capsys)
    assert len(calls) == len(CITED)  # each tooltip is its entry, stored
    stored = book / "_build" / ".doctrees" / FILE
    assert read_store(stored).loaded

    # a damaged store: everything formatted again (the reference), without a traceback
    stored.write_bytes(stored.read_bytes()[:100])
    calls.clear()
    _touch(book)
    output = _build(book, capsys)
    assert "Traceback" not in output
    assert len(calls) == len(CITED)
    assert read_store(stored).loaded  # written whole again
    formatted = _pages(book)
    assert "Brandenburg" in formatted[PAGES[0]] and 'title="Anthony' in formatted[PAGES[1]]

    calls.clear()
    _touch(book)
    written = {page: (book / "_build" / "html" / page).stat().st_mtime_ns for page in PAGES}
    _build(book, capsys)
    assert calls == []  # every result stored
    assert all((book / "_build" / "html" / page).stat().st_mtime_ns > written[page] for page in PAGES)
    assert _pages(book) == formatted  # written again, the same, byte for byte

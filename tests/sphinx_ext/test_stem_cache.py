"""The search index's stems are remembered for the whole build: the index is the same as
Sphinx's own, and each distinct word is stemmed once."""

from __future__ import annotations

from types import SimpleNamespace

from docutils.core import publish_doctree
from sphinx.search import IndexBuilder
from sphinx.search.en import SearchEnglish
from sphinx.search.fr import SearchFrench

from textbook.sphinx_ext.stem_cache import _language_class, with_stem_cache

PAGES = {
    "support": "Supporting people\n=================\n\nSupporting people means listening. People support people.\n",
    "values": "Core values\n===========\n\nValues guide supporting work; listening is a value.\n",
    "limits": "Limits\n======\n\nListening has limits, and supporting has limits too.\n",
}


def _index(language: SearchEnglish) -> IndexBuilder:
    env = SimpleNamespace(
        **{
            f"_search_index_{name}": {}
            for name in ("titles", "filenames", "mapping", "title_mapping", "all_titles", "index_entries")
        },
        _search_index_objtypes={},
        _search_index_objnames={},
    )
    index = IndexBuilder(env, "en", {}, "")  # type: ignore[arg-type]
    index.lang = language
    for name, text in PAGES.items():
        doctree = publish_doctree(text, settings_overrides={"report_level": 5})
        index.feed(name, f"{name}.md", name.title(), doctree)
    return index


def test_the_index_is_sphinxs_own() -> None:
    stock, cached = _index(SearchEnglish({})), _index(with_stem_cache(SearchEnglish)({}))
    assert cached._mapping == stock._mapping and stock._mapping  # the stem-dependent parts
    assert cached._title_mapping == stock._title_mapping and stock._title_mapping
    assert cached._all_titles == stock._all_titles


def test_each_distinct_word_is_stemmed_once_per_index() -> None:
    stemmed: list[str] = []

    class Counting(SearchEnglish):
        def stem(self, word: str) -> str:
            stemmed.append(word)
            return super().stem(word)

    _index(Counting({}))
    per_page = len(stemmed)
    stemmed.clear()
    _index(with_stem_cache(Counting)({}))
    assert len(stemmed) == len(set(stemmed))  # never twice
    assert len(stemmed) < per_page  # Sphinx's memo lasts one page: "supporting" came three times


def test_a_new_index_starts_with_no_stems() -> None:
    language = with_stem_cache(SearchEnglish)
    first, second = language({}), language({})
    assert first.stem("listening") == SearchEnglish({}).stem("listening")
    first.stem("listening")
    assert first.stem.cache_info().currsize == 1 and first.stem.cache_info().hits == 1  # type: ignore[attr-defined]
    assert second.stem.cache_info().currsize == 0  # type: ignore[attr-defined]


def test_wrapping_twice_changes_nothing_and_keeps_the_language() -> None:
    once = with_stem_cache(SearchEnglish)
    assert with_stem_cache(once) is once
    assert once.lang == "en" and issubclass(once, SearchEnglish)
    assert once.js_stemmer_rawcode == SearchEnglish.js_stemmer_rawcode  # the browser side unchanged


def test_the_language_is_found_as_sphinx_finds_it() -> None:
    assert issubclass(_language_class("fr_CA"), SearchFrench)  # type: ignore[arg-type]
    assert issubclass(_language_class("en"), SearchEnglish)  # type: ignore[arg-type]
    assert _language_class("tlh") is None  # Sphinx then indexes in English

"""The sidebar rendered once per build (textbook/sphinx_ext/sidebar.py) is the theme's own:
every output file of a build with it equals, byte for byte, the same build with the theme
rendering each page's sidebar (FF_STOCK_SIDEBAR=1), and each page marks its own branch."""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from sphinx.builders.html import StandaloneHTMLBuilder

from benchmarks.generate import NESTED_PAGES, generate_book, minimal_config, nest_book
from tests.conftest import ROOT, run_textbook
from textbook.sphinx_ext.sidebar import (
    STOCK_SIDEBAR_SWITCH,
    TEMPLATE,
    THEIRS,
    SidebarCache,
    SidebarTemplateError,
    _Rendered,
)

pytestmark = pytest.mark.slow
IGNORED = {".buildinfo"}  # Sphinx's record of the build's configuration hash


def _build(book: Path, output: Path, stock: bool, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(STOCK_SIDEBAR_SWITCH, "1" if stock else "0")
    result = run_textbook("build", "--output", str(output), cwd=book, timeout=900)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    return output / "_build" / "html"


def _differences(first: Path, second: Path) -> list[str]:
    files = {p.relative_to(first) for p in first.rglob("*") if p.is_file()}
    files |= {p.relative_to(second) for p in second.rglob("*") if p.is_file()}
    return sorted(
        str(name)
        for name in files
        if name.name not in IGNORED
        and (
            not (first / name).is_file()
            or not (second / name).is_file()
            or (first / name).read_bytes() != (second / name).read_bytes()
        )
    )


def _nested_book(folder: Path, navbar_depth: int) -> Path:
    book = nest_book(generate_book(folder, 4))
    config = minimal_config("Nested book") + (
        f"  config:\n    html_theme_options:\n      show_navbar_depth: {navbar_depth}\n"
    )
    (book / "_config.yml").write_text(config, encoding="utf-8")
    return book


def _sidebar(page: Path) -> str:
    text = page.read_text(encoding="utf-8")
    return text[text.index('<nav class="bd-links bd-docs-nav"') : text.index("</nav>", text.index("bd-docs-nav"))]


@pytest.mark.parametrize("navbar_depth", [0, 1, 2])
def test_the_cached_sidebar_equals_the_themes_on_a_nested_book(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, navbar_depth: int
) -> None:
    book = _nested_book(tmp_path / "book", navbar_depth)
    fast = _build(book, tmp_path / "fast", stock=False, monkeypatch=monkeypatch)
    stock = _build(book, tmp_path / "stock", stock=True, monkeypatch=monkeypatch)
    assert len(list(fast.rglob("*.html"))) > 20
    assert _differences(fast, stock) == []
    if navbar_depth != 1:
        return
    # Incremental rebuilds: a page retitled and a page added reach the sidebar of every page
    # that Sphinx's own outdated logic rewrites, in both builds alike.
    page = book / "book/foundations/003-c3/page-2.md"
    page.write_text(page.read_text(encoding="utf-8").replace("# Page 2", "# A retitled page", 1), encoding="utf-8")
    (book / "book/added.md").write_text("# An added page\n\nText.\n", encoding="utf-8")
    toc = book / "_toc.yml"
    toc.write_text(
        toc.read_text(encoding="utf-8").replace(
            "      - file: book/more\n", "      - file: book/more\n      - file: book/added\n"
        ),
        encoding="utf-8",
    )
    fast = _build(book, tmp_path / "fast", stock=False, monkeypatch=monkeypatch)
    stock = _build(book, tmp_path / "stock", stock=True, monkeypatch=monkeypatch)
    assert _differences(fast, stock) == []
    for rewritten in ("book/added.html", "book/foundations/003-c3/page-2.html"):  # the cache is per build
        assert "A retitled page" in _sidebar(fast / rewritten) and "An added page" in _sidebar(fast / rewritten)


def test_the_cached_sidebar_equals_the_themes_on_the_book(
    site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stock = _build(ROOT, tmp_path / "stock", stock=True, monkeypatch=monkeypatch)
    assert _differences(site, stock) == []


BRANCHES = {  # a page at each depth -> the pages of its branch, from the top
    "book/more": ["book/more"],
    "book/foundations/002-c2/index": ["book/foundations/002-c2/index"],
    "book/foundations/002-c2/page-1": ["book/foundations/002-c2/index", "book/foundations/002-c2/page-1"],
    **{
        f"book/foundations/001-c1/{name}": [
            "book/foundations/001-c1/index",
            "book/foundations/001-c1/page-1",
            *(f"book/foundations/001-c1/{above}" for above in NESTED_PAGES[: NESTED_PAGES.index(name) + 1]),
        ]
        for name in NESTED_PAGES
    },
}


def test_each_page_marks_its_own_branch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site = _build(_nested_book(tmp_path / "book", 1), tmp_path / "fast", stock=False, monkeypatch=monkeypatch)
    for page, branch in BRANCHES.items():
        nav = _sidebar(site / f"{page}.html")
        shown = branch[:4]  # the sidebar shows four levels
        current_items = re.findall(r'<li class="toctree-l(\d) current active[^"]*">', nav)
        assert current_items == [str(level) for level in range(1, len(shown) + 1)], page
        if len(branch) <= 4:  # the page itself is in the sidebar: its link is "#", marked current
            assert nav.count('<a class="current reference internal" href="#">') == 1, page
        else:  # deeper than the sidebar shows: its ancestors are current, no link is
            assert "current reference" not in nav, page
        # every current entry with pages under it is expanded, and no other (show_navbar_depth 1)
        expandable = nav.count("current active has-children")
        assert (
            len(re.findall(r"current active has-children\"><a [^>]*>[^<]*</a><details open=\"open\">", nav))
            == expandable
        )
        assert nav.count('<details open="open">') == expandable
        assert 'class="current nav bd-sidenav"' in nav  # the part that holds the page
        assert nav.count("current nav bd-sidenav") == 1
        assert re.search(r'<summary aria-label="Show or hide the pages of Chapter 1">', nav)  # toggles keep their names
    outside = _sidebar(site / "genindex.html")
    assert "current" not in outside.replace("bd-toc-item navbar-nav active", "")


def test_markup_that_no_longer_lines_up_stops_the_build() -> None:
    with pytest.raises(SidebarTemplateError):
        _Rendered("<ul><li>a</li></ul>", "<ul><li>b</li></ul>", [], {})
    with pytest.raises(SidebarTemplateError):
        _Rendered("<p>a</p><ul></ul>", '<p class="current">a</p><ul></ul>', [], {})
    rendered = _Rendered(
        '<ul><li class="l1"><a class="x" href="ff-sidebar-slot-0-">A</a></li></ul>',
        '<ul class="current"><li class="l1 current"><a class="current x" href="ff-sidebar-slot-0-">A</a></li></ul>',
        ["a"],
        {"a": ["b"]},
    )
    assert rendered.marks["a"] and rendered.marks["b"] and "c" not in rendered.marks
    assert [text for _, text in rendered.marks["b"]] == [' class="current"', " current"]


def test_a_page_the_cache_cannot_serve_gets_the_themes_own_template() -> None:
    """The 404 page (its toctree() is sphinx-notfound-page's) and any page of another builder:
    the theme's own template renders its navigation, as in a stock build (the builds above
    compare the result byte for byte); the engine's render is still offered, and falls back."""
    app = SimpleNamespace(builder=SimpleNamespace(name="not-html"))
    context: dict[str, Any] = {"sidebars": ["navbar-logo.html", TEMPLATE], "toctree": lambda **_: ""}
    SidebarCache(app, theme_has_template=True).offer(context)
    assert context["sidebars"] == ["navbar-logo.html", THEIRS]
    assert callable(context["ff_sidebar_nav"])
    another_theme: dict[str, Any] = {"sidebars": ["navbar-logo.html", TEMPLATE]}
    SidebarCache(app, theme_has_template=False).offer(another_theme)
    assert another_theme["sidebars"] == ["navbar-logo.html", TEMPLATE]
    # a page it serves (the html builder's own, with the builder's own toctree()) keeps ours
    html = SimpleNamespace(builder=object.__new__(StandaloneHTMLBuilder))
    served: dict[str, Any] = {"sidebars": [TEMPLATE], "toctree": StandaloneHTMLBuilder._get_local_toctree}
    SidebarCache(html, theme_has_template=True).offer(served)
    assert served["sidebars"] == [TEMPLATE]

"""The compact search index (textbook/sphinx_ext/search_index.py) in the browser: the book's
search page, built with it and with Sphinx's own index (FF_STOCK_SEARCH_INDEX=1), gives the
same results for the same queries (titles, links, order, scores, summaries), searchtools.js
holds the same index object, and the console stays clean."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from tests.conftest import run_textbook
from textbook.sphinx_ext.search_index import DECODER, STOCK_SEARCH_INDEX_SWITCH

pytestmark = [pytest.mark.browser, pytest.mark.slow]

QUERIES = [
    "boundary",  # many pages, words and titles
    "gift policy",  # two words, both required
    "Professional boundaries",  # a page title (alltitles)
    "strengths perspective",  # a glossary term (indexentries)
    "supervis",  # a partial word
    "consent -confidentiality",  # a word excluded
    "xylophone",  # nothing
]

RESULTS = """() => ({
  status: document.querySelector("#search-results .search-summary").textContent,
  items: Array.from(document.querySelectorAll("#search-results ul.search > li")).map((li) => {
    const link = li.querySelector("a");
    const described = li.querySelector(":scope > span");
    const summary = li.querySelector("p.context");
    return {
      title: link.textContent,
      href: link.getAttribute("href"),
      score: link.dataset.score,
      description: described ? described.textContent : null,
      summary: summary ? summary.textContent : null,
    };
  }),
})"""
FINISHED = """() => {
  const status = document.querySelector("#search-results .search-summary");
  return status !== null && /^(Search finished|Your search did not match)/.test(status.textContent);
}"""


@pytest.fixture(scope="module")
def stock_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real book built with Sphinx's own search index."""
    output = tmp_path_factory.mktemp("stock-search")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(STOCK_SEARCH_INDEX_SWITCH, "1")
        result = run_textbook("build", "--output", str(output), timeout=900)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return output / "_build" / "html"


def _is_problem(message: Any) -> bool:
    """A console error or warning, other than the browser asking the test server for a favicon
    (the site has none)."""
    favicon = str(message.location.get("url", "")).endswith("/favicon.ico")
    return message.type in ("error", "warning") and not favicon


@contextmanager
def _served(folder: Path) -> Iterator[str]:
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()


def _search(browser: Any, folder: Path) -> tuple[dict[str, Any], str, list[str]]:
    """Every query's results on the search page of the site in ``folder``, the index object
    searchtools.js holds (as JSON), and the console's errors and warnings."""
    console: list[str] = []
    found: dict[str, Any] = {}
    context = browser.new_context()
    page = context.new_page()
    page.on("console", lambda message: _is_problem(message) and console.append(message.text))
    page.on("pageerror", lambda error: console.append(str(error)))
    with _served(folder) as base:
        for query in QUERIES:
            page.goto(f"{base}search.html?q={quote(query)}")
            page.wait_for_function(FINISHED, timeout=30000)
            page.wait_for_load_state("networkidle")  # every summary fetched
            found[query] = page.evaluate(RESULTS)
        index = page.evaluate("() => JSON.stringify(Search._index)")
    context.close()
    return found, index, console


def test_the_search_page_finds_the_same_with_the_compact_index(browser: Any, site: Path, stock_site: Path) -> None:
    assert (site / "searchindex.js").read_text(encoding="utf-8").startswith(DECODER)
    assert (stock_site / "searchindex.js").read_text(encoding="utf-8").startswith("Search.setIndex({")
    compact, compact_index, compact_console = _search(browser, site)
    stock, stock_index, stock_console = _search(browser, stock_site)
    assert compact_console == [] and stock_console == []
    assert compact_index == stock_index
    for query in QUERIES:
        assert compact[query] == stock[query], query
    assert len(compact["boundary"]["items"]) > 10
    assert any(item["summary"] for item in compact["boundary"]["items"])  # summaries were fetched and shown
    assert compact["xylophone"]["items"] == []
    titles = [item["title"] for item in compact["Professional boundaries"]["items"]]
    assert any("Professional boundaries" in title for title in titles)
    assert any("#term-" in item["href"] for item in compact["strengths perspective"]["items"])

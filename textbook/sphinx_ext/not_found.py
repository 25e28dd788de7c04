"""The site's 404 page, for a mistyped or outdated link: it looks like the book, and offers
search, the table of contents (the sidebar), "Your path" and the start of the book.

sphinx-notfound-page (Read the Docs) writes ``404.html`` with absolute links, so that it works
at any depth of the site. The host serves it for every missing address, so its links start from
the site's own path: ``FF_SITE_PATH`` (the deploy workflow sets it from GitHub Pages' base path),
else the path of ``html_baseurl``, else ``/``.
"""

from __future__ import annotations

import html
import os
from urllib.parse import urlparse

from sphinx.application import Sphinx
from sphinx.config import Config

SITE_PATH_VARIABLE = "FF_SITE_PATH"


def site_path(configured: str | None, baseurl: str | None) -> str:
    """The path the site is served under, as "/" or "/name/" (pure)."""
    path = configured if configured else urlparse(baseurl or "").path
    path = "/" + (path or "").strip("/")
    return path if path == "/" else path + "/"


def not_found_body(prefix: str) -> str:
    """The 404 page's content: what happened, and where to go from here (pure)."""
    link = lambda page, text: f'<a href="{html.escape(prefix + page)}">{html.escape(text)}</a>'  # noqa: E731
    return (
        "<h1>Page not found</h1>\n"
        "<p>There is no page at this address. The link may be mistyped, or the page may have moved.</p>\n"
        f'<form class="ff-not-found-search" action="{html.escape(prefix)}search.html" method="get" role="search">\n'
        '<label for="ff-not-found-q">Search the book</label>\n'
        '<input type="search" id="ff-not-found-q" name="q" />\n'
        '<button type="submit" class="btn btn-primary">Search</button>\n'
        "</form>\n"
        "<h2>Find your way</h2>\n<ul>\n"
        f"<li>{link('book/intro.html', 'The start of the book')}: welcome, and how the book works</li>\n"
        f"<li>{link('book/your-path.html', 'Your path')}: every chapter in the required order, with your progress</li>\n"
        f"<li>{link('book/readiness.html', 'The readiness check')}: where to start</li>\n"
        f"<li>{link('book/glossary.html', 'The glossary')}: every key term</li>\n"
        "</ul>\n<p>The table of contents is in the menu of every page.</p>\n"
    )


def _configure(app: Sphinx, config: Config) -> None:
    prefix = site_path(os.environ.get(SITE_PATH_VARIABLE), getattr(config, "html_baseurl", ""))
    config.notfound_urls_prefix = prefix
    config.notfound_context = {"title": "Page not found", "body": not_found_body(prefix)}


def setup_not_found(app: Sphinx) -> None:
    app.setup_extension("notfound.extension")
    app.connect("config-inited", _configure, priority=400)  # before the extension checks its settings

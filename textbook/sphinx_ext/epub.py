"""The EPUB edition: static pages that e-readers and epubcheck accept. No scripts (exercises
read as questions, and their answers are in the answer key appendix), and only the plain
stylesheets of Sphinx's EPUB theme."""

from __future__ import annotations

import re
from typing import Any

from sphinx.application import Sphinx

SCRIPT = re.compile(r"<(script|noscript)\b[^>]*>.*?</\1>\s*", re.DOTALL)


def without_scripts(body: str) -> str:
    """The page body without scripts (the exercises' data, read only by the web runtime, and
    the snippets other extensions add to every page) or noscript notes (pure)."""
    return SCRIPT.sub("", body)


def _on_html_page_context(app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any) -> None:
    if not app.builder.name.startswith("epub"):
        return  # its scripts and stylesheets are filtered with every page's, in assets.py
    if isinstance(context.get("body"), str):
        context["body"] = without_scripts(context["body"])


def setup_epub(app: Sphinx) -> None:
    app.connect("html-page-context", _on_html_page_context, priority=950)

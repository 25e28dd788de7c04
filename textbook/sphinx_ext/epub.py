"""The EPUB edition: static pages that e-readers and epubcheck accept. No scripts (exercises
read as questions, and their answers are in the answer key appendix), and only the plain
stylesheets of Sphinx's EPUB theme."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx

from textbook.sphinx_ext.offline import asset_name

EPUB_STYLESHEETS = ("epub.css", "pygments.css")
SCRIPT = re.compile(r"<(script|noscript)\b[^>]*>.*?</\1>\s*", re.DOTALL)
STATIC = Path(__file__).parent / "static"


def without_scripts(body: str) -> str:
    """The page body without scripts (the exercises' data, read only by the web runtime, and
    the snippets other extensions add to every page) or noscript notes (pure)."""
    return SCRIPT.sub("", body)


def _on_html_page_context(app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any) -> None:
    if not app.builder.name.startswith("epub"):
        return
    context["script_files"] = []
    context["css_files"] = [c for c in context.get("css_files", []) if asset_name(c) in EPUB_STYLESHEETS]
    if isinstance(context.get("body"), str):
        context["body"] = without_scripts(context["body"])


def _leave_out_web_assets(app: Sphinx) -> None:
    """The web runtime's files are copied to _static; keep them out of the EPUB package."""
    if app.builder.name.startswith("epub"):
        app.config.epub_exclude_files = [
            *app.config.epub_exclude_files,
            *(f"_static/{p.name}" for p in STATIC.iterdir()),
        ]


def setup_epub(app: Sphinx) -> None:
    app.connect("builder-inited", _leave_out_web_assets)
    app.connect("html-page-context", _on_html_page_context, priority=950)

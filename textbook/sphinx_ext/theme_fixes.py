"""Fixes to the stock theme (Jupyter Book 1, sphinx-book-theme 1.3.0, pydata-sphinx-theme 0.17.1)
so that every page works on a phone and logs nothing to the console.

- **Drawers.** The themes wire only the first sidebar toggle of each kind, which
  sphinx-book-theme hides, so on a phone the table of contents never opened
  (pydata-sphinx-theme #2451). ``static/ff-drawers.js`` hands every other toggle's click to the
  wired one. It is about 1 KB, on every page (``assets.py`` adds it); the EPUB has no scripts.
- **Colour mode.** Nothing sets the theme's ``default_mode``, so every page logged "Got invalid
  theme mode: . Resetting to auto." The page context now says ``auto`` (a reader's own choice,
  kept by the theme in the browser, still wins).
- **Thebe.** The book has no code to run, but Jupyter Book loads sphinx-thebe on every page and
  inlines its snippet twice ("Identifier 'THEBE_JS_URL' has already been declared"): ``assets.py``
  drops its script, snippet and stylesheet.
- **Download menu.** The header's download menu offered each page's MyST source (``.md``), which
  means nothing to a learner: only "Print to PDF" stays.
- **Back to top.** The theme's pill sat over the text, mid-screen; it moves to a corner, in dark
  text on the orange, which white text failed WCAG's contrast ratio (``static/ff-theme.css``, on
  every page).
"""

from __future__ import annotations

from typing import Any

from docutils import nodes
from sphinx.application import Sphinx


def without_source_download(buttons: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The header buttons with the "Download source file" entry taken out of every menu (pure)."""
    kept = []
    for button in buttons:
        if button.get("label") == "download-source-button":
            continue
        if isinstance(button.get("buttons"), list):
            button = {**button, "buttons": without_source_download(button["buttons"])}
        kept.append(button)
    return kept


def _on_html_page_context(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: nodes.document | None
) -> None:
    if isinstance(context.get("header_buttons"), list):  # filled by sphinx-book-theme at priority 501
        context["header_buttons"] = without_source_download(context["header_buttons"])
    if not context.get("default_mode"):
        context["default_mode"] = "auto"


def setup_theme_fixes(app: Sphinx) -> None:
    app.connect("html-page-context", _on_html_page_context, priority=900)

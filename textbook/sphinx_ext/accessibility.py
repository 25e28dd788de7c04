"""Accessibility fixes to the theme's HTML that its templates do not offer as options."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx

# The sidebar's expandable sections: a link, then <details><summary> holding only an icon.
_TOGGLE = re.compile(r"(<a\b[^>]*>(?P<title>.*?)</a>\s*<details\b[^>]*>\s*)<summary>", re.DOTALL)


def name_toc_toggles(toctree_html: str) -> str:
    """Give each sidebar toggle an accessible name taken from the link before it (pure)."""

    def label(match: re.Match[str]) -> str:
        title = html.unescape(re.sub(r"<[^>]+>", "", match["title"])).strip()
        name = html.escape(f"Show or hide the pages of {title}", quote=True)
        return f'{match.group(1)}<summary aria-label="{name}">'

    return _TOGGLE.sub(label, toctree_html)


def name_soup_toggles(soup: Any) -> Any:
    """The same fix on a BeautifulSoup tree (the theme returns one for some calls)."""
    for summary in soup.find_all("summary"):
        link = summary.parent.find_previous_sibling("a") if summary.parent is not None else None
        if link is not None and not summary.get("aria-label"):
            summary["aria-label"] = f"Show or hide the pages of {link.get_text(strip=True)}"
    return soup


def _wrap(generate: Callable[..., Any]) -> Callable[..., Any]:
    def generate_named(*args: Any, **kwargs: Any) -> Any:
        result = generate(*args, **kwargs)
        if isinstance(result, str):
            return type(result)(name_toc_toggles(str(result)))  # keeps Markup as Markup
        if hasattr(result, "find_all"):
            return name_soup_toggles(result)
        return result

    return generate_named


def fix_citation_roles(body: str) -> str:
    """docutils marks each reference ``doc-biblioentry`` inside a ``role="list"``; axe-core
    (ARIA 1.2) needs the items of a list to be ``listitem`` (pure)."""
    return body.replace('role="doc-biblioentry"', 'role="listitem"')


def _on_html_page_context(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: nodes.document | None
) -> None:
    if isinstance(context.get("body"), str):
        context["body"] = fix_citation_roles(context["body"])
    generate = context.get("generate_toctree_html")
    if callable(generate):
        context["generate_toctree_html"] = _wrap(generate)


def setup_accessibility(app: Sphinx) -> None:
    app.connect("html-page-context", _on_html_page_context, priority=900)  # after the theme's own handler

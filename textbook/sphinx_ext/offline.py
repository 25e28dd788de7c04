"""No third-party requests: drop CDN scripts (MathJax) from pages that have no math."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx


def is_remote(url: str | None) -> bool:
    """Whether an asset is fetched from another host (inline scripts have no URL)."""
    return bool(url) and str(url).startswith(("http://", "https://", "//"))


def asset_url(asset: Any) -> str | None:
    """The URL of a script or stylesheet in Sphinx's page context (None for inline scripts)."""
    url = getattr(asset, "filename", asset)
    return str(url) if url else None


def asset_name(asset: Any) -> str:
    """The file name of a script or stylesheet in Sphinx's page context ("" for inline ones)."""
    return Path(asset_url(asset) or "").name


def _on_html_page_context(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: nodes.document | None
) -> None:
    if doctree is not None and any(doctree.findall(lambda n: isinstance(n, (nodes.math, nodes.math_block)))):
        return
    scripts = context.get("script_files")
    if scripts is not None:
        context["script_files"] = [s for s in scripts if not is_remote(asset_url(s))]


def setup_offline(app: Sphinx) -> None:
    app.connect("html-page-context", _on_html_page_context, priority=900)

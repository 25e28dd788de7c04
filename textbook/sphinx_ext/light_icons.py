"""Page weight: replace the theme's 1.5 MB icon script with a small stylesheet, and keep the
search index to the search page (see templates/layout.html).

pydata-sphinx-theme loads ``fontawesome.js`` (about 530 KB gzip) on every page to draw a
dozen icons. Our template override drops that script, and ``ff-icons.css`` draws the icons the
pages use with the icon font the theme's stylesheet already declares (fonts load only when used).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx
from sphinx.config import Config

from textbook.sphinx_ext.offline import asset_name

TEMPLATES = Path(__file__).parent / "templates"


def _add_templates(app: Sphinx, config: Config) -> None:
    config.templates_path = [str(TEMPLATES), *config.templates_path]  # before the theme's own


RUNTIME_MARKERS = (
    'class="ff-exercise"',
    "before-you-start",
    "ff-chapter-progress",
    'class="ff-path',
    "ff-readiness",
    "ff-progress-tools",
    "ff-continue",
)
RUNTIME_ASSETS = (
    "ff-manifest.js",
    "ff-check.js",
    "ff-progress.js",
    "ff-exercises.js",
    "ff-readiness.js",
    "ff.css",
    "ff-readiness.css",
)


def needs_runtime(body: str) -> bool:
    """Whether a page has anything the browser runtime fills in (exercises, progress, boxes)."""
    return any(marker in body for marker in RUNTIME_MARKERS)


def _drop_unused_runtime(app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any) -> None:
    """Pages with no exercise, progress or box (references, search) do not load the runtime."""
    if needs_runtime(str(context.get("body", ""))):
        return
    for key in ("script_files", "css_files"):
        assets = context.get(key)
        if assets is not None:
            context[key] = [a for a in assets if asset_name(a) not in RUNTIME_ASSETS]


STOCK_ASSETS_SWITCH = "FF_STOCK_THEME_ASSETS"  # =1: build with the theme's own assets (a baseline for benchmarks)


def setup_light_icons(app: Sphinx) -> None:
    if os.environ.get(STOCK_ASSETS_SWITCH) == "1":
        return
    app.connect("config-inited", _add_templates)
    app.connect("html-page-context", _drop_unused_runtime, priority=900)
    app.add_css_file("ff-icons.css")

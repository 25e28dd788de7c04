"""Page weight: replace the theme's 1.5 MB icon script with a small stylesheet, and keep the
search index to the search page (see templates/layout.html).

pydata-sphinx-theme loads ``fontawesome.js`` (about 530 KB gzip) on every page to draw a
dozen icons. Our template override drops that script, and ``ff-icons.css`` draws the icons the
pages use with the icon font the theme's stylesheet already declares (fonts load only when used).
"""

from __future__ import annotations

import os
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.config import Config

from textbook.sphinx_ext.assets import STOCK_ASSETS_SWITCH

TEMPLATES = Path(__file__).parent / "templates"


def _add_templates(app: Sphinx, config: Config) -> None:
    config.templates_path = [str(TEMPLATES), *config.templates_path]  # before the theme's own


def setup_light_icons(app: Sphinx) -> None:
    if os.environ.get(STOCK_ASSETS_SWITCH) == "1":
        return
    app.connect("config-inited", _add_templates)

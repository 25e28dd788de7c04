"""The drawers on a narrow screen: every sidebar toggle a reader sees opens its drawer.

The themes wire only the first toggle of each kind, which sphinx-book-theme hides, so on a
phone the table of contents never opened (see ``static/ff-drawers.js``). The script is small
(about 1 KB) and loads on every page of the site; the EPUB drops it with every other script.
"""

from __future__ import annotations

from sphinx.application import Sphinx


def setup_drawers(app: Sphinx) -> None:
    app.add_js_file("ff-drawers.js", loading_method="defer")

"""The Sphinx adapter: wires the engine's features into a Jupyter Book build.

One module per feature, each with its own ``setup_*(app)``; this module only wires them.
"""

from __future__ import annotations

from typing import Any

from sphinx.application import Sphinx

from textbook import __version__
from textbook.sphinx_ext.accessibility import setup_accessibility
from textbook.sphinx_ext.before_you_start import setup_before_you_start
from textbook.sphinx_ext.exercises import setup_exercises
from textbook.sphinx_ext.glossary_index import setup_glossary_index
from textbook.sphinx_ext.light_icons import setup_light_icons
from textbook.sphinx_ext.offline import setup_offline
from textbook.sphinx_ext.order_check import setup_order_check
from textbook.sphinx_ext.progress import setup_progress


def setup(app: Sphinx) -> dict[str, Any]:
    setup_order_check(app)
    setup_before_you_start(app)
    setup_glossary_index(app)
    setup_exercises(app)
    setup_progress(app)
    setup_offline(app)
    setup_accessibility(app)
    setup_light_icons(app)
    return {"version": __version__, "parallel_read_safe": True, "parallel_write_safe": True}

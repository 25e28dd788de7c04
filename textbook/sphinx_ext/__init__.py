"""The Sphinx adapter: wires the engine's features into a Jupyter Book build.

One module per feature, each with its own ``setup_*(app)``; this module only wires them.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx

from textbook import __version__
from textbook.sphinx_ext.accessibility import setup_accessibility
from textbook.sphinx_ext.answer_key import setup_answer_key
from textbook.sphinx_ext.assets import setup_assets
from textbook.sphinx_ext.before_you_start import setup_before_you_start
from textbook.sphinx_ext.bibliography_cache import setup_bibliography_cache
from textbook.sphinx_ext.bibtex_latex import setup_bibtex_latex
from textbook.sphinx_ext.book_rules import setup_book_rules
from textbook.sphinx_ext.containment import setup_containment
from textbook.sphinx_ext.download_links import setup_download_links
from textbook.sphinx_ext.epub import setup_epub
from textbook.sphinx_ext.exercises import setup_exercises
from textbook.sphinx_ext.garbage_collector import setup_garbage_collector
from textbook.sphinx_ext.glossary_index import setup_glossary_index
from textbook.sphinx_ext.light_icons import setup_light_icons
from textbook.sphinx_ext.not_found import setup_not_found
from textbook.sphinx_ext.numbering import setup_numbering
from textbook.sphinx_ext.progress import setup_progress
from textbook.sphinx_ext.pybtex_plugins import setup_pybtex_plugins
from textbook.sphinx_ext.readiness_check import setup_readiness_check
from textbook.sphinx_ext.reference_names import setup_reference_names
from textbook.sphinx_ext.review import setup_review
from textbook.sphinx_ext.roster import setup_roster
from textbook.sphinx_ext.search_index import setup_search_index
from textbook.sphinx_ext.shared import setup_shared
from textbook.sphinx_ext.sidebar import setup_sidebar
from textbook.sphinx_ext.state import setup_state
from textbook.sphinx_ext.stem_cache import setup_stem_cache
from textbook.sphinx_ext.template_cache import setup_template_cache
from textbook.sphinx_ext.theme_fixes import setup_theme_fixes
from textbook.sphinx_ext.way_through import setup_way_through


def engine_version() -> int:
    """A number that changes whenever the engine's code or assets change, so that Sphinx
    re-reads every page after an engine update instead of reusing stale doctrees."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).resolve().parent.parent.rglob("*")):
        if path.suffix in (".py", ".js", ".css", ".html") and path.is_file():
            digest.update(path.read_bytes())
    return int(digest.hexdigest()[:8], 16)


def setup(app: Sphinx) -> dict[str, Any]:
    setup_containment(app)  # first: it reads the spine and refuses unsafe sources before anything reads them
    setup_shared(app)
    setup_state(app)
    setup_assets(app)
    setup_book_rules(app)
    setup_before_you_start(app)
    setup_glossary_index(app)
    setup_exercises(app)
    setup_answer_key(app)
    setup_progress(app)
    setup_readiness_check(app)
    setup_roster(app)
    setup_review(app)
    setup_way_through(app)
    setup_numbering(app)
    setup_not_found(app)
    setup_accessibility(app)
    setup_theme_fixes(app)
    setup_light_icons(app)
    setup_sidebar(app)
    setup_stem_cache(app)
    setup_pybtex_plugins(app)
    setup_bibtex_latex(app)
    setup_reference_names(app)  # before the cache wraps the style
    setup_bibliography_cache(app)
    setup_template_cache(app)
    setup_search_index(app)
    setup_epub(app)
    setup_download_links(app)
    setup_garbage_collector(app)
    return {
        "version": __version__,
        "env_version": engine_version(),
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }

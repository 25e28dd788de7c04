"""The spine of the book being built, read once per build and shared by the features."""

from __future__ import annotations

from pathlib import Path
from weakref import WeakKeyDictionary

from sphinx.application import Sphinx

from textbook.commands.build import take_handed_over_spine
from textbook.model.spine import Spine, load_spine

_SPINES: WeakKeyDictionary[Sphinx, Spine] = WeakKeyDictionary()


def reload_spine(app: Sphinx) -> Spine:
    """Read the spine from the sources at the start of every build (or take the one `textbook
    build` read and checked a moment before for this book: the sources are read once)."""
    _SPINES[app] = take_handed_over_spine(Path(app.srcdir)) or load_spine(Path(app.srcdir))
    return _SPINES[app]


def current_spine(app: Sphinx) -> Spine:
    """The spine read at the start of this build (read now if it was not)."""
    return _SPINES.get(app) or reload_spine(app)

"""The bibliography's output backends resolved once per process, not once per entry (#16).

sphinxcontrib-bibtex formats every reference with pybtex, whose rich text looks up its output
backend by name each time it is rendered (``pybtex.richtext.BaseText.render_as`` calls
``find_plugin("pybtex.backends", name)``), and pybtex answers each lookup by scanning every
installed package's entry points: this book's 72 references made 236 such scans, about a second
of every build, clean or incremental (`benchmarks/README.md`). pybtex checks the plugins
registered with its public ``register_plugin`` before the entry points, so the engine registers
each backend the entry points name, once, under the same name: every lookup then returns the
class it returned before, without the scan. A pybtex without ``register_plugin`` stops the
build at start-up (an import error names it), rather than quietly losing the saving.
"""

from __future__ import annotations

from importlib.metadata import entry_points

from pybtex.plugin import register_plugin
from sphinx.application import Sphinx

BACKENDS = "pybtex.backends"  # an alias ("text") is still found as pybtex finds it: unused here


def register_backends() -> dict[str, type]:
    """Register every pybtex output backend the installed packages declare, under its name,
    keeping the first of a name as pybtex's own lookup does; return what was registered."""
    registered: dict[str, type] = {}
    for entry_point in entry_points(group=BACKENDS):
        if entry_point.name not in registered:
            registered[entry_point.name] = entry_point.load()
            register_plugin(BACKENDS, entry_point.name, registered[entry_point.name], force=True)
    return registered


def setup_bibtex_backends(app: Sphinx) -> None:
    register_backends()

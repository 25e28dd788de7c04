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

Only the backends sphinxcontrib-bibtex asks for by name are registered: ``plaintext`` (each
citation resolved, in its domain) and ``docutils`` (its roles and transforms). Registering one
costs a scan itself (``register_plugin`` looks for an entry point of that name, even to
overwrite it), so registering the three others, which no build asks for, cost three scans to
save none; they are still found as pybtex finds them.
"""

from __future__ import annotations

from importlib.metadata import entry_points

from pybtex.plugin import register_plugin
from sphinx.application import Sphinx

BACKENDS = "pybtex.backends"  # an alias ("text") is still found as pybtex finds it: unused here
USED = ("plaintext", "docutils")  # the backends sphinxcontrib-bibtex looks up by name


def register_backends(names: tuple[str, ...] = USED) -> dict[str, type]:
    """Register the pybtex output backends of these names that the installed packages declare,
    the first of a name as pybtex's own lookup finds it; return what was registered."""
    registered: dict[str, type] = {}
    for entry_point in entry_points(group=BACKENDS):
        if entry_point.name in names and entry_point.name not in registered:
            registered[entry_point.name] = entry_point.load()
            register_plugin(BACKENDS, entry_point.name, registered[entry_point.name], force=True)
    return registered


def setup_bibtex_backends(app: Sphinx) -> None:
    register_backends()

"""pybtex's plugins found from one reading of the installed packages' entry points (#16).

pybtex finds every plugin by name (a formatting, name, label or sorting style, an output
backend) in the plugins registered with its ``register_plugin``, then among the installed
packages' entry points, which it scans for each look-up (``importlib.metadata.entry_points``,
about 6 ms here), and ``register_plugin`` scans them too, even to overwrite. Rendering a
reference looks up its output backend by name each time (``BaseText.render_as``): this book's
references made 236 scans a build before #16, and set-up and sphinxcontrib-bibtex's styles
still made eleven.

The installed packages do not change while the engine runs, so it reads the entry points once
per process and gives pybtex's plugin module an ``entry_points`` that answers from that reading,
each question once (``read_once``): every look-up finds the same entry point, so the same class,
as before. pybtex's table of registered plugins is still read first, as before. If pybtex no
longer looks up its plugins through a module-level ``entry_points``, nothing is changed and a
test fails, so an upgrade is noticed rather than silently slower.
"""

from __future__ import annotations

import functools
from importlib import metadata
from typing import Any

import pybtex.plugin
from sphinx.application import Sphinx


@functools.cache
def _installed() -> metadata.SelectableGroups:
    """Every entry point of the installed packages, read once: ``entry_points(**params)`` is
    this reading's ``select(**params)``."""
    return metadata.entry_points()


@functools.cache
def _selected(params: tuple[tuple[str, Any], ...]) -> metadata.EntryPoints | metadata.SelectableGroups:
    return _installed().select(**dict(params))


def read_once(**params: Any) -> metadata.EntryPoints | metadata.SelectableGroups:
    """``importlib.metadata.entry_points(**params)``, answered from one reading per process."""
    return _selected(tuple(sorted(params.items())))


def install() -> bool:
    """Give pybtex's plugin look-ups ``read_once``; whether they now use it."""
    if getattr(pybtex.plugin, "entry_points", None) not in (metadata.entry_points, read_once):
        return False
    pybtex.plugin.entry_points = read_once
    return True


def setup_pybtex_plugins(app: Sphinx) -> None:
    install()

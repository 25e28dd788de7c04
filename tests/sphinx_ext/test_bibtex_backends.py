"""pybtex's output backends are registered once: every lookup returns the class the entry
points name, without scanning the installed packages again."""

from __future__ import annotations

import re
from importlib.metadata import entry_points
from pathlib import Path

import pybtex.plugin
import pytest
import sphinxcontrib.bibtex
from pybtex.plugin import find_plugin
from pybtex.richtext import Text

from textbook.sphinx_ext.bibtex_backends import USED, register_backends


def test_every_backend_is_the_one_the_entry_points_name() -> None:
    declared = {point.name: point for point in reversed(list(entry_points(group="pybtex.backends")))}  # the first
    assert {"plaintext", "html", "latex", "docutils"} <= set(declared)
    assert register_backends() == {name: declared[name].load() for name in ("plaintext", "docutils")}
    assert set(register_backends(tuple(declared))) == set(declared)
    for name, point in declared.items():
        assert find_plugin("pybtex.backends", name) is point.load()
    assert find_plugin("pybtex.backends", "text") is find_plugin("pybtex.backends", "plaintext")  # an alias


def test_the_backends_registered_are_those_sphinxcontrib_bibtex_asks_for() -> None:
    """sphinxcontrib-bibtex looks up no other backend by name (if it starts to, add it to USED:
    each of its lookups would scan the installed packages again)."""
    asked = {
        name
        for path in Path(sphinxcontrib.bibtex.__file__).parent.rglob("*.py")
        for name in re.findall(r'find_plugin\(\s*"pybtex\.backends",\s*"(\w+)"', path.read_text(encoding="utf-8"))
    }
    assert asked == set(USED)


def test_lookups_no_longer_scan_the_packages(monkeypatch: pytest.MonkeyPatch) -> None:
    register_backends()

    def no_scan(**_: str) -> None:
        raise AssertionError("pybtex scanned the entry points")

    monkeypatch.setattr(pybtex.plugin, "entry_points", no_scan)
    assert Text("Roediger, ", "H. L.").render_as("plaintext") == "Roediger, H. L."
    assert "<" not in Text("a & b").render_as("plaintext")


def test_an_unknown_backend_is_still_an_error() -> None:
    register_backends()
    with pytest.raises(pybtex.plugin.PluginNotFound):
        find_plugin("pybtex.backends", "no-such-backend")

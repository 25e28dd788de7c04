"""pybtex's output backends are registered once: every lookup returns the class the entry
points name, without scanning the installed packages again."""

from __future__ import annotations

from importlib.metadata import entry_points

import pybtex.plugin
import pytest
from pybtex.plugin import find_plugin
from pybtex.richtext import Text

from textbook.sphinx_ext.bibtex_backends import register_backends


def test_every_backend_is_the_one_the_entry_points_name() -> None:
    registered = register_backends()
    declared = {point.name: point for point in entry_points(group="pybtex.backends")}
    assert {"plaintext", "html", "latex", "docutils"} <= set(declared)
    for name, point in declared.items():
        assert registered[name] is point.load()
        assert find_plugin("pybtex.backends", name) is point.load()
    assert find_plugin("pybtex.backends", "text") is find_plugin("pybtex.backends", "plaintext")  # an alias


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

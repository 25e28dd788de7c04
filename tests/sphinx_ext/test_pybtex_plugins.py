"""pybtex finds its plugins from one reading of the installed packages' entry points: the same
classes as a scan finds, without scanning again."""

from __future__ import annotations

from importlib import metadata

import pybtex.plugin
import pytest
from pybtex.plugin import PluginNotFound, find_plugin
from pybtex.richtext import Text

from textbook.sphinx_ext import pybtex_plugins
from textbook.sphinx_ext.pybtex_plugins import install, read_once

GROUPS = (
    "pybtex.backends",
    "pybtex.style.formatting",
    "pybtex.style.names",
    "pybtex.style.labels",
    "pybtex.style.sorting",
    "pybtex.database.input",
)


def test_every_question_gets_the_answer_a_scan_gives() -> None:
    for group in GROUPS:
        scanned = tuple(metadata.entry_points(group=group))
        assert scanned, group
        assert tuple(read_once(group=group)) == scanned
        for point in scanned:
            by_name = tuple(metadata.entry_points(group=group, name=point.name))
            assert tuple(read_once(group=group, name=point.name)) == by_name
            assert tuple(read_once(name=point.name, group=group)) == by_name
    assert tuple(read_once(group="pybtex.backends", name="no-such-backend")) == ()


def test_pybtex_looks_up_through_it_and_no_longer_scans(monkeypatch: pytest.MonkeyPatch) -> None:
    assert install()
    assert pybtex.plugin.entry_points is read_once
    for group in GROUPS:
        for point in metadata.entry_points(group=group):
            read_once(group=group, name=point.name)  # the questions a build asks, answered once
            point.load()  # imported before the scan is forbidden: a module imported meanwhile would keep no_scan

    def no_scan(**_: str) -> None:
        raise AssertionError("pybtex scanned the entry points")

    monkeypatch.setattr(pybtex_plugins.metadata, "entry_points", no_scan)
    # none registered at run time (the engine's own APA style is, once a build has run in this
    # process): every look-up goes to the entry points
    monkeypatch.setattr(pybtex.plugin, "_RUNTIME_PLUGINS", {})
    for group in GROUPS:
        for point in read_once(group=group):
            assert find_plugin(group, point.name) is point.load()
    assert Text("Roediger, ", "H. L.").render_as("plaintext") == "Roediger, H. L."
    assert "<" not in Text("a & b").render_as("plaintext")
    assert find_plugin("pybtex.backends", "text") is find_plugin("pybtex.backends", "plaintext")  # an alias


def test_an_unknown_plugin_is_still_an_error() -> None:
    install()
    with pytest.raises(PluginNotFound):
        find_plugin("pybtex.backends", "no-such-backend")
    with pytest.raises(PluginNotFound):
        find_plugin("pybtex.style.formatting", "no-such-style")


def test_a_pybtex_that_looks_up_otherwise_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    def its_own(**_: str) -> metadata.EntryPoints:
        return metadata.EntryPoints(())

    monkeypatch.setattr(pybtex.plugin, "entry_points", its_own)
    assert not install()
    assert pybtex.plugin.entry_points is its_own

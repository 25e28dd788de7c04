"""The collector set for a build's run: objects alive at the start frozen, young collections
less often, and everything set back at the end of each build, failed or not."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest

from textbook.sphinx_ext import garbage_collector
from textbook.sphinx_ext.garbage_collector import BUILD_THRESHOLDS, STOCK_GC_SWITCH, set_back, set_for_build


@pytest.fixture(autouse=True)
def collector_as_found(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[int, int, int]]:
    """Python's collector as the test found it, and as each test must leave it."""
    monkeypatch.delenv(STOCK_GC_SWITCH, raising=False)
    before = gc.get_threshold()
    assert gc.get_freeze_count() == 0 and garbage_collector._saved == []
    yield before
    set_back()
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0 and gc.isenabled()


def test_a_build_freezes_what_is_alive_and_collects_less_often(collector_as_found: tuple[int, int, int]) -> None:
    alive = {"kept": [1, 2, 3]}
    assert any(tracked is alive for tracked in gc.get_objects())
    assert set_for_build() is True
    assert gc.get_threshold() == BUILD_THRESHOLDS != collector_as_found
    assert gc.get_freeze_count() > 0 and gc.isenabled()
    assert not any(tracked is alive for tracked in gc.get_objects())  # out of the collector's reach
    set_back()
    assert gc.get_threshold() == collector_as_found and gc.get_freeze_count() == 0
    assert any(tracked is alive for tracked in gc.get_objects())  # in its reach again


class _Node:
    """An object in a reference cycle, as a doctree's nodes are (a parent and its children)."""

    def __init__(self) -> None:
        self.me = self


def test_garbage_made_during_the_build_is_still_collected() -> None:
    set_for_build()
    cycle = _Node()
    gone = weakref.ref(cycle)
    del cycle
    assert gone() is not None  # a cycle waits for the collector
    gc.collect(0)
    assert gone() is None  # only what was alive before is frozen
    set_back()


def test_a_second_start_changes_nothing_and_one_end_sets_everything_back(
    collector_as_found: tuple[int, int, int],
) -> None:
    assert set_for_build() is True
    assert set_for_build() is False
    set_back()
    assert gc.get_threshold() == collector_as_found and gc.get_freeze_count() == 0
    set_back()  # an end with nothing to set back changes nothing
    assert gc.get_threshold() == collector_as_found


def test_a_collector_switched_off_is_left_alone(collector_as_found: tuple[int, int, int]) -> None:
    gc.disable()
    try:
        assert set_for_build() is False
        assert gc.get_threshold() == collector_as_found and gc.get_freeze_count() == 0
    finally:
        gc.enable()


def test_a_process_that_froze_objects_itself_is_left_alone(collector_as_found: tuple[int, int, int]) -> None:
    its_own = {"frozen": "by the process"}
    gc.freeze()
    try:
        assert set_for_build() is False
        set_back()
        # still frozen: not back in the collector's reach (the count itself can fall by one as
        # a frozen temporary is freed, so the object is what is checked)
        assert gc.get_freeze_count() > 0 and not any(tracked is its_own for tracked in gc.get_objects())
        assert gc.get_threshold() == collector_as_found
    finally:
        gc.unfreeze()


def test_the_switch_leaves_pythons_settings(
    monkeypatch: pytest.MonkeyPatch, collector_as_found: tuple[int, int, int]
) -> None:
    monkeypatch.setenv(STOCK_GC_SWITCH, "1")
    assert set_for_build() is False
    assert gc.get_threshold() == collector_as_found and gc.get_freeze_count() == 0


# A real build, in this process: set while it runs, set back when it ends, built or failed


@pytest.fixture
def book(tmp_path: Path) -> Path:
    from benchmarks.generate import generate_configured_book

    root = generate_configured_book(tmp_path / "book", 1)
    return root


def _build_watched(book: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[int, list[tuple[tuple[int, int, int], int]]]:
    """Build ``book``; its status and the collector's (thresholds, frozen objects) at its end."""
    from textbook.commands.build import build_site
    from textbook.sphinx_ext import state

    seen: list[tuple[tuple[int, int, int], int]] = []
    real_set_back = garbage_collector.set_back

    def watched() -> None:
        seen.append((gc.get_threshold(), gc.get_freeze_count()))
        real_set_back()

    monkeypatch.setattr(garbage_collector, "set_back", watched)
    state._FACT_MAKERS.clear()
    return build_site(book), seen


def test_a_build_runs_with_the_build_settings_and_ends_as_it_started(
    book: Path, monkeypatch: pytest.MonkeyPatch, collector_as_found: tuple[int, int, int]
) -> None:
    status, seen = _build_watched(book, monkeypatch)
    assert status == 0
    assert len(seen) == 1 and seen[0][0] == BUILD_THRESHOLDS and seen[0][1] > 10_000  # the imports, frozen
    assert gc.get_threshold() == collector_as_found and gc.get_freeze_count() == 0


def test_a_failed_build_ends_as_it_started_too(
    book: Path, monkeypatch: pytest.MonkeyPatch, collector_as_found: tuple[int, int, int]
) -> None:
    page = book / "book" / "foundations" / "001-c1" / "page-1.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nA {doc}`link to nowhere <no-such-page>`.\n", "utf-8")
    status, seen = _build_watched(book, monkeypatch)
    assert status != 0  # the broken link is an error
    assert len(seen) == 1 and seen[0][0] == BUILD_THRESHOLDS
    assert gc.get_threshold() == collector_as_found and gc.get_freeze_count() == 0

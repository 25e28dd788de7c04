"""The spine's look-ups answer as a scan of its lists would, after the lists change too."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from tests.conftest import ROOT
from textbook.model.spine import Spine, load_spine


def _scan(spine: Spine, owner: str) -> list:
    return [loaded for loaded in spine.exercises if loaded.owner == owner]


def test_look_ups_match_a_scan_of_the_book() -> None:
    spine = load_spine(ROOT)
    owners = {loaded.owner for loaded in spine.exercises}
    assert len(owners) > 10
    for owner in owners:
        assert spine.exercises_of(owner) == _scan(spine, owner)
    for loaded in spine.exercises:
        assert spine.exercise(loaded.exercise.id) is loaded
    for chapter in spine.chapters:
        assert spine.chapter(chapter.id) is chapter
    assert spine.exercise("no-such-exercise") is None and spine.chapter("no-such-chapter") is None
    assert spine.exercises_of("no-such-owner") == []


def test_look_ups_follow_a_list_that_changed() -> None:
    spine = load_spine(ROOT)
    first = spine.exercises[0]
    before = spine.exercises_of(first.owner)
    spine.exercises.append(replace(first, exercise=first.exercise.model_copy(update={"id": "added-later"})))
    assert spine.exercise("added-later") is not None  # appended: the index is built again
    assert len(spine.exercises_of(first.owner)) == len(before) + 1
    spine.exercises = [loaded for loaded in spine.exercises if loaded.owner != first.owner]  # replaced
    assert spine.exercises_of(first.owner) == [] and spine.exercise(first.exercise.id) is None
    spine.chapters = spine.chapters[1:]
    assert spine.chapter(load_spine(ROOT).chapters[0].id) is None
    exercises_of = spine.exercises_of  # the result is a copy: changing it changes no look-up
    exercises_of(spine.exercises[0].owner).clear()
    assert spine.exercises_of(spine.exercises[0].owner) == _scan(spine, spine.exercises[0].owner)


def test_a_spine_of_another_book_is_not_mixed_up(tmp_path: Path) -> None:
    from benchmarks.generate import generate_book

    small = load_spine(generate_book(tmp_path / "book", 2))
    book = load_spine(ROOT)
    assert small.exercises_of("c1") and book.exercises_of("c1") == []


def test_fingerprints_are_the_exercises_own_each_computed_once(monkeypatch) -> None:
    from textbook.kit.kinds import Exercise

    spine = load_spine(ROOT)
    expected = [loaded.exercise.fingerprint() for loaded in spine.exercises]
    computed: list[str] = []
    own = Exercise.fingerprint

    def counted(self: Exercise) -> str:
        computed.append(self.id)
        return own(self)

    monkeypatch.setattr(Exercise, "fingerprint", counted)
    for _ in range(2):  # the exercise's page, then the manifest
        assert [spine.fingerprint(loaded.exercise) for loaded in spine.exercises] == expected
    assert sorted(computed) == sorted(loaded.exercise.id for loaded in spine.exercises)  # once each
    first = spine.exercises[0]
    edited = first.exercise.model_copy(update={"prompt": "Another question?"})
    assert spine.fingerprint(edited) == own(edited) != expected[0]  # not the spine's: its own
    spine.exercises = [replace(first, exercise=edited), *spine.exercises[1:]]  # replaced: again
    assert spine.fingerprint(edited) == own(edited)
    assert spine.fingerprint(first.exercise) == expected[0]  # no longer the spine's: computed

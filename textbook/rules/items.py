"""Item-quality rules (issue #18): a choice item should measure understanding, not
test-wiseness. Pure functions Spine -> [Problem], each at the exercise's (or the option's)
``path:line``. All give warnings (advice) except all-of-the-above and none-of-the-above,
which are errors. ``stats --items`` prints the same signals as figures.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from textbook.kit.items import Item, choice_items, leans_on_the_others
from textbook.kit.kinds import Matching
from textbook.kit.loader import LoadedExercise
from textbook.model.spine import Spine
from textbook.sources.problems import Problem

KEY_RATIO = 1.5  # a key longer than this many times the distractors' average is a cue
CHAPTER_SHARE = 0.5  # the key is the longest option in more than this share of a module's items...
CHAPTER_ITEMS = 3  # ...of at least this many items
SELECT_SHARE = (0.3, 0.6)  # a multiple select's share of correct options, inclusive


def _loaded(spine: Spine) -> Iterator[LoadedExercise]:
    yield from spine.exercises
    yield from spine.probes


def _items(spine: Spine) -> Iterator[tuple[LoadedExercise, Item]]:
    for loaded in _loaded(spine):
        for item in choice_items(loaded.exercise):
            yield loaded, item


def _warning(loaded: LoadedExercise, line: int, message: str) -> Problem:
    return Problem(loaded.path, line, message, severity="warning")


def key_length(spine: Spine) -> list[Problem]:
    """A key longer than 1.5 times the average distractor (single choices, probes and scenario
    decision points), in words: a reader picks it for its length."""
    problems = []
    for loaded, item in _items(spine):
        if not item.single or item.key_ratio() <= KEY_RATIO:
            continue
        lengths = item.lengths
        others = [n for i, n in enumerate(lengths) if i != item.key]
        message = (
            f"'{item.name}': the key has {lengths[item.key]} words, {item.key_ratio():.2f} times the "
            f"distractors' average of {sum(others) / len(others):.1f} (more than {KEY_RATIO}): cut it to the core "
            "move and put the nuance in its feedback"
        )
        problems.append(_warning(loaded, loaded.line_of(*item.loc, item.key), message))
    return problems


def key_longest_in_module(spine: Spine) -> list[Problem]:
    """The key is the longest option in most of a chapter's (or card's, or the readiness
    check's) items: one warning per exercise module, at its first line."""
    counted: dict[Path, list[bool]] = {}
    for loaded, item in _items(spine):
        if item.single:
            counted.setdefault(loaded.path, []).append(item.key_longest())
    problems = []
    for path, longest in counted.items():
        if len(longest) >= CHAPTER_ITEMS and sum(longest) > CHAPTER_SHARE * len(longest):
            problems.append(
                Problem(
                    path,
                    1,
                    f"the key is the longest option in {sum(longest)} of {len(longest)} items (single choices and "
                    "scenario decision points): a reader who picks the longest option scores well without reading; "
                    "aim for at most a third",
                    severity="warning",
                )
            )
    return problems


def select_share(spine: Spine) -> list[Problem]:
    """A multiple select with more than 60% (or fewer than 30%) of its options correct."""
    low, high = SELECT_SHARE
    problems = []
    for loaded, item in _items(spine):
        if item.kind != "multiple-select":
            continue
        share = len(item.keys) / len(item.texts)
        if not low <= share <= high:
            message = (
                f"'{item.name}': {len(item.keys)} of {len(item.texts)} options are correct ({share:.0%}); "
                f"keep between {low:.0%} and {high:.0%} so that neither ticking everything nor ticking little pays"
            )
            problems.append(_warning(loaded, loaded.line, message))
    return problems


def above_options(spine: Spine) -> list[Problem]:
    """All of the above and none of the above (an error): the option leans on the others, so
    recognising two right options, or one wrong one, answers the item."""
    problems = []
    for loaded, item in _items(spine):
        for index, text in enumerate(item.texts):
            if leans_on_the_others(text):
                problems.append(
                    Problem(
                        loaded.path,
                        loaded.line_of(*item.loc, index),
                        f"'{item.name}': an option that leans on the others ('{text}'): write options that each stand "
                        "alone (a multiple select asks for every right one)",
                    )
                )
    return problems


def matching_extras(spine: Spine) -> list[Problem]:
    """A matching item with no extra choice on the right: the last match is free."""
    problems = []
    for loaded in spine.exercises:
        if isinstance(loaded.exercise, Matching) and not loaded.exercise.extras:
            problems.append(
                _warning(
                    loaded,
                    loaded.line,
                    f"'{loaded.exercise.id}': as many choices as left sides, so the last match is free: "
                    "add extras=[...], right sides that match nothing",
                )
            )
    return problems


ADVICE: tuple[Callable[[Spine], list[Problem]], ...] = (
    key_length,
    key_longest_in_module,
    select_share,
    matching_extras,
)
ERRORS: tuple[Callable[[Spine], list[Problem]], ...] = (above_options,)
ITEM_RULES = ERRORS + ADVICE

"""Item analysis: what a test-wise reader sees in a choice item without reading the chapter.

Pure functions over exercises, shared by the item rules of ``check`` (``rules/items.py``) and
``stats --items`` (``commands/stats.py``): each choice item with its options and key, the
length of each option in words of plain text, and the cues (reason clauses, absolute words)
that the item-writing guidelines warn about (Haladyna, Downing and Rodriguez 2002).
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass

from textbook.kit.kinds import WORD, Exercise, MultipleSelect, Probe, Scenario, SingleChoice
from textbook.kit.markup import plain_text
from textbook.kit.presentation import choice_order, option_order

# A reason clause justifies the option inside it ("..., since it keeps them safe").
REASON = re.compile(r"\b(since|so that|because|in order to|as long as|given that|which means)\b", re.IGNORECASE)
# The same justification in other forms: a purpose or result clause ("..., to warn the next
# worker", "..., so he calms down") or a second sentence ("Call his brother. He is nervous,
# and a familiar voice might settle him.").
JUSTIFIED = re.compile(r",\s+(to|so)\s+\w|(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bSt)[.!?]\s+[A-Z\u201c\"]")
# An absolute word claims more than a careful answer can ("always", "never", "all", ...).
ABSOLUTE = re.compile(
    r"\b(always|never|all|every|everyone|everybody|everything|none|nobody|no one|nothing|only|must|"
    r"completely|entirely|totally|certainly|guaranteed)\b",
    re.IGNORECASE,
)
# An option that leans on the others ("All of the above", "None of these"): an error, not advice.
ABOVE = re.compile(
    r"^\W*(all|none|both|neither)\s+(of\s+)?(the\s+)?(above|these|those|the\s+options|the\s+answers)\b",
    re.IGNORECASE,
)


def words(text: str) -> int:
    """Words of the text as a learner reads it (inline markup removed)."""
    return len(WORD.findall(plain_text(text)))


def has_reason(text: str) -> bool:
    """Whether the option argues for itself (a reason clause, a purpose clause, a second sentence)."""
    plain = plain_text(text)
    return REASON.search(plain) is not None or JUSTIFIED.search(plain.strip()) is not None


def has_absolute(text: str) -> bool:
    return ABSOLUTE.search(plain_text(text)) is not None


def cued(text: str) -> bool:
    """A reason clause or an absolute word: what a test-wise reader discards."""
    return has_reason(text) or has_absolute(text)


def leans_on_the_others(text: str) -> bool:
    """All of the above, none of the above, and their kin."""
    return ABOVE.search(plain_text(text)) is not None


@dataclass(frozen=True)
class Item:
    """One set of options a learner chooses among: a single choice, a readiness probe, a
    multiple select, or one decision point of a scenario (a step with two or more choices).

    ``keys`` are the right options' indices (for a decision point, the choice that keeps the
    shortest way to a best ending open; empty when the graph cannot say which). ``order`` is
    the order the options are shown in. ``loc`` locates the options in the exercise's
    constructor (``("options",)`` or ``("steps", n, "choices")``), for a problem's line."""

    exercise: Exercise
    kind: str  # "single-choice", "probe", "multiple-select" or "decision"
    texts: tuple[str, ...]
    keys: frozenset[int]
    order: tuple[int, ...]
    loc: tuple[str | int, ...]
    step: str | None = None

    @property
    def name(self) -> str:
        return f"{self.exercise.id} (step '{self.step}')" if self.step else self.exercise.id

    @property
    def single(self) -> bool:
        """One right option: what the key-length figures measure."""
        return self.kind != "multiple-select" and len(self.keys) == 1

    @property
    def key(self) -> int:
        return min(self.keys)

    @property
    def lengths(self) -> tuple[int, ...]:
        return tuple(words(text) for text in self.texts)

    def key_longest(self) -> bool:
        """The key has more words than every other option."""
        lengths = self.lengths
        return all(lengths[self.key] > n for i, n in enumerate(lengths) if i != self.key)

    def key_ratio(self) -> float:
        """The key's words over the distractors' average."""
        lengths = self.lengths
        others = [n for i, n in enumerate(lengths) if i != self.key]
        return lengths[self.key] / max(sum(others) / len(others), 1)

    def longest_reader(self) -> float:
        """Expected score of a reader who picks a longest option (at random among ties)."""
        lengths = self.lengths
        longest = [i for i, n in enumerate(lengths) if n == max(lengths)]
        return 1 / len(longest) if self.key in longest else 0.0

    def cue_reader(self) -> float:
        """Expected score of a reader who discards options with a reason clause or an absolute
        word (all of them, when every option has one) and picks at random among the rest."""
        kept = [i for i, text in enumerate(self.texts) if not cued(text)] or list(range(len(self.texts)))
        return 1 / len(kept) if self.key in kept else 0.0

    def chance(self) -> float:
        return 1 / len(self.texts)

    def shown_position(self) -> int:
        """Where the key is shown (0 is first)."""
        return self.order.index(self.key)


def decision_keys(scenario: Scenario) -> dict[str, frozenset[int]]:
    """For each step with choices from which a best ending can be reached: the choices that keep
    a shortest way to a best ending open (the one marked ``best=True`` where an author marked
    one). The same reading as the LMS export's best path, at every step."""
    leads_to: dict[str, list[str]] = {step.id: [] for step in scenario.steps}
    for step in scenario.steps:
        for choice in step.choices:
            leads_to[choice.next].append(step.id)
    distance = {step.id: 0 for step in scenario.steps if step.best}
    queue = deque(distance)
    while queue:
        current = queue.popleft()
        for before in leads_to[current]:
            if before not in distance:
                distance[before] = distance[current] + 1
                queue.append(before)
    keys: dict[str, frozenset[int]] = {}
    for step in scenario.steps:
        if not step.choices or step.id not in distance:
            continue
        marked = frozenset(i for i, c in enumerate(step.choices) if c.best and c.next in distance)
        wanted = distance[step.id] - 1
        keys[step.id] = marked or frozenset(i for i, c in enumerate(step.choices) if distance.get(c.next) == wanted)
    return keys


def choice_items(exercise: Exercise) -> list[Item]:
    """The exercise's choice items (none for the kinds that have no options)."""
    if isinstance(exercise, SingleChoice | MultipleSelect):
        kind = "probe" if isinstance(exercise, Probe) else exercise.kind
        return [
            Item(
                exercise,
                kind,
                tuple(o.text for o in exercise.options),
                frozenset(i for i, o in enumerate(exercise.options) if o.correct),
                tuple(option_order(exercise)),
                ("options",),
            )
        ]
    if isinstance(exercise, Scenario):
        keys = decision_keys(exercise)
        items = []
        for number, step in enumerate(exercise.steps):
            if len(step.choices) < 2:
                continue
            right = keys.get(step.id, frozenset())
            items.append(
                Item(
                    exercise,
                    "decision",
                    tuple(c.text for c in step.choices),
                    right if len(right) < len(step.choices) else frozenset(),  # every way is as good: no key
                    tuple(choice_order(exercise, step.id)),
                    ("steps", number, "choices"),
                    step.id,
                )
            )
        return items
    return []

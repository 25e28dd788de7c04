"""How an exercise is presented: the browser's data, display orders, and the plain-text
answer that readers without JavaScript (and print) get. Pure functions of the exercise."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from textbook.kit.kinds import (
    Exercise,
    Matching,
    MultipleSelect,
    Ordering,
    Reflection,
    Scenario,
    SelfCheck,
    SingleChoice,
    kinds_table,
)

KIND_LABELS = {name: entry["label"] for name, entry in kinds_table().items()}
SELF_CHECK_NOTICE = SelfCheck.notice


# The one definition of every display order, in integers only, so that the browser
# (``displayOrder`` in ff-check.js) computes the same; a test runs both over many keys.
_MASK = 0xFFFFFFFF


def _fnv1a(key: str) -> int:
    """The 32-bit FNV-1a hash of the key's UTF-8 bytes: the seed."""
    value = 0x811C9DC5
    for byte in key.encode("utf-8"):
        value = ((value ^ byte) * 0x01000193) & _MASK
    return value


def _mulberry32(seed: int) -> Iterator[int]:
    """A small PRNG of 32-bit integers (mulberry32), as JavaScript computes it with Math.imul."""
    state = seed & _MASK
    while True:
        state = (state + 0x6D2B79F5) & _MASK
        t = state
        t = ((t ^ (t >> 15)) * (t | 1)) & _MASK
        t ^= (t + (((t ^ (t >> 7)) * (t | 61)) & _MASK)) & _MASK
        yield (t ^ (t >> 14)) & _MASK


def display_order(key: str, size: int, *, never_identity: bool = False) -> list[int]:
    """A fixed shuffle of ``range(size)`` derived from ``key`` (an exercise id, or
    ``id/step`` for a scenario's step): Fisher-Yates driven by mulberry32 seeded by FNV-1a.
    ``never_identity`` (ordering and matching, where the authored order is the answer)
    rotates an order that came out unshuffled."""
    order = list(range(size))
    numbers = _mulberry32(_fnv1a(key))
    for i in range(size - 1, 0, -1):
        j = next(numbers) % (i + 1)
        order[i], order[j] = order[j], order[i]
    if never_identity and size > 1 and order == sorted(order):
        order = order[1:] + order[:1]
    return order


def step_key(exercise_id: str, step_id: str) -> str:
    """The key of a scenario step's display order."""
    return f"{exercise_id}/{step_id}"


def option_order(exercise: SingleChoice | MultipleSelect) -> list[int]:
    """The order a single choice's, a multiple select's or a probe's options are shown in."""
    size = len(exercise.options)
    return display_order(exercise.id, size) if exercise.shuffle else list(range(size))


def choice_order(exercise: Scenario, step_id: str) -> list[int]:
    """The order a scenario step's choices are shown in."""
    size = len(exercise.step(step_id).choices)
    return display_order(step_key(exercise.id, step_id), size) if exercise.shuffle else list(range(size))


def items_order(exercise: Ordering) -> list[int]:
    """The order an ordering's items are first shown in (never the answer)."""
    return display_order(exercise.id, len(exercise.items), never_identity=True)


def rights_order(exercise: Matching) -> list[int]:
    """The order a matching's right-hand choices (extras included) are shown in."""
    return display_order(exercise.id, len(exercise.rights), never_identity=True)


def browser_data(exercise: Exercise) -> dict[str, Any]:
    """What the browser runtime receives: the exercise, plus the orders to show it in (which
    ff-check.js's ``displayOrder`` would compute the same)."""
    data = exercise.data()
    if isinstance(exercise, Ordering):
        data["order"] = items_order(exercise)
    if isinstance(exercise, Matching):
        data["order"] = rights_order(exercise)
    if isinstance(exercise, SingleChoice | MultipleSelect):
        data["order"] = option_order(exercise)
    if isinstance(exercise, Scenario):
        data["orders"] = {step.id: choice_order(exercise, step.id) for step in exercise.steps if step.choices}
    return data


def script_json(data: dict[str, Any]) -> str:
    """JSON that is safe inside ``<script type="application/json">``: no ``<``, ``>`` or ``&``."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def question_lines(exercise: Exercise) -> list[str]:
    """The question as list items (inline markup kept), for readers without JavaScript."""
    if isinstance(exercise, SingleChoice | MultipleSelect):
        return [exercise.options[i].text for i in option_order(exercise)]
    if isinstance(exercise, Ordering):
        return [exercise.items[i] for i in items_order(exercise)]
    if isinstance(exercise, Matching):
        rights = [exercise.rights[i] for i in rights_order(exercise)]
        return [f"{pair.left}: which of {'; '.join(rights)}?" for pair in exercise.pairs]
    if isinstance(exercise, Scenario):
        start = exercise.step(exercise.start)
        return [start.text] + [f"Option: {start.choices[i].text}" for i in choice_order(exercise, exercise.start)]
    if isinstance(exercise, SelfCheck):
        return [item.text for item in exercise.items] + [f"Rate each: {' / '.join(exercise.scale)}."]
    if isinstance(exercise, Reflection):
        return [f"Check your answer: {item}" for item in exercise.checklist]
    return []


def answer_lines(exercise: Exercise) -> list[str]:
    """The answer with its rationale, as list items (inline markup kept)."""
    if isinstance(exercise, SingleChoice | MultipleSelect):
        shown = [exercise.options[i] for i in option_order(exercise)]
        return [f"{'Correct' if o.correct else 'Not correct'}: {o.text}. {o.feedback}" for o in shown]
    if isinstance(exercise, Ordering):
        return [f"{n}. {item}" for n, item in enumerate(exercise.items, 1)] + [exercise.rationale]
    if isinstance(exercise, Matching):
        extras = [f"Matches nothing: {'; '.join(exercise.extras)}"] if exercise.extras else []
        return [f"{pair.left}: {pair.right}" for pair in exercise.pairs] + extras + [exercise.rationale]
    if isinstance(exercise, Scenario):
        lines = []
        for step in exercise.steps:
            if step.choices:
                lines.append(f"Situation: {step.text}")
                choices = [step.choices[i] for i in choice_order(exercise, step.id)]
                lines += [f"If you choose “{c.text}”: {c.consequence}" for c in choices]
            else:
                lines.append(f"{'Best ending' if step.best else 'Ending'}: {step.text} {step.debrief}")
        return lines
    if isinstance(exercise, SelfCheck):
        return [SELF_CHECK_NOTICE] + [f"Score {b.min} to {b.max}, {b.label}: {b.meaning}" for b in exercise.bands]
    if isinstance(exercise, Reflection):
        return ["There is no single right answer. Use the checklist above to review what you wrote."]
    return []

"""How an exercise is presented: the browser's data, display orders, and the plain-text
answer that readers without JavaScript (and print) get. Pure functions of the exercise."""

from __future__ import annotations

import json
import random
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


def display_order(exercise_id: str, size: int) -> list[int]:
    """A fixed shuffle of ``range(size)`` for this exercise, never the answer's own order."""
    order = list(range(size))
    random.Random(exercise_id).shuffle(order)
    if order == sorted(order) and size > 1:
        order = order[1:] + order[:1]
    return order


def browser_data(exercise: Exercise) -> dict[str, Any]:
    """What the browser runtime receives: the exercise, plus the order to show items in."""
    data = exercise.data()
    if isinstance(exercise, Ordering):
        data["order"] = display_order(exercise.id, len(exercise.items))
    if isinstance(exercise, Matching):
        data["order"] = display_order(exercise.id, len(exercise.pairs))
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
        return [option.text for option in exercise.options]
    if isinstance(exercise, Ordering):
        return [exercise.items[i] for i in display_order(exercise.id, len(exercise.items))]
    if isinstance(exercise, Matching):
        rights = [exercise.pairs[i].right for i in display_order(exercise.id, len(exercise.pairs))]
        return [f"{pair.left}: which of {'; '.join(rights)}?" for pair in exercise.pairs]
    if isinstance(exercise, Scenario):
        start = exercise.step(exercise.start)
        return [start.text] + [f"Option: {choice.text}" for choice in start.choices]
    if isinstance(exercise, SelfCheck):
        return [item.text for item in exercise.items] + [f"Rate each: {' / '.join(exercise.scale)}."]
    if isinstance(exercise, Reflection):
        return [f"Check your answer: {item}" for item in exercise.checklist]
    return []


def answer_lines(exercise: Exercise) -> list[str]:
    """The answer with its rationale, as list items (inline markup kept)."""
    if isinstance(exercise, SingleChoice | MultipleSelect):
        return [f"{'Correct' if o.correct else 'Not correct'}: {o.text}. {o.feedback}" for o in exercise.options]
    if isinstance(exercise, Ordering):
        return [f"{n}. {item}" for n, item in enumerate(exercise.items, 1)] + [exercise.rationale]
    if isinstance(exercise, Matching):
        return [f"{pair.left}: {pair.right}" for pair in exercise.pairs] + [exercise.rationale]
    if isinstance(exercise, Scenario):
        lines = []
        for step in exercise.steps:
            if step.choices:
                lines.append(f"Situation: {step.text}")
                lines += [f"If you choose “{c.text}”: {c.consequence}" for c in step.choices]
            else:
                lines.append(f"{'Best ending' if step.best else 'Ending'}: {step.text} {step.debrief}")
        return lines
    if isinstance(exercise, SelfCheck):
        return [SELF_CHECK_NOTICE] + [f"Score {b.min} to {b.max}, {b.label}: {b.meaning}" for b in exercise.bands]
    if isinstance(exercise, Reflection):
        return ["There is no single right answer. Use the checklist above to review what you wrote."]
    return []

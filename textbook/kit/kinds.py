"""The seven kinds of exercise. ``check()`` here is the reference semantics: the browser
runtime (``ff-check.js``) implements the same, and a test holds them to identical results.

Responses are plain JSON values (what the browser stores):

* single-choice: the index of the chosen option
* multiple-select: the indices of the chosen options (any order, no repeats)
* ordering: the items' indices (into ``items``, which is the correct order) as the learner ordered them
* matching: for each pair, the index of the right-hand side the learner chose for its left side
  (the pairs' right sides, then the extras)
* scenario: the indices of the choices made, step by step, from the start
* self-check: for each item, the index of the scale point chosen
* reflection: ``{"text": str, "ticked": [indices of checklist items]}``
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Annotated, Any, ClassVar, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    StrictBool,
    StrictInt,
    StrictStr,
    StringConstraints,
    model_serializer,
    model_validator,
)

from textbook.kit.ids import Slug

Text = Annotated[StrictStr, StringConstraints(min_length=1)]
WORD = re.compile(r"[^ \t\n\r\f\v]+")  # ASCII whitespace only, as in the browser runtime


class ResponseError(ValueError):
    """A response that does not fit the exercise (wrong type, index out of range)."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Option(_Model):
    """A choice of a single-choice or multiple-select exercise, with feedback for choosing it."""

    text: Text
    correct: StrictBool = False
    feedback: Text


class Pair(_Model):
    """A left side and the right side that matches it."""

    left: Text
    right: Text


class Choice(_Model):
    """A choice at a scenario step: where it leads, and what happens because of it.

    ``best`` marks the choice the chapter teaches, where two choices are equally short ways to
    a best ending (the LMS export asks which one is right, and the graph alone cannot say)."""

    text: Text
    next: Slug
    consequence: Text
    best: StrictBool = False

    @model_serializer(mode="wrap")
    def _omit_unmarked(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        data = handler(self)
        if not self.best:  # unmarked choices keep the data, and fingerprints, they always had
            data.pop("best", None)
        return data


class Step(_Model):
    """A scenario step: a situation with choices, or an ending with a debrief."""

    id: Slug
    text: Text
    choices: list[Choice] = Field(default_factory=list)
    debrief: StrictStr | None = None  # required on endings
    best: StrictBool = False  # an ending that shows the practice the chapter teaches


Docname = Annotated[StrictStr, StringConstraints(pattern=r"^book/[a-z0-9_-]+(/[a-z0-9_-]+)*$")]


class SelfCheckItem(_Model):
    """A statement rated on the scale; ``reverse`` items score the scale backwards; ``page``
    is the page of the book (its docname) that helps when the statement needs another look."""

    text: Text
    reverse: StrictBool = False
    page: Docname | None = None


class Band(_Model):
    """A range of total scores (inclusive) and what it suggests."""

    min: StrictInt
    max: StrictInt
    label: Text
    meaning: Text


class Exercise(_Model):
    """What every exercise has."""

    kind: ClassVar[str]
    short: ClassVar[str]
    label: ClassVar[str]
    notice: ClassVar[str] = ""  # said wherever the exercise is shown (a self-check's limits)
    scored: ClassVar[bool] = True  # has a right answer, so it counts in a score (SCORM, the roster)
    id: Slug
    title: Text | None = None  # what a learner calls it in lists ("Not done yet", "Continue"); the book requires one
    objectives: list[Slug] = Field(min_length=1)
    prompt: Text
    counts: StrictBool = True  # counts toward completing the chapter

    def data(self) -> dict[str, Any]:
        """The exercise as JSON data, as the browser receives it (no title when it has none).
        Optional fields at their default are left out, so adding one to the kit changes no
        exercise's data, and no learner's progress."""
        data = {"kind": self.kind, **self.model_dump(mode="json")}
        for key, default in OMITTED_AT_DEFAULT.items():
            if key in data and data[key] == default:
                data.pop(key)
        return data

    @property
    def completes_chapter(self) -> bool:
        """Whether doing it counts toward its chapter's completion, and so toward the learner's
        standing: ``counts``, and never a confidence rating (which measures confidence, not
        ability)."""
        return self.counts and not getattr(self, "confidence", False)

    def fingerprint(self) -> str:
        """A short hash of the exercise: progress on it resets when it is edited. Its title is
        left out: naming an exercise, or renaming it, keeps every learner's progress."""
        graded = _graded(self.data())
        canonical = json.dumps(graded, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]

    def check(self, response: Any) -> dict[str, Any]:  # pragma: no cover - every kind overrides
        raise NotImplementedError

    def completes(self, result: dict[str, Any]) -> bool:
        """Whether a result of :meth:`check` completes the exercise (what progress records as
        done): a right answer. ff-check.js's ``isDone`` is the same, held equal by the agreement test."""
        return result.get("correct") is True


# What presents an exercise without changing what is asked or how it is scored: editing these
# never resets a learner's progress (they are left out of the fingerprint). ``shuffle`` changes
# only the order options are shown in (responses are indices in the author's order), and
# ``confidence`` only what a self-check's result is used for.
PRESENTATION_KEYS = frozenset({"title", "attention", "page", "shuffle", "confidence"})

# Optional fields left out of an exercise's data while they hold their default.
OMITTED_AT_DEFAULT: dict[str, Any] = {"title": None, "shuffle": True, "confidence": False, "extras": []}


def _graded(value: Any) -> Any:
    """``value`` without its presentation keys, at every depth (pure)."""
    if isinstance(value, dict):
        return {k: _graded(v) for k, v in value.items() if k not in PRESENTATION_KEYS}
    if isinstance(value, list):
        return [_graded(v) for v in value]
    return value


def _index(value: Any, size: int) -> int:
    if type(value) is not int or not 0 <= value < size:
        raise ResponseError(f"expected an index from 0 to {size - 1}, got {value!r}")
    return value


def _indices(value: Any, size: int, *, distinct: bool = True) -> list[int]:
    if not isinstance(value, list):
        raise ResponseError(f"expected a list of indices, got {value!r}")
    indices = [_index(item, size) for item in value]
    if distinct and len(set(indices)) != len(indices):
        raise ResponseError("an index is repeated")
    return indices


def _rows_in_place(indices: list[int]) -> dict[str, Any]:
    """Ordering and matching: row i is right when the learner put item (or side) i there."""
    rows = [index == position for position, index in enumerate(indices)]
    return {"correct": all(rows), "rows": rows}


def _no_duplicates(values: list[str], what: str) -> None:
    seen: set[str] = set()
    for value in values:
        if value in seen:
            raise ValueError(f"duplicate {what}: {value!r}")
        seen.add(value)


class SingleChoice(Exercise):
    kind: ClassVar[str] = "single-choice"
    short: ClassVar[str] = "sc"  # in tables (stats)
    label: ClassVar[str] = "Choose one"  # what the exercise's box says it is
    options: list[Option] = Field(min_length=2)
    shuffle: StrictBool = True  # shown in a fixed order derived from the id; False keeps a scale in order

    @model_validator(mode="after")
    def _exactly_one_correct(self) -> SingleChoice:
        correct = sum(option.correct for option in self.options)
        if correct != 1:
            raise ValueError(f"a single-choice exercise needs exactly one correct option (it has {correct})")
        _no_duplicates([o.text for o in self.options], "option")
        return self

    def check(self, response: Any) -> dict[str, Any]:
        option = self.options[_index(response, len(self.options))]
        return {"correct": option.correct, "feedback": [option.feedback]}


class Probe(SingleChoice):
    """A readiness-check question: a single choice that probes one objective of one chapter."""

    chapter: Slug


class MultipleSelect(Exercise):
    kind: ClassVar[str] = "multiple-select"
    short: ClassVar[str] = "ms"  # in tables (stats)
    label: ClassVar[str] = "Choose all that apply"  # what the exercise's box says it is
    options: list[Option] = Field(min_length=2)
    shuffle: StrictBool = True  # shown in a fixed order derived from the id; False keeps a scale in order

    @model_validator(mode="after")
    def _correct_and_incorrect(self) -> MultipleSelect:
        correct = sum(option.correct for option in self.options)
        if correct == 0 or correct == len(self.options):
            raise ValueError("a multiple-select exercise needs at least one correct and one incorrect option")
        _no_duplicates([o.text for o in self.options], "option")
        return self

    def check(self, response: Any) -> dict[str, Any]:
        chosen = sorted(_indices(response, len(self.options)))
        right = {i for i, option in enumerate(self.options) if option.correct}
        return {
            "correct": set(chosen) == right,
            "feedback": [self.options[i].feedback for i in chosen],
            "missed": len(right - set(chosen)),
            "wrong": len(set(chosen) - right),
        }


class Ordering(Exercise):
    kind: ClassVar[str] = "ordering"
    short: ClassVar[str] = "ord"  # in tables (stats)
    label: ClassVar[str] = "Put in order"  # what the exercise's box says it is
    items: list[Text] = Field(min_length=3)  # in the correct order
    rationale: Text

    @model_validator(mode="after")
    def _distinct(self) -> Ordering:
        _no_duplicates(self.items, "item")
        return self

    def check(self, response: Any) -> dict[str, Any]:
        order = _indices(response, len(self.items))
        if len(order) != len(self.items):
            raise ResponseError("an ordering response lists every item once")
        return _rows_in_place(order)


class Matching(Exercise):
    kind: ClassVar[str] = "matching"
    short: ClassVar[str] = "mat"  # in tables (stats)
    label: ClassVar[str] = "Match"  # what the exercise's box says it is
    pairs: list[Pair] = Field(min_length=3)
    extras: list[Text] = Field(default_factory=list)  # right-hand choices that match no left side
    rationale: Text

    @model_validator(mode="after")
    def _distinct(self) -> Matching:
        _no_duplicates([p.left for p in self.pairs], "left side")
        _no_duplicates(self.rights, "right side")
        return self

    @property
    def rights(self) -> list[str]:
        """Every right-hand choice: the pairs' right sides in order, then the extras. A matching
        response's indices point into this list."""
        return [pair.right for pair in self.pairs] + list(self.extras)

    def check(self, response: Any) -> dict[str, Any]:
        chosen = _indices(response, len(self.rights), distinct=False)
        if len(chosen) != len(self.pairs):
            raise ResponseError("a matching response gives one right side for every left side")
        return _rows_in_place(chosen)


class Scenario(Exercise):
    kind: ClassVar[str] = "scenario"
    short: ClassVar[str] = "scn"  # in tables (stats)
    label: ClassVar[str] = "Scenario"  # what the exercise's box says it is
    start: Slug
    steps: list[Step] = Field(min_length=2)
    shuffle: StrictBool = True  # each step's choices in a fixed order derived from the id and step id

    def step(self, step_id: str) -> Step:
        return next(step for step in self.steps if step.id == step_id)

    @model_validator(mode="after")
    def _well_formed(self) -> Scenario:
        _no_duplicates([s.id for s in self.steps], "step id")
        ids = {step.id for step in self.steps}
        if self.start not in ids:
            raise ValueError(f"the start step '{self.start}' is not one of the steps")
        for step in self.steps:
            for choice in step.choices:
                if choice.next not in ids:
                    raise ValueError(f"step '{step.id}' has a choice leading to '{choice.next}', which is not a step")
            if not step.choices and not step.debrief:
                raise ValueError(f"step '{step.id}' is an ending and needs a debrief")
            if step.choices and (step.debrief or step.best):
                raise ValueError(
                    f"step '{step.id}' has choices, so it is not an ending: debrief and best belong on endings"
                )
            if sum(choice.best for choice in step.choices) > 1:
                raise ValueError(
                    f"step '{step.id}' marks more than one choice best=True: mark the one the chapter teaches"
                )
        reachable = self._reachable()
        unreachable = [s.id for s in self.steps if s.id not in reachable]
        if unreachable:
            raise ValueError(f"steps not reachable from the start: {', '.join(unreachable)}")
        stuck = [s.id for s in self.steps if not self._can_end(s.id)]
        if stuck:
            raise ValueError(f"paths from these steps never reach an ending: {', '.join(stuck)}")
        if not any(step.best for step in self.steps):
            raise ValueError("mark at least one ending best=True: the practice the chapter teaches")
        return self

    def _reachable(self) -> set[str]:
        seen, todo = set(), [self.start]
        while todo:
            current = todo.pop()
            if current not in seen:
                seen.add(current)
                todo.extend(choice.next for choice in self.step(current).choices)
        return seen

    def _can_end(self, step_id: str) -> bool:
        seen, todo = set(), [step_id]
        while todo:
            current = todo.pop()
            if current in seen:
                continue
            seen.add(current)
            step = self.step(current)
            if not step.choices:
                return True
            todo.extend(choice.next for choice in step.choices)
        return False

    def completes(self, result: dict[str, Any]) -> bool:
        """Done when a best ending is reached: a poor ending teaches, but is not the practice."""
        return result.get("ended") is True and result.get("correct") is True

    def check(self, response: Any) -> dict[str, Any]:
        if not isinstance(response, list):
            raise ResponseError(f"expected a list of choice indices, got {response!r}")
        step = self.step(self.start)
        consequences = []
        for value in response:
            if not step.choices:
                raise ResponseError("the scenario already ended")
            choice = step.choices[_index(value, len(step.choices))]
            consequences.append(choice.consequence)
            step = self.step(choice.next)
        ended = not step.choices
        return {
            "step": step.id,
            "ended": ended,
            "correct": step.best if ended else None,
            "consequences": consequences,
            "debrief": step.debrief if ended else None,
        }


class SelfCheck(Exercise):
    """Original items on a scale, scored into bands: for reflection, never a diagnosis."""

    kind: ClassVar[str] = "self-check"
    short: ClassVar[str] = "self"  # in tables (stats)
    label: ClassVar[str] = "Self-check"  # what the exercise's box says it is
    notice: ClassVar[str] = "For reflection, not a diagnostic tool."
    scored: ClassVar[bool] = False
    scale: list[Text] = Field(min_length=2)  # point labels, scored 0, 1, 2, ...
    items: list[SelfCheckItem] = Field(min_length=3)
    bands: list[Band] = Field(min_length=2)
    # Which end of an item's score asks for another look: "low" (a grasp of the chapter) or
    # "high" (signs of strain). Items in that half of the scale are listed after a check.
    attention: Literal["low", "high"] = "low"
    # A rating of the learner's confidence ("I can explain ..."): it completes nothing in the
    # chapter and is never evidence of what the learner can do.
    confidence: StrictBool = False

    @model_validator(mode="after")
    def _bands_cover_the_range(self) -> SelfCheck:
        _no_duplicates(self.scale, "scale point")
        _no_duplicates([i.text for i in self.items], "item")
        low, high = 0, (len(self.scale) - 1) * len(self.items)
        expected = low
        for band in sorted(self.bands, key=lambda b: b.min):
            if band.min > band.max:
                raise ValueError(f"band '{band.label}' has min {band.min} above max {band.max}")
            if band.min < expected:
                raise ValueError(
                    f"band '{band.label}' overlaps the band before it (starts at {band.min}, expected {expected})"
                )
            if band.min > expected:
                missing = (
                    f"score {expected} falls"
                    if band.min - 1 == expected
                    else f"scores {expected} to {band.min - 1} fall"
                )
                raise ValueError(f"{missing} in no band")
            expected = band.max + 1
        if expected != high + 1:
            raise ValueError(f"the bands must end at the highest possible score, {high} (they end at {expected - 1})")
        return self

    def completes(self, result: dict[str, Any]) -> bool:
        """Done once rated: a self-check has no right answer."""
        return True

    def check(self, response: Any) -> dict[str, Any]:
        points = _indices(response, len(self.scale), distinct=False)
        if len(points) != len(self.items):
            raise ResponseError("a self-check response rates every item")
        top = len(self.scale) - 1
        score = sum(top - point if item.reverse else point for item, point in zip(self.items, points, strict=True))
        band = next(b for b in self.bands if b.min <= score <= b.max)
        scored = [top - point if item.reverse else point for item, point in zip(self.items, points, strict=True)]
        revisit = [
            i for i, value in enumerate(scored) if (value * 2 < top if self.attention == "low" else value * 2 > top)
        ]
        return {
            "score": score,
            "max": top * len(self.items),
            "band": band.label,
            "meaning": band.meaning,
            "revisit": revisit,
        }


class Reflection(Exercise):
    """A prompt answered in the learner's own words, kept only in their browser."""

    kind: ClassVar[str] = "reflection"
    short: ClassVar[str] = "ref"  # in tables (stats)
    label: ClassVar[str] = "Reflection"  # what the exercise's box says it is
    scored: ClassVar[bool] = False
    checklist: list[Text] = Field(min_length=1)  # a self-review: did my answer ...?
    min_words: StrictInt = Field(default=20, ge=1)

    def completes(self, result: dict[str, Any]) -> bool:
        """Done when the answer is long enough: the learner reviews it against the checklist."""
        return result.get("complete") is True

    def check(self, response: Any) -> dict[str, Any]:
        if not isinstance(response, dict) or not isinstance(response.get("text"), str):
            raise ResponseError('expected {"text": ..., "ticked": [...]}')
        ticked = sorted(_indices(response.get("ticked", []), len(self.checklist)))
        words = len(WORD.findall(response["text"]))
        return {"complete": words >= self.min_words, "words": words, "ticked": len(ticked)}


KINDS: dict[str, type[Exercise]] = {
    kind.kind: kind for kind in (SingleChoice, MultipleSelect, Ordering, Matching, Scenario, SelfCheck, Reflection)
}


def kinds_table() -> dict[str, dict[str, str | bool]]:
    """The one table of kinds, for everything that presents them (the page, the terminal, the
    LMS export, and the browser, which receives it with the manifest): name -> label, short
    name, notice, and whether it is scored (has a right answer)."""
    return {
        name: {"label": kind.label, "short": kind.short, "notice": kind.notice, "scored": kind.scored}
        for name, kind in KINDS.items()
    }

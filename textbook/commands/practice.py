"""``python -m textbook practice ID``: try a chapter's or card's exercises in the terminal,
with the same ``check()`` the site uses. Input and output are plain streams, so it can be
scripted (and tested) by piping answers in."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TextIO

from textbook.kit.kinds import (
    Exercise,
    Matching,
    MultipleSelect,
    Ordering,
    Reflection,
    ResponseError,
    Scenario,
    SelfCheck,
    SingleChoice,
)
from textbook.kit.markup import plain_text
from textbook.kit.presentation import (
    KIND_LABELS,
    SELF_CHECK_NOTICE,
    choice_order,
    items_order,
    option_order,
    rights_order,
)


class Quit(Exception):
    """The learner typed q, or the input ended."""


class Session:
    """One practice session over a list of exercises."""

    def __init__(self, read: TextIO, write: TextIO) -> None:
        self.read, self.write = read, write

    def say(self, text: str = "") -> None:
        print(text, file=self.write)

    def ask(self, prompt: str) -> str:
        self.write.write(prompt)
        self.write.flush()
        line = self.read.readline()
        if not line or line.strip().lower() in ("q", "quit"):
            raise Quit
        return line.strip()

    def numbers(self, prompt: str, low: int, high: int, count: int | None = None) -> list[int]:
        """Ask until the learner gives numbers from low to high (``count`` of them if set)."""
        while True:
            answer = self.ask(prompt)
            parts = answer.replace(",", " ").split()
            if (
                parts
                and all(p.isdigit() and low <= int(p) <= high for p in parts)
                and (count is None or len(parts) == count)
            ):
                return [int(p) for p in parts]
            wanted = f"{count} numbers" if count and count > 1 else "a number" if count == 1 else "numbers"
            self.say(f"  Please type {wanted} from {low} to {high} (or q to stop).")

    def run(self, exercises: list[Exercise]) -> int:
        """Go through the exercises; return how many were completed."""
        done = 0
        try:
            for number, exercise in enumerate(exercises, 1):
                self.say(f"\n[{number}/{len(exercises)}] {KIND_LABELS[exercise.kind]} ({exercise.id})")
                self.say(plain_text(exercise.prompt))
                done += bool(PRACTICE[type(exercise)](self, exercise))
        except Quit:
            self.say("\nStopped.")
        self.say(f"\nCompleted {done} of {len(exercises)}.")
        return done


def _single(session: Session, exercise: SingleChoice) -> bool:
    shown = option_order(exercise)  # as on the page
    for n, index in enumerate(shown, 1):
        session.say(f"  {n}. {plain_text(exercise.options[index].text)}")
    result = exercise.check(shown[session.numbers("Your answer: ", 1, len(shown), 1)[0] - 1])
    session.say(("Correct. " if result["correct"] else "Not quite. ") + plain_text(result["feedback"][0]))
    return result["correct"]


def _multiple(session: Session, exercise: MultipleSelect) -> bool:
    shown = option_order(exercise)  # as on the page
    for n, index in enumerate(shown, 1):
        session.say(f"  {n}. {plain_text(exercise.options[index].text)}")
    chosen = sorted({shown[n - 1] for n in session.numbers("Your answers (e.g. 1 3): ", 1, len(shown))})
    result = exercise.check(chosen)
    session.say(
        "Correct." if result["correct"] else f"Not quite: {result['missed']} missed, {result['wrong']} not correct."
    )
    for feedback in result["feedback"]:
        session.say(f"  - {plain_text(feedback)}")
    return result["correct"]


def _ordering(session: Session, exercise: Ordering) -> bool:
    shown = items_order(exercise)
    for n, index in enumerate(shown, 1):
        session.say(f"  {n}. {plain_text(exercise.items[index])}")
    while True:
        picks = session.numbers("Their order, first to last (e.g. 3 1 2 ...): ", 1, len(shown), len(shown))
        if len(set(picks)) == len(picks):
            break
        session.say("  Use each number once.")
    return _report_rows(session, exercise, exercise.check([shown[p - 1] for p in picks]), "in the right place")


def _matching(session: Session, exercise: Matching) -> bool:
    shown = rights_order(exercise)
    for n, index in enumerate(shown, 1):
        session.say(f"  {n}. {plain_text(exercise.rights[index])}")
    response = [
        shown[session.numbers(f"{plain_text(pair.left)}: ", 1, len(shown), 1)[0] - 1] for pair in exercise.pairs
    ]
    return _report_rows(session, exercise, exercise.check(response), "matched")


def _report_rows(session: Session, exercise: Ordering | Matching, result: dict[str, Any], done: str) -> bool:
    """Ordering and matching: how many rows are right, and the rationale once all are."""
    session.say(
        f"{'Correct.' if result['correct'] else 'Not quite:'} {sum(result['rows'])} of {len(result['rows'])} {done}."
    )
    if result["correct"]:
        session.say(plain_text(exercise.rationale))
    return result["correct"]


def _scenario(session: Session, exercise: Scenario) -> bool:
    path: list[int] = []
    while True:
        result = exercise.check(path)
        step = exercise.step(result["step"])
        if result["consequences"]:
            session.say(f"  -> {plain_text(result['consequences'][-1])}")
        session.say(plain_text(step.text))
        if result["ended"]:
            session.say(
                f"{'This is the best path.' if result['correct'] else 'This ending is not the best path.'} {plain_text(result['debrief'])}"
            )
            return True
        shown = choice_order(exercise, step.id)  # as on the page
        for n, index in enumerate(shown, 1):
            session.say(f"  {n}. {plain_text(step.choices[index].text)}")
        path.append(shown[session.numbers("Your choice: ", 1, len(shown), 1)[0] - 1])


def _self_check(session: Session, exercise: SelfCheck) -> bool:
    session.say(SELF_CHECK_NOTICE)
    scale = ", ".join(f"{n} = {label}" for n, label in enumerate(exercise.scale, 1))
    session.say(f"Scale: {scale}")
    points = [session.numbers(f"{plain_text(item.text)} ", 1, len(exercise.scale), 1)[0] - 1 for item in exercise.items]
    result = exercise.check(points)
    session.say(f"Score {result['score']} of {result['max']}: {result['band']}. {plain_text(result['meaning'])}")
    return True


def _reflection(session: Session, exercise: Reflection) -> bool:
    session.say("Type your answer; an empty line ends it. (It is not saved.)")
    lines: list[str] = []
    while True:
        line = session.ask("> ") if not lines else session.ask("  ")
        if not line:
            break
        lines.append(line)
    for n, item in enumerate(exercise.checklist, 1):
        session.say(f"  {n}. {plain_text(item)}")
    result = exercise.check({"text": "\n".join(lines), "ticked": []})
    session.say(
        f"{result['words']} words. "
        + (
            "Complete: review it against the checklist above."
            if result["complete"]
            else f"Write at least {exercise.min_words} words to complete it."
        )
    )
    return result["complete"]


PRACTICE: dict[type[Exercise], Callable[[Session, Any], bool]] = {
    SingleChoice: _single,
    MultipleSelect: _multiple,
    Ordering: _ordering,
    Matching: _matching,
    Scenario: _scenario,
    SelfCheck: _self_check,
    Reflection: _reflection,
}

__all__ = ["PRACTICE", "Quit", "ResponseError", "Session"]

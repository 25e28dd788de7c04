"""``python -m textbook export``: choose the exercises, turn them into quizzes, and write the
file without ever leaving a half-written one behind."""

from __future__ import annotations

import os
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from textbook.kit.kinds import Exercise
from textbook.kit.loader import LoadedExercise
from textbook.lms import blackboard, moodle, qti
from textbook.lms.questions import AmbiguousScenario, MatchingQuestion, Question, Quiz, to_questions
from textbook.model.site import book_title
from textbook.model.spine import Spine
from textbook.rules import check_spine
from textbook.sources.problems import Problem, suggestion
from textbook.sources.wording import count

FORMATS = ("qti", "moodle", "blackboard")
READINESS = "readiness"  # the readiness check's questions, exported only when named
DEFAULT_OUTPUT = {
    "qti": "_build/lms/foundations-first-qti.zip",
    "moodle": "_build/lms/foundations-first-moodle.xml",
    "blackboard": "_build/lms/foundations-first-blackboard.txt",
}


class ExportError(Exception):
    """Why nothing was written: an unknown id, an empty selection, an unwritable path...
    ``problems`` are the faults in the sources behind it, when there are any."""

    def __init__(self, message: str, problems: tuple[Problem, ...] = ()) -> None:
        super().__init__(message)
        self.problems = problems


@dataclass(frozen=True)
class Export:
    """What was written, for the summary line."""

    path: Path
    quizzes: int
    exercises: int
    questions: int
    kinds: Counter[str]


def _owners(spine: Spine, ids: list[str]) -> list[tuple[str, str]]:
    """Every chapter and card with its quiz title, in the book's order; the readiness check
    first when it is asked for by name (it is a placement check, not a chapter's exercises)."""
    owners = [(READINESS, "Readiness check")] if READINESS in ids else []
    owners += [(c.id, f"Chapter {n}: {c.title}") for n, c in enumerate(spine.chapters, 1)]
    return owners + [(c.id, f"Card: {c.page.source.title or c.id}") for c in spine.cards]


def _exercises_of(spine: Spine, owner: str) -> list[LoadedExercise]:
    return spine.probes if owner == READINESS else spine.exercises_of(owner)


@dataclass(frozen=True)
class Selection:
    """The exercises chosen, and their quizzes (one per chapter or card, in the book's order)."""

    exercises: tuple[Exercise, ...]
    quizzes: tuple[Quiz, ...]


def select(spine: Spine, ids: list[str]) -> Selection:
    """The exercises for ``ids`` (chapter, card or exercise ids; every exercise when empty).
    Raises ExportError when the book has errors, for unknown ids, or with nothing to export."""
    errors = tuple(problem for problem in check_spine(spine, advice=False) if problem.is_error)
    if errors:
        raise ExportError(
            f"the book has {count(len(errors), 'problem')}: fix them first (listed above)",
            errors,
        )
    owners = _owners(spine, ids)
    known = {owner for owner, _title in owners} | {loaded.exercise.id for loaded in spine.exercises} | {READINESS}
    unknown = [ident for ident in ids if ident not in known]
    if unknown:
        hints = "; ".join(f"'{ident}'{suggestion(ident, sorted(known))}" for ident in unknown)
        names = ", ".join([READINESS] + [owner for owner, _title in owners if owner != READINESS])
        raise ExportError(f"unknown chapter, card or exercise id: {hints}. Chapters and cards: {names}")
    wanted = set(ids)
    exercises: list[Exercise] = []
    quizzes: list[Quiz] = []
    for owner, title in owners:
        chosen = [
            loaded
            for loaded in _exercises_of(spine, owner)
            if not ids or owner in wanted or loaded.exercise.id in wanted
        ]
        if chosen:
            exercises += [loaded.exercise for loaded in chosen]
            quizzes.append(Quiz(owner, title, tuple(q for loaded in chosen for q in _questions(loaded))))
    if not quizzes:
        what = ", ".join(ids) if ids else "the book"
        raise ExportError(f"nothing to export: {what} has no exercises")
    return Selection(tuple(exercises), tuple(quizzes))


def _questions(loaded: LoadedExercise) -> list[Question]:
    """The exercise's questions, or an ExportError at its ``path:line`` when it cannot be
    exported as it stands."""
    try:
        questions = to_questions(loaded.exercise)
    except AmbiguousScenario as exc:
        raise ExportError(
            "an exercise cannot be exported as it stands (listed above)", (Problem(loaded.path, loaded.line, str(exc)),)
        ) from None
    for question in questions:
        if isinstance(question, MatchingQuestion):
            rights = [right for _left, right in question.pairs] + list(question.extras)
            lefts = [left for left, _right in question.pairs]
            if len(set(rights)) != len(rights) or len(set(lefts)) != len(lefts):
                message = f"'{loaded.exercise.id}': two sides read the same once their markup is removed, and LMS matching lists are plain text"
                raise ExportError(
                    "an exercise cannot be exported as it stands (listed above)",
                    (Problem(loaded.path, loaded.line, message),),
                )
    return questions


def render(output_format: str, title: str, quizzes: list[Quiz]) -> bytes:
    """The file's bytes: a QTI 1.2 zip, a Moodle XML document or a Blackboard upload file (pure)."""
    if output_format == "qti":
        return qti.package_bytes("foundations-first-export", quizzes)
    if output_format == "moodle":
        try:
            return moodle.quiz_xml(title, quizzes)
        except moodle.UnsupportedQuestion as exc:
            raise ExportError(str(exc)) from None
    if output_format == "blackboard":
        return blackboard.upload_text(quizzes)
    raise ExportError(f"unknown format '{output_format}' (use {', '.join(FORMATS)})")


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file beside it: a failure leaves any
    earlier file at ``path`` as it was, and never a partial one."""
    parent = path.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=parent, prefix=f".{path.name}.", suffix=".part")
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from None


def export(spine: Spine, output_format: str, ids: list[str], output: str | Path | None) -> Export:
    """Select, render and write; returns what was written, or raises ExportError."""
    if output_format not in FORMATS:
        raise ExportError(f"unknown format '{output_format}' (use {', '.join(FORMATS)})")
    default = Path(DEFAULT_OUTPUT[output_format])
    if output is not None and (str(output).endswith(("/", os.sep)) or Path(output).is_dir()):
        example = Path(output) / default.name
        raise ExportError(f"cannot write {output}: it is a folder; give a file name, such as {example}")
    selection = select(spine, ids)
    path = Path(output) if output is not None else spine.root / default
    write_atomically(path, render(output_format, book_title(spine.root), list(selection.quizzes)))
    return Export(
        path=path,
        quizzes=len(selection.quizzes),
        exercises=len(selection.exercises),
        questions=sum(len(quiz.questions) for quiz in selection.quizzes),
        kinds=Counter(exercise.kind for exercise in selection.exercises),
    )

"""``python -m textbook export``: choose the exercises (with the chapters they build on, when
asked, as ``assign`` lists them), turn them into quizzes whose questions are titled as in the
book and link back to their page, and write the file without ever leaving a half-written one
behind."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from textbook.commands.assign import UnknownIds, reading_list
from textbook.commands.edition import build_selection, read_edition
from textbook.kit.kinds import Exercise, Probe
from textbook.kit.loader import LoadedExercise
from textbook.lms import blackboard, moodle, qti, scorm
from textbook.lms.cartridge import Course, book_course, cartridge_bytes
from textbook.lms.questions import (
    AmbiguousScenario,
    BookPage,
    MatchingQuestion,
    Question,
    Quiz,
    default_title,
    to_questions,
)
from textbook.lms.scorm import Sco
from textbook.model.site import SiteAddressError, book_title, page_url, site_url
from textbook.model.spine import Card, Chapter, Page, Spine
from textbook.rules import check_spine
from textbook.sources.problems import Problem, suggestion
from textbook.sources.wording import count

QUIZ_FORMATS = ("qti", "moodle", "blackboard")  # the exercises as quizzes
COURSE_FORMATS = ("cc", "scorm")  # the book as a course: chapters in order, with their exercises
FORMATS = QUIZ_FORMATS + COURSE_FORMATS
READINESS = "readiness"  # the readiness check's questions, exported only when named
DEFAULT_OUTPUT = {
    "qti": "_build/lms/foundations-first-qti.zip",
    "moodle": "_build/lms/foundations-first-moodle.xml",
    "blackboard": "_build/lms/foundations-first-blackboard.txt",
    "cc": "_build/lms/foundations-first.imscc",
    "scorm": "_build/lms/foundations-first-scorm.zip",
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
    modules: int = 0  # a course's modules (chapters, and the toolkit)
    prerequisites: tuple[str, ...] = ()  # the chapters the chosen ones build on, "Chapter 1: ..."
    with_prerequisites: bool = False  # whether those were exported too


def _owners(spine: Spine, ids: list[str]) -> list[tuple[str, str]]:
    """Every chapter and card with its quiz title, in the book's order; the readiness check
    first when it is asked for by name (it is a placement check, not a chapter's exercises)."""
    owners = [(READINESS, "Readiness check")] if READINESS in ids else []
    owners += [(c.id, f"Chapter {n}: {c.title}") for n, c in enumerate(spine.chapters, 1)]
    return owners + [(c.id, f"Card: {c.page.source.title or c.id}") for c in spine.cards]


def _exercises_of(spine: Spine, owner: str) -> list[LoadedExercise]:
    return spine.probes if owner == READINESS else spine.exercises_of(owner)


def chapter_label(spine: Spine, chapter: Chapter) -> str:
    """ "Chapter 6: Professional boundaries"."""
    return f"Chapter {spine.chapters.index(chapter) + 1}: {chapter.title}"


def prerequisites(spine: Spine, ids: list[str]) -> list[Chapter]:
    """The chapters that the chapters and cards among ``ids`` build on and that are not named
    themselves: what ``assign`` adds to its reading list for them (its closure, not a copy)."""
    named = {chapter.id for chapter in spine.chapters} | {card.id for card in spine.cards}
    chosen = [ident for ident in ids if ident in named]
    return [chapter for chapter in reading_list(spine, chosen)[0] if chapter.id not in ids] if chosen else []


class Places:
    """Where each exercise is in the book, for its questions' titles and their link back: the
    page that embeds it (a readiness question: its chapter's first page), and the page's address
    when the site's address ``site`` is known."""

    def __init__(self, spine: Spine, site: str | None = None) -> None:
        self.spine, self.site = spine, site
        self.embedded_on = spine.embedded_on()
        self.chapters = {chapter.id: chapter for chapter in spine.chapters}

    def title(self, loaded: LoadedExercise) -> str:
        """The questions' title: the exercise's title after its chapter ("Chapter 6: A friend
        request"), its card, or for a readiness question its chapter and number."""
        exercise = loaded.exercise
        if isinstance(exercise, Probe) and not exercise.title and exercise.chapter in self.chapters:
            same = [
                p.exercise.id for p in self.spine.probes if getattr(p.exercise, "chapter", None) == exercise.chapter
            ]
            number = same.index(exercise.id) + 1 if exercise.id in same else 1
            return f"Readiness check: {self.chapters[exercise.chapter].title}, question {number}"
        if isinstance(exercise, Probe):
            return f"Readiness check: {default_title(exercise)}"
        if loaded.owner in self.chapters:
            return f"Chapter {self.spine.chapters.index(self.chapters[loaded.owner]) + 1}: {default_title(exercise)}"
        return f"Toolkit card: {default_title(exercise)}"

    def page(self, loaded: LoadedExercise) -> BookPage | None:
        exercise = loaded.exercise
        page: Page | None = self.embedded_on.get(exercise.id)
        if page is None and isinstance(exercise, Probe) and exercise.chapter in self.chapters:
            page = self.chapters[exercise.chapter].index
        if page is None:
            return None
        if page.chapter in self.chapters:
            where = chapter_label(self.spine, self.chapters[page.chapter])
        elif page.card:
            where = "the practice toolkit"
        else:
            where = book_title(self.spine.root)
        url = page_url(self.site, page.docname) if self.site else ""
        return BookPage(page.source.title or page.docname, where, url)


@dataclass(frozen=True)
class Selection:
    """The exercises chosen, and their quizzes (one per chapter or card, in the book's order)."""

    exercises: tuple[Exercise, ...]
    quizzes: tuple[Quiz, ...]
    prerequisites: tuple[Chapter, ...] = ()  # what the chosen chapters and cards build on
    with_prerequisites: bool = False  # whether those are in the quizzes


def select(spine: Spine, ids: list[str], site: str | None = None, with_prerequisites: bool = False) -> Selection:
    """The exercises for ``ids`` (chapter, card or exercise ids; every exercise when empty),
    with the chapters the chosen chapters and cards build on when ``with_prerequisites``; each
    question links to its page on the site ``site`` (or names it, without an address).
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
    before = prerequisites(spine, ids)
    wanted = set(ids) | ({chapter.id for chapter in before} if with_prerequisites else set())
    places = Places(spine, site)
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
            quizzes.append(Quiz(owner, title, tuple(q for loaded in chosen for q in questions_of(loaded, places))))
    if not quizzes:
        what = ", ".join(ids) if ids else "the book"
        raise ExportError(f"nothing to export: {what} has no exercises")
    return Selection(tuple(exercises), tuple(quizzes), tuple(before), with_prerequisites)


def questions_of(loaded: LoadedExercise, places: Places) -> list[Question]:
    """The exercise's questions, titled and linked to their page by ``places``, or an
    ExportError at its ``path:line`` when it cannot be exported as it stands."""
    try:
        questions = to_questions(loaded.exercise, places.title(loaded), places.page(loaded))
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


def course_selection(
    spine: Spine, ids: list[str], edition: Path | None = None, with_prerequisites: bool = False
) -> tuple[list[Chapter], list[Card]]:
    """The chapters (in the required order) and cards of a course: for ``ids``, with everything
    they build on, as ``assign`` lists them (the whole book when there are none); for an
    edition file, as ``edition`` selects them (its missing prerequisites are problems unless
    ``with_prerequisites``). Raises ExportError."""
    if edition is not None:
        if ids:
            raise ExportError("give either chapter and card ids or --edition, not both")
        _spec, chapter_ids, card_ids, problems = read_edition(edition, spine, with_prerequisites)
        if problems:
            raise ExportError(f"the edition file has {count(len(problems), 'problem')} (listed above)", tuple(problems))
        return spine.chapters_named(chapter_ids), [card for card in spine.cards if card.id in card_ids]
    wanted = ids or [chapter.id for chapter in spine.chapters] + [card.id for card in spine.cards]
    try:
        return reading_list(spine, wanted)
    except UnknownIds as exc:
        raise ExportError(str(exc)) from None


def _course_exercises(spine: Spine, chapters: list[Chapter], cards: list[Card], site: str | None = None) -> Selection:
    """The exercises of a course's chapters and cards, one quiz per owner that has any (none
    when no chapter or card of the course has exercises)."""
    owners = [chapter.id for chapter in chapters] + [card.id for card in cards]
    with_exercises = [owner for owner in owners if spine.exercises_of(owner)]
    return select(spine, with_exercises, site) if with_exercises else Selection((), ())


def _course(
    spine: Spine, ids: list[str], site: str | None, edition: Path | None, with_prerequisites: bool
) -> tuple[Course, Selection]:
    """The course to write as a cartridge, and the selection of its quizzes."""
    try:
        address = site_url(spine.root, site)
    except SiteAddressError as exc:
        raise ExportError(f"{exc}; a cartridge is made of links to the published book") from None
    chapters, cards = course_selection(spine, ids, edition, with_prerequisites)
    selection = _course_exercises(spine, chapters, cards, address)
    quizzes = {quiz.ident: quiz for quiz in selection.quizzes}
    title = book_title(spine.root)
    return book_course(spine, chapters, cards, quizzes, address, title), selection


def _scorm_package(
    spine: Spine, ids: list[str], edition: Path | None, with_prerequisites: bool
) -> tuple[bytes, int, Selection]:
    """Build the pages of the selection and package them, one SCO per chapter or card."""
    chapters, cards = course_selection(spine, ids, edition, with_prerequisites)
    selection = _course_exercises(spine, chapters, cards)
    title = book_title(spine.root)
    scos = [
        Sco(chapter.id, f"Chapter {number}: {chapter.title}", f"{chapter.index.docname}.html")
        for number, chapter in enumerate(chapters, 1)  # numbered as the package's own pages are
    ]
    scos += [Sco(card.id, card.page.source.title or card.id, f"{card.page.docname}.html") for card in cards]
    workspace = Path(tempfile.mkdtemp(prefix="scorm-"))
    try:
        site, problems = build_selection(
            workspace,
            spine.root,
            spine.root / "_toc.yml",
            spine,
            title,
            [c.id for c in chapters],
            [c.id for c in cards],
            scorm=True,
        )
        if site is None:
            raise ExportError("the package's pages could not be built (listed above)", tuple(problems))
        files = {
            path.relative_to(site).as_posix(): path.read_bytes() for path in sorted(site.rglob("*")) if path.is_file()
        }
    finally:
        shutil.rmtree(workspace, ignore_errors=True)
    return scorm.package_bytes("foundations-first-scorm", title, scos, files), len(scos), selection


def export(
    spine: Spine,
    output_format: str,
    ids: list[str],
    output: str | Path | None,
    *,
    site: str | None = None,
    edition: Path | None = None,
    with_prerequisites: bool = False,
) -> Export:
    """Select, render and write; returns what was written, or raises ExportError. ``site`` is
    the published site's address (see :func:`textbook.model.site.known_site_url`), or None;
    a cartridge needs it. For a course (cc, scorm), the chapters come with their prerequisites,
    or from ``edition`` (see :func:`course_selection`)."""
    if output_format not in FORMATS:
        raise ExportError(f"unknown format '{output_format}' (use {', '.join(FORMATS)})")
    default = Path(DEFAULT_OUTPUT[output_format])
    if output is not None and (str(output).endswith(("/", os.sep)) or Path(output).is_dir()):
        example = Path(output) / default.name
        raise ExportError(f"cannot write {output}: it is a folder; give a file name, such as {example}")
    if edition is not None and output_format not in COURSE_FORMATS:
        raise ExportError(f"--edition makes a course: use it with --format {' or '.join(COURSE_FORMATS)}")
    modules = 0
    if output_format == "scorm":
        data, modules, selection = _scorm_package(spine, ids, edition, with_prerequisites)
    elif output_format == "cc":
        course, selection = _course(spine, ids, site, edition, with_prerequisites)
        data = cartridge_bytes(course)
        modules = len(course.modules)
    else:
        selection = select(spine, ids, site, with_prerequisites)
        data = render(output_format, book_title(spine.root), list(selection.quizzes))
    path = Path(output) if output is not None else spine.root / default
    write_atomically(path, data)
    return Export(
        path=path,
        quizzes=len(selection.quizzes),
        exercises=len(selection.exercises),
        questions=sum(len(quiz.questions) for quiz in selection.quizzes),
        kinds=Counter(exercise.kind for exercise in selection.exercises),
        modules=modules,
        prerequisites=tuple(chapter_label(spine, chapter) for chapter in selection.prerequisites),
        with_prerequisites=with_prerequisites,
    )

"""The spine: one validated, in-memory model of the whole book.

Sources (``_toc.yml`` and each page's front matter) go in; out come the ordered pages,
the foundation chapters, the toolkit cards and the glossary terms, each fact with its
file and line, plus every problem met while reading. The order rules
(:mod:`textbook.rules.order`) are pure functions over this model.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from textbook.kit.kinds import Exercise, Probe
from textbook.kit.loader import LoadedExercise, load_exercises
from textbook.model.frontmatter import ORDER_KEYS, PARSER_KEYS, CardMeta, ChapterMeta, Objective, PageMeta
from textbook.model.layout import CHAPTER_FOLDER
from textbook.model.pagesource import PageSource, read_page, salvage_page
from textbook.model.toc import TOC_FILE, TocEntry, read_toc, source_path
from textbook.sources.containment import (
    MAX_PAGE_BYTES,
    PAGES_FOLDER,
    UnreadableSource,
    is_inside,
    paths_resolved_once,
    read_source,
)
from textbook.sources.problems import Problem
from textbook.sources.yamlsource import YamlSyntaxError

WORDS_PER_MINUTE = 200


def reading_minutes(words: int) -> int:
    """Reading time of ``words`` of prose at a steady pace, rounded up to whole minutes (pure)."""
    return max(1, -(-words // WORDS_PER_MINUTE))


EXERCISES_FOLDER = "exercises"


@dataclass
class Page:
    """A page in reading order."""

    docname: str
    path: Path
    toc_line: int
    part: str | None
    source: PageSource
    chapter: str | None = None  # id of the foundation chapter the page belongs to
    card: str | None = None  # id of the card, if the page is a card


@dataclass
class Chapter:
    """A foundation chapter: its first page, its sections, and its front matter."""

    meta: ChapterMeta
    index: Page
    pages: list[Page] = field(default_factory=list)
    checked: bool = True  # False when its front matter failed validation (only the id is known)

    @property
    def id(self) -> str:
        return self.meta.chapter

    @property
    def title(self) -> str:
        return self.index.source.title or self.meta.chapter

    @property
    def words(self) -> int:
        return sum(page.source.words for page in self.pages)

    @property
    def reading_minutes(self) -> int:
        """Reading time of the chapter's prose (see :func:`reading_minutes`)."""
        return reading_minutes(self.words)


@dataclass
class Card:
    """A practice-toolkit card."""

    meta: CardMeta
    page: Page

    @property
    def id(self) -> str:
        return self.meta.card

    @property
    def reading_minutes(self) -> int:
        return reading_minutes(self.page.source.words)


@dataclass
class Spine:
    """The book: pages in order, chapters and cards by id, and the problems met reading it."""

    root: Path
    pages: list[Page] = field(default_factory=list)
    chapters: list[Chapter] = field(default_factory=list)
    cards: list[Card] = field(default_factory=list)
    exercises: list[LoadedExercise] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    failed_exercise_ids: set[str] = field(default_factory=set)  # defined, but failed to load
    broken_owners: set[str] = field(default_factory=set)  # chapters or cards whose module has problems
    probes: list[LoadedExercise] = field(default_factory=list)  # the readiness check's questions
    # Problems with sources that must never reach Sphinx (also in ``problems``): a file outside
    # the book, too large or not a regular file, refused YAML. The build stops before reading.
    refused: list[Problem] = field(default_factory=list)

    # Look-ups by key, built on first use and again whenever the list they index is replaced or
    # changes length: the rules ask for every chapter's exercises, which scanning the whole list
    # each time made grow with the square of the book.
    _indexes: dict[str, tuple[list[Any], int, dict[str, list[Any]]]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def _indexed(
        self, name: str, items: list[Any], key: Callable[[Any], str], value: Callable[[Any], Any] = lambda item: item
    ) -> dict[str, list[Any]]:
        cached = self._indexes.get(name)
        if cached is None or cached[0] is not items or cached[1] != len(items):
            table: dict[str, list[Any]] = {}
            for item in items:
                table.setdefault(key(item), []).append(value(item))
            cached = self._indexes[name] = (items, len(items), table)
        return cached[2]

    def fingerprint(self, exercise: Exercise) -> str:
        """``exercise.fingerprint()``: for the spine's exercises, each computed once, all at the
        first call (a build asks on the exercise's page and again for the manifest), computed
        again when the list is replaced or changes length, as the look-ups are."""
        table = self._indexed("fingerprint", self.exercises, lambda e: str(id(e.exercise)), self._fingerprinted)
        found = table.get(str(id(exercise)))
        return found[0][1] if found and found[0][0] is exercise else exercise.fingerprint()

    @staticmethod
    def _fingerprinted(loaded: LoadedExercise) -> tuple[Exercise, str]:
        return (loaded.exercise, loaded.exercise.fingerprint())

    def exercise(self, exercise_id: str) -> LoadedExercise | None:
        found = self._indexed("exercise", self.exercises, lambda e: e.exercise.id).get(exercise_id)
        return found[0] if found else None

    def exercises_of(self, owner: str) -> list[LoadedExercise]:
        """The exercises declared in ``exercises/<owner>.py``."""
        return list(self._indexed("owner", self.exercises, lambda e: e.owner).get(owner, ()))

    def where(self, path: Path, line: int) -> str:
        """``path:line`` with the path relative to the book's root, for use inside messages."""
        try:
            shown = Path(path).relative_to(self.root).as_posix()
        except ValueError:
            shown = Path(path).as_posix()
        return f"{shown}:{line}"

    def chapter(self, chapter_id: str) -> Chapter | None:
        found = self._indexed("chapter", self.chapters, lambda c: c.id).get(chapter_id)
        return found[0] if found else None

    def chapters_named(self, chapter_ids: list[str]) -> list[Chapter]:
        """The chapters with these ids, in the order given; unknown ids are left out (reported
        by the rules)."""
        return [chapter for chapter in (self.chapter(i) for i in chapter_ids) if chapter is not None]

    def objectives_assessed(self, owner: str, objectives: Sequence[str]) -> list[str]:
        """The objective keys ("chapter/objective") an exercise of ``owner`` assesses: a chapter's
        exercise its own objectives, a card's those of the chapters it builds on (pure)."""
        chapter = self.chapter(owner)
        if chapter is not None:
            return [f"{owner}/{objective}" for objective in objectives]
        card = next((c for c in self.cards if c.id == owner), None)
        bases = self.chapters_named(list(card.meta.builds_on)) if card else []
        return [
            f"{base.id}/{objective}"
            for objective in objectives
            for base in bases
            if objective in {o.id for o in base.meta.objectives}
        ]

    def readiness_questions(self) -> list[tuple[LoadedExercise, Probe]]:
        """Each readiness question with where it was defined."""
        return [(loaded, loaded.exercise) for loaded in self.probes if isinstance(loaded.exercise, Probe)]

    def page(self, docname: str) -> Page | None:
        return next((p for p in self.pages if p.docname == docname), None)

    def embedded_on(self) -> dict[str, Page]:
        """Each embedded exercise's id with the page that embeds it (its ``{exercise}``
        directive): where a learner meets it, and where a link to it leads. An exercise embedded
        twice (an error the rules report) keeps its first page."""
        pages: dict[str, Page] = {}
        for page in self.pages:
            for ref in page.source.embedded:
                pages.setdefault(ref.name, page)
        return pages

    def chapter_starting_at(self, docname: str) -> Chapter | None:
        """The chapter whose first page is ``docname`` (None for any other page)."""
        return next((c for c in self.chapters if c.index.docname == docname), None)


def load_spine(root: Path) -> Spine:
    """Read the book at ``root``. Never raises for faults in the sources: they become problems."""
    with paths_resolved_once():  # the sources as they are now: each folder's links followed once
        return _load_spine(Path(root))


def _load_spine(root: Path) -> Spine:
    spine = Spine(root=root)
    entries, problems, refused = read_toc(root)
    spine.problems.extend(problems)
    spine.refused.extend(refused)
    for entry in entries:
        page = _read_entry(root, entry, spine.problems, spine.refused)
        if page is not None:
            spine.pages.append(page)
    _attach(spine)
    loaded = load_exercises(root / EXERCISES_FOLDER)
    spine.refused.extend(loaded.refused)
    spine.exercises = loaded.exercises
    spine.failed_exercise_ids = loaded.failed_ids
    spine.broken_owners = loaded.broken_owners
    spine.probes = loaded.probes
    spine.problems.extend(loaded.problems)
    return spine


def _read_entry(root: Path, entry: TocEntry, problems: list[Problem], refused: list[Problem]) -> Page | None:
    """Read one listed page; record a problem and return None when it cannot be read.

    A page outside ``book/`` (or a link to one), a file that is too large or not a regular file,
    and refused YAML are also recorded in ``refused``: the build must not read them."""
    book = root / PAGES_FOLDER
    path = source_path(root, entry.docname)
    if not is_inside(root / entry.docname, book) or (path is not None and not is_inside(path, book)):
        problem = Problem(
            root / TOC_FILE,
            entry.line,
            f"'{entry.docname}' is outside book/{' (through a symbolic link)' if is_inside(root / entry.docname, book) else ''}: "
            "the table of contents lists only pages inside book/",
        )
        problems.append(problem)
        refused.append(problem)
        return None
    if path is None:
        problems.append(
            Problem(
                root / TOC_FILE,
                entry.line,
                f"'{entry.docname}' is listed but no such page exists (looked for .md, .ipynb, .rst)",
            )
        )
        return None
    if path.suffix != ".md":
        problem = Problem(
            root / TOC_FILE,
            entry.line,
            f"'{path.relative_to(root).as_posix()}' is not a MyST Markdown page (.md): the engine cannot check "
            "notebooks or reStructuredText, so the book does not use them",
        )
        problems.append(problem)
        refused.append(problem)
        return None
    try:
        text = read_source(path, MAX_PAGE_BYTES, within=book)
    except UnreadableSource as exc:
        problem = Problem(path, 1, str(exc))
        problems.append(problem)
        refused.append(problem)
        return None
    try:
        source = read_page(text)
    except YamlSyntaxError as exc:
        problems.append(Problem(path, exc.line, exc.message))
        if exc.refused:
            refused.append(problems[-1])
        source = salvage_page(text)
    return Page(entry.docname, path, entry.line, entry.part, source)


def _attach(spine: Spine) -> None:
    """Validate each page's front matter and group the pages into chapters and cards."""
    current: Chapter | None = None
    for page in spine.pages:
        data = page.source.front_matter.data if page.source.front_matter else None
        if data is not None and not isinstance(data, dict):
            spine.problems.append(Problem(page.path, 2, "front matter must be a mapping of keys to values"))
            data = None
        data = data or {}
        if "chapter" in data:
            meta, checked = _meta(ChapterMeta, "chapter", data, page, spine.problems)
            current = None
            if meta is not None:
                current = Chapter(meta=meta, index=page, checked=checked)
                spine.chapters.append(current)
                _check_chapter_folder(page, spine.problems)
        elif "card" in data:
            meta, _ = _meta(CardMeta, "card", data, page, spine.problems)
            if meta is not None:
                spine.cards.append(Card(meta=meta, page=page))
                page.card = meta.card
            current = None
            continue
        else:
            if not any(key in data for key in ORDER_KEYS):
                _validate(PageMeta, data, page, spine.problems)
            for key in ORDER_KEYS:
                if key in data:
                    spine.problems.append(
                        Problem(
                            page.path,
                            page.source.line_of((key,)),
                            f"'{key}' belongs only in the front matter of a chapter's first page or of a card (add 'chapter:' or 'card:', or move it)",
                        )
                    )
            if current is not None and not _in_chapter(page, current):
                current = None
        if current is not None:
            page.chapter = current.id
            current.pages.append(page)
        elif CHAPTER_FOLDER.match(page.docname):
            spine.problems.append(
                Problem(
                    spine.root / TOC_FILE,
                    page.toc_line,
                    f"'{page.docname}' sits in a chapter folder but is not listed after that chapter's index page",
                )
            )


def _in_chapter(page: Page, chapter: Chapter) -> bool:
    """A page belongs to the open chapter when it sits in that chapter's folder."""
    return page.docname.startswith(chapter.index.docname.rsplit("/", 1)[0] + "/")


def _check_chapter_folder(page: Page, problems: list[Problem]) -> None:
    """A foundation chapter's first page is ``book/foundations/NN-slug/index.md``."""
    if not (CHAPTER_FOLDER.match(page.docname) and page.docname.endswith("/index")):
        problems.append(
            Problem(
                page.path,
                page.source.line_of(("chapter",)),
                "a foundation chapter's first page must be book/foundations/NN-slug/index.md",
            )
        )


def _validate(model: type[BaseModel], data: dict, page: Page, problems: list[Problem]) -> Any:
    """Validate front matter against ``model``; each error becomes a problem at its key's line."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        for error in exc.errors():
            loc = tuple(error["loc"])
            if error["type"] == "extra_forbidden" and loc and loc[0] in PARSER_KEYS:
                continue  # reported by the containment rules, which stop the build before it reads
            problems.append(Problem(page.path, page.source.line_of(loc), _describe(error, model)))
        return None


def _meta(model: type[BaseModel], key: str, data: dict, page: Page, problems: list[Problem]) -> tuple[Any, bool]:
    """Validated front matter; for invalid or salvaged front matter, an unchecked stand-in
    that keeps only the id, so that one fault does not cascade into "unknown id" reports."""
    if not page.source.salvaged:
        meta = _validate(model, data, page, problems)
        if meta is not None:
            return meta, True
    ident = data.get(key)
    if not isinstance(ident, str):
        return None, False
    empty: dict[str, Any] = {"objectives": []} if model is ChapterMeta else {"builds_on": []}
    return model.model_construct(None, **{key: ident}, **empty), False


def _describe(error: ErrorDetails, model: type[BaseModel]) -> str:
    """A plain-language message for one pydantic error."""
    where = ".".join(str(part) for part in error["loc"]) or "front matter"
    kind = error["type"]
    if kind == "extra_forbidden":
        fields = Objective.model_fields if len(error["loc"]) > 1 else model.model_fields
        return f"unknown key '{where}' (allowed: {', '.join(fields)})"
    if kind == "missing":
        return f"missing required key '{where}'"
    if kind == "string_pattern_mismatch":
        return f"'{where}' must be an id in lowercase letters, digits and hyphens (got {error['input']!r})"
    if kind in ("list_type", "string_type", "dict_type", "model_type"):
        expected = {
            "list_type": "a list",
            "string_type": "text",
            "dict_type": "a mapping",
            "model_type": "a mapping with 'id' and 'text'",
        }[kind]
        return f"'{where}' must be {expected}, not {type(error['input']).__name__} {error['input']!r}"
    if kind == "too_short":
        return f"'{where}' must not be empty"
    if kind == "value_error":
        return f"'{where.replace('.[key]', '')}': {error['msg'].removeprefix('Value error, ')}"
    if kind == "literal_error":
        return f"'{where}' must be 'in-preparation' or left out (got {error['input']!r})"
    return f"'{where}': {error['msg']}"

"""Numbers that hold a chapter to the content guide: words, reading time, reading level,
exercises by kind, objectives assessed, distinct sources. Pure functions over the spine."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from textbook.kit.items import Item, choice_items
from textbook.kit.kinds import KINDS
from textbook.model.spine import Chapter, Spine
from textbook.rules.content import reading_grade

KIND_SHORT = {name: kind.short for name, kind in KINDS.items()}


@dataclass(frozen=True)
class ChapterStats:
    id: str
    status: str
    pages: int
    words: int
    minutes: int
    grade: float | None
    page_grades: tuple[float | None, ...]
    exercises: Counter[str]
    objectives: int
    unassessed: tuple[str, ...]
    sources: int


def chapter_stats(spine: Spine, chapter: Chapter) -> ChapterStats:
    exercises = [loaded.exercise for loaded in spine.exercises_of(chapter.id)]
    assessed = {objective for exercise in exercises for objective in exercise.objectives}
    return ChapterStats(
        id=chapter.id,
        status=chapter.meta.status or "written",
        pages=len(chapter.pages),
        words=chapter.words,
        minutes=chapter.reading_minutes,
        grade=reading_grade(chapter.pages),
        page_grades=tuple(reading_grade([page]) for page in chapter.pages),
        exercises=Counter(exercise.kind for exercise in exercises),
        objectives=len(chapter.meta.objectives),
        unassessed=tuple(o.id for o in chapter.meta.objectives if o.id not in assessed),
        sources=len({ref.name for page in chapter.pages for ref in page.source.cited}),
    )


def format_table(rows: list[ChapterStats]) -> str:
    """The stats as a plain-text table, one chapter a line, then the kinds used in the book."""
    lines = [
        f"{'chapter':<17} {'status':<15} {'pages':>5} {'words':>6} {'min':>4} {'grade':>5} {'max pg':>6} {'ex':>3}  {'kinds':<40} {'obj':>7} {'src':>3}"
    ]
    for row in rows:
        kinds = " ".join(f"{KIND_SHORT[k]}:{n}" for k, n in sorted(row.exercises.items()))
        grades = [g for g in row.page_grades if g is not None]
        worst = f"{max(grades):.1f}" if grades else "-"
        grade = f"{row.grade:.1f}" if row.grade is not None else "-"
        objectives = f"{row.objectives - len(row.unassessed)}/{row.objectives}"
        lines.append(
            f"{row.id:<17} {row.status:<15} {row.pages:>5} {row.words:>6} {row.minutes:>4} {grade:>5} {worst:>6} {sum(row.exercises.values()):>3}  {kinds:<40} {objectives:>7} {row.sources:>3}"
        )
    used: Counter[str] = Counter()
    for row in rows:
        used.update(row.exercises)
    lines.append(f"{'total':<17} {'':<15} {sum(r.pages for r in rows):>5} {sum(r.words for r in rows):>6}")
    lines.append(f"exercise kinds in use: {len(used)} of {len(KIND_SHORT)} ({', '.join(sorted(used)) or 'none'})")
    lines.append(
        "grade: Flesch-Kincaid of the chapter's prose; max pg: its hardest page; obj: objectives assessed; src: distinct sources cited"
    )
    return "\n".join(lines)


# --- stats --items: the signals of issue #18's "Figures to reach" ------------------------------


@dataclass(frozen=True)
class ItemStats:
    """What a test-wise reader gets from one module's choice items (a chapter, a card, or the
    readiness check), or from the whole book. ``single`` counts single-choice items, probes
    and scenario decision points with one key; the percentages are over them."""

    id: str
    single: int
    key_longest: int  # items whose key has more words than every distractor
    key_ratio: float | None  # the key's words over the distractors' average, averaged over items
    longest_reader: float | None  # expected accuracy of a reader who picks the longest option
    cue_reader: float | None  # ... who discards options with reason clauses or absolute words
    chance: float | None  # ... who picks at random
    key_first: int  # keys shown first (after the seeded shuffle)
    key_last: int  # keys shown last
    selects: int  # multiple-select items
    select_options: int
    select_correct: int
    select_longest_correct: int  # multiple selects whose longest option is correct


def item_stats(ident: str, items: list[Item]) -> ItemStats:
    """The figures of a set of items (pure)."""
    single = [item for item in items if item.single]
    selects = [item for item in items if item.kind == "multiple-select"]

    def mean(values: list[float]) -> float | None:
        return sum(values) / len(values) if values else None

    return ItemStats(
        id=ident,
        single=len(single),
        key_longest=sum(item.key_longest() for item in single),
        key_ratio=mean([item.key_ratio() for item in single]),
        longest_reader=mean([item.longest_reader() for item in single]),
        cue_reader=mean([item.cue_reader() for item in single]),
        chance=mean([item.chance() for item in single]),
        key_first=sum(item.shown_position() == 0 for item in single),
        key_last=sum(item.shown_position() == len(item.texts) - 1 for item in single),
        selects=len(selects),
        select_options=sum(len(item.texts) for item in selects),
        select_correct=sum(len(item.keys) for item in selects),
        select_longest_correct=sum(any(item.lengths[i] == max(item.lengths) for i in item.keys) for item in selects),
    )


def book_item_stats(spine: Spine) -> list[ItemStats]:
    """One row per chapter, card and the readiness check (in the book's order, where they have
    choice items), then the whole book (pure)."""
    owners = [chapter.id for chapter in spine.chapters] + [card.id for card in spine.cards]
    by_owner: dict[str, list[Item]] = {}
    for loaded in [*spine.exercises, *spine.probes]:
        by_owner.setdefault(loaded.owner, []).extend(choice_items(loaded.exercise))
    ordered = [o for o in owners if by_owner.get(o)] + [o for o in by_owner if o not in owners and by_owner[o]]
    rows = [item_stats(owner, by_owner[owner]) for owner in ordered]
    return [*rows, item_stats("book", [item for owner in ordered for item in by_owner[owner]])]


def _percent(part: float | None, whole: float = 1) -> str:
    return "-" if part is None or not whole else f"{100 * part / whole:.0f}%"


def format_items_table(rows: list[ItemStats]) -> str:
    """The item figures as a plain-text table, one module a line, the book last."""
    head = (
        f"{'module':<24} {'items':>5} {'longest':>7} {'ratio':>5} {'longest-reader':>14} {'cue-reader':>10} "
        f"{'chance':>6} {'first':>5} {'last':>5} {'ms':>3} {'ms-correct':>10} {'ms-longest':>10}"
    )
    lines = [head]
    for row in rows:
        ratio = "-" if row.key_ratio is None else f"{row.key_ratio:.2f}"
        lines.append(
            f"{row.id:<24} {row.single:>5} {_percent(row.key_longest, row.single):>7} {ratio:>5} "
            f"{_percent(row.longest_reader):>14} {_percent(row.cue_reader):>10} {_percent(row.chance):>6} "
            f"{_percent(row.key_first, row.single):>5} {_percent(row.key_last, row.single):>5} {row.selects:>3} "
            f"{_percent(row.select_correct, row.select_options):>10} "
            f"{_percent(row.select_longest_correct, row.selects):>10}"
        )
    lines.append(
        "items: single choices, readiness probes and scenario decision points with one key; longest: the key has "
        "the most words; ratio: the key's words over the distractors' average; longest-reader, cue-reader: "
        "expected accuracy of a reader who picks the longest option, or who discards options with a reason "
        "clause or an absolute word; chance: a random pick; first, last: where the key is shown; ms: multiple "
        "selects; ms-correct: their share of correct options; ms-longest: those whose longest option is correct"
    )
    lines.append(
        "figures to reach (issue #18): longest at most 35%; ms-correct 30% to 60%; longest-reader and "
        "cue-reader no better than chance"
    )
    return "\n".join(lines)

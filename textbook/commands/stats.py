"""Numbers that hold a chapter to the content guide: words, reading time, reading level,
exercises by kind, objectives assessed, distinct sources. Pure functions over the spine."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

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

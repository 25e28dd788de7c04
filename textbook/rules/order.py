"""The order rules of the book, as pure functions over the spine.

Each rule takes a :class:`~textbook.spine.Spine` and returns the problems it finds.
``python -m textbook check`` and the Sphinx build both run :data:`RULES`.
"""

from __future__ import annotations

from collections.abc import Callable

from textbook.kit.kinds import Exercise
from textbook.model.spine import CHAPTER_FOLDER, Spine
from textbook.sources.problems import Problem
from textbook.sources.problems import suggestion as _suggest


def unique_ids(spine: Spine) -> list[Problem]:
    """Chapter and card ids are unique across the book; objective ids within a chapter."""
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    owners = [(c.id, c.index, "chapter") for c in spine.chapters] + [(c.id, c.page, "card") for c in spine.cards]
    for ident, page, key in owners:
        here = spine.where(page.path, page.source.line_of((key,)))
        if ident in seen:
            problems.append(
                Problem(
                    page.path, page.source.line_of((key,)), f"duplicate id '{ident}': already used at {seen[ident]}"
                )
            )
        else:
            seen[ident] = here
    for chapter in spine.chapters:
        seen_objectives: set[str] = set()
        for index, objective in enumerate(chapter.meta.objectives):
            if objective.id in seen_objectives:
                line = chapter.index.source.line_of(("objectives", index, "id"))
                problems.append(
                    Problem(
                        chapter.index.path, line, f"duplicate objective id '{objective.id}' in chapter '{chapter.id}'"
                    )
                )
            seen_objectives.add(objective.id)
    return problems


def requires_earlier_chapters(spine: Spine) -> list[Problem]:
    """Rule 1: ``requires`` names only foundation chapters that come earlier in ``_toc.yml``."""
    problems: list[Problem] = []
    position = {chapter.id: number for number, chapter in enumerate(spine.chapters)}
    card_ids = {card.id for card in spine.cards}
    for number, chapter in enumerate(spine.chapters):
        listed: set[str] = set()
        for index, required in enumerate(chapter.meta.requires):
            line = chapter.index.source.line_of(("requires", index))
            problem = _requirement_problem(chapter.id, number, required, position, card_ids, listed)
            if problem:
                problems.append(Problem(chapter.index.path, line, problem))
            listed.add(required)
    return problems


def _requirement_problem(
    own: str, number: int, required: str, position: dict[str, int], card_ids: set[str], listed: set[str]
) -> str | None:
    """Why ``required`` cannot be a prerequisite of chapter ``own``, or None when it can."""
    if required == own:
        return f"chapter '{own}' requires itself"
    if required in listed:
        return f"'{required}' is listed twice in requires"
    if required in card_ids:
        return f"'{required}' is a toolkit card: a chapter can require only foundation chapters"
    if required not in position:
        return f"unknown chapter id '{required}' in requires{_suggest(required, position)}"
    if position[required] > number:
        return f"chapter '{own}' requires '{required}', which comes later in _toc.yml: a chapter can require only earlier chapters"
    return None


def terms_defined_before_use(spine: Spine) -> list[Problem]:
    """Rule 2: a glossary term is used only on the page that defines it or a later page."""
    problems: list[Problem] = []
    defined_at: dict[str, tuple[int, str]] = {}  # term -> (page number, "path:line")
    for number, page in enumerate(spine.pages):
        for ref in page.source.defined_terms:
            if ref.name in defined_at:
                problems.append(
                    Problem(
                        page.path,
                        ref.line,
                        f"glossary term '{ref.name}' is already defined at {defined_at[ref.name][1]}",
                    )
                )
            else:
                defined_at[ref.name] = (number, spine.where(page.path, ref.line))
    for number, page in enumerate(spine.pages):
        for ref in page.source.used_terms:
            if ref.name not in defined_at:
                problems.append(
                    Problem(
                        page.path,
                        ref.line,
                        f"glossary term '{ref.name}' is used but never defined{_suggest(ref.name, defined_at)}",
                    )
                )
            elif defined_at[ref.name][0] > number:
                problems.append(
                    Problem(
                        page.path,
                        ref.line,
                        f"glossary term '{ref.name}' is used before it is introduced: it is defined later, at {defined_at[ref.name][1]}",
                    )
                )
    return problems


def cards_build_on_foundations(spine: Spine) -> list[Problem]:
    """Rule 5: toolkit cards build only on foundation chapters."""
    problems: list[Problem] = []
    chapter_ids = {chapter.id for chapter in spine.chapters}
    card_ids = {card.id for card in spine.cards}
    for card in spine.cards:
        for index, base in enumerate(card.meta.builds_on):
            line = card.page.source.line_of(("builds_on", index))
            if base in card_ids:
                problems.append(
                    Problem(
                        card.page.path, line, f"'{base}' is a toolkit card: cards build only on foundation chapters"
                    )
                )
            elif base not in chapter_ids:
                problems.append(
                    Problem(
                        card.page.path, line, f"unknown chapter id '{base}' in builds_on{_suggest(base, chapter_ids)}"
                    )
                )
    return problems


def chapter_folders_in_order(spine: Spine) -> list[Problem]:
    """Chapter folders are numbered in reading order (``01-``, ``02-``, ...), without repeats."""
    problems: list[Problem] = []
    last = 0
    for chapter in spine.chapters:
        match = CHAPTER_FOLDER.match(chapter.index.docname)
        if not match:
            continue
        number = int(match["number"])
        if number <= last:
            problems.append(
                Problem(
                    spine.root / "_toc.yml",
                    chapter.index.toc_line,
                    f"chapter folder {number:02d}-{match['slug']} comes after folder {last:02d} in _toc.yml: number chapter folders in reading order",
                )
            )
        last = max(last, number)
    return problems


def _objectives_of(spine: Spine, owner: str) -> set[str] | None:
    """Objective ids an exercise of ``exercises/<owner>.py`` may assess; None for an unknown owner.

    A chapter's exercises assess its own objectives; a card's, those of the chapters it builds on.
    """
    chapter = spine.chapter(owner)
    if chapter is not None:
        return {objective.id for objective in chapter.meta.objectives} if chapter.checked else None
    card = next((c for c in spine.cards if c.id == owner), None)
    if card is None:
        return None
    bases = [spine.chapter(base) for base in card.meta.builds_on]
    return {objective.id for base in bases if base is not None for objective in base.meta.objectives}


def exercises_belong(spine: Spine) -> list[Problem]:
    """Exercise ids are unique; each module is named after a chapter or card; objectives exist."""
    problems: list[Problem] = []
    first: dict[str, str] = {}
    owners = [c.id for c in spine.chapters] + [c.id for c in spine.cards]
    for loaded in spine.exercises:
        exercise = loaded.exercise
        if exercise.id in first:
            problems.append(
                Problem(
                    loaded.path,
                    loaded.line,
                    f"duplicate exercise id '{exercise.id}': already defined at {first[exercise.id]}",
                )
            )
        else:
            first[exercise.id] = spine.where(loaded.path, loaded.line)
        allowed = _objectives_of(spine, loaded.owner)
        owner = spine.chapter(loaded.owner)
        if owner is not None and not owner.checked:
            continue  # its front matter is already reported; its objectives are unknown
        if allowed is None:
            problems.append(
                Problem(
                    loaded.path,
                    1,
                    f"exercises/{loaded.path.name} is named after no chapter or card: name it <chapter-id>.py or <card-id>.py{_suggest(loaded.owner, owners)}",
                )
            )
            continue
        for objective in exercise.objectives:
            if objective not in allowed:
                problems.append(
                    Problem(
                        loaded.path,
                        loaded.line,
                        f"exercise '{exercise.id}' assesses unknown objective '{objective}' of '{loaded.owner}'{_suggest(objective, allowed)}",
                    )
                )
    return problems


def exercises_embedded_once_in_order(spine: Spine) -> list[Problem]:
    """Rule 3: an embedded exercise belongs to the page's chapter or an earlier one (on a card,
    to the card or a foundation chapter), and every exercise is embedded exactly once."""
    problems: list[Problem] = []
    position = {chapter.id: number for number, chapter in enumerate(spine.chapters)}
    card_ids = {card.id for card in spine.cards}
    embedded_at: dict[str, str] = {}
    for page in spine.pages:
        for ref in page.source.embedded:
            loaded = spine.exercise(ref.name)
            if loaded is None and ref.name in spine.failed_exercise_ids:
                continue  # already reported where it is defined
            if loaded is None:
                known = [e.exercise.id for e in spine.exercises]
                problems.append(
                    Problem(page.path, ref.line, f"no exercise with id '{ref.name}'{_suggest(ref.name, known)}")
                )
                continue
            if ref.name in embedded_at:
                problems.append(
                    Problem(
                        page.path,
                        ref.line,
                        f"exercise '{ref.name}' is already embedded at {embedded_at[ref.name]}: embed each exercise once",
                    )
                )
                continue
            embedded_at[ref.name] = spine.where(page.path, ref.line)
            if loaded.owner not in position and loaded.owner not in card_ids:
                continue  # the module's name is reported where it is defined
            problem = _embedding_problem(page.chapter, page.card, loaded.owner, position)
            if problem:
                problems.append(Problem(page.path, ref.line, f"exercise '{ref.name}' {problem}"))
    for loaded in spine.exercises:
        if loaded.exercise.id not in embedded_at:
            problems.append(
                Problem(
                    loaded.path,
                    loaded.line,
                    f"exercise '{loaded.exercise.id}' is not embedded on any page: add ```{{exercise}} {loaded.exercise.id}``` to a page of '{loaded.owner}'",
                )
            )
    return problems


def _embedding_problem(chapter: str | None, card: str | None, owner: str, position: dict[str, int]) -> str | None:
    """Why an exercise of ``owner`` may not sit on this page, or None when it may."""
    if card is not None:
        return (
            None
            if owner == card or owner in position
            else f"belongs to '{owner}', not to this card or a foundation chapter"
        )
    if chapter is None:
        return f"belongs to '{owner}' and can be embedded only in that chapter or a later one"
    if owner not in position:
        return f"belongs to the card '{owner}': a chapter cannot embed a card's exercise"
    if position[owner] > position[chapter]:
        return f"belongs to '{owner}', which comes later than '{chapter}': embed it in its own chapter"
    return None


def objectives_assessed(spine: Spine) -> list[Problem]:
    """Rule 4: every objective of a written chapter is assessed by at least one exercise (a
    confidence rating measures confidence, so it assesses nothing)."""
    problems: list[Problem] = []
    for chapter in spine.chapters:
        if chapter.meta.status == "in-preparation" or not chapter.checked or chapter.id in spine.broken_owners:
            continue
        exercises = [e.exercise for e in spine.exercises_of(chapter.id)]
        assessed = {objective for e in exercises if not _confidence(e) for objective in e.objectives}
        rated = {objective for e in exercises if _confidence(e) for objective in e.objectives}
        for index, objective in enumerate(chapter.meta.objectives):
            if objective.id not in assessed:
                line = chapter.index.source.line_of(("objectives", index, "id"))
                only = " (only by a confidence rating, which is not evidence)" if objective.id in rated else ""
                problems.append(
                    Problem(
                        chapter.index.path,
                        line,
                        f"objective '{objective.id}' is not assessed by any exercise in exercises/{chapter.id}.py{only}",
                    )
                )
    return problems


def _confidence(exercise: Exercise) -> bool:
    return getattr(exercise, "confidence", False) is True


def readiness_probes(spine: Spine) -> list[Problem]:
    """The readiness check asks two or three questions about each written chapter, each tied to
    one of that chapter's objectives (only when the book has exercises/readiness.py)."""
    if not spine.probes and "readiness" not in spine.broken_owners:
        return []
    problems: list[Problem] = []
    exercise_ids = {loaded.exercise.id for loaded in spine.exercises}
    seen: set[str] = set()
    for loaded, probe in spine.readiness_questions():
        chapter = spine.chapter(probe.chapter)
        if probe.id in seen or probe.id in exercise_ids:
            problems.append(
                Problem(
                    loaded.path,
                    loaded.line,
                    f"duplicate id '{probe.id}': ids are shared by exercises and readiness questions",
                )
            )
        seen.add(probe.id)
        if chapter is None:
            known = [c.id for c in spine.chapters]
            problems.append(
                Problem(
                    loaded.path,
                    loaded.line,
                    f"readiness question '{probe.id}' names unknown chapter '{probe.chapter}'{_suggest(probe.chapter, known)}",
                )
            )
            continue
        allowed = {objective.id for objective in chapter.meta.objectives}
        for objective in probe.objectives:
            if objective not in allowed:
                problems.append(
                    Problem(
                        loaded.path,
                        loaded.line,
                        f"readiness question '{probe.id}' probes unknown objective '{objective}' of '{chapter.id}'{_suggest(objective, allowed)}",
                    )
                )
    if "readiness" in spine.broken_owners:
        return problems
    for chapter in spine.chapters:
        count = sum(1 for _, probe in spine.readiness_questions() if probe.chapter == chapter.id)
        if chapter.meta.status != "in-preparation" and not 2 <= count <= 3:
            line = chapter.index.source.line_of(("chapter",))
            problems.append(
                Problem(
                    chapter.index.path,
                    line,
                    f"the readiness check needs two or three questions about '{chapter.id}' in exercises/readiness.py (it has {count})",
                )
            )
    return problems


def exercises_have_titles(spine: Spine) -> list[Problem]:
    """Every exercise has a title, unique in the book: learners find what is left by its name."""
    problems: list[Problem] = []
    first: dict[str, str] = {}
    for loaded in spine.exercises:
        title = loaded.exercise.title
        if title is None:
            problems.append(
                Problem(
                    loaded.path,
                    loaded.line,
                    f"exercise '{loaded.exercise.id}' has no title: add title=\"...\", a few words a learner "
                    "recognises it by in lists such as 'Not done yet'",
                )
            )
            continue
        key = " ".join(title.lower().split())
        if key in first:
            problems.append(
                Problem(
                    loaded.path,
                    loaded.line,
                    f"exercise '{loaded.exercise.id}' has the title of the exercise at {first[key]}: give each its own",
                )
            )
        else:
            first[key] = spine.where(loaded.path, loaded.line)
    return problems


def self_check_pages(spine: Spine) -> list[Problem]:
    """A self-check statement's ``page`` is a page of the book, in its own chapter or an earlier one."""
    problems: list[Problem] = []
    position = {chapter.id: n for n, chapter in enumerate(spine.chapters)}
    docnames = {page.docname for page in spine.pages}
    for loaded in spine.exercises:
        for index, item in enumerate(getattr(loaded.exercise, "items", None) or []):
            page = getattr(item, "page", None)
            if page is None:
                continue
            found = spine.page(page)
            where = f"statement {index + 1} of '{loaded.exercise.id}'"
            if found is None:
                problems.append(
                    Problem(
                        loaded.path,
                        loaded.line,
                        f"{where} names page '{page}', which is not in the book{_suggest(page, docnames)}",
                    )
                )
            elif found.chapter is not None and position.get(found.chapter, -1) > position.get(
                loaded.owner, len(position)
            ):
                problems.append(
                    Problem(
                        loaded.path,
                        loaded.line,
                        f"{where} names page '{page}', of a later chapter: point to this chapter or an earlier one",
                    )
                )
    return problems


RULES: tuple[Callable[[Spine], list[Problem]], ...] = (
    unique_ids,
    requires_earlier_chapters,
    terms_defined_before_use,
    cards_build_on_foundations,
    chapter_folders_in_order,
    exercises_belong,
    exercises_have_titles,
    self_check_pages,
    exercises_embedded_once_in_order,
    objectives_assessed,
    readiness_probes,
)

"""``python -m textbook assign ID...``: the reading list to hand out for chapters or cards,
with everything they build on, in the required order."""

from __future__ import annotations

import difflib
import html

from textbook.kit.markup import plain_text
from textbook.model.spine import Card, Chapter, Spine
from textbook.sources.wording import count


class UnknownIds(Exception):
    """Ids that are no chapter or card; the message suggests the nearest valid ones."""


def reading_list(spine: Spine, ids: list[str]) -> tuple[list[Chapter], list[Card]]:
    """The chapters (prerequisite closure, in the required order) and cards to read for ``ids``."""
    chapters = {chapter.id: chapter for chapter in spine.chapters}
    cards = {card.id: card for card in spine.cards}
    unknown = [ident for ident in ids if ident not in chapters and ident not in cards]
    if unknown:
        known = list(chapters) + list(cards)
        hints = []
        for ident in unknown:
            close = difflib.get_close_matches(ident, known, n=3, cutoff=0.5)
            hints.append(f"'{ident}'" + (f" (did you mean {', '.join(close)}?)" if close else ""))
        raise UnknownIds(f"unknown chapter or card id: {'; '.join(hints)}. Valid ids: {', '.join(known)}")
    wanted: set[str] = set()
    todo = [ident for ident in ids if ident in chapters]
    todo += [base for ident in ids if ident in cards for base in cards[ident].meta.builds_on]
    while todo:
        ident = todo.pop()
        if ident in chapters and ident not in wanted:
            wanted.add(ident)
            todo.extend(chapters[ident].meta.requires)
    chosen_cards = [card for card in spine.cards if card.id in ids]
    return [chapter for chapter in spine.chapters if chapter.id in wanted], chosen_cards


def as_markdown(spine: Spine, chapters: list[Chapter], cards: list[Card]) -> str:
    """The reading list in Markdown, ready to paste into a course page (pure)."""
    lines = ["# Reading list", "", "Read in this order: each chapter builds on the ones before it.", ""]
    for position, chapter in enumerate(chapters, 1):
        number = spine.chapters.index(chapter) + 1
        exercises = len(spine.exercises_of(chapter.id))
        lines.append(
            f"{position}. **Chapter {number}: {chapter.title}** (about {count(chapter.reading_minutes, 'minute')}, {count(exercises, 'exercise')})"
        )
        lines += [f"   - {plain_text(objective.text)}" for objective in chapter.meta.objectives]
    if cards:
        lines += ["", "## Practice toolkit cards", ""]
        for card in cards:
            bases = ", ".join(chapter.title for chapter in spine.chapters_named(card.meta.builds_on))
            exercises = len(spine.exercises_of(card.id))
            lines.append(
                f"- **{card.page.source.title or card.id}** (about {count(card.reading_minutes, 'minute')}, {count(exercises, 'exercise')}). Built on: {bases}."
            )
    minutes = sum(c.reading_minutes for c in chapters) + sum(c.reading_minutes for c in cards)
    lines += ["", f"Total reading time: about {count(minutes, 'minute')}."]
    return "\n".join(lines) + "\n"


def as_html(spine: Spine, chapters: list[Chapter], cards: list[Card]) -> str:
    """The reading list as an HTML fragment for a learning management system page (pure)."""
    e = html.escape
    parts = ["<h2>Reading list</h2>", "<p>Read in this order: each chapter builds on the ones before it.</p>", "<ol>"]
    for chapter in chapters:
        number = spine.chapters.index(chapter) + 1
        exercises = len(spine.exercises_of(chapter.id))
        objectives = "".join(f"<li>{e(plain_text(o.text))}</li>" for o in chapter.meta.objectives)
        parts.append(
            f"<li><strong>Chapter {number}: {e(chapter.title)}</strong> (about {count(chapter.reading_minutes, 'minute')}, {count(exercises, 'exercise')})<ul>{objectives}</ul></li>"
        )
    parts.append("</ol>")
    if cards:
        parts += ["<h3>Practice toolkit cards</h3>", "<ul>"]
        for card in cards:
            bases = ", ".join(chapter.title for chapter in spine.chapters_named(card.meta.builds_on))
            parts.append(
                f"<li><strong>{e(card.page.source.title or card.id)}</strong> (about {count(card.reading_minutes, 'minute')}). Built on: {e(bases)}.</li>"
            )
        parts.append("</ul>")
    return "\n".join(parts) + "\n"

"""``python -m textbook assign ID...``: the reading list to hand out for chapters or cards,
with everything they build on, in the required order: each entry with its reading time, what it
is there for (asked for, or needed first for which of the chosen ones), and a link to its page
on the published site when the site's address is known."""

from __future__ import annotations

import difflib
import html
import re
from dataclasses import dataclass

from textbook.kit.markup import plain_text
from textbook.model.site import page_url
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


@dataclass(frozen=True)
class Entry:
    """One chapter or card of a reading list, as both formats print it."""

    label: str  # "Chapter 6: Professional boundaries", or the card's title
    url: str | None  # its page on the published site, when the address is known
    minutes: int
    exercises: int
    objectives: tuple[str, ...]  # plain text (chapters only)
    asked: bool  # named by the instructor, rather than brought in as a prerequisite
    needed_for: tuple[str, ...]  # the titles of the chosen chapters and cards that build on it
    built_on: tuple[str, ...] = ()  # a card's foundation chapters


def card_title(card: Card) -> str:
    return card.page.source.title or card.id


def entries(spine: Spine, ids: list[str], site: str | None = None) -> tuple[list[Entry], list[Entry]]:
    """The reading list for ``ids`` as entries: the chapters in the required order, then the
    cards. A chapter that was not named says which named chapters and cards need it first,
    each closure computed by :func:`reading_list` (raises UnknownIds as it does)."""
    chapters, cards = reading_list(spine, ids)
    titles = {chapter.id: chapter.title for chapter in spine.chapters} | {card.id: card_title(card) for card in cards}
    needs = {ident: {chapter.id for chapter in reading_list(spine, [ident])[0]} for ident in dict.fromkeys(ids)}

    def link(docname: str) -> str | None:
        return page_url(site, docname) if site else None

    chapter_entries = [
        Entry(
            label=f"Chapter {spine.chapters.index(chapter) + 1}: {chapter.title}",
            url=link(chapter.index.docname),
            minutes=chapter.reading_minutes,
            exercises=len(spine.exercises_of(chapter.id)),
            objectives=tuple(plain_text(objective.text) for objective in chapter.meta.objectives),
            asked=chapter.id in ids,
            needed_for=tuple(
                titles[ident] for ident, closure in needs.items() if ident != chapter.id and chapter.id in closure
            ),
        )
        for chapter in chapters
    ]
    card_entries = [
        Entry(
            label=card_title(card),
            url=link(card.page.docname),
            minutes=card.reading_minutes,
            exercises=len(spine.exercises_of(card.id)),
            objectives=(),
            asked=True,
            needed_for=(),
            built_on=tuple(chapter.title for chapter in spine.chapters_named(card.meta.builds_on)),
        )
        for card in cards
    ]
    return chapter_entries, card_entries


def _about(entry: Entry) -> str:
    return f"about {count(entry.minutes, 'minute')}, {count(entry.exercises, 'exercise')}"


def _why(entry: Entry) -> str:
    """Why the entry is on the list: asked for, needed first for others, or both."""
    reasons = ["Asked for."] if entry.asked else []
    if entry.needed_for:
        reasons.append(f"Needed first for: {', '.join(entry.needed_for)}.")
    return " ".join(reasons)


def _total(chapters: list[Entry], cards: list[Entry]) -> str:
    minutes = sum(entry.minutes for entry in chapters + cards)
    hours = f" ({count(minutes // 60, 'hour')} {count(minutes % 60, 'minute')})" if minutes >= 60 else ""
    return f"Total reading time: about {count(minutes, 'minute')}{hours}."


def _intro(chapters: list[Entry], cards: list[Entry]) -> str:
    asked = [entry.label for entry in chapters if entry.asked] + [f"the card “{entry.label}”" for entry in cards]
    added = sum(not entry.asked for entry in chapters)
    text = f"You asked for: {'; '.join(asked)}."
    if added:
        text += f" {count(added, 'chapter comes', 'chapters come')} in as prerequisites: each says what it is needed first for."
    return text + " Read in this order: each chapter builds on the ones before it."


MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>])")


def _md(text: str) -> str:
    """Text made literal in Markdown: its markup characters escaped."""
    return MARKDOWN_SPECIAL.sub(r"\\\1", text)


def _md_name(entry: Entry) -> str:
    name = f"[{_md(entry.label)}]({entry.url})" if entry.url else _md(entry.label)
    return f"**{name}**"


def as_markdown(chapters: list[Entry], cards: list[Entry]) -> str:
    """The reading list in Markdown, ready to paste into a course page (pure)."""
    lines = ["# Reading list", "", _intro(chapters, cards), ""]
    for position, entry in enumerate(chapters, 1):
        lines.append(f"{position}. {_md_name(entry)} ({_about(entry)}). {_why(entry)}")
        lines += [f"   - {_md(objective)}" for objective in entry.objectives]
    if cards:
        lines += ["", "## Practice toolkit cards", ""]
        for entry in cards:
            lines.append(f"- {_md_name(entry)} ({_about(entry)}). Built on: {_md(', '.join(entry.built_on))}.")
    lines += ["", _total(chapters, cards)]
    return "\n".join(lines) + "\n"


def _html_name(entry: Entry) -> str:
    e = html.escape
    name = f'<a href="{e(entry.url)}">{e(entry.label)}</a>' if entry.url else e(entry.label)
    return f"<strong>{name}</strong>"


def as_html(chapters: list[Entry], cards: list[Entry]) -> str:
    """The reading list as an HTML fragment for a learning management system page (pure)."""
    e = html.escape
    parts = ["<h2>Reading list</h2>", f"<p>{e(_intro(chapters, cards))}</p>", "<ol>"]
    for entry in chapters:
        objectives = "".join(f"<li>{e(objective)}</li>" for objective in entry.objectives)
        parts.append(f"<li>{_html_name(entry)} ({_about(entry)}). {e(_why(entry))}<ul>{objectives}</ul></li>")
    parts.append("</ol>")
    if cards:
        parts += ["<h3>Practice toolkit cards</h3>", "<ul>"]
        for entry in cards:
            parts.append(f"<li>{_html_name(entry)} ({_about(entry)}). Built on: {e(', '.join(entry.built_on))}.</li>")
        parts.append("</ul>")
    parts.append(f"<p>{e(_total(chapters, cards))}</p>")
    return "\n".join(parts) + "\n"

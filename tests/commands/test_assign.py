"""`assign`: the reading list for chapters or cards, with prerequisites in the required order,
each entry linked to its page on the published site when the address is known."""

from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import ROOT, run_textbook
from textbook.commands.assign import Entry, as_html, as_markdown, entries, reading_list
from textbook.model.spine import load_spine

SITE = "https://example.org/ff/"
NO_LINKS = "the list has no links: pass --site-url https://... (where the book is published) or set html.baseurl"


def test_closure_in_required_order() -> None:
    spine = load_spine(ROOT)
    chapters, cards = reading_list(spine, ["ethics"])
    # ethics requires models (which requires history, then orientation) and knowing-yourself
    assert [c.id for c in chapters] == ["orientation", "history", "models", "knowing-yourself", "ethics"]
    assert cards == []


def test_card_brings_its_foundation() -> None:
    spine = load_spine(ROOT)
    chapters, cards = reading_list(spine, ["who-can-i-tell"])
    assert [c.id for c in cards] == ["who-can-i-tell"]
    assert chapters[-1].id == "ethics" and chapters[0].id == "orientation"


def test_markdown_and_html() -> None:
    markdown = run_textbook("assign", "boundaries", "gift-from-a-client")
    assert markdown.returncode == 0
    lines = markdown.stdout.splitlines()
    assert lines[0] == "# Reading list"
    numbered = [line for line in lines if line[:1].isdigit()]
    assert [line.split("**")[1].split(":")[0] for line in numbered] == [f"Chapter {n}" for n in range(1, 7)]
    assert "## Practice toolkit cards" in markdown.stdout and "Built on: Professional boundaries" in markdown.stdout
    assert "minutes" in numbered[0] and "exercises" in numbered[0]
    page = run_textbook("assign", "--format", "html", "history")
    assert page.returncode == 0 and page.stdout.startswith("<h2>Reading list</h2>")
    assert page.stdout.count("<li><strong>Chapter") == 2


def test_each_entry_says_whether_it_was_asked_for_or_what_needs_it() -> None:
    spine = load_spine(ROOT)
    chapters, cards = entries(spine, ["boundaries", "gift-from-a-client"])
    boundaries, gift = spine.chapter("boundaries"), spine.cards[[c.id for c in spine.cards].index("gift-from-a-client")]
    assert [entry.asked for entry in chapters] == [False] * 5 + [True]
    assert chapters[0].needed_for == ("Professional boundaries", gift.page.source.title)
    assert chapters[-1].needed_for == (gift.page.source.title,)  # asked for, and a card builds on it
    assert all(entry.url is None for entry in chapters + cards)
    text = as_markdown(chapters, cards)
    assert f"You asked for: Chapter 6: {boundaries.title}; the card “{gift.page.source.title}”." in text
    assert "5 chapters come in as prerequisites" in text
    assert "(about 28 minutes, 12 exercises). Needed first for: Professional boundaries, A person" in text
    assert re.search(
        r"\*\*Chapter 6: Professional boundaries\*\* \(about \d+ minutes, \d+ exercises\)\. Asked for\.", text
    )


def test_per_chapter_and_total_reading_time_in_both_formats() -> None:
    spine = load_spine(ROOT)
    chapters, cards = entries(spine, ["ethics", "who-can-i-tell"])
    total = sum(c.reading_minutes for c in reading_list(spine, ["ethics", "who-can-i-tell"])[0]) + sum(
        card.reading_minutes for card in spine.cards if card.id == "who-can-i-tell"
    )
    expected = f"Total reading time: about {total} minutes ({total // 60} hour"
    for text in (as_markdown(chapters, cards), as_html(chapters, cards)):
        assert expected in text
        assert all(f"about {entry.minutes} minute" in text for entry in chapters + cards)
    assert as_html(chapters, cards).rstrip().endswith("minutes).</p>")


def test_with_the_sites_address_every_entry_links_to_its_page() -> None:
    markdown = run_textbook("assign", "--site-url", SITE.rstrip("/"), "boundaries", "friend-request")
    assert markdown.returncode == 0 and markdown.stderr == ""
    assert (
        f"1. **[Chapter 1: Orientation: the work and your place in it]({SITE}book/foundations/01-orientation/index.html)**"
        in markdown.stdout
    )
    assert (
        f"- **[A person you support sends you a friend request]({SITE}book/toolkit/friend-request.html)**"
        in markdown.stdout
    )
    assert len(re.findall(r"\]\(https://example\.org/ff/book/[^)\s]+\.html\)", markdown.stdout)) == 7
    page = run_textbook("assign", "--format", "html", "--site-url", SITE, "history")
    assert page.returncode == 0 and page.stderr == ""
    links = re.findall(r'<a href="([^"]+)">', page.stdout)
    assert links == [
        f"{SITE}book/foundations/01-orientation/index.html",
        f"{SITE}book/foundations/02-history/index.html",
    ]


def test_the_configured_address_links_without_the_flag(fixture_book) -> None:
    book: Path = fixture_book("valid")
    config = book / "_config.yml"
    config.write_text(
        config.read_text(encoding="utf-8") + "html:\n  baseurl: https://fixture.example/\n", encoding="utf-8"
    )
    result = run_textbook("--root", str(book), "assign", "second")
    assert result.returncode == 0 and result.stderr == ""
    assert "](https://fixture.example/book/foundations/01-first/index.html)" in result.stdout


def test_without_an_address_the_list_comes_without_links_and_says_how_to_get_them() -> None:
    result = run_textbook("assign", "--format", "html", "ethics")
    assert result.returncode == 0 and "<a " not in result.stdout and "http" not in result.stdout
    assert result.stderr.count("\n") == 1 and NO_LINKS in result.stderr


def test_an_unusable_address_is_refused_in_one_line() -> None:
    result = run_textbook("assign", "--site-url", "example.org/book", "ethics")
    assert result.returncode == 1 and result.stdout == ""
    assert (
        result.stderr
        == "textbook: --site-url: 'example.org/book' is not a web address; give one such as https://example.org/book/\n"
    )


def test_titles_are_literal_in_markdown_and_escaped_in_html() -> None:
    hostile = Entry(
        label="Chapter 1: *Not* [a link](javascript:x) <b>",
        url="https://example.org/a%20b.html",
        minutes=1,
        exercises=0,
        objectives=("Use `code` and _this_",),
        asked=True,
        needed_for=(),
    )
    text = as_markdown([hostile], [])
    assert r"**[Chapter 1: \*Not\* \[a link\](javascript:x) \<b\>](https://example.org/a%20b.html)**" in text
    assert r"   - Use \`code\` and \_this\_" in text
    page = as_html([hostile], [])
    assert "<b>" not in page and "&lt;b&gt;" in page and "about 1 minute, 0 exercises" in page


def test_unknown_id_is_refused_with_suggestions() -> None:
    result = run_textbook("assign", "boundries", "ethics")
    assert result.returncode == 1 and result.stdout == ""
    assert "unknown chapter or card id: 'boundries' (did you mean boundaries" in result.stderr
    assert "Traceback" not in result.stderr

"""The MyST line scanner: what counts as a term definition, a term use, a title, a word."""

from __future__ import annotations

import pytest

from textbook.model.pagesource import read_page, salvage_page, term_target
from textbook.sources.yamlsource import YamlSyntaxError, parse_yaml

PAGE = """---
chapter: demo
requires: []
---
# Demo page

Intro uses {term}`Alpha` and {term}`the idea <Beta  Term>`.

% a comment with {term}`ignored`

```python
print("{term}`not-a-term`")
```

:::{admonition} A note
:class: tip
Inside a directive, {term}`gamma` still counts.
:::

:::{glossary}
:sorted:
Alpha
  First definition, which uses {term}`delta`.
Beta term
Second name
  Shared definition.
:::

## A later heading
"""


def test_terms_titles_and_lines() -> None:
    page = read_page(PAGE)
    assert page.title == "Demo page" and page.title_line == 5
    assert [(t.name, t.line) for t in page.defined_terms] == [("alpha", 22), ("beta term", 24), ("second name", 25)]
    assert [t.label for t in page.defined_terms] == ["Alpha", "Beta term", "Second name"]
    assert [(t.name, t.line) for t in page.used_terms] == [("alpha", 7), ("beta term", 7), ("gamma", 17), ("delta", 23)]
    assert page.definitions["alpha"] == "First definition, which uses {term}`delta`."


def test_front_matter_lines_point_at_keys() -> None:
    page = read_page(PAGE)
    assert page.line_of(("chapter",)) == 2
    assert page.line_of(("requires",)) == 3
    assert page.line_of(("nowhere",)) == 2  # falls back to the start of the front matter


def test_words_leave_out_code_comments_and_markup() -> None:
    page = read_page("# Title here\n\nOne two {term}`three <x>`.\n\n```\nnot counted at all\n```\n% nor this\n")
    assert page.words == 5


def test_prose_is_each_line_as_read_made_readable_when_asked_for() -> None:
    page = read_page(
        "# A title\n\nSee {term}`the idea <idea>` in [the guide](guide.md) {cite}`key`.\n\n"
        "- **Bold** and `code`\n\n:::{glossary}\nIdea\n  What it means.\n:::\n"
    )
    assert page.prose_lines[0] == ("# A title", True)  # as written: nothing made readable yet
    assert page.prose == ["A title.", "See the idea in the guide .", "Bold and code", "Idea.", "What it means."]
    assert [ref.name for ref in page.cited] == ["key"]


def test_lines_without_the_characters_of_a_construct_are_not_searched_for_it() -> None:
    """The scanner skips a pattern on lines that cannot hold it ("`" of a role, "<" of a tag,
    "](" of a link); lines that hold them are read as before."""
    page = read_page(
        "Plain words only.\n"
        "A <span onclick=x> tag, and onload=y with no tag.\n"
        "An ![image](a.png) and [a link](b.md) and `<b>` in code.\n"
        "{download}`c.pdf` and {doc}`page` and {eval}`1+1`.\n"
        "[def]: d.pdf\n"
    )
    assert page.raw_html == [(2, "<span onclick=x>")]
    assert page.images == [(3, True)]
    assert page.links == [(3, "file", "a.png"), (3, "file", "b.md"), (4, "doc", "page")]
    assert [(ref.line, ref.construct, ref.target) for ref in page.files] == [
        (3, "an image", "a.png"),
        (3, "a link", "b.md"),
        (4, "{download}", "c.pdf"),
        (5, "a link definition", "d.pdf"),
    ]
    assert [line for line, _ in page.refused] == [4]
    assert read_page("Only onclick=x here, no tag.\n").raw_html == []
    assert read_page("A < b and onclick=x.\n").raw_html == [(1, "an inline event handler")]


def test_page_without_front_matter() -> None:
    page = read_page("# Only a title\n")
    assert page.front_matter is None and page.line_of(("chapter",)) == 1


def test_malformed_front_matter_reports_file_line() -> None:
    with pytest.raises(YamlSyntaxError) as caught:
        read_page("---\nchapter: x\nrequires: [a\nobjectives: []\n---\n# T\n")
    assert caught.value.line == 4
    assert "flow sequence that starts at line 3" in caught.value.message


def test_salvage_keeps_the_id_and_the_body() -> None:
    page = salvage_page("---\nchapter: kept\nrequires: [\n---\n# Title\n\nUses {term}`x`.\n")
    assert page.salvaged and page.front_matter is not None
    assert page.front_matter.data == {"chapter": "kept"}
    assert [(t.name, t.line) for t in page.used_terms] == [("x", 7)]


@pytest.mark.parametrize(
    ("text", "target"),
    [("Alpha", "alpha"), ("the idea <Beta  Term>", "beta term"), ("  spaced   out  ", "spaced out")],
)
def test_term_target(text: str, target: str) -> None:
    assert term_target(text) == target


def test_yaml_lines_of_nested_items() -> None:
    doc = parse_yaml("a: 1\nlist:\n  - x\n  - id: y\n    text: z\n", first_line=10)
    assert doc.line_of(("list", 1, "text")) == 14
    assert doc.line_of(("list", 7)) == 11  # no such item: the line of its list's key

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

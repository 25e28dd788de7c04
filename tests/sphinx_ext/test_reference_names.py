"""Authors' names in the reference list in APA 7 order: a lineage (Jr., III) after the initials."""

from __future__ import annotations

from pybtex.database import Person, parse_file
from pybtex.plugin import find_plugin

from tests.conftest import ROOT
from textbook.sphinx_ext.reference_names import LineageLast, register_apa_names, with_lineage_last


def _references() -> dict[str, str]:
    style = find_plugin("pybtex.style.formatting", "apa7")()
    entries = list(parse_file(ROOT / "book" / "references.bib").entries.values())
    return {formatted.key: formatted.text.render_as("text") for formatted in style.format_entries(entries)}


def test_a_lineage_comes_after_the_initials() -> None:
    register_apa_names()
    assert _references()["roediger2006"].startswith("Roediger, H. L., III, & Karpicke, J. D. (2006).")


def test_names_without_a_lineage_are_written_as_the_stock_style_writes_them() -> None:
    stock = find_plugin("pybtex.style.names", "lastfirst")()
    ours = LineageLast()
    for text in (
        "Karpicke, Jeffrey D.",
        "de la Vall{\\'e}e Poussin, Charles Louis",
        "Freire, Paulo",
        "Rogers, Carl R.",
    ):
        person = Person(text)
        for abbr in (True, False):
            assert ours.format(person, abbr).format().render_as("text") == stock.format(
                person, abbr
            ).format().render_as("text")
    lineage = Person("King, Jr, Martin Luther")
    assert ours.format(lineage, True).format().render_as("text") == "King, M. L., Jr"
    assert stock.format(lineage, True).format().render_as("text") == "King, Jr, M. L."


def test_registering_again_changes_nothing() -> None:
    first = register_apa_names()
    assert first is not None and first.default_name_style is LineageLast
    assert isinstance(first().name_style, LineageLast)
    assert register_apa_names() is first
    assert with_lineage_last(first) is first
    assert find_plugin("pybtex.style.formatting", "apa7") is first


def test_a_name_style_asked_for_is_kept() -> None:
    style = register_apa_names()
    assert style is not None
    assert type(style(name_style="plain").name_style) is find_plugin("pybtex.style.names", "plain")
    assert isinstance(style(None, None).name_style, LineageLast)

"""Which scripts and stylesheets a page keeps (pure): the runtime only where it is used, the
code copy button only with code, the SCORM reporter only in a SCORM package, nothing remote
without math, only the EPUB's stylesheets in the EPUB."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from docutils import nodes
from docutils.utils import new_document

from textbook.sphinx_ext.assets import (
    COPY_BUTTON_ASSETS,
    PAGE_SCRIPTS,
    REVIEW_SCRIPT,
    RUNTIME_SCRIPTS,
    SCORM_SCRIPT,
    has_math,
    kept,
)

PAGE = {"epub": False, "runtime": True, "math": False, "stock": False, "code": False, "scorm": False}


def test_the_scorm_reporter_is_only_in_a_scorm_package() -> None:
    exercise = '<div class="ff-exercise" data-exercise-id="x">'
    assert not kept(SCORM_SCRIPT, **PAGE, body=exercise)
    assert kept(SCORM_SCRIPT, **{**PAGE, "scorm": True}, body=exercise)
    assert not kept(SCORM_SCRIPT, **{**PAGE, "scorm": True}, body="<p>Your path</p>")  # nothing to report
    others = [name for name in RUNTIME_SCRIPTS if name not in (SCORM_SCRIPT, REVIEW_SCRIPT)]
    assert all(kept(name, **PAGE) for name in others)


@pytest.mark.parametrize("name", COPY_BUTTON_ASSETS)
def test_the_copy_button_only_where_there_is_code(name: str) -> None:
    assert not kept(name, **PAGE)
    assert kept(name, **{**PAGE, "code": True})


def test_the_stock_baseline_keeps_everything_but_thebe_and_remote_files() -> None:
    stock = {**PAGE, "stock": True}
    assert kept(SCORM_SCRIPT, **stock) and kept("copybutton.js", **stock)
    assert not kept("sphinx-thebe.js", **stock)
    assert not kept("https://cdn.example/mathjax.js", **stock)
    assert kept("https://cdn.example/mathjax.js", **{**stock, "math": True})


def test_the_epub_keeps_only_its_stylesheets() -> None:
    epub = {**PAGE, "epub": True}
    assert kept("epub.css", **epub) and kept("pygments.css", **epub)
    assert not kept("ff.css", **epub) and not kept("ff-check.js", **epub)


def test_the_review_scheduler_only_where_exercises_review_or_objectives_are() -> None:
    assert not kept(REVIEW_SCRIPT, **PAGE, body='<div class="ff-readiness">')  # the readiness check
    for body in ('<div class="ff-exercise" id="x">', '<ul class="ff-objectives" data-chapter="x">'):
        assert kept(REVIEW_SCRIPT, **PAGE, body=body)
    assert kept(REVIEW_SCRIPT, **PAGE, body='<div class="ff-review-session" hidden="hidden">')


@pytest.mark.parametrize("name", sorted(PAGE_SCRIPTS))
def test_a_page_script_only_on_its_page(name: str) -> None:
    assert not kept(name, **PAGE, body="<p>text</p>")
    assert kept(name, **PAGE, body=f"<div {PAGE_SCRIPTS[name]}>")


def test_components_are_found_in_the_page_markup() -> None:
    from textbook.sphinx_ext.assets import components_used

    assert components_used("<p>Plain text</p>", code=False) == frozenset()
    assert components_used('<div class="sd-card sd-shadow-sm">', code=False) == {"design"}
    assert components_used('<div class="sd-tab-set docutils">', code=False) == {"design", "design tabs"}
    assert components_used('<div class="admonition dropdown">', code=False) == {"toggle"}
    assert components_used('<details class="toggle-details">', code=False) == {"toggle"}
    assert components_used('<div class="cell_output docutils container">', code=False) == {"notebook"}
    assert components_used("<pre>x = 1</pre>", code=True) == {"notebook"}  # its stylesheet numbers code lines
    # the theme's own toggles are no component's markup
    assert components_used('<label class="toctree-toggle"><a class="dropdown-toggle">', code=False) == frozenset()


@pytest.mark.parametrize(
    ("asset", "component"),
    [
        ("sphinx-design.min.css", "design"),
        ("design-tabs.js", "design tabs"),
        ("togglebutton.css", "toggle"),
        ("togglebutton.js", "toggle"),
        ("mystnb.11b39860a7a0cbfd.css", "notebook"),
    ],
)
def test_a_components_files_only_where_the_page_uses_it(asset: str, component: str) -> None:
    assert not kept(asset, **PAGE, components=frozenset())
    assert kept(asset, **PAGE, components=frozenset({component}))
    assert kept(asset, **PAGE)  # not told which: kept
    assert kept(asset, **{**PAGE, "stock": True}, components=frozenset())  # the stock baseline keeps it


def test_the_togglebutton_snippet_goes_with_its_script() -> None:
    from types import SimpleNamespace

    snippet = "let toggleHintShow = 'Click to show'; const togglebuttonSelector = '.toggle';"
    inline = SimpleNamespace(filename=None, attributes={"body": snippet})
    other = SimpleNamespace(filename=None, attributes={"body": "var x = 1;"})
    assert not kept(inline, **PAGE, components=frozenset())
    assert kept(inline, **PAGE, components=frozenset({"toggle"}))
    assert kept(other, **PAGE, components=frozenset())


def _page(with_math: bool) -> nodes.document:
    document = new_document("page.md")
    paragraph = nodes.paragraph()
    if with_math:
        paragraph += nodes.math("x^2", "x^2")
    document += paragraph
    return document


def _app(builder: str, recorded: dict[str, bool]) -> SimpleNamespace:
    return SimpleNamespace(
        builder=SimpleNamespace(name=builder), env=SimpleNamespace(domaindata={"math": {"has_equations": recorded}})
    )


def test_math_is_what_the_math_domain_recorded_for_the_page_not_a_walk_of_its_doctree() -> None:
    app = _app("html", {"with": True, "without": False})
    assert has_math(app, "with", _page(with_math=False))  # recorded: no walk
    assert not has_math(app, "without", _page(with_math=True))
    assert has_math(app, "unrecorded", _page(with_math=True))  # not recorded: the doctree tells
    assert not has_math(app, "unrecorded", _page(with_math=False))
    assert not has_math(app, "genindex", None)  # a page Sphinx makes has no doctree


def test_the_single_page_walks_its_doctree_which_holds_every_page() -> None:
    app = _app("singlehtml", {"index": False})
    assert has_math(app, "index", _page(with_math=True))
    assert not has_math(_app("singlehtml", {"index": True}), "index", _page(with_math=False))

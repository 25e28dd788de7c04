"""Which scripts and stylesheets a page keeps (pure): the runtime only where it is used, the
code copy button only with code, the SCORM reporter only in a SCORM package, nothing remote
without math, only the EPUB's stylesheets in the EPUB."""

from __future__ import annotations

import pytest

from textbook.sphinx_ext.assets import (
    COPY_BUTTON_ASSETS,
    PAGE_SCRIPTS,
    REVIEW_SCRIPT,
    RUNTIME_SCRIPTS,
    SCORM_SCRIPT,
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

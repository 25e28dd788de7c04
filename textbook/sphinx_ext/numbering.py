"""Section numbers: each chapter's pages are numbered from .1.

Sphinx numbers the headings of a chapter's first page before the pages listed under it, so
the pages of Chapter 6 ran 6.3 to 6.6 after "6.1 What a boundary is" and "6.2 In this chapter".
After Sphinx (and sphinx-multitoc-numbering) assign the numbers, the first page's own headings
lose theirs, and each page of the chapter, with all its sections, is numbered from 6.1. The
numbers live in one place, ``env.toc_secnumbers`` and the ``secnumber`` of the table of contents'
entries, so the site, the EPUB, the single-page PDF and every cross-reference agree.
"""

from __future__ import annotations

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment

from textbook.sphinx_ext.state import current_spine

# Kept on the build environment (pickled with it) between builds: the numbers Sphinx assigned,
# and the numbers the pages were written with.
SPHINX_NUMBERS = "ff_sphinx_secnumbers"
OUR_NUMBERS = "ff_page_secnumbers"


def renumbered(
    numbers: dict[str, tuple[int, ...]], old: tuple[int, ...], new: tuple[int, ...]
) -> dict[str, tuple[int, ...]]:
    """``numbers`` (anchor -> section number) with the prefix ``old`` replaced by ``new`` (pure)."""
    moved: dict[str, tuple[int, ...]] = {}
    for anchor, number in numbers.items():
        if number and tuple(number[: len(old)]) == old:
            moved[anchor] = (*new, *number[len(old) :])
        else:
            moved[anchor] = number
    return moved


def _set_toc_numbers(env: BuildEnvironment, docname: str, numbers: dict[str, tuple[int, ...]]) -> None:
    """Write the numbers onto the page's table-of-contents entries and its title."""
    toc = env.tocs.get(docname)
    if toc is not None:
        for reference in toc.findall(nodes.reference):
            anchor = reference.get("anchorname")
            if anchor is not None and "secnumber" in reference:
                number = numbers.get(anchor)
                reference["secnumber"] = list(number) if number else None
    title = env.titles.get(docname)
    if title is not None and "secnumber" in title:
        number = numbers.get("")
        title["secnumber"] = list(number) if number else None


def _restore_sphinx_numbers(app: Sphinx, env: BuildEnvironment, docnames: list[str]) -> None:
    """Give Sphinx back the numbers it assigned last time, before it assigns them again: it
    compares the two to decide which pages to rewrite, and ours would differ on every build."""
    kept = getattr(env, SPHINX_NUMBERS, None)
    if kept is not None:
        env.toc_secnumbers = kept


def _number_pages_from_one(app: Sphinx, env: BuildEnvironment) -> list[str]:
    setattr(env, SPHINX_NUMBERS, {doc: dict(numbers) for doc, numbers in env.toc_secnumbers.items()})
    previous = getattr(env, OUR_NUMBERS, {})
    changed: list[str] = []
    for chapter in current_spine(app).chapters:
        index = chapter.index.docname
        own = env.toc_secnumbers.get(index)
        if not own or not own.get(""):
            continue  # not numbered (an edition without numbering, a build without a toctree)
        prefix = tuple(own[""])
        # kept with no number, () as Sphinx writes it: a missing anchor would take the page's number
        kept = {anchor: (number if anchor == "" else ()) for anchor, number in own.items()}
        if kept != own:
            env.toc_secnumbers[index] = kept  # the first page's own headings: no numbers
            _set_toc_numbers(env, index, kept)
            changed.append(index)
        for position, page in enumerate(chapter.pages[1:], 1):
            numbers = env.toc_secnumbers.get(page.docname)
            if not numbers or not numbers.get(""):
                continue
            old, new = tuple(numbers[""]), (*prefix, position)
            if old != new:
                env.toc_secnumbers[page.docname] = renumbered(numbers, old, new)
                _set_toc_numbers(env, page.docname, env.toc_secnumbers[page.docname])
                changed.append(page.docname)
    setattr(env, OUR_NUMBERS, {doc: dict(numbers) for doc, numbers in env.toc_secnumbers.items()})
    return [doc for doc in changed if previous.get(doc) != env.toc_secnumbers.get(doc)]  # rewrite what moved


def setup_numbering(app: Sphinx) -> None:
    app.connect("env-before-read-docs", _restore_sphinx_numbers)
    # after Sphinx's table-of-contents collector (priority 500) has numbered every section
    app.connect("env-get-updated", _number_pages_from_one, priority=900)

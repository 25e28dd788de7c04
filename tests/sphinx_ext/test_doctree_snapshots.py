"""Doctree snapshots of the engine's directives, as sphinx-design and MyST-Parser keep them.

A small book (the valid fixture, with the pages of ``tests/snapshots/overlay/``) is built once;
the node tree each directive produced is compared with the one stored in
``tests/snapshots/<name>.xml``, so that a change to a node shows up here, named, without
reading a whole site. After a deliberate change, run with ``FF_UPDATE_SNAPSHOTS=1`` and review
the diff of the stored files like any other change.
"""

from __future__ import annotations

import os
import pickle
import re
import shutil
from pathlib import Path

import pytest
from docutils import nodes

from tests.conftest import FIXTURE_CONFIG, FIXTURES, TESTS
from textbook.commands.build import build_site

SNAPSHOTS = TESTS / "snapshots"
UPDATE = os.environ.get("FF_UPDATE_SNAPSHOTS") == "1"

# name -> (document, the class that marks the directive's top node)
CASES = {
    "before-you-start": ("book/foundations/02-second/index", "before-you-start"),
    "exercise": ("book/foundations/01-first/more", None),  # the exercise node itself
    "built-on": ("book/toolkit/a-card", "built-on"),
    "next-in-order": ("book/foundations/01-first/more", "ff-next"),
    "chapter-progress": ("book/foundations/01-first/more", "ff-chapter-progress"),
    "learner-path": ("book/your-path", "ff-path"),
    "continue-reading": ("book/intro", "ff-continue"),
    "readiness-check": ("book/readiness", "ff-readiness"),
    "glossary-index": ("book/glossary", "glossary-index"),
    "answer-key": ("book/answers", "ff-answer-key-owner"),
}


@pytest.fixture(scope="module")
def doctrees(tmp_path_factory: pytest.TempPathFactory) -> Path:
    book = tmp_path_factory.mktemp("snapshots") / "book"
    shutil.copytree(FIXTURES / "valid", book)
    shutil.copytree(SNAPSHOTS / "overlay", book, dirs_exist_ok=True)
    (book / "_config.yml").write_text(FIXTURE_CONFIG, encoding="utf-8")
    assert build_site(book) == 0
    return book / "_build" / ".doctrees"


def _load(doctrees: Path, docname: str) -> nodes.document:
    with (doctrees / f"{docname}.doctree").open("rb") as stream:
        return pickle.load(stream)


def _node(document: nodes.document, marker: str | None) -> nodes.Element:
    if marker is None:
        from textbook.sphinx_ext.exercises import exercise_node

        return next(iter(document.findall(exercise_node)))
    return next(node for node in document.findall(nodes.Element) if marker in node.get("classes", []))


def snapshot(node: nodes.Element) -> str:
    """The node as pseudo-XML, without what depends on the machine (paths, line numbers)."""
    text = node.pformat()
    text = re.sub(r' source="[^"]*"', "", text)
    return re.sub(r' line="\d+"', "", text)


@pytest.mark.parametrize("name", sorted(CASES))
def test_directive_doctree_matches_its_snapshot(doctrees: Path, name: str) -> None:
    docname, marker = CASES[name]
    found = snapshot(_node(_load(doctrees, docname), marker))
    stored = SNAPSHOTS / f"{name}.xml"
    if UPDATE or not stored.exists():
        stored.write_text(found, encoding="utf-8")
        if not UPDATE:
            pytest.fail(f"no snapshot for {name}: wrote {stored.name}; review it and commit it")
    assert found == stored.read_text(encoding="utf-8")


def test_every_snapshot_belongs_to_a_case() -> None:
    assert sorted(path.stem for path in SNAPSHOTS.glob("*.xml")) == sorted(CASES)

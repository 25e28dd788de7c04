"""Custom editions: the order rules apply to the selection, bad files are refused with
path:line: message, and a valid edition is built as its own site."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import copy_of_book, run_textbook


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_of_book(tmp_path_factory.mktemp("editions") / "book")


def edition(book: Path, name: str, text: str, *flags: str):
    path = book / "editions" / f"{name}.yml"
    path.write_text(text, encoding="utf-8")
    return run_textbook("edition", f"editions/{name}.yml", *flags, cwd=book, timeout=900)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "title: x\nchapters: [boundries]\n",
            "editions/bad.yml:2: unknown chapter id 'boundries' (did you mean 'boundaries'?)",
        ),
        ("title: x\nchapters:\n  - orientation\ncards:\n  - a-gift\n", "editions/bad.yml:5: unknown card id 'a-gift'"),
        ("title: x\nchapters: [orientation\n", "editions/bad.yml:3: malformed YAML"),
        ("", "editions/bad.yml:1: an edition file is a mapping"),
        (
            "title: x\nchapters: []\n",
            "editions/bad.yml:1: the edition selects nothing: list at least one chapter or card",
        ),
        ("title: x\nchapter: [ethics]\n", "editions/bad.yml:2: 'chapter': Extra inputs are not permitted"),
        (
            "title: x\nchapters: [ethics]\n",
            "editions/bad.yml:2: chapter 'ethics' requires 'models', which is not in this edition (add it, or build with --with-prerequisites)",
        ),
    ],
)
def test_bad_edition_files_are_refused(book: Path, text: str, expected: str) -> None:
    result = edition(book, "bad", text)
    assert result.returncode == 1
    assert any(line.startswith(expected) for line in result.stdout.splitlines()), result.stdout
    assert "Traceback" not in result.stderr and "the edition was not built" in result.stderr


def test_unwritable_output_is_reported(book: Path) -> None:
    blocker = book / "_build" / "editions"
    blocker.parent.mkdir(parents=True, exist_ok=True)
    blocker.write_text("a file where the editions folder should be", encoding="utf-8")
    try:
        result = edition(book, "small", "title: Small\nchapters: [orientation]\n")
        assert result.returncode == 1 and "cannot write the edition to" in result.stdout
    finally:
        blocker.unlink()


@pytest.mark.slow
def test_example_edition_builds_with_its_prerequisites(book: Path) -> None:
    result = run_textbook(
        "edition", "editions/boundaries-and-self-care.yml", "--with-prerequisites", cwd=book, timeout=900
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    site = book / "_build/editions/boundaries-and-self-care/html"
    assert (site / "book/foundations/06-boundaries/index.html").is_file()
    assert (site / "book/toolkit/gift-from-a-client.html").is_file()
    assert not (site / "book/foundations/09-ready-for-practicum/index.html").exists()  # not needed, not built
    assert not (site / "book/toolkit/who-can-i-tell.html").exists()
    assert "Boundaries and self-care: a short course" in (site / "book/intro.html").read_text(encoding="utf-8")


def test_an_edition_leaves_no_temporary_folder_behind(book: Path, tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {**os.environ, "PYTHONPATH": ROOT.as_posix(), "NO_COLOR": "1", "TMPDIR": str(scratch)}
    for text in ("title: Short\nchapters: [orientation]\n", "title: x\nchapters: [ethics]\n"):  # built; refused
        (book / "editions" / "scratch.yml").write_text(text, encoding="utf-8")
        subprocess.run(
            [sys.executable, "-m", "textbook", "edition", "editions/scratch.yml"],
            cwd=book,
            env=env,
            capture_output=True,
            text=True,
            timeout=900,
            check=False,
        )
        assert [p.name for p in scratch.iterdir() if p.name.startswith("edition-")] == []
    assert (book / "_build/editions/scratch/html/index.html").is_file()

"""A corpus of hostile content: pages, front matter, tables of contents and links that try to
read, embed or fetch something outside the book, or to exhaust the machine.

Each case is a folder of ``tests/hostile/``: ``case.toml`` says what it tries and the problem
``check`` must report (``path:line: message``); ``overlay/`` holds the files it adds to a copy of
the valid fixture book. Every case plants a sentinel (a file next to the book, and a variable in
the build's environment) and greps the whole book folder for it after the build.
"""

from __future__ import annotations

import os
import re
import resource
import secrets
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests.conftest import FIXTURE_CONFIG, FIXTURES, ROOT, TESTS

HOSTILE = TESTS / "hostile"
CASES = sorted(path.name for path in HOSTILE.iterdir() if (path / "case.toml").is_file())
MEMORY_LIMIT = 1536 * 1024 * 1024  # bytes of address space for `check`: a bomb would need gigabytes


def _case(name: str) -> dict:
    return tomllib.loads((HOSTILE / name / "case.toml").read_text(encoding="utf-8"))


def _world(tmp_path: Path, name: str) -> tuple[Path, str]:
    """``tmp/world/book`` (the valid fixture with the case applied) and ``tmp/world/outside``
    (files the book must never reach, holding the sentinel). Returns the book and the sentinel."""
    sentinel = f"FF-SENTINEL-{secrets.token_hex(8)}"
    world = tmp_path / "world"
    outside = world / "outside"
    outside.mkdir(parents=True)
    (outside / "secret.txt").write_text(f"{sentinel}\n", encoding="utf-8")
    (outside / "elsewhere.md").write_text(f"# Elsewhere\n\n{sentinel}\n", encoding="utf-8")
    book = world / "book"
    shutil.copytree(FIXTURES / "valid", book)
    (book / "_config.yml").write_text(FIXTURE_CONFIG, encoding="utf-8")
    case = _case(name)
    overlay = HOSTILE / name / "overlay"
    if overlay.is_dir():
        shutil.copytree(overlay, book, dirs_exist_ok=True)
    for link, target in case.get("links", {}).items():
        (book / link).unlink(missing_ok=True)
        (book / link).symlink_to(target)
    grown = case.get("grow")
    if grown:
        path = book / case["expect"].split(":", 1)[0]
        filler = case.get("grow_with", "# " + "filler " * 15 + "\n")
        with path.open("a", encoding="utf-8") as stream:
            stream.write(filler * (grown // len(filler) + 1))
    return book, sentinel


def _run(book: Path, sentinel: str, *args: str, limit_memory: bool = False) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": ROOT.as_posix(),
        "NO_COLOR": "1",
        "PYTHONDONTWRITEBYTECODE": "1",
        "FF_SENTINEL": sentinel,
    }

    def bounded() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))

    return subprocess.run(
        [sys.executable, *args],
        cwd=book,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        preexec_fn=bounded if limit_memory else None,
    )


def _leaks(book: Path, sentinel: str) -> list[str]:
    """Every file in the book's folder (its _build included) that holds the sentinel."""
    found = []
    needle = sentinel.encode()
    for current, _, files in os.walk(book):
        for name in files:
            path = Path(current) / name
            if path.is_symlink():
                continue
            if needle in path.read_bytes():
                found.append(path.relative_to(book).as_posix())
    return found


def test_every_case_says_what_it_tries_and_expects() -> None:
    assert len(CASES) >= 30
    for name in CASES:
        case = _case(name)
        assert case["about"].strip() and ":" in case["expect"], name
        assert (HOSTILE / name / "overlay").is_dir() or case.get("links"), name


@pytest.mark.timeout(120)
@pytest.mark.parametrize("name", CASES)
def test_check_refuses_at_path_and_line_quickly_and_within_memory(tmp_path: Path, name: str) -> None:
    book, sentinel = _world(tmp_path, name)
    result = _run(book, sentinel, "-m", "textbook", "check", limit_memory=True)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert any(line.startswith(_case(name)["expect"]) for line in result.stdout.splitlines()), output
    assert "Traceback" not in output and "internal error" not in output
    assert sentinel not in output
    assert not list(book.rglob("HOSTILE_RAN"))


@pytest.mark.timeout(240)
@pytest.mark.parametrize("name", CASES)
def test_build_refuses_before_reading_and_leaks_nothing(tmp_path: Path, name: str) -> None:
    book, sentinel = _world(tmp_path, name)
    result = _run(book, sentinel, "-m", "textbook", "build")
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "the build was refused" in output
    assert any(line.startswith(_case(name)["expect"]) for line in output.splitlines()), output
    assert "Traceback" not in output
    assert not (book / "_build").exists(), "refused before Jupyter Book or Sphinx started"
    assert _leaks(book, sentinel) == []
    assert not list(book.rglob("HOSTILE_RAN"))


READ_TIME = [name for name in CASES if _case(name).get("read_time")]


@pytest.mark.timeout(240)
@pytest.mark.parametrize("name", READ_TIME)
def test_directives_refuse_at_read_time_on_their_own(tmp_path: Path, name: str) -> None:
    """Defence in depth: with the check before reading switched off, Sphinx still refuses the
    page when the directive, the include or the doctree names a file outside the book."""
    book, sentinel = _world(tmp_path, name)
    script = ROOT / "tests" / "support" / "build_without_precheck.py"
    result = _run(book, sentinel, str(script), str(book))
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "refused the book's sources" in output, output
    assert _leaks(book, sentinel) == []


def test_the_valid_book_still_builds_through_every_layer(tmp_path: Path) -> None:
    """A negative control: the same world without a hostile change builds, and an {include},
    an image and a download inside the book pass every layer."""
    sentinel = "unused"
    world = tmp_path / "world"
    book = world / "book"
    shutil.copytree(FIXTURES / "valid", book)
    (book / "_config.yml").write_text(FIXTURE_CONFIG, encoding="utf-8")
    (book / "book" / "notes.txt").write_text("Plain notes, inside the book.\n", encoding="utf-8")
    (book / "book" / "snippet.md").write_text("An included paragraph.\n", encoding="utf-8")
    intro = book / "book" / "intro.md"
    intro.write_text(
        intro.read_text(encoding="utf-8") + "\n```{include} snippet.md\n```\n\n```{literalinclude} notes.txt\n```\n\n"
        "Get {download}`the notes <notes.txt>`.\n",
        encoding="utf-8",
    )
    result = _run(book, sentinel, "-m", "textbook", "build")
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    html = (book / "_build" / "html" / "book" / "intro.html").read_text(encoding="utf-8")
    text = re.sub(r"<[^>]+>", "", html)
    assert "An included paragraph." in text and "Plain notes, inside the book." in text
    assert list((book / "_build" / "html" / "_downloads").rglob("notes.txt"))


@pytest.mark.timeout(240)
@pytest.mark.parametrize("name", ["symlink-include", "include-outside", "alias-bomb-front-matter"])
def test_an_edition_is_refused_before_anything_is_copied(tmp_path: Path, name: str) -> None:
    """An edition copies the book before it builds; a copy would turn a link out into a file,
    so the containment rules run on the original first."""
    book, sentinel = _world(tmp_path, name)
    (book / "editions").mkdir()
    (book / "editions" / "short.yml").write_text("title: Short\nchapters: [first]\n", encoding="utf-8")
    result = _run(book, sentinel, "-m", "textbook", "edition", "editions/short.yml")
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert any(line.startswith(_case(name)["expect"]) for line in result.stdout.splitlines()), output
    assert "Traceback" not in output
    assert not (book / "_build").exists()
    assert _leaks(book, sentinel) == []

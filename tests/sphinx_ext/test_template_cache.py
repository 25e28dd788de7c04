"""The theme's templates are compiled once and their code kept beside the doctrees: a later
environment (a later build) loads it instead of compiling, an edited template is compiled again,
and the pages are the same as without the cache."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from jinja2 import Environment, FileSystemLoader
from jinja2.bccache import bc_magic
from jinja2.sandbox import SandboxedEnvironment

import textbook.sphinx_ext.template_cache as template_cache
from textbook.sphinx_ext.template_cache import FOLDER, environment_shape, use_template_cache

BASE = "<html>{% block body %}{% endblock %}<p>{{ _('Contents') }}</p></html>"
PAGE = "{% extends 'base.html' %}{% block body %}<h1>{{ title|e }}</h1>{% endblock %}"


@pytest.fixture
def compiled(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str | None]]:
    """The name of every template Jinja compiles (None for a template made from a string)."""
    names: list[str | None] = []
    compile_ = Environment.compile

    def counting(self: Environment, source: Any, name: str | None = None, *args: Any, **kwargs: Any) -> Any:
        names.append(name)
        return compile_(self, source, name, *args, **kwargs)

    monkeypatch.setattr(Environment, "compile", counting)
    yield names


@pytest.fixture
def templates(tmp_path: Path) -> Path:
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "base.html").write_text(BASE, encoding="utf-8")
    (folder / "page.html").write_text(PAGE, encoding="utf-8")
    return folder


def _environment(templates: Path, **options: Any) -> SandboxedEnvironment:
    """A Jinja environment made as Sphinx makes its own (sandboxed, with i18n)."""
    environment = SandboxedEnvironment(loader=FileSystemLoader(templates), extensions=["jinja2.ext.i18n"], **options)
    environment.install_null_translations()  # type: ignore[attr-defined]
    return environment


def test_a_later_environment_loads_the_code_instead_of_compiling(
    templates: Path, tmp_path: Path, compiled: list[str | None]
) -> None:
    first = _environment(templates)
    folder = use_template_cache(first, tmp_path / "doctrees")
    assert folder is not None and folder.parent == tmp_path / "doctrees" / FOLDER
    html = first.get_template("page.html").render(title="A & B")
    assert html == "<html><h1>A &amp; B</h1><p>Contents</p></html>"
    assert sorted(compiled) == ["base.html", "page.html"]
    assert len(list(folder.iterdir())) == 2

    compiled.clear()
    later = _environment(templates)  # a new build: a new environment, nothing compiled in memory
    assert use_template_cache(later, tmp_path / "doctrees") == folder
    assert later.get_template("page.html").render(title="A & B") == html
    assert compiled == []


def test_an_edited_template_is_compiled_again(templates: Path, tmp_path: Path, compiled: list[str | None]) -> None:
    use_template_cache(first := _environment(templates), tmp_path / "doctrees")
    first.get_template("page.html").render(title="T")
    (templates / "base.html").write_text(BASE.replace("<html>", "<html lang='en'>"), encoding="utf-8")
    compiled.clear()
    later = _environment(templates)
    use_template_cache(later, tmp_path / "doctrees")
    assert later.get_template("page.html").render(title="T") == "<html lang='en'><h1>T</h1><p>Contents</p></html>"
    assert compiled == ["base.html"]  # the page itself did not change


def test_an_environment_set_up_otherwise_keeps_its_own_code(templates: Path, tmp_path: Path) -> None:
    """The generated code depends on the environment (here: autoescape); another set-up gets its
    own folder, and the folders of earlier set-ups go."""
    plain = use_template_cache(_environment(templates), tmp_path / "doctrees")
    escaping = _environment(templates, autoescape=True)
    assert environment_shape(escaping) != environment_shape(_environment(templates))
    assert environment_shape(_environment(templates)) == environment_shape(_environment(templates))
    own = use_template_cache(escaping, tmp_path / "doctrees")
    assert own != plain and own is not None and own.is_dir()
    assert plain is not None and not plain.exists()
    assert escaping.get_template("page.html").render(title="<b>") == "<html><h1>&lt;b&gt;</h1><p>Contents</p></html>"
    other_delimiters = _environment(templates, variable_start_string="[[", variable_end_string="]]")
    assert environment_shape(other_delimiters) != environment_shape(_environment(templates))


@pytest.mark.parametrize("damage", ["cut after its header", "cut in its code", "garbage", "empty"])
def test_a_damaged_cache_file_is_compiled_again(
    damage: str, templates: Path, tmp_path: Path, compiled: list[str | None]
) -> None:
    folder = use_template_cache(first := _environment(templates), tmp_path / "doctrees")
    html = first.get_template("page.html").render(title="T")
    assert folder is not None
    for path in folder.iterdir():
        content = path.read_bytes()
        damaged = {
            "cut after its header": content[: len(bc_magic) + 1],  # Jinja's own cache stops the build
            "cut in its code": content[: len(content) // 2],
            "garbage": b"\x00garbage" * 9,
            "empty": b"",
        }
        path.write_bytes(damaged[damage])
    compiled.clear()
    later = _environment(templates)
    use_template_cache(later, tmp_path / "doctrees")
    assert later.get_template("page.html").render(title="T") == html
    assert sorted(compiled) == ["base.html", "page.html"]
    compiled.clear()
    again = _environment(templates)
    use_template_cache(again, tmp_path / "doctrees")
    again.get_template("page.html").render(title="T")
    assert compiled == []  # written again whole


# A small book built in this process as new processes would build it


@pytest.fixture
def book(tmp_path: Path) -> Path:
    from benchmarks.generate import generate_configured_book

    root = generate_configured_book(tmp_path / "book", 1)
    return root


def _build(book: Path, builder: str = "html") -> None:
    from textbook.commands.build import build_site
    from textbook.sphinx_ext import state

    state._FACT_MAKERS.clear()
    assert build_site(book, builder=builder) == 0


PAGE_BUILT = "book/foundations/001-c1/page-1"


def _page(book: Path, builder: str = "html") -> str:
    name = f"{PAGE_BUILT}.html" if builder == "html" else "index.html"
    return (book / "_build" / builder / name).read_text(encoding="utf-8")


def test_a_rebuild_compiles_no_template_and_writes_the_same_pages(
    book: Path, compiled: list[str | None], monkeypatch: pytest.MonkeyPatch
) -> None:
    _build(book)
    assert len([name for name in compiled if name]) > 10  # the theme's templates, compiled
    assert list((book / "_build" / ".doctrees" / FOLDER).glob("*/__jinja2_*.cache"))

    compiled.clear()
    written = (book / "_build" / "html" / f"{PAGE_BUILT}.html").stat().st_mtime_ns
    (book / f"{PAGE_BUILT}.md").touch()  # the page is written again
    _build(book)
    assert (book / "_build" / "html" / f"{PAGE_BUILT}.html").stat().st_mtime_ns > written
    assert [name for name in compiled if name] == []  # from strings only: nothing to cache
    cached = _page(book)

    monkeypatch.setattr(template_cache, "use_template_cache", lambda environment, doctreedir: None)
    compiled.clear()
    (book / f"{PAGE_BUILT}.md").touch()
    _build(book)
    assert len([name for name in compiled if name]) > 10  # without the cache: all compiled again
    assert _page(book) == cached

    # the single page shares the doctrees and most templates; it is the same with and without
    _build(book, "singlehtml")
    stock = _page(book, "singlehtml")
    monkeypatch.undo()
    compiled.clear()
    _build(book, "singlehtml")
    assert _page(book, "singlehtml") == stock

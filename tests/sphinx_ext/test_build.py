"""Builds with Sphinx: the real book, and fixture books whose faults must fail the build."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.conftest import FIXTURES, ROOT, copy_of_book, run_textbook
from textbook.kit import KINDS
from textbook.model.spine import load_spine
from textbook.rules import check_book
from textbook.rules.content import CONTAINMENT_RULES
from textbook.sphinx_ext.before_you_start import before_you_start_markup

WARNING = re.compile(r"^(?P<path>[^\s:][^:]*):(?P<line>\d+): WARNING: (?P<message>.*?)(?: \[[\w.]+\])?$")
REMOTE_ASSET = re.compile(r"<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)=\"(?:https?:)?//", re.IGNORECASE)


def build_warnings(output: str) -> set[tuple[str, int, str]]:
    """The ``path:line: WARNING: message`` lines of a build's output."""
    found = set()
    for line in output.splitlines():
        match = WARNING.match(line.strip())
        if match:
            found.add((match["path"], int(match["line"]), match["message"]))
    return found


def read(site: Path, page: str) -> str:
    return (site / page).read_text(encoding="utf-8")


def test_every_page_of_the_toc_is_built(site: Path) -> None:
    for page in [
        "index.html",
        "book/foundations/01-orientation/index.html",
        "book/foundations/09-ready-for-practicum/index.html",
        "book/glossary.html",
        "book/references.html",
    ]:
        assert (site / page).is_file(), page


def test_chapter_opens_with_before_you_start(site: Path) -> None:
    html = read(site, "book/foundations/05-ethics/index.html")
    box = html[html.index("before-you-start") :]
    assert "Before you start" in box
    assert box.index("Models of practice") < box.index("Knowing yourself")  # prerequisites, in order
    assert 'href="../03-models-of-practice/index.html"' in box
    assert "Reading time:" in box
    first = read(site, "book/foundations/01-orientation/index.html")
    assert "This chapter is where the book begins." in first
    spine = load_spine(ROOT)
    for chapter in spine.chapters:
        page = read(site, chapter.index.docname + ".html")
        assert ("This chapter is in preparation." in page) == (chapter.meta.status == "in-preparation"), chapter.id


def test_in_preparation_notice() -> None:
    spine = load_spine(FIXTURES / "valid")
    chapter = spine.chapters[1]
    chapter.meta = chapter.meta.model_copy(update={"status": "in-preparation"})
    markup = before_you_start_markup(chapter, spine)
    assert markup.startswith("**This chapter is in preparation.**")
    assert "{doc}`/book/foundations/01-first/index`" in markup


def test_glossary_page_gathers_every_term_with_links(site: Path) -> None:
    html = read(site, "book/glossary.html")
    labels = [ref.label for page in load_spine(ROOT).pages for ref in page.source.defined_terms]
    assert len(labels) > 50, "the chapters define their key terms"
    for label in labels:
        assert f">{label}<" in html, label
    assert html.count("#term-") >= len(labels)


def test_references_and_citations(site: Path) -> None:
    html = read(site, "book/references.html")
    assert "Brandenburg" in html and "Just-in-time learning expectations" in html.replace('<span class="nocase">', "")
    chapter = read(site, "book/foundations/01-orientation/foundation-first.html")
    assert "references.html#id" in chapter or "references.html#" in chapter


def test_footer_states_both_licences(site: Path) -> None:
    html = read(site, "book/foundations/01-orientation/the-work.html")
    assert "creativecommons.org/licenses/by/4.0/" in html
    assert "MIT License" in html


def test_no_third_party_requests_on_any_page(site: Path) -> None:
    offenders = [
        str(page.relative_to(site))
        for page in site.rglob("*.html")
        if REMOTE_ASSET.search(page.read_text(encoding="utf-8"))
    ]
    assert offenders == []
    assert "mathjax" not in read(site, "index.html").lower()


def test_no_page_loads_the_files_of_a_component_it_does_not_use(site: Path) -> None:
    """This book uses neither sphinx-design nor sphinx-togglebutton nor notebook cells: no page
    loads their files (myst-nb's stylesheet only with code, whose line numbers it draws)."""
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert not re.search(r"sphinx-design|design-tabs|togglebutton", html), page
        if "<pre" not in html:
            assert "mystnb." not in html, page


def test_valid_fixture_builds(fixture_book) -> None:
    book = fixture_book("valid")
    result = run_textbook("build", cwd=book)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert (book / "_build/html/book/foundations/02-second/index.html").is_file()


def test_build_reports_what_check_reports_and_fails_again_unchanged(fixture_book) -> None:
    book = fixture_book("many-faults")
    expected = {(p.path.relative_to(book).as_posix(), p.line, p.message) for p in check_book(book)}
    assert len(expected) == 3
    for attempt in ("first build", "second, unchanged build"):
        result = run_textbook("build", cwd=book)
        output = result.stdout + result.stderr
        assert result.returncode == 1, attempt
        assert build_warnings(output) == expected, attempt
        assert "Traceback" not in output, attempt
        assert "3 problems in the book's sources" in output, attempt


def test_exercises_follow_the_dom_contract_and_read_without_javascript(site: Path) -> None:
    html = read(site, "book/foundations/01-orientation/the-work.html")
    roots = re.findall(
        r'<div class="ff-exercise" id="exercise-([\w-]+)" data-exercise-id="([\w-]+)" data-kind="([\w-]+)" data-hash="(\w{16})"',
        html,
    )
    assert roots, "the page embeds exercises"
    for anchor, ident, kind, _ in roots:
        assert anchor == ident and kind in KINDS
    assert html.count('<details class="ff-answer"><summary>Show the answer</summary>') == len(roots)
    assert html.count('<script type="application/json" class="ff-exercise-data">') == len(roots)


def test_every_exercise_of_chapter_one_is_on_its_pages(site: Path) -> None:
    from textbook.model.spine import load_spine

    ids = {loaded.exercise.id for loaded in load_spine(ROOT).exercises_of("orientation")}
    pages = "".join(
        read(site, f"book/foundations/01-orientation/{name}.html")
        for name in ["index", "the-work", "in-the-system", "foundation-first", "using-this-book"]
    )
    assert ids and all(f'data-exercise-id="{ident}"' in pages for ident in ids)


def test_manifest_lists_chapters_in_order_with_their_exercises(site: Path) -> None:
    text = read(site, "_static/ff-manifest.js")
    data = json.loads(text.split("window.FF_MANIFEST = ", 1)[1].rstrip().rstrip(";"))
    assert [c["id"] for c in data["chapters"]][:3] == ["orientation", "history", "models"]
    orientation = data["chapters"][0]
    assert orientation["docname"] == "book/foundations/01-orientation/index" and len(orientation["exercises"]) >= 6
    spine = load_spine(ROOT)
    for chapter, listed in zip(spine.chapters, data["chapters"], strict=True):
        assert listed["status"] == (chapter.meta.status or "written")
        assert [e["id"] for e in listed["exercises"]] == [e.exercise.id for e in spine.exercises_of(chapter.id)]


def test_last_page_of_a_chapter_ends_with_its_progress_summary(site: Path) -> None:
    html = read(site, "book/foundations/01-orientation/using-this-book.html")
    assert "ff-chapter-progress ff-chapter-orientation" in html
    assert "ff-chapter-progress" not in read(site, "book/foundations/01-orientation/the-work.html")


def test_hostile_exercise_text_is_escaped(fixture_book) -> None:
    book = fixture_book("hostile-text")
    result = run_textbook("build", cwd=book)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    html = (book / "_build/html/book/foundations/01-first/more.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=" in html
    assert "<script>window.__pwned" not in html and "<img src=x" not in html and "<b>idea</b>" not in html
    assert 'href="javascript:' not in html
    assert "<em>safe</em>" in html
    data = html.split('class="ff-exercise-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data and json.loads(data)["options"][0]["feedback"].startswith("Yes: </script><script>")


def test_pages_do_not_load_the_icon_script(site: Path) -> None:
    """The theme's 1.5 MB fontawesome.js is replaced by ff-icons.css on every page."""
    for page in site.rglob("*.html"):
        if "_static" in page.parts:
            continue  # the theme's own template sources are copied there, unused
        html = page.read_text(encoding="utf-8")
        assert "fontawesome.js" not in html, page
    assert 'href="../_static/ff-icons.css' in read(site, "book/intro.html")


def test_answer_key_lists_every_exercise_with_its_answer(site: Path) -> None:
    html = read(site, "book/answer-key-1.html") + read(site, "book/answer-key-2.html")
    spine = load_spine(ROOT)
    for loaded in spine.exercises:
        assert (
            f'<code class="docutils literal notranslate"><span class="pre">{loaded.exercise.id}</span></code>' in html
        ), loaded.exercise.id
    assert html.count("<strong>Answer</strong>") == len(spine.exercises)


def test_an_unknown_download_group_is_a_located_build_error(fixture_book) -> None:
    book = fixture_book("valid")
    intro = book / "book" / "intro.md"
    text = intro.read_text(encoding="utf-8")
    line = text.count("\n") + 2
    intro.write_text(text + "\n```{download-links} videos\n```\n", encoding="utf-8")
    result = run_textbook("build", cwd=book)
    output = result.stdout + result.stderr
    assert result.returncode == 1
    assert f"book/intro.md:{line}: " in output
    assert "download-links takes one of editions, quizzes, course, not 'videos'" in output
    assert "Traceback" not in output


def test_answer_key_pages_have_real_headings_and_a_contents_panel(site: Path) -> None:
    html = read(site, "book/answer-key-2.html")
    spine = load_spine(ROOT)
    boundaries = spine.chapter("boundaries")
    assert f"<h2>Chapter 6: {boundaries.title}" in html
    for loaded in spine.exercises_of("boundaries"):
        assert f'id="answer-{loaded.exercise.id}"' in html
        assert loaded.exercise.title.replace("'", "’") in html
    assert html.count("<h3>") >= len(spine.exercises_of("boundaries"))
    assert 'href="#answers-boundaries"' in html  # the page's contents panel links each chapter


def test_each_chapters_pages_are_numbered_from_one(site: Path) -> None:
    """The first page's own headings carry no number; its pages run N.1, N.2, ... in the
    sidebar and in their titles, and their sections N.k.1, ..."""
    spine = load_spine(ROOT)
    for number, chapter in enumerate(spine.chapters, 1):
        index = read(site, chapter.index.docname + ".html")
        assert re.search(rf'<h1><span class="section-number">{number}\. </span>', index), chapter.id
        assert not re.search(rf'<h2><span class="section-number">{number}\.', index), chapter.id
        for position, page in enumerate(chapter.pages[1:], 1):
            html = read(site, page.docname + ".html")
            assert f'<h1><span class="section-number">{number}.{position}. </span>' in html, page.docname
            if "<h2><span" in html:
                assert f'<h2><span class="section-number">{number}.{position}.1. </span>' in html, page.docname
            link = page.docname.rsplit("/", 1)[1] + ".html"
            assert re.search(rf'href="{re.escape(link)}">{number}\.{position}\. ', index), page.docname


def test_a_build_reads_the_spine_once(tmp_path: Path, monkeypatch) -> None:
    """`textbook build` reads the spine to refuse unsafe sources and hands it to the Sphinx
    extension, which does not read the sources again, nor run the containment rules again on
    it; the hand-over is taken once."""
    import textbook.commands.build as build_command
    import textbook.rules as rules
    import textbook.sphinx_ext.state as state
    from benchmarks.generate import generate_configured_book

    book = generate_configured_book(tmp_path / "book", 2)
    reads: list[Path] = []
    contained: list[str] = []

    def counted(root: Path):
        reads.append(root)
        return load_spine(root)

    def counting(rule):
        def run(spine):
            contained.append(rule.__name__)
            return rule(spine)

        return run

    monkeypatch.setattr(build_command, "load_spine", counted)
    monkeypatch.setattr(state, "load_spine", counted)
    monkeypatch.setattr(rules, "CONTAINMENT_RULES", tuple(counting(rule) for rule in rules.CONTAINMENT_RULES))
    assert build_command.build_site(book, output=tmp_path / "out") == 0
    assert reads == [book]
    assert sorted(contained) == sorted(rule.__name__ for rule in CONTAINMENT_RULES)  # once, before Sphinx
    assert build_command.take_handed_over_spine(book) is None  # nothing left for a later build


def test_only_the_spine_textbook_build_checked_skips_the_containment_rules(tmp_path: Path) -> None:
    """The extension skips the containment rules only for the spine `textbook build` handed
    over (having found nothing); a build started otherwise reads and checks its own."""
    import textbook.commands.build as build_command
    import textbook.sphinx_ext.state as state

    class App:  # what the state needs of a Sphinx application
        def __init__(self, srcdir: Path) -> None:
            self.srcdir = srcdir

    book = copy_of_book(tmp_path / "book")
    handed, other = App(book), App(book)
    build_command._HANDED_OVER[book.resolve()] = load_spine(book)
    assert state.reload_spine(handed) is not None and state.refusals_already_checked(handed)
    assert state.reload_spine(other) is not state.current_spine(handed)  # nothing handed over: read
    assert not state.refusals_already_checked(other)
    state.reload_spine(handed)  # the next build of the same application, nothing handed over
    assert not state.refusals_already_checked(handed)


def test_a_second_virtual_environment_in_the_checkout_is_not_read_as_pages(tmp_path: Path) -> None:
    """Packages' README files in a venv beside .venv (".venv-old", "venv") are not the book's
    pages: the build neither reads them nor refuses the book because of them."""
    book = copy_of_book(tmp_path / "book")
    for folder in (".venv-old", "venv"):
        readme = book / folder / "lib" / "python3.11" / "site-packages" / "pkg" / "README.md"
        readme.parent.mkdir(parents=True)
        readme.write_text("# A package\n\n![logo](./images/logo.png)\n", encoding="utf-8")
    result = run_textbook("build", cwd=book, timeout=900)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert not list((book / "_build" / "html").rglob("site-packages"))


def test_an_output_folder_inside_the_book_is_not_read_back(tmp_path: Path, capsys) -> None:
    """With --output inside the book, the second build reads nothing new: the copies of the
    pages the first wrote (`_sources/*.md`) are not taken for pages missing from the toc, which
    changed the configuration and made every later build read every page again."""
    from benchmarks.generate import generate_configured_book
    from textbook.commands.build import build_site

    book = generate_configured_book(tmp_path / "book", 2)
    assert build_site(book, output=book / "site", quiet=False) == 0
    assert list((book / "site" / "_build" / "html" / "_sources").rglob("*.md"))  # the copies are there
    capsys.readouterr()
    assert build_site(book, output=book / "site", quiet=False) == 0
    status = capsys.readouterr().out
    assert "config changed" not in status and "0 added, 0 changed, 0 removed" in status, status[-1500:]


def test_the_output_folder_is_excluded_only_when_inside_the_book() -> None:
    from textbook.sphinx_ext.containment import with_output_excluded

    book = Path("/books/ff")
    assert with_output_excluded(["_build"], book, book / "site" / "_build" / "html") == ["_build", "site/_build"]
    assert with_output_excluded(["_build"], book, book / "_build" / "html") == ["_build"]  # already there
    assert with_output_excluded(["_build"], book, Path("/tmp/out/_build/html")) == ["_build"]  # outside
    assert with_output_excluded(["_build"], book, book / "html") == ["_build"]  # never the book itself


def _rebuild(book: Path, capsys, builder: str = "html") -> str:
    """Build again (the site in the book's _build) and return Sphinx's status lines, as a new
    process would: with nothing registered from an earlier build in this one."""
    from textbook.commands.build import build_site
    from textbook.sphinx_ext import state

    state._FACT_MAKERS.clear()
    capsys.readouterr()
    assert build_site(book, builder=builder, quiet=False) == 0
    return capsys.readouterr().out


def _read(status: str) -> list[str]:
    """The pages Sphinx read, from its status lines."""
    return re.findall(r"reading sources\.\.\. \[ *\d+%\] (\S+)", status)


def test_a_page_with_download_links_is_read_again_only_when_the_files_change(tmp_path: Path, capsys) -> None:
    """The links' page is read again when a file appears, goes or is written again, and not on
    every build while the files are missing (as it was when the missing files were Sphinx
    dependencies); each builder's output gets the new files, though the builders share doctrees."""
    from benchmarks.generate import generate_configured_book

    book = generate_configured_book(tmp_path / "book", 1)
    intro = book / "book" / "intro.md"
    intro.write_text(intro.read_text(encoding="utf-8") + "\n```{download-links}\n```\n", encoding="utf-8")
    _rebuild(book, capsys)
    assert "0 added, 0 changed, 0 removed" in _rebuild(book, capsys)  # nothing to link: nothing read

    epub = book / "_build" / "downloads" / "foundations-first.epub"
    epub.parent.mkdir(parents=True)
    epub.write_bytes(b"x" * 300_000)
    assert "0 added, 1 changed, 0 removed" in _rebuild(book, capsys)
    assert 'foundations-first.epub">EPUB' in (book / "_build/html/book/intro.html").read_text(encoding="utf-8")
    assert "0 added, 0 changed, 0 removed" in _rebuild(book, capsys)

    epub.write_bytes(b"x" * 2_000_000)  # a new edition
    assert "0 added, 1 changed, 0 removed" in _rebuild(book, capsys)
    assert "(2.0 MB)" in (book / "_build/html/book/intro.html").read_text(encoding="utf-8")
    epub.unlink()
    assert "0 added, 1 changed, 0 removed" in _rebuild(book, capsys)
    assert "foundations-first.epub" not in (book / "_build/html/book/intro.html").read_text(encoding="utf-8")

    # Another builder shares the doctrees: its build must not hide a new file from the web site
    pdf = book / "_build" / "downloads" / "foundations-first.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    assert "1 changed" in _rebuild(book, capsys, builder="singlehtml")
    assert "0 added, 1 changed, 0 removed" in _rebuild(book, capsys)
    assert "foundations-first.pdf" in (book / "_build/html/book/intro.html").read_text(encoding="utf-8")
    assert (book / "_build/html/foundations-first.pdf").read_bytes() == b"%PDF-1.4"  # published with the site
    pdf.write_bytes(b"%PDF-1.7")  # written again, the same size: the site gets the new file
    _rebuild(book, capsys)
    assert (book / "_build/html/foundations-first.pdf").read_bytes() == b"%PDF-1.7"


def test_the_glossary_is_read_again_only_when_the_terms_change(tmp_path: Path, capsys) -> None:
    """The glossary page gathers every page's terms: an edit elsewhere on a page leaves it alone
    (it used to be read again after any edit to any page); a changed definition updates it."""
    from benchmarks.generate import generate_configured_book

    book = generate_configured_book(tmp_path / "book", 2)
    (book / "book" / "glossary.md").write_text("# Glossary\n\n```{glossary-index}\n```\n", encoding="utf-8")
    toc = book / "_toc.yml"
    toc.write_text(
        toc.read_text(encoding="utf-8") + "  - caption: Back matter\n    chapters:\n      - file: book/glossary\n",
        encoding="utf-8",
    )
    _rebuild(book, capsys)
    index = book / "book" / "foundations" / "001-c1" / "index.md"
    index.write_text(index.read_text(encoding="utf-8").replace("# Chapter 1\n", "# Chapter 1\n\nA new line.\n"))
    assert "book/glossary" not in _read(_rebuild(book, capsys))

    index.write_text(index.read_text(encoding="utf-8").replace("The idea that chapter 1", "The first idea chapter 1"))
    assert "book/glossary" in _read(_rebuild(book, capsys))
    assert "The first idea chapter 1 introduces." in (book / "_build/html/book/glossary.html").read_text(
        encoding="utf-8"
    )

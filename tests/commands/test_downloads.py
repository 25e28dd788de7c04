"""EPUB and PDF editions and the quiz files: made without downloading anything, checked, and
linked from the site."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT, chromium_path, copy_of_book, run_textbook
from textbook.commands.downloads import epubcheck_command

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the book, so that its _build/ is the test's own."""
    return copy_of_book(tmp_path_factory.mktemp("downloads") / "book")


@pytest.mark.skipif(epubcheck_command() is None, reason="Debian's epubcheck is not installed (.ci/run installs it)")
def test_epub_is_written_and_passes_epubcheck(book: Path) -> None:
    result = run_textbook("epub", cwd=book, timeout=900)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-3000:]
    epub = book / "_build/downloads/foundations-first.epub"
    with zipfile.ZipFile(epub) as archive:
        names = archive.namelist()
        assert names[0] == "mimetype" and archive.read("mimetype") == b"application/epub+zip"
        chapter = archive.read("book/foundations/06-boundaries/index.xhtml").decode("utf-8")
        first_page = archive.read("book/foundations/06-boundaries/crossings-and-violations.xhtml").decode("utf-8")
    assert '<span class="section-number">6.1. </span>Boundary crossings' in first_page  # as on the site
    assert "<script" not in chapter  # exercises read as questions; no runtime in the EPUB
    assert "book/answer-key-2.xhtml" in names  # the answers, as an appendix
    assert not any(name.endswith("ff-exercises.js") for name in names)


@pytest.mark.skipif(chromium_path() is None, reason="no Chromium at /usr/bin/chromium")
def test_pdf_is_printed_and_linked_from_the_site(book: Path) -> None:
    result = run_textbook("pdf", cwd=book, timeout=900)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-3000:]
    pdf = book / "_build/downloads/foundations-first.pdf"
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and data.count(b"/Type /Page") > 200
    site = run_textbook("build", cwd=book, timeout=900)
    assert site.returncode == 0, site.stdout[-2000:] + site.stderr[-2000:]
    assert (book / "_build/html/foundations-first.pdf").is_file()
    assert 'href="../foundations-first.pdf"' in (book / "_build/html/book/intro.html").read_text(encoding="utf-8")
    check_bookmarks_and_figures(pdf)


def _outline_titles(items, depth: int = 0) -> list[tuple[int, str]]:
    titles: list[tuple[int, str]] = []
    for item in items:
        if isinstance(item, list):
            titles += _outline_titles(item, depth + 1)
        else:
            titles.append((depth, item.title))
    return titles


def _figures(node) -> list:
    """The /Figure elements of a PDF's tag tree, each as its dictionary."""
    node = node.get_object()
    found = [node] if node.get("/S") == "/Figure" else []
    kids = node.get("/K")
    kids = [] if kids is None else kids.get_object()
    for kid in kids if isinstance(kids, list) else [kids]:
        kid = kid.get_object() if hasattr(kid, "get_object") else kid
        if hasattr(kid, "get"):
            found += _figures(kid)
    return found


def check_bookmarks_and_figures(pdf: Path) -> None:
    """Bookmarks for every chapter, section and card; alt text on every figure of the tag tree."""
    from pypdf import PdfReader

    from textbook.model.spine import load_spine

    reader = PdfReader(pdf)
    titles = _outline_titles(reader.outline)
    names = [title for _, title in titles]
    spine = load_spine(ROOT)
    for number, chapter in enumerate(spine.chapters, 1):
        assert any(name.startswith(f"{number}. {chapter.title}") for name in names), chapter.title
        assert any(name.startswith(f"{number}.1. ") for name in names), f"no section bookmarks in chapter {number}"
    for card in spine.cards:
        assert any(name.startswith(card.page.source.title) for name in names), card.id
    assert not [name for name in names if name.endswith("#")]  # no heading's "#" link in a bookmark
    assert max(depth for depth, _ in titles) >= 2  # nested: chapters, their pages, their sections
    figures = _figures(reader.trailer["/Root"]["/StructTreeRoot"])
    images = sum(len(page.source.images) for page in spine.pages)
    assert len(figures) == images and all(str(figure.get("/Alt", "")).strip() for figure in figures)


def make_target_commands(target: str) -> list[list[str]]:
    """The ``python -m textbook`` arguments of each line of a Makefile target, as make runs
    them with no variable set: ``$(SITE_OPTION)`` is then empty (pure)."""
    lines = (ROOT / "Makefile").read_text(encoding="utf-8").split(f"\n{target}:", 1)[1].split("\n\n", 1)[0]
    lines = lines.replace("\\\n", " ")  # a command continued on the next line
    prefix = '"$(BIN)/python" -m textbook '
    return [
        [word for word in line.strip().removeprefix(prefix).split("||", 1)[0].split() if word != "$(SITE_OPTION)"]
        for line in lines.splitlines()[1:]
        if prefix in line
    ]


def test_make_lms_links_the_questions_to_the_site_when_site_url_is_set() -> None:
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    site = "https://example.org/ff/"
    # -n prints the recipes without running them. The set-up's stamp is a file that exists and
    # is no makefile: were it "Makefile", make would remake it (running the venv recipe) even
    # under -n, since it always brings its makefiles up to date first.
    run = ["make", "-n", "-C", str(ROOT), "lms", "VENV=.venv-absent", "STAMP=README.md"]
    linked = subprocess.run([*run, f"SITE_URL={site}"], capture_output=True, text=True, check=True).stdout
    plain = subprocess.run(run, capture_output=True, text=True, check=True).stdout
    exports = [line for line in linked.splitlines() if "-m textbook export" in line]
    linking = [line for line in exports if "--format scorm" not in line]  # a SCORM package carries its pages
    assert len(exports) == 5 and len(linking) == 4
    assert all(f'--site-url "{site}"' in line for line in linking)
    assert "--site-url" not in plain and plain.count("-m textbook export") == 5
    assert "give its address: make lms SITE_URL=" in plain  # without it, the cartridge says what it needs
    assert not (ROOT / ".venv-absent").exists()  # nothing was installed
    workflow = yaml.safe_load((ROOT / ".github/workflows/deploy.yml").read_text(encoding="utf-8"))
    (step,) = [step for step in workflow["jobs"]["build"]["steps"] if "lms" in step.get("run", "").split()]
    assert step["env"]["SITE_URL"] == "${{ steps.pages.outputs.base_url }}"
    assert step["env"]["FF_SITE_PATH"] == "${{ steps.pages.outputs.base_path }}/"


def test_the_quiz_files_are_made_by_make_lms_and_linked_from_the_instructor_page(book: Path) -> None:
    commands = make_target_commands("lms")
    assert [words[:3] for words in commands] == [
        ["export", "--format", "qti"],
        ["export", "--format", "moodle"],
        ["export", "--format", "blackboard"],
        ["export", "--format", "scorm"],
        ["export", "--format", "cc"],
    ]
    unlinked = run_textbook(*commands[-1], cwd=book)  # the cartridge needs the site's address
    assert unlinked.returncode == 1 and "the published site's address is needed" in unlinked.stderr
    for words in commands:
        given = ["--site-url", "https://example.org/ff/"] if "cc" in words else []  # make lms SITE_URL=...
        result = run_textbook(*words, *given, cwd=book, timeout=600)
        assert result.returncode == 0, result.stderr
    site = run_textbook("build", cwd=book, timeout=900)
    assert site.returncode == 0, site.stdout[-2000:] + site.stderr[-2000:]
    page = (book / "_build/html/book/for-instructors.html").read_text(encoding="utf-8")
    for name in (
        "foundations-first-qti.zip",
        "foundations-first-moodle.xml",
        "foundations-first-blackboard.txt",
        "foundations-first.imscc",
        "foundations-first-scorm.zip",
    ):
        assert (book / "_build/html" / name).is_file(), name
        assert f'href="../{name}"' in page, name


def test_a_garbled_bookmark_is_recognised_as_its_heading_and_no_other() -> None:
    from textbook.commands.downloads import _same_heading, for_print, heading_texts

    assert _same_heading("The required orderThe required order", "The required order")
    assert _same_heading(
        "1.3. 1.3. The work: roles and settingsThe work: roles and settings", "1.3. The work: roles and settings"
    )
    assert _same_heading(
        "1. Orientation: the work and your placein itin it", "1. Orientation: the work and your place in it"
    )
    assert not _same_heading("1.4. Your place in the team", "1.3. The work: roles and settings")
    assert not _same_heading("Summary", "Summary and more")  # too short to be it
    printed = for_print(
        '<html><body><header>Site</header><div class="bd-sidebar-primary"><p role="heading">Nav</p></div>'
        '<h1>Title<a class="headerlink" href="#t">#</a></h1><figure><img alt="A"/></figure></body></html>'
    )
    assert heading_texts(printed) == ["Title"]  # no navigation, no "#" link
    assert 'role="group"' in printed and "Site" not in printed

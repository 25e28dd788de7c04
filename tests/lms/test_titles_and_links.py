"""What instructors get from ``export`` besides the questions themselves (issue #15): titles as
in the book, a link from each question back to its page (or its chapter and page named in plain
text, without a site address), the chapters a selection builds on, and a closing message that
points at the instructor guide's web page. The files stay valid for their formats."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from moodle_xml_parser.parser import parse_file

from tests.conftest import ROOT, run_textbook
from tests.lms.test_export import QTI, _assessments, _without_namespace, moodle_schema, qti_dtd  # noqa: F401
from textbook.commands.assign import reading_list
from textbook.kit.kinds import Probe
from textbook.lms import export as lms_export
from textbook.lms.blackboard import question_line
from textbook.lms.questions import BookPage, ChoiceQuestion, to_questions
from textbook.model.spine import load_spine

SPINE = load_spine(ROOT)
SITE = "https://example.org/ff/"
CONTINUUM_PAGE = "book/foundations/06-boundaries/crossings-and-violations"


def _owner_label(owner: str) -> str:
    ids = [chapter.id for chapter in SPINE.chapters]
    return f"Chapter {ids.index(owner) + 1}" if owner in ids else "Toolkit card"


def _qti_items(path: Path) -> list[etree._Element]:
    return [item for root in _assessments(path).values() for item in root.iter(f"{QTI}item")]


def _question_text(item: etree._Element) -> str:
    return item.find(f"{QTI}presentation/{QTI}material/{QTI}mattext").text


@pytest.fixture(scope="module")
def linked(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The boundaries chapter and a card, exported in each format with the site's address."""
    folder = tmp_path_factory.mktemp("linked")
    files = {}
    for output_format, name in (("qti", "q.zip"), ("moodle", "m.xml"), ("blackboard", "b.txt")):
        files[output_format] = folder / name
        result = run_textbook(
            "export", "--format", output_format, "--site-url", SITE, "boundaries", "friend-request", "readiness",
            "-o", str(files[output_format]),
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        assert result.stdout.endswith(
            f"Import steps for each LMS: see the instructor guide, {SITE}book/for-instructors.html\n"
        )
    return files


# --- Titles ----------------------------------------------------------------------------------


def test_every_question_is_titled_as_in_the_book_never_by_its_id() -> None:
    selection = lms_export.select(SPINE, ["readiness"])
    probes = iter(SPINE.probes)
    for quiz in selection.quizzes:
        for question in quiz.questions:
            assert "--" not in question.title and not re.search(r"\b[a-z]+(-[a-z0-9]+){2,}\b", question.title)
    for quiz in lms_export.select(SPINE, []).quizzes:
        for loaded in SPINE.exercises_of(quiz.ident):
            titles = [q.title for q in quiz.questions if q.ident.split("--")[0] == loaded.exercise.id]
            expected = f"{_owner_label(loaded.owner)}: {loaded.exercise.title}"
            assert titles[0].startswith(expected), titles
            assert loaded.exercise.id not in " ".join(titles)
    first = next(probes).exercise
    assert isinstance(first, Probe)
    readiness = selection.quizzes[0].questions[0]
    assert readiness.title == f"Readiness check: {SPINE.chapter(first.chapter).title}, question 1"


def test_a_scenarios_decisions_keep_its_title_and_their_place() -> None:
    (quiz,) = lms_export.select(SPINE, ["boundaries"]).quizzes
    scenario = next(e.exercise for e in SPINE.exercises_of("boundaries") if e.exercise.kind == "scenario")
    titles = [q.title for q in quiz.questions if q.ident.startswith(f"{scenario.id}--")]
    assert titles == [f"Chapter 6: {scenario.title} (decision {n} of {len(titles)})" for n in range(1, len(titles) + 1)]


def test_titles_reach_every_format_and_idents_stay_as_they_were(linked: dict[str, Path]) -> None:
    items = _qti_items(linked["qti"])
    continuum = next(item for item in items if item.get("ident") == "boundaries-continuum")
    assert continuum.get("title") == "Chapter 6: Place each act on the boundary continuum"
    questions = [
        q
        for quiz in lms_export.select(SPINE, ["boundaries", "friend-request", "readiness"]).quizzes
        for q in quiz.questions
    ]
    assert [(i.get("ident"), i.get("title")) for i in items] == [(q.ident, q.title) for q in questions]
    root = etree.parse(str(linked["moodle"])).getroot()
    named = [
        (q.findtext("idnumber"), q.findtext("name/text"))
        for q in root.findall("question")
        if q.get("type") != "category"
    ]
    assert named == [(q.ident, q.title) for q in questions]


# --- The link back to the book ---------------------------------------------------------------


def test_each_question_links_to_the_page_that_embeds_its_exercise(linked: dict[str, Path]) -> None:
    embedded_on = SPINE.embedded_on()
    assert embedded_on["boundaries-continuum"].docname == CONTINUUM_PAGE
    for item in _qti_items(linked["qti"]):
        ident = item.get("ident").split("--")[0]
        loaded = SPINE.exercise(ident)
        if loaded is None:  # a readiness question: its chapter's first page
            probe = next(p.exercise for p in SPINE.probes if p.exercise.id == ident)
            docname = SPINE.chapter(probe.chapter).index.docname
        else:
            docname = embedded_on[ident].docname
        text = _question_text(item)
        paragraph = text[text.rindex("<p>") :]
        assert paragraph.startswith("<p>Read it in the book: <a href=") and paragraph.endswith("</p>"), ident
        (href,) = re.findall(r'href="([^"]+)"', paragraph)
        assert href == f"{SITE}{docname}.html", ident
    continuum = next(i for i in _qti_items(linked["qti"]) if i.get("ident") == "boundaries-continuum")
    assert _question_text(continuum).endswith(
        f'<p>Read it in the book: <a href="{SITE}{CONTINUUM_PAGE}.html" target="_blank" rel="noopener">'
        "Boundary crossings and boundary violations</a> (Chapter 6: Professional boundaries)</p>"
    )


def test_linked_files_stay_valid_for_their_formats(linked: dict[str, Path], qti_dtd, moodle_schema) -> None:  # noqa: F811
    for name, root in _assessments(linked["qti"]).items():
        assert qti_dtd.validate(_without_namespace(root)), f"{name}: {qti_dtd.error_log.filter_from_errors()[:3]}"
    errors = list(moodle_schema.iter_errors(str(linked["moodle"])))
    assert errors == [], "\n".join(f"{e.path}: {e.reason}" for e in errors[:5])
    parsed = parse_file(str(linked["moodle"]))["multichoice"]
    texts = [question.text_pre_parse for question in parsed]
    assert texts and all(f'<a href="{SITE}book/' in text for text in texts)


def test_blackboard_writes_the_address_out_in_its_plain_text(linked: dict[str, Path]) -> None:
    lines = linked["blackboard"].read_text(encoding="utf-8").splitlines()
    questions = [field.split("\t")[1] for field in lines]
    assert all(re.search(rf"Read it in the book: .+, {re.escape(SITE)}book/\S+\.html$", text) for text in questions)
    assert all("<" not in text for text in questions)
    assert any(
        text.endswith(
            "Read it in the book: Boundary crossings and boundary violations (Chapter 6: Professional boundaries), "
            f"{SITE}{CONTINUUM_PAGE}.html"
        )
        for text in questions
    )


def test_without_an_address_the_question_names_its_chapter_and_page(tmp_path: Path) -> None:
    output = tmp_path / "q.zip"
    result = run_textbook("export", "--format", "qti", "boundaries", "friend-request", "-o", str(output))
    assert result.returncode == 0 and result.stderr.startswith("textbook: note:")
    assert "for-instructors.md" not in result.stdout
    assert result.stdout.splitlines()[-1].startswith(
        "Import steps for each LMS: see the instructor guide, _build/html/book/for-instructors.html"
    )
    texts = {item.get("ident"): _question_text(item) for item in _qti_items(output)}
    assert all("href" not in text and "http" not in text for text in texts.values())
    assert texts["boundaries-continuum"].endswith(
        "<p>Read it in the book: the page “Boundary crossings and boundary violations” in Chapter 6: "
        "Professional boundaries.</p>"
    )
    card = next(e.exercise.id for e in SPINE.exercises_of("friend-request"))
    title = next(c for c in SPINE.cards if c.id == "friend-request").page.source.title
    assert texts[card].endswith(f"<p>Read it in the book: the page “{title}” in the practice toolkit.</p>")


def test_a_chapters_first_page_is_named_once() -> None:
    first = BookPage("Professional boundaries", "Chapter 6: Professional boundaries", "")
    assert first.text() == "Read it in the book: the first page of Chapter 6: Professional boundaries."
    linked = BookPage("Professional boundaries", "Chapter 6: Professional boundaries", SITE + "x.html")
    assert linked.html().endswith(">Chapter 6: Professional boundaries</a></p>")
    assert linked.text() == f"Read it in the book: Chapter 6: Professional boundaries, {SITE}x.html"


def test_page_titles_and_addresses_are_escaped() -> None:
    page = BookPage('<script>"x"</script>', "Chapter 1: A & B", 'https://e.org/a"b.html')
    html = page.html()
    assert "<script>" not in html and "&lt;script&gt;" in html and "A &amp; B" in html
    assert 'href="https://e.org/a&quot;b.html"' in html
    exercise = next(e.exercise for e in SPINE.exercises if e.exercise.kind == "single-choice")
    (question,) = to_questions(exercise, "T\tab", BookPage("P", "Chapter 1: C", "https://e.org/p\tq.html"))
    assert isinstance(question, ChoiceQuestion) and question.text_html.endswith("</p>")
    assert (
        question_line(question).split("\t")[1].endswith("Read it in the book: P (Chapter 1: C), https://e.org/p q.html")
    )


def test_the_configured_address_is_used_without_the_flag(fixture_book, tmp_path: Path) -> None:
    book = fixture_book("valid")
    config = book / "_config.yml"
    config.write_text(
        config.read_text(encoding="utf-8") + "html:\n  baseurl: https://fixture.example/\n", encoding="utf-8"
    )
    output = tmp_path / "f.xml"
    result = run_textbook("--root", str(book), "export", "--format", "moodle", "-o", str(output))
    assert result.returncode == 0, result.stderr
    assert "https://fixture.example/book/foundations/" in output.read_text(encoding="utf-8")
    assert result.stdout.endswith("see the instructor guide, https://fixture.example/book/for-instructors.html\n")


@pytest.mark.parametrize("address", ["example.org/ff", "ftp://example.org/", "https://example.org/?x=1"])
def test_an_unusable_address_is_refused_and_nothing_written(tmp_path: Path, address: str) -> None:
    output = tmp_path / "q.zip"
    result = run_textbook("export", "--format", "qti", "--site-url", address, "ethics", "-o", str(output))
    assert result.returncode == 1 and result.stdout == "" and not output.exists()
    assert result.stderr.startswith(f"textbook: --site-url: '{address}' ") and result.stderr.count("\n") == 1


# --- The chapters a selection builds on ------------------------------------------------------


def test_with_prerequisites_exports_what_assign_lists(tmp_path: Path) -> None:
    output = tmp_path / "q.zip"
    result = run_textbook(
        "export", "--format", "qti", "--with-prerequisites", "boundaries", "who-can-i-tell", "-o", str(output)
    )
    assert result.returncode == 0 and result.stderr == ""
    chapters, cards = reading_list(SPINE, ["boundaries", "who-can-i-tell"])
    with zipfile.ZipFile(output) as archive:
        assert archive.namelist() == ["imsmanifest.xml"] + [f"{c.id}.xml" for c in chapters + cards]
    assert [c.id for c in chapters] == ["orientation", "history", "models", "knowing-yourself", "ethics", "boundaries"]


def test_without_the_flag_one_note_names_the_prerequisites_and_the_flag(tmp_path: Path) -> None:
    output = tmp_path / "q.zip"
    result = run_textbook("export", "--format", "qti", "boundaries", "-o", str(output))
    assert result.returncode == 0
    assert result.stderr.count("\n") == 1
    chapters = reading_list(SPINE, ["boundaries"])[0][:-1]
    assert result.stderr.startswith("textbook: note: boundaries builds on Chapter 1: ")
    assert all(chapter.title in result.stderr for chapter in chapters)
    assert result.stderr.rstrip().endswith("add --with-prerequisites to export them too")
    with zipfile.ZipFile(output) as archive:
        assert archive.namelist() == ["imsmanifest.xml", "boundaries.xml"]


@pytest.mark.parametrize("ids", [["orientation"], ["boundaries-continuum"], []])
def test_no_note_when_nothing_is_left_out(tmp_path: Path, ids: list[str]) -> None:
    result = run_textbook("export", "--format", "moodle", *ids, "-o", str(tmp_path / "m.xml"))
    assert result.returncode == 0 and result.stderr == ""

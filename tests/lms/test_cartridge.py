"""``python -m textbook export --format cc``: the book as a Common Cartridge 1.1 course, one module
per chapter in the required order, links to the published site, the quizzes; and what it
refuses (no site address, unknown ids, a faulty edition file), leaving no file behind."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from lxml import etree

from tests.conftest import ROOT, run_textbook
from tests.lms.schemas import cc11_rules, cc11_schema, reference_errors, rule_failures, schema_errors
from textbook.lms.cartridge import ASSESSMENT_TYPE, WEBCONTENT_TYPE, WEBLINK_TYPE
from textbook.model.spine import load_spine

SITE = "https://books.example.org/foundations-first/"
CP = "{http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1}"
WL = "{http://www.imsglobal.org/xsd/imsccv1p1/imswl_v1p1}"
QTI = "{http://www.imsglobal.org/xsd/ims_qtiasiv1p2}"
SPINE = load_spine(ROOT)


def _export(tmp_path: Path, *args: str, name: str = "course.imscc") -> tuple[Path, str, str, int]:
    path = tmp_path / name
    result = run_textbook("export", "--format", "cc", *args, "-o", str(path))
    return path, result.stdout, result.stderr, result.returncode


@pytest.fixture(scope="module")
def whole_book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path, out, err, code = _export(tmp_path_factory.mktemp("cc"), "--site-url", SITE)
    assert code == 0, err
    assert f"wrote {path}: 10 modules with 17 quizzes, {len(SPINE.exercises)} exercises" in out
    return path


def _manifest(path: Path) -> etree._Element:
    with zipfile.ZipFile(path) as archive:
        return etree.fromstring(archive.read("imsmanifest.xml"))


def _modules(path: Path) -> list[tuple[str, list[tuple[str, str, str]]]]:
    """Each module's title, with its items as (title, resource type, file)."""
    manifest = _manifest(path)
    resources = {r.get("identifier"): r for r in manifest.iter(f"{CP}resource")}
    root_item = manifest.find(f"{CP}organizations/{CP}organization/{CP}item")
    modules = []
    for module in root_item.findall(f"{CP}item"):
        items = []
        for item in module.findall(f"{CP}item"):
            resource = resources[item.get("identifierref")]
            items.append((item.findtext(f"{CP}title"), resource.get("type"), resource.find(f"{CP}file").get("href")))
        modules.append((module.findtext(f"{CP}title"), items))
    return modules


def test_one_module_per_chapter_in_the_required_order_then_the_toolkit(whole_book: Path) -> None:
    modules = _modules(whole_book)
    expected = [f"Chapter {n}: {chapter.title}" for n, chapter in enumerate(SPINE.chapters, 1)] + [
        "Part 2: Practice toolkit"
    ]
    assert [title for title, _items in modules] == expected
    for (title, items), chapter in zip(modules, SPINE.chapters, strict=False):
        kinds = [kind for _title, kind, _file in items]
        assert kinds[0] == WEBCONTENT_TYPE and items[0][0] == f"{title}: before you start"
        assert kinds[1 : 1 + len(chapter.pages)] == [WEBLINK_TYPE] * len(chapter.pages)
        assert kinds[1 + len(chapter.pages) :] == [ASSESSMENT_TYPE]  # every chapter has exercises
    toolkit = modules[-1][1]
    assert [title for title, kind, _file in toolkit if kind == WEBLINK_TYPE] == [
        card.page.source.title for card in SPINE.cards
    ]


def test_every_page_of_a_chapter_is_linked_on_the_published_site(whole_book: Path) -> None:
    with zipfile.ZipFile(whole_book) as archive:
        names = set(archive.namelist())
        urls = []
        for _title, items in _modules(whole_book):
            for _item_title, kind, file in items:
                assert file in names  # every resource's file is in the package
                if kind == WEBLINK_TYPE:
                    link = etree.fromstring(archive.read(file))
                    urls.append(link.find(f"{WL}url").get("href"))
    expected = [SITE + page.docname + ".html" for chapter in SPINE.chapters for page in chapter.pages]
    expected += [SITE + card.page.docname + ".html" for card in SPINE.cards]
    assert urls == expected


def test_before_you_start_names_prerequisites_objectives_and_time(whole_book: Path) -> None:
    boundaries = SPINE.chapter("boundaries")
    position = SPINE.chapters.index(boundaries)
    _title, items = _modules(whole_book)[position]
    with zipfile.ZipFile(whole_book) as archive:
        page = archive.read(items[0][2]).decode("utf-8")
    assert "<script" not in page and "stylesheet" not in page
    for required in SPINE.chapters_named(boundaries.meta.requires):
        assert f'href="{SITE}{required.index.docname}.html"' in page
    document = etree.fromstring(page.encode(), etree.HTMLParser())
    texts = " ".join(document.itertext())
    for objective in boundaries.meta.objectives:
        assert objective.text.replace("*", "").split()[0] in texts
    assert f"about {boundaries.reading_minutes} minutes of reading" in texts


def test_each_quiz_holds_its_chapters_exercises_in_the_cc_profile(whole_book: Path) -> None:
    with zipfile.ZipFile(whole_book) as archive:
        for (_title, items), chapter in zip(_modules(whole_book), SPINE.chapters, strict=False):
            quiz = etree.fromstring(archive.read(items[-1][2]))
            profiles = {
                field.findtext(f"{QTI}fieldlabel"): field.findtext(f"{QTI}fieldentry")
                for field in quiz.find(f"{QTI}assessment/{QTI}qtimetadata")
            }
            assert profiles["cc_profile"] == "cc.exam.v0p1"
            idents = [item.get("ident") for item in quiz.iter(f"{QTI}item")]
            for loaded in SPINE.exercises_of(chapter.id):
                assert any(
                    ident == loaded.exercise.id or ident.startswith(loaded.exercise.id + "--") for ident in idents
                )
            for item in quiz.iter(f"{QTI}item"):
                fields = {
                    f.findtext(f"{QTI}fieldlabel"): f.findtext(f"{QTI}fieldentry")
                    for f in item.iter(f"{QTI}qtimetadatafield")
                }
                assert fields["cc_profile"] in {
                    "cc.multiple_choice.v0p1",
                    "cc.true_false.v0p1",
                    "cc.multiple_response.v0p1",
                    "cc.essay.v0p1",
                }
                assert len(item.findall(f"{QTI}presentation/{QTI}response_lid")) <= 1  # no matching in the profile


def test_ids_bring_their_prerequisites_in_order(tmp_path: Path) -> None:
    path, _out, err, code = _export(tmp_path, "boundaries", "gift-from-a-client", "--site-url", SITE)
    assert code == 0, err
    boundaries = SPINE.chapter("boundaries")
    needed = {boundaries.id}
    todo = list(boundaries.meta.requires)
    while todo:
        ident = todo.pop()
        if ident not in needed:
            needed.add(ident)
            todo += SPINE.chapter(ident).meta.requires
    card = next(c for c in SPINE.cards if c.id == "gift-from-a-client")
    for base in card.meta.builds_on:
        needed.add(base)
        todo = list(SPINE.chapter(base).meta.requires)
        while todo:
            ident = todo.pop()
            needed.add(ident)
            todo += SPINE.chapter(ident).meta.requires
    titles = [title for title, _items in _modules(path)]
    in_order = [f"Chapter {n}: {c.title}" for n, c in enumerate(SPINE.chapters, 1) if c.id in needed]
    assert titles == [*in_order, "Part 2: Practice toolkit"]
    assert [t for t, kind, _f in _modules(path)[-1][1] if kind == WEBLINK_TYPE] == [card.page.source.title]


def test_an_edition_is_a_course_and_its_gaps_are_located(tmp_path: Path) -> None:
    edition = ROOT / "editions" / "boundaries-and-self-care.yml"
    path, _out, err, code = _export(tmp_path, "--edition", str(edition), "--site-url", SITE)
    assert code == 1 and not path.exists()
    assert "editions/boundaries-and-self-care.yml:" in _out and "--with-prerequisites" in _out
    path, _out, err, code = _export(tmp_path, "--edition", str(edition), "--with-prerequisites", "--site-url", SITE)
    assert code == 0, err
    titles = [title for title, _items in _modules(path)]
    assert titles[-1] == "Part 2: Practice toolkit" and "Chapter 6: Professional boundaries" in titles


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "the published site's address is needed"),
        (("--site-url", "books.example.org"), "--site-url: 'books.example.org' is not a web address"),
        (("boundries", "--site-url", SITE), "unknown chapter or card id: 'boundries' (did you mean boundaries"),
        (
            ("--edition", "editions/none.yml", "boundaries", "--site-url", SITE),
            "either chapter and card ids or --edition",
        ),
        (("--edition", "editions/none.yml", "--site-url", SITE), "cannot read the edition file"),
    ],
)
def test_what_it_refuses_leaves_no_file_and_no_traceback(tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    earlier = tmp_path / "course.imscc"
    earlier.write_bytes(b"an earlier export")
    _path, out, err, code = _export(tmp_path, *args)
    assert code == 1
    assert message in out + err
    assert "Traceback" not in out + err
    assert earlier.read_bytes() == b"an earlier export"  # nothing half-written over it
    assert sorted(p.name for p in tmp_path.iterdir()) == ["course.imscc"]


def test_the_edition_option_is_only_for_a_course(tmp_path: Path) -> None:
    result = run_textbook("export", "--format", "qti", "--edition", "editions/boundaries-and-self-care.yml")
    assert result.returncode == 1 and "use it with --format cc" in result.stderr


# ------------------------------------------------------------- against the format's own definition


def _validate_all(path: Path) -> dict[str, list[str]]:
    """Every file of the cartridge against IMS CC 1.1's XSDs and the profile's rules."""
    problems: dict[str, list[str]] = {}
    with zipfile.ZipFile(path) as archive:
        manifest = etree.fromstring(archive.read("imsmanifest.xml"))
        problems["imsmanifest.xml"] = (
            schema_errors(cc11_schema("manifest"), manifest)
            + rule_failures(cc11_rules("manifest"), manifest)
            + reference_errors(manifest)
        )
        for name in archive.namelist():
            if name.endswith("weblink.xml"):
                problems[name] = schema_errors(cc11_schema("weblink"), archive.read(name))
            elif name.endswith("assessment.xml"):
                document = etree.fromstring(archive.read(name))
                problems[name] = schema_errors(cc11_schema("assessment"), document) + rule_failures(
                    cc11_rules("assessment"), document
                )
    return {name: found for name, found in problems.items() if found}


def test_the_whole_cartridge_is_valid_common_cartridge_1_1(whole_book: Path) -> None:
    assert _validate_all(whole_book) == {}
    with zipfile.ZipFile(whole_book) as archive:
        head = archive.read("imsmanifest.xml")[:1024]
    assert b'xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"' in head  # Moodle looks for it there


def _mutated(source: Path, target: Path, name: str, change) -> Path:
    """A copy of the cartridge with one file changed by ``change(root element)``."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for entry in old.namelist():
            data = old.read(entry)
            if entry == name:
                root = etree.fromstring(data)
                change(root)
                data = etree.tostring(root, xml_declaration=True, encoding="utf-8")
            new.writestr(entry, data)
    return target


def _first(path: Path, suffix: str) -> str:
    with zipfile.ZipFile(path) as archive:
        return next(name for name in archive.namelist() if name.endswith(suffix))


def _drop(xpath: str):
    def change(root: etree._Element) -> None:
        found = root.xpath(xpath, namespaces={"cp": CP[1:-1], "wl": WL[1:-1], "q": QTI[1:-1]})
        found[0].getparent().remove(found[0])

    return change


def _profile_matching(root: etree._Element) -> None:
    """Say an item is a matching question, which the CC 1.1 profile does not have."""
    for field in root.iter(f"{QTI}qtimetadatafield"):
        if (
            field.findtext(f"{QTI}fieldlabel") == "cc_profile"
            and field.getparent().getparent().tag == f"{QTI}itemmetadata"
        ):
            field.find(f"{QTI}fieldentry").text = "cc.matching.v0p1"
            return


def _no_structure(root: etree._Element) -> None:
    del root.find(f".//{CP}organization").attrib["structure"]


@pytest.mark.parametrize(
    ("suffix", "change", "expected"),
    [
        ("imsmanifest.xml", _no_structure, "structure"),
        ("imsmanifest.xml", _drop("//cp:metadata"), "metadata"),
        ("weblink.xml", _drop("//wl:url"), "url"),
        ("assessment.xml", _profile_matching, "RULE 2b"),
        ("assessment.xml", _drop("//q:section"), "section"),
    ],
)
def test_the_validation_catches_what_an_importer_would_refuse(
    whole_book: Path, tmp_path: Path, suffix: str, change, expected: str
) -> None:
    name = _first(whole_book, suffix)
    broken = _mutated(whole_book, tmp_path / "broken.imscc", name, change)
    found = _validate_all(broken)
    assert list(found) == [name]
    assert any(expected in line for line in found[name]), found[name]

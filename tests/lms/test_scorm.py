"""``python -m textbook export --format scorm``: the package itself. Its manifest against SCORM
1.2's schemas (IMS CP 1.1.2, ADL CP 1.2, IMS MD 1.2.1) with negative controls, one SCO per
chapter and card in order, every link inside it leading to a file in it, the page-weight
budget, no third-party request, and what it refuses. (The run-time: tests/browser/test_scorm_browser.py.)"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from benchmarks.page_weight import BUDGET_GZIP, site_weights
from tests.conftest import ROOT, run_textbook
from tests.lms.schemas import reference_errors, schema_errors, scorm12_metadata_schema, scorm12_schema
from textbook.model.spine import load_spine

SPINE = load_spine(ROOT)
CP = "{http://www.imsproject.org/xsd/imscp_rootv1p1p2}"
ADLCP = "{http://www.adlnet.org/xsd/adlcp_rootv1p2}"
LINK = re.compile(r"""\b(?:href|src)="([^"]*)\"""")


@pytest.fixture(scope="module")
def unpacked(scorm_package: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("scorm-unpacked")
    with zipfile.ZipFile(scorm_package) as archive:
        archive.extractall(folder)
    return folder


def _manifest(folder: Path) -> etree._Element:
    return etree.parse(str(folder / "imsmanifest.xml")).getroot()


def _errors(manifest: etree._Element) -> list[str]:
    return (
        schema_errors(scorm12_schema(), manifest)
        + schema_errors(scorm12_metadata_schema(), manifest)
        + reference_errors(manifest)
    )


def test_the_manifest_is_valid_scorm_1_2(unpacked: Path) -> None:
    manifest = _manifest(unpacked)
    assert _errors(manifest) == []
    assert manifest.findtext(f"{CP}metadata/{CP}schema") == "ADL SCORM"
    assert manifest.findtext(f"{CP}metadata/{CP}schemaversion") == "1.2"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda m: m.remove(m.find(f"{CP}organizations")), "organizations"),
        (lambda m: m.find(f"{CP}resources/{CP}resource").set(f"{ADLCP}scormtype", "lesson"), "scormtype"),
        (lambda m: m.find(f"{CP}organizations/{CP}organization/{CP}item").set("identifierref", "nowhere"), "nowhere"),
        (lambda m: m.find(f"{CP}resources/{CP}resource").attrib.pop("type"), "type"),
    ],
)
def test_the_validation_catches_a_broken_manifest(unpacked: Path, change, expected: str) -> None:
    manifest = _manifest(unpacked)
    change(manifest)
    errors = _errors(manifest)
    assert errors and any(expected in line for line in errors), errors


def test_one_sco_per_chapter_and_card_in_order(unpacked: Path) -> None:
    manifest = _manifest(unpacked)
    items = manifest.findall(f"{CP}organizations/{CP}organization/{CP}item")
    expected = [f"Chapter {n}: {c.title}" for n, c in enumerate(SPINE.chapters, 1)]
    expected += [card.page.source.title for card in SPINE.cards]
    assert [item.findtext(f"{CP}title") for item in items] == expected
    scos = {r.get("identifier"): r for r in manifest.iter(f"{CP}resource") if r.get(f"{ADLCP}scormtype") == "sco"}
    for item, owner in zip(items, [c.id for c in SPINE.chapters] + [c.id for c in SPINE.cards], strict=True):
        launch = scos[item.get("identifierref")].get("href")
        assert launch == f"scorm/{owner}.html"
        page = (unpacked / launch).read_text(encoding="utf-8")
        assert f'data-ff-launch="{owner}"' in page


def test_the_manifest_lists_exactly_the_files_in_the_package(unpacked: Path) -> None:
    manifest = _manifest(unpacked)
    listed = {f.get("href") for f in manifest.iter(f"{CP}file")}
    present = {p.relative_to(unpacked).as_posix() for p in unpacked.rglob("*") if p.is_file()}
    assert listed == present - {"imsmanifest.xml"}
    assert "404.html" not in present and ".buildinfo" not in present


def test_every_link_inside_leads_to_a_file_in_the_package(unpacked: Path) -> None:
    broken = []
    pages = sorted(unpacked.rglob("*.html"))
    assert len(pages) > 40
    for page in pages:
        for target in LINK.findall(page.read_text(encoding="utf-8")):
            if target.startswith(("http://", "https://", "mailto:", "data:", "#", "javascript:")) or not target:
                continue
            path = target.split("#", 1)[0].split("?", 1)[0]
            if path and not (page.parent / path).resolve().is_file():
                broken.append(f"{page.relative_to(unpacked)}: {target}")
    assert broken == []


def test_no_third_party_request_and_every_page_within_the_budget(unpacked: Path) -> None:
    for page in unpacked.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert not re.search(r"""<(?:script|img|iframe)\b[^>]*\bsrc="(?:https?:)?//""", text), page
        assert not re.search(r"""<link\b[^>]*\bhref="(?:https?:)?//""", text), page
    over = {w.page: w.gzip for w in site_weights(unpacked) if w.gzip > BUDGET_GZIP}
    assert over == {}


def test_a_selection_and_what_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "orientation.zip"
    result = run_textbook("export", "--format", "scorm", "orientation", "-o", str(path))
    assert result.returncode == 0, result.stderr[-2000:]
    assert f"wrote {path}: 1 module with 1 quiz" in result.stdout
    with zipfile.ZipFile(path) as archive:
        manifest = etree.fromstring(archive.read("imsmanifest.xml"))
        names = archive.namelist()
    assert [i.findtext(f"{CP}title") for i in manifest.iter(f"{CP}item")] == [f"Chapter 1: {SPINE.chapters[0].title}"]
    assert "book/foundations/06-boundaries/index.html" not in names  # only the chapters asked for
    refused = tmp_path / "refused.zip"
    result = run_textbook("export", "--format", "scorm", "orientaton", "-o", str(refused))
    assert result.returncode == 1 and not refused.exists()
    assert "unknown chapter or card id: 'orientaton' (did you mean orientation" in result.stderr
    assert "Traceback" not in result.stderr

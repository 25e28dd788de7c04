"""SCORM 1.2 packages: the built pages of a selection, one SCO per chapter or card (pure).

Each SCO is a launch page, ``scorm/ID.html``, which loads the runtime's ``ff-scorm.js`` in
launch mode: it finds the LMS's API, opens the session and shows the chapter's first page in a
frame. The pages are the book's own, built for the selection (``commands/edition.py``), so every
link inside the package leads to a page in it; they report to the LMS through the session (see
``ff-scorm.js`` and "SCORM packages" in CONTRIBUTING.md). The manifest follows IMS Content
Packaging 1.1.2 with ADL's SCORM 1.2 extensions; all the pages and assets are one ``asset``
resource that every SCO depends on.
"""

from __future__ import annotations

import html
import io
import zipfile
from dataclasses import dataclass
from xml.etree import ElementTree as ET

from textbook.lms.qti import FIXED_TIME
from textbook.lms.xmltree import document, sub

CP_NAMESPACE = "http://www.imsproject.org/xsd/imscp_rootv1p1p2"
ADLCP_NAMESPACE = "http://www.adlnet.org/xsd/adlcp_rootv1p2"
MD_NAMESPACE = "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATIONS = (
    f"{CP_NAMESPACE} imscp_rootv1p1p2.xsd {MD_NAMESPACE} imsmd_rootv1p2p1.xsd {ADLCP_NAMESPACE} adlcp_rootv1p2.xsd"
)
LAUNCH_FOLDER = "scorm"
RUNTIME_SCRIPT = "_static/ff-scorm.js"
ASSETS_IDENT = "book-pages"
# Built files a package leaves out: Sphinx's build record, and the 404 page, whose links start
# from the site's root on a web server and lead nowhere inside a package.
LEFT_OUT = (".buildinfo", "404.html")


def left_out(name: str) -> bool:
    """Whether a built file stays out of the package: the files above, source maps, and the
    theme's template fragments in _static (never pages; their links are Jinja, not paths)."""
    return name in LEFT_OUT or name.endswith(".map") or (name.startswith("_static/") and name.endswith(".html"))


@dataclass(frozen=True)
class Sco:
    """A chapter or card as a SCO: its id, its title and its first page (a path in the package)."""

    ident: str
    title: str
    start: str


def launch_path(sco: Sco) -> str:
    return f"{LAUNCH_FOLDER}/{sco.ident}.html"


def launch_html(sco: Sco, lang: str = "en") -> bytes:
    """The SCO's launch page: the runtime in launch mode and a frame for the chapter."""
    title = html.escape(sco.title)
    start = html.escape(f"../{sco.start}")
    script = html.escape(f"../{RUNTIME_SCRIPT}")
    text = f"""<!DOCTYPE html>
<html lang="{html.escape(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>html, body {{ margin: 0; height: 100%; }} iframe {{ display: block; border: 0; width: 100%; height: 100%; }}</style>
<script defer src="{script}" data-ff-launch="{html.escape(sco.ident)}" data-ff-start="{start}"></script>
</head>
<body>
<iframe id="ff-sco" title="{title}"></iframe>
<noscript><p><a href="{start}">{title}</a></p></noscript>
</body>
</html>
"""
    return text.encode("utf-8")


def manifest_xml(identifier: str, title: str, scos: list[Sco], files: list[str]) -> bytes:
    """``imsmanifest.xml``: one item and one SCO resource per chapter or card, in order, and the
    pages and assets as one shared asset resource."""
    root = ET.Element(
        "manifest",
        {
            "identifier": identifier,
            "version": "1.0",
            "xmlns": CP_NAMESPACE,
            "xmlns:adlcp": ADLCP_NAMESPACE,
            "xmlns:xsi": XSI,
        },
    )
    root.set("xsi:schemaLocation", SCHEMA_LOCATIONS)
    metadata = sub(root, "metadata")
    sub(metadata, "schema", "ADL SCORM")
    sub(metadata, "schemaversion", "1.2")
    organizations = sub(root, "organizations", default="course")
    organization = sub(organizations, "organization", identifier="course")
    sub(organization, "title", title)
    for sco in scos:
        item = sub(organization, "item", identifier=f"item-{sco.ident}", identifierref=f"sco-{sco.ident}")
        item.set("isvisible", "true")
        sub(item, "title", sco.title)
    resources = sub(root, "resources")
    for sco in scos:
        resource = ET.SubElement(
            resources,
            "resource",
            {
                "identifier": f"sco-{sco.ident}",
                "type": "webcontent",
                "adlcp:scormtype": "sco",
                "href": launch_path(sco),
            },
        )
        sub(resource, "file", href=launch_path(sco))
        sub(resource, "dependency", identifierref=ASSETS_IDENT)
    assets = ET.SubElement(
        resources, "resource", {"identifier": ASSETS_IDENT, "type": "webcontent", "adlcp:scormtype": "asset"}
    )
    for name in files:
        sub(assets, "file", href=name)
    return document(root)


def package_bytes(identifier: str, title: str, scos: list[Sco], site: dict[str, bytes], lang: str = "en") -> bytes:
    """The package as zip bytes: the manifest, the launch pages, then the built site's files
    (``site``: path in the package -> bytes), in a stable order (pure)."""
    kept = {name: data for name, data in sorted(site.items()) if not left_out(name)}
    launches = {launch_path(sco): launch_html(sco, lang) for sco in scos}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        entries = [("imsmanifest.xml", manifest_xml(identifier, title, scos, list(kept)))]
        entries += list(launches.items()) + list(kept.items())
        for name, data in entries:
            archive.writestr(zipfile.ZipInfo(name, FIXED_TIME), data, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()

"""IMS Common Cartridge 1.1: the book as a course, in the required order (pure).

One module per foundation chapter, titled as in the book and in reading order, then one module
for the toolkit cards. A chapter's module holds a "Before you start" page (prerequisites,
objectives, reading time), a web link to each of its pages on the published site, and its
exercises as one quiz. In the toolkit module each card has its web link and its quiz.

Quizzes reuse the QTI mapping (``questions.py`` and ``qti.py``) in the Common Cartridge QTI
profile: each item says its ``cc_profile``; a matching question, which the profile does not
have, becomes one multiple-choice question per left side (see ``questions.as_choices``).
Common Cartridge 1.1 rather than 1.2 or 1.3: every LMS that imports cartridges imports 1.1, and
the book needs nothing the later versions added (see CONTRIBUTING.md).
"""

from __future__ import annotations

import html
import io
import zipfile
from dataclasses import dataclass, replace
from xml.etree import ElementTree as ET

from textbook.kit.markup import plain_text
from textbook.lms import qti
from textbook.lms.questions import Quiz
from textbook.lms.xmltree import document, sub
from textbook.model.layout import TOOLKIT_PART
from textbook.model.site import page_url
from textbook.model.spine import Card, Chapter, Spine

CC_NAMESPACE = "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"
CC_SCHEMA = "http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_imscp_v1p2_v1p0.xsd"
LOM_MANIFEST_NAMESPACE = "http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest"
LOM_MANIFEST_SCHEMA = "http://www.imsglobal.org/profile/cc/ccv1p1/LOM/ccv1p1_lommanifest_v1p0.xsd"
WEBLINK_NAMESPACE = "http://www.imsglobal.org/xsd/imsccv1p1/imswl_v1p1"
WEBLINK_SCHEMA = "http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_imswl_v1p1.xsd"
XSI = "http://www.w3.org/2001/XMLSchema-instance"

WEBLINK_TYPE = "imswl_xmlv1p1"
ASSESSMENT_TYPE = "imsqti_xmlv1p2/imscc_xmlv1p1/assessment"
WEBCONTENT_TYPE = "webcontent"


@dataclass(frozen=True)
class WebLink:
    """A link to a page of the published book."""

    title: str
    url: str


@dataclass(frozen=True)
class WebPage:
    """A short HTML page carried in the cartridge (a chapter's "Before you start")."""

    title: str
    body_html: str  # already escaped: built from the book's own data by the caller
    lang: str = "en"


@dataclass(frozen=True)
class QuizEntry:
    """A chapter's or card's exercises as one quiz."""

    quiz: Quiz


Entry = WebLink | WebPage | QuizEntry


@dataclass(frozen=True)
class Module:
    """A course module: a chapter, or the toolkit cards."""

    ident: str
    title: str
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class Course:
    """What the cartridge holds: its title, language and modules in order."""

    ident: str
    title: str
    modules: tuple[Module, ...]
    lang: str = "en"


def _resource_folder(module: Module, number: int) -> str:
    return f"{module.ident}/{number:02d}"


def weblink_xml(link: WebLink) -> bytes:
    """One ``webLink`` document (IMS CC 1.1 web link)."""
    root = ET.Element("webLink", {"xmlns": WEBLINK_NAMESPACE, "xmlns:xsi": XSI})
    root.set("xsi:schemaLocation", f"{WEBLINK_NAMESPACE} {WEBLINK_SCHEMA}")
    sub(root, "title", link.title)
    sub(root, "url", href=link.url, target="_blank")
    return document(root)


def webpage_html(page: WebPage) -> bytes:
    """A small self-contained HTML page: no script, no stylesheet, no request."""
    title = html.escape(page.title)
    text = (
        f'<!DOCTYPE html>\n<html lang="{html.escape(page.lang)}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title}</title>\n</head>\n<body>\n<h2>{title}</h2>\n{page.body_html}\n</body>\n</html>\n"
    )
    return text.encode("utf-8")


def _files(course: Course) -> list[tuple[str, str, str, bytes, str]]:
    """Each resource: (identifier, type, file path, bytes, title), in course order."""
    files = []
    for module in course.modules:
        for number, entry in enumerate(module.entries, 1):
            folder = _resource_folder(module, number)
            ident = f"res-{module.ident}-{number:02d}"
            if isinstance(entry, WebLink):
                files.append((ident, WEBLINK_TYPE, f"{folder}/weblink.xml", weblink_xml(entry), entry.title))
            elif isinstance(entry, WebPage):
                files.append((ident, WEBCONTENT_TYPE, f"{folder}/page.html", webpage_html(entry), entry.title))
            else:
                data = qti.assessment_xml(entry.quiz, profile="cc")
                files.append((ident, ASSESSMENT_TYPE, f"{folder}/assessment.xml", data, entry.quiz.title))
    return files


def manifest_xml(course: Course) -> bytes:
    """``imsmanifest.xml``: the course's title, one module item per module in order, and one
    resource per entry."""
    root = ET.Element(
        "manifest",
        {
            "identifier": course.ident,
            "xmlns": CC_NAMESPACE,
            "xmlns:lomimscc": LOM_MANIFEST_NAMESPACE,
            "xmlns:xsi": XSI,
        },
    )
    root.set("xsi:schemaLocation", f"{CC_NAMESPACE} {CC_SCHEMA} {LOM_MANIFEST_NAMESPACE} {LOM_MANIFEST_SCHEMA}")
    metadata = sub(root, "metadata")
    sub(metadata, "schema", "IMS Common Cartridge")
    sub(metadata, "schemaversion", "1.1.0")
    lom = sub(metadata, "lomimscc:lom")
    general = sub(lom, "lomimscc:general")
    sub(sub(general, "lomimscc:title"), "lomimscc:string", course.title, language=course.lang)
    sub(general, "lomimscc:language", course.lang)
    organization = sub(sub(root, "organizations"), "organization", identifier="org", structure="rooted-hierarchy")
    top = sub(organization, "item", identifier="root")
    files = _files(course)
    position = 0
    for module in course.modules:
        module_item = sub(top, "item", identifier=f"module-{module.ident}")
        sub(module_item, "title", module.title)
        for _entry in module.entries:
            ident, _type, _path, _data, title = files[position]
            position += 1
            item = sub(module_item, "item", identifier=f"item-{ident.removeprefix('res-')}", identifierref=ident)
            sub(item, "title", title)
    resources = sub(root, "resources")
    for ident, kind, path, _data, _title in files:
        attributes = {"identifier": ident, "type": kind}
        if kind == WEBCONTENT_TYPE:
            attributes["href"] = path
        resource = ET.SubElement(resources, "resource", attributes)
        sub(resource, "file", href=path)
    return document(root)


def cartridge_bytes(course: Course) -> bytes:
    """The whole cartridge as zip bytes: the manifest first, then every resource (pure)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        entries = [("imsmanifest.xml", manifest_xml(course))]
        entries += [(path, data) for _ident, _kind, path, data, _title in _files(course)]
        for name, data in entries:
            archive.writestr(zipfile.ZipInfo(name, qti.FIXED_TIME), data, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def _link_list(links: list[tuple[str, str]]) -> str:
    return (
        "<ul>"
        + "".join(f'<li><a href="{html.escape(url)}">{html.escape(text)}</a></li>' for text, url in links)
        + "</ul>"
    )


def before_you_start(
    requires: list[tuple[str, str]], objectives: list[str], minutes: int, exercises: int, start: tuple[str, str]
) -> str:
    """The body of a chapter's "Before you start" page: what it builds on (linked), what the
    learner will be able to do, how long it takes, and where to begin (pure; text is escaped)."""
    parts = []
    if requires:
        parts.append("<p>This chapter builds on these chapters; read them first:</p>" + _link_list(requires))
    else:
        parts.append("<p>This chapter needs no chapter before it.</p>")
    parts.append("<p>By the end of this chapter you will be able to:</p>")
    parts.append("<ul>" + "".join(f"<li>{html.escape(text)}</li>" for text in objectives) + "</ul>")
    minutes_text = f"about {minutes} minute{'s' if minutes != 1 else ''} of reading"
    quiz = f", and {exercises} exercise{'s' if exercises != 1 else ''} in this module's quiz" if exercises else ""
    parts.append(f"<p>It takes {minutes_text}{quiz}.</p>")
    title, url = start
    parts.append(f'<p>Start reading: <a href="{html.escape(url)}">{html.escape(title)}</a></p>')
    return "\n".join(parts)


def book_course(
    spine: Spine, chapters: list[Chapter], cards: list[Card], quizzes: dict[str, Quiz], site: str, title: str
) -> Course:
    """The course for these chapters (in the required order) and cards, linking to the book
    published at ``site``, with each owner's quiz from ``quizzes`` (pure)."""
    modules = []
    for chapter in chapters:
        number = spine.chapters.index(chapter) + 1
        heading = f"Chapter {number}: {chapter.title}"
        first = page_url(site, chapter.index.docname)
        requires = [
            (f"Chapter {spine.chapters.index(c) + 1}: {c.title}", page_url(site, c.index.docname))
            for c in spine.chapters_named(chapter.meta.requires)
        ]
        counted = len([e for e in spine.exercises_of(chapter.id) if e.exercise.counts])
        body = before_you_start(
            requires,
            [plain_text(o.text) for o in chapter.meta.objectives],
            chapter.reading_minutes,
            counted,
            (heading, first),
        )
        entries: list[Entry] = [WebPage(f"{heading}: before you start", body)]
        entries.append(WebLink(heading, first))
        entries += [
            WebLink(f"{number}.{section} {page.source.title or page.docname}", page_url(site, page.docname))
            for section, page in enumerate(chapter.pages[1:], 1)
        ]
        if chapter.id in quizzes:
            entries.append(QuizEntry(replace(quizzes[chapter.id], title=f"{heading}: exercises")))
        modules.append(Module(chapter.id, heading, tuple(entries)))
    if cards:
        entries = []
        for card in cards:
            entries.append(WebLink(card.page.source.title or card.id, page_url(site, card.page.docname)))
            if card.id in quizzes:
                entries.append(
                    QuizEntry(replace(quizzes[card.id], title=f"{card.page.source.title or card.id}: exercises"))
                )
        modules.append(Module("toolkit", TOOLKIT_PART, tuple(entries)))
    return Course("foundations-first-course", title, tuple(modules))

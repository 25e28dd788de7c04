"""Custom editions: an instructor lists chapters and cards in ``editions/NAME.yml``; the order
rules check the selection, and the edition is built as its own site in
``_build/editions/NAME/html``."""

from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, StrictStr, ValidationError

from textbook.commands.assign import reading_list
from textbook.kit.ids import Slug
from textbook.model.layout import (
    ALWAYS_IN_AN_EDITION,
    BACK_MATTER_PART,
    BIBLIOGRAPHY,
    FOUNDATIONS_PART,
    INSTRUCTOR_SECTIONS,
    INSTRUCTORS_PAGE,
    PATH_PAGE,
    READINESS_PAGE,
    RECORD_PAGE,
    REVIEW_PAGE,
    START_PAGES,
    START_PART,
    TOOLKIT_PART,
)
from textbook.model.spine import Spine, load_spine
from textbook.model.toc import TOC_FILE
from textbook.sources.containment import MAX_YAML_BYTES, UnreadableSource, read_source
from textbook.sources.problems import Problem, suggestion
from textbook.sources.yamlsource import YamlSyntaxError, parse_yaml


class EditionSpec(BaseModel):
    """What an edition file holds."""

    model_config = ConfigDict(extra="forbid")
    title: StrictStr = Field(min_length=1)
    chapters: list[Slug] = Field(default_factory=list)
    cards: list[Slug] = Field(default_factory=list)


def read_edition(
    path: Path, spine: Spine, with_prerequisites: bool
) -> tuple[EditionSpec | None, list[str], list[str], list[Problem]]:
    """The edition's spec, its chapters (in the required order) and cards, and every problem."""
    try:
        text = read_source(path, MAX_YAML_BYTES)
    except UnreadableSource as exc:
        return None, [], [], [Problem(path, 1, f"cannot read the edition file: {exc}")]
    try:
        document = parse_yaml(text)
    except YamlSyntaxError as exc:
        return None, [], [], [Problem(path, exc.line, exc.message)]
    if not isinstance(document.data, dict):
        return (
            None,
            [],
            [],
            [
                Problem(
                    path,
                    1,
                    "an edition file is a mapping with 'title', 'chapters' and 'cards' (it is empty or not a mapping)",
                )
            ],
        )
    try:
        spec = EditionSpec.model_validate(document.data)
    except ValidationError as exc:
        invalid = [
            Problem(path, document.line_of(tuple(e["loc"])), f"'{'.'.join(map(str, e['loc']))}': {e['msg']}")
            for e in exc.errors()
        ]
        return None, [], [], invalid
    problems: list[Problem] = []
    chapter_ids = [c.id for c in spine.chapters]
    card_ids = [c.id for c in spine.cards]
    for key, wanted, known in (("chapters", spec.chapters, chapter_ids), ("cards", spec.cards, card_ids)):
        for index, ident in enumerate(wanted):
            if ident not in known:
                problems.append(
                    Problem(
                        path,
                        document.line_of((key, index)),
                        f"unknown {key[:-1]} id '{ident}'{suggestion(ident, known)}",
                    )
                )
    if problems:
        return spec, [], [], problems
    if not spec.chapters and not spec.cards:
        return spec, [], [], [Problem(path, 1, "the edition selects nothing: list at least one chapter or card")]
    chapters = set(spec.chapters)
    if with_prerequisites:
        needed, _ = reading_list(spine, spec.chapters + spec.cards)
        chapters |= {c.id for c in needed}
    else:
        for index, chapter in enumerate(spec.chapters):
            for required in listed.meta.requires if (listed := spine.chapter(chapter)) else []:
                if required not in chapters:
                    problems.append(
                        Problem(
                            path,
                            document.line_of(("chapters", index)),
                            f"chapter '{chapter}' requires '{required}', which is not in this edition (add it, or build with --with-prerequisites)",
                        )
                    )
        for index, card_id in enumerate(spec.cards):
            card = next(c for c in spine.cards if c.id == card_id)
            for base in card.meta.builds_on:
                if base not in chapters:
                    problems.append(
                        Problem(
                            path,
                            document.line_of(("cards", index)),
                            f"card '{card_id}' builds on '{base}', which is not in this edition (add it, or build with --with-prerequisites)",
                        )
                    )
    ordered = [c.id for c in spine.chapters if c.id in chapters]
    return spec, ordered, [c for c in card_ids if c in spec.cards], problems


def edition_toc(spine: Spine, chapters: list[str], cards: list[str]) -> str:
    """The edition's _toc.yml: the same order, with only the selected chapters and cards (pure)."""
    lines = [
        "format: jb-book",
        "root: book/intro",
        "parts:",
        f"  - caption: {START_PART}",
        "    chapters:",
    ]
    lines += [
        f"      - file: {d}" for d in (READINESS_PAGE, PATH_PAGE, REVIEW_PAGE, RECORD_PAGE) if spine.page(d) is not None
    ]
    lines += [f'  - caption: "{FOUNDATIONS_PART}"', "    numbered: true", "    chapters:"]
    for chapter in spine.chapters:
        if chapter.id in chapters:
            lines.append(f"      - file: {chapter.index.docname}")
            if len(chapter.pages) > 1:
                lines.append("        sections:")
                lines += [f"          - file: {page.docname}" for page in chapter.pages[1:]]
    if cards:
        lines += [f'  - caption: "{TOOLKIT_PART}"', "    chapters:"]
        lines += [f"      - file: {c.page.docname}" for c in spine.cards if c.id in cards]
    lines += [f"  - caption: {BACK_MATTER_PART}", "    chapters:"]
    back = [d for d in ALWAYS_IN_AN_EDITION if d not in START_PAGES and spine.page(d) is not None]
    for docname in back:
        if docname in INSTRUCTOR_SECTIONS:
            continue
        lines.append(f"      - file: {docname}")
        if docname == INSTRUCTORS_PAGE:
            keys = [d for d in INSTRUCTOR_SECTIONS if spine.page(d) is not None]
            if keys:
                lines.append("        sections:")
                lines += [f"          - file: {d}" for d in keys]
    return "\n".join(lines) + "\n"


SCORM_SETTING = "    ff_scorm_package: true\n"  # sphinx_ext/assets.py: the pages report to an LMS


def assemble(
    root: Path, target: Path, spine: Spine, title: str, chapters: list[str], cards: list[str], scorm: bool = False
) -> Path:
    """Copy the sources an edition needs into ``target`` and write its _toc.yml and _config.yml
    (for a SCORM package's pages when ``scorm``)."""
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    (target / "exercises").mkdir()
    if (root / ".codespell-words").is_file():
        shutil.copyfile(root / ".codespell-words", target / ".codespell-words")
    pages = [p for p in spine.pages if p.docname in ALWAYS_IN_AN_EDITION or p.chapter in chapters or p.card in cards]
    bibliography = root / BIBLIOGRAPHY
    if bibliography.is_file():
        cited = {ref.name for page in pages for ref in page.source.cited}
        (target / BIBLIOGRAPHY).parent.mkdir(parents=True, exist_ok=True)
        (target / BIBLIOGRAPHY).write_text(
            cited_entries(bibliography.read_text(encoding="utf-8"), cited), encoding="utf-8"
        )
    for page in pages:
        destination = target / page.path.relative_to(root)
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(page.path, destination)
    for chapter in spine.chapters:
        if chapter.id in chapters:
            folder = chapter.index.path.parent / "images"
            if folder.is_dir():
                shutil.copytree(folder, target / folder.relative_to(root), dirs_exist_ok=True)
    for owner in chapters + cards:
        module = root / "exercises" / f"{owner}.py"
        if module.is_file():
            shutil.copyfile(module, target / "exercises" / module.name)
    probes = [probe for _, probe in spine.readiness_questions() if probe.chapter in chapters]
    if probes:
        (target / "exercises" / "readiness.py").write_text(readiness_module(probes), encoding="utf-8")
    (target / TOC_FILE).write_text(edition_toc(spine, chapters, cards), encoding="utf-8")
    config = (root / "_config.yml").read_text(encoding="utf-8")
    config = re.sub(r"^title: .*$", f"title: {title!r}".replace("'", '"'), config, count=1, flags=re.MULTILINE)
    config = config.replace(
        "textbook.sphinx_ext: .", f"textbook.sphinx_ext: {Path(__file__).resolve().parent.parent.as_posix()}"
    )
    if scorm:
        config, found = re.subn(
            r"^sphinx:\n(?:  .*\n)*?  config:\n", lambda m: m[0] + SCORM_SETTING, config, count=1, flags=re.M
        )
        if not found:
            raise ValueError("_config.yml has no 'sphinx: config:' block for the SCORM setting")
    (target / "_config.yml").write_text(config, encoding="utf-8")
    return target


BIB_ENTRY_BLOCK = re.compile(r"^@\w+\s*\{\s*(?P<key>[^,\s]+)\s*,.*?^\}\s*$", re.MULTILINE | re.DOTALL)


def cited_entries(bibliography: str, cited: set[str]) -> str:
    """Only the entries an edition cites, so that its check finds no uncited reference (pure)."""
    return "\n\n".join(m.group(0) for m in BIB_ENTRY_BLOCK.finditer(bibliography) if m["key"] in cited) + "\n"


def to_source(value: Any, indent: int = 1) -> str:
    """A kit object, list or literal as the source that builds it (pure)."""
    pad = "    " * indent
    if isinstance(value, BaseModel):
        fields = [
            f"{pad}    {name}={to_source(getattr(value, name), indent + 1)}," for name in type(value).model_fields
        ]
        return f"{type(value).__name__}(\n" + "\n".join(fields) + f"\n{pad})"
    if isinstance(value, list):
        return "[\n" + "".join(f"{pad}    {to_source(item, indent + 1)},\n" for item in value) + f"{pad}]"
    return repr(value)


def readiness_module(probes: list[Any]) -> str:
    """exercises/readiness.py for an edition: the questions about its chapters only (pure)."""
    items = "".join(f"    {to_source(probe)},\n" for probe in probes)
    return f'"""Readiness questions of this edition."""\n\nfrom textbook.kit import Option, Probe\n\nREADINESS = [\n{items}]\n'


def build_edition(root: Path, path: Path, with_prerequisites: bool) -> tuple[Path | None, list[Problem]]:
    """Validate and build an edition; return the site's folder, or the problems found."""
    from textbook.rules import refusals

    spine = load_spine(root)
    refused = refusals(spine)  # before anything is copied: a copy would turn a link out into a file
    if refused:
        return None, refused
    spec, chapters, cards, problems = read_edition(path, spine, with_prerequisites)
    if problems or spec is None:
        return None, problems
    out = root / "_build" / "editions" / path.stem
    workspace = Path(tempfile.mkdtemp(prefix="edition-"))
    try:
        return _build_in(workspace, root, path, out, spine, spec, chapters, cards)
    finally:
        shutil.rmtree(workspace, ignore_errors=True)  # the sources and build copied for the edition


def _build_in(
    workspace: Path,
    root: Path,
    path: Path,
    out: Path,
    spine: Spine,
    spec: EditionSpec,
    chapters: list[str],
    cards: list[str],
) -> tuple[Path | None, list[Problem]]:
    site, problems = build_selection(workspace, root, path, spine, spec.title, chapters, cards)
    if site is None:
        return None, problems
    try:
        if out.is_dir():
            shutil.rmtree(out)
        out.mkdir(parents=True)
        shutil.move(str(site), str(out / "html"))
    except OSError as exc:
        return None, [Problem(path, 1, f"cannot write the edition to {out}: {exc.strerror or exc}")]
    return out / "html", []


def build_selection(
    workspace: Path,
    root: Path,
    origin: Path,
    spine: Spine,
    title: str,
    chapters: list[str],
    cards: list[str],
    scorm: bool = False,
) -> tuple[Path | None, list[Problem]]:
    """Build a site of these chapters and cards in ``workspace``; return its HTML folder, or the
    problems (located at the original files; ``origin`` names what asked for the build)."""
    from textbook.commands.build import build_site
    from textbook.rules import check_spine

    source = assemble(root, workspace / "src", spine, title, chapters, cards, scorm)
    edition_problems = [p for p in check_spine(load_spine(source)) if p.is_error]
    if edition_problems:  # report them at the original files, which the copies mirror
        return None, [
            Problem(root / p.path.relative_to(source), p.line, f"in this edition: {p.message}")
            for p in edition_problems
        ]
    if build_site(source, output=source.parent) != 0:
        return None, [Problem(origin, 1, "the build failed: see the messages above")]
    return source.parent / "_build" / "html", []

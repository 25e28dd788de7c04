"""Rules about the content itself, beside the order rules: citations resolve, images have alt
text, no raw HTML, links and cross-references resolve, spelling, and reading level (advice).
Pure functions over the spine, except spelling, which runs codespell over the files."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

from textbook.model.frontmatter import PARSER_KEYS
from textbook.model.layout import BIBLIOGRAPHY
from textbook.model.pagesource import EVENT_HANDLER, PageSource, read_page
from textbook.model.spine import Page, Spine
from textbook.sources.containment import (
    MAX_BIBLIOGRAPHY_BYTES,
    MAX_PAGE_BYTES,
    PAGES_FOLDER,
    FileRef,
    UnreadableSource,
    escaping_links,
    read_source,
    sphinx_path,
    target_problem,
)
from textbook.sources.problems import Problem
from textbook.sources.problems import suggestion as _suggest
from textbook.sources.yamlsource import YamlSyntaxError

WORD_LIST = ".codespell-words"
BIB_ENTRY = re.compile(r"^@(?P<type>\w+)\s*\{\s*(?P<key>[^,\s]+)\s*,", re.MULTILINE)
SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
MAX_GRADE = 12.0
MIN_WORDS_FOR_GRADE = 150  # below this, a grade says little
MAX_INCLUDE_DEPTH = 8  # an include inside an include ...
# Raw HTML tags allowed in MyST sources. Deliberately empty: MyST has syntax for everything
# the book needs, and raw HTML would bypass escaping and accessibility checks.
ALLOWED_HTML: frozenset[str] = frozenset()


def bibliography_keys(spine: Spine) -> dict[str, int]:
    """Each entry key of ``book/references.bib`` with its line."""
    path = spine.root / BIBLIOGRAPHY
    if not path.is_file():
        return {}
    try:
        text = read_source(path, MAX_BIBLIOGRAPHY_BYTES, within=spine.root / PAGES_FOLDER)
    except UnreadableSource:
        return {}  # reported by bibliography_is_readable
    return {m["key"]: text.count("\n", 0, m.start()) + 1 for m in BIB_ENTRY.finditer(text)}


def citations_resolve(spine: Spine) -> list[Problem]:
    """Every cited key is in references.bib, and every entry there is cited somewhere."""
    problems: list[Problem] = []
    keys = bibliography_keys(spine)
    cited: set[str] = set()
    for page in spine.pages:
        for ref in page.source.cited:
            cited.add(ref.name)
            if ref.name not in keys:
                problems.append(
                    Problem(
                        page.path,
                        ref.line,
                        f"unknown citation key '{ref.name}': add the verified reference to {BIBLIOGRAPHY}{_suggest(ref.name, keys)}",
                    )
                )
    for key, line in keys.items():
        if key not in cited:
            problems.append(
                Problem(
                    spine.root / BIBLIOGRAPHY,
                    line,
                    f"reference '{key}' is cited nowhere: cite it where it supports the text, or remove it",
                )
            )
    return problems


def images_have_alt_text(spine: Spine) -> list[Problem]:
    """Every figure and image has alternative text."""
    return [
        Problem(
            page.path,
            line,
            "image without alt text: add `:alt:` to the figure (or text in ![...]) describing what it shows",
        )
        for page in spine.pages
        for line, has_alt in page.source.images
        if not has_alt
    ]


def no_raw_html(spine: Spine) -> list[Problem]:
    """No raw HTML (no scripts, no inline event handlers) in MyST sources."""
    return [problem for page in spine.pages for problem in _raw_html(page.path, page.source)]


def _raw_html(path: Path, source: PageSource) -> list[Problem]:
    problems = []
    for line, tag in source.raw_html:
        name = tag.strip("<>/ ").split()[0].lower() if tag.startswith("<") else ""
        handler = " with an inline event handler" if EVENT_HANDLER.search(tag) else ""
        if name not in ALLOWED_HTML:
            problems.append(
                Problem(
                    path,
                    line,
                    f"raw HTML is not allowed in the book's sources: {tag}{handler} (use MyST syntax instead; see CONTRIBUTING.md)",
                )
            )
    return problems


def pages_are_data(spine: Spine) -> list[Problem]:
    """Every file a page names (and every file it includes, which is checked like a page)
    resolves inside book/; nothing is fetched from the network; no syntax that escapes the
    checks (eval-rst, new roles, substitutions, meta tags) is used."""
    problems: list[Problem] = []
    for page in spine.pages:
        problems.extend(_contained(spine.root, page.path, page.path, page.source, {page.path.resolve()}, 0))
    return problems


def _contained(root: Path, page: Path, path: Path, source: PageSource, seen: set[Path], depth: int) -> list[Problem]:
    """The problems of one source: a page (``path == page``) or a file it includes."""
    problems = [Problem(path, line, why) for line, why in source.refused]
    for ref in source.files:
        # Included text is read as part of the page: its paths resolve from the page's folder
        # (MyST) or from its own (docutils); both must stay inside the book.
        why = target_problem(root, path, ref) or (target_problem(root, page, ref) if path != page else None)
        if why:
            problems.append(Problem(path, ref.line, why))
    if path != page:
        problems.extend(_raw_html(path, source))
    for ref in source.includes:
        if target_problem(root, path, ref) or target_problem(root, page, ref):
            continue  # reported above
        problems.extend(_included(root, page, path, ref, seen, depth))
    return problems


def _included(root: Path, page: Path, path: Path, ref: FileRef, seen: set[Path], depth: int) -> list[Problem]:
    target = sphinx_path(root, path, ref.target)
    if not target.is_file() or target.resolve() in seen:
        return []  # a missing file fails the build on its own; a cycle is read once
    if depth >= MAX_INCLUDE_DEPTH:
        return [Problem(path, ref.line, f"{{include}} nested more than {MAX_INCLUDE_DEPTH} deep")]
    try:
        source = read_page(read_source(target, MAX_PAGE_BYTES, within=root / PAGES_FOLDER))
    except UnreadableSource as exc:
        return [Problem(target, 1, str(exc))]
    except YamlSyntaxError as exc:
        return [Problem(target, exc.line, exc.message)]
    return _contained(root, page, target, source, seen | {target.resolve()}, depth + 1)


def no_links_out_of_content(spine: Spine) -> list[Problem]:
    """No symbolic link inside book/, exercises/ or editions/ leads out of its folder."""
    return [
        Problem(
            path,
            1,
            f"a symbolic link to '{target}', outside its folder: content may not link out of book/, exercises/ "
            "or editions/ (put the file itself there)",
        )
        for path, target in escaping_links(spine.root)
    ]


def front_matter_is_data(spine: Spine) -> list[Problem]:
    """No page's front matter changes how Sphinx reads it (MyST settings, notebooks, execution),
    and none writes an http-equiv meta tag (which can redirect the published page)."""
    problems = []
    for page in spine.pages:
        data = page.source.front_matter.data if page.source.front_matter else None
        meta = data.get("html_meta") if isinstance(data, dict) else None
        for name in meta if isinstance(meta, dict) else ():
            if str(name).strip().lower().startswith("http-equiv"):
                problems.append(
                    Problem(
                        page.path,
                        page.source.line_of(("html_meta", name)),
                        f"'html_meta.{name}': http-equiv is not allowed: it can redirect or reload the page",
                    )
                )
        for key in data if isinstance(data, dict) else ():
            if key in PARSER_KEYS:
                problems.append(
                    Problem(
                        page.path,
                        page.source.line_of((key,)),
                        f"front matter key '{key}' is not allowed: it changes how the page is read "
                        "(parser settings, substitutions, notebook kernels or execution)",
                    )
                )
    return problems


def bibliography_is_readable(spine: Spine) -> list[Problem]:
    """book/references.bib, if there is one, is a regular UTF-8 file inside book/ of bounded size."""
    path = spine.root / BIBLIOGRAPHY
    if not (path.exists() or path.is_symlink()):
        return []
    try:
        read_source(path, MAX_BIBLIOGRAPHY_BYTES, within=spine.root / PAGES_FOLDER)
    except UnreadableSource as exc:
        return [Problem(path, 1, str(exc))]
    return []


def links_resolve(spine: Spine) -> list[Problem]:
    """Links to files and pages, {doc} targets and {ref}/{numref} labels all resolve."""
    problems: list[Problem] = []
    docnames = {page.docname for page in spine.pages}
    labels = {label for page in spine.pages for _, label in page.source.labels}
    for page in spine.pages:
        folder = Path(page.docname).parent
        for line, kind, target in page.source.links:
            if kind == "file" and target_problem(spine.root, page.path, FileRef(line, "", target, remote_allowed=True)):
                continue  # a file outside the book: reported by pages_are_data
            problem = _link_problem(spine.root, folder, kind, target, docnames, labels)
            if problem:
                problems.append(Problem(page.path, line, problem))
    return problems


def _link_problem(root: Path, folder: Path, kind: str, target: str, docnames: set[str], labels: set[str]) -> str | None:
    if kind == "ref":
        return None if target in labels else f"unknown label '{target}' in a cross-reference{_suggest(target, labels)}"
    if kind == "file" and (SCHEME.match(target) or target.startswith("#")):
        return None  # a web link or an anchor on this page
    path = target.split("#", 1)[0].split("?", 1)[0]
    resolved = Path(path.lstrip("/")) if path.startswith("/") else folder / path
    normalized = Path(*[part for part in _normalize(resolved.parts)])
    docname = normalized.with_suffix("").as_posix() if normalized.suffix in (".md", ".ipynb", "") else None
    if docname is not None and (kind == "doc" or normalized.suffix in (".md", ".ipynb")):
        return (
            None
            if docname in docnames
            else f"link to '{target}', which is not a page of the book{_suggest(docname, docnames)}"
        )
    return None if (root / normalized).exists() else f"link to '{target}', which does not exist"


def _normalize(parts: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    for part in parts:
        if part == "..":
            if out:
                out.pop()
        elif part not in (".", ""):
            out.append(part)
    return out


# codespell runs started ahead of the rule, by id of their spine (kept with it): the build starts
# it before Sphinx reads the pages, so it runs on another core meanwhile.
_SPELLING_STARTED: dict[int, tuple[Spine, subprocess.Popen[bytes], IO[bytes]]] = {}


def _spelling_command(spine: Spine) -> list[str] | None:
    files = [str(page.path) for page in spine.pages if page.path.suffix == ".md"] + [
        str(e.path) for e in {e.path: e for e in spine.exercises}.values()
    ]
    if not files:
        return None
    command = [sys.executable, "-m", "codespell_lib", "--disable-colors"]
    words = spine.root / WORD_LIST
    if words.is_file():
        command += ["--ignore-words", str(words)]
    return command + files


def start_spelling(spine: Spine) -> None:
    """Start codespell over ``spine``'s files in the background; ``spelling(spine)`` collects
    what it found (the same problems as running it then)."""
    command = _spelling_command(spine)
    if command and id(spine) not in _SPELLING_STARTED:
        output = tempfile.TemporaryFile()  # noqa: SIM115 (closed by spelling()); not a pipe: never blocks
        process = subprocess.Popen(command, stdout=output, stderr=subprocess.DEVNULL)
        _SPELLING_STARTED[id(spine)] = (spine, process, output)


def spelling(spine: Spine) -> list[Problem]:
    """codespell over the pages and exercise modules, with the project's word list."""
    started = _SPELLING_STARTED.pop(id(spine), None)
    if started is not None and started[0] is spine:
        _, process, output = started
        process.wait()
        output.seek(0)
        with io.TextIOWrapper(output) as text:  # decoded as `text=True` would (locale, newlines)
            stdout = text.read()
    else:
        command = _spelling_command(spine)
        if command is None:
            return []
        stdout = subprocess.run(command, capture_output=True, text=True, check=False).stdout
    problems = []
    for line in stdout.splitlines():
        found = re.match(r"^(?P<path>.+?):(?P<line>\d+): (?P<word>.+?) ==> (?P<fix>.+)$", line)
        if found:
            problems.append(
                Problem(
                    Path(found["path"]),
                    int(found["line"]),
                    f"spelling: '{found['word']}' (did you mean {found['fix']}? if the word is right, add it to {WORD_LIST})",
                )
            )
    return problems


def reading_grade(pages: list[Page]) -> float | None:
    """Flesch-Kincaid grade of the pages' prose (textstat), or None when there is no prose."""
    import textstat  # imported here: only this rule and `stats` need it

    text = " ".join(line for page in pages for line in page.source.prose)
    return round(textstat.flesch_kincaid_grade(text), 1) if text.strip() else None


def reading_level(spine: Spine) -> list[Problem]:
    """Advice, not an error: a page whose prose reads above grade 12 (Flesch-Kincaid)."""
    problems = []
    for page in spine.pages:
        if (page.chapter is None and page.card is None) or page.source.words < MIN_WORDS_FOR_GRADE:
            continue
        grade = reading_grade([page])
        if grade is not None and grade > MAX_GRADE:
            line = page.source.title_line or 1
            problems.append(
                Problem(
                    page.path,
                    line,
                    f"reading level is grade {grade:.1f} (Flesch-Kincaid); aim for {MAX_GRADE:.0f} or lower with shorter sentences and words",
                    "warning",
                )
            )
    return problems


# The rules that keep content inside the book: the build runs them before Sphinx reads a page.
CONTAINMENT_RULES: tuple[Callable[[Spine], list[Problem]], ...] = (
    pages_are_data,
    no_links_out_of_content,
    front_matter_is_data,
    bibliography_is_readable,
)

CONTENT_RULES: tuple[Callable[[Spine], list[Problem]], ...] = (
    *CONTAINMENT_RULES,
    citations_resolve,
    images_have_alt_text,
    no_raw_html,
    links_resolve,
    spelling,
    reading_level,
)

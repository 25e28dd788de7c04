"""Rules about the content itself, beside the order rules: citations resolve, images have alt
text, no raw HTML, links and cross-references resolve, spelling, and reading level (advice).
Pure functions over the spine, except spelling, which runs codespell over the files."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from textbook.pagesource import EVENT_HANDLER
from textbook.problems import Problem
from textbook.problems import suggestion as _suggest
from textbook.spine import Spine

BIBLIOGRAPHY = "book/references.bib"
WORD_LIST = ".codespell-words"
BIB_ENTRY = re.compile(r"^@(?P<type>\w+)\s*\{\s*(?P<key>[^,\s]+)\s*,", re.MULTILINE)
SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
MAX_GRADE = 12.0
MIN_WORDS_FOR_GRADE = 150  # below this, a grade says little
# Raw HTML tags allowed in MyST sources. Deliberately empty: MyST has syntax for everything
# the book needs, and raw HTML would bypass escaping and accessibility checks.
ALLOWED_HTML: frozenset[str] = frozenset()


def bibliography_keys(spine: Spine) -> dict[str, int]:
    """Each entry key of ``book/references.bib`` with its line."""
    path = spine.root / BIBLIOGRAPHY
    if not path.is_file():
        return {}
    text = path.read_text(encoding="utf-8")
    return {m["key"]: text.count("\n", 0, m.start()) + 1 for m in BIB_ENTRY.finditer(text)}


def citations_resolve(spine: Spine) -> list[Problem]:
    """Every cited key is in references.bib, and every entry there is cited somewhere."""
    problems: list[Problem] = []
    keys = bibliography_keys(spine)
    cited: set[str] = set()
    for page in spine.pages:
        for ref in page.source.cited:
            cited.add(ref.term)
            if ref.term not in keys:
                problems.append(
                    Problem(
                        page.path,
                        ref.line,
                        f"unknown citation key '{ref.term}': add the verified reference to {BIBLIOGRAPHY}{_suggest(ref.term, keys)}",
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
    problems = []
    for page in spine.pages:
        for line, tag in page.source.raw_html:
            name = tag.strip("<>/ ").split()[0].lower() if tag.startswith("<") else ""
            handler = " with an inline event handler" if EVENT_HANDLER.search(tag) else ""
            if name not in ALLOWED_HTML:
                problems.append(
                    Problem(
                        page.path,
                        line,
                        f"raw HTML is not allowed in the book's sources: {tag}{handler} (use MyST syntax instead; see CONTRIBUTING.md)",
                    )
                )
    return problems


def links_resolve(spine: Spine) -> list[Problem]:
    """Links to files and pages, {doc} targets and {ref}/{numref} labels all resolve."""
    problems: list[Problem] = []
    docnames = {page.docname for page in spine.pages}
    labels = {label for page in spine.pages for _, label in page.source.labels}
    for page in spine.pages:
        folder = Path(page.docname).parent
        for line, kind, target in page.source.links:
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


def spelling(spine: Spine) -> list[Problem]:
    """codespell over the pages and exercise modules, with the project's word list."""
    files = [str(page.path) for page in spine.pages if page.path.suffix == ".md"] + [
        str(e.path) for e in {e.path: e for e in spine.exercises}.values()
    ]
    if not files:
        return []
    command = [sys.executable, "-m", "codespell_lib", "--disable-colors"]
    words = spine.root / WORD_LIST
    if words.is_file():
        command += ["--ignore-words", str(words)]
    completed = subprocess.run(command + files, capture_output=True, text=True, check=False)
    problems = []
    for line in completed.stdout.splitlines():
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


def reading_level(spine: Spine) -> list[Problem]:
    """Advice, not an error: a page whose prose reads above grade 12 (Flesch-Kincaid)."""
    from textbook.stats import reading_grade

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


CONTENT_RULES: tuple[Callable[[Spine], list[Problem]], ...] = (
    citations_resolve,
    images_have_alt_text,
    no_raw_html,
    links_resolve,
    spelling,
    reading_level,
)

"""The build refuses content that would read, embed or fetch anything outside the book.

Three layers, each enough on its own for what it covers (see ``textbook/containment.py``):

1. Before Sphinx reads a single source (``config-inited``, ahead of sphinx-external-toc, which
   parses ``_toc.yml`` there), the containment rules run over the spine; any problem stops the
   build, listed as ``path:line: message`` like ``check``.
2. At read time, every directive that reads or copies a file checks its paths before it runs,
   MyST's ``{include}`` is checked when it emits ``include-read`` (before the text is parsed),
   and every image and download left in a doctree is checked before Sphinx's collectors copy it
   or the doctree is saved. A refusal aborts the build: no byte of the file reaches ``_build``.

The build's own output is never read as sources either: with ``--output`` inside the book, the
copies of the pages Sphinx writes (``_sources/*.md``) were found by sphinx-external-toc, which
excludes every page missing from the toc, so the second build saw a changed configuration and
read every page again; the output folder is now excluded from the first build on.
"""

from __future__ import annotations

from contextlib import ExitStack
from pathlib import Path

from docutils import nodes
from docutils.parsers.rst import Directive, directives
from docutils.parsers.rst.languages import en as english
from docutils.utils import new_document
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.errors import SphinxError
from sphinx.util import logging

from textbook.model.pagesource import (
    FILE_ARGUMENT_DIRECTIVES,
    FILE_OPTIONS,
    NETWORK_OPTIONS,
    REFUSED_DIRECTIVES,
    REFUSED_ROLES,
)
from textbook.rules import refusals
from textbook.sources.containment import FileRef, paths_resolved_once, target_problem
from textbook.sources.wording import count
from textbook.sphinx_ext.state import refusals_already_checked, reload_spine

logger = logging.getLogger(__name__)

# Directives (from docutils, Sphinx and sphinx-design) that read or copy a file named in their
# argument or options; each is replaced by a subclass that checks the paths first.
GUARDED_DIRECTIVES = (
    "include",
    "literalinclude",
    "image",
    "figure",
    "csv-table",
    "raw",
    "card",
    "grid-item-card",
    "article-info",
)


class ContentRefused(SphinxError):
    category = "Foundations First refused the book's sources"


def _before_reading(app: Sphinx, config: Config) -> None:
    """Layer 1: the containment rules, before anything reads the sources (unless `textbook
    build` ran them on this very spine a moment ago and found nothing)."""
    spine = reload_spine(app)
    if refusals_already_checked(app):
        return
    problems = refusals(spine)
    for problem in problems:
        logger.warning(problem.message, location=problem.location(Path.cwd()), type="textbook", subtype="containment")
    if problems:
        found = count(len(problems), "problem")
        raise ContentRefused(
            f"{found} in the book's sources would read or fetch something outside the book; nothing was read "
            "(listed above; `python -m textbook check` lists the same)"
        )


def with_output_excluded(patterns: list[str], srcdir: Path, outdir: Path) -> list[str]:
    """``exclude_patterns`` with the build folder holding ``outdir`` (``OUTPUT/_build``) added
    when it lies inside the sources and is not yet there (pure)."""
    build_folder = outdir.parent
    if build_folder == srcdir or not build_folder.is_relative_to(srcdir):
        return patterns
    relative = build_folder.relative_to(srcdir).as_posix()
    return patterns if relative in patterns else [*patterns, relative]


def _exclude_own_output(app: Sphinx, config: Config) -> None:
    config.exclude_patterns = with_output_excluded(
        list(config.exclude_patterns), Path(app.srcdir).resolve(), Path(app.outdir).resolve()
    )


def _refuse(source: str | Path, line: int | None, message: str) -> None:
    location = f"{source}:{line}" if line else str(source)
    raise ContentRefused(f"{location}: {message}")


def _check(app: Sphinx, base: str | Path, ref: FileRef, where: tuple[str | Path, int | None]) -> None:
    """Refuse ``ref`` if, resolved from the file ``base`` as Sphinx does, it leaves the book."""
    why = target_problem(Path(app.srcdir), Path(base), ref)
    if why:
        _refuse(*where, why)


def _guarded(name: str, original: type[Directive]) -> type[Directive]:
    """``original`` with its paths checked before it runs."""

    def run(self: Directive) -> list[nodes.Node]:
        app = self.state.document.settings.env.app
        source, line = self.state_machine.get_source_and_line(self.lineno)
        source = source or self.state.document["source"]
        construct = f"{{{name}}}"
        where = (source, line)
        if name in FILE_ARGUMENT_DIRECTIVES and self.arguments:
            _check(app, source, FileRef(line or 0, construct, self.arguments[0]), where)
        for option, value in self.options.items():
            if option in FILE_OPTIONS and isinstance(value, str) and value:
                _check(app, source, FileRef(line or 0, f"{construct} :{option}:", value, FILE_OPTIONS[option]), where)
            if option in NETWORK_OPTIONS:
                _refuse(source, line, f"{construct} :{option}: would fetch from the network at build time")
        return original.run(self)

    namespace = {"run": run, "__module__": __name__}
    if name == "include":  # docutils imports the module :parser: names while it reads the options
        namespace["option_spec"] = {k: v for k, v in (original.option_spec or {}).items() if k != "parser"}
    return type(original.__name__, (original,), namespace)


def _refused(name: str) -> type[Directive]:
    class Refused(Directive):
        has_content = True
        optional_arguments = 1
        final_argument_whitespace = True
        option_spec = None  # any option: the directive is refused whatever it says

        def run(self) -> list[nodes.Node]:
            source, line = self.state_machine.get_source_and_line(self.lineno)
            _refuse(
                source or self.state.document["source"], line, f"{{{name}}} is not allowed: {REFUSED_DIRECTIVES[name]}"
            )
            return []

    return Refused


def _guard_directives(app: Sphinx) -> None:
    """Layer 2: replace the file-reading directives (every extension is loaded by now)."""
    document = new_document("<containment>")
    for name in GUARDED_DIRECTIVES:
        original, _ = directives.directive(name, english, document)
        if original is not None and not getattr(original, "_textbook_guarded", False):
            guarded = _guarded(name, original)
            guarded._textbook_guarded = True
            app.add_directive(name, guarded, override=True)
    for name in REFUSED_DIRECTIVES:
        app.add_directive(name, _refused(name), override=True)
    for name in REFUSED_ROLES:
        app.add_role(name, _refused_role(name), override=True)


def _refused_role(name: str):
    def role(typ, rawtext, text, lineno, inliner, options=None, content=None):
        source, line = inliner.reporter.get_source_and_line(lineno)
        _refuse(source or inliner.document["source"], line, f"{{{name}}} is not allowed: {REFUSED_ROLES[name]}")

    return role


def _on_include_read(app: Sphinx, relative_path: Path, parent_docname: str, content: list[str]) -> None:
    """MyST's and Sphinx's {include}: checked before the included text is parsed."""
    source = app.env.doc2path(app.env.docname)
    _check(app, source, FileRef(0, "{include}", "/" + Path(relative_path).as_posix()), (source, None))


_CHECKED_NODES = (nodes.image, addnodes.download_reference, nodes.raw)


def _on_doctree_read(app: Sphinx, doctree: nodes.document) -> None:
    """Images and downloads, however they were written (Markdown, roles, directives), before
    Sphinx's collectors copy them and before the doctree is saved."""
    page = app.env.doc2path(app.env.docname)  # Sphinx resolves images and downloads from the page
    found: dict[type[nodes.Element], list[nodes.Element]] = {kind: [] for kind in _CHECKED_NODES}
    for node in doctree.findall(nodes.Element):  # one walk of the doctree for the three kinds, not three
        if isinstance(node, _CHECKED_NODES):
            for kind, kept in found.items():
                if isinstance(node, kind):
                    kept.append(node)
    for image in found[nodes.image]:
        uri = image.get("uri", "")
        where = (image.source or page, image.line)
        if "://" in uri or uri.startswith("data:"):
            _refuse(*where, f"an image at '{uri}' would be fetched at build time: put it in book/")
        elif uri:
            _check(app, page, FileRef(image.line or 0, "an image", uri), where)
    for download in found[addnodes.download_reference]:
        target = download.get("reftarget", "")
        if target and "://" not in target:
            _check(
                app, page, FileRef(download.line or 0, "a download", target), (download.source or page, download.line)
            )
    for raw in found[nodes.raw]:
        if raw.get("source"):
            _refuse(raw.source or page, raw.line, f"raw content read from '{raw['source']}' is not allowed")


# The block of paths_resolved_once open while a build reads and writes (one at a time).
_READING = ExitStack()


def _resolve_paths_once(app: Sphinx) -> None:
    """The checks at read time resolve each folder once per build: the sources as they are
    when the build starts reading (a fresh table, not one a build left open by failing)."""
    _READING.close()
    _READING.enter_context(paths_resolved_once(fresh=True))


def _forget_paths(app: Sphinx, exception: Exception | None) -> None:
    _READING.close()


def setup_containment(app: Sphinx) -> None:
    app.connect("config-inited", _before_reading, priority=100)  # before sphinx-external-toc (900)
    app.connect("config-inited", _exclude_own_output, priority=100)
    app.connect("builder-inited", _guard_directives)
    app.connect("include-read", _on_include_read, priority=100)
    app.connect("doctree-read", _on_doctree_read, priority=100)  # before Sphinx's collectors (500)
    app.connect("builder-inited", _resolve_paths_once)
    app.connect("build-finished", _forget_paths)

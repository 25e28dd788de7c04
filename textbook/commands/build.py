"""Build the site with Jupyter Book, reporting failure in one line instead of a traceback."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from textbook.model.spine import Spine, load_spine
from textbook.rules import refusals
from textbook.sources.containment import paths_resolved_once
from textbook.sources.wording import count

PACKAGED_BUILDERS = ("epub", "singlehtml")  # their whole output folder becomes the download

# The spine ``build_site`` read (and checked for refusals) for the book it is building, taken
# once by the Sphinx extension at the start of that build instead of reading the sources again.
_HANDED_OVER: dict[Path, Spine] = {}


def take_handed_over_spine(root: Path) -> Spine | None:
    """The spine ``build_site`` read a moment ago for the book at ``root``, once; else None."""
    return _HANDED_OVER.pop(Path(root).resolve(), None)


def build_site(
    root: Path,
    builder: str = "html",
    output: Path | None = None,
    strict: bool = True,
    quiet: bool = True,
    custom_builder: str | None = None,
) -> int:
    """Run ``jupyter-book build`` in-process; return its exit status (0 when the site is built).

    The site goes to ``OUTPUT/_build/<builder>`` (``OUTPUT`` defaults to ``root``). A builder
    that packages its whole folder (the EPUB, the single page printed as the PDF) starts from an
    empty one, so no output carries what an earlier build left (a second EPUB once packed another
    builder's stylesheet); the web site keeps Sphinx's incremental build, which rewrites only
    the pages that changed (its pages load only what they name).
    """
    spine = load_spine(Path(root))
    refused = refusals(spine)
    if refused:  # before Jupyter Book parses _toc.yml and Sphinx reads anything
        for problem in refused:
            print(problem.format(), file=sys.stderr)
        print(
            f"textbook: the build was refused: {count(len(refused), 'problem')} would read or "
            "fetch something outside the book (nothing was read or written)",
            file=sys.stderr,
        )
        return 1

    if (custom_builder or builder) in PACKAGED_BUILDERS:
        shutil.rmtree(Path(output or root) / "_build" / (custom_builder or builder), ignore_errors=True)

    from jupyter_book.cli.main import build  # imported here: `check` must not pay for it
    from sphinx.util.console import nocolor

    if not sys.stderr.isatty() or os.environ.get("NO_COLOR"):
        nocolor()  # plain `path:line: WARNING: message` lines for logs and CI

    args = [str(root), "--builder", builder]
    if custom_builder:
        args += ["--custom-builder", custom_builder]
    if output is not None:
        args += ["--path-output", str(output)]
    if strict:
        args += ["--warningiserror", "--keep-going"]
    if quiet:
        args.append("--quiet")
    _HANDED_OVER.clear()
    _HANDED_OVER[Path(root).resolve()] = spine  # the extension takes it (state.reload_spine)
    try:
        with paths_resolved_once():  # ends the build's own block too if the build stops before closing it
            build.main(args=args, standalone_mode=False)
    except SystemExit as exc:  # jupyter-book exits non-zero when warnings were errors
        return int(exc.code or 0)
    except RuntimeError:  # jupyter-book's wrapper around a failed build: the cause is printed above
        print("textbook: the build failed: see the problems listed above", file=sys.stderr)
        return 1
    finally:
        _HANDED_OVER.clear()  # a build that stopped before taking it must not leave it to a later one
    return 0

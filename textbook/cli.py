"""The command line: ``python -m textbook check | stats | build | preview | new | practice | assign |
export | edition | epub | pdf``."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from textbook.model.spine import Spine, load_spine
from textbook.rules import check_spine
from textbook.sources.wording import count


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m textbook", description="Tools for the Foundations First book.")
    parser.add_argument(
        "--root", type=Path, default=Path("."), help="the book's folder, where _toc.yml is (default: .)"
    )
    parser.add_argument("--debug", action="store_true", help="show a traceback on an internal error")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    check = commands.add_parser("check", help="run every rule; report each problem as path:line: message")
    check.add_argument(
        "--format", choices=["text", "github"], default="text", help="github: annotations for GitHub Actions"
    )
    check.add_argument(
        "--content-only",
        metavar="BASE",
        default=None,
        help="instead of the rules: fail when a change since BASE (a branch, tag or commit) touches anything "
        "outside book/, exercises/ and editions/, which maintainers then review as code",
    )
    stats = commands.add_parser(
        "stats", help="per chapter: words, reading time and level, exercises by kind, objectives assessed, sources"
    )
    stats.add_argument(
        "--items",
        action="store_true",
        help="instead: per chapter and for the book, what a test-wise reader gets from the choice items",
    )
    assign = commands.add_parser(
        "assign", help="the reading list for chapters or cards, with their prerequisites in order"
    )
    assign.add_argument("ids", nargs="+", metavar="ID", help="chapter or card ids")
    assign.add_argument("--format", choices=["markdown", "html"], default="markdown")
    assign.add_argument(
        "--site-url",
        metavar="URL",
        default=None,
        help="the published site's address, to link each entry to its page (default: html.baseurl in _config.yml; "
        "without either, the list has no links)",
    )
    edition = commands.add_parser("edition", help="check and build a custom edition listed in editions/NAME.yml")
    edition.add_argument("file", type=Path)
    edition.add_argument("--with-prerequisites", action="store_true", help="add every chapter the selection builds on")
    export = commands.add_parser(
        "export",
        help="exercises as an LMS import file: a QTI 1.2 package, Moodle XML or a Blackboard upload file "
        "(every exercise when no id)",
    )
    export.add_argument(
        "ids",
        nargs="*",
        metavar="ID",
        help="chapter, card or exercise ids, or readiness for the readiness check (default: every exercise)",
    )
    export.add_argument(
        "--format",
        choices=["qti", "moodle", "blackboard", "cc", "scorm"],
        required=True,
        help="qti: a zip for Canvas, Brightspace or Blackboard; moodle: Moodle XML; "
        "blackboard: Blackboard's tab-delimited question upload (no feedback); "
        "cc: a Common Cartridge 1.1 course (.imscc) with a module per chapter in the required order, "
        "prerequisites included; scorm: a SCORM 1.2 package of the built pages, one SCO per chapter or card, "
        "that reports completion and scores to the gradebook",
    )
    export.add_argument(
        "-o",
        "--output",
        default=None,
        help="the file to write (default: _build/lms/foundations-first-FORMAT.zip, .xml or .txt; "
        "foundations-first.imscc; foundations-first-scorm.zip)",
    )
    export.add_argument(
        "--edition",
        type=Path,
        default=None,
        metavar="FILE",
        help="with --format cc or scorm: the chapters and cards of editions/NAME.yml instead of ids",
    )
    export.add_argument(
        "--with-prerequisites",
        action="store_true",
        help="also export the chapters the chosen chapters and cards build on, as assign lists them "
        "(a cc or scorm course always has them; with --edition, as the edition command adds them)",
    )
    export.add_argument(
        "--site-url",
        metavar="URL",
        default=None,
        help="the published site's address: each question links to its page there (default: html.baseurl in "
        "_config.yml; without either, a question names its chapter and page); a cartridge (cc) needs it",
    )
    roster = commands.add_parser(
        "roster",
        help="learners' exported progress files as one table: a row per learner, exercises done in each "
        "chapter and card, objectives met, latest activity",
    )
    roster.add_argument("files", nargs="+", type=Path, metavar="FILE", help="progress files exported from Your path")
    roster.add_argument(
        "-o", "--output", type=Path, default=None, help="write FILE.csv (for a gradebook) or FILE.html (one page)"
    )
    roster.add_argument(
        "--include-reflections",
        action="store_true",
        help="show the text of reflections, from the learners who chose to include it when they exported",
    )
    practice = commands.add_parser("practice", help="try a chapter's or card's exercises in the terminal")
    practice.add_argument("id", help="a chapter, card or exercise id")
    new = commands.add_parser("new", help="start a chapter, a card or an exercise that passes check")
    kinds = new.add_subparsers(dest="what", required=True, metavar="WHAT")
    chapter = kinds.add_parser("chapter", help="a foundation chapter after the last one")
    chapter.add_argument("id")
    chapter.add_argument("--title", required=True)
    card = kinds.add_parser("card", help="a practice-toolkit card")
    card.add_argument("id")
    card.add_argument("--title", required=True)
    card.add_argument("--builds-on", required=True, help="foundation chapter ids, comma-separated")
    exercise = kinds.add_parser("exercise", help="an exercise, embedded at the end of its chapter or card")
    exercise.add_argument("owner", help="the chapter or card id")
    exercise.add_argument(
        "kind", help="single-choice, multiple-select, ordering, matching, scenario, self-check or reflection"
    )
    exercise.add_argument("id", help="the new exercise's id")
    commands.add_parser(
        "epub", help="write _build/downloads/foundations-first.epub (checked with epubcheck when installed)"
    )
    commands.add_parser(
        "pdf", help="write _build/downloads/foundations-first.pdf (headless Chromium prints the single-page build)"
    )
    build = commands.add_parser("build", help="build the site with Jupyter Book (warnings are errors)")
    build.add_argument("--builder", default="html", help="a Jupyter Book builder (default: html)")
    build.add_argument(
        "--output", type=Path, default=None, help="write the site to OUTPUT/_build/ (default: the book's folder)"
    )
    preview = commands.add_parser(
        "preview", help="build, serve the site on this machine, and rebuild it each time a source is saved"
    )
    preview.add_argument(
        "--output", type=Path, default=None, help="write the site to OUTPUT/_build/ (default: the book's folder)"
    )
    preview.add_argument("--host", default="127.0.0.1", help="the address to serve on (default: 127.0.0.1)")
    preview.add_argument("--port", type=int, default=8000, help="the port to serve on (default: 8000)")
    return parser


def cmd_content_only(root: Path, base: str, output_format: str = "text") -> int:
    """Say whether the change since ``base`` is content only; exit 1 if it is not."""
    from textbook.commands.change_kind import ChangeError, content_only_problems

    try:
        files, problems = content_only_problems(root, base)
    except ChangeError as exc:
        print(f"textbook: check --content-only: {exc}", file=sys.stderr)
        return 1
    for problem in problems:
        print(problem.format_github(root) if output_format == "github" else problem.format(root))
    if problems:
        print(
            f"not content only: {count(len(problems), 'file')} of {len(files)} changed since {base} "
            "lie outside book/, exercises/ and editions/: review this change as code",
            file=sys.stderr,
        )
        return 1
    print(
        f"content only: {count(len(files), 'file')} changed since {base}, all in book/, exercises/ or editions/",
        file=sys.stderr,
    )
    return 0


def cmd_check(spine: Spine, output_format: str = "text") -> int:
    """Print every problem; exit 1 if any is an error (warnings are advice)."""
    started = time.perf_counter()
    problems = check_spine(spine)
    for problem in problems:
        print(problem.format_github() if output_format == "github" else problem.format())
    errors = sum(problem.is_error for problem in problems)
    warnings = len(problems) - errors
    elapsed = time.perf_counter() - started
    if errors:
        print(f"{count(errors, 'error')}, {count(warnings, 'warning')}", file=sys.stderr)
        return 1
    summary = f"{len(spine.chapters)} chapters, {len(spine.cards)} cards, {len(spine.pages)} pages, {len(spine.exercises)} exercises"
    advice = f", {count(warnings, 'warning')}" if warnings else ""
    print(f"ok: {summary}, no errors{advice} ({elapsed:.2f} s)", file=sys.stderr)
    return 0


def cmd_stats(spine: Spine, items: bool = False) -> int:
    """Per chapter: pages, words, reading time and level, exercises by kind, objectives, sources
    (or, with ``--items``, the item figures of issue #18)."""
    from textbook.commands.stats import book_item_stats, chapter_stats, format_items_table, format_table

    if items:
        print(format_items_table(book_item_stats(spine)))
        return 0
    print(format_table([chapter_stats(spine, chapter) for chapter in spine.chapters]))
    return 0


def cmd_assign(spine: Spine, ids: list[str], output_format: str, given_site: str | None = None) -> int:
    """Print the reading list, linked to the site when its address is known; refuse unknown ids
    with the nearest valid ones, and an unusable address."""
    from textbook.commands.assign import UnknownIds, as_html, as_markdown, entries
    from textbook.model.site import SITE_URL_OPTION, SiteAddressError, known_site_url

    try:
        site = known_site_url(spine.root, given_site)
        chapters, cards = entries(spine, ids, site)
    except (UnknownIds, SiteAddressError) as exc:
        print(f"textbook: {exc}", file=sys.stderr)
        return 1
    print((as_html if output_format == "html" else as_markdown)(chapters, cards), end="")
    if site is None:
        print(
            f"textbook: the list has no links: pass {SITE_URL_OPTION} https://... (where the book is published) "
            "or set html.baseurl in _config.yml to link each entry to its page",
            file=sys.stderr,
        )
    return 0


def cmd_edition(root: Path, path: Path, with_prerequisites: bool) -> int:
    """Build an edition, or report every problem of its file as path:line: message."""
    from textbook.commands.edition import build_edition

    site, problems = build_edition(root, path, with_prerequisites)
    for problem in problems:
        print(problem.format())
    if site is None:
        print(
            f"textbook: the edition was not built ({count(len(problems), 'problem')})",
            file=sys.stderr,
        )
        return 1
    print(f"The edition is built: open {(site / 'index.html').resolve()} in a browser.")
    return 0


def cmd_export(spine: Spine, args: argparse.Namespace) -> int:
    """Write the LMS import file and say what is in it, or why nothing was written."""
    from textbook.lms.export import ExportError, export
    from textbook.model.layout import INSTRUCTORS_PAGE
    from textbook.model.site import SiteAddressError, known_site_url, page_url

    try:
        site = known_site_url(spine.root, args.site_url)
        written = export(
            spine,
            args.format,
            args.ids,
            args.output,
            site=site,
            edition=args.edition,
            with_prerequisites=args.with_prerequisites,
        )
    except SiteAddressError as exc:
        print(f"textbook: {exc}", file=sys.stderr)
        return 1
    except ExportError as exc:
        for problem in exc.problems:
            print(problem.format())
        print(f"textbook: {exc}", file=sys.stderr)
        return 1
    if written.prerequisites and not written.with_prerequisites:
        print(
            f"textbook: note: {', '.join(args.ids)} {'builds' if len(args.ids) == 1 else 'build'} on "
            f"{'; '.join(written.prerequisites)}, which {'is' if len(written.prerequisites) == 1 else 'are'} "
            "not exported: add --with-prerequisites to export them too",
            file=sys.stderr,
        )
    kinds = ", ".join(f"{kind} {count}" for kind, count in sorted(written.kinds.items()))
    modules = f"{count(written.modules, 'module')} with " if written.modules else ""
    print(
        f"wrote {written.path}: {modules}{written.quizzes} {'quiz' if written.quizzes == 1 else 'quizzes'}, {count(written.exercises, 'exercise')} "
        f"as {count(written.questions, 'question')} ({kinds})"
    )
    if site:
        guide = page_url(site, INSTRUCTORS_PAGE)
    else:
        guide = (spine.root / "_build" / "html" / f"{INSTRUCTORS_PAGE}.html").as_posix()
        guide += "" if Path(guide).is_file() else " (once the site is built: make book)"
    print(f"Import steps for each LMS: see the instructor guide, {guide}")
    return 0


def cmd_roster(spine: Spine, args: argparse.Namespace) -> int:
    """Read every file; print the table or write the file; report each refused file as FILE: message."""
    from textbook.commands.roster import OUTPUT_SUFFIXES, make_roster
    from textbook.lms.export import ExportError, write_atomically
    from textbook.model.site import book_title

    output: Path | None = args.output
    if output is not None and output.suffix.lower() not in OUTPUT_SUFFIXES:
        print(f"textbook: roster: -o takes a .csv or .html file, not '{output}'", file=sys.stderr)
        return 2
    kind = "text" if output is None else "csv" if output.suffix.lower() == ".csv" else "html"
    roster = make_roster(spine, book_title(args.root), args.files, kind, args.include_reflections)
    for problem in roster.problems:
        print(problem.format(), file=sys.stderr)
    if output is None:
        print(roster.text, end="")
    elif not roster.rows:
        print(f"textbook: no learner's file was read, so {output} was not written", file=sys.stderr)
    else:
        try:
            write_atomically(output, roster.text.encode("utf-8"))
        except ExportError as exc:
            print(f"textbook: {exc}", file=sys.stderr)
            return 1
        print(f"wrote {output}: {count(len(roster.rows), 'learner')}")
    if roster.refused:
        print(f"textbook: {count(roster.refused, 'file')} of {len(args.files)} refused (listed above)", file=sys.stderr)
        return 1
    return 0


def cmd_practice(spine: Spine, ident: str) -> int:
    """Run the exercises of a chapter or card (or one exercise) in the terminal."""
    from textbook.commands.practice import Session

    chosen = [e.exercise for e in spine.exercises if ident in (e.owner, e.exercise.id)]
    if not chosen:
        print(f"textbook: no chapter, card or exercise '{ident}' has exercises", file=sys.stderr)
        return 1
    Session(sys.stdin, sys.stdout).run(chosen)
    return 0


def cmd_new(spine: Spine, args: argparse.Namespace) -> int:
    """Scaffold, then run check so the author sees the result passes."""
    from textbook.commands import scaffold

    try:
        if args.what == "chapter":
            written = scaffold.new_chapter(spine, args.id, args.title)
        elif args.what == "card":
            written = scaffold.new_card(
                spine, args.id, args.title, [i.strip() for i in args.builds_on.split(",") if i.strip()]
            )
        else:
            written = scaffold.new_exercise(spine, args.owner, args.kind, args.id)
    except scaffold.ScaffoldError as exc:
        print(f"textbook: {exc}", file=sys.stderr)
        return 1
    for path in written:
        print(f"wrote {path}")
    return cmd_check(load_spine(args.root))


def cmd_download(root: Path, kind: str) -> int:
    """Build the EPUB or the PDF; say where it is, or why it could not be made."""
    from textbook.commands.downloads import DownloadError, build_epub, build_pdf

    try:
        path = (build_epub if kind == "epub" else build_pdf)(root)
    except DownloadError as exc:
        print(f"textbook: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {path}")
    return 0


def cmd_build(root: Path, builder: str, output: Path | None) -> int:
    """Build the site; say where it is, or that it failed."""
    from textbook.commands.build import build_site

    status = build_site(root, builder=builder, output=output)
    if status == 0 and builder == "html":
        index = ((output or root) / "_build/html/index.html").resolve()
        print(f"The book is built: open {index} in a browser, or run `make serve`.")
    return status


def cmd_preview(root: Path, output: Path | None, host: str, port: int) -> int:
    """Build, serve and rebuild on each save; start again when the engine's own code changed."""
    from textbook.commands.preview import RESTART, preview

    status = preview(root, output, host, port)
    if status == RESTART:  # the watching process holds the old engine: replace it with a fresh one
        os.execv(sys.executable, [sys.executable, *sys.orig_argv[1:]])
    return status


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command in ("epub", "pdf"):
            return cmd_download(args.root, args.command)
        if args.command == "build":
            return cmd_build(args.root, args.builder, args.output)
        if args.command == "preview":
            return cmd_preview(args.root, args.output, args.host, args.port)
        if args.command == "check" and args.content_only is not None:
            return cmd_content_only(args.root, args.content_only, args.format)
        spine = load_spine(args.root)
        if args.command == "check":
            return cmd_check(spine, args.format)
        if args.command == "assign":
            return cmd_assign(spine, args.ids, args.format, args.site_url)
        if args.command == "edition":
            return cmd_edition(args.root, args.file, args.with_prerequisites)
        if args.command == "export":
            return cmd_export(spine, args)
        if args.command == "roster":
            return cmd_roster(spine, args)
        if args.command == "practice":
            return cmd_practice(spine, args.id)
        if args.command == "new":
            return cmd_new(spine, args)
        return cmd_stats(spine, args.items)
    except BrokenPipeError:  # the reader stopped reading (`| head`): not an error
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keep the interpreter's final flush quiet
        return 0
    except Exception as exc:  # an engine bug, not a fault in the book: say so in one line
        if args.debug:
            raise
        print(f"textbook: internal error: {type(exc).__name__}: {exc} (run with --debug for details)", file=sys.stderr)
        return 2

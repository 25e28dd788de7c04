"""Build time: the book with the engine's extension against a bare Jupyter Book build of the
same sources without it, and an incremental rebuild after one page is edited.

Everything is measured in this run, on this machine, and reported as ratios (absolute
seconds on a shared machine say little). Aims (#16): a clean build takes at most 0.9 of the
bare one; an incremental rebuild at most 0.25 of a clean one, measured both as a new
`textbook build` and as `make preview` rebuilds (a child forked from a warm process), with a
bare Jupyter Book's own one-page rebuild (a new process) beside them for scale.
Run: `.venv/bin/python -m benchmarks.build [--repeat 2]`

With `--sizes 20 80 200` it times instead clean builds of generated books (three pages per
chapter) of each size, with the engine and as a bare Jupyter Book of the same sources, and
reports the engine against the bare book and each against linear growth (`--bare-up-to N`
skips the bare book above N chapters, where it takes many minutes), and the gzip weight of the
heaviest page of each engine build against the page-weight budget. Each size's line is
printed as soon as it is measured.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BARE_GENERATED_CONFIG = (
    'title: Generated book\nonly_build_toc_files: true\nexecute:\n  execute_notebooks: "off"\n'
    "parse:\n  myst_enable_extensions: [colon_fence, deflist]\n"
)


def bare_config(config: str) -> str:
    """_config.yml without the engine's extension (its directives then render as warnings)."""
    return re.sub(r"\n  local_extensions:\n(    .*\n)+", "\n", config)


def bare_build(output: Path | str) -> list[str]:
    """The command of a bare Jupyter Book build (``_bare_config.yml``) of the book in the
    working folder, into ``output``."""
    jupyter_book = str(Path(sys.executable).parent / "jupyter-book")
    return [jupyter_book, "build", ".", "--config", "_bare_config.yml", "--path-output", str(output), "--quiet"]


def timed(command: list[str], cwd: Path) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, capture_output=True)
    return time.perf_counter() - started


def _edit(page: Path, attempt: int) -> None:
    """One more sentence at the end of the page, as an author saving an edit."""
    text = page.read_text(encoding="utf-8")
    page.write_text(text + f"\nAn edited sentence for the benchmark ({attempt}).\n", encoding="utf-8")


def copy_book(target: Path, source: Path = ROOT) -> Path:
    """A copy of the book's sources, with its ``_bare_config.yml`` (``bare_config``) beside
    its own configuration, for a bare Jupyter Book build of the same sources."""
    shutil.copytree(
        source,
        target,
        ignore=shutil.ignore_patterns(".venv", "_build", ".git", "__pycache__", ".pytest_cache", "tests", "benchmarks"),
    )
    config = (target / "_config.yml").read_text(encoding="utf-8")
    (target / "_bare_config.yml").write_text(bare_config(config), encoding="utf-8")
    return target


def scale(sizes: list[int], repeat: int, bare_up_to: int) -> None:
    """Clean builds of generated books: the engine against a bare Jupyter Book, per size."""
    from benchmarks.generate import generate_configured_book
    from benchmarks.page_weight import BUDGET_GZIP, site_weights

    rows: list[tuple[int, float, float | None]] = []
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            book = generate_configured_book(Path(folder) / f"book-{size}", size)
            (book / "_bare_config.yml").write_text(BARE_GENERATED_CONFIG, encoding="utf-8")
            engine, bare = [], []
            for attempt in range(repeat):
                out = Path(folder) / f"out-{size}-{attempt}"
                build = [
                    sys.executable,
                    "-m",
                    "textbook",
                    "--root",
                    str(book),
                    "build",
                    "--output",
                    str(out / "engine"),
                ]
                engine.append(timed(build, ROOT))
                if size <= bare_up_to:
                    bare.append(timed(bare_build(out / "bare"), book))
            rows.append((size, min(engine), min(bare) if bare else None))
            shown = f"{rows[-1][2]:7.2f} s" if bare else "   (skipped)"
            ratio = f"{min(engine) / min(bare):.2f}" if bare else "-"
            print(
                f"{size:>4} chapters ({size * 3:>4} pages): engine {min(engine):7.2f} s, bare {shown}, ratio {ratio}",
                flush=True,
            )
            weights = site_weights(out / "engine" / "_build" / "html")  # the last engine build's site
            heaviest = max(weights, key=lambda weight: weight.gzip)
            over = [weight for weight in weights if weight.gzip > BUDGET_GZIP]
            within = [weight for weight in weights if weight.gzip <= BUDGET_GZIP]
            print(
                f"{size:>4} chapters: heaviest page {heaviest.page} {heaviest.gzip / 1024:.1f} KB gzip"
                f" ({heaviest.raw / 1024:.0f} KB raw); {len(over)} of {len(weights)} pages over the"
                f" {BUDGET_GZIP // 1024} KB budget"
                + (f" ({', '.join(weight.page for weight in over[:5])})" if over else ""),
                flush=True,
            )
            if over and within:
                next_heaviest = max(within, key=lambda weight: weight.gzip)
                print(
                    f"{size:>4} chapters: heaviest within it {next_heaviest.page} {next_heaviest.gzip / 1024:.1f} KB gzip"
                )
            for attempt in range(repeat):  # a 500-chapter site is large
                shutil.rmtree(Path(folder) / f"out-{size}-{attempt}", ignore_errors=True)
    first = rows[0]
    for size, engine_time, bare_time in rows[1:]:
        growth = f"engine x{engine_time / first[1]:.1f}"
        if bare_time is not None and first[2] is not None:
            growth += f", bare x{bare_time / first[2]:.1f}"
        print(f"{first[0]} -> {size} chapters: {growth} (linear growth is x{size / first[0]:.1f})", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=2, help="clean builds of each kind; the best is kept")
    parser.add_argument("--sizes", type=int, nargs="+", help="generated books of these many chapters instead")
    parser.add_argument("--bare-up-to", type=int, default=10**6, help="no bare build above this many chapters")
    args = parser.parse_args(argv)
    if args.sizes:
        scale(args.sizes, args.repeat, args.bare_up_to)
        return 0
    with tempfile.TemporaryDirectory() as folder:
        book = copy_book(Path(folder) / "book")

        def engine_build(output: str) -> list[str]:
            return [sys.executable, "-m", "textbook", "build", "--output", output]

        bare, full = [], []
        for attempt in range(args.repeat):
            bare.append(timed(bare_build(f"{folder}/bare{attempt}"), book))
            full.append(timed(engine_build(f"{folder}/full{attempt}"), book))
        clean = min(full)
        page = book / "book/foundations/05-ethics/core-values.md"
        incremental, warm = [], []
        for attempt in range(args.repeat):
            _edit(page, attempt)
            incremental.append(timed(engine_build(f"{folder}/full0"), book))
        bare_incremental = []  # the same, by a bare Jupyter Book: what a cold process costs without the engine
        for attempt in range(args.repeat):
            _edit(page, 2 * args.repeat + attempt)
            bare_incremental.append(timed(bare_build(f"{folder}/bare0"), book))
        from textbook.commands.preview import WarmBuilder  # the preview's rebuilds, in this process

        builder = WarmBuilder(book, Path(folder) / "full0")
        builder.build()  # nothing changed: it warms the process, as the preview's first build does
        for attempt in range(args.repeat):
            _edit(page, 3 * args.repeat + attempt)
            rebuild = builder.build()
            assert rebuild.status == 0 and rebuild.forked, rebuild
            warm.append(rebuild.seconds)
    print(f"bare Jupyter Book build (no extension): {min(bare):6.2f} s (best of {args.repeat})")
    print(f"build with the engine's extension:      {clean:6.2f} s (best of {args.repeat})")
    print(f"  {clean / min(bare):.2f} of the bare build (aim: at most 0.9)")
    print(f"incremental rebuild, one page edited:   {min(incremental):6.2f} s (best of {args.repeat})")
    print(f"  textbook build:   {min(incremental) / clean:.2f} of a clean build (aim: at most 0.25)")
    print(f"  in make preview:  {min(warm):6.2f} s (best of {args.repeat}), {min(warm) / clean:.2f} of a clean build")
    print(
        f"  a bare Jupyter Book's, for scale: {min(bare_incremental):6.2f} s (best of {args.repeat}), "
        f"{min(bare_incremental) / min(bare):.2f} of its clean build, {min(bare_incremental) / clean:.2f} of the engine's"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

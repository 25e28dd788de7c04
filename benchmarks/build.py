"""Build time: the book with the engine's extension against a bare Jupyter Book build of the
same sources without it, and an incremental rebuild after one page is edited.

Everything is measured in this run, on this machine, and reported as ratios (absolute
seconds on a shared machine say little). Aims: the extension adds at most 15% to a clean
build; an incremental rebuild takes at most 40% of a clean one.
Run: `.venv/bin/python -m benchmarks.build [--repeat 2]`
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


def bare_config(config: str) -> str:
    """_config.yml without the engine's extension (its directives then render as warnings)."""
    return re.sub(r"\n  local_extensions:\n(    .*\n)+", "\n", config)


def timed(command: list[str], cwd: Path) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, capture_output=True)
    return time.perf_counter() - started


def copy_book(target: Path) -> Path:
    shutil.copytree(
        ROOT,
        target,
        ignore=shutil.ignore_patterns(".venv", "_build", ".git", "__pycache__", ".pytest_cache", "tests", "benchmarks"),
    )
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=2, help="clean builds of each kind; the best is kept")
    args = parser.parse_args(argv)
    jupyter_book = str(Path(sys.executable).parent / "jupyter-book")
    with tempfile.TemporaryDirectory() as folder:
        book = copy_book(Path(folder) / "book")
        (book / "_bare_config.yml").write_text(
            bare_config((book / "_config.yml").read_text(encoding="utf-8")), encoding="utf-8"
        )
        bare, full = [], []
        for attempt in range(args.repeat):
            out_bare, out_full = Path(folder) / f"bare{attempt}", Path(folder) / f"full{attempt}"
            bare.append(
                timed(
                    [
                        jupyter_book,
                        "build",
                        ".",
                        "--config",
                        "_bare_config.yml",
                        "--path-output",
                        str(out_bare),
                        "--quiet",
                    ],
                    book,
                )
            )
            full.append(timed([sys.executable, "-m", "textbook", "build", "--output", str(out_full)], book))
        clean = min(full)
        page = book / "book/foundations/05-ethics/core-values.md"
        page.write_text(
            page.read_text(encoding="utf-8") + "\nAn edited sentence for the benchmark.\n", encoding="utf-8"
        )
        incremental = timed([sys.executable, "-m", "textbook", "build", "--output", str(Path(folder) / "full0")], book)
    print(f"bare Jupyter Book build (no extension): {min(bare):6.2f} s (best of {args.repeat})")
    print(f"build with the engine's extension:      {clean:6.2f} s (best of {args.repeat})")
    print(f"  the extension adds {100 * (clean / min(bare) - 1):+.0f}% to a clean build (aim: at most +15%)")
    print(f"incremental rebuild, one page edited:   {incremental:6.2f} s")
    print(f"  {100 * incremental / clean:.0f}% of a clean build (aim: at most 40%)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""How `python -m textbook check` (and, with --build, the Sphinx build) grows with the size
of the book.

Generates books of 50 and 500 chapters (3 pages each), times the check on each (best of
several runs, in the same process and run), and reports the ratio: 10 means linear growth.
With --build it also times a clean build of each generated book (slow: minutes at 500).
Run: `.venv/bin/python -m benchmarks.check_scale` (add `--sizes 50 500 --repeat 5 --build`).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.generate import generate_book, minimal_config
from textbook.rules import check_book


def time_check(root: Path, repeat: int) -> tuple[float, int]:
    """Best wall time of ``repeat`` full checks (read + rules), and the problems found."""
    best = float("inf")
    problems = 0
    for _ in range(repeat):
        started = time.perf_counter()
        problems = len(check_book(root))
        best = min(best, time.perf_counter() - started)
    return best, problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 500])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--build", action="store_true", help="also time a clean Sphinx build of each book")
    args = parser.parse_args(argv)
    results: list[tuple[int, float]] = []
    builds: list[tuple[int, float]] = []
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            root = generate_book(Path(folder) / f"book-{size}", size)
            seconds, problems = time_check(root, args.repeat)
            if problems:
                print(f"{size} chapters: the generated book has {problems} problems; the benchmark is broken")
                return 1
            results.append((size, seconds))
            print(f"check, {size:>4} chapters ({size * 3} pages): {seconds * 1000:8.1f} ms")
            if args.build:
                builds.append((size, time_build(root)))
                print(f"build, {size:>4} chapters ({size * 3} pages): {builds[-1][1]:8.1f} s")
    (small, small_time), (large, large_time) = results[0], results[-1]
    print(f"check ratio {large}/{small} chapters: {large_time / small_time:.1f} (linear growth is {large / small:.0f})")
    if builds:
        print(
            f"build ratio {large}/{small} chapters: {builds[-1][1] / builds[0][1]:.1f} (linear growth is {large / small:.0f})"
        )
    return 0


ROOT = Path(__file__).resolve().parent.parent
CONFIG = minimal_config("Generated book")


def time_build(root: Path) -> float:
    """Seconds for a clean build of a generated book (with the engine's extension)."""
    (root / "_config.yml").write_text(CONFIG, encoding="utf-8")
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "textbook", "--root", str(root), "build"], cwd=ROOT, check=True, capture_output=True
    )
    return time.perf_counter() - started


if __name__ == "__main__":
    raise SystemExit(main())

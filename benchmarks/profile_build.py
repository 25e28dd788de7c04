"""Where a clean build's time goes, at two sizes: cProfile of `python -m textbook build` on
generated books, the functions that matter, and how their cost grows between the sizes.

Run: `.venv/bin/python -m benchmarks.profile_build --sizes 30 90` (add `--stock-sidebar` for
the theme rendering every page's sidebar, as before #16).
"""

from __future__ import annotations

import argparse
import os
import pstats
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.generate import generate_book, minimal_config

ROOT = Path(__file__).resolve().parent.parent
# (label, file suffix, function name) of the functions to report, from the outside in
WATCHED = [
    ("whole build", "sphinx/application.py", "build"),
    ("reading", "sphinx/builders/__init__.py", "read"),
    ("writing", "sphinx/builders/__init__.py", "write"),
    ("event handlers (every event)", "sphinx/events.py", "emit"),
    ("the theme's empty-sidebar check", "pydata_sphinx_theme/utils.py", "_update_and_remove_templates"),
    ("pydata generate_toctree_html", "pydata_sphinx_theme/toctree.py", "generate_toctree_html"),
    ("Sphinx global_toctree_for_doc", "sphinx/environment/adapters/toctree.py", "global_toctree_for_doc"),
    ("Sphinx _toctree_copy", "sphinx/environment/adapters/toctree.py", "_toctree_copy"),
    ("docutils publish (render_partial)", "docutils/core.py", "publish"),
    ("BeautifulSoup parsing", "bs4/__init__.py", "__init__"),
    ("pydata add_collapse_checkboxes", "pydata_sphinx_theme/toctree.py", "add_collapse_checkboxes"),
    ("the engine's cached sidebar", "textbook/sphinx_ext/sidebar.py", "render"),
    ("search index", "sphinx/search/__init__.py", "feed"),
]


def profile(root: Path, output: Path, stock_sidebar: bool) -> pstats.Stats:
    (root / "_config.yml").write_text(minimal_config("Generated book"), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "FF_STOCK_SIDEBAR": "1" if stock_sidebar else "0"}
    stats = output.with_suffix(".prof")
    command = [sys.executable, "-m", "cProfile", "-o", str(stats), "-m", "textbook", "build", "--output", str(output)]
    subprocess.run(command, cwd=root, env=env, check=True, capture_output=True)
    return pstats.Stats(str(stats))


def watched(stats: pstats.Stats) -> dict[str, tuple[int, float]]:
    """label -> (primitive calls, cumulative seconds), summed over the matching functions."""
    found: dict[str, tuple[int, float]] = {}
    for (filename, _, name), (calls, _, _, cumulative, _) in stats.stats.items():  # type: ignore[attr-defined]
        for label, suffix, function in WATCHED:
            if filename.endswith(suffix) and name == function:
                before = found.get(label, (0, 0.0))
                found[label] = (before[0] + calls, before[1] + cumulative)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs=2, default=[30, 90])
    parser.add_argument("--stock-sidebar", action="store_true", help="FF_STOCK_SIDEBAR=1: the theme's sidebar")
    args = parser.parse_args(argv)
    small, large = args.sizes
    with tempfile.TemporaryDirectory() as folder:
        results = []
        for size in (small, large):
            root = generate_book(Path(folder) / f"book-{size}", size)
            results.append(watched(profile(root, Path(folder) / f"out-{size}", args.stock_sidebar)))
    print(f"{'function (cProfile, cumulative)':<36} {'calls':>13} {'seconds':>17} {'ms per call':>17} {'growth':>7}")
    print(f"{'':<36} {small:>6} {large:>6} {small:>8} {large:>8} {small:>8} {large:>8}")
    for label, _, _ in WATCHED:
        (calls_s, secs_s), (calls_l, secs_l) = results[0].get(label, (0, 0.0)), results[1].get(label, (0, 0.0))
        if not calls_s and not calls_l:
            continue
        per_s, per_l = 1000 * secs_s / max(calls_s, 1), 1000 * secs_l / max(calls_l, 1)
        growth = f"{secs_l / secs_s:.1f}" if secs_s else "-"
        print(
            f"{label:<36} {calls_s:>6} {calls_l:>6} {secs_s:>8.2f} {secs_l:>8.2f} {per_s:>8.2f} {per_l:>8.2f} {growth:>7}"
        )
    print(f"(sizes in chapters of 3 pages; linear growth is {large / small:.1f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

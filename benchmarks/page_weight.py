"""Page weight: what each page of the built site costs on first load.

For every HTML page, adds the page and the scripts, stylesheets and images it references
(each counted raw and gzip-compressed; fonts are reported apart, since the browser loads them
only when a glyph is drawn). With ``--baseline DIR``, reports a second build side by side, for
example the same book built with the theme's stock assets.
Run: `.venv/bin/python -m benchmarks.page_weight _build/html`, or
`.venv/bin/python -m benchmarks.page_weight --build` to build the book twice in this run (with
the engine's light assets, and with the theme's stock assets as the baseline) and compare.
"""

from __future__ import annotations

import argparse
import gzip
import os
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ASSET = re.compile(r"<(?:script|link|img)\b[^>]*?\b(?:src|href)=\"(?P<url>[^\"#?]+)")
FONT = re.compile(r"url\((?P<url>[^)]+\.(?:woff2?|ttf))", re.IGNORECASE)
BUDGET_GZIP = 200 * 1024


@dataclass(frozen=True)
class Weight:
    page: str
    raw: int
    gzip: int
    fonts: int  # gzip bytes of the fonts its stylesheets can load


@cache
def _asset_sizes(path: Path) -> tuple[int, int]:
    """An asset's raw and gzip bytes (every page of a site shares the same few assets)."""
    data = path.read_bytes()
    return len(data), len(gzip.compress(data))


@cache
def _font_gzip(path: Path) -> int:
    return len(gzip.compress(path.read_bytes()))


def page_weight(site: Path, page: Path) -> Weight:
    """The first-load weight of one page (pure, given the files)."""
    html = page.read_bytes()
    raw, packed, fonts = len(html), len(gzip.compress(html)), 0
    seen: set[Path] = set()
    for match in ASSET.finditer(html.decode("utf-8", "replace")):
        url = match["url"]
        if url.startswith(("http:", "https:", "//", "mailto:")) or url.endswith(".html"):
            continue
        # "/_static/..." (the 404 page's absolute links) starts from the site's root
        asset = (site / url.lstrip("/")).resolve() if url.startswith("/") else (page.parent / url).resolve()
        if asset in seen or not asset.is_file() or asset.suffix not in (".js", ".css", ".svg", ".png", ".jpg", ".gif"):
            continue
        seen.add(asset)
        asset_raw, asset_gzip = _asset_sizes(asset)
        raw += asset_raw
        packed += asset_gzip
        if asset.suffix == ".css":
            for font in FONT.finditer(asset.read_text(encoding="utf-8", errors="replace")):
                path = (asset.parent / font["url"].strip("'\"")).resolve()
                if path.is_file() and path not in seen:
                    seen.add(path)
                    fonts += _font_gzip(path)
    return Weight(page.relative_to(site).as_posix(), raw, packed, fonts)


def site_weights(site: Path) -> list[Weight]:
    return [
        page_weight(site, page)
        for page in sorted(site.rglob("*.html"))
        if "_static" not in page.parts and "_sources" not in page.parts
    ]


def build(root: Path, output: Path, stock: bool) -> Path:
    """Build the book at ``root`` into ``output``; with ``stock``, with the theme's own assets."""
    env = {**os.environ, "FF_STOCK_THEME_ASSETS": "1" if stock else "0"}
    subprocess.run(
        [sys.executable, "-m", "textbook", "--root", str(root), "build", "--output", str(output)],
        env=env,
        check=True,
        capture_output=True,
    )
    return output / "_build" / "html"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path, nargs="?", help="the built site, e.g. _build/html")
    parser.add_argument("--baseline", type=Path, help="another build of the same sources, to compare")
    parser.add_argument("--build", action="store_true", help="build the book (light and stock) in this run and compare")
    args = parser.parse_args(argv)
    if args.build:
        folder = Path(tempfile.mkdtemp(prefix="page-weight-"))
        args.site = build(Path("."), folder / "light", stock=False)
        args.baseline = build(Path("."), folder / "stock", stock=True)
    if args.site is None:
        parser.error("give the built site, or --build")
    weights = site_weights(args.site)
    baseline = {w.page: w for w in site_weights(args.baseline)} if args.baseline else {}
    print(
        f"{'page':<58} {'KB gzip':>8} {'KB raw':>8} {'fonts':>6}"
        + (f" {'baseline':>9} {'ratio':>6}" if baseline else "")
    )
    over = 0
    for weight in weights:
        line = f"{weight.page:<58} {weight.gzip / 1024:8.1f} {weight.raw / 1024:8.1f} {weight.fonts / 1024:6.1f}"
        if weight.page in baseline:
            base = baseline[weight.page].gzip
            line += f" {base / 1024:9.1f} {weight.gzip / base:6.2f}"
        over += weight.gzip > BUDGET_GZIP
        print(line + ("  over budget" if weight.gzip > BUDGET_GZIP else ""))
    largest = max(weights, key=lambda w: w.gzip)
    print(
        f"{len(weights)} pages; heaviest {largest.page} at {largest.gzip / 1024:.1f} KB gzip; {over} over the {BUDGET_GZIP // 1024} KB budget"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

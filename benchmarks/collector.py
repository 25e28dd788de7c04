"""The garbage collector set for a build's run (`textbook/sphinx_ext/garbage_collector.py`)
against Python's own settings (``FF_STOCK_GC=1``): clean builds of the same book, alternating,
each in a process of its own, and for each the wall time, the time Python's collector took
(summed from ``gc.callbacks``) and the process's peak memory.

Run: `.venv/bin/python -m benchmarks.collector [--root DIR] [--repeat 3]`
(``--size N`` builds a generated book of N chapters instead.)
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

ONE_BUILD = """
import gc, json, resource, sys, time
from pathlib import Path
collecting = {"collector_seconds": 0.0, "full": 0}
started = [0.0]

def timed(phase, info):
    if phase == "start":
        started[0] = time.perf_counter()
    else:
        collecting["collector_seconds"] += time.perf_counter() - started[0]
        collecting["full"] += info["generation"] == 2

gc.callbacks.append(timed)
began = time.perf_counter()
from textbook.commands.build import build_site
status = build_site(Path(sys.argv[1]), output=Path(sys.argv[2]))
seconds = time.perf_counter() - began
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
print(json.dumps({"status": status, "seconds": seconds, "peak_mb": peak, **collecting}))
"""


def one_build(root: Path, stock: bool) -> dict[str, float]:
    """A clean build of ``root`` in a new process; its figures."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "FF_STOCK_GC": "1" if stock else "0"}
    with tempfile.TemporaryDirectory() as output:
        result = subprocess.run(
            [sys.executable, "-c", ONE_BUILD, str(root), output], env=env, capture_output=True, text=True, check=False
        )
    figures = json.loads(result.stdout.strip().splitlines()[-1]) if result.stdout.strip() else {}
    if result.returncode or figures.get("status") != 0:
        raise SystemExit(f"the build failed:\n{result.stdout[-2000:]}{result.stderr[-2000:]}")
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="the book (default: this one)")
    parser.add_argument("--size", type=int, help="build a generated book of this many chapters instead")
    parser.add_argument("--repeat", type=int, default=3, help="builds of each kind, alternating")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        root = args.root.resolve()
        if args.size:
            from benchmarks.generate import generate_configured_book

            root = generate_configured_book(Path(folder) / "book", args.size)
        runs: dict[bool, list[dict[str, float]]] = {True: [], False: []}
        for attempt in range(args.repeat):
            for stock in (True, False):
                runs[stock].append(one_build(root, stock))
                figures = runs[stock][-1]
                print(
                    f"  {'Python' if stock else 'engine'} #{attempt + 1}: {figures['seconds']:.2f} s, collector "
                    f"{figures['collector_seconds']:.2f} s, peak {figures['peak_mb']:.0f} MB",
                    flush=True,
                )
    rows = {}
    for stock, label in ((True, "Python's settings"), (False, "set for the build")):
        done = runs[stock]
        rows[stock] = statistics.median(run["seconds"] for run in done)
        print(
            f"{label:>18}: build {rows[stock]:6.2f} s, collector {statistics.median(run['collector_seconds'] for run in done):5.2f} s "
            f"({statistics.median(run['full'] for run in done):.0f} full collections), "
            f"peak {max(run['peak_mb'] for run in done):.0f} MB (medians of {args.repeat}; peak the highest)"
        )
    print(f"the build with the collector set: {rows[False] / rows[True]:.2f} of the build with Python's settings")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

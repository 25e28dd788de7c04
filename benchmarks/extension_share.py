"""The engine's own share of a clean build: how much of the build's wall time is spent with one
of the engine's functions on the stack (its hooks, directives, rules, spine reading, sidebar).

cProfile's cumulative times cannot answer this: they count nested engine functions twice and
double the cost of small calls. This samples the building stack every few milliseconds
instead, in the same process, and attributes each sample that has an engine frame to the
outermost one (the hook Sphinx, docutils or a template called). The engine's templates are not
counted (they wrap the theme's own), its `commands/` are (the spine read before Sphinx starts
is the engine's work).

Two samplers (`--sampler`):
- `cpu` (the default): a timer of the process's CPU time (``setitimer(ITIMER_PROF)``) interrupts
  the build, which runs in the main thread, every interval; the signal's handler is given the
  frame it interrupted. A sample lands wherever the build is, whatever it does.
- `thread`: a second thread wakes every interval and reads the build thread's stack. It can
  only do so when the build releases Python's lock, which it does at each system call (a file
  read, a stat) or after 5 ms: code that makes many system calls draws samples that belong to
  the pure-Python code after it. It overstated the engine's file-heavy code (reading the
  spine, the containment checks); kept to compare with the figures measured with it.
Bytecode: Python keeps each module's compiled bytecode by default, and every installed package
has its own from its installation; a machine that sets ``PYTHONDONTWRITEBYTECODE`` (this one
does) compiles the engine, and only the engine, again in every build process. So by default the
engine's modules are compiled first, into the ``__pycache__`` folders a default Python writes
(removed afterwards when the run made them), and the build measured is the one a default Python
runs; ``--compile-in-build`` measures the build with the engine compiled inside it. (A
``sys.pycache_prefix`` would not do: every installed package's bytecode would then be looked
for there, and every installed package compiled in the build.)

Runs vary by about a point on this machine: ``--repeat N`` samples N builds, each in a process
of its own, and gives the median and the range.

Run: `.venv/bin/python -m benchmarks.extension_share [--root DIR] [--interval 0.005] [--sampler cpu|thread] [--compile-in-build] [--repeat N]`
"""

from __future__ import annotations

import argparse
import collections
import compileall
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from types import FrameType

ENGINE = str(Path(__file__).resolve().parent.parent / "textbook") + "/"
OUTSIDE = (ENGINE + "cli.py", ENGINE + "__main__.py", ENGINE + "commands/build.py")


def outermost_engine_frame(frame: FrameType | None) -> str | None:
    """``path:function`` of the outermost engine frame on the stack, or None."""
    found = None
    while frame is not None:
        filename = frame.f_code.co_filename
        if filename.startswith(ENGINE) and filename.endswith(".py") and filename not in OUTSIDE:
            found = f"{filename[len(ENGINE) :]}:{frame.f_code.co_name}"
        frame = frame.f_back
    return found


def sample_cpu(root: Path, output: Path, interval: float) -> tuple[float, int, collections.Counter[str]]:
    """Build ``root`` into ``output`` in this process, sampled on its CPU time; the wall time,
    samples, engine samples."""
    from textbook.commands.build import build_site

    counts: collections.Counter[str] = collections.Counter()

    def on_tick(signum: int, frame: FrameType | None) -> None:
        counts[outermost_engine_frame(frame) or ""] += 1

    previous = signal.signal(signal.SIGPROF, on_tick)
    started = time.perf_counter()
    signal.setitimer(signal.ITIMER_PROF, interval, interval)
    try:
        status = build_site(root, output=output)
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, previous)
    if status:
        raise SystemExit(f"the build failed ({status})")
    return time.perf_counter() - started, sum(counts.values()), counts


def sample(root: Path, output: Path, interval: float) -> tuple[float, int, collections.Counter[str]]:
    """Build ``root`` into ``output`` in this process, sampled by a second thread; the wall
    time, samples, engine samples."""
    from textbook.commands.build import build_site

    target = threading.get_ident()
    counts: collections.Counter[str] = collections.Counter()
    total = 0
    done = threading.Event()

    def sampler() -> None:
        nonlocal total
        while not done.wait(interval):
            frame = sys._current_frames().get(target)
            total += 1
            counts[outermost_engine_frame(frame) or ""] += 1

    thread = threading.Thread(target=sampler, daemon=True)
    started = time.perf_counter()
    thread.start()
    try:
        status = build_site(root, output=output)
    finally:
        done.set()
        thread.join()
    if status:
        raise SystemExit(f"the build failed ({status})")
    return time.perf_counter() - started, total, counts


def compiled_engine() -> list[Path]:
    """Compile the engine's modules into their ``__pycache__`` folders; the folders this made."""
    before = set(Path(ENGINE).rglob("__pycache__"))
    compileall.compile_dir(ENGINE, quiet=1)
    return sorted(set(Path(ENGINE).rglob("__pycache__")) - before)


SHARE = re.compile(r"the engine's own code: ([0-9.]+)%")


def repeated(times: int, argv: list[str]) -> int:
    """Run the sampled build ``times`` times, each in a new process (as ``textbook build`` runs,
    paying the same imports): print each run's summary, then the median and the range."""
    shares = []
    for _ in range(times):
        result = subprocess.run(
            [sys.executable, "-m", "benchmarks.extension_share", *argv, "--top", "0"],
            capture_output=True,
            text=True,
            check=False,
        )
        found = SHARE.search(result.stdout)
        if result.returncode or found is None:
            print(result.stdout[-2000:] + result.stderr[-2000:], file=sys.stderr)
            return result.returncode or 1
        print(next(line for line in result.stdout.splitlines() if SHARE.search(line)))
        shares.append(float(found.group(1)))
    print(
        f"the engine's own code over {times} builds: median {statistics.median(shares):.1f}% "
        f"(from {min(shares):.1f}% to {max(shares):.1f}%)"
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path("."), help="the book (default: this one)")
    parser.add_argument("--interval", type=float, default=0.005, help="seconds between samples")
    parser.add_argument("--top", type=int, default=15, help="hooks to list")
    parser.add_argument("--sampler", choices=["cpu", "thread"], default="cpu", help="see the module's docstring")
    parser.add_argument(
        "--compile-in-build", action="store_true", help="do not compile the engine before the build (see the docstring)"
    )
    parser.add_argument(
        "--repeat", type=int, default=1, help="sampled builds, each in a process of its own: each, then the median"
    )
    args = parser.parse_args(argv)
    if args.repeat > 1:
        one = ["--root", str(args.root), "--interval", str(args.interval), "--sampler", args.sampler]
        return repeated(args.repeat, one + (["--compile-in-build"] if args.compile_in_build else []))
    sampler = sample_cpu if args.sampler == "cpu" else sample
    caches = [] if args.compile_in_build else compiled_engine()
    try:
        with tempfile.TemporaryDirectory() as folder:
            seconds, total, counts = sampler(args.root.resolve(), Path(folder), args.interval)
    finally:
        for cache in caches:
            shutil.rmtree(cache, ignore_errors=True)
    engine = total - counts.pop("", 0)
    compiled = "compiled in the build" if args.compile_in_build else "compiled before"
    print(
        f"clean build {seconds:.2f} s, {total} samples ({args.sampler} sampler, the engine {compiled}); "
        f"the engine's own code: {100 * engine / total:.1f}%"
    )
    for where, hits in counts.most_common(args.top):
        print(f"  {100 * hits / total:5.1f}%  {where}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The engine's own share of a clean build: how much of the build's wall time is spent with one
of the engine's functions on the stack (its hooks, directives, rules, spine reading, sidebar),
doing work a bare build does not do (see the stand-ins below).

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

The engine's imports are the build's: the sampling starts before the engine is imported, and
a sample taken while a module's body runs is the engine's only if the engine's code is on the
stack and a bare Jupyter Book build of the same sources does not import that module (pydantic,
the engine's own modules). A module both import (the standard library's, Sphinx's, pybtex) is
counted as stock wherever the engine happens to import it first. The bare build's modules are
listed by running one, in a process of its own, before the sampled build (about ten seconds).
``--engine-imported-before`` leaves the imports out, as this measured before 2026-12-06's last
pass (it understated the engine's share by about two points).

Stock calls the engine stands in for (``STAND_INS``) are told apart. The sidebar renders the
navigation through the theme's own ``generate_toctree_html`` twice per build, where a bare
build calls it twice per page; the bibliography cache has pybtex format each reference once,
where a bare build formats it twice; the LaTeX fast path has pybtex parse each text as before
but latexcodec decode only the few with LaTeX in them, where a bare build decodes every text
two or three times. The work inside those calls is stock work a bare build does too, and more
of it: a sample in it counts as stock unless the engine's own code is what runs (the lines of
its adapters inside the call, such as the sidebar's marking builder; what they call in turn is
the call's). The figure with those samples counted as the engine's is printed beside it ("with
the stock calls it stands in for", the only figure before 2026-12-06's sixth pass); each line of
the listing says which it is.

Runs vary by about a point on this machine: ``--repeat N`` samples N builds, each in a process
of its own, and gives the median and the range.

Run: `.venv/bin/python -m benchmarks.extension_share [--root DIR] [--interval 0.005] [--sampler cpu|thread]
[--compile-in-build] [--engine-imported-before] [--repeat N]`
"""

from __future__ import annotations

import argparse
import collections
import compileall
import json
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


# Stock calls the engine makes in place of the same calls a bare build makes itself, more often:
# (file under site-packages, function). The work inside them is the theme's, pybtex's or
# latexcodec's, which a bare build does too (and more of), not the engine's own; only the lines
# of the engine's adapters inside them (the sidebar's marking builder) stay the engine's.
STAND_INS = frozenset(
    {
        # sidebar.py renders the navigation through the theme twice per build, where a bare
        # build renders it twice per page
        ("pydata_sphinx_theme/toctree.py", "generate_toctree_html"),
        # bibliography_cache.py formats each reference once, where a bare build formats it twice
        ("pybtex/style/formatting/__init__.py", "format_entry"),
        # bibtex_latex.py parses each text as pybtex does, and decodes its LaTeX only when it
        # has some, once per process, where a bare build decodes every text two or three times
        ("pybtex/markup/__init__.py", "parse"),
        ("latexcodec/codec.py", "decode"),
    }
)


def stands_in(frame: FrameType | None, stand_ins: frozenset[tuple[str, str]] = STAND_INS) -> bool:
    """Whether a sample is stock work inside one of ``stand_ins``: one of them is on the stack
    and the innermost frame is not the engine's own code."""
    if frame is None or frame.f_code.co_filename.startswith(ENGINE):
        return False
    while frame is not None:
        code = frame.f_code
        if any(code.co_name == name and code.co_filename.endswith("/" + path) for path, name in stand_ins):
            return True
        frame = frame.f_back
    return False


def outermost_engine_frame(frame: FrameType | None, stock: frozenset[str] = frozenset()) -> str | None:
    """``path:function`` of the outermost engine frame on the stack, or None: also when the
    innermost module body on the stack is one of ``stock``, the modules a bare build imports
    too (the engine only happened to import it first)."""
    found = None
    importing = None  # the module whose body runs innermost, if any
    while frame is not None:
        code = frame.f_code
        if importing is None and code.co_name == "<module>":
            importing = frame.f_globals.get("__name__")
        filename = code.co_filename
        if filename.startswith(ENGINE) and filename.endswith(".py") and filename not in OUTSIDE:
            found = f"{filename[len(ENGINE) :]}:{code.co_name}"
        frame = frame.f_back
    return None if importing in stock else found


def attribute(frame: FrameType | None, stock: frozenset[str]) -> tuple[str, bool]:
    """A sample's outermost engine frame ("" for stock work) and whether it is stock work
    inside a call the engine stands in for (``stands_in``)."""
    where = outermost_engine_frame(frame, stock)
    return (where, stands_in(frame)) if where else ("", False)


BARE_MODULES = """
import json, sys
from jupyter_book.cli.main import main
try:
    main(["build", ".", "--config", "_bare_config.yml", "--path-output", sys.argv[1], "--quiet"])
except SystemExit as stop:
    if stop.code:
        raise
with open(sys.argv[2], "w", encoding="utf-8") as listing:
    json.dump(sorted(name for name in sys.modules if name != "__main__"), listing)
"""


def stock_modules(root: Path) -> frozenset[str]:
    """The modules a bare Jupyter Book build of the same sources (no engine) imports, in a
    process of its own."""
    from benchmarks.build import copy_book

    with tempfile.TemporaryDirectory() as folder:
        book = copy_book(Path(folder) / "book", root)
        listing = Path(folder) / "modules.json"
        result = subprocess.run(
            [sys.executable, "-c", BARE_MODULES, str(Path(folder) / "out"), str(listing)],
            cwd=book,
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode or not listing.is_file():
            raise SystemExit(f"the bare build that lists its modules failed:\n{result.stderr[-3000:]}")
        return frozenset(json.loads(listing.read_text(encoding="utf-8")))


Counts = collections.Counter[tuple[str, bool]]  # (outermost engine frame or "", inside a stand-in)


def sample_cpu(root: Path, output: Path, interval: float, stock: frozenset[str]) -> tuple[float, int, Counts]:
    """Build ``root`` into ``output`` in this process, sampled on its CPU time; the wall time,
    samples, samples by ``attribute``."""
    counts: Counts = collections.Counter()

    def on_tick(signum: int, frame: FrameType | None) -> None:
        counts[attribute(frame, stock)] += 1

    previous = signal.signal(signal.SIGPROF, on_tick)
    started = time.perf_counter()
    signal.setitimer(signal.ITIMER_PROF, interval, interval)
    try:
        from textbook.commands.build import build_site  # the engine's imports are the build's

        status = build_site(root, output=output)
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, previous)
    if status:
        raise SystemExit(f"the build failed ({status})")
    return time.perf_counter() - started, sum(counts.values()), counts


def sample(root: Path, output: Path, interval: float, stock: frozenset[str]) -> tuple[float, int, Counts]:
    """Build ``root`` into ``output`` in this process, sampled by a second thread; the wall
    time, samples, samples by ``attribute``."""
    target = threading.get_ident()
    counts: Counts = collections.Counter()
    total = 0
    done = threading.Event()

    def sampler() -> None:
        nonlocal total
        while not done.wait(interval):
            frame = sys._current_frames().get(target)
            total += 1
            counts[attribute(frame, stock)] += 1

    thread = threading.Thread(target=sampler, daemon=True)
    started = time.perf_counter()
    thread.start()
    try:
        from textbook.commands.build import build_site  # the engine's imports are the build's

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


SHARE = re.compile(r"the engine's own code: ([0-9.]+)%; with the stock calls it stands in for: ([0-9.]+)%")


def repeated(times: int, argv: list[str]) -> int:
    """Run the sampled build ``times`` times, each in a new process (as ``textbook build`` runs,
    paying the same imports): print each run's summary, then the medians and the ranges."""
    shares: list[tuple[float, float]] = []
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
        shares.append((float(found.group(1)), float(found.group(2))))
    own, with_stand_ins = [share[0] for share in shares], [share[1] for share in shares]
    print(
        f"the engine's own code over {times} builds: median {statistics.median(own):.1f}% "
        f"(from {min(own):.1f}% to {max(own):.1f}%); with the stock calls it stands in for: median "
        f"{statistics.median(with_stand_ins):.1f}% (from {min(with_stand_ins):.1f}% to {max(with_stand_ins):.1f}%)"
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
    parser.add_argument(
        "--engine-imported-before",
        action="store_true",
        help="import the engine before sampling (its imports left out, as measured before 2026-12-06's last pass)",
    )
    parser.add_argument("--stock-modules", type=Path, help="the bare build's modules, a JSON list (else found)")
    args = parser.parse_args(argv)
    root = args.root.resolve()
    if args.engine_imported_before:
        stock: frozenset[str] = frozenset()
    elif args.stock_modules is not None:
        stock = frozenset(json.loads(args.stock_modules.read_text(encoding="utf-8")))
    else:
        print("listing the modules a bare Jupyter Book build of the book imports ...", flush=True)
        stock = stock_modules(root)
    if args.repeat > 1:
        one = ["--root", str(root), "--interval", str(args.interval), "--sampler", args.sampler]
        one += ["--compile-in-build"] if args.compile_in_build else []
        one += ["--engine-imported-before"] if args.engine_imported_before else []
        with tempfile.TemporaryDirectory() as folder:
            listing = Path(folder) / "stock-modules.json"
            listing.write_text(json.dumps(sorted(stock)), encoding="utf-8")
            return repeated(args.repeat, [*one, "--stock-modules", str(listing)])
    if args.engine_imported_before:
        import textbook.commands.build  # noqa: F401  (the engine's imports, before the sampling)
    sampler = sample_cpu if args.sampler == "cpu" else sample
    caches = [] if args.compile_in_build else compiled_engine()
    try:
        with tempfile.TemporaryDirectory() as folder:
            seconds, total, counts = sampler(root, Path(folder), args.interval, stock)
    finally:
        for cache in caches:
            shutil.rmtree(cache, ignore_errors=True)
    counts.pop(("", False), None)
    own: collections.Counter[str] = collections.Counter()
    inside: collections.Counter[str] = collections.Counter()
    for (where, stood_in), hits in counts.items():
        (inside if stood_in else own)[where] += hits
    engine = sum(own.values())
    with_stand_ins = engine + sum(inside.values())
    compiled = "compiled in the build" if args.compile_in_build else "compiled before"
    imports = "left out" if args.engine_imported_before else "counted as what they add to a bare build's"
    print(
        f"clean build {seconds:.2f} s, {total} samples ({args.sampler} sampler, the engine {compiled}, "
        f"its imports {imports}); the engine's own code: {100 * engine / total:.1f}%; "
        f"with the stock calls it stands in for: {100 * with_stand_ins / total:.1f}%"
    )
    for where, hits in own.most_common(args.top):
        print(f"  {100 * hits / total:5.1f}%  {where}")
    for where, hits in inside.most_common(args.top):
        print(f"  {100 * hits / total:5.1f}%  {where}, inside a stock call it stands in for (not counted)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

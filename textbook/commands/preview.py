"""``python -m textbook preview``: build, serve the site, and rebuild each time a source is saved.

A contributor who edits a page wants to see it rebuilt in a moment. A new ``textbook build``
process spends most of an incremental rebuild starting: importing Sphinx, Jupyter Book, myst-nb,
the theme and their 60-odd extensions (`benchmarks/README.md`). The preview pays that once: the
process that watches the sources imports what a build imports and never builds itself; each
rebuild runs in a child forked from it, which starts with everything imported and then does
exactly what ``textbook build`` does (the same function, the same strict build). The child
exits when its build is done, so nothing a build or a third-party extension keeps in memory
carries over to the next one (a Sphinx application reused between builds numbered the chapters
on from where the last build stopped). Where ``os.fork`` is missing, or the watching process
has started a thread (forking a threaded process is unsafe), each rebuild is a new process, as
``textbook build`` is: slower, the same site.

The site is served by a second process (``textbook.commands.serve``), so the watcher stays a
single thread, as forking needs.
"""

from __future__ import annotations

import importlib
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from textbook.commands.build import build_site
from textbook.sources.wording import count

# Folders under the book's root that are never sources: builds, caches, tools, version control.
NOT_SOURCES = frozenset(
    {"_build", ".git", ".venv", "venv", "node_modules", "__pycache__", ".pytest_cache", ".ruff_cache", ".mypy_cache"}
)
ENGINE = Path(__file__).resolve().parent.parent  # the engine's own code: a change means a restart
POLL_SECONDS = 0.3
SETTLE_SECONDS = 0.2  # an editor that saves in steps (write, rename) has finished by then
RESTART = 3  # preview's status when the engine's own code changed: the command line starts it again


Snapshot = dict[str, tuple[int, int]]  # a source's path (relative, POSIX) -> (size, mtime in ns)


def snapshot(root: Path, skip: frozenset[Path] = frozenset()) -> Snapshot:
    """Size and modification time of every file under ``root`` that can be a source: hidden
    folders, build and tool folders, and the folders in ``skip`` (an output folder inside the
    book) are left out."""
    files: Snapshot = {}
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:  # removed while we looked: the next snapshot sees it gone
            continue
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                if entry.name not in NOT_SOURCES and not entry.name.startswith(".") and Path(entry.path) not in skip:
                    stack.append(Path(entry.path))
            elif entry.is_file(follow_symlinks=False):
                try:
                    stat = entry.stat(follow_symlinks=False)
                except OSError:
                    continue
                files[Path(entry.path).relative_to(root).as_posix()] = (stat.st_size, stat.st_mtime_ns)
    return files


def changed(before: Snapshot, after: Snapshot) -> list[str]:
    """The paths added, removed or modified between two snapshots, sorted (pure)."""
    return sorted(path for path in before.keys() | after.keys() if before.get(path) != after.get(path))


def engine_changed(root: Path, paths: list[str]) -> bool:
    """Whether any changed path is the engine's own code, which the watching process has imported."""
    return any((root / path).resolve().is_relative_to(ENGINE) and path.endswith(".py") for path in paths)


@dataclass(frozen=True)
class Rebuild:
    status: int  # 0 when the site is built
    seconds: float
    forked: bool  # False: the build ran in a new process


class WarmBuilder:
    """Runs ``build_site`` for one book in a child forked from this process, after importing
    here what the previous build imported, so each child starts warm."""

    def __init__(self, root: Path, output: Path | None) -> None:
        self.root, self.output = root, output

    def can_fork(self) -> bool:
        return hasattr(os, "fork") and threading.active_count() == 1

    def build(self) -> Rebuild:
        start = time.perf_counter()
        if not self.can_fork():
            status = self._build_in_new_process()
            return Rebuild(status, time.perf_counter() - start, forked=False)
        status, modules = self._build_in_child()
        seconds = time.perf_counter() - start
        self.warm(modules)
        return Rebuild(status, seconds, forked=True)

    def warm(self, modules: list[str]) -> int:
        """Import, in their order, the modules a build imported that this process has not;
        one that fails to import here is left to the child, as before. Return how many were imported."""
        imported = 0
        for name in modules:
            if name in sys.modules or name == "__main__":
                continue
            try:
                importlib.import_module(name)
            except Exception:  # a module that only imports inside a build: the child imports it
                continue
            imported += 1
        return imported

    def _build_in_child(self) -> tuple[int, list[str]]:
        read_end, write_end = os.pipe()
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:  # the child: build, tell the parent what it imported, and leave at once
            os.close(read_end)
            os.dup2(os.open(os.devnull, os.O_WRONLY), 1)  # Jupyter Book's banner; problems go to stderr
            status = 2
            try:
                status = build_site(self.root, output=self.output)
            except KeyboardInterrupt:  # Ctrl-C reaches the whole group: the preview says it stopped
                status = 130
            except BaseException as exc:  # the child must always reach os._exit
                print(f"textbook: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
            finally:
                try:
                    with os.fdopen(write_end, "w", encoding="utf-8") as pipe:
                        pipe.write("\n".join(sys.modules))
                finally:
                    sys.stdout.flush()
                    sys.stderr.flush()
                    os._exit(status)
        os.close(write_end)
        try:
            with os.fdopen(read_end, encoding="utf-8") as pipe:  # read all before waiting: the list outgrows a pipe
                modules = pipe.read().split("\n")
            _, wait_status = os.waitpid(pid, 0)
        except BaseException:  # stopped while the child builds: it stops too, and is waited for
            os.kill(pid, signal.SIGTERM)
            os.waitpid(pid, 0)
            raise
        return os.waitstatus_to_exitcode(wait_status), modules

    def _build_in_new_process(self) -> int:
        command = [sys.executable, "-m", "textbook", "--root", str(self.root), "build"]
        if self.output is not None:
            command += ["--output", str(self.output)]
        return subprocess.run(command, check=False).returncode


def watch(
    root: Path, skip: frozenset[Path], on_change: Callable[[list[str]], bool], poll: float = POLL_SECONDS
) -> None:
    """Call ``on_change(paths)`` each time sources change (after they settle), until it returns False."""
    before = snapshot(root, skip)
    while True:
        time.sleep(poll)
        after = snapshot(root, skip)
        if after == before:
            continue
        time.sleep(SETTLE_SECONDS)
        settled = snapshot(root, skip)
        while settled != after:  # still being written
            after = settled
            time.sleep(SETTLE_SECONDS)
            settled = snapshot(root, skip)
        paths = changed(before, settled)
        before = settled
        if not on_change(paths):
            return


def _describe(paths: list[str]) -> str:
    shown = ", ".join(paths[:3])
    return shown if len(paths) <= 3 else f"{shown} and {count(len(paths) - 3, 'other')}"


def _report(result: Rebuild, site: Path) -> None:
    if result.status == 0:
        print(f"textbook preview: built in {result.seconds:.1f} s", flush=True)
    else:
        print(
            f"textbook preview: the build failed after {result.seconds:.1f} s: see the problems above; "
            f"save a fix and it builds again ({site} may be partly updated)",
            flush=True,
        )


def _serve(site: Path, host: str, port: int) -> subprocess.Popen[str] | None:
    """The server process, once it serves on ``host:port``; None when it could not start (it said why)."""
    command = [sys.executable, "-m", "textbook.commands.serve", str(site), "--host", host, "--port", str(port)]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    assert server.stdout is not None
    if server.stdout.readline().startswith("serving"):  # its one line: bound, or gone
        return server
    server.wait()
    return None


def preview(root: Path, output: Path | None, host: str, port: int, serve: bool = True) -> int:
    """Build, serve on ``host:port``, and rebuild whenever a source changes, until interrupted.
    Return 0 when interrupted, 1 when there is no book or the port cannot be served,
    ``RESTART`` when the engine's own code changed."""
    root = root.resolve()
    if not (root / "_toc.yml").is_file():
        print(f"textbook preview: {root} has no _toc.yml: run it in the book's folder, or give --root", flush=True)
        return 1
    output = output.resolve() if output is not None else None
    site = (output or root) / "_build" / "html"
    skip = frozenset({output / "_build"} if output is not None else ())
    builder = WarmBuilder(root, output)

    def on_change(paths: list[str]) -> bool:
        if engine_changed(root, paths):
            print("textbook preview: the engine's code changed: starting again with it", flush=True)
            return False
        print(f"textbook preview: changed: {_describe(paths)}", flush=True)
        _report(builder.build(), site)
        return True

    site.mkdir(parents=True, exist_ok=True)
    server = None
    # Ctrl-C stops it even when it was started with SIGINT ignored (a shell's background job),
    # and SIGTERM (a closed terminal, a process manager) as Ctrl-C does: the server stops too
    stopped_by = signal.signal(signal.SIGTERM, _interrupt), signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        if serve:  # first, so that a port in use is said at once
            server = _serve(site, host, port)
            if server is None:
                print(f"textbook preview: nothing is served on {host}:{port}: choose another --port", flush=True)
                return 1
        print("textbook preview: building the site…", flush=True)
        _report(builder.build(), site)
        if server is not None:
            print(f"textbook preview: the site is on http://{host}:{port}/ (Ctrl-C to stop)", flush=True)
        print("textbook preview: watching the book's sources; save a file to rebuild", flush=True)
        watch(root, skip, on_change)
    except KeyboardInterrupt:
        print("\ntextbook preview: stopped", flush=True)
        return 0
    finally:
        signal.signal(signal.SIGTERM, stopped_by[0])
        signal.signal(signal.SIGINT, stopped_by[1])
        if server is not None:
            server.terminate()
            server.wait()
    return RESTART


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt

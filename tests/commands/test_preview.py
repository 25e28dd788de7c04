"""`python -m textbook preview`: build, serve, and rebuild on each save, in a child forked from a
warm process; the site it builds is the one `textbook build` builds."""

from __future__ import annotations

import json
import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_textbook
from textbook.commands.preview import ENGINE, changed, engine_changed, snapshot

PAGE = "book/foundations/01-first/more.md"


def test_snapshot_sees_sources_and_skips_builds_tools_and_hidden_folders(tmp_path: Path) -> None:
    for name in ("_toc.yml", "book/intro.md", "exercises/first.py", "_build/html/index.html", ".git/HEAD"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "out/_build/html").mkdir(parents=True)
    (tmp_path / "out/_build/html/page.html").write_text("x", encoding="utf-8")
    (tmp_path / "out/notes.md").write_text("x", encoding="utf-8")
    files = snapshot(tmp_path, frozenset({tmp_path / "out/_build"}))
    assert sorted(files) == ["_toc.yml", "book/intro.md", "exercises/first.py", "out/notes.md"]


def test_changed_names_added_removed_and_modified_files(tmp_path: Path) -> None:
    (tmp_path / "book").mkdir()
    for name in ("a.md", "b.md", "c.md"):
        (tmp_path / "book" / name).write_text("one", encoding="utf-8")
    before = snapshot(tmp_path)
    (tmp_path / "book/a.md").write_text("longer text", encoding="utf-8")  # modified
    (tmp_path / "book/b.md").unlink()  # removed
    (tmp_path / "book/d.md").write_text("new", encoding="utf-8")  # added
    os.utime(tmp_path / "book/c.md", ns=(1, 1))  # touched: same size, other time
    assert changed(before, snapshot(tmp_path)) == ["book/a.md", "book/b.md", "book/c.md", "book/d.md"]
    assert changed(before, before) == []


def test_a_change_to_the_engine_is_told_apart_from_a_change_to_the_book() -> None:
    root = ENGINE.parent
    assert engine_changed(root, ["book/intro.md", "textbook/sphinx_ext/sidebar.py"])
    assert not engine_changed(root, ["book/intro.md", "exercises/first.py", "textbook/sphinx_ext/static/ff.css"])


WARM_SCRIPT = """
import json, sys, time
from pathlib import Path
from textbook.commands.preview import WarmBuilder

book, page = Path(sys.argv[1]), Path(sys.argv[1]) / sys.argv[2]
builder = WarmBuilder(book, None)
first = builder.build()
cold_modules = len(sys.modules)
page.write_text(page.read_text(encoding="utf-8") + "\\n\\nA sentence the preview added.\\n", encoding="utf-8")
second = builder.build()
print(json.dumps({"first": [first.status, first.forked], "second": [second.status, second.forked],
                  "warmed": cold_modules, "engine_in_parent": "textbook.sphinx_ext.sidebar" in sys.modules}))
"""


def _html(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in folder.rglob("*")
        if path.is_file() and path.name not in (".buildinfo", "searchindex.js")
    }


@pytest.mark.slow
def test_a_warm_rebuild_writes_the_site_textbook_build_writes(fixture_book, tmp_path: Path) -> None:
    """Two copies of a book, edited the same way: one rebuilt by the preview's forked children,
    one by `textbook build` twice. Every output file is the same, byte for byte."""
    warm, cold = fixture_book("valid"), tmp_path / "cold"
    import shutil

    shutil.copytree(warm, cold)
    env = {**os.environ, "PYTHONPATH": ROOT.as_posix(), "NO_COLOR": "1"}
    result = subprocess.run(
        [sys.executable, "-c", WARM_SCRIPT, str(warm), PAGE], env=env, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["first"] == [0, True] and report["second"] == [0, True], report
    assert report["engine_in_parent"], "the watching process imported what the build imported"
    assert report["warmed"] > 500, report  # Sphinx, Jupyter Book, the theme, the extensions

    assert run_textbook("build", cwd=cold).returncode == 0
    page = cold / PAGE
    page.write_text(page.read_text(encoding="utf-8") + "\n\nA sentence the preview added.\n", encoding="utf-8")
    assert run_textbook("build", cwd=cold).returncode == 0
    warm_site, cold_site = _html(warm / "_build/html"), _html(cold / "_build/html")
    assert sorted(warm_site) == sorted(cold_site)
    assert [name for name in warm_site if warm_site[name] != cold_site[name]] == []
    assert b"A sentence the preview added." in warm_site["book/foundations/01-first/more.html"]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Preview:
    """`python -m textbook preview` running on a book, its output lines read as they come."""

    def __init__(self, book: Path, port: int) -> None:
        env = {**os.environ, "PYTHONPATH": ROOT.as_posix(), "NO_COLOR": "1", "PYTHONUNBUFFERED": "1"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "textbook", "preview", "--port", str(port)],
            cwd=book,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,  # its own group: a test that fails can stop it and its server
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))

    def stop(self, signum: int) -> int:
        """Send ``signum`` and wait for the preview to end; its exit status. One that does not end
        in a minute is killed with its whole group (its server, a child building), and fails."""
        self.process.send_signal(signum)
        try:
            return self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
            raise AssertionError(f"the preview did not stop on signal {signum}") from None

    def wait_for(self, text: str, timeout: float = 240) -> list[str]:
        """The lines up to the first that contains ``text``."""
        deadline, lines = time.monotonic() + timeout, []
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.5)
            except queue.Empty:
                assert self.process.poll() is None, "the preview stopped:\n" + "\n".join(self.seen + lines)
                continue
            lines.append(line)
            if text in line:
                self.seen += lines
                return lines
        raise AssertionError(f"no line with {text!r} in {timeout} s:\n" + "\n".join(self.seen + lines))


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


def _stopped_with_its_server(status: int, port: int) -> None:
    """The preview exited 0 (``status``) and its server stopped with it."""
    assert status == 0
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=2).close()


@pytest.mark.slow
def test_preview_serves_rebuilds_on_save_reports_a_fault_and_stops_cleanly(fixture_book) -> None:
    book, port = fixture_book("valid"), _free_port()
    preview = Preview(book, port)
    try:
        preview.wait_for("watching the book's sources")
        base = f"http://127.0.0.1:{port}/"
        status, html = _get(base + "book/foundations/01-first/more.html")
        assert status == 200 and "<html" in html
        status, html = _get(base + "no/such/page.html")
        assert status == 404 and "404" in html  # the book's own 404 page, as a static host serves it

        page = book / PAGE
        original = page.read_text(encoding="utf-8")
        page.write_text(original + "\n\nA sentence saved while previewing.\n", encoding="utf-8")
        lines = preview.wait_for("textbook preview: built in")
        assert any(line == f"textbook preview: changed: {PAGE}" for line in lines), lines
        assert "A sentence saved while previewing." in _get(base + "book/foundations/01-first/more.html")[1]

        page.write_text(original + "\n\nA citation of nothing: {cite}`no-such-key`.\n", encoding="utf-8")
        lines = preview.wait_for("the build failed")
        located = [line for line in lines if line.startswith(f"{PAGE}:") or f"/{PAGE}:" in line]
        assert located, lines  # the problem is named at path:line, as `textbook build` names it
        assert not any("Traceback" in line for line in lines), lines

        page.write_text(original, encoding="utf-8")
        preview.wait_for("textbook preview: built in")
        assert preview.process.poll() is None
    finally:
        status = preview.stop(signal.SIGINT)
    _stopped_with_its_server(status, port)


@pytest.mark.slow
def test_preview_stopped_by_sigterm_stops_its_server_too(fixture_book) -> None:
    book, port = fixture_book("valid"), _free_port()
    preview = Preview(book, port)
    try:
        preview.wait_for("watching the book's sources")
    finally:
        status = preview.stop(signal.SIGTERM)  # as a process manager or a closed terminal sends
    _stopped_with_its_server(status, port)
    assert "textbook preview: stopped" in preview.wait_for("stopped", timeout=10)[-1]


def test_preview_says_when_its_port_is_taken(fixture_book) -> None:
    book = fixture_book("valid")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        env = {**os.environ, "PYTHONPATH": ROOT.as_posix(), "NO_COLOR": "1"}
        result = subprocess.run(
            [sys.executable, "-m", "textbook", "preview", "--port", str(port)],
            cwd=book,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
    assert result.returncode == 1
    assert f"nothing is served on 127.0.0.1:{port}: choose another --port" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


RESTART_SCRIPT = """
import sys, threading, time
from pathlib import Path
import textbook.commands.preview as preview

book = Path(sys.argv[1])
preview.ENGINE = book / "engine"  # stands in for the engine's own code, which this process has imported
(book / "engine").mkdir()
(book / "engine" / "module.py").write_text("VALUE = 1\\n", encoding="utf-8")
preview.WarmBuilder.build = lambda self: preview.Rebuild(0, 0.0, forked=True)  # the loop, not a build

def save_later():
    time.sleep(1.5)
    (book / "engine" / "module.py").write_text("VALUE = 2\\n", encoding="utf-8")

threading.Thread(target=save_later, daemon=True).start()
print("status", preview.preview(book, None, "127.0.0.1", 0, serve=False))
"""


def test_a_change_to_the_engine_stops_the_watch_to_start_again(fixture_book) -> None:
    book = fixture_book("valid")
    env = {**os.environ, "PYTHONPATH": ROOT.as_posix(), "NO_COLOR": "1"}
    result = subprocess.run(
        [sys.executable, "-c", RESTART_SCRIPT, str(book)], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "the engine's code changed: starting again with it" in result.stdout
    assert result.stdout.strip().splitlines()[-1] == "status 3"  # RESTART: the command line execs a new process


def test_the_command_line_starts_the_preview_again_with_the_same_arguments(monkeypatch) -> None:
    import textbook.commands.preview as preview_module
    from textbook import cli

    calls: list[tuple] = []
    monkeypatch.setattr(preview_module, "preview", lambda *args: calls.append(args) or preview_module.RESTART)
    monkeypatch.setattr(sys, "orig_argv", ["python3", "-m", "textbook", "preview", "--port", "8123"])

    class Exec(BaseException):  # past the command line's catch of internal errors
        pass

    def execv(path: str, argv: list[str]) -> None:
        raise Exec(path, argv)

    monkeypatch.setattr(os, "execv", execv)
    with pytest.raises(Exec) as started:
        cli.main(["preview", "--port", "8123"])
    assert calls == [(Path("."), None, "127.0.0.1", 8123)]
    assert started.value.args == (sys.executable, [sys.executable, "-m", "textbook", "preview", "--port", "8123"])


def test_preview_outside_a_book_says_so(tmp_path: Path, capsys) -> None:
    from textbook.commands.preview import preview

    assert preview(tmp_path, None, "127.0.0.1", 0) == 1
    assert f"{tmp_path} has no _toc.yml: run it in the book's folder, or give --root" in capsys.readouterr().out
    assert not (tmp_path / "_build").exists()  # nothing written

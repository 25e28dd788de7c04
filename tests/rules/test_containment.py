"""The pieces behind "content is data, and the book is its world": YAML without aliases, bounded
source files, paths resolved as the constructs resolve them, the kind of a change, and the CI
workflow's order and permissions. The hostile corpus (test_hostile_content.py) tries them end to end."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from tests.conftest import FIXTURES, ROOT, run_textbook
from textbook.model.pagesource import read_page
from textbook.sources.containment import (
    FileRef,
    UnreadableSource,
    escaping_links,
    is_inside,
    paths_resolved_once,
    read_source,
    real_path,
    target_problem,
)
from textbook.sources.yamlsource import YamlSyntaxError, parse_yaml

# --- YAML ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("a: &x 1\nb: 2\n", 1),  # an anchor alone
        ("a: 1\nb: *x\n", 2),  # an alias alone (PyYAML would call it undefined; we refuse it first)
        ("base: &b {k: 1}\nother:\n  <<: *b\n", 1),  # a merge key needs an anchor
        ("- [1, 2]\n- &deep [3]\n", 2),
    ],
)
def test_yaml_refuses_anchors_and_aliases_at_their_line(text: str, line: int) -> None:
    with pytest.raises(YamlSyntaxError) as caught:
        parse_yaml(text, first_line=1)
    assert caught.value.line == line
    assert caught.value.refused
    assert caught.value.message.startswith("YAML: anchors and aliases (& and *) are not allowed")


def test_yaml_alias_bomb_is_refused_before_anything_is_expanded() -> None:
    bomb = "".join(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}" if i else "x"] * 9) + "]\n" for i in range(9))
    with pytest.raises(YamlSyntaxError) as caught:
        parse_yaml(bomb + "requires: *a8\n", first_line=2)
    assert caught.value.line == 2 and caught.value.refused


def test_yaml_nesting_is_bounded_and_plain_yaml_still_reads() -> None:
    with pytest.raises(YamlSyntaxError) as caught:
        parse_yaml("x: " + "[" * 100 + "]" * 100)
    assert "nested more than" in caught.value.message and caught.value.refused
    document = parse_yaml("chapter: a\nrequires: [b, c]\nobjectives:\n  - id: x\n    text: y\n", first_line=2)
    assert document.data == {"chapter": "a", "requires": ["b", "c"], "objectives": [{"id": "x", "text": "y"}]}
    assert document.line_of(("objectives", 0, "text")) == 6


def test_a_character_yaml_forbids_is_a_located_error_not_a_traceback() -> None:
    with pytest.raises(YamlSyntaxError) as caught:
        parse_yaml("chapter: a\ntitle: 'bell \x07'\n", first_line=2)
    assert caught.value.line == 3 and not caught.value.refused
    assert caught.value.message == "malformed YAML: special characters are not allowed (U+0007)"


def test_yaml_syntax_errors_are_not_marked_as_refusals() -> None:
    with pytest.raises(YamlSyntaxError) as caught:
        parse_yaml("a: [1, 2\n")
    assert caught.value.message.startswith("malformed YAML") and not caught.value.refused


def _python_only(text: str, first_line: int = 1):
    """What PyYAML's Python parser alone gives: the result, or the error's (line, message, refused)."""
    import textbook.sources.yamlsource as yamlsource

    fast, yamlsource.FAST = yamlsource.FAST, False
    try:
        return parse_yaml(text, first_line)
    except YamlSyntaxError as error:
        return (error.line, error.message, error.refused)
    finally:
        yamlsource.FAST = fast


def _nodes(node):
    """Every node of a tree with its line and column, in document order."""
    yield (type(node).__name__, node.tag, node.start_mark.line, node.start_mark.column)
    if isinstance(node.value, list):
        for item in node.value:
            for part in item if isinstance(item, tuple) else (item,):
                yield from _nodes(part)


def _yaml_of_the_book() -> list[tuple[str, str]]:
    from tests.conftest import ROOT

    texts = [(path.name, path.read_text(encoding="utf-8")) for path in (ROOT / "_toc.yml", ROOT / "_config.yml")]
    texts += [(path.name, path.read_text(encoding="utf-8")) for path in sorted((ROOT / "editions").glob("*.yml"))]
    for page in sorted((ROOT / "book").rglob("*.md")):
        text = page.read_text(encoding="utf-8")
        if text.startswith("---\n"):
            texts.append((page.name, text.split("---\n", 2)[1]))
    return texts


def test_libyaml_reads_every_yaml_of_the_book_as_the_python_parser_does() -> None:
    import yaml

    import textbook.sources.yamlsource as yamlsource

    texts = _yaml_of_the_book()
    assert len(texts) > 15  # the toc, the configuration, the editions, every front matter
    assert yaml.__with_libyaml__ == yamlsource.FAST and yaml.__with_libyaml__  # the fast path is there to test
    for name, text in texts:
        fast, slow = yamlsource._read_with_libyaml(text, 2), _python_only(text, 2)
        assert fast is not None, name  # read by libyaml, not handed back
        assert fast.data == slow.data, name
        assert list(_nodes(fast.node)) == list(_nodes(slow.node)), name  # same nodes, tags and lines


@pytest.mark.parametrize(
    "text",
    [
        "a: &x 1\nb: 2\n",
        "a: 1\nb: *x\n",
        "base: &b {k: 1}\nother:\n  <<: *b\n",
        "x: " + "[" * 100 + "]" * 100,
        "x: " + "[" * 31 + "1" + "]" * 31,  # 33 deep: one too many
        "x: " + "[" * 30 + "1" + "]" * 30,  # 32 deep: allowed
        "a: [1, 2\n",
        "a: b: c\n",
        "a: 1\n---\nb: 2\n",  # two documents
        "a: !!python/object:os.system x\n",
        "\ta: 1\n",
        "a: '\x07'\n",
        "",
        "- 1\n- [2, {b: 3}]\n",
    ],
)
def test_what_libyaml_does_not_read_the_python_parser_refuses_as_before(text: str) -> None:
    try:
        result = parse_yaml(text, 3)
    except YamlSyntaxError as error:
        result = (error.line, error.message, error.refused)
    slow = _python_only(text, 3)
    if isinstance(slow, tuple):
        assert result == slow  # the same line, message and refusal
    else:
        assert result.data == slow.data and result.first_line == slow.first_line


# --- source files -------------------------------------------------------------------------


def test_read_source_reads_a_regular_utf8_file(tmp_path: Path) -> None:
    (tmp_path / "page.md").write_text("# Café\n", encoding="utf-8")
    assert read_source(tmp_path / "page.md", 100, within=tmp_path) == "# Café\n"


@pytest.mark.timeout(20)
def test_read_source_refuses_pipes_devices_folders_and_links_out(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.md")  # reading it would block for ever
    (tmp_path / "zero.md").symlink_to("/dev/zero")  # reading it would never end
    (tmp_path / "folder.md").mkdir()
    inside = tmp_path / "book"
    inside.mkdir()
    (inside / "out.md").symlink_to(tmp_path / "zero.md")
    for name in ("pipe.md", "zero.md", "folder.md"):
        with pytest.raises(UnreadableSource, match="not a regular file"):
            read_source(tmp_path / name, 1000)
    with pytest.raises(UnreadableSource, match="leads outside book/"):
        read_source(inside / "out.md", 1000, within=inside)


def test_read_source_bounds_size_and_encoding(tmp_path: Path) -> None:
    (tmp_path / "big.md").write_text("x" * 101, encoding="utf-8")
    (tmp_path / "latin.md").write_bytes("café".encode("latin-1"))
    with pytest.raises(UnreadableSource, match=r"more than the 100 bytes a source file may have \(101\)"):
        read_source(tmp_path / "big.md", 100)
    with pytest.raises(UnreadableSource, match="not valid UTF-8 text"):
        read_source(tmp_path / "latin.md", 100)


def test_proc_files_that_report_no_size_are_still_bounded(tmp_path: Path) -> None:
    """/proc files report a size of 0: the limit holds on what is actually read."""
    with pytest.raises(UnreadableSource, match="more than the 10 bytes"):
        read_source(Path("/proc/self/environ"), 10)


# --- paths --------------------------------------------------------------------------------


@pytest.fixture
def root(tmp_path: Path) -> Path:
    (tmp_path / "book" / "toolkit").mkdir(parents=True)
    (tmp_path / "book" / "toolkit" / "card.md").write_text("# Card\n", encoding="utf-8")
    (tmp_path / "book" / "figure.svg").write_text("<svg/>", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("ref", "fault"),
    [
        (FileRef(1, "an image", "../figure.svg"), None),
        (FileRef(1, "an image", "/book/figure.svg"), None),  # Sphinx: from the book's root
        (FileRef(1, "a link", "https://example.org/a.pdf", remote_allowed=True), None),
        (FileRef(1, "a link", "mailto:a@example.org", remote_allowed=True), None),
        (FileRef(1, "a link", "card.md#part", remote_allowed=True), None),
        (FileRef(1, "a link", "path:../figure.svg", remote_allowed=True), None),
        (FileRef(1, "{include}", "../../../etc/passwd"), "which leads outside book/"),
        (FileRef(1, "{include}", "../../_config.yml"), "which leads outside book/"),
        (FileRef(1, "{include}", "/_config.yml"), "which leads outside book/"),
        (FileRef(1, "{include}", "//etc/passwd"), "which leads outside book/"),
        (FileRef(1, "{include}", "<isonum.txt>"), "one of docutils' own files"),
        (FileRef(1, "{csv-table} :file:", "/book/figure.svg", sphinx_paths=False), "an absolute path"),
        (FileRef(1, "an image", "https://example.org/x.png"), "fetched from the network"),
        (FileRef(1, "an image", "data:image/png;base64,AAAA"), "fetched from the network"),
        (FileRef(1, "{raw} :file:", "file:///etc/passwd", sphinx_paths=False), "fetched from the network"),
        (FileRef(1, "a link", "..%2F..%2F..%2Fetc%2Fpasswd", remote_allowed=True), "which leads outside book/"),
        (FileRef(1, "a link", "path:../../x", remote_allowed=True), "which leads outside book/"),
    ],
)
def test_target_problem_resolves_as_the_construct_does(root: Path, ref: FileRef, fault: str | None) -> None:
    why = target_problem(root, root / "book" / "toolkit" / "card.md", ref)
    assert (why is None) if fault is None else (fault in why and ref.construct in why), why


def test_a_link_out_is_named_as_one(root: Path) -> None:
    (root / "book" / "toolkit" / "notes.md").symlink_to(root / "_config.yml")
    why = target_problem(root, root / "book" / "toolkit" / "card.md", FileRef(1, "{include}", "notes.md"))
    assert why.endswith("which leads outside book/ through a symbolic link: a page may only use files inside book/")


def test_escaping_links_lists_links_out_of_each_content_folder_only(root: Path) -> None:
    (root / "exercises").mkdir()
    (root / "book" / "inside.svg").symlink_to("figure.svg")  # stays inside: fine
    (root / "book" / "out.bib").symlink_to("../secret.bib")  # dangling and outside
    (root / "exercises" / "page.py").symlink_to("../book/toolkit/card.md")  # another content folder
    (root / "textbook").mkdir()
    (root / "textbook" / "x.py").symlink_to("/etc/passwd")  # not content: not this rule's business
    found = sorted((path.relative_to(root).as_posix(), target) for path, target in escaping_links(root))
    assert found == [("book/out.bib", "../secret.bib"), ("exercises/page.py", "../book/toolkit/card.md")]


@pytest.fixture
def tangle(tmp_path: Path) -> Path:
    """Folders, links to folders and files (inside, outside, dangling, relative), and a loop."""
    (tmp_path / "book" / "a" / "b").mkdir(parents=True)
    (tmp_path / "book" / "a" / "b" / "page.md").write_text("x", encoding="utf-8")
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "secret.md").write_text("s", encoding="utf-8")
    (tmp_path / "book" / "into").symlink_to("a/b")
    (tmp_path / "book" / "out").symlink_to(tmp_path / "outside")
    (tmp_path / "book" / "a" / "up").symlink_to("..")
    (tmp_path / "book" / "a" / "leaf.md").symlink_to("../../outside/secret.md")
    (tmp_path / "book" / "a" / "gone.md").symlink_to("nowhere.md")
    (tmp_path / "book" / "loop").symlink_to("loop")
    (tmp_path / "book" / "file.md").write_text("f", encoding="utf-8")
    return tmp_path


TANGLED = [
    "book/a/b/page.md",
    "book/into/page.md",
    "book/into/../page.md",
    "book/into/../../outside/secret.md",
    "book/out/secret.md",
    "book/out/../book/file.md",
    "book/a/up/a/up/file.md",
    "book/a/leaf.md",
    "book/a/gone.md",
    "book/a/missing/deeper/x.md",
    "book/loop/x.md",
    "book/loop/../file.md",
    "book/file.md/below",
    "book/./a//b/page.md",
    "book/a/b/",
    "book/..",
    "",
]


def test_paths_resolved_once_resolve_as_realpath_does(tangle: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths: list[str | Path] = [tangle / name for name in TANGLED]
    paths += [f"{tangle}/{name}" for name in TANGLED] + [f"/{tangle}//book/./a/b/", f"{tangle}/book/a/.."]  # as written
    expected = [os.path.realpath(path) for path in paths]
    with paths_resolved_once():
        for _ in range(2):  # the second time from the table
            assert [real_path(path) for path in paths] == expected
    monkeypatch.chdir(tangle / "book")
    relative = ["a/b/page.md", "into/../file.md", "../outside/secret.md", "out/secret.md", "a/up/file.md"]
    expected_relative = {name: os.path.realpath(name) for name in relative}
    with paths_resolved_once():
        assert {name: real_path(name) for name in relative} == expected_relative


def test_paths_resolved_once_are_forgotten_when_the_block_ends(tangle: Path) -> None:
    book = tangle / "book"
    with paths_resolved_once():
        assert is_inside(book / "into" / "page.md", book)
        assert real_path(book / "into") == str(book / "a" / "b")
        (book / "into").unlink()
        (book / "into").symlink_to(tangle / "outside")  # swapped while the block is open
        assert is_inside(book / "into" / "page.md", book)  # the block reads one moment
        with paths_resolved_once():  # a block inside shares the table
            assert real_path(book / "into") == str(book / "a" / "b")
        with paths_resolved_once(fresh=True):  # unless it starts afresh
            assert not is_inside(book / "into" / "page.md", book)
        assert real_path(book / "into") == str(book / "a" / "b")
    assert not is_inside(book / "into" / "page.md", book)  # outside any block: resolved afresh
    with paths_resolved_once():
        assert not is_inside(book / "into" / "page.md", book)  # a new block: a new table
    with pytest.raises(RuntimeError), paths_resolved_once():
        real_path(book / "file.md")
        raise RuntimeError
    (book / "file.md").unlink()
    (book / "file.md").symlink_to(tangle / "outside" / "secret.md")
    assert not is_inside(book / "file.md", book)  # a block left by an exception is closed too
    around, build = paths_resolved_once(), paths_resolved_once(fresh=True)  # textbook build's, the build's
    around.__enter__()
    build.__enter__()  # opened by an event (builder-inited), not in a with
    assert not is_inside(book / "file.md", book)
    (book / "file.md").unlink()
    (book / "file.md").write_text("f", encoding="utf-8")
    assert not is_inside(book / "file.md", book)  # the build's block reads its moment
    build.__exit__(None, None, None)  # build-finished
    assert is_inside(book / "file.md", book)  # the block around it has its own, fresh table
    around.__exit__(None, None, None)
    (book / "file.md").unlink()
    (book / "file.md").symlink_to(tangle / "outside" / "secret.md")
    assert not is_inside(book / "file.md", book)  # nothing left open


def test_a_build_that_stops_before_closing_its_block_leaves_no_table_behind(tangle: Path) -> None:
    """A build that fails between builder-inited and build-finished leaves its block open: the
    block around it (textbook build's) ends it too, so what runs next resolves afresh."""
    book = tangle / "book"
    around, build = paths_resolved_once(), paths_resolved_once(fresh=True)
    around.__enter__()
    build.__enter__()
    assert is_inside(book / "into" / "page.md", book)
    around.__exit__(None, None, None)  # the build stopped: no build-finished
    (book / "into").unlink()
    (book / "into").symlink_to(tangle / "outside")
    assert not is_inside(book / "into" / "page.md", book)  # not the failed build's table
    build.__exit__(None, None, None)  # the next build's builder-inited closes it: a no-op now
    assert not is_inside(book / "into" / "page.md", book)
    with paths_resolved_once():
        assert not is_inside(book / "into" / "page.md", book)


# --- what a page names --------------------------------------------------------------------


def test_page_scanner_reads_options_of_literal_directives_and_yaml_option_blocks() -> None:
    page = read_page(
        "# Title\n\n"
        "```{literalinclude} code.py\n:diff: old.py\n:name: listing\n```\n\n"
        "```{csv-table} Data\n---\nfile: data.csv\nheader-rows: 1\n---\n```\n\n"
        "```{raw} html\n:url: https://example.org/x\n```\n"
    )
    assert [(ref.line, ref.construct, ref.target) for ref in page.files] == [
        (3, "{literalinclude}", "code.py"),
        (4, "{literalinclude} :diff:", "old.py"),
        (10, "{csv-table} :file:", "data.csv"),
    ]
    assert (5, "listing") in page.labels
    assert any(line == 16 and ":url: would fetch" in why for line, why in page.refused)


def test_page_scanner_sees_every_inline_way_to_name_a_file() -> None:
    page = read_page(
        "# T\n\n![alt](<my picture.svg>) [a](notes.pdf) {download}`x <data.csv>` `[code](not-a-link.pdf)`\n\n"
        "[ref]: ../other.pdf\n"
    )
    assert [(ref.construct, ref.target) for ref in page.files] == [
        ("an image", "my picture.svg"),
        ("a link", "notes.pdf"),
        ("{download}", "data.csv"),
        ("a link definition", "../other.pdf"),
    ]


def test_substitutions_in_code_are_text_not_refused() -> None:
    assert read_page("# T\n\nWrite `{{ name }}` in a template.\n").refused == []
    assert read_page("# T\n\nHello {{ name }}.\n").refused[0][0] == 3


# --- check --content-only -----------------------------------------------------------------


def _git(cwd: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org"}
    env |= {"GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True).stdout


@pytest.fixture
def repository(tmp_path: Path) -> Path:
    shutil.copytree(FIXTURES / "valid", tmp_path / "repo")
    repo = tmp_path / "repo"
    (repo / "textbook").mkdir()
    (repo / "textbook" / "engine.py").write_text("ENGINE = 1\n", encoding="utf-8")
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "base")
    _git(repo, "checkout", "-qb", "change")
    return repo


def test_content_only_change_passes(repository: Path) -> None:
    page = repository / "book" / "intro.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nMore text.\n", encoding="utf-8")
    _git(repository, "commit", "-qam", "text")
    (repository / "editions").mkdir()
    (repository / "editions" / "short.yml").write_text("title: Short\n", encoding="utf-8")  # untracked
    result = run_textbook("check", "--content-only", "main", cwd=repository)
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == "content only: 2 files changed since main, all in book/, exercises/ or editions/"


def test_a_change_outside_the_content_folders_fails_and_names_each_file(repository: Path) -> None:
    (repository / "textbook" / "engine.py").write_text("ENGINE = 2\n", encoding="utf-8")
    _git(repository, "commit", "-qam", "engine")
    (repository / "Makefile").write_text("all:\n", encoding="utf-8")  # new, not yet committed
    (repository / "book" / "intro.md").unlink()  # content, deleted
    result = run_textbook("check", "--content-only", "main", "--format", "github", cwd=repository)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"::warning file={name},line=1::changed outside book/, exercises/ and editions/: "
        "review this change as code (it can run code in CI)"
        for name in ("Makefile", "textbook/engine.py")
    ]
    assert "not content only: 2 files of 3 changed since main" in result.stderr


def test_content_only_names_an_unknown_base_without_a_traceback(repository: Path, tmp_path: Path) -> None:
    result = run_textbook("check", "--content-only", "no-such-branch", cwd=repository)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "unknown revision 'no-such-branch'" in result.stderr
    outside = tmp_path / "not-a-repository"
    shutil.copytree(FIXTURES / "valid", outside)
    result = run_textbook("check", "--content-only", "main", cwd=outside)
    assert result.returncode == 1 and "Traceback" not in result.stderr and "check --content-only" in result.stderr


# --- the CI workflow ----------------------------------------------------------------------


def _workflow(name: str) -> dict:
    return yaml.safe_load((ROOT / ".github" / "workflows" / name).read_text(encoding="utf-8"))


def test_pull_request_job_checks_before_anything_builds_reads_only_and_has_no_secrets() -> None:
    workflow = _workflow("ci.yml")
    text = (ROOT / ".github" / "workflows" / "ci.yml").read_text(encoding="utf-8")
    assert "pull_request_target" not in text and "secrets." not in text
    assert workflow["permissions"] == {"contents": "read"}
    (job,) = workflow["jobs"].values()
    assert "permissions" not in job or job["permissions"] == {"contents": "read"}
    runs = [step.get("run", "") for step in job["steps"]]
    check = next(i for i, run in enumerate(runs) if "textbook check --format github" in run)
    builds = [i for i, run in enumerate(runs) if any(word in run for word in ("make book", "make test", "make lint"))]
    assert builds and check < min(builds)
    (kind,) = [step for step in job["steps"] if "--content-only" in step.get("run", "")]
    assert kind["if"] == "github.event_name == 'pull_request'" and kind["continue-on-error"] is True
    assert "${{" not in kind["run"]  # the base branch reaches the shell as a variable, never as code


def test_deploy_checks_first_and_only_the_deploy_job_may_publish() -> None:
    workflow = _workflow("deploy.yml")
    assert workflow["permissions"] == {"contents": "read"}
    build = workflow["jobs"]["build"]
    assert build["permissions"] == {"contents": "read", "pages": "read"}  # reads, writes nothing
    runs = [step.get("run", "") for step in build["steps"]]
    assert runs.index("make check") < next(i for i, run in enumerate(runs) if "make" in run and "book" in run)
    assert workflow["jobs"]["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}

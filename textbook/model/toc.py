"""The table of contents, ``_toc.yml``: the single source of the book's order."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from textbook.sources.containment import MAX_YAML_BYTES, UnreadableSource, read_source
from textbook.sources.problems import Problem
from textbook.sources.yamlsource import YamlSyntaxError, parse_yaml

TOC_FILE = "_toc.yml"
SOURCE_SUFFIXES = (".md", ".ipynb", ".rst")


@dataclass(frozen=True)
class TocEntry:
    """One file listed in ``_toc.yml``, in reading order."""

    docname: str  # e.g. "book/foundations/01-orientation/index" (no suffix)
    line: int  # line of its ``file:`` key in _toc.yml
    part: str | None  # caption of the part it sits in, if any
    parent: str | None  # docname of the entry it is a section of, if any


def read_toc(root: Path) -> tuple[list[TocEntry], list[Problem], list[Problem]]:
    """Read ``root/_toc.yml`` into entries in reading order, with the problems found, and
    those of them that must stop a build before Sphinx reads the file (see the spine)."""
    path = root / TOC_FILE
    if not path.is_file() and not path.is_symlink():
        return [], [Problem(path, 1, f"{TOC_FILE} not found: the book needs a table of contents")], []
    try:
        document = parse_yaml(read_source(path, MAX_YAML_BYTES, within=root))
    except UnreadableSource as exc:
        problem = Problem(path, 1, str(exc))
        return [], [problem], [problem]
    except YamlSyntaxError as exc:
        problem = Problem(path, exc.line, exc.message)
        return [], [problem], [problem] if exc.refused else []
    walker = _TocWalker(path)
    walker.walk_root(document.node)
    return walker.entries, walker.problems, []


class _TocWalker:
    """Walks the node tree of a ``jb-book`` table of contents, keeping line numbers."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.entries: list[TocEntry] = []
        self.problems: list[Problem] = []
        self.seen: set[str] = set()

    def problem(self, node: yaml.Node, message: str) -> None:
        self.problems.append(Problem(self.path, node.start_mark.line + 1, message))

    def walk_root(self, node: yaml.Node | None) -> None:
        if not isinstance(node, yaml.MappingNode):
            self.problems.append(
                Problem(self.path, 1, "the table of contents must be a mapping with 'format' and 'root'")
            )
            return
        keys = _mapping(node)
        if "root" not in keys:
            self.problem(node, "missing 'root': the first page of the book")
        else:
            self.entry(keys["root"][0], keys["root"][1], part=None, parent=None)
        if "parts" in keys:
            self.walk_parts(keys["parts"][1])
        elif "chapters" in keys:
            self.walk_entries(keys["chapters"][1], part=None, parent=None)

    def walk_parts(self, node: yaml.Node) -> None:
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, "'parts' must be a list")
            return
        for part in node.value:
            keys = _mapping(part) if isinstance(part, yaml.MappingNode) else {}
            if "chapters" not in keys:
                self.problem(part, "each part needs a 'caption' and a list of 'chapters'")
                continue
            caption_node = keys.get("caption", (None, None))[1]
            caption = caption_node.value if isinstance(caption_node, yaml.ScalarNode) else None
            self.walk_entries(keys["chapters"][1], part=caption, parent=None)

    def walk_entries(self, node: yaml.Node, part: str | None, parent: str | None) -> None:
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, "expected a list of entries")
            return
        for item in node.value:
            keys = _mapping(item) if isinstance(item, yaml.MappingNode) else {}
            if "file" in keys:
                docname = self.entry(keys["file"][0], keys["file"][1], part=part, parent=parent)
                if "sections" in keys:
                    self.walk_entries(keys["sections"][1], part=part, parent=docname)
            elif "glob" in keys:
                self.problem(item, "'glob' entries are not supported: list each file so that the order is explicit")
            elif "url" not in keys:
                self.problem(item, "each entry needs a 'file' (or a 'url')")

    def entry(self, key: yaml.Node, value: yaml.Node, part: str | None, parent: str | None) -> str | None:
        if not isinstance(value, yaml.ScalarNode) or not value.value:
            self.problem(key, "'file' must be a path such as book/intro")
            return None
        docname = _strip_suffix(value.value.strip().lstrip("/"))
        line = key.start_mark.line + 1
        if docname in self.seen:
            self.problems.append(Problem(self.path, line, f"'{docname}' is listed twice in the table of contents"))
        self.seen.add(docname)
        self.entries.append(TocEntry(docname, line, part, parent))
        return docname


def _mapping(node: yaml.MappingNode) -> dict[str, tuple[yaml.Node, yaml.Node]]:
    """Keys of a mapping node, each with its key node and value node."""
    return {k.value: (k, v) for k, v in node.value if isinstance(k, yaml.ScalarNode)}


def _strip_suffix(name: str) -> str:
    for suffix in SOURCE_SUFFIXES:
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def source_path(root: Path, docname: str) -> Path | None:
    """The file behind a docname, or None when no source file exists."""
    for suffix in SOURCE_SUFFIXES:
        candidate = root / f"{docname}{suffix}"
        if candidate.is_file():
            return candidate
    return None

"""YAML read with line numbers, so that every fault can point at its key.

Content is data: YAML from a pull request is parsed without anchors or aliases (refused at the
event level, before anything could be expanded), with a bounded nesting depth, so that no input
can make the engine, or Sphinx after it, build an exponentially large value.

libyaml (PyYAML's C parser, when installed) reads what is allowed: its events are checked first
(no anchor, no alias, no nesting deeper than allowed, one pass and no recursion), then it composes
the nodes, ten times faster than PyYAML's Python parser, which was most of `check`'s time on a
large book. Anything else (malformed YAML, an anchor, an alias, deep nesting, a bad tag) goes to
the Python parser below, which refuses it or says what is wrong, at its line, as it always has.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

MAX_DEPTH = 32  # nested lists and mappings; front matter and tables of contents need 6 at most
FAST = bool(getattr(yaml, "__with_libyaml__", False))  # libyaml is there: read what is allowed with it
_OPENS = (yaml.MappingStartEvent, yaml.SequenceStartEvent)
_CLOSES = (yaml.MappingEndEvent, yaml.SequenceEndEvent)


class YamlSyntaxError(Exception):
    """Malformed YAML, with the 1-based line of the fault in the text that was parsed."""

    def __init__(self, line: int, message: str, refused: bool = False) -> None:
        super().__init__(message)
        self.line = line
        self.message = message
        self.refused = refused  # well-formed, but content may not use it (anchors, aliases, depth)


@dataclass(frozen=True)
class YamlDocument:
    """Parsed YAML data together with its node tree (which carries the line marks)."""

    data: Any
    node: yaml.Node | None
    first_line: int = 1  # file line of the document's first line

    def line_of(self, loc: tuple[str | int, ...]) -> int:
        """1-based line of the key or item at ``loc`` (as pydantic reports locations).

        Falls back to the deepest part of ``loc`` that exists, then to the first line.
        """
        node = self.node
        line = node.start_mark.line if node is not None else 0
        for part in loc:
            if isinstance(node, yaml.MappingNode):
                match = next(
                    ((k, v) for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == part),
                    None,
                )
                if match is None:
                    break
                line = match[0].start_mark.line
                node = match[1]
            elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
                if not 0 <= part < len(node.value):
                    break
                node = node.value[part]
                line = node.start_mark.line
            else:
                break
        return line + self.first_line


class _Refused(yaml.MarkedYAMLError):
    """Well-formed YAML that content may not use."""


class _DataLoader(yaml.SafeLoader):
    """PyYAML's safe loader, refusing anchors, aliases and deep nesting as it composes."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            raise _Refused(
                None,
                None,
                "anchors and aliases (& and *) are not allowed: write each value out in full",
                event.start_mark,
            )
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise _Refused(None, None, f"nested more than {MAX_DEPTH} levels deep", event.start_mark)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def _allowed_by_libyaml(text: str) -> bool:
    """Whether libyaml reads ``text`` with no anchor, no alias and no node deeper than
    :data:`MAX_DEPTH` (a node inside n lists or mappings is at depth n + 1, as ``_DataLoader``
    counts); raises ``yaml.YAMLError`` on what it cannot read."""
    open_collections = 0
    for event in yaml.parse(text, Loader=yaml.CSafeLoader):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            return False
        if isinstance(event, (*_OPENS, yaml.ScalarEvent)) and open_collections + 1 > MAX_DEPTH:
            return False
        if isinstance(event, _OPENS):
            open_collections += 1
        elif isinstance(event, _CLOSES):
            open_collections -= 1
    return True


def _read_with_libyaml(text: str, first_line: int) -> YamlDocument | None:
    """The document as libyaml reads it, or None for the Python parser to read (or refuse)."""
    try:
        if not _allowed_by_libyaml(text):
            return None
        loader = yaml.CSafeLoader(text)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except (yaml.YAMLError, ValueError):
        return None
    return YamlDocument(data=data, node=node, first_line=first_line)


def parse_yaml(text: str, first_line: int = 1) -> YamlDocument:
    """Parse one YAML document whose first line is line ``first_line`` of its file.

    Raises :class:`YamlSyntaxError` with the file line of the fault on bad syntax, and on
    anchors, aliases or nesting deeper than :data:`MAX_DEPTH`.
    """
    if FAST:
        read = _read_with_libyaml(text, first_line)
        if read is not None:
            return read
    try:
        loader = _DataLoader(text)  # reads the text: a character YAML forbids stops it here
    except yaml.reader.ReaderError as exc:
        line = text[: exc.position].count("\n") + first_line
        code = exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or "\0")
        raise YamlSyntaxError(line, f"malformed YAML: {exc.reason} (U+{code:04X})") from None
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = (mark.line if mark is not None else 0) + first_line
        message = f"{'YAML' if isinstance(exc, _Refused) else 'malformed YAML'}: {exc.problem or exc.context or 'not valid YAML'}"
        if exc.context and exc.context_mark is not None and exc.problem_mark is not None:
            message += f" ({exc.context} that starts at line {exc.context_mark.line + first_line})"
        raise YamlSyntaxError(line, message, refused=isinstance(exc, _Refused)) from None
    except yaml.YAMLError as exc:
        raise YamlSyntaxError(first_line, f"malformed YAML: {exc}") from None
    finally:
        loader.dispose()
    return YamlDocument(data=data, node=node, first_line=first_line)

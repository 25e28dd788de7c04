"""YAML read with line numbers, so that every fault can point at its key."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml


class YamlSyntaxError(Exception):
    """Malformed YAML, with the 1-based line of the fault in the text that was parsed."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


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


def parse_yaml(text: str, first_line: int = 1) -> YamlDocument:
    """Parse one YAML document whose first line is line ``first_line`` of its file.

    Raises :class:`YamlSyntaxError` with the file line of the fault on bad syntax.
    """
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = (mark.line if mark is not None else 0) + first_line
        message = f"malformed YAML: {exc.problem or exc.context or 'not valid YAML'}"
        if exc.context and exc.context_mark is not None and exc.problem_mark is not None:
            message += f" ({exc.context} that starts at line {exc.context_mark.line + first_line})"
        raise YamlSyntaxError(line, message) from None
    except yaml.YAMLError as exc:
        raise YamlSyntaxError(first_line, f"malformed YAML: {exc}") from None
    return YamlDocument(data=data, node=node, first_line=first_line)

"""The lowest layer: reading what a pull request may change, safely. Every fault is a
:class:`~textbook.sources.problems.Problem` at ``path:line``; every source is a bounded regular
file inside the book (``containment``); YAML is read without anchors or aliases (``yamlsource``).
Nothing here imports the rest of the engine."""

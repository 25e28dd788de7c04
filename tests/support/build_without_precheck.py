"""Build a book with the engine's first layer of containment switched off (the check that runs
before Sphinx reads), to show that the directives refuse hostile paths on their own.

Used by tests/rules/test_hostile_content.py only: ``python build_without_precheck.py BOOK``.
"""

import sys

import textbook.sphinx_ext.containment as containment

containment.refusals = lambda spine: []  # the first layer finds nothing: only read time guards

from jupyter_book.cli.main import build  # noqa: E402 - after the first layer is off

try:
    build.main(args=[sys.argv[1], "--warningiserror", "--keep-going", "--quiet"], standalone_mode=False)
except SystemExit as exc:
    sys.exit(int(exc.code or 0))
except RuntimeError:
    print("the build failed (its cause is above)", file=sys.stderr)
    sys.exit(1)

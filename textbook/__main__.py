"""Entry point for ``python -m textbook``."""

import sys

from textbook.cli import main

sys.exit(main())

"""Running the browser runtime's scripts in Node.js, for the tests that hold Python and the
browser to the same answers: a script reads a JSON list of cases on stdin and writes its
answers as JSON on stdout."""

from __future__ import annotations

import json
import shutil
import subprocess
from typing import Any

NODE = shutil.which("node")
NEEDS_NODE = "Node.js is needed to run the browser runtime"


def run_in_node(script: list[str], cases: Any) -> Any:
    """What ``node SCRIPT...`` (a file, or ``-e`` and code, then its arguments) answers to ``cases``."""
    assert NODE is not None, NEEDS_NODE
    completed = subprocess.run(
        [NODE, *script], input=json.dumps(cases), capture_output=True, text=True, check=True, timeout=60
    )
    return json.loads(completed.stdout)

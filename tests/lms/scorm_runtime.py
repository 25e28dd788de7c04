"""The other side of SCORM 1.2 for the tests: scorm-again's ``Scorm12API`` (an open, well-kept
implementation of an LMS's run-time API), from its npm package pinned by SHA-256, with the
stand-in player page ``tests/support/scorm-lms.html``."""

from __future__ import annotations

from tests.lms.formats import Source

SCORM_AGAIN = Source(
    client="npm",
    spec="scorm-again@3.4.3",
    archive="scorm-again-3.4.3.tgz",
    sha256="f182724b4614c34a616a92d7e4d8967392013c5fae74116db98a5c5a11db5edb",
    members=("package/dist/scorm12.js", "package/LICENSE"),
)

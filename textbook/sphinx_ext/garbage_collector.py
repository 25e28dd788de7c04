"""Python's cyclic garbage collector, set for a build's run (#16).

A build keeps most of what it makes alive to its end: every module it imported, the
configuration, the environment it loaded or reads. Python's collector looks at every live object
again at each full collection, and starts one each time 700 more objects were allocated than
freed, ten times over for each of its two younger generations. In a clean build of this book,
eight full collections took about 1.1 s, 14 to 17% of the build; a bare Jupyter Book pays them
too.

So, at ``builder-inited`` (the extensions loaded, the environment read), the engine moves the
objects alive then out of the collector's reach (``gc.freeze()``): a full collection no longer
looks at them. And it starts the youngest generation's collections every 10,000 allocations
instead of 700. Garbage is still collected, only less often: the peak memory of a clean build
stays the same (this book, and a generated one of 1,500 pages: benchmarks/README.md). At
``build-finished``, whether the build succeeded or not, the frozen objects go back to the
collector's oldest generation and the thresholds are set back, so that a process running more
than a build (the tests, the preview) ends each one as it started it. A process that switched
its collector off, or froze objects itself (unfreezing would give it back what it froze), is
left alone. ``FF_STOCK_GC=1`` leaves the collector as Python sets it (a baseline for benchmarks).
"""

from __future__ import annotations

import gc
import os

from sphinx.application import Sphinx

STOCK_GC_SWITCH = "FF_STOCK_GC"  # =1: Python's own thresholds, nothing frozen
BUILD_THRESHOLDS = (10_000, 10, 10)  # allocations before a young collection, then as Python's

_saved: list[tuple[int, int, int]] = []  # the thresholds before the build, while it runs


def set_for_build() -> bool:
    """Freeze the objects alive now and collect less often; whether anything was changed."""
    if _saved or not gc.isenabled() or gc.get_freeze_count() or os.environ.get(STOCK_GC_SWITCH) == "1":
        return False
    _saved.append(gc.get_threshold())
    gc.set_threshold(*BUILD_THRESHOLDS)
    gc.freeze()
    return True


def set_back() -> None:
    """The collector as it was before ``set_for_build`` (nothing when it changed nothing)."""
    if _saved:
        gc.unfreeze()
        gc.set_threshold(*_saved.pop())


def setup_garbage_collector(app: Sphinx) -> None:
    app.connect("builder-inited", lambda app: set_for_build(), priority=900)  # after the others' set-up
    app.connect("build-finished", lambda app, exception: set_back(), priority=900)

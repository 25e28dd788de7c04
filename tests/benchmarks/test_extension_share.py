"""The engine-share benchmark's attribution of a sample: the outermost engine frame, with the
imports the engine makes first but a bare build makes too counted as stock."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from types import FrameType

from benchmarks.extension_share import ENGINE, outermost_engine_frame

STOCK = frozenset({"yaml"})


def _frame_inside(*layers: tuple[str, str, str]) -> FrameType:
    """The innermost frame of nested calls, outermost first: each layer is run as code named
    (file, function, module name); a function named ``<module>`` is a module body."""
    captured: list[FrameType] = []

    def innermost() -> None:
        captured.append(sys._getframe())

    call: Callable[[], None] = innermost
    for filename, function, module in reversed(layers):
        names = {"__name__": module, "inner": call}
        if function == "<module>":
            body = compile("inner()", filename, "exec")
            call = functools.partial(exec, body, names)
        else:
            exec(compile(f"def {function}():\n    inner()", filename, "exec"), names)
            call = names[function]
    call()
    return captured[0]


def test_a_sample_in_an_engine_function_is_the_outermost_engine_frame() -> None:
    frame = _frame_inside(
        (ENGINE + "sphinx_ext/exercises.py", "run", "textbook.sphinx_ext.exercises"),
        (ENGINE + "kit/markup.py", "inline_tokens", "textbook.kit.markup"),
        ("/site-packages/docutils/nodes.py", "append", "docutils.nodes"),
    )
    assert outermost_engine_frame(frame, STOCK) == "sphinx_ext/exercises.py:run"


def test_a_sample_outside_the_engine_is_stock() -> None:
    frame = _frame_inside(("/site-packages/sphinx/builders/html.py", "write_doc", "sphinx.builders.html"))
    assert outermost_engine_frame(frame, STOCK) is None


def test_a_module_a_bare_build_imports_too_is_stock_even_when_the_engine_imports_it() -> None:
    frame = _frame_inside(
        (ENGINE + "model/spine.py", "<module>", "textbook.model.spine"),
        ("/site-packages/yaml/__init__.py", "<module>", "yaml"),
        ("/usr/lib/python3.11/re/__init__.py", "compile", "re"),
    )
    assert outermost_engine_frame(frame, STOCK) is None
    assert outermost_engine_frame(frame) == "model/spine.py:<module>"  # no stock list: the engine's


def test_a_module_only_the_engine_imports_is_the_engines() -> None:
    frame = _frame_inside(
        (ENGINE + "model/spine.py", "<module>", "textbook.model.spine"),
        ("/site-packages/pydantic/main.py", "<module>", "pydantic.main"),
    )
    assert outermost_engine_frame(frame, STOCK) == "model/spine.py:<module>"


def test_the_engines_own_module_body_is_the_engines() -> None:
    frame = _frame_inside(
        ("/usr/lib/python3.11/importlib/__init__.py", "import_module", "importlib"),
        (ENGINE + "kit/kinds.py", "<module>", "textbook.kit.kinds"),
        ("/site-packages/pydantic/_internal/_model_construction.py", "__new__", "pydantic._internal"),
    )
    assert outermost_engine_frame(frame, STOCK) == "kit/kinds.py:<module>"


def test_a_stock_call_made_at_run_time_from_an_engine_hook_is_the_engines() -> None:
    # the innermost module body on the stack is the script's, not an import the engine makes
    frame = _frame_inside(
        ("/usr/bin/textbook", "<module>", "__main__"),
        (ENGINE + "sphinx_ext/sidebar.py", "render", "textbook.sphinx_ext.sidebar"),
        ("/site-packages/yaml/__init__.py", "safe_load", "yaml"),
    )
    assert outermost_engine_frame(frame, STOCK) == "sphinx_ext/sidebar.py:render"

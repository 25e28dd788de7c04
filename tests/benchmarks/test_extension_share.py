"""The engine-share benchmark's attribution of a sample: the outermost engine frame, with the
imports the engine makes first but a bare build makes too counted as stock, and the stock calls
the engine makes in place of a bare build's own told apart."""

from __future__ import annotations

import functools
import inspect
import sys
from collections.abc import Callable
from pathlib import Path
from types import CodeType, FrameType, ModuleType

from benchmarks.extension_share import ENGINE, STAND_INS, attribute, outermost_engine_frame, stands_in

STOCK = frozenset({"yaml"})


def _frame_inside(*layers: tuple[str, str, str], in_last_layer: bool = False) -> FrameType:
    """The innermost frame of nested calls, outermost first: each layer is run as code named
    (file, function, module name); a function named ``<module>`` is a module body. The frame is
    a helper's called by the last layer (stock code), or with ``in_last_layer`` the last layer's."""
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
    return captured[0].f_back if in_last_layer else captured[0]  # type: ignore[return-value]


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


THEME = "/venv/lib/python3.11/site-packages/pydata_sphinx_theme/toctree.py"
SIDEBAR = (ENGINE + "sphinx_ext/sidebar.py", "render", "textbook.sphinx_ext.sidebar")


def test_stock_work_inside_a_call_the_engine_stands_in_for_is_told_apart() -> None:
    # the sidebar renders the navigation through the theme, as a bare build's every page does
    frame = _frame_inside(
        SIDEBAR,
        (THEME, "generate_toctree_html", "pydata_sphinx_theme.toctree"),
        ("/venv/lib/python3.11/site-packages/soupsieve/css_parser.py", "process_selectors", "soupsieve"),
    )
    assert stands_in(frame)
    assert attribute(frame, STOCK) == ("sphinx_ext/sidebar.py:render", True)


def test_stock_work_under_an_engine_adapter_inside_a_stand_in_is_still_told_apart() -> None:
    # the theme asks the engine's marking builder, which asks Sphinx: Sphinx's work is stock
    frame = _frame_inside(
        SIDEBAR,
        (THEME, "generate_toctree_html", "pydata_sphinx_theme.toctree"),
        (ENGINE + "sphinx_ext/sidebar.py", "render_partial", "textbook.sphinx_ext.sidebar"),
        ("/venv/lib/python3.11/site-packages/docutils/writers/_html_base.py", "starttag", "docutils"),
    )
    assert attribute(frame, STOCK) == ("sphinx_ext/sidebar.py:render", True)


def test_the_engines_own_lines_inside_a_stand_in_are_the_engines() -> None:
    frame = _frame_inside(
        SIDEBAR,
        (THEME, "generate_toctree_html", "pydata_sphinx_theme.toctree"),
        (ENGINE + "sphinx_ext/sidebar.py", "get_relative_uri", "textbook.sphinx_ext.sidebar"),
        in_last_layer=True,
    )
    assert not stands_in(frame)
    assert attribute(frame, STOCK) == ("sphinx_ext/sidebar.py:render", False)


def test_the_same_stock_call_outside_any_stand_in_is_the_engines() -> None:
    # a function of the same name in another file is not the theme's
    frame = _frame_inside(
        SIDEBAR,
        ("/venv/lib/python3.11/site-packages/other_theme/toctree.py", "generate_toctree_html", "other_theme"),
        ("/venv/lib/python3.11/site-packages/bs4/element.py", "select", "bs4.element"),
    )
    assert attribute(frame, STOCK) == ("sphinx_ext/sidebar.py:render", False)


def test_a_stand_in_the_theme_calls_without_the_engine_is_stock() -> None:
    # the 404 page: the theme's template renders its navigation, no engine frame on the stack
    frame = _frame_inside(
        ("/venv/lib/python3.11/site-packages/sphinx/builders/html/__init__.py", "handle_page", "sphinx"),
        (THEME, "generate_toctree_html", "pydata_sphinx_theme.toctree"),
        ("/venv/lib/python3.11/site-packages/bs4/element.py", "select", "bs4.element"),
    )
    assert attribute(frame, STOCK) == ("", False)


def test_pybtex_formatting_under_the_bibliography_cache_is_told_apart() -> None:
    frame = _frame_inside(
        (ENGINE + "sphinx_ext/bibliography_cache.py", "format_entry", "textbook.sphinx_ext.bibliography_cache"),
        ("/venv/lib/python3.11/site-packages/pybtex/style/formatting/__init__.py", "format_entry", "pybtex"),
        ("/venv/lib/python3.11/site-packages/pybtex/style/template.py", "format_data", "pybtex.style.template"),
    )
    assert attribute(frame, STOCK) == ("sphinx_ext/bibliography_cache.py:format_entry", True)


def _functions_of(module: ModuleType) -> set[tuple[str, str]]:
    """(file, name) of every function a module's code defines, nested ones too."""
    source = inspect.getsourcefile(module) or ""
    found: set[tuple[str, str]] = set()
    todo = [compile(Path(source).read_text(encoding="utf-8"), source, "exec")]
    while todo:
        code = todo.pop()
        found.add((code.co_filename, code.co_name))
        todo.extend(constant for constant in code.co_consts if isinstance(constant, CodeType))
    return found


def test_every_stand_in_names_an_installed_function() -> None:
    # a stand-in that names no installed function would silently count its work as the engine's
    import latexcodec.codec
    import pybtex.markup
    import pybtex.style.formatting
    import pydata_sphinx_theme.toctree

    modules = (pydata_sphinx_theme.toctree, pybtex.style.formatting, pybtex.markup, latexcodec.codec)
    installed = {function for module in modules for function in _functions_of(module)}
    for path, name in STAND_INS:
        assert any(file.endswith("/" + path) and found == name for file, found in installed), (path, name)


def test_latex_parsed_under_the_fast_path_is_told_apart() -> None:
    # pybtex's parser, called by the engine's from_latex in place of pybtex's own
    frame = _frame_inside(
        (ENGINE + "sphinx_ext/bibtex_latex.py", "from_latex", "textbook.sphinx_ext.bibtex_latex"),
        ("/venv/lib/python3.11/site-packages/pybtex/markup/__init__.py", "parse", "pybtex.markup"),
        ("/venv/lib/python3.11/site-packages/pybtex/scanner.py", "skip_to", "pybtex.scanner"),
    )
    assert attribute(frame, STOCK) == ("sphinx_ext/bibtex_latex.py:from_latex", True)


def test_the_fast_paths_own_test_of_a_text_is_the_engines() -> None:
    frame = _frame_inside(
        (ENGINE + "sphinx_ext/bibtex_latex.py", "from_latex", "textbook.sphinx_ext.bibtex_latex"),
        in_last_layer=True,
    )
    assert attribute(frame, STOCK) == ("sphinx_ext/bibtex_latex.py:from_latex", False)

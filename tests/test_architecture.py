"""The engine's tree states its architecture: CONTRIBUTING.md's map lists every module and
nothing else, the top level holds only entry points and packages, and no package imports one
above it."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from tests.conftest import ROOT

ENGINE = ROOT / "textbook"
# From the lowest: a package may import its own modules and those of the packages before it.
LAYERS = ["sources", "kit", "model", "rules", ("commands", "lms"), "sphinx_ext"]
ENTRY_POINTS = {"__init__.py", "__main__.py", "cli.py"}


def _map() -> str:
    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    section = text.split("## How the engine is built", 1)[1]
    return section.split("```", 2)[1]


def _mapped_modules() -> set[str]:
    """Module paths named in the map: a "  package/" line opens a package; "    name.py" lines
    below it are its modules (a package described in prose, like lms/, names them in the text)."""
    found: set[str] = set()
    package = ""
    for line in _map().splitlines():
        opened = re.match(r"^  ([a-z_]+)/\s*(.*)$", line)
        module = re.match(r"^    ([a-z_]+\.py)\b", line)
        if opened:
            package, text = opened.groups()
        elif re.match(r"^  \S", line):
            package, text = "", line
            found.update(re.findall(r"\b[a-z_]+\.py\b", text))
            continue
        elif module and package:
            found.add(f"{package}/{module.group(1)}")
            continue
        else:
            text = line
        if package == "lms":
            found.update(f"lms/{name}" for name in re.findall(r"\b([a-z_]+\.py)\b", text))
        elif package and "__init__.py" in text:
            found.add(f"{package}/__init__.py")
    return found


def _defines_something(path: Path) -> bool:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return any(isinstance(node, (ast.FunctionDef, ast.ClassDef)) for node in tree.body)


def _tree_modules() -> set[str]:
    """Every module, a package's __init__.py included when it defines something of its own."""
    return {
        path.relative_to(ENGINE).as_posix()
        for path in ENGINE.rglob("*.py")
        if path.parent != ENGINE and (path.name != "__init__.py" or _defines_something(path))
    } | {"__main__.py", "cli.py"}


def test_the_map_lists_every_module_and_only_those() -> None:
    mapped, tree = _mapped_modules(), _tree_modules()
    assert sorted(tree - mapped) == [], "modules missing from CONTRIBUTING.md's map"
    assert sorted(mapped - tree - {"__init__.py"}) == [], "the map names modules that do not exist"


def test_the_top_level_holds_only_entry_points_and_packages() -> None:
    files = {path.name for path in ENGINE.iterdir() if path.is_file() and path.suffix == ".py"}
    assert files == ENTRY_POINTS
    packages = {path.name for path in ENGINE.iterdir() if path.is_dir() and (path / "__init__.py").is_file()}
    assert packages == {name for layer in LAYERS for name in ((layer,) if isinstance(layer, str) else layer)}


def _rank(package: str) -> int | None:
    for rank, layer in enumerate(LAYERS):
        if package == layer or (isinstance(layer, tuple) and package in layer):
            return rank
    return None


def test_no_package_imports_a_package_above_it() -> None:
    upward = []
    for path in ENGINE.rglob("*.py"):
        parts = path.relative_to(ENGINE).parts
        mine = _rank(parts[0]) if len(parts) > 1 else None
        if mine is None:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("textbook."):
                theirs = _rank(node.module.split(".")[1])
                if theirs is not None and theirs > mine:
                    upward.append(f"{path.relative_to(ROOT)} imports {node.module}")
    assert upward == []


def test_no_sphinx_feature_imports_another_features_private_names() -> None:
    private = []
    for path in (ENGINE / "sphinx_ext").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("textbook.sphinx_ext."):
                private += [f"{path.name}: {alias.name}" for alias in node.names if alias.name.startswith("_")]
    assert private == []

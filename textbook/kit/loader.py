"""Read exercise modules without running them.

An exercise module is contributor-supplied Python, so it is never imported here. Its syntax
tree is checked (a docstring, one import from ``textbook.kit``, and ``EXERCISES = [...]`` of
kit constructors with literal arguments) and evaluated by this module's small interpreter,
which knows only literals and kit constructors. Any other code is refused as
``path:line: message`` and never runs. Each exercise keeps the line of its definition.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from textbook import kit
from textbook.kit.kinds import Exercise, Probe
from textbook.sources.containment import MAX_MODULE_BYTES, UnreadableSource, read_source
from textbook.sources.problems import Problem

KIT_NAMES = {name: getattr(kit, name) for name in kit.__all__ if isinstance(getattr(kit, name), type)}
LITERAL_TYPES = (str, int, float, bool, type(None))


@dataclass(frozen=True)
class LoadedExercise:
    """An exercise, the module it came from (named after its chapter or card), and its line."""

    exercise: Exercise
    path: Path
    line: int
    node: ast.expr | None = field(default=None, compare=False, repr=False)  # its constructor call

    @property
    def owner(self) -> str:
        return self.path.stem

    def line_of(self, *loc: str | int) -> int:
        """The line of an argument or list item of the exercise (``"options", 2``), as a problem
        about it should be located; the exercise's own line when the syntax tree is not kept."""
        return _line_of(self.node, loc) if isinstance(self.node, ast.Call) else self.line


class _Refused(Exception):
    """Raised inside the interpreter once a problem has been recorded."""


READINESS_MODULE = "readiness"  # exercises/readiness.py holds READINESS = [Probe(...), ...]


@dataclass
class ExerciseSet:
    """What the exercise modules hold: the exercises that loaded, the readiness probes, the
    problems, and the ids of exercises that failed to load (so that other rules do not report
    them again)."""

    exercises: list[LoadedExercise]
    problems: list[Problem]
    failed_ids: set[str]
    broken_owners: set[str]
    probes: list[LoadedExercise] = field(default_factory=list)
    refused: list[Problem] = field(default_factory=list)  # modules not read at all (see containment)


def load_exercise_module(path: Path) -> tuple[list[LoadedExercise], list[Problem]]:
    """The exercises of one module, and every problem found in it."""
    try:
        exercises, problems, _ = _read_module(path)
    except UnreadableSource as exc:
        return [], [Problem(path, 1, str(exc))]
    return exercises, problems


def _read_module(path: Path) -> tuple[list[LoadedExercise], list[Problem], set[str]]:
    """Raises :class:`~textbook.containment.UnreadableSource` for a file that is not read at all."""
    try:
        source = read_source(path, MAX_MODULE_BYTES, within=path.parent)
        tree = ast.parse(source, filename=str(path))
    except SyntaxError as exc:
        return [], [Problem(path, exc.lineno or 1, f"not valid Python: {exc.msg}")], set()
    except (RecursionError, MemoryError):
        return [], [Problem(path, 1, "not valid Python: nested too deeply to read")], set()
    reader = _ModuleReader(path, "READINESS" if path.stem == READINESS_MODULE else "EXERCISES")
    reader.read(tree)
    return reader.exercises, reader.problems, reader.failed_ids


def load_exercises(folder: Path) -> ExerciseSet:
    """Every module in ``folder`` (``exercises/``), in name order."""
    found = ExerciseSet([], [], set(), set())
    if not folder.is_dir():
        return found
    for path in sorted(folder.glob("*.py")):
        if path.name == "__init__.py":
            continue
        try:
            exercises, problems, failed = _read_module(path)
        except UnreadableSource as exc:
            exercises, problems, failed = [], [Problem(path, 1, str(exc))], set()
            found.refused.extend(problems)
        (found.probes if path.stem == READINESS_MODULE else found.exercises).extend(exercises)
        found.problems.extend(problems)
        found.failed_ids |= failed
        if problems:
            found.broken_owners.add(path.stem)
    return found


class _ModuleReader:
    def __init__(self, path: Path, list_name: str = "EXERCISES") -> None:
        self.path = path
        self.list_name = list_name
        self.exercises: list[LoadedExercise] = []
        self.problems: list[Problem] = []
        self.imported: dict[str, type[BaseModel]] = {}
        self.failed_ids: set[str] = set()

    def refuse(self, node: ast.AST, message: str) -> None:
        self.problems.append(Problem(self.path, getattr(node, "lineno", 1), message))

    def read(self, tree: ast.Module) -> None:
        assigned = False
        for index, statement in enumerate(tree.body):
            if (
                index == 0
                and isinstance(statement, ast.Expr)
                and isinstance(statement.value, ast.Constant)
                and isinstance(statement.value.value, str)
            ):
                continue  # the module docstring
            if isinstance(statement, ast.ImportFrom) and statement.module == "textbook.kit" and statement.level == 0:
                self.read_import(statement)
            elif (
                isinstance(statement, ast.Assign)
                and [_name(t) for t in statement.targets] == [self.list_name]
                and not assigned
            ):
                assigned = True
                self.read_exercises(statement.value)
            else:
                self.refuse(
                    statement,
                    f"not allowed in an exercise module: {_describe_node(statement)} (only a docstring, `from textbook.kit import ...` and `{self.list_name} = [...]`)",
                )
        if not assigned and not self.problems:
            self.refuse(tree, f"no `{self.list_name} = [...]` in this module")

    def read_import(self, statement: ast.ImportFrom) -> None:
        for alias in statement.names:
            if alias.name not in KIT_NAMES or alias.asname is not None:
                self.refuse(
                    statement,
                    f"`{alias.name}` cannot be imported here: import only kit names ({', '.join(sorted(KIT_NAMES))})",
                )
            else:
                self.imported[alias.name] = KIT_NAMES[alias.name]

    def read_exercises(self, value: ast.expr) -> None:
        if not isinstance(value, ast.List | ast.Tuple):
            self.refuse(value, f"{self.list_name} must be a list of exercises")
            return
        wanted, what = (
            (Probe, "a Probe(...)")
            if self.list_name == "READINESS"
            else (Exercise, "an exercise (SingleChoice(...), Scenario(...), ...)")
        )
        for element in value.elts:
            try:
                built = self.evaluate(element)
            except _Refused:
                self.failed_ids |= _literal_ids(element)
                continue
            if not isinstance(built, wanted) or (wanted is Exercise and isinstance(built, Probe)):
                self.refuse(element, f"each item of {self.list_name} must be {what}")
                continue
            self.exercises.append(LoadedExercise(built, self.path, element.lineno, element))

    def evaluate(self, node: ast.expr) -> Any:
        """Evaluate literals and kit constructors; refuse anything else."""
        if isinstance(node, ast.Constant) and isinstance(node.value, LITERAL_TYPES):
            return node.value
        if (
            isinstance(node, ast.UnaryOp)
            and isinstance(node.op, ast.USub)
            and isinstance(node.operand, ast.Constant)
            and isinstance(node.operand.value, int | float)
            and not isinstance(node.operand.value, bool)
        ):
            return -node.operand.value
        if isinstance(node, ast.List | ast.Tuple):
            return self.evaluate_all(node.elts)
        if isinstance(node, ast.Dict):
            keys = [k.value for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)]
            if len(keys) == len(node.keys):  # text keys only (no ``**spread``)
                return dict(zip(keys, self.evaluate_all(node.values), strict=True))
        if isinstance(node, ast.Call):
            return self.construct(node)
        self.refuse(
            node,
            f"not allowed in an exercise module: {_describe_node(node)} (use only text, numbers, true/false, lists and kit constructors)",
        )
        raise _Refused

    def evaluate_all(self, nodes: list[ast.expr]) -> list[Any]:
        values, refused = [], False
        for node in nodes:
            try:
                values.append(self.evaluate(node))
            except _Refused:
                refused = True
        if refused:
            raise _Refused
        return values

    def construct(self, call: ast.Call) -> Any:
        name = _name(call.func)
        if name not in self.imported:
            self.refuse(
                call,
                f"call to `{ast.unparse(call.func)}` is not allowed: only kit constructors imported from textbook.kit may be called",
            )
            raise _Refused
        if call.args or any(keyword.arg is None for keyword in call.keywords):
            self.refuse(call, f"{name}(...) takes named arguments only, such as {name}(text=..., ...)")
            raise _Refused
        names = [keyword.arg for keyword in call.keywords if keyword.arg is not None]  # none is None: refused above
        values = dict(zip(names, self.evaluate_all([k.value for k in call.keywords]), strict=True))
        try:
            return self.imported[name](**values)
        except ValidationError as exc:
            for error in exc.errors():
                self.problems.append(Problem(self.path, _line_of(call, error["loc"]), _message(name, values, error)))
            raise _Refused from None


def _literal_ids(node: ast.expr) -> set[str]:
    """The ``id="..."`` of an exercise that failed to load, when it is a literal."""
    if isinstance(node, ast.Call):
        return {
            k.value.value
            for k in node.keywords
            if k.arg == "id" and isinstance(k.value, ast.Constant) and isinstance(k.value.value, str)
        }
    return set()


def _name(node: ast.AST) -> str | None:
    return node.id if isinstance(node, ast.Name) else None


def _describe_node(node: ast.AST) -> str:
    kinds = {
        ast.Import: "an import",
        ast.ImportFrom: "an import from outside the kit",
        ast.FunctionDef: "a function definition",
        ast.AsyncFunctionDef: "a function definition",
        ast.ClassDef: "a class definition",
        ast.Name: "a variable",
        ast.Attribute: "an attribute",
        ast.JoinedStr: "an f-string",
        ast.BinOp: "an operation",
        ast.Subscript: "an index or slice",
        ast.Lambda: "a lambda",
        ast.ListComp: "a comprehension",
        ast.Assign: "another assignment",
        ast.Expr: "an expression statement",
    }
    return kinds.get(type(node), f"a {type(node).__name__} node")


def _line_of(call: ast.Call, loc: tuple[int | str, ...]) -> int:
    """The line of the argument or list item a pydantic error points at."""
    node: ast.AST = call
    line = call.lineno
    for part in loc:
        if isinstance(node, ast.Call) and isinstance(part, str):
            keyword = next((k for k in node.keywords if k.arg == part), None)
            if keyword is None:
                break
            node, line = keyword.value, keyword.lineno
        elif isinstance(node, ast.List | ast.Tuple) and isinstance(part, int) and 0 <= part < len(node.elts):
            node = node.elts[part]
            line = node.lineno
        else:
            break
    return line


def _message(name: str, values: dict[str, Any], error: ErrorDetails) -> str:
    """``Kind 'id': what is wrong``, in plain words."""
    ident = values.get("id")
    subject = f"{name} '{ident}'" if isinstance(ident, str) else name
    where = ".".join(str(part) for part in error["loc"])
    kind = error["type"]
    if kind == "missing":
        return f"{subject}: missing argument '{where}'"
    if kind == "extra_forbidden":
        fields = ", ".join(KIT_NAMES[name].model_fields) if name in KIT_NAMES else ""
        return f"{subject}: unknown argument '{where}' (allowed: {fields})"
    if kind == "value_error":
        return f"{subject}: {error['msg'].removeprefix('Value error, ')}"
    if kind == "string_pattern_mismatch":
        return f"{subject}: '{where}' must be an id in lowercase letters, digits and hyphens (got {error['input']!r})"
    if kind == "too_short":
        return f"{subject}: '{where}' {error['msg'].lower()}"
    return f"{subject}: '{where}': {error['msg']}" if where else f"{subject}: {error['msg']}"

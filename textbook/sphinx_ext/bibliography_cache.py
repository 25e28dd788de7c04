"""The references formatted once, kept from one build of an output folder to the next (#16).

sphinxcontrib-bibtex formats every reference of every bibliography again at ``env-updated``,
on every build, clean or incremental, whatever changed: this book's 71 references, each twice
(the entry, then the same again for its tooltip), about 0.6 s of every build with the APA style.
Formatting is a pure function of the style's code, the label and the entry, so the engine keeps
its results: at ``builder-inited`` it registers (pybtex's public ``register_plugin``, under the
same name) a subclass of each configured formatting style whose ``format_entry`` returns the
result it stored for the same style, label and entry, and otherwise formats and stores. The
results of a build are kept in ``ff-bibliography.pickle`` beside the doctrees and read back by
the next build of the same output folder.

What a result is stored under: the style (its class, the classes of its name, label and
sorting styles, pybtex's version, and the size and modification time of every module file of
those classes and of what their modules hold, so that an edited or upgraded style formats
again), the label, and the whole entry (key, type, every field in order, every person with all
the parts of the name). A style made with arguments, an entry with anything but text in it, or
a call that passes ``bib_data`` (crossrefs) is formatted as before, not stored. An exception
(a missing field, which sphinxcontrib-bibtex reports as a warning) is never stored, so the
warning comes again on every build. A missing, unreadable or stale file is an empty store.
The file holds what this build used only (an entry that left the book leaves the file), and is
written only after a build without an exception, and only when it changed.

The file is the engine's own build output, like Sphinx's ``environment.pickle`` beside it, so
it is a pickle: each result is stored pickled (pybtex's rich text pickles), and each hit is
unpickled anew, so no two callers share a result object, as before.
"""

from __future__ import annotations

import contextlib
import functools
import os
import pickle
import sys
from dataclasses import dataclass, field
from pathlib import Path
from types import FunctionType, ModuleType
from typing import Any

import pybtex
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment

from textbook.sphinx_ext.shared import restyle

FILE = "ff-bibliography.pickle"
FORMAT = 1  # the file's layout: a file of another layout is an empty store

# what a style's results are stored under, then what a result is stored under
StyleKey = tuple[Any, ...]
EntryKey = tuple[Any, ...]


@dataclass
class Store:
    """The results of one output folder's builds: those the last build kept (``loaded``) and
    those this build used (``used``), each pickled."""

    path: Path
    loaded: dict[StyleKey, dict[EntryKey, bytes]]
    used: dict[StyleKey, dict[EntryKey, bytes]] = field(default_factory=dict)

    def get(self, style: StyleKey, entry: EntryKey) -> bytes | None:
        found = self.used.get(style, {}).get(entry) or self.loaded.get(style, {}).get(entry)
        if isinstance(found, bytes):
            self.used.setdefault(style, {})[entry] = found
            return found
        return None

    def put(self, style: StyleKey, entry: EntryKey, result: bytes) -> None:
        self.used.setdefault(style, {})[entry] = result


_store: Store | None = None  # the store of the build under way, if any


def read_store(path: Path) -> Store:
    """The store kept at ``path``; an empty one when the file is missing, unreadable, of
    another layout or not a store at all."""
    try:
        with path.open("rb") as file:
            data = pickle.load(file)
    except Exception:  # missing, truncated, corrupt: formatted again, as before
        data = None
    if not (isinstance(data, dict) and data.get("format") == FORMAT and isinstance(data.get("styles"), dict)):
        return Store(path, {})
    styles = {style: entries for style, entries in data["styles"].items() if isinstance(entries, dict)}
    return Store(path, styles)


def write_store(store: Store) -> None:
    """Keep what this build used, when it differs from what the file holds; written whole
    to a temporary file first, so a reader never sees half a file."""
    if store.used == store.loaded:
        return
    store.path.parent.mkdir(parents=True, exist_ok=True)
    partial = store.path.with_name(f"{store.path.name}.{os.getpid()}.tmp")
    try:
        with partial.open("wb") as file:
            pickle.dump({"format": FORMAT, "styles": store.used}, file, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(partial, store.path)
    finally:
        partial.unlink(missing_ok=True)


def _module_of(value: object) -> str | None:
    """The name of the module that defines ``value`` (a module, class or function), or its class."""
    if isinstance(value, ModuleType):
        return value.__name__
    owner = value if isinstance(value, type | FunctionType) else type(value)
    name = getattr(owner, "__module__", None)
    return name if isinstance(name, str) else None


@functools.cache
def code_fingerprint(classes: tuple[type, ...]) -> tuple[Any, ...]:
    """pybtex's version, and the size and modification time of the file of every module that
    defines a class of ``classes`` (with its bases), or anything such a module holds (the APA
    style formats editors with a name style its module looked up when it was imported)."""
    modules = {base.__module__ for cls in classes for base in cls.__mro__}
    for name in list(modules):
        module = sys.modules.get(name)
        if module is not None:
            modules.update(filter(None, map(_module_of, vars(module).values())))
    files = []
    for name in sorted(modules):
        path = getattr(sys.modules.get(name), "__file__", None)
        if isinstance(path, str) and os.path.isfile(path):
            stat = os.stat(path)
            files.append((name, stat.st_size, stat.st_mtime_ns))
    return pybtex.__version__, tuple(files)


NAME_PARTS = ("first_names", "middle_names", "prelast_names", "last_names", "lineage_names")


def entry_key(label: object, entry: Any) -> EntryKey | None:
    """What a formatted entry depends on besides the style: the label and the whole entry.
    None when anything in it is not plain text (it is then formatted, not stored)."""
    try:
        fields = tuple(entry.fields.items())
        persons = tuple(
            (role, tuple(tuple(tuple(getattr(person, part)) for part in NAME_PARTS) for person in people))
            for role, people in entry.persons.items()
        )
        key = (label, entry.key, entry.type, entry.original_type, fields, persons)
    except (AttributeError, TypeError):
        return None
    texts = [
        *key[:4],
        *(text for pair in fields for text in pair),
        *(role for role, _ in persons),
        *(name for _, people in persons for person in people for part in person for name in part),
    ]
    return key if all(type(text) is str for text in texts) else None


def with_bibliography_cache(style: type) -> type:
    """``style`` with a ``format_entry`` that returns the stored result of the same label and
    entry during a build (the class itself when it already does)."""
    if getattr(style, "ff_bibliography_cache", False):
        return style

    class Cached(style):
        ff_bibliography_cache = True

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.ff_style_key: StyleKey | None = None
            if not args and not kwargs:  # what sphinxcontrib-bibtex makes; arguments change the results
                helpers = (type(self.name_style), type(self.label_style), type(self.sorting_style))
                self.ff_style_key = (
                    *(f"{cls.__module__}.{cls.__qualname__}" for cls in (style, *helpers)),
                    code_fingerprint((style, *helpers)),
                )

        def format_entry(self, label: Any, entry: Any, bib_data: Any = None) -> Any:
            store, style_key = _store, self.ff_style_key
            key = entry_key(label, entry) if store and style_key and bib_data is None else None
            if not (store and style_key and key):
                return super().format_entry(label, entry, bib_data=bib_data)
            found = store.get(style_key, key)
            if found is not None:
                with contextlib.suppress(Exception):  # a result another pybtex pickled: formatted again
                    return pickle.loads(found)
            formatted = super().format_entry(label, entry)  # an exception goes to the caller, unstored
            with contextlib.suppress(Exception):  # a result that does not pickle is returned, not stored
                store.put(style_key, key, pickle.dumps(formatted, protocol=pickle.HIGHEST_PROTOCOL))
            return formatted

    Cached.__name__ = Cached.__qualname__ = f"Cached{style.__name__}"
    Cached.__module__ = __name__
    return Cached


def register_cached_style(name: str) -> type | None:
    """Register the formatting style pybtex finds under ``name`` again under that name, with
    the cache; return what is registered (None for a style pybtex does not know, which
    sphinxcontrib-bibtex then reports as before)."""
    return restyle(name, with_bibliography_cache)


def _on_builder_inited(app: Sphinx) -> None:
    global _store
    for name in (getattr(app.config, "bibtex_default_style", ""), getattr(app.config, "bibtex_tooltips_style", "")):
        if name:
            register_cached_style(name)
    _store = read_store(Path(app.doctreedir) / FILE)


def _on_env_updated(app: Sphinx, env: BuildEnvironment) -> None:
    """A bibliography's own ``:style:``, before sphinxcontrib-bibtex formats it."""
    domain = env.domains.get("cite")
    for bibliography in getattr(domain, "bibliographies", {}).values():
        register_cached_style(bibliography.style)


def _on_build_finished(app: Sphinx, exception: Exception | None) -> None:
    global _store
    store, _store = _store, None
    if store is not None and exception is None:
        with contextlib.suppress(OSError):  # a folder that cannot be written to: the next build formats again
            write_store(store)


def setup_bibliography_cache(app: Sphinx) -> None:
    app.connect("builder-inited", _on_builder_inited)
    app.connect("env-updated", _on_env_updated, priority=400)  # sphinxcontrib-bibtex's runs at 500
    app.connect("build-finished", _on_build_finished)

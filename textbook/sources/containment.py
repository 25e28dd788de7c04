"""Content is data, and the book is its world.

A pull request that changes only content (``book/``, ``exercises/``, ``editions/``) must not be
able to read, embed, copy or fetch anything outside the book. This module holds the one rule
behind that promise, as pure functions over paths:

- every file that a page names (an include, an image, a download, a linked file) resolves, after
  symbolic links are followed, to a file inside ``book/``;
- nothing is fetched from the network at build time (``:url:`` options, remote images);
- no symbolic link inside a content folder leads out of it;
- every source file is a regular file of bounded size, read as UTF-8 text.

The spine reads every source through :func:`read_source`; :mod:`textbook.rules.content` turns
what the pages name into problems; the Sphinx adapter (``sphinx_ext/containment.py``) runs the
same checks before Sphinx reads a page and again inside the directives at read time.
"""

from __future__ import annotations

import functools
import os
import re
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

PAGES_FOLDER = "book"  # every file a page names lives here
CONTENT_FOLDERS = ("book", "exercises", "editions")  # what a content pull request may change

# Largest source files the engine reads, in bytes. The longest chapter page is about 30 KB.
MAX_PAGE_BYTES = 1_000_000
MAX_MODULE_BYTES = 256_000
MAX_YAML_BYTES = 256_000
MAX_BIBLIOGRAPHY_BYTES = 1_000_000

WEB_SCHEMES = ("http", "https", "mailto", "ftp")  # links MyST treats as external (its default)
SCHEME = re.compile(r"^(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*):")


class UnreadableSource(Exception):
    """A source file the engine refuses to read, with the reason (for ``path:1: reason``)."""


def read_source(path: Path, limit: int, within: Path | None = None) -> str:
    """The text of a source file, refusing what content may not be.

    Refused: a path that leads (through a symbolic link) outside ``within``, anything but a
    regular file (a folder, a device, a pipe, /proc), more than ``limit`` bytes, and text
    that is not UTF-8. Never reads more than ``limit + 1`` bytes.
    """
    if within is not None and not is_inside(path, within):
        raise UnreadableSource(f"leads outside {display_folder(within)} (through a symbolic link): it is not read")
    try:
        info = path.stat()
    except OSError as exc:
        raise UnreadableSource(f"cannot be read: {exc.strerror or exc}") from None
    if not stat.S_ISREG(info.st_mode):
        raise UnreadableSource("is not a regular file: it is not read")
    if info.st_size > limit:
        raise UnreadableSource(
            f"more than the {limit:,} bytes a source file may have ({info.st_size:,}): it is not read"
        )
    with path.open("rb") as stream:
        data = stream.read(limit + 1)
    if len(data) > limit:
        raise UnreadableSource(f"more than the {limit:,} bytes a source file may have: it is not read")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise UnreadableSource("not valid UTF-8 text") from None


def is_inside(path: Path, folder: Path) -> bool:
    """Whether ``path``, with every symbolic link followed, lies inside ``folder`` (also resolved)."""
    try:
        return Path(real_path(path)).is_relative_to(_resolved_folder(str(folder)))
    except (OSError, ValueError):
        return False


# The tables of the open ``paths_resolved_once`` blocks, innermost last, each with its block's
# own marker. A block ends with every block opened after it that is still open: a build's block
# is opened and closed by events, and a build that fails before its closing event leaves its block
# to the block around the build (``textbook build``'s), never to whatever runs next in the
# process. A block already ended that way ends again as a no-op. No block open: resolved afresh.
_OPEN_BLOCKS: list[tuple[object, dict[str, str]]] = []


@contextmanager
def paths_resolved_once(fresh: bool = False) -> Iterator[None]:
    """Within the block, each path (and each folder on the way to it) is resolved once.

    Following a path's links looks at every folder above it (a system call each): a page's
    path was resolved three times as the spine read it, and each time its folders again, most
    of what reading the spine cost in system calls. A block reads the sources as they are at
    one moment (the spine, the rules, the build's checks); a folder replaced by a link while a
    block is open is seen only by the next block. A block inside another shares its table,
    unless ``fresh``; once no block is open, every path is resolved afresh again.
    """
    marker = object()
    _OPEN_BLOCKS.append((marker, {} if fresh or not _OPEN_BLOCKS else _OPEN_BLOCKS[-1][1]))
    try:
        yield
    finally:
        for index, (owner, _) in enumerate(_OPEN_BLOCKS):
            if owner is marker:
                del _OPEN_BLOCKS[index:]  # with the blocks opened inside it and left open
                break


def real_path(path: str | os.PathLike[str]) -> str:
    """``os.path.realpath(path)``: looked up once per block of :func:`paths_resolved_once`."""
    if not _OPEN_BLOCKS:
        return os.path.realpath(path)
    table = _OPEN_BLOCKS[-1][1]
    text = os.fspath(path)
    if not os.path.isabs(text):
        text = os.path.join(os.getcwd(), text)  # as realpath does: getcwd() has no link in it
    found = table.get(text)
    if found is None:
        found = table[text] = _resolve(text, table)
    return found


def _resolve(path: str, table: dict[str, str]) -> str:
    """``os.path.realpath`` of an absolute ``path``, its folder's taken from ``table``.

    realpath follows the path from the root one name at a time, so the real path of
    ``folder/name`` is the folder's real path joined with ``name``, unless that is a link
    (then realpath itself follows it) or a ``..`` (realpath, then, of the whole path)."""
    parent, name = os.path.split(path)
    if name in ("", ".", "..") or parent == path:
        return os.path.realpath(path)
    base = table.get(parent)
    if base is None:
        base = table[parent] = _resolve(parent, table)
    candidate = os.path.join(base, name)
    try:
        is_link = stat.S_ISLNK(os.lstat(candidate).st_mode)
    except OSError:  # nothing there (realpath keeps the name as it is), or a link loop above
        return candidate
    return os.path.realpath(path) if is_link else candidate


@functools.lru_cache(maxsize=64)
def _resolved_folder(folder: str) -> Path:
    """The book's folder with every link followed, resolved once: every source file is checked
    against the same few folders (resolving them again each time was a tenth of `check`)."""
    return Path(os.path.realpath(folder))


def display_folder(folder: Path) -> str:
    return f"{Path(folder).name}/"


@dataclass(frozen=True)
class FileRef:
    """A file that a page names: the construct that names it, its line, the target as written."""

    line: int
    construct: str  # for messages: "{include}", "{csv-table} :file:", "an image", "a link", ...
    target: str
    sphinx_paths: bool = True  # "/x" means the book's root (Sphinx); False: the file system's root (docutils)
    remote_allowed: bool = False  # a link may point at the web; an image or an include may not


def sphinx_path(root: Path, page_path: Path, target: str) -> Path:
    """The file Sphinx reads for ``target`` named on ``page_path``: ``/x`` from the book's root,
    anything else from the page's folder (symbolic links not yet followed)."""
    if target.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:[\\/]", target):  # a drive stays absolute
        return root / target.lstrip("/\\")
    return page_path.parent / target


def target_problem(root: Path, page_path: Path, ref: FileRef) -> str | None:
    """Why ``ref`` may not be used (it leaves the book, or fetches from the network), or None.

    Resolves the target as the construct does: ``/x`` from the book's root for Sphinx's
    directives and MyST's links, from the file system's root for docutils' own options;
    anything else from the page's folder. Symbolic links are followed.
    """
    target = ref.target.strip()
    scheme = SCHEME.match(target)
    if scheme and len(scheme["scheme"]) > 1:  # "C:" on Windows is a drive, not a scheme
        if ref.remote_allowed and scheme["scheme"].lower() in WEB_SCHEMES:
            return None
        if scheme["scheme"].lower() not in ("path", "project"):
            return (
                f"{ref.construct} names '{ref.target}', which would be fetched from the network at build time: "
                "put the file inside book/ and name it by its path"
            )
        target = target[len(scheme[0]) :]
    if target.startswith("<") and target.endswith(">"):
        return f"{ref.construct} names '{ref.target}', one of docutils' own files outside the book: copy what you need into book/"
    path_part = unquote(target.split("#", 1)[0].split("?", 1)[0]) if ref.remote_allowed else unquote(target)
    if not path_part:
        return None
    absolute = path_part.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:[\\/]", path_part)
    if absolute and not ref.sphinx_paths:
        return f"{ref.construct} names '{ref.target}', an absolute path: name a file inside book/ by its path relative to the page"
    candidate = sphinx_path(root, page_path, path_part)
    book = root / PAGES_FOLDER
    if is_inside(candidate, book):
        return None
    through_link = Path(os.path.normpath(os.path.abspath(candidate))).is_relative_to(os.path.abspath(book))
    how = " through a symbolic link" if through_link else ""
    return (
        f"{ref.construct} names '{ref.target}', which leads outside book/{how}: a page may only use files inside book/"
    )


def escaping_links(root: Path) -> list[tuple[Path, str]]:
    """Every symbolic link inside a content folder that leads out of that folder, with where it
    points; and a content folder that is itself a link out of the book's root."""
    found: list[tuple[Path, str]] = []
    for name in CONTENT_FOLDERS:
        folder = root / name
        if folder.is_symlink() and not is_inside(folder, root):
            found.append((folder, os.readlink(folder)))
            continue
        if not folder.is_dir():
            continue
        for current, dirs, files in os.walk(folder, followlinks=False):
            for entry in dirs + files:
                path = Path(current) / entry
                if path.is_symlink() and not is_inside(path, folder):
                    found.append((path, os.readlink(path)))
    return found

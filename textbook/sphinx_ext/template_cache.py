"""The theme's templates compiled once, kept from one build of an output folder to the next (#16).

Jinja compiles each template to Python the first time a process loads it, so every build, clean
or incremental, compiled the theme's templates again (about 0.25 s of an incremental rebuild of
this book). Jinja can keep the compiled code in a bytecode cache; the engine gives the Jinja
environment of each builder that renders templates (HTML, single page, EPUB) a
``FileSystemBytecodeCache`` in ``ff-templates/`` beside the doctrees, at ``builder-inited``,
once Sphinx has made the environment (Jinja's loader asks the environment for its cache each
time it loads a template). Jinja stores each template's code with a checksum of its source and
compiles a template again when its source changed, and stores its own version and Python's
with the code.

The code Jinja generates also depends on how the environment is set up (its extensions, its
delimiters, autoescape, sandboxing): the code is kept in a folder named after a digest of those,
so builders set up differently never read each other's code, and the folders of other set-ups
are removed. A cache file that cannot be read is compiled again; one that cannot be written is
left out.
"""

from __future__ import annotations

import contextlib
import hashlib
import shutil
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemBytecodeCache
from jinja2.bccache import Bucket
from sphinx.application import Sphinx

FOLDER = "ff-templates"
# what the code Jinja generates depends on, besides the template's source
SHAPE = (
    "block_start_string",
    "block_end_string",
    "variable_start_string",
    "variable_end_string",
    "comment_start_string",
    "comment_end_string",
    "line_statement_prefix",
    "line_comment_prefix",
    "trim_blocks",
    "lstrip_blocks",
    "newline_sequence",
    "keep_trailing_newline",
    "optimized",
    "finalize",
    "autoescape",
    "is_async",
    "sandboxed",
    "newstyle_gettext",  # set by the i18n extension, read when a template is compiled
)


class TemplateCache(FileSystemBytecodeCache):
    """Jinja's bytecode cache in a folder, where a file that cannot be read or written is
    compiled again rather than stopping the build."""

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # truncated or corrupt: compiled again, as without a cache
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        with contextlib.suppress(OSError):  # a folder that cannot be written to: the next build compiles again
            super().dump_bytecode(bucket)


def _describe(value: Any) -> str:
    if callable(value):
        return f"{getattr(value, '__module__', '')}.{getattr(value, '__qualname__', type(value).__qualname__)}"
    return repr(value)


def environment_shape(environment: Environment) -> str:
    """A digest of how ``environment`` compiles: its class, its extensions and the settings
    the generated code depends on."""
    parts = [_describe(type(environment))]
    parts += sorted(f"{name}:{extension.priority}" for name, extension in environment.extensions.items())
    parts += [f"{name}={_describe(getattr(environment, name, None))}" for name in SHAPE]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


def use_template_cache(environment: Environment, doctreedir: Path) -> Path | None:
    """Give ``environment`` a bytecode cache under ``doctreedir``; return its folder (None when
    it cannot be made: the templates are then compiled as before)."""
    root = doctreedir / FOLDER
    folder = root / environment_shape(environment)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for other in root.iterdir():
            if other != folder and other.is_dir():
                shutil.rmtree(other, ignore_errors=True)
    except OSError:
        return None
    environment.bytecode_cache = TemplateCache(str(folder))
    return folder


def _on_builder_inited(app: Sphinx) -> None:
    environment = getattr(getattr(app.builder, "templates", None), "environment", None)
    if isinstance(environment, Environment):
        use_template_cache(environment, Path(app.doctreedir))


def setup_template_cache(app: Sphinx) -> None:
    app.connect("builder-inited", _on_builder_inited, priority=900)  # after extensions that add to Jinja

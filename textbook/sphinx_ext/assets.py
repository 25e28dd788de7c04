"""Every static file of the engine, and every filter on a page's scripts and stylesheets.

The engine's browser files live in ``static/`` (added to the HTML builders' static path here,
and nowhere else). Each page gets them in one place, and loses, in one ``html-page-context``
handler, what it does not use:

- the runtime (exercises, progress, the readiness check) on pages with nothing it fills in,
  and a page's own script (the roster's) on every other page;
- scripts from another host (MathJax's CDN) on pages without math: the site works offline;
- Thebe's script, snippet and stylesheet everywhere: the book runs no code, and Jupyter Book
  inlines its snippet twice ("Identifier 'THEBE_JS_URL' has already been declared");
- in the EPUB, every script and all but the EPUB theme's plain stylesheets, which are also
  the only stylesheets of ``_static`` that go into the package;
- the code copy button's files on pages without code (most of the book);
- the SCORM reporter (``ff-scorm.js``) everywhere but on the pages with exercises of a SCORM
  package (``ff_scorm_package``, set by ``export --format scorm``);
- the files of the components Jupyter Book adds to every page, on pages without that
  component (``COMPONENT_ASSETS``): sphinx-design's stylesheet and tab script, sphinx-togglebutton's
  stylesheet, script and snippet, myst-nb's notebook-cell stylesheet (kept with code: it numbers
  code lines). No page of this book uses the first three, and none has a notebook cell: about
  19 KB gzip off every page, which let a 500-chapter book's pages (each carrying the whole
  sidebar) stay within the weight budget.
"""

from __future__ import annotations

import functools
import os
import re
from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx

STATIC = Path(__file__).parent / "static"

# In the order pages load them (deferred scripts run in this order).
RUNTIME_SCRIPTS = (
    "ff-manifest.js",
    "ff-check.js",
    "ff-review.js",  # REVIEW_SCRIPT
    "ff-progress.js",
    "ff-scorm.js",  # SCORM_SCRIPT
    "ff-dom.js",
    "ff-exercises.js",
    "ff-page-progress.js",
    "ff-readiness.js",
)
RUNTIME_STYLESHEETS = ("ff.css", "ff-readiness.css")
# Scripts of one page only, after the runtime (the manifest): loaded where their marker is.
PAGE_SCRIPTS = {
    "ff-roster.js": 'class="ff-roster"',
    "ff-objectives.js": 'class="ff-objectives',  # objectives' states: chapters' ends, Your path, the record
    "ff-review-page.js": 'class="ff-review-session"',
    "ff-record.js": 'class="ff-record"',
}
EVERY_PAGE_SCRIPTS = ("ff-drawers.js",)
EVERY_PAGE_STYLESHEETS = ("ff-theme.css",)
SCORM_SCRIPT = "ff-scorm.js"  # only in a SCORM package's pages (SCORM_CONFIG)
# The review scheduler, in the runtime's order (before ff-progress.js, which uses it when it is
# there), only on pages that answer exercises or show review or objectives: not, for one, on
# the readiness check, which is close to the weight budget.
REVIEW_SCRIPT = "ff-review.js"
REVIEW_MARKERS = ('class="ff-exercise"', 'class="ff-objectives', 'class="ff-review-session"', 'class="ff-record"')
SCORM_CONFIG = "ff_scorm_package"
EXERCISE_MARKER = 'class="ff-exercise"'
COPY_BUTTON_ASSETS = ("clipboard.min.js", "copybutton.js", "copybutton.css")  # sphinx-copybutton: code only
ICONS_STYLESHEET = "ff-icons.css"  # draws the theme's icons without its 1.5 MB script (light_icons.py)
RUNTIME_ASSETS = RUNTIME_SCRIPTS + RUNTIME_STYLESHEETS
# What on a page the runtime fills in: without any of these, a page loads none of it.
RUNTIME_MARKERS = (
    'class="ff-exercise"',
    "before-you-start",
    "ff-chapter-progress",
    'class="ff-path',
    "ff-readiness",
    "ff-progress-tools",
    "ff-continue",
    'class="ff-roster"',
    'class="ff-review-session"',
    'class="ff-record"',
)
THEBE_ASSETS = ("sphinx-thebe.js", "sphinx-thebe.css")
# Each component's files, by the component whose markup a page's body must hold to keep them.
COMPONENT_ASSETS = {
    "sphinx-design.min.css": "design",
    "design-tabs.js": "design tabs",
    "togglebutton.css": "toggle",
    "togglebutton.js": "toggle",
    "togglebutton snippet": "toggle",  # the inline script that sets togglebuttonSelector
    "mystnb.css": "notebook",  # named mystnb.<hash>.css
}
CLASS_ATTRIBUTE = re.compile(r'class="([^"]*)"')
EPUB_STYLESHEETS = ("epub.css", "pygments.css")
STOCK_ASSETS_SWITCH = "FF_STOCK_THEME_ASSETS"  # =1: the theme's own assets (a baseline for benchmarks)


def asset_url(asset: Any) -> str | None:
    """The URL of a script or stylesheet in Sphinx's page context (None for inline scripts)."""
    url = getattr(asset, "filename", asset)
    return str(url) if url else None


def asset_name(asset: Any) -> str:
    """The file name of a script or stylesheet in Sphinx's page context ("" for inline ones)."""
    return _file_name(asset_url(asset) or "")


@functools.lru_cache(maxsize=512)
def _file_name(url: str) -> str:  # the same few dozen assets on every page: named once each
    return Path(url).name


def is_remote(url: str | None) -> bool:
    """Whether an asset is fetched from another host (inline scripts have no URL)."""
    return bool(url) and str(url).startswith(("http://", "https://", "//"))


def is_thebe(asset: Any) -> bool:
    """A Thebe script, stylesheet or inline snippet."""
    return asset_name(asset) in THEBE_ASSETS or "THEBE_JS_URL" in str(getattr(asset, "attributes", {}).get("body", ""))


def component_key(asset: Any) -> str | None:
    """The ``COMPONENT_ASSETS`` key of a component's script, stylesheet or snippet, else None."""
    name = asset_name(asset)
    if name.startswith("mystnb.") and name.endswith(".css"):
        return "mystnb.css"
    if not name and "togglebuttonSelector" in str(getattr(asset, "attributes", {}).get("body", "")):
        return "togglebutton snippet"
    return name if name in COMPONENT_ASSETS else None


def components_used(body: str, code: bool) -> frozenset[str]:
    """The components whose markup a page's body holds (pure): sphinx-design's (an ``sd-``
    class), its tabs, sphinx-togglebutton's (a toggle or a dropdown admonition), myst-nb's (a
    notebook cell, or code, whose line numbers its stylesheet draws)."""
    tokens = {token for value in CLASS_ATTRIBUTE.findall(body) for token in value.split()}
    used = set()
    if any(token.startswith("sd-") or token == "shadow-none" for token in tokens):
        used.add("design")
    if "sd-tab-set" in tokens:
        used.add("design tabs")
    if tokens & {"toggle", "toggle-details", "dropdown"}:
        used.add("toggle")
    if code or any(token.startswith(("cell", "output")) for token in tokens):
        used.add("notebook")
    return frozenset(used)


def needs_runtime(body: str) -> bool:
    """Whether a page has anything the browser runtime fills in (exercises, progress, boxes)."""
    return any(marker in body for marker in RUNTIME_MARKERS)


def kept(
    asset: Any,
    *,
    epub: bool,
    runtime: bool,
    math: bool,
    stock: bool,
    code: bool = True,
    scorm: bool = False,
    body: str = "",
    components: frozenset[str] | None = None,
) -> bool:
    """Whether a page keeps a script or stylesheet (pure); ``components``: those the page uses
    (``components_used``), None to keep every component's files."""
    name = asset_name(asset)
    if epub:
        return name in EPUB_STYLESHEETS
    if name in PAGE_SCRIPTS:
        return PAGE_SCRIPTS[name] in body
    if is_thebe(asset):
        return False
    if not math and is_remote(asset_url(asset)):
        return False
    if stock:
        return True
    if name == SCORM_SCRIPT:  # in a SCORM package, on the pages with exercises to report
        return scorm and EXERCISE_MARKER in body
    if name == REVIEW_SCRIPT and not any(marker in body for marker in REVIEW_MARKERS):
        return False
    if name in COPY_BUTTON_ASSETS and not code:
        return False
    component = component_key(asset)
    if component is not None and components is not None and COMPONENT_ASSETS[component] not in components:
        return False
    return runtime or name not in RUNTIME_ASSETS


def _filter_page_assets(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: nodes.document | None
) -> None:
    epub = app.builder.name.startswith("epub")
    body = str(context.get("body", ""))
    flags = {
        "epub": epub,
        "runtime": needs_runtime(body),
        "math": has_math(app, pagename, doctree),
        "stock": os.environ.get(STOCK_ASSETS_SWITCH) == "1",
        "code": "<pre" in body,
        "scorm": bool(getattr(app.config, SCORM_CONFIG, False)),
    }
    components = components_used(body, code=bool(flags["code"]))
    for key in ("script_files", "css_files"):
        assets = context.get(key)
        if assets is not None:
            context[key] = [asset for asset in assets if kept(asset, **flags, body=body, components=components)]


def has_math(app: Sphinx, pagename: str, doctree: nodes.document | None) -> bool:
    """Whether the page holds math: as Sphinx's math domain recorded it when the page was read
    (a look-up, not a walk of every page's doctree); the doctree walked for a page it did not
    record, and for the single page, whose doctree is the whole book's."""
    if doctree is None:
        return False
    recorded = app.env.domaindata.get("math", {}).get("has_equations", {})
    if app.builder.name != "singlehtml" and isinstance(recorded.get(pagename), bool):
        return bool(recorded[pagename])
    return any(doctree.findall(lambda n: isinstance(n, (nodes.math, nodes.math_block))))


def _add_static_path(app: Sphinx) -> None:
    if app.builder.format == "html":
        app.config.html_static_path.append(str(STATIC))
    if app.builder.name.startswith("epub"):  # the web runtime's files stay out of the EPUB package
        app.config.epub_exclude_files = [
            *app.config.epub_exclude_files,
            *(f"_static/{path.name}" for path in STATIC.iterdir()),
        ]


def _epub_keeps_only_its_stylesheets(app: Sphinx) -> list[Any]:
    """Before the EPUB lists its files: the stylesheets and scripts of _static, but its own two
    stylesheets, stay out of the package (the theme's, the extensions' and the runtime's)."""
    if app.builder.name.startswith("epub"):
        static = Path(app.outdir) / "_static"
        unused = [
            f"_static/{path.relative_to(static).as_posix()}"
            for path in sorted(static.rglob("*"))
            if path.is_file() and path.suffix in (".css", ".js") and path.name not in EPUB_STYLESHEETS
        ]  # images stay: epub.css draws with a few of them
        app.config.epub_exclude_files = [*app.config.epub_exclude_files, *unused]
    return []  # no page of its own


def setup_assets(app: Sphinx) -> None:
    app.add_config_value(SCORM_CONFIG, False, "html", bool)
    app.connect("builder-inited", _add_static_path)
    app.connect("html-collect-pages", _epub_keeps_only_its_stylesheets)
    for script in RUNTIME_SCRIPTS + EVERY_PAGE_SCRIPTS + tuple(PAGE_SCRIPTS):
        app.add_js_file(script, loading_method="defer")
    for stylesheet in RUNTIME_STYLESHEETS + EVERY_PAGE_STYLESHEETS:
        app.add_css_file(stylesheet)
    if os.environ.get(STOCK_ASSETS_SWITCH) != "1":
        app.add_css_file(ICONS_STYLESHEET)
    # after the themes (500) and sphinx-book-theme's header buttons (501)
    app.connect("html-page-context", _filter_page_assets, priority=900)

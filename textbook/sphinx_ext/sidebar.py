"""The sidebar's navigation, rendered once per build instead of once or twice per page.

sphinx-book-theme's ``sbt-sidebar-nav.html`` asks pydata-sphinx-theme for the whole book's
navigation on every page (and once more for its empty-sidebar check), so a clean build grows
with the square of the book. Our copy of that template (``templates/sidebar/``) renames the one
call to ``ff_sidebar_nav``, which renders the theme's own markup once per build and fills it in
per page:

1. The theme renders the navigation twice, through its own code, for a page that is nowhere
   in the toc: once with nothing marked current, once with every entry marked current (Sphinx
   marks a page's branch by comparing each entry with the page's name; here the name equals
   every entry). Link targets come out as numbered markers instead of relative addresses.
2. The two renders differ only in some start tags (``current`` and ``active`` classes, an open
   ``<details>``). Each such tag becomes a slot: the ``<a>`` of an entry is on for its own
   page, any other tag for every page under the nearest ``<li>`` or ``<ul>`` around it
   (including pages below the sidebar's depth, found through Sphinx's toctree includes).
3. For each page, the markers become ``relative_uri`` addresses from the page's folder (``#``
   for the page itself, as Sphinx writes it) and the slots of its branch are switched on.

Any other call, builder or page (the 404 page's absolute links, ``collapse``, the single page)
goes to the theme; a page none of whose calls can be served (the 404 page) is given the theme's
own template, so its navigation is rendered as in a stock build, without the engine in the way.
If the theme's template no longer matches ours, or its markup no longer lines up, the build
stops with an error instead of writing a wrong sidebar. ``FF_STOCK_SIDEBAR=1``
switches this off: the theme then renders every page's sidebar itself (the equality tests
compare both builds byte for byte).
"""

from __future__ import annotations

import os
import posixpath
import re
from collections import OrderedDict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from docutils import nodes
from jinja2 import BaseLoader, PrefixLoader, TemplateNotFound, pass_context
from sphinx.application import Sphinx
from sphinx.builders import Builder
from sphinx.builders.html import StandaloneHTMLBuilder
from sphinx.config import Config
from sphinx.errors import ExtensionError
from sphinx.util.osutil import relative_uri

from textbook.sphinx_ext.accessibility import name_soup_toggles

STOCK_SIDEBAR_SWITCH = "FF_STOCK_SIDEBAR"  # =1: the theme renders the sidebar on every page
TEMPLATES = Path(__file__).parent / "templates" / "sidebar"
TEMPLATE = "sbt-sidebar-nav.html"
THEIRS = "ff-theme/" + TEMPLATE  # the theme's own template, under a name ours does not shadow
RENAMED = ("generate_toctree_html(", "ff_sidebar_nav(")
_COMMENT = re.compile(r"\A\{#-.*?-#\}\s*", re.DOTALL)
_MARKER = "ff-sidebar-slot-{}-"
_MARKERS = re.compile(r"ff-sidebar-slot-(\d+)-")
_TAG = re.compile(r"(<[^>]*>)")
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_NOWHERE = "\x00ff-sidebar-nowhere"  # a page name no document has: nothing is current
_FOLDERS_KEPT = 16  # pages are written folder by folder: a few folders' addresses suffice


class _Everywhere(str):
    """A page name equal to every name, so that Sphinx marks every entry's branch current."""

    __slots__ = ()
    __hash__ = str.__hash__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, str)

    def __ne__(self, other: object) -> bool:
        return not isinstance(other, str)


class _MarkingBuilder:
    """The real builder, except that a link to a page is a numbered marker, and each node's
    classes are kept once (an entry marked current by many pages would repeat ``current``)."""

    def __init__(self, builder: Builder, targets: list[str]) -> None:
        self._builder = builder
        self._targets = targets

    def __getattr__(self, name: str) -> Any:
        return getattr(self._builder, name)

    def get_relative_uri(self, from_: str, to: str, typ: str | None = None) -> str:
        if to not in self._targets:
            self._targets.append(to)
        return _MARKER.format(self._targets.index(to))

    def render_partial(self, node: Any) -> dict[str, str]:
        if node is not None:
            for element in node.findall(nodes.Element):
                element["classes"] = list(dict.fromkeys(element["classes"]))
        return self._builder.render_partial(node)  # type: ignore[attr-defined]


class SidebarTemplateError(ExtensionError):
    """The theme changed under the sidebar cache: review templates/sidebar/ and sidebar.py."""


class _Rendered:
    """The navigation of one call, as literal pieces with slots filled per page."""

    def __init__(self, off: str, on: str, targets: list[str], includes: dict[str, list[str]]) -> None:
        off_tokens, on_tokens = _TAG.split(off), _TAG.split(on)
        if len(off_tokens) != len(on_tokens):
            raise SidebarTemplateError("the theme's sidebar markup changed: its current marks are no longer attributes")
        self.targets = targets
        self.pieces: list[str] = []
        self.hrefs: list[tuple[int, str]] = []  # (piece, page it links to)
        self.own: dict[str, list[int]] = {}  # page -> pieces that link to it ("#" on that page)
        self.marks: dict[str, list[tuple[int, str]]] = {}  # page -> (piece, its text on that page)
        stack: list[tuple[str, set[str]]] = []  # open elements, with the pages linked inside them
        owners: list[tuple[int, str, set[str] | str]] = []  # (piece, on text, li/ul pages or own page)
        for index, (quiet, loud) in enumerate(zip(off_tokens, on_tokens, strict=True)):
            if index % 2 == 0 or not quiet.startswith("<"):  # text between tags
                if quiet != loud:
                    raise SidebarTemplateError("the theme's sidebar text depends on the current page")
                self._literal(quiet)
                continue
            name = re.match(r"</?([a-zA-Z0-9]+)", quiet)
            tag = name.group(1).lower() if name else ""
            if quiet.startswith("</"):
                while stack and stack.pop()[0] != tag:
                    pass
                self._literal(quiet)
                continue
            opened = (tag, set[str]())
            if tag not in _VOID and not quiet.endswith("/>"):
                stack.append(opened)
            linked = [targets[int(number)] for number in _MARKERS.findall(quiet)]
            if tag == "a":
                for _, pages in stack:
                    pages.update(linked)
            if quiet == loud:
                self._literal(quiet)
                continue
            start = _common_prefix(quiet, loud)
            end = _common_prefix(quiet[start:][::-1], loud[start:][::-1])
            middle_off, middle_on = quiet[start : len(quiet) - end], loud[start : len(loud) - end]
            if _MARKERS.search(middle_off) or _MARKERS.search(middle_on):
                raise SidebarTemplateError("the theme's sidebar links depend on the current page")
            self._literal(quiet[:start])
            if tag == "a":
                owner: set[str] | str = linked[0] if len(linked) == 1 else ""
            else:
                around = [pages for open_tag, pages in reversed(stack) if open_tag in ("li", "ul")]
                if not around:
                    raise SidebarTemplateError(f"the theme marks a <{tag}> outside any list item as current")
                owner = around[0]
            owners.append((len(self.pieces), middle_on, owner))
            self.pieces.append(middle_off)
            self._literal(quiet[len(quiet) - end :])
        below = _descendants(includes)
        for piece, text, owner in owners:
            pages = {owner} if isinstance(owner, str) else {low for page in owner for low in below(page)}
            for page in pages:
                if page:
                    self.marks.setdefault(page, []).append((piece, text))
        self._folders: OrderedDict[str, list[str]] = OrderedDict()

    def _literal(self, text: str) -> None:
        position = 0
        for match in _MARKERS.finditer(text):
            self.pieces.append(text[position : match.start()])
            page = self.targets[int(match.group(1))]
            self.hrefs.append((len(self.pieces), page))
            self.own.setdefault(page, []).append(len(self.pieces))
            self.pieces.append("")
            position = match.end()
        self.pieces.append(text[position:])

    def for_page(self, builder: Builder, pagename: str) -> str:
        """The navigation as the theme would render it on ``pagename``."""
        here = builder.get_target_uri(pagename)
        folder = posixpath.dirname(here)
        pieces = self._folders.get(folder)
        if pieces is None:
            base = posixpath.join(folder, _NOWHERE)  # a file in the page's folder that no link names
            pieces = list(self.pieces)
            for piece, page in self.hrefs:
                pieces[piece] = relative_uri(base, builder.get_target_uri(page))
            self._folders[folder] = pieces
            if len(self._folders) > _FOLDERS_KEPT:
                self._folders.popitem(last=False)
        else:
            self._folders.move_to_end(folder)
        filled = list(pieces)
        for piece in self.own.get(pagename, ()):
            filled[piece] = "#"  # Sphinx's link from a page to itself
        for piece, text in self.marks.get(pagename, ()):
            filled[piece] = text
        return "".join(filled)


def _common_prefix(first: str, second: str) -> int:
    """How many characters the two strings share at their start."""
    length = 0
    for one, other in zip(first, second, strict=False):
        if one != other:
            break
        length += 1
    return length


def _descendants(includes: dict[str, list[str]]) -> Callable[[str], Iterable[str]]:
    """A page and every page its toctrees include, at any depth (memoized)."""
    found: dict[str, set[str]] = {}

    def below(page: str) -> Iterable[str]:
        if page not in found:
            found[page] = {page}
            seen, todo = found[page], list(includes.get(page, ()))
            while todo:
                child = todo.pop()
                if child not in seen:
                    seen.add(child)
                    todo.extend(includes.get(child, ()))
        return found[page]

    return below


class SidebarCache:
    """One build's rendered navigation, per call of the template (its arguments)."""

    def __init__(self, app: Sphinx, theme_has_template: bool = False) -> None:
        self.app = app
        self.theme_has_template = theme_has_template
        self.rendered: dict[tuple[Any, ...], _Rendered] = {}
        self.last: tuple[tuple[Any, ...], str, str] | None = None

    def offer(self, context: dict[str, Any]) -> None:
        """Give a page's template ``ff_sidebar_nav`` (a call it cannot serve goes to the theme);
        a page none of whose calls it can serve gets the theme's own template instead, so that
        its navigation is rendered as in a stock build, without the engine in the way."""
        context["ff_sidebar_nav"] = self.render
        sidebars = context.get("sidebars")
        if self.theme_has_template and isinstance(sidebars, list | tuple) and not self.serves(context):
            context["sidebars"] = [THEIRS if name == TEMPLATE else name for name in sidebars]

    def serves(self, ctx: Any) -> bool:
        """Whether the page of this context can have its navigation from the cache: the html
        builder's own, with the builder's own ``toctree()`` (not a replacement such as the 404
        page's, whose links are absolute)."""
        builder = self.app.builder
        toctree = ctx.get("toctree")
        return (
            isinstance(builder, StandaloneHTMLBuilder)
            and type(builder)._get_local_toctree is StandaloneHTMLBuilder._get_local_toctree
            and type(builder).get_relative_uri is Builder.get_relative_uri
            and getattr(toctree, "__module__", "") == StandaloneHTMLBuilder.__module__
            and getattr(toctree, "__qualname__", "").startswith("StandaloneHTMLBuilder.")
        )

    def _cacheable(self, ctx: Any, kind: str, startdepth: int, kwargs: dict[str, Any]) -> bool:
        return (
            kind == "sidebar"
            and startdepth == 0
            and kwargs.get("collapse") is False
            and int(kwargs.get("maxdepth") or 0) > 0
            and self.serves(ctx)
        )

    @pass_context
    def render(self, ctx: Any, kind: str, startdepth: int = 1, show_nav_level: int = 1, **kwargs: Any) -> Any:
        """``ff_sidebar_nav``: the theme's ``generate_toctree_html``, rendered once per build."""
        if not self._cacheable(ctx, kind, startdepth, kwargs):
            return ctx["generate_toctree_html"](kind, startdepth=startdepth, show_nav_level=show_nav_level, **kwargs)
        key = (kind, startdepth, show_nav_level, tuple(sorted(kwargs.items())))
        pagename = ctx["pagename"]
        if self.last is not None and self.last[:2] == (key, pagename):  # the empty check, then the page
            return self.last[2]
        if key not in self.rendered:
            self.rendered[key] = self._render(ctx, kind, startdepth, show_nav_level, kwargs)
        html = self.rendered[key].for_page(self.app.builder, pagename)
        self.last = (key, pagename, html)
        return html

    def _render(self, ctx: Any, kind: str, startdepth: int, show_nav_level: int, kwargs: dict[str, Any]) -> _Rendered:
        from pydata_sphinx_theme.toctree import add_toctree_functions  # type: ignore[import-untyped]

        targets: list[str] = []
        marking = _MarkingBuilder(self.app.builder, targets)

        def through_theme(pagename: str) -> str:
            context = dict(ctx.get_all())
            context["pagename"] = pagename
            context["toctree"] = lambda **toctree_kwargs: StandaloneHTMLBuilder._get_local_toctree(
                marking,  # type: ignore[arg-type]
                pagename,
                **toctree_kwargs,
            )
            add_toctree_functions(self.app, pagename, ctx.get("templatename", "page.html"), context, None)
            soup = context["generate_toctree_html"](
                kind, startdepth=startdepth, show_nav_level=show_nav_level, **kwargs
            )
            return str(name_soup_toggles(soup)) if hasattr(soup, "find_all") else str(soup)

        off = through_theme(_NOWHERE)
        on = through_theme(_Everywhere(_NOWHERE))
        if targets and off == on:
            raise SidebarTemplateError("Sphinx no longer marks the current page's branch as this module expects")
        return _Rendered(off, on, targets, self.app.env.toctree_includes)


def check_template(app: Sphinx) -> BaseLoader | None:
    """Stop the build if the theme's template is no longer the one ours renames a call of;
    the loader that holds the theme's (None for a theme without it)."""
    templates = getattr(app.builder, "templates", None)
    loaders = getattr(templates, "loaders", None)
    if templates is None or loaders is None:
        return None
    ours = (TEMPLATES / TEMPLATE).read_text(encoding="utf-8")
    source = None
    for loader in loaders:
        if Path(getattr(loader, "searchpath", [""])[0]).resolve() == TEMPLATES.resolve():
            continue
        try:
            source = loader.get_source(templates.environment, TEMPLATE)[0]
            break
        except TemplateNotFound:
            continue
    if source is None:
        if "sphinx_book_theme" in str(app.config.html_theme):
            raise SidebarTemplateError(
                f"sphinx-book-theme no longer has {TEMPLATE}: review textbook/sphinx_ext/sidebar.py"
            )
        return None  # another theme (the EPUB's): our template is never asked for
    expected = _COMMENT.sub("", ours, count=1).replace(RENAMED[1], RENAMED[0])
    if source != expected:
        raise SidebarTemplateError(
            f"sphinx-book-theme's {TEMPLATE} changed: update textbook/sphinx_ext/templates/sidebar/{TEMPLATE} "
            "from it (renaming generate_toctree_html to ff_sidebar_nav) and run tests/sphinx_ext/test_sidebar.py"
        )
    return loader


def setup_sidebar(app: Sphinx) -> None:
    if os.environ.get(STOCK_SIDEBAR_SWITCH) == "1":
        return
    cache: dict[str, SidebarCache] = {}

    def add_templates(app: Sphinx, config: Config) -> None:
        config.templates_path = [str(TEMPLATES), *config.templates_path]  # before the theme's own

    def start(app: Sphinx) -> None:
        theirs = check_template(app)
        if theirs is not None:  # the theme's own template, asked for as THEIRS
            app.builder.templates.loaders.append(PrefixLoader({THEIRS.split("/")[0]: theirs}))
        # one per build: a page added or retitled shows everywhere
        cache["build"] = SidebarCache(app, theme_has_template=theirs is not None)

    def offer(app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any) -> None:
        cache["build"].offer(context)

    app.connect("config-inited", add_templates)
    app.connect("builder-inited", start)
    # after sphinx-notfound-page gives the 404 page its toctree (400), before the theme's
    # empty-sidebar check (500)
    app.connect("html-page-context", offer, priority=450)

"""The book's settings in ``_config.yml`` that outputs other than the site need: its title, and
the published site's address, where a page of the book lives on the web (for the files that link
to it from elsewhere: a course cartridge, quiz questions, reading lists)."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from textbook.sources.containment import MAX_YAML_BYTES, UnreadableSource, read_source
from textbook.sources.yamlsource import YamlSyntaxError, parse_yaml

CONFIG_FILE = "_config.yml"
DEFAULT_TITLE = "Foundations First"
SITE_URL_OPTION = "--site-url"


class SiteAddressError(Exception):
    """The published site's address is missing or is not an address a browser can open."""


def book_config(root: Path) -> dict[str, Any]:
    """``_config.yml`` as data; an empty mapping when it is missing or unreadable (the build
    reports those faults; an export only falls back to its defaults)."""
    try:
        data = parse_yaml(read_source(Path(root) / CONFIG_FILE, MAX_YAML_BYTES)).data
    except (UnreadableSource, YamlSyntaxError):
        return {}
    return data if isinstance(data, dict) else {}


def book_title(root: Path) -> str:
    """The book's title from ``_config.yml``."""
    title = book_config(root).get("title")
    return title.strip() if isinstance(title, str) and title.strip() else DEFAULT_TITLE


def configured_site_url(root: Path) -> str | None:
    """``html.baseurl`` from ``_config.yml``, when it is set."""
    html = book_config(root).get("html")
    value = html.get("baseurl") if isinstance(html, dict) else None
    return value.strip() if isinstance(value, str) and value.strip() else None


def site_url(root: Path, given: str | None = None) -> str:
    """The published site's address, ending in ``/``: ``given`` (``--site-url``), else
    ``html.baseurl`` in ``_config.yml``. Raises SiteAddressError when there is neither, or when
    the address is not an absolute http(s) address, so that no output is written with links
    that lead nowhere."""
    value = (given or "").strip() or configured_site_url(root)
    if not value:
        raise SiteAddressError(
            "the published site's address is needed to link to its pages: pass "
            f"{SITE_URL_OPTION} https://... (where the book is published) or set html.baseurl in {CONFIG_FILE}"
        )
    where = SITE_URL_OPTION if (given or "").strip() else f"html.baseurl in {CONFIG_FILE}"
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc or any(ch.isspace() for ch in value):
        raise SiteAddressError(f"{where}: '{value}' is not a web address; give one such as https://example.org/book/")
    if parts.query or parts.fragment:
        raise SiteAddressError(f"{where}: '{value}' has a query or a fragment; give the site's folder address")
    return value if value.endswith("/") else value + "/"


def known_site_url(root: Path, given: str | None = None) -> str | None:
    """The published site's address as :func:`site_url` gives it, or None when neither
    ``given`` nor ``html.baseurl`` is set: for outputs that still serve without links (a
    reading list, quiz questions that name their page instead). An address that is set but
    unusable still raises SiteAddressError."""
    if not (given or "").strip() and configured_site_url(root) is None:
        return None
    return site_url(root, given)


def page_url(site: str, docname: str, anchor: str = "") -> str:
    """The address of the page ``docname`` (``book/foundations/06-boundaries/index``) on the
    published site ``site`` (as :func:`site_url` returns it), with an optional anchor (pure)."""
    url = site + quote(docname) + ".html"
    return f"{url}#{quote(anchor)}" if anchor else url

"""The published site's address: taken from --site-url or html.baseurl, refused when missing or
not a web address, and page addresses built from it."""

from __future__ import annotations

from pathlib import Path

import pytest

from textbook.model.site import SiteAddressError, book_title, known_site_url, page_url, site_url


def _book(tmp_path: Path, config: str) -> Path:
    (tmp_path / "_config.yml").write_text(config, encoding="utf-8")
    return tmp_path


def test_the_given_address_wins_and_ends_with_a_slash(tmp_path: Path) -> None:
    root = _book(tmp_path, "title: T\nhtml:\n  baseurl: https://configured.example/book/\n")
    assert site_url(root, "https://given.example/ff") == "https://given.example/ff/"
    assert site_url(root) == "https://configured.example/book/"


def test_without_an_address_it_says_how_to_give_one(tmp_path: Path) -> None:
    root = _book(tmp_path, "title: T\n")
    with pytest.raises(SiteAddressError, match=r"--site-url https://\.\.\..*html\.baseurl in _config\.yml"):
        site_url(root)
    with pytest.raises(SiteAddressError):
        site_url(tmp_path / "missing", "  ")


@pytest.mark.parametrize(
    "address",
    ["example.org/book", "ftp://example.org/", "javascript:alert(1)", "https://", "https://a.example/x y", "/book/"],
)
def test_an_address_a_browser_cannot_open_is_refused(tmp_path: Path, address: str) -> None:
    with pytest.raises(SiteAddressError, match=r"--site-url: .* is not a web address"):
        site_url(_book(tmp_path, "title: T\n"), address)


def test_a_bad_configured_address_names_the_setting(tmp_path: Path) -> None:
    root = _book(tmp_path, "html:\n  baseurl: 'https://a.example/?q=1'\n")
    with pytest.raises(SiteAddressError, match=r"html\.baseurl in _config\.yml: .* query or a fragment"):
        site_url(root)


def test_an_address_is_optional_where_an_output_can_do_without_links(tmp_path: Path) -> None:
    root = _book(tmp_path, "title: T\n")
    assert known_site_url(root) is None and known_site_url(root, "  ") is None
    assert known_site_url(root, "https://given.example") == "https://given.example/"
    with pytest.raises(SiteAddressError, match=r"--site-url: 'example\.org' is not a web address"):
        known_site_url(root, "example.org")
    configured = _book(tmp_path, "html:\n  baseurl: 'ftp://a.example/'\n")
    with pytest.raises(SiteAddressError, match=r"html\.baseurl in _config\.yml: .* is not a web address"):
        known_site_url(configured)


def test_page_addresses_are_quoted_and_keep_the_folder() -> None:
    site = "https://example.org/ff/"
    assert page_url(site, "book/foundations/06-boundaries/index") == site + "book/foundations/06-boundaries/index.html"
    assert page_url(site, "book/a page", "a b") == site + "book/a%20page.html#a%20b"


def test_the_title_falls_back_when_the_config_cannot_be_read(tmp_path: Path) -> None:
    assert book_title(_book(tmp_path, "title: '  My book '\n")) == "My book"
    assert book_title(_book(tmp_path, "title: &a x\n")) == "Foundations First"  # anchors are refused
    assert book_title(tmp_path / "missing") == "Foundations First"

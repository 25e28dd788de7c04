"""The small inline markup that exercise text may use, parsed as data (never as HTML).

Supported: ``*emphasis*``, ``**strong**``, ```code```, ``[text](url)`` (http, https, mailto
or a relative link). Nothing nests. Any other character, ``<`` included, is plain text. The
browser runtime's ``FFCheck.inline`` tokenizes the same way.
"""

from __future__ import annotations

import re

TOKEN = re.compile(
    r"\*\*(?P<strong>.+?)\*\*|\*(?P<em>.+?)\*|`(?P<code>[^`]+)`|\[(?P<label>[^\[\]]+)\]\((?P<url>[^()\s]+)\)"
)
SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
SAFE_SCHEMES = {"http", "https", "mailto"}


def is_safe_url(url: str) -> bool:
    """Web, mail and relative links only: never ``javascript:`` or ``data:``."""
    scheme = SCHEME.match(url)
    return scheme is None or scheme[1].lower() in SAFE_SCHEMES


def inline_tokens(text: str) -> list[tuple[str, str, str]]:
    """``(kind, text, url)`` tokens: kind is text, em, strong, code or link (pure)."""
    tokens: list[tuple[str, str, str]] = []
    position = 0
    for match in TOKEN.finditer(text):
        if match.start() > position:
            tokens.append(("text", text[position : match.start()], ""))
        if match["strong"] is not None:
            tokens.append(("strong", match["strong"], ""))
        elif match["em"] is not None:
            tokens.append(("em", match["em"], ""))
        elif match["code"] is not None:
            tokens.append(("code", match["code"], ""))
        elif is_safe_url(match["url"]):
            tokens.append(("link", match["label"], match["url"]))
        else:
            tokens.append(("text", match["label"], ""))
        position = match.end()
    if position < len(text):
        tokens.append(("text", text[position:], ""))
    return tokens


def plain_text(text: str) -> str:
    """The text without its markup, for places that take plain text (labels, exports)."""
    return "".join(token[1] for token in inline_tokens(text))

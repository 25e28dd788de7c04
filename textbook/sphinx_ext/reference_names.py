"""Authors' names in the reference list as APA 7 writes them: the lineage (Jr., III) after the initials.

The book's references use the APA style of pybtex-apa7-style, which names authors with pybtex's
``lastfirst`` name style: BibTeX's order, "von Last, Jr, First". APA 7 puts the lineage last,
after the initials: "Roediger, H. L., III, & Karpicke, J. D." (APA 7th edition), where the
stock style printed "Roediger, III, H. L.". The engine has a name style that differs from
``lastfirst`` only in that order, and registers the APA style again under its own name
(``apa7``, pybtex's public ``register_plugin``) with that name style as its default, at set-up,
before the bibliography cache wraps the style it finds. The default is the name style's class
(pybtex takes a class where it takes a name), not a plugin registered under a name of its own,
which would be one more plugin to register and look up. Names without a lineage come out as
before; in-text citations (the label style) and editors (``firstlast``) are untouched.
"""

from __future__ import annotations

from typing import Any

from pybtex.style.names import BaseNameStyle, name_part
from pybtex.style.template import join
from sphinx.application import Sphinx

from textbook.sphinx_ext.shared import restyle

APA_STYLE = "apa7"  # pybtex-apa7-style's name for its style, which the book's _config.yml sets


class LineageLast(BaseNameStyle):
    """ "von Last, F. M., Jr.": ``lastfirst`` with the lineage after the given names."""

    def format(self, person: Any, abbr: bool = False) -> Any:
        return join[
            name_part(tie=True)[person.rich_prelast_names],
            name_part[person.rich_last_names],
            name_part(before=", ", abbr=abbr)[person.rich_first_names + person.rich_middle_names],
            name_part(before=", ")[person.rich_lineage_names],
        ]


def with_lineage_last(style: type) -> type:
    """``style`` naming authors with :class:`LineageLast` by default (the class itself when it
    already does); pybtex takes a name style's class where it takes its name."""
    if getattr(style, "default_name_style", None) is LineageLast:
        return style
    return type(style.__name__, (style,), {"default_name_style": LineageLast, "__module__": __name__})


def register_apa_names() -> type | None:
    """Register the APA style again with the name style; return the APA style now registered
    (None when pybtex-apa7-style is not installed: nothing is changed)."""
    return restyle(APA_STYLE, with_lineage_last)


def setup_reference_names(app: Sphinx) -> None:
    register_apa_names()  # at set-up: before the bibliography cache, at builder-inited, wraps the style

"""The front-matter schemas of foundation chapters and practice-toolkit cards (pydantic)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictStr, StringConstraints

from textbook.kit.ids import Slug

Text = Annotated[StrictStr, StringConstraints(min_length=1, strip_whitespace=True)]

# Keys that mean something only on a chapter's first page or on a card.
ORDER_KEYS = ("requires", "objectives", "builds_on", "status")


# Keys that would change how Sphinx reads a page: MyST's settings (and its Jinja substitutions),
# notebook kernels and execution (myst-nb, Jupytext). Content may not set them.
PARSER_KEYS = ("myst", "substitutions", "jupytext", "kernelspec", "file_format", "mystnb", "execution")


HtmlMeta = dict[StrictStr, StrictStr]  # name -> content; http-equiv keys are refused by containment


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Objective(_Strict):
    """A learning objective: a stable id (exercises point at it) and its text."""

    id: Slug
    text: Text


class ChapterMeta(_Strict):
    """Front matter of a foundation chapter's first page (``index.md``)."""

    chapter: Slug
    requires: list[Slug] = Field(default_factory=list)
    objectives: list[Objective] = Field(min_length=1)
    status: Literal["in-preparation"] | None = None
    title: StrictStr | None = None
    html_meta: HtmlMeta | None = None


class CardMeta(_Strict):
    """Front matter of a practice-toolkit card."""

    card: Slug
    builds_on: list[Slug] = Field(min_length=1)
    title: StrictStr | None = None
    html_meta: HtmlMeta | None = None


class PageMeta(_Strict):
    """Front matter of any other page: a title and HTML descriptions at most."""

    title: StrictStr | None = None
    html_meta: HtmlMeta | None = None

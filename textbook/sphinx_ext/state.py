"""The spine of the book being built, read once per build and shared by the features."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from pathlib import Path
from weakref import WeakKeyDictionary

from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment

from textbook.commands.build import take_handed_over_spine
from textbook.model.spine import Spine, load_spine

_SPINES: WeakKeyDictionary[Sphinx, Spine] = WeakKeyDictionary()
_HANDED_OVER: WeakKeyDictionary[Sphinx, Spine] = WeakKeyDictionary()  # taken from `textbook build`


def reload_spine(app: Sphinx) -> Spine:
    """Read the spine from the sources at the start of every build (or take the one `textbook
    build` read and checked a moment before for this book: the sources are read once)."""
    handed_over = take_handed_over_spine(Path(app.srcdir))
    if handed_over is not None:
        _HANDED_OVER[app] = handed_over
    else:
        _HANDED_OVER.pop(app, None)
    _SPINES[app] = handed_over or load_spine(Path(app.srcdir))
    return _SPINES[app]


def refusals_already_checked(app: Sphinx) -> bool:
    """Whether this build's spine is the one `textbook build` handed over, which it hands over
    only once the containment rules (``refusals``) found nothing in it: they need not run again
    on the same spine. A build started any other way runs them itself."""
    spine = _SPINES.get(app)
    return spine is not None and _HANDED_OVER.get(app) is spine


def current_spine(app: Sphinx) -> Spine:
    """The spine read at the start of this build (read now if it was not)."""
    return _SPINES.get(app) or reload_spine(app)


# A page made from the spine's facts (the glossary gathers every page's terms) is read again when
# those facts change, and only then: Sphinx's own dependencies are files, and depending on every
# page's file read the page again whenever any page changed at all.
SPINE_FACTS = "ff_spine_facts"  # on the environment: docname -> {fact: the value the page was read with}
_FACT_MAKERS: dict[str, Callable[[Spine], Hashable]] = {}


def register_spine_fact(fact: str, make: Callable[[Spine], Hashable]) -> None:
    """Name ``make`` (pure: the same spine, the same value) as the way to compute ``fact``; a
    feature registers its facts in its ``setup_*``, before any build compares them."""
    _FACT_MAKERS[fact] = make


def depend_on_spine_fact(env: BuildEnvironment, fact: str) -> Hashable:
    """The registered ``fact`` of this build's spine, for the page being read, remembered so
    that the page is read again when it changes."""
    value = _FACT_MAKERS[fact](current_spine(env.app))
    facts = getattr(env, SPINE_FACTS, {})
    facts.setdefault(env.docname, {})[fact] = value
    setattr(env, SPINE_FACTS, facts)
    return value


def _pages_with_changed_facts(
    app: Sphinx, env: BuildEnvironment, added: set[str], changed: set[str], removed: set[str]
) -> list[str]:
    spine = current_spine(app)
    outdated = []
    for docname, facts in getattr(env, SPINE_FACTS, {}).items():
        # a fact with no registered maker (an engine update renamed it) counts as changed
        if docname not in removed and any(
            fact not in _FACT_MAKERS or _FACT_MAKERS[fact](spine) != value for fact, value in facts.items()
        ):
            outdated.append(docname)
    return outdated


def _forget(app: Sphinx, env: BuildEnvironment, docname: str) -> None:
    getattr(env, SPINE_FACTS, {}).pop(docname, None)


def _merge(app: Sphinx, env: BuildEnvironment, docnames: set[str], other: BuildEnvironment) -> None:
    facts = getattr(env, SPINE_FACTS, {})
    facts.update({name: kept for name, kept in getattr(other, SPINE_FACTS, {}).items() if name in docnames})
    setattr(env, SPINE_FACTS, facts)


def setup_state(app: Sphinx) -> None:
    app.connect("env-get-outdated", _pages_with_changed_facts)
    app.connect("env-purge-doc", _forget)
    app.connect("env-merge-info", _merge)

"""Foundations First engine: the spine of the book, its order rules, and their adapters.

The engine never imports content, and content never imports Sphinx: the rules are pure
functions over the spine, and :mod:`textbook.sphinx_ext` is a thin adapter around them.
"""

__version__ = "0.1.0"

"""Words the engine prints, in one place: counts with the right plural."""

from __future__ import annotations


def count(number: int, noun: str, plural: str | None = None) -> str:
    """``1 problem``, ``2 problems`` (or the ``plural`` given: ``2 chapters are``)."""
    return f"{number} {noun if number == 1 else (plural or noun + 's')}"

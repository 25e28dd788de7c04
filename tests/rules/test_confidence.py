"""A confidence rating (``SelfCheck(confidence=True)``, issue #18) completes nothing: the
manifest the browser's learner model reads leaves it out of the chapter's count, and ``check``
does not take it as evidence that an objective is assessed."""

from __future__ import annotations

from textbook.model.spine import load_spine
from textbook.rules import check_spine
from textbook.sphinx_ext.progress import manifest

RATING = '''"""Exercises of the second chapter."""

from textbook.kit import Band, SelfCheck, SelfCheckItem

EXERCISES = [
    SelfCheck(
        id="second-beta", title="Second beta",
        objectives=["use-beta"],
        prompt="How sure are you? For reflection, not a diagnostic tool.",
        scale=["Not yet", "Yes"],
        items=[
            SelfCheckItem(text="I can explain beta."),
            SelfCheckItem(text="I can use beta."),
            SelfCheckItem(text="I can teach beta."),
        ],
        bands=[Band(min=0, max=1, label="Low", meaning="Read again."), Band(min=2, max=3, label="High", meaning="Go on.")],
        confidence=True,
    ),
]
'''


def test_a_confidence_rating_completes_nothing_and_assesses_nothing(fixture_book) -> None:
    book = fixture_book("valid")
    (book / "exercises" / "second.py").write_text(RATING, encoding="utf-8")
    spine = load_spine(book)
    second = next(c for c in manifest(spine)["chapters"] if c["id"] == "second")
    assert [(e["id"], e["counts"]) for e in second["exercises"]] == [("second-beta", False)]
    messages = [p.message for p in check_spine(spine) if p.is_error]
    assert messages == [
        "objective 'use-beta' is not assessed by any exercise in exercises/second.py "
        "(only by a confidence rating, which is not evidence)"
    ]
    (book / "exercises" / "second.py").write_text(RATING.replace("confidence=True", "confidence=False"), "utf-8")
    spine = load_spine(book)
    assert [p for p in check_spine(spine) if p.is_error] == []
    second = next(c for c in manifest(spine)["chapters"] if c["id"] == "second")
    assert second["exercises"][0]["counts"] is True

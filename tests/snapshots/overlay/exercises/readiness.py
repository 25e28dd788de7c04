"""Readiness questions of the snapshot book."""

from textbook.kit import Option, Probe

READINESS = [
    Probe(id="ready-first-1", chapter="first", objectives=["know-alpha"], prompt="What is alpha?", options=[Option(text="The first idea", correct=True, feedback="Yes."), Option(text="A later idea", feedback="No.")]),
    Probe(id="ready-first-2", chapter="first", objectives=["know-alpha"], prompt="Where is alpha defined?", options=[Option(text="In chapter one", correct=True, feedback="Yes."), Option(text="Nowhere", feedback="No.")]),
    Probe(id="ready-second-1", chapter="second", objectives=["use-beta"], prompt="Where is beta used?", options=[Option(text="In chapter two", correct=True, feedback="Yes."), Option(text="Nowhere", feedback="No.")]),
    Probe(id="ready-second-2", chapter="second", objectives=["use-beta"], prompt="Is beta useful?", options=[Option(text="Yes", correct=True, feedback="Yes."), Option(text="No", feedback="No.")]),
]

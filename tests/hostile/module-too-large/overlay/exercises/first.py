"""Exercises of the first chapter."""

from textbook.kit import Option, SingleChoice

EXERCISES = [
    SingleChoice(
        id="first-alpha",
        objectives=["know-alpha"],
        prompt="What is alpha?",
        options=[
            Option(text="The first idea", correct=True, feedback="Yes: alpha comes first."),
            Option(text="The second idea", feedback="No: that is beta."),
        ],
    ),
]

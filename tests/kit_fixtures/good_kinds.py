"""One valid exercise of every kind (a fixture for the kit's tests)."""

from textbook.kit import (
    Band,
    Choice,
    Matching,
    MultipleSelect,
    Option,
    Ordering,
    Pair,
    Reflection,
    Scenario,
    SelfCheck,
    SelfCheckItem,
    SingleChoice,
    Step,
)

EXERCISES = [
    SingleChoice(
        id="good-single", title="Good single",
        objectives=["obj-a"],
        prompt="Pick the *one* right answer.",
        options=[
            Option(text="Right", correct=True, feedback="Yes, because it is right."),
            Option(text="Wrong", feedback="No, because it is wrong."),
            Option(text="Also wrong", feedback="No: this one is wrong too."),
        ],
    ),
    MultipleSelect(
        id="good-multiple", title="Good multiple",
        objectives=["obj-a"],
        prompt="Pick **every** right answer.",
        options=[
            Option(text="Right one", correct=True, feedback="Yes: right one."),
            Option(text="Right two", correct=True, feedback="Yes: right two."),
            Option(text="Wrong one", feedback="No: wrong one."),
        ],
    ),
    Ordering(
        id="good-ordering", title="Good ordering",
        objectives=["obj-b"],
        prompt="Put the steps in order.",
        items=["First", "Second", "Third", "Fourth"],
        rationale="First comes first, and so on.",
    ),
    Matching(
        id="good-matching", title="Good matching",
        objectives=["obj-b"],
        prompt="Match each term to its meaning.",
        pairs=[
            Pair(left="Alpha", right="The first letter"),
            Pair(left="Beta", right="The second letter"),
            Pair(left="Gamma", right="The third letter"),
        ],
        extras=["The last letter"],
        rationale="The letters come in this order.",
    ),
    Scenario(
        id="good-scenario", title="Good scenario",
        objectives=["obj-a", "obj-b"],
        prompt="A short case.",
        start="begin",
        steps=[
            Step(
                id="begin",
                text="Someone asks you for help.",
                choices=[
                    Choice(text="Listen first", next="listened", consequence="They feel heard."),
                    Choice(text="Fix it for them", next="fixed", consequence="They feel sidelined."),
                ],
            ),
            Step(
                id="listened",
                text="They tell you what they need.",
                choices=[
                    Choice(text="Ask what they want to do", next="good-end", consequence="They choose."),
                    Choice(text="Go back to the start", next="begin", consequence="You start over."),
                ],
            ),
            Step(
                id="good-end",
                text="They decide for themselves.",
                debrief="Listening left the choice with them.",
                best=True,
            ),
            Step(id="fixed", text="You did it for them.", debrief="Quick, but they had no say."),
        ],
    ),
    SelfCheck(
        id="good-self-check", title="Good self check",
        objectives=["obj-a"],
        prompt="How sure are you? For reflection, not a diagnostic tool.",
        scale=["Not yet", "Somewhat", "Mostly", "Confidently"],
        items=[
            SelfCheckItem(text="I can name the idea."),
            SelfCheckItem(text="I can explain it."),
            SelfCheckItem(text="I still find it confusing.", reverse=True),
        ],
        bands=[
            Band(min=0, max=3, label="Starting out", meaning="Read the chapter again."),
            Band(min=4, max=6, label="On your way", meaning="Review the parts you marked low."),
            Band(min=7, max=9, label="Ready", meaning="Move on."),
        ],
    ),
    Reflection(
        id="good-reflection", title="Good reflection",
        objectives=["obj-b"],
        prompt="What did you learn?",
        checklist=["Did I give an example?", "Did I say what I would do next?"],
        min_words=5,
    ),
]

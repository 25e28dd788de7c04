"""Exercises that each break one rule of the kit (a fixture for the kit's tests)."""

from textbook.kit import (
    Band,
    Choice,
    Matching,
    MultipleSelect,
    Option,
    Ordering,
    Pair,
    Scenario,
    SelfCheck,
    SelfCheckItem,
    SingleChoice,
    Step,
)

EXERCISES = [
    SingleChoice(
        id="two-correct",
        objectives=["obj-a"],
        prompt="p",
        options=[Option(text="a", correct=True, feedback="f"), Option(text="b", correct=True, feedback="f")],
    ),
    SingleChoice(
        id="none-correct",
        objectives=["obj-a"],
        prompt="p",
        options=[Option(text="a", feedback="f"), Option(text="b", feedback="f")],
    ),
    MultipleSelect(
        id="all-correct",
        objectives=["obj-a"],
        prompt="p",
        options=[Option(text="a", correct=True, feedback="f"), Option(text="b", correct=True, feedback="f")],
    ),
    SingleChoice(
        id="no-feedback",
        objectives=["obj-a"],
        prompt="p",
        options=[
            Option(text="a", correct=True, feedback="f"),
            Option(text="b"),
        ],
    ),
    Ordering(id="too-few", objectives=["obj-a"], prompt="p", items=["a", "b"], rationale="r"),
    Ordering(id="repeated", objectives=["obj-a"], prompt="p", items=["a", "b", "a"], rationale="r"),
    Matching(
        id="same-right",
        objectives=["obj-a"],
        prompt="p",
        pairs=[Pair(left="a", right="x"), Pair(left="b", right="x"), Pair(left="c", right="y")],
        rationale="r",
    ),
    Scenario(
        id="unreachable",
        objectives=["obj-a"],
        prompt="p",
        start="a",
        steps=[
            Step(id="a", text="t", choices=[Choice(text="c", next="b", consequence="k")]),
            Step(id="b", text="t", debrief="d", best=True),
            Step(id="island", text="t", debrief="d"),
        ],
    ),
    Scenario(
        id="endless",
        objectives=["obj-a"],
        prompt="p",
        start="a",
        steps=[
            Step(
                id="a",
                text="t",
                choices=[Choice(text="c", next="b", consequence="k"), Choice(text="d", next="end", consequence="k")],
            ),
            Step(id="b", text="t", choices=[Choice(text="c", next="b", consequence="k")]),
            Step(id="end", text="t", debrief="d", best=True),
        ],
    ),
    Scenario(
        id="nowhere",
        objectives=["obj-a"],
        prompt="p",
        start="a",
        steps=[
            Step(id="a", text="t", choices=[Choice(text="c", next="missing", consequence="k")]),
            Step(id="b", text="t", debrief="d", best=True),
        ],
    ),
    Scenario(
        id="no-debrief",
        objectives=["obj-a"],
        prompt="p",
        start="a",
        steps=[
            Step(id="a", text="t", choices=[Choice(text="c", next="b", consequence="k")]),
            Step(id="b", text="t", best=True),
        ],
    ),
    Scenario(
        id="no-best",
        objectives=["obj-a"],
        prompt="p",
        start="a",
        steps=[
            Step(id="a", text="t", choices=[Choice(text="c", next="b", consequence="k")]),
            Step(id="b", text="t", debrief="d"),
        ],
    ),
    SelfCheck(
        id="gap",
        objectives=["obj-a"],
        prompt="p",
        scale=["no", "yes"],
        items=[SelfCheckItem(text="a"), SelfCheckItem(text="b"), SelfCheckItem(text="c")],
        bands=[Band(min=0, max=0, label="low", meaning="m"), Band(min=2, max=3, label="high", meaning="m")],
    ),
    SelfCheck(
        id="overlap",
        objectives=["obj-a"],
        prompt="p",
        scale=["no", "yes"],
        items=[SelfCheckItem(text="a"), SelfCheckItem(text="b"), SelfCheckItem(text="c")],
        bands=[Band(min=0, max=2, label="low", meaning="m"), Band(min=2, max=3, label="high", meaning="m")],
    ),
    SelfCheck(
        id="short",
        objectives=["obj-a"],
        prompt="p",
        scale=["no", "yes"],
        items=[SelfCheckItem(text="a"), SelfCheckItem(text="b"), SelfCheckItem(text="c")],
        bands=[Band(min=0, max=1, label="low", meaning="m"), Band(min=2, max=2, label="high", meaning="m")],
    ),
    SingleChoice(
        id="Not A Slug",
        objectives=[],
        prompt="p",
        options=[Option(text="a", correct=True, feedback="f"), Option(text="b", feedback="f")],
    ),
    SingleChoice(id="typo", objectives=["obj-a"], prompt="p", option=[]),
    Scenario(
        id="two-best",
        objectives=["obj-a"],
        prompt="p",
        start="a",
        steps=[
            Step(
                id="a",
                text="t",
                choices=[
                    Choice(text="x", next="end", consequence="c", best=True),
                    Choice(text="y", next="end", consequence="c", best=True),
                ],
            ),
            Step(id="end", text="t", debrief="d", best=True),
        ],
    ),
]

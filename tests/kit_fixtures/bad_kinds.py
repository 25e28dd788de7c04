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
        id="two-correct", title="Two correct",
        objectives=["obj-a"],
        prompt="p",
        options=[Option(text="a", correct=True, feedback="f"), Option(text="b", correct=True, feedback="f")],
    ),
    SingleChoice(
        id="none-correct", title="None correct",
        objectives=["obj-a"],
        prompt="p",
        options=[Option(text="a", feedback="f"), Option(text="b", feedback="f")],
    ),
    MultipleSelect(
        id="all-correct", title="All correct",
        objectives=["obj-a"],
        prompt="p",
        options=[Option(text="a", correct=True, feedback="f"), Option(text="b", correct=True, feedback="f")],
    ),
    SingleChoice(
        id="no-feedback", title="No feedback",
        objectives=["obj-a"],
        prompt="p",
        options=[
            Option(text="a", correct=True, feedback="f"),
            Option(text="b"),
        ],
    ),
    Ordering(id="too-few", title="Too few", objectives=["obj-a"], prompt="p", items=["a", "b"], rationale="r"),
    Ordering(id="repeated", title="Repeated", objectives=["obj-a"], prompt="p", items=["a", "b", "a"], rationale="r"),
    Matching(
        id="same-right", title="Same right",
        objectives=["obj-a"],
        prompt="p",
        pairs=[Pair(left="a", right="x"), Pair(left="b", right="x"), Pair(left="c", right="y")],
        rationale="r",
    ),
    Scenario(
        id="unreachable", title="Unreachable",
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
        id="endless", title="Endless",
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
        id="nowhere", title="Nowhere",
        objectives=["obj-a"],
        prompt="p",
        start="a",
        steps=[
            Step(id="a", text="t", choices=[Choice(text="c", next="missing", consequence="k")]),
            Step(id="b", text="t", debrief="d", best=True),
        ],
    ),
    Scenario(
        id="no-debrief", title="No debrief",
        objectives=["obj-a"],
        prompt="p",
        start="a",
        steps=[
            Step(id="a", text="t", choices=[Choice(text="c", next="b", consequence="k")]),
            Step(id="b", text="t", best=True),
        ],
    ),
    Scenario(
        id="no-best", title="No best",
        objectives=["obj-a"],
        prompt="p",
        start="a",
        steps=[
            Step(id="a", text="t", choices=[Choice(text="c", next="b", consequence="k")]),
            Step(id="b", text="t", debrief="d"),
        ],
    ),
    SelfCheck(
        id="gap", title="Gap",
        objectives=["obj-a"],
        prompt="p",
        scale=["no", "yes"],
        items=[SelfCheckItem(text="a"), SelfCheckItem(text="b"), SelfCheckItem(text="c")],
        bands=[Band(min=0, max=0, label="low", meaning="m"), Band(min=2, max=3, label="high", meaning="m")],
    ),
    SelfCheck(
        id="overlap", title="Overlap",
        objectives=["obj-a"],
        prompt="p",
        scale=["no", "yes"],
        items=[SelfCheckItem(text="a"), SelfCheckItem(text="b"), SelfCheckItem(text="c")],
        bands=[Band(min=0, max=2, label="low", meaning="m"), Band(min=2, max=3, label="high", meaning="m")],
    ),
    SelfCheck(
        id="short", title="Short",
        objectives=["obj-a"],
        prompt="p",
        scale=["no", "yes"],
        items=[SelfCheckItem(text="a"), SelfCheckItem(text="b"), SelfCheckItem(text="c")],
        bands=[Band(min=0, max=1, label="low", meaning="m"), Band(min=2, max=2, label="high", meaning="m")],
    ),
    SingleChoice(
        id="Not A Slug", title="Not A Slug",
        objectives=[],
        prompt="p",
        options=[Option(text="a", correct=True, feedback="f"), Option(text="b", feedback="f")],
    ),
    SingleChoice(id="typo", title="Typo", objectives=["obj-a"], prompt="p", option=[]),
    Scenario(
        id="two-best", title="Two best",
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

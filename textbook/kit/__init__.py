"""The exercise kit: the seven kinds of exercise, as pydantic models with ``check()``.

Exercise modules in ``exercises/`` import from here and only construct exercises::

    from textbook.kit import Option, SingleChoice

    EXERCISES = [
        SingleChoice(
            id="orientation-roles",
            objectives=["roles-and-settings"],
            prompt="Which of these is a front-line role?",
            options=[
                Option(text="A community support worker", correct=True, feedback="Yes: ..."),
                Option(text="A funder", feedback="Not quite: ..."),
            ],
        ),
    ]
"""

from textbook.kit.kinds import (
    KINDS,
    Band,
    Choice,
    Exercise,
    Matching,
    MultipleSelect,
    Option,
    Ordering,
    Pair,
    Probe,
    Reflection,
    Scenario,
    SelfCheck,
    SelfCheckItem,
    SingleChoice,
    Step,
)

__all__ = [
    "KINDS",
    "Band",
    "Choice",
    "Exercise",
    "Matching",
    "MultipleSelect",
    "Option",
    "Ordering",
    "Pair",
    "Probe",
    "Reflection",
    "Scenario",
    "SelfCheck",
    "SelfCheckItem",
    "SingleChoice",
    "Step",
]

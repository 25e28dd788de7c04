"""A module that tries to run code; the loader must refuse it without running it."""

import os
from pathlib import Path as P

from textbook.kit import Option, SingleChoice

os.system("touch HOSTILE_RAN")


def helper():
    return "x"


EXERCISES = [
    SingleChoice(
        id="sneaky", title="Sneaky",
        objectives=["obj-a"],
        prompt=f"{helper()}",
        options=[
            Option(text="a" + "b", correct=True, feedback=open("/etc/passwd").read()),
            Option(text=P.__name__, feedback="f"),
            Option("positional", feedback="f"),
            Option(**{"text": "t"}),
        ],
    ),
]

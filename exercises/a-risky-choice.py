"""Quick exercise for the toolkit card "A person chooses a risk you are worried about"."""

from textbook.kit import MultipleSelect, Option

EXERCISES = [
    MultipleSelect(
        id="a-risky-choice-quick",
        title="Victor wants to go ice fishing",
        objectives=["dignity-of-risk", "dignity-self-determination", "person-centred-planning"],
        prompt=(
            "Victor, 67, has used a walker since his stroke. He plans to go ice fishing with his "
            "cousin on Saturday, as he has every winter since he was a boy. Last winter he fell on "
            "the ice. His daughter wants staff to stop him. Which responses fit the dignity of "
            "risk? Select all that apply."
        ),
        options=[
            Option(
                text="Tell Victor the trip is off this year, after his fall on the ice last winter",
                feedback=(
                    "No. This is paternalism. A fall last year is a reason to plan together, not a "
                    "reason to take away something that has mattered to him all his life."
                ),
            ),
            Option(
                text="Ask Victor what the fishing trip means to him, and what he thinks could go wrong",
                correct=True,
                feedback=(
                    "Yes. Starting with what the choice means to him, and asking for his view of "
                    "the risks, treats him as the expert on his own life."
                ),
            ),
            Option(
                text="Call his cousin without telling Victor and ask him to call off the trip",
                feedback=(
                    "No. It goes behind Victor's back, shares his information without his consent "
                    "and overrides his choice. If he finds out, his trust in staff may be gone."
                ),
            ),
            Option(
                text="Offer ways to lower the risk, such as ice grips and a check-in time, and let him choose",
                correct=True,
                feedback=(
                    "Yes. This is the heart of the dignity of risk: supporting the choice as safely "
                    "as he wants. Ice grips, a charged phone and a check-in time are offers, and he "
                    "decides which steps fit his trip."
                ),
            ),
            Option(
                text="Tell his daughter what Victor said. She is family, and she is worried about him",
                feedback=(
                    "No. Family is not automatically entitled to know. Unless his file shows she "
                    "has a legal role for this decision, Victor decides what she hears. You can "
                    "thank her and offer to pass on a message."
                ),
            ),
            Option(
                text="Talk it over with your supervisor, check his plan, and write down what he decided",
                correct=True,
                feedback=(
                    "Yes. You keep your duty of care by bringing in others and recording the plan. "
                    "That is different from deciding for him."
                ),
            ),
        ],
    ),
]

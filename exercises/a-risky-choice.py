"""Quick exercise for the toolkit card "A person chooses a risk you are worried about"."""

from textbook.kit import MultipleSelect, Option

EXERCISES = [
    MultipleSelect(
        id="a-risky-choice-quick",
        title="Victor wants to go ice fishing",
        objectives=["dignity-of-risk", "dignity-self-determination"],
        prompt=(
            "Victor, 67, has used a walker since his stroke. He plans to go ice fishing with his "
            "cousin on Saturday, as he has every winter since he was a boy. Last winter he fell on "
            "the ice. His daughter wants staff to stop him. Which responses fit the dignity of "
            "risk? Select all that apply."
        ),
        options=[
            Option(
                text="Ask your supervisor to tell Victor that the trip is off for this winter",
                feedback=(
                    "No. This is paternalism, even with your supervisor's voice behind it. A fall "
                    "last year is a reason to plan together, not a reason to take away something that "
                    "has mattered to him all his life. Bring your worry to your supervisor openly, "
                    "and plan with Victor."
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
                text="Say nothing to him about last winter's fall, and wish him a good day on the ice",
                feedback=(
                    "Not quite. Respecting his choice is right, but respect does not mean silence "
                    "about safety. Share your worry once and calmly, ask what he thinks could go "
                    "wrong, offer ways to lower the risk, and then let him choose."
                ),
            ),
            Option(
                text="Offer ice grips and a check-in time, and let him choose which to use",
                correct=True,
                feedback=(
                    "Yes. This is the heart of the dignity of risk: supporting the choice as safely "
                    "as he wants. Ice grips, a charged phone and a check-in time are offers, and he "
                    "decides which steps fit his trip."
                ),
            ),
            Option(
                text="Call his daughter back and tell her what Victor has planned for Saturday",
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

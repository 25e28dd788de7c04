"""Quick exercise for the toolkit card "Asking your supervisor for help"."""

from textbook.kit import Option, SingleChoice

EXERCISES = [
    SingleChoice(
        id="asking-for-help-quick",
        title="Late-night texts on the work phone",
        objectives=["using-supervision"],
        prompt=(
            "Three weeks into your job, you realize you have answered a man's late-night texts on "
            "the work phone for ten days, and last night he asked for your personal number. None of "
            "his texts suggests he is in danger. What is the best next step?"
        ),
        options=[
            Option(
                text="Wait, and bring it up at your monthly supervision meeting in three weeks",
                feedback=(
                    "Not the best. This does not need an emergency call, but a pattern is already "
                    "growing, and a month is a long time for it to go on. Ask for a short meeting "
                    "this week; if a text ever suggests he is in danger, that cannot wait at all."
                ),
            ),
            Option(
                text="Ask your supervisor for a short meeting this week, and bring the facts",
                correct=True,
                feedback=(
                    "Yes. This is early, specific and honest, including about your own part: bring "
                    "what you have done so far and the options you see, too. It lets "
                    "your supervisor help with the policy, with how to set a limit kindly and with "
                    "what the man may need, such as help with sleep or loneliness."
                ),
            ),
            Option(
                text="Stop answering and block the number, and mention it to your supervisor if he complains",
                feedback=(
                    "Not this one. A sudden silence can feel like rejection to someone who is lonely, "
                    "and keeping it quiet is itself a warning sign. Your supervisor needs to know now, "
                    "so that the change is planned and kind."
                ),
            ),
            Option(
                text="Give him your personal number, and keep the work phone for daytime",
                feedback=(
                    "No. That moves the relationship further from its purpose and makes you the only "
                    "person he turns to, which is how boundary drift grows. It solves nothing that "
                    "supervision could not solve better."
                ),
            ),
        ],
    ),
]

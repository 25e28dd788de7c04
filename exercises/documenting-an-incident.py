"""Quick exercise for the toolkit card "Documenting an incident objectively"."""

from textbook.kit import Option, SingleChoice

EXERCISES = [
    SingleChoice(
        id="documenting-an-incident-quick",
        title="Choose the best incident report for Bernard",
        objectives=["bias", "worker-in-system"],
        prompt=(
            "You are writing the incident report about Bernard, 45, who threw a mug in the group "
            "home kitchen. Which version of the main paragraph is the best?"
        ),
        options=[
            Option(
                text=(
                    '"Bernard became aggressive and out of control after his phone call and '
                    "smashed a mug. Staff had to deal with his behaviour for the rest of the "
                    'evening."'
                ),
                feedback=(
                    'Not the best version. "Aggressive" and "out of control" are labels, not '
                    'descriptions, and "had to deal with his behaviour" hides what actually '
                    "happened. A future reader may meet the label before they meet Bernard."
                ),
            ),
            Option(
                text=(
                    '"8:15 p.m. After a phone call, Bernard threw his mug, which broke against the '
                    "kitchen wall. No one was hurt. He said, 'Leave me alone.' I gave him space. "
                    "At 8:30 he asked to sit on the porch, and he was calm by 8:40. I called the "
                    'on-call manager at 8:45."'
                ),
                correct=True,
                feedback=(
                    "Yes. It gives times, what came before, his exact words, what the worker did "
                    "and what helped, with no labels. The next worker and the team can use every "
                    "line of it."
                ),
            ),
            Option(
                text=('"Mug broken in kitchen this evening. Situation resolved. See co-worker for details."'),
                feedback=(
                    "Not enough. It leaves out the time, what happened, what was done and who was "
                    "told. The report is how the team and the agency learn what happened, so it "
                    "has to stand on its own."
                ),
            ),
            Option(
                text=(
                    '"8:15 p.m. Bernard threw his mug against the kitchen wall. He was probably '
                    "upset because his sister called to cancel her visit again. He does this "
                    'every time she calls."'
                ),
                feedback=(
                    "Not quite. The first line is a fact, but the rest is a guess about his motive "
                    "and a pattern that is not shown. If you think there is a pattern, raise it "
                    "with your supervisor rather than stating it as fact."
                ),
            ),
        ],
    ),
]

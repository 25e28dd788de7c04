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
                    '"8:15 p.m. After a phone call, Bernard became aggressive and out of control and '
                    "smashed his mug in the kitchen. No one was hurt. He refused to talk to staff. "
                    "Staff managed his behaviour, and he was calm by 8:40. The situation is now "
                    'resolved. I called the on-call manager at 8:45."'
                ),
                feedback=(
                    'Not the best version. The times and the call are useful, but "aggressive" and '
                    '"out of control" are labels, not descriptions, and "managed his behaviour" '
                    "hides what staff actually did and what helped. A future reader may meet the "
                    "label before they meet Bernard."
                ),
            ),
            Option(
                text=(
                    '"8:15 p.m. After a phone call, Bernard threw his mug; it broke on the kitchen '
                    "wall. No one was hurt. He said, 'Leave me alone.' I stepped back. He went out "
                    "to the porch, as he asked, and sat quietly by 8:40. I called the on-call "
                    'manager at 8:45."'
                ),
                correct=True,
                feedback=(
                    "Yes. It gives times, what came before, his exact words, what the worker did "
                    "and what helped, with no labels. The next worker and the team can use every "
                    "line of it."
                ),
            ),
            Option(
                text=(
                    '"Mug broken in the kitchen this evening after Bernard got a phone call and was '
                    "upset. He settled down later on the porch. No one was hurt, and the situation "
                    'is resolved. See my co-worker for the other details."'
                ),
                feedback=(
                    "Not enough. It has no times, no account of what happened or what was done, and "
                    "no record of who was told. The report is how the team and the agency learn "
                    "what happened, so it has to stand on its own."
                ),
            ),
            Option(
                text=(
                    '"8:15 p.m. Bernard threw his mug against the kitchen wall. He was upset that his '
                    "sister had cancelled her visit again; he reacts like this whenever she calls. No "
                    "one was hurt. He said, 'Leave me alone.' He was calm by 8:40. I called the "
                    'on-call manager at 8:45."'
                ),
                feedback=(
                    "Not quite. Most of it is fact, but the middle is a guess about his motive and a "
                    "pattern that is not shown. If you think there is a pattern, mark it as your "
                    "view and say what it is based on, or raise it with your supervisor, rather "
                    "than stating it as fact."
                ),
            ),
        ],
    ),
]

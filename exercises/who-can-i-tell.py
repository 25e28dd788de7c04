"""Quick exercise for the toolkit card "Confidentiality: who can I tell?"."""

from textbook.kit import Option, SingleChoice

EXERCISES = [
    SingleChoice(
        id="who-can-i-tell-quick",
        title="A caller asks about Yvonne's appointment",
        objectives=["confidentiality-limits"],
        prompt=(
            "A woman calls the group home and says she is Yvonne's daughter. She asks what the "
            "doctor said at Yvonne's appointment on Thursday. Yvonne's file shows that she has no "
            "substitute decision-maker, and her signed consent lets staff call her daughter only in "
            "an emergency. What is the best reply?"
        ),
        options=[
            Option(
                text=(
                    "\"Thank you for calling. I cannot share information about anyone's care without "
                    'their consent. I can pass on a message."'
                ),
                correct=True,
                feedback=(
                    "Yes. Yvonne's consent covers emergencies only, so what the doctor said is hers to "
                    "share. This reply is warm and honest and leaves the choice with her; tell Yvonne "
                    "about the call, and note it as your agency asks."
                ),
            ),
            Option(
                text='"She is doing fine, and the appointment went well. That is all I can say."',
                feedback=(
                    "Not quite. Even a short summary is health information shared without Yvonne's "
                    "consent, and it confirms that she had an appointment. A message passed on to "
                    "Yvonne is the kind answer here, not a partial one."
                ),
            ),
            Option(
                text="Tell her what the doctor said, since she is family and clearly worried",
                feedback=(
                    "No. Family is not automatically entitled to information about an adult. Yvonne "
                    "agreed to emergency calls only, and a question about a routine appointment is "
                    "not an emergency."
                ),
            ),
            Option(
                text='"No one by that name lives here."',
                feedback=(
                    "Not this one. A lie can damage trust with Yvonne and her family when it comes "
                    "out, and it is not needed. You can protect her privacy honestly by saying that "
                    "you cannot share without consent."
                ),
            ),
        ],
    ),
]

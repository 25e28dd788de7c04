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
                text="\"I can't share anything about a person's care without consent. I can pass on a message.\"",
                correct=True,
                feedback=(
                    "Yes. Yvonne's consent covers emergencies only, so what the doctor said is hers to "
                    "share. Thank the caller, and keep your tone warm. This reply is honest and leaves "
                    "the choice with Yvonne; tell her "
                    "about the call, and note it as your agency asks."
                ),
            ),
            Option(
                text="\"She's doing fine, and the appointment went well. I can't go into more detail than that.\"",
                feedback=(
                    "Not quite. Even a short summary is health information shared without Yvonne's "
                    "consent, and it confirms that she had an appointment. A message passed on to "
                    "Yvonne is the kind answer here, not a partial one."
                ),
            ),
            Option(
                text="Treat her worry as one of the limits of confidentiality, and tell her what the doctor said",
                feedback=(
                    "No. The limits of confidentiality are narrow: a child who may need protection, "
                    "serious risk of harm, abuse of some adults, a court order. A family member's "
                    "worry is none of these, and family is not automatically entitled to information "
                    "about an adult. Yvonne agreed to emergency calls only, and a routine appointment "
                    "is not an emergency."
                ),
            ),
            Option(
                text="Ask a few questions to confirm that she is the daughter, then share what the doctor said",
                feedback=(
                    "Not quite. Checking who is calling is careful, but it does not solve the real "
                    "problem: even the real daughter needs Yvonne's consent, and Yvonne agreed to "
                    "emergency calls only. Who is asking matters less than what Yvonne agreed to."
                ),
            ),
        ],
    ),
]

"""Quick exercise for the toolkit card "A person you support offers you a gift"."""

from textbook.kit import Option, SingleChoice

EXERCISES = [
    SingleChoice(
        id="gift-from-a-client-quick",
        title="Farida offers you a gift card",
        objectives=["everyday-boundaries", "dignity-self-determination"],
        prompt=(
            'Farida, 63, hands you a $25 coffee shop gift card "for your holidays." She says, "In my '
            "family, it would be rude to say no.\" Your agency's policy allows small homemade gifts "
            "if you tell your supervisor, but not cash or gift cards. What is the best response?"
        ),
        options=[
            Option(
                text="Accept it with thanks, and keep it between the two of you",
                feedback=(
                    "Not a good choice. What a gift means in her family matters, and it is a reason "
                    "to decline gently, not a reason to break the policy in secret. Hidden gifts are "
                    "one way boundary drift begins."
                ),
            ),
            Option(
                text="Hand it back, say, \"I can't take that. It's against the rules,\" and tell your supervisor",
                feedback=(
                    "Not the best choice. The answer is right, and telling your supervisor is right, "
                    "but the way it is said is too rigid. A flat refusal can leave Farida feeling "
                    "ashamed for trying to say thank you."
                ),
            ),
            Option(
                text="Thank her warmly, explain that you can't accept gift cards, and leave it there",
                feedback=(
                    "Close. The words are kind and the answer is right. But tell your supervisor the "
                    "same day, whatever you did, even when nothing was accepted: it keeps the moment "
                    "in the open, and a second offer will not come as a surprise."
                ),
            ),
            Option(
                text="Thank her warmly, explain that you can't accept gift cards, and tell your supervisor",
                correct=True,
                feedback=(
                    "Yes. You keep the policy and the relationship. Saying that the rule is the same "
                    "for everyone shows Farida it is not about her, and telling your supervisor the "
                    "same day keeps the moment in the open."
                ),
            ),
            Option(
                text="Accept it, then pass it to a co-worker instead of using it yourself",
                feedback=(
                    "Not quite. The gift card still came from Farida's budget, the policy still "
                    "rules it out, and she believes you kept it. Being honest with her is part of "
                    "respecting her."
                ),
            ),
        ],
    ),
]
